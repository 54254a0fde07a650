// Sentence boundary F1 and token F1 on UD German GSD (blocks of 10 sentences as documents),
// lesehilfe beside the npm peers, plus the seed article's sentence count.
// --check: fail when a figure falls below its floor in bench/floors.json.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { segment } from '../dist/index.js'
import { readConllu, rejoinHyphens, toDocuments } from './lib/conllu.mjs'
import { peers } from './lib/peers.mjs'
import { belowFloor, Counts, pct, sentenceEnds, spanKeys } from './lib/score.mjs'
import { requireSharedData } from './lib/shared-data.mjs'

const data = requireSharedData()
const check = process.argv.includes('--check')
const floors = JSON.parse(readFileSync(new URL('floors.json', import.meta.url), 'utf8')).segment

const lesehilfe = {
  name: 'lesehilfe',
  sentences: (text) => segment(text).sentences.map((s) => [s.start, s.end]),
  tokens: (text) => segment(text).tokens.map((t) => [t.start, t.end]),
}
const tools = [lesehilfe, ...peers()]

const corpora = {
  'GSD dev q': toDocuments(readConllu(join(data, 'ud-german-gsd/de_gsd-ud-dev.conllu')), { quotes: true }),
  'GSD test q': toDocuments(readConllu(join(data, 'ud-german-gsd/de_gsd-ud-test.conllu')), { quotes: true }),
  'GSD test': toDocuments(readConllu(join(data, 'ud-german-gsd/de_gsd-ud-test.conllu'))),
}

const results = {}
for (const tool of tools) {
  const row = {}
  for (const [name, docs] of Object.entries(corpora)) {
    const boundaries = new Counts()
    const tokens = new Counts()
    const rejoined = new Counts()
    for (const doc of docs) {
      boundaries.add(sentenceEnds(doc.text, doc.sentences), sentenceEnds(doc.text, tool.sentences(doc.text)))
      if (tool.tokens && name === 'GSD test') {
        const predicted = tool.tokens(doc.text).map(([start, end]) => ({ start, end }))
        tokens.add(spanKeys(doc.tokens), spanKeys(predicted))
        rejoined.add(spanKeys(rejoinHyphens(doc.text, doc.tokens)), spanKeys(rejoinHyphens(doc.text, predicted)))
      }
    }
    row[`boundary F1 ${name}`] = boundaries.f1
    if (tool.tokens && name === 'GSD test') {
      row['token F1 GSD test'] = tokens.f1
      row['token F1 rejoined GSD test'] = rejoined.f1
    }
  }
  results[tool.name] = row
}

const columns = [
  'boundary F1 GSD dev q',
  'boundary F1 GSD test q',
  'boundary F1 GSD test',
  'token F1 GSD test',
  'token F1 rejoined GSD test',
]
console.log(`| tool | ${columns.join(' | ')} |`)
console.log(`|---|${columns.map(() => '---').join('|')}|`)
for (const [name, row] of Object.entries(results))
  console.log(`| ${name} | ${columns.map((c) => (row[c] === undefined ? '-' : pct(row[c]))).join(' | ')} |`)

const ours = results.lesehilfe
const seedPath = join(data, '../seed/article.de.txt')
if (existsSync(seedPath)) {
  const text = readFileSync(seedPath, 'utf8')
  ours['seed sentences'] = segment(text).sentences.length
  console.log(`\nseed article: ${ours['seed sentences']} sentences (expected 31)`)
}

if (check) {
  const failures = []
  for (const [figure, floor] of Object.entries(floors)) {
    const value = figure === 'seed sentences' ? ours[figure] : 100 * ours[figure]
    if (value === undefined) continue
    if (figure === 'seed sentences' ? value !== floor : belowFloor(value, floor))
      failures.push(`${figure}: ${value.toFixed?.(2) ?? value} below floor ${floor}`)
  }
  if (failures.length > 0) {
    console.error(`segment accuracy below floor:\n  ${failures.join('\n  ')}`)
    process.exit(1)
  }
  console.log('segment accuracy: all floors met')
}
