// Whole-pipeline budgets: cold start (import + packs + first document, in a fresh process)
// and warm annotation of a 1,000-word article, where warm means the JIT compiler has
// optimised the pipeline (100 runs first). Two warm figures: the same article again (every
// word is in the reader's caches) and text the reader has not seen (1,000-word windows of the
// news-dev articles in ../shared, each annotated once: their rarer words are looked up, ruled
// and composed afresh), the one a reader of new articles meets.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { median } from './lib/score.mjs'
import { readNewsArticles, sharedData } from './lib/shared-data.mjs'

if (process.argv.includes('--cold')) {
  const t0 = performance.now()
  const { annotate } = await import('../dist/index.js')
  annotate('Der Bundestag tagte am Montag.')
  process.stdout.write(String(performance.now() - t0))
  process.exit(0)
}

const { annotate } = await import('../dist/index.js')
const dir = new URL('../examples/articles/', import.meta.url)
const words = (text) => text.split(/(?<=\s)/)
const examples = words(
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .join('\n\n'),
)
const article = examples.slice(0, 1000).join('')
for (let k = 0; k < 100; k++) annotate(article)
const again = []
for (let r = 0; r < 20; r++) {
  const t0 = performance.now()
  annotate(article)
  again.push(performance.now() - t0)
}
const unseen = []
if (existsSync(sharedData)) {
  const news = words(
    readNewsArticles(sharedData)
      .map((a) => a.text)
      .join('\n\n'),
  )
  for (let w = 0; w + 1000 <= news.length; w += 1000) {
    const window = news.slice(w, w + 1000).join('')
    const t0 = performance.now()
    annotate(window)
    unseen.push(performance.now() - t0)
  }
}
const cold = []
for (let r = 0; r < 5; r++)
  cold.push(Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold']).toString()))
console.log(
  `1,000-word article, warm (100 runs first), the same article again: ${median(again).toFixed(1)} ms (median of 20; budget 10 ms)`,
)
console.log(
  unseen.length > 0
    ? `1,000 words the reader has not seen (news-dev, ${unseen.length} windows, each once): ${median(unseen).toFixed(1)} ms median (budget 10 ms)`
    : '1,000 words the reader has not seen: skipped, ../shared/data not found',
)
console.log(
  `cold start (import, packs, first document): ${median(cold).toFixed(0)} ms (median of 5 processes; budget 400 ms)`,
)
