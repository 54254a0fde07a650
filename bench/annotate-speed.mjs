// Whole-pipeline budgets: cold start (import + packs + first document, in a fresh process)
// and warm annotation time for a 1,000-word article (median of 20 runs).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { median } from './lib/score.mjs'

if (process.argv.includes('--cold')) {
  const t0 = performance.now()
  const { annotate } = await import('../dist/index.js')
  annotate('Der Bundestag tagte am Montag.')
  process.stdout.write(String(performance.now() - t0))
  process.exit(0)
}

const { annotate } = await import('../dist/index.js')
const dir = new URL('../examples/articles/', import.meta.url)
const words = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n\n')
  .split(/(?<=\s)/)
const article = words.slice(0, 1000).join('')
// warm: the JIT compiler has optimised the pipeline (20 runs first)
for (let k = 0; k < 20; k++) annotate(article)
const warm = []
for (let r = 0; r < 20; r++) {
  const t0 = performance.now()
  annotate(article)
  warm.push(performance.now() - t0)
}
const cold = []
for (let r = 0; r < 5; r++)
  cold.push(Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold']).toString()))
console.log(
  `1,000-word article (the team's examples), warm: ${median(warm).toFixed(1)} ms (median of 20; budget 10 ms)`,
)
console.log(
  `cold start (import, packs, first document): ${median(cold).toFixed(0)} ms (median of 5 processes; budget 400 ms)`,
)
