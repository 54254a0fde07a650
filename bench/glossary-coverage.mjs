// Glossary coverage on the 40 news articles: the share of content-word tokens (NOUN, PROPN,
// VERB, ADJ, ADV; names included) covered by an annotation that carries an entry, with the
// unglossed words listed by frequency. --check: fail below the floor in bench/floors.json.
import { readFileSync } from 'node:fs'
import { annotate } from '../dist/index.js'
import { belowFloor, pct } from './lib/score.mjs'
import { readNewsArticles, requireSharedData } from './lib/shared-data.mjs'

const data = requireSharedData()
const check = process.argv.includes('--check')
const floors = JSON.parse(readFileSync(new URL('floors.json', import.meta.url), 'utf8')).glossary ?? {}
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV'])

const articles = readNewsArticles(data)
let content = 0
let glossed = 0
const missing = new Map()
const bySource = new Map()
for (const article of articles) {
  const doc = annotate(article.text)
  const covered = new Map()
  for (const a of doc.annotations)
    if (a.entries.length > 0) for (const i of a.tokens) if (!covered.has(i)) covered.set(i, doc.entries[a.entries[0]])
  doc.tokens.forEach((t, i) => {
    if (!CONTENT.has(t.pos ?? '')) return
    content++
    const entry = covered.get(i)
    if (entry) {
      glossed++
      bySource.set(entry.source, (bySource.get(entry.source) ?? 0) + 1)
    } else missing.set(t.lemma ?? t.text, (missing.get(t.lemma ?? t.text) ?? 0) + 1)
  })
}
const share = glossed / content
const fromDictionaries = (glossed - (bySource.get('name') ?? 0)) / content
console.log(`news-dev: ${pct(share)} % of ${content} content-word tokens carry a gloss (target 97)`)
console.log(
  `  from a dictionary entry (or composed from one, or an ordinal): ${pct(fromDictionaries)} %; the rest are names no dictionary knows, marked as names`,
)
console.log(`by source: ${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')}`)
const top = [...missing].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
console.log(`unglossed (${missing.size} lemmas), most frequent first:`)
console.log(
  `  ${top
    .slice(0, process.argv.includes('--all') ? top.length : 60)
    .map(([w, n]) => `${w} ${n}`)
    .join(', ')}`,
)
if (check) {
  const failures = [
    ['news-dev content coverage', share],
    ['news-dev coverage from dictionaries', fromDictionaries],
  ].filter(([k, v]) => floors[k] !== undefined && belowFloor(100 * v, floors[k]))
  if (failures.length > 0) {
    console.error(
      `glossary coverage below floor: ${failures.map(([k, v]) => `${k} ${pct(v)} < ${floors[k]}`).join(', ')}`,
    )
    process.exit(1)
  }
}
