/** Reading input files for the CLI: one clear message per kind of bad file, never a stack trace. */
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

/** Decodes bytes as UTF-8 text; rejects binary data and invalid UTF-8, naming `name`. */
function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new CliError(`${name}: binary file (contains NUL bytes), expected UTF-8 text`)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new CliError(`${name}: not valid UTF-8 (first bad byte at offset ${at})`)
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let lo = 0
  let hi = bytes.length
  // the longest valid prefix, found by bisection on whole-prefix validity
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true })
      decoder.decode()
      lo = mid
    } catch {
      hi = mid - 1
    }
  }
  return lo
}

export function readTextFile(path: string): string {
  if (path === '-') return decodeText(readFileSync(0), '<stdin>')
  let stat: ReturnType<typeof statSync>
  try {
    stat = statSync(path)
  } catch {
    throw new CliError(`${path}: no such file`)
  }
  if (stat.isDirectory()) throw new CliError(`${path}: is a directory, expected a text file`)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new CliError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return decodeText(bytes, path)
}

/** Writes the whole file or nothing: a temporary file beside it, renamed into place. */
export function writeFileAtomic(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    writeFileSync(temp, content)
    renameSync(temp, path)
  } catch (error) {
    try {
      unlinkSync(temp)
    } catch {}
    throw new CliError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}
