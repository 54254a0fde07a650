// The morphology lexicon's budgets: load time (median of 5), memory once loaded, lookups per second.
import { readFileSync } from 'node:fs'
import { parseLexicon } from '../dist/index.js'
import { median } from './lib/score.mjs'

const text = readFileSync(new URL('../dictionaries/lexicon/lexicon.txt', import.meta.url), 'utf8')
const loads = []
let lexicon
for (let r = 0; r < 5; r++) {
  globalThis.gc?.()
  const t0 = performance.now()
  lexicon = parseLexicon(text)
  loads.push(performance.now() - t0)
}
// the form index lives in typed arrays, outside the JavaScript heap: both count
const used = () => {
  globalThis.gc?.()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}
lexicon = null
const without = used()
lexicon = parseLexicon(text)
const heap = (used() - without) / 1e6
const forms = ['Sicherheitskräften', 'festgenommen', 'sagte', 'Staaten', 'gewaltsamen', 'Regierung', 'wurden', 'Lage']
const n = 2_000_000
const t0 = performance.now()
for (let i = 0; i < n; i++) lexicon.lookup(forms[i & 7])
const perSecond = n / ((performance.now() - t0) / 1000)
console.log(`lexicon: ${lexicon.size} lemmas; load ${median(loads).toFixed(0)} ms (median of 5, budget 200);`)
console.log(
  `memory ${heap.toFixed(1)} MB, heap and typed arrays (budget 60); ${Math.round(perSecond).toLocaleString('en')} lookups/s (budget 1,000,000)`,
)
