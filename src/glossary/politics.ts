/**
 * The team's politics pack (dictionaries/politics/*.json), read from the installed package
 * in Node. Browsers load the same files over HTTP and pass them to `packFromJson`.
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

let cached: Dictionary | undefined

/** The politics pack shipped with the package (Node only); undefined where no file system is available. */
export function bundledPoliticsPack(): Dictionary | undefined {
  if (cached) return cached
  const folder = packageFolder('dictionaries/politics', 'schema.json')
  if (!folder) return undefined
  const files = listFiles(folder)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((file) => ({ file: `${folder}/${file}`, json: JSON.parse(readText(folder, file) ?? '[]') as unknown }))
  const { dictionary, problems } = packFromJson(POLITICS_SOURCE, files)
  if (problems.length > 0) throw new Error(`politics pack is broken: ${problems.map(formatProblem).join('; ')}`)
  cached = dictionary
  return cached
}
