// The Ding pack's costs: load time (median of 5), heap once loaded (before and after every
// entry has been built), and the time of a lookup: the first get of a key (which builds its
// entries from the pack line), a repeated get, and a get of a key the pack does not have.
// Run with node --expose-gc after npm run build.
import { readFileSync } from 'node:fs'
import { parseDingPack } from '../dist/index.js'
import { median } from './lib/score.mjs'

const text = readFileSync(new URL('../dictionaries/ding/de-en.pack.tsv', import.meta.url), 'utf8')
const heapNow = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed
}

const loads = []
for (let r = 0; r < 5; r++) {
  globalThis.gc?.()
  const t0 = performance.now()
  parseDingPack(text)
  loads.push(performance.now() - t0)
}
const empty = heapNow()
const pack = parseDingPack(text)
const loaded = (heapNow() - empty) / 1e6

// every 5th lemma of the pack, in pack order, then the same keys again, then keys it lacks
const keys = [...text.matchAll(/^([^#\t][^\t]*)\t/gm)].map((m) => m[1]).filter((_, i) => i % 5 === 0)
const perGet = (list, rounds) => {
  const t0 = performance.now()
  for (let r = 0; r < rounds; r++) for (const key of list) pack.words.get(key)
  return ((performance.now() - t0) * 1000) / (list.length * rounds)
}
const first = perGet(keys, 1)
const repeated = perGet(keys, 20)
const missing = perGet(
  keys.map((k) => `${k}#`),
  20,
)
const all = [...pack.words.values()].length
const built = (heapNow() - empty) / 1e6

console.log(
  `Ding pack: ${pack.size} entries, ${pack.words.size} keys; load ${median(loads).toFixed(0)} ms (median of 5)`,
)
console.log(`heap ${loaded.toFixed(1)} MB loaded, ${built.toFixed(1)} MB with all ${all} keys' entries built`)
console.log(
  `get: first ${first.toFixed(2)} µs, repeated ${repeated.toFixed(3)} µs, missing ${missing.toFixed(3)} µs (${keys.length} keys)`,
)
