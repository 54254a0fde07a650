/**
 * Data files shipped with the package (dictionary and lexicon packs), read in Node through
 * process.getBuiltinModule so the same bundle still loads in a browser, where callers pass
 * the pack text themselves.
 */

export function nodeModule<T>(name: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  return proc?.getBuiltinModule?.(name) as T | undefined
}

/**
 * The folder `relative` (e.g. 'dictionaries/lexicon') inside the installed package, found by
 * walking up from this module; undefined without a file system or when it is missing.
 */
export function packageFolder(relative: string, marker: string): string | undefined {
  const fs = nodeModule<typeof import('node:fs')>('node:fs')
  const path = nodeModule<typeof import('node:path')>('node:path')
  const url = nodeModule<typeof import('node:url')>('node:url')
  if (!fs || !path || !url) return undefined
  let dir = path.dirname(url.fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = path.join(dir, relative)
    if (fs.existsSync(path.join(candidate, marker))) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** Names of the files in a package folder, sorted. */
export function listFiles(folder: string): string[] {
  const fs = nodeModule<typeof import('node:fs')>('node:fs')
  return fs ? fs.readdirSync(folder).sort() : []
}

/** The bytes of a package file (Node only): for a pack whose prebuilt index is checked against them. */
export function readBytes(folder: string, file: string): Uint8Array | undefined {
  const fs = nodeModule<typeof import('node:fs')>('node:fs')
  const path = nodeModule<typeof import('node:path')>('node:path')
  return fs && path ? fs.readFileSync(path.join(folder, file)) : undefined
}

/** UTF-8 bytes as text. */
export const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)
