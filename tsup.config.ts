import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'tsup'

/**
 * The build of the code: a hash of every source file. Prebuilt indexes (src/prebuilt.ts)
 * carry it and are used only by the same build.
 */
function buildId(): string {
  const hash = createHash('sha1')
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') || f.endsWith('.json'))
    .sort()
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join('src', file)))
  return hash.digest('hex').slice(0, 16)
}

const define = { __LESEHILFE_BUILD__: JSON.stringify(buildId()) }

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    shims: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    define,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
  {
    entry: { 'write-indexes': 'src/build/write-indexes.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    define,
  },
])
