/**
 * Writes the prebuilt indexes (see ../prebuilt.ts) to dist/indexes/. `npm run build` runs it
 * (dist/write-indexes.js) right after tsup, so the indexes come from the code just built and
 * carry its BUILD; a later build cleans dist/ and writes them again.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dingIndexSource } from '../glossary/ding.js'
import { packIndexSources } from '../glossary/packs.js'
import { lexiconIndexSource } from '../morphology/index.js'
import { INDEX_FOLDER, type IndexSource, writtenIndex } from '../prebuilt.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const folder = join(root, INDEX_FOLDER)
mkdirSync(folder, { recursive: true })
const sources = [lexiconIndexSource(), dingIndexSource(), ...packIndexSources()].filter(
  (s): s is IndexSource => s !== undefined,
)
for (const source of sources) {
  const t0 = performance.now()
  const bytes = writtenIndex(source)
  if (!bytes) throw new Error(`write-indexes: ${source.name}: this script must run from a build (dist/)`)
  // written whole, then renamed: a reader never sees half a file
  const path = join(folder, `${source.name}.idx`)
  writeFileSync(`${path}.tmp`, bytes)
  renameSync(`${path}.tmp`, path)
  const ms = (performance.now() - t0).toFixed(0)
  console.log(`${INDEX_FOLDER}/${source.name}.idx: ${(bytes.length / 1e6).toFixed(2)} MB in ${ms} ms`)
}
