// Whole-pipeline budgets: cold start (import + packs + first document, in a fresh process)
// and warm annotation of a 1,000-word article, where warm means the JIT compiler has
// optimised the pipeline (100 runs first). Two warm figures: the same article again (every
// word is in the reader's caches) and text the reader has not seen (the news-dev articles in
// ../shared, read by a reader with empty caches: every word is looked up, ruled and composed
// afresh), the one a reader of new articles meets.
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

const { annotate, createReader } = await import('../dist/index.js')
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
// unseen text: a fresh reader (empty caches) for each round over the 40 news-dev articles,
// 1 + 5 rounds; the first only shows the JIT compiler the paths new words take
const unseen = []
let newsWords = 0
if (existsSync(sharedData)) {
  const news = readNewsArticles(sharedData).map((a) => a.text)
  newsWords = news.join(' ').split(/\s+/).length
  for (let round = 0; round < 6; round++) {
    const reader = createReader()
    const t0 = performance.now()
    for (const text of news) reader.annotate(text)
    if (round > 0) unseen.push(((performance.now() - t0) * 1000) / newsWords)
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
    ? `text the reader has not seen (news-dev, ${newsWords} words, a fresh reader each round): ${median(unseen).toFixed(1)} ms per 1,000 words (median of ${unseen.length} rounds; budget 10 ms)`
    : '1,000 words the reader has not seen: skipped, ../shared/data not found',
)
console.log(
  `cold start (import, packs, first document): ${median(cold).toFixed(0)} ms (median of 5 processes; budget 400 ms)`,
)
