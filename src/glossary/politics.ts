/**
 * The team's politics pack (dictionaries/politics/*.json), read from the installed package
 * in Node. Browsers load the same files over HTTP and pass them to `packFromJson`.
 */
import { buildDictionary, type Dictionary } from './dictionary.js'
import { checkPack, type PackEntry, type PackProblem } from './pack.js'

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
  const fs = nodeModule<typeof import('node:fs')>('node:fs')
  const path = nodeModule<typeof import('node:path')>('node:path')
  const url = nodeModule<typeof import('node:url')>('node:url')
  if (!fs || !path || !url) return undefined
  let dir = path.dirname(url.fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = path.join(dir, 'dictionaries', 'politics')
    if (fs.existsSync(path.join(candidate, 'schema.json'))) {
      const files = fs
        .readdirSync(candidate)
        .filter((f) => f.endsWith('.json') && f !== 'schema.json')
        .sort()
        .map((f) => ({
          file: path.join(candidate, f),
          json: JSON.parse(fs.readFileSync(path.join(candidate, f), 'utf8')),
        }))
      const { dictionary, problems } = packFromJson(POLITICS_SOURCE, files)
      if (problems.length > 0) throw new Error(`politics pack is broken: ${problems.length} problems`)
      cached = dictionary
      return cached
    }
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

function nodeModule<T>(name: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  return proc?.getBuiltinModule?.(name) as T | undefined
}
