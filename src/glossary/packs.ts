/**
 * The team's JSON packs, read from the installed package in Node: the politics pack
 * (dictionaries/politics/*.json) and the core vocabulary (dictionaries/core/*.json), which
 * gives the most frequent general words their everyday sense before the general dictionary
 * does. Browsers load the same files over HTTP and pass them to `packFromJson`.
 */

import { listFiles, packageFolder, readBytes, utf8 } from '../package-files.js'
import { type IndexSource, readPrebuilt } from '../prebuilt.js'
import { buildDictionary, type Dictionary, dictionaryFromIndex, dictionaryIndexData } from './dictionary.js'
import { checkPack, formatProblem, type PackEntry, type PackProblem } from './pack.js'

export const POLITICS_SOURCE = 'politics'

/** Builds a dictionary from already parsed pack files; problems are returned, never thrown. */
export function packFromJson(
  source: string,
  files: { file: string; json: unknown }[],
): { dictionary: Dictionary; problems: PackProblem[] } {
  const entries: PackEntry[] = []
  const problems: PackProblem[] = []
  for (const { file, json } of files) {
    const checked = checkPack(json, file)
    entries.push(...checked.entries)
    problems.push(...checked.problems)
  }
  return { dictionary: buildDictionary(source, entries), problems }
}

export const CORE_SOURCE = 'core'

const cached = new Map<string, Dictionary>()

/** A JSON pack folder of the installed package as a dictionary (Node only); undefined without a file system. */
function bundledJsonPack(folderName: string, source: string): Dictionary | undefined {
  const known = cached.get(source)
  if (known) return known
  const files = packFiles(folderName)
  if (!files) return undefined
  const prebuilt = readPrebuilt(
    source,
    files.map((f) => f.bytes),
  )
  const dictionary = prebuilt ? dictionaryFromIndex(source, prebuilt) : jsonPack(folderName, source, files)
  cached.set(source, dictionary)
  return dictionary
}

/** The JSON files of a pack folder of the installed package, sorted by name; undefined without a file system. */
function packFiles(folderName: string): { file: string; bytes: Uint8Array }[] | undefined {
  const folder = packageFolder(`dictionaries/${folderName}`, 'README.md')
  if (!folder) return undefined
  return listFiles(folder)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((file) => ({ file: `${folder}/${file}`, bytes: readBytes(folder, file) ?? new Uint8Array() }))
}

/** A bundled pack built from its files; a broken pack throws every problem. */
function jsonPack(folderName: string, source: string, files: { file: string; bytes: Uint8Array }[]): Dictionary {
  const parsed = files.map(({ file, bytes }) => ({ file, json: JSON.parse(utf8(bytes)) as unknown }))
  const { dictionary, problems } = packFromJson(source, parsed)
  if (problems.length > 0) throw new Error(`${folderName} pack is broken: ${problems.map(formatProblem).join('; ')}`)
  return dictionary
}

/** The bundled packs, for their prebuilt indexes, named by source (Node only). */
export function packIndexSources(): IndexSource[] {
  return BUNDLED.flatMap(([folderName, source]) => {
    const files = packFiles(folderName)
    if (!files) return []
    const build = () => dictionaryIndexData(jsonPack(folderName, source, files))
    return [{ name: source, files: files.map((f) => f.bytes), build }]
  })
}

const BUNDLED = [
  ['politics', POLITICS_SOURCE],
  ['core', CORE_SOURCE],
] as const

/** The politics pack shipped with the package (Node only). */
export const bundledPoliticsPack = (): Dictionary | undefined => bundledJsonPack('politics', POLITICS_SOURCE)

/** The core vocabulary shipped with the package (Node only). */
export const bundledCorePack = (): Dictionary | undefined => bundledJsonPack('core', CORE_SOURCE)
