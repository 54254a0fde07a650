/**
 * Prebuilt indexes. Building the lookup indexes of the lexicon and the packs takes most of a
 * cold start, so `npm run build` also writes them to dist/indexes/ (dist/write-indexes.js),
 * and a Node process reads their typed arrays instead. An index file is used only when the
 * same build of the code wrote it (BUILD, fixed by tsup from the source files) from the same
 * pack text (its SHA-1); otherwise, in tests run from the sources, and in browsers, the
 * index is built at load as before. Nothing is written at run time.
 *
 * File layout: "LHIX", the header's length (uint32), the header (JSON), zero bytes up to a
 * multiple of 4, then the header's integer arrays and string lists in order.
 */
import { nodeModule, packageFolder } from './package-files.js'

declare const __LESEHILFE_BUILD__: string | undefined

/** The build of the code, set by tsup; undefined when run from the sources. */
export const BUILD = typeof __LESEHILFE_BUILD__ === 'string' ? __LESEHILFE_BUILD__ : undefined

export const INDEX_FOLDER = 'dist/indexes'

/** What an index is made of: integer arrays, lists of strings (none holds a line break) and plain JSON. */
export interface IndexData {
  ints: Record<string, Int32Array>
  strings: Record<string, string[]>
  json: unknown
}

/** A bundled pack whose index can be prebuilt: its name, its files' bytes and how to build its index. */
export interface IndexSource {
  name: string
  files: Uint8Array[]
  build(): IndexData
}

/** Who wrote an index: the build of the code and the SHA-1 of the pack it indexes. */
export interface IndexStamp {
  build: string
  source: string
}

interface Header {
  format: 1
  littleEndian: boolean
  stamp: IndexStamp
  ints: [string, number][]
  strings: [string, number, number][]
  json: unknown
}

const MAGIC = [76, 72, 73, 88] // LHIX
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

export function encodeIndex(stamp: IndexStamp, data: IndexData): Uint8Array {
  const encoder = new TextEncoder()
  const lists = Object.entries(data.strings).map(([name, list]) => {
    const bytes = encoder.encode(list.join('\n'))
    return { name, bytes, count: list.length }
  })
  const header: Header = {
    format: 1,
    littleEndian: LITTLE_ENDIAN,
    stamp,
    ints: Object.entries(data.ints).map(([name, array]) => [name, array.length]),
    strings: lists.map((l) => [l.name, l.bytes.length, l.count]),
    json: data.json,
  }
  const head = encoder.encode(JSON.stringify(header))
  const start = align(8 + head.length)
  let size = start
  for (const array of Object.values(data.ints)) size += array.byteLength
  for (const l of lists) size += l.bytes.length
  const out = new Uint8Array(size)
  out.set(MAGIC, 0)
  new DataView(out.buffer).setUint32(4, head.length, true)
  out.set(head, 8)
  let at = start
  for (const array of Object.values(data.ints)) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at)
    at += array.byteLength
  }
  for (const l of lists) {
    out.set(l.bytes, at)
    at += l.bytes.length
  }
  return out
}

const align = (n: number) => Math.ceil(n / 4) * 4

/**
 * The index in `bytes` when `stamp` matches the one it was written with; undefined for any
 * other file (another build, another pack, another byte order, a truncated or foreign file).
 */
export function decodeIndex(bytes: Uint8Array, stamp: IndexStamp): IndexData | undefined {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headLength = view.getUint32(4, true)
  if (8 + headLength > bytes.length) return undefined
  let header: Header
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headLength))) as Header
  } catch {
    return undefined
  }
  if (
    header.format !== 1 ||
    header.littleEndian !== LITTLE_ENDIAN ||
    header.stamp?.build !== stamp.build ||
    header.stamp?.source !== stamp.source
  )
    return undefined
  let at = align(8 + headLength)
  let size = at
  for (const [, length] of header.ints) size += 4 * length
  for (const [, byteLength] of header.strings) size += byteLength
  if (size !== bytes.length) return undefined
  // 4-byte aligned (a copy when not), so that every array is a view on the file's bytes
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
  const ints: Record<string, Int32Array> = {}
  for (const [name, length] of header.ints) {
    ints[name] = new Int32Array(aligned.buffer, aligned.byteOffset + at, length)
    at += 4 * length
  }
  const decoder = new TextDecoder()
  const strings: Record<string, string[]> = {}
  for (const [name, byteLength, count] of header.strings) {
    strings[name] = count === 0 ? [] : decoder.decode(bytes.subarray(at, at + byteLength)).split('\n')
    at += byteLength
  }
  return { ints, strings, json: header.json }
}

/** The SHA-1 of a pack's files (their bytes, each after its length), in hex (Node only). */
export function sourceHash(files: Uint8Array[]): string | undefined {
  const crypto = nodeModule<typeof import('node:crypto')>('node:crypto')
  if (!crypto) return undefined
  const hash = crypto.createHash('sha1')
  for (const bytes of files) hash.update(`${bytes.length}:`).update(bytes)
  return hash.digest('hex')
}

/** The index file of `source` as this build writes it (Node only; see dist/write-indexes.js). */
export function writtenIndex(source: IndexSource): Uint8Array | undefined {
  const hash = sourceHash(source.files)
  if (BUILD === undefined || hash === undefined) return undefined
  return encodeIndex({ build: BUILD, source: hash }, source.build())
}

/**
 * The prebuilt index `name` for the pack made of `files` (their bytes), when this build wrote it
 * from that pack; undefined otherwise (and always when run from the sources or in a browser).
 */
export function readPrebuilt(name: string, files: Uint8Array[]): IndexData | undefined {
  if (BUILD === undefined) return undefined
  const fs = nodeModule<typeof import('node:fs')>('node:fs')
  const folder = packageFolder(INDEX_FOLDER, `${name}.idx`)
  const hash = folder && sourceHash(files)
  if (!fs || !folder || !hash) return undefined
  try {
    return decodeIndex(fs.readFileSync(`${folder}/${name}.idx`), { build: BUILD, source: hash })
  } catch {
    return undefined
  }
}
