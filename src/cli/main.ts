/** The `lesehilfe` command. */
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import pkg from '../../package.json'
import { createReader, defaultDictionaries, type Reader } from '../annotate.js'
import type { Dictionary } from '../glossary/dictionary.js'
import { formatProblem } from '../glossary/pack.js'
import { parseUserDictionary } from '../glossary/user-dictionary.js'
import { renderReadingPage } from '../views/reading-page.js'
import { CliError, readTextFile, writeFileAtomic } from './input.js'

const HELP = `lesehilfe ${pkg.version}: a reading aid for German news

Usage:
  lesehilfe annotate [FILE|-] [--format json] [--out FILE]
      Annotate a German text (a file, or standard input when FILE is - or missing)
      and print the document as JSON.
  lesehilfe annotate --jsonl
      Batch mode: read lines {"id","text"} on standard input and write one line
      {"id", ...document} per input line; a bad line gets {"id","error"}.
  lesehilfe read FILE [--out page.html] [--lang en|de]
      Write a self-contained HTML reading page (default: FILE with .html).
  lesehilfe dict validate FILE
      Check a user dictionary (.json or .csv); every problem is printed as
      FILE:entry:field: message.

  --dict FILE     with annotate and read: a user dictionary (.json or .csv) whose
                  entries come before the built-in ones (repeatable)

Options:
  -h, --help      show this help
  -v, --version   show the version
`

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      format: { type: 'string' },
      jsonl: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      dict: { type: 'string', multiple: true },
    },
  })
  if (values.version) {
    process.stdout.write(`${pkg.version}\n`)
    return 0
  }
  const [command, ...rest] = positionals
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP)
    return command === undefined && !values.help ? 2 : 0
  }
  if (command === 'dict') {
    const [action, file, ...extra] = rest
    if (action !== 'validate' || !file || extra.length > 0) throw new CliError('usage: lesehilfe dict validate FILE', 2)
    const result = parseUserDictionary(readTextFile(file), file)
    if (result.problems.length > 0) {
      for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`)
      return 1
    }
    process.stdout.write(`${file}: ${result.entries} entries, no problems\n`)
    return 0
  }
  const reader = createReader({ dictionaries: [...userDictionaries(values.dict ?? []), ...defaultDictionaries()] })
  if (command === 'annotate') {
    if (values.jsonl) return annotateJsonl(reader)
    if (values.format !== undefined && values.format !== 'json')
      throw new CliError(`--format ${values.format}: unknown format (known: json)`, 2)
    if (rest.length > 1) throw new CliError('annotate takes one FILE', 2)
    const text = readTextFile(rest[0] ?? '-')
    const json = `${JSON.stringify(reader.annotate(text))}\n`
    if (values.out) writeFileAtomic(values.out, json)
    else process.stdout.write(json)
    return 0
  }
  if (command === 'read') {
    const file = rest[0]
    if (!file || rest.length > 1) throw new CliError('read takes one FILE', 2)
    const lang = values.lang ?? 'en'
    if (lang !== 'en' && lang !== 'de') throw new CliError(`--lang ${lang}: unknown language (known: en, de)`, 2)
    const text = readTextFile(file)
    const out = values.out ?? (file === '-' ? 'reading.html' : `${file.replace(/\.[^./]*$/, '')}.html`)
    const title = file === '-' ? undefined : file.split(/[\\/]/).pop()
    writeFileAtomic(out, renderReadingPage(reader.annotate(text), { locale: lang, title }))
    process.stderr.write(`wrote ${out}\n`)
    return 0
  }
  throw new CliError(`unknown command '${command}' (see lesehilfe --help)`, 2)
}

/** User dictionaries from --dict; any problem in any of them stops the command before it writes anything. */
function userDictionaries(files: string[]): Dictionary[] {
  const dictionaries: Dictionary[] = []
  const problems: string[] = []
  for (const file of files) {
    const result = parseUserDictionary(readTextFile(file), file)
    if (result.dictionary) dictionaries.push(result.dictionary)
    problems.push(...result.problems.map(formatProblem))
  }
  if (problems.length > 0) throw new CliError(problems.join('\nlesehilfe: '))
  return dictionaries
}

async function annotateJsonl(reader: Reader): Promise<number> {
  let failures = 0
  let lineNumber = 0
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })
  for await (const line of lines) {
    lineNumber++
    if (line.trim() === '') continue
    let id: unknown = null
    let out: string
    try {
      const record = JSON.parse(line) as unknown
      if (typeof record !== 'object' || record === null || Array.isArray(record))
        throw new Error('expected an object {"id","text"}')
      id = (record as { id?: unknown }).id ?? null
      const text = (record as { text?: unknown }).text
      if (typeof text !== 'string') throw new Error('field "text" must be a string')
      out = JSON.stringify({ id, ...reader.annotate(text) })
    } catch (error) {
      failures++
      out = JSON.stringify({ id, error: `line ${lineNumber}: ${(error as Error).message}` })
    }
    if (!process.stdout.write(`${out}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve))
  }
  return failures > 0 ? 1 : 0
}

// a reader that stops early (| head) is not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`lesehilfe: ${error.message}\n`)
      process.exitCode = error.exitCode
    } else if (error instanceof Error && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`lesehilfe: ${error.message}\n`)
      process.exitCode = 2
    } else {
      process.stderr.write(`lesehilfe: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
      process.exitCode = 70
    }
  },
)
