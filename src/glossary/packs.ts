/**
 * The team's JSON packs, read from the installed package in Node: the politics pack
 * (dictionaries/politics/*.json) and the core vocabulary (dictionaries/core/*.json), which
 * gives the most frequent general words their everyday sense before the general dictionary
 * does. Browsers load the same files over HTTP and pass them to `packFromJson`.
 */

import { listFiles, packageFolder, readText } from '../package-files.js'
import { buildDictionary, type Dictionary } from './dictionary.js'
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
  const folder = packageFolder(`dictionaries/${folderName}`, 'README.md')
  if (!folder) return undefined
  const files = listFiles(folder)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((file) => ({ file: `${folder}/${file}`, json: JSON.parse(readText(folder, file) ?? '[]') as unknown }))
  const { dictionary, problems } = packFromJson(source, files)
  if (problems.length > 0) throw new Error(`${folderName} pack is broken: ${problems.map(formatProblem).join('; ')}`)
  cached.set(source, dictionary)
  return dictionary
}

/** The politics pack shipped with the package (Node only). */
export const bundledPoliticsPack = (): Dictionary | undefined => bundledJsonPack('politics', POLITICS_SOURCE)

/** The core vocabulary shipped with the package (Node only). */
export const bundledCorePack = (): Dictionary | undefined => bundledJsonPack('core', CORE_SOURCE)
