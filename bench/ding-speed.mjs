// The Ding pack's costs: load time (median of 5), heap once loaded and after every lemma has
// been looked up, and the time of a lookup: the first get of a key (which builds its entries
// from the pack line), a repeated get, and a get of a key the pack does not have.
// Run with node --expose-gc after npm run build.
import { readFileSync } from 'node:fs'
import { parseDingPack } from '../dist/index.js'
import { median } from './lib/score.mjs'

const text = readFileSync(new URL('../dictionaries/ding/de-en.pack.tsv', import.meta.url), 'utf8')
const heapNow = () => {
  globalThis.gc?.()
  // the key index lives in typed arrays, outside the JavaScript heap: both count
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

// memory first, before timed loads leave typed arrays for the collector to free at its leisure
const empty = heapNow()
const pack = parseDingPack(text)
const loaded = (heapNow() - empty) / 1e6
const loads = []
for (let r = 0; r < 5; r++) {
  globalThis.gc?.()
  const t0 = performance.now()
  parseDingPack(text)
  loads.push(performance.now() - t0)
}

// Keys in ten disjoint sets (every 10th lemma of the pack, offset 0–9), each in a fixed random
// order: a text asks for words in no order the pack knows, and asking in pack order would let
// the memory caches help (about a third faster on this machine). The first set warms up the
// JIT compiler and is not counted; each of the other four gives a first get (the key was never
// looked up), a repeated get (10 more rounds) and a get of keys the pack lacks. Medians of the
// nine are printed (the machine is shared: single runs vary by a third). The pack keeps no built entries, so a repeated get costs what a first one
// does minus cache effects; the glosser caches its lookups itself.
const shuffled = (list) => {
  const out = [...list]
  let seed = 1
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 48271) >>> 0) % 2147483647
    const j = seed % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}
const lemmas = [...text.matchAll(/^([^#\t][^\t]*)\t/gm)].map((m) => m[1])
const perGet = (list, rounds) => {
  const t0 = performance.now()
  for (let r = 0; r < rounds; r++) for (const key of list) pack.words.get(key)
  return ((performance.now() - t0) * 1000) / (list.length * rounds)
}
const first = []
const repeated = []
const missing = []
let keyCount = 0
for (let set = 0; set < 10; set++) {
  const keys = shuffled(lemmas.filter((_, i) => i % 10 === set))
  const absent = keys.map((k) => `${k}#`)
  globalThis.gc?.()
  const times = [perGet(keys, 1), perGet(keys, 10), perGet(absent, 10)]
  if (set === 0) continue
  keyCount = keys.length
  first.push(times[0])
  repeated.push(times[1])
  missing.push(times[2])
}
const afterGets = (heapNow() - empty) / 1e6

// The peer, in the same run, after the pack's figures (its heap would slow them): a Map
// holding every entry built beforehand, what a loader that parses the whole pack keeps
// (130,000 entries in the heap), asked for the same sets of keys in the same order. The machine
// is shared and memory-bound work slows down with its neighbours; the ratio is steadier.
const built = new Map()
for (const key of pack.words.keys()) built.set(key, pack.words.get(key))
const peer = []
let found = 0
for (let set = 0; set < 10; set++) {
  const keys = shuffled(lemmas.filter((_, i) => i % 10 === set))
  globalThis.gc?.()
  const t0 = performance.now()
  for (const key of keys) found += built.get(key).length
  if (set > 0) peer.push(((performance.now() - t0) * 1000) / keys.length)
}

console.log(
  `Ding pack: ${pack.size} entries, ${pack.words.size} keys; load ${median(loads).toFixed(0)} ms (median of 5)`,
)
console.log(
  `memory (heap and typed arrays, besides the text) ${loaded.toFixed(1)} MB loaded, ${afterGets.toFixed(1)} MB after every lemma was looked up`,
)
console.log(
  `get (median of 9 sets of ${keyCount} keys): first ${median(first).toFixed(2)} µs, repeated ${median(repeated).toFixed(2)} µs, missing ${median(missing).toFixed(2)} µs (target < 2)`,
)
console.log(
  `peer, a Map of every entry built beforehand (${built.size} keys, ${found} entries found): get ${median(peer).toFixed(2)} µs; the pack's first get is ${(median(first) / median(peer)).toFixed(2)}× that`,
)
