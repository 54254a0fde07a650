// The 40 political words of ../shared/data/political-sample40/gold.tsv looked up in the
// politics pack, then Ding (as the glossary would), and in each pack alone: found, first
// sense matching the gold regex, gender and plural right. Every miss is listed.
// Run `npm run build` first: this reads ../dist.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundledDingPack, bundledPoliticsPack, lookup } from '../dist/index.js'
import { belowFloor, pct } from './lib/score.mjs'
import { requireSharedData } from './lib/shared-data.mjs'

const data = requireSharedData()
const [, ...rows] = readFileSync(join(data, 'political-sample40/gold.tsv'), 'utf8').trim().split('\n')
const gold = rows.map((row) => {
  const [word, pos, gender, plural, sense] = row.split('\t')
  return { word, pos: pos.toUpperCase(), gender, plural, sense: new RegExp(sense, 'i') }
})

const politics = bundledPoliticsPack()
const ding = bundledDingPack()
if (!politics || !ding) throw new Error('a pack is missing: run npm run build, and npm run build:ding if needed')

const WORD_CLASS = { NOUN: ['NOUN', 'PROPN'], VERB: ['VERB'] }

/** The entry a reader would see first: the first one of the gold word class, else the first one. */
function firstEntry(dictionaries, word, pos) {
  const entries = lookup(dictionaries, word, word)
  return entries.find((e) => WORD_CLASS[pos]?.includes(e.pos)) ?? entries[0]
}

// gold "pl": a noun used in the plural only; gold plural "-": none (or plural only)
const pluralOnly = (e) => e.gender === undefined && (e.note === 'plural only' || e.plural === e.lemma)
const genderRight = (g, e) => (g.gender === 'pl' ? pluralOnly(e) : e.gender === g.gender)
const pluralRight = (g, e) =>
  g.plural === '-' ? e.plural === undefined || (g.gender === 'pl' && pluralOnly(e)) : e.plural === g.plural

function evaluate(dictionaries) {
  const score = { found: 0, sense: 0, gender: 0, plural: 0, nouns: 0 }
  const misses = []
  for (const g of gold) {
    const e = firstEntry(dictionaries, g.word, g.pos)
    const problems = []
    if (!e) problems.push('not found')
    else {
      score.found++
      const first = e.senses[0]?.glosses.join('; ') ?? ''
      if (g.sense.test(first)) score.sense++
      else problems.push(`first sense "${first}" !~ /${g.sense.source}/`)
    }
    if (g.pos === 'NOUN') {
      score.nouns++
      if (e && genderRight(g, e)) score.gender++
      else if (e) problems.push(`gender ${e.gender ?? '-'} ≠ ${g.gender}`)
      if (e && pluralRight(g, e)) score.plural++
      else if (e) problems.push(`plural ${e.plural ?? '-'} ≠ ${g.plural}`)
    }
    if (problems.length > 0) misses.push(`  ${g.word}${e ? ` (${e.id})` : ''}: ${problems.join('; ')}`)
  }
  return { score, misses }
}

const configurations = [
  ['politics, then Ding', [politics, ding]],
  ['politics only', [politics]],
  ['Ding only', [ding]],
]
const results = configurations.map(([name, dictionaries]) => ({ name, ...evaluate(dictionaries) }))

const n = gold.length
console.log(
  `political-sample40: ${n} words (gender and plural over the ${results[0].score.nouns} nouns; not found counts as wrong)\n`,
)
console.log('| packs | found | first sense matches gold | gender right | plural right |')
console.log('|---|---|---|---|---|')
for (const { name, score } of results)
  console.log(
    `| ${name} | ${score.found}/${n} | ${score.sense}/${n} | ${pct(score.gender / score.nouns)}% | ${pct(score.plural / score.nouns)}% |`,
  )
for (const { name, misses } of results) {
  console.log(`\nmisses, ${name} (${misses.length}):`)
  console.log(misses.length > 0 ? misses.join('\n') : '  none')
}

// --check: the combined figures against their floors in bench/floors.json
if (process.argv.includes('--check')) {
  const floors = JSON.parse(readFileSync(new URL('floors.json', import.meta.url), 'utf8')).glossary ?? {}
  const { score } = results[0]
  const figures = {
    'sample40 found': score.found,
    'sample40 first sense': score.sense,
    'sample40 gender': (100 * score.gender) / score.nouns,
    'sample40 plural': (100 * score.plural) / score.nouns,
  }
  const failures = Object.entries(figures).filter(([k, v]) => floors[k] !== undefined && belowFloor(v, floors[k]))
  if (failures.length > 0) {
    console.error(`glossary below floor: ${failures.map(([k, v]) => `${k} ${v} < ${floors[k]}`).join(', ')}`)
    process.exit(1)
  }
  console.log('sample40: all floors met')
}
