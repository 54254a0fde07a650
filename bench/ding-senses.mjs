// How well the Ding pack ranks a word's senses, against German Wiktionary (../shared/data,
// de-wiktionary-2018: nouns and adjectives with English translations by meaning). For the
// most frequent German words (frequencywords-de-2018) that both list, with a pack entry of the
// same lemma and class: how often the pack's first sense gives a translation of Wiktionary's
// first meaning, among the words where one of the pack's senses does (what ranking can reach).
// --errors lists misses; --pack PATH reads another build of the pack. --check: fail below the floors in bench/floors.json.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { parseDingPack } from '../dist/index.js'
import { belowFloor, pct } from './lib/score.mjs'
import { requireSharedData } from './lib/shared-data.mjs'

const data = requireSharedData()
const check = process.argv.includes('--check')
const verbose = process.argv.includes('--errors')
const floors = JSON.parse(readFileSync(new URL('floors.json', import.meta.url), 'utf8')).senses ?? {}
/** How many of the most frequent German word forms are asked. */
const WORDS = 30000

/** The one file of a zip archive, by its central directory. */
function unzipOne(path) {
  const zip = readFileSync(path)
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const central = zip.readUInt32LE(end + 16)
  const method = zip.readUInt16LE(central + 10)
  const size = zip.readUInt32LE(central + 20)
  const local = zip.readUInt32LE(central + 42)
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
  const bytes = zip.subarray(start, start + size)
  return (method === 8 ? inflateRawSync(bytes) : bytes).toString('utf8')
}

const folder = join(data, 'de-wiktionary-2018')
const wiktionary = [
  ['NOUN', JSON.parse(unzipOne(join(folder, 'de_noun_entries_with_translations.zip')))],
  ['ADJ', JSON.parse(unzipOne(join(folder, 'de_adj_entries_with_translations.zip')))],
]
/** English as both sides are compared: lower case, no comments, no "to", article or "sth.". */
const plain = (english) =>
  english
    .toLowerCase()
    .replace(/\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g, ' ')
    .replace(/\b(?:sth|sb)\b\.?|'s\b/g, ' ')
    .replace(/^\s*(?:to|a|an|the)\s+/, '')
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
/** Wiktionary's translations of the first meaning of the first lemma entry. */
const firstMeaning = (record) => {
  const en = Object.values(record ?? {})[0]?.translations?.en
  return en?.m1 ? new Set(en.m1.map(plain).filter(Boolean)) : undefined
}

// --pack PATH: another build of the pack (dictionaries/ding/build.mjs --out PATH)
const packAt = process.argv.indexOf('--pack')
const packFile = packAt > 0 ? process.argv[packAt + 1] : new URL('../dictionaries/ding/de-en.pack.tsv', import.meta.url)
const pack = parseDingPack(readFileSync(packFile, 'utf8'))
const forms = readFileSync(join(data, 'frequencywords-de-2018/de_50k.txt'), 'utf8')
  .split('\n')
  .slice(0, WORDS)
  .map((line) => line.split(' ')[0])
let asked = 0
let reachable = 0
let first = 0
const misses = []
for (const [pos, words] of wiktionary) {
  // the list is in lower case: a noun is asked for capitalised
  for (const written of forms) {
    const form = pos === 'NOUN' ? written.charAt(0).toUpperCase() + written.slice(1) : written
    const gold = words[form] && firstMeaning(words[form])
    const entry = gold && pack.words.get(form)?.find((e) => e.lemma === form && e.pos === pos)
    if (!entry) continue
    asked++
    const fits = (sense) => sense.glosses.some((g) => gold.has(plain(g)))
    const at = entry.senses.findIndex(fits)
    if (at < 0) continue
    reachable++
    if (at === 0) first++
    else misses.push(`${form} ${pos}: first "${entry.senses[0]?.glosses.join('; ')}", fitting sense ${at + 1}`)
  }
}
const share = first / reachable
console.log(
  `Ding senses against Wiktionary's first meaning: ${asked} nouns and adjectives of the ${WORDS} most frequent word forms; a sense fits for ${reachable}; the first sense fits for ${first}: ${pct(share)} %`,
)
if (verbose) for (const miss of misses) console.log(`  ${miss}`)
if (check && floors['first sense fits'] !== undefined && belowFloor(100 * share, floors['first sense fits'])) {
  console.error(`Ding sense ranking below floor: ${pct(share)} < ${floors['first sense fits']}`)
  process.exit(1)
}
