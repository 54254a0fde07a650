// Lemma accuracy on UD German GSD content words (NOUN, PROPN, VERB, AUX, ADJ, ADV;
// case-sensitive), UPOS accuracy on all words, and separable-verb precision/recall on
// ../shared/data/separable-verbs-gsd.jsonl. Peers' published figures are printed beside ours.
// --check: fail when a figure falls below its floor in bench/floors.json.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotate, bundledLexicon, defaultDictionaries } from '../dist/index.js'
import { readConllu } from './lib/conllu.mjs'
import { belowFloor, pct } from './lib/score.mjs'
import { readNewsArticles, requireSharedData } from './lib/shared-data.mjs'

const data = requireSharedData()
const check = process.argv.includes('--check')
const verbose = process.argv.includes('--errors')
const floors = JSON.parse(readFileSync(new URL('floors.json', import.meta.url), 'utf8')).morphology ?? {}
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV'])

/** Annotates each sentence on its own and aligns our tokens with the gold words by offset. */
function evaluate(file) {
  const sentences = readConllu(join(data, 'ud-german-gsd', file))
  let content = 0
  let lemmaOk = 0
  let words = 0
  let posOk = 0
  const errors = new Map()
  const jsonl = sentences.map((s) => s.text)
  for (const [k, s] of sentences.entries()) {
    const doc = annotate(jsonl[k])
    const byStart = new Map(doc.tokens.map((t) => [t.start, t]))
    let cursor = 0
    // gold words that are whole surface tokens (not parts of "zum" = zu dem)
    const surface = new Set(s.tokens.map((t) => t.form))
    for (const w of s.words) {
      const at = s.text.indexOf(w.form, cursor)
      if (at < 0) continue
      cursor = at + w.form.length
      const ours = byStart.get(at)
      if (!ours || ours.text !== w.form || !surface.has(w.form)) continue
      words++
      if (ours.pos === w.upos) posOk++
      if (!CONTENT.has(w.upos)) continue
      content++
      if (ours.lemma === w.lemma) lemmaOk++
      else if (verbose) {
        const key = `${w.form} → ${ours.lemma} (gold ${w.lemma}, ${w.upos}/${ours.pos})`
        errors.set(key, (errors.get(key) ?? 0) + 1)
      }
    }
  }
  if (verbose) for (const [k, v] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 80)) console.log(`  ${v} ${k}`)
  return { lemma: lemmaOk / content, upos: posOk / words, content, words }
}

function separable() {
  const gold = readFileSync(join(data, 'separable-verbs-gsd.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
  const bySentence = new Map()
  for (const g of gold) bySentence.set(g.text, [...(bySentence.get(g.text) ?? []), g])
  let tp = 0
  let fp = 0
  for (const [text, items] of bySentence) {
    const doc = annotate(text)
    const predicted = doc.annotations.filter((a) => a.kind === 'separable-verb')
    for (const p of predicted) {
      const verb = doc.tokens[p.tokens[0]]
      const hit = items.find((g) => g.combined_lemma === p.lemma && g.verb.form === verb.text)
      if (hit) tp++
      else {
        fp++
        if (verbose) console.log(`  FP ${p.lemma}: ${text}`)
      }
    }
    if (verbose)
      for (const g of items)
        if (!predicted.some((p) => p.lemma === g.combined_lemma)) console.log(`  FN ${g.combined_lemma}: ${text}`)
  }
  return { recall: tp / gold.length, precision: tp / (tp + fp || 1), gold: gold.length }
}

/**
 * Noun coverage on the news articles: the share of NOUN tokens whose lemma the lexicon knows,
 * or a dictionary lists as a noun (the analyser takes noun lemmas the lexicon lacks from the
 * dictionaries: Läden → Laden), or that belong to a compound whose head either knows.
 */
function nounCoverage() {
  const lexicon = bundledLexicon()
  const dictionaries = defaultDictionaries()
  const knownNoun = (lemma) =>
    lexicon.hasNoun(lemma) || dictionaries.some((d) => d.words.get(lemma)?.some((e) => e.pos === 'NOUN'))
  const articles = readNewsArticles(data)
  let nouns = 0
  let covered = 0
  const missing = new Map()
  for (const article of articles) {
    const doc = annotate(article.text)
    const compoundTokens = new Set()
    const listedNouns = new Set()
    for (const a of doc.annotations) {
      if (a.kind === 'compound' && a.parts && knownNoun(a.parts[a.parts.length - 1].lemma))
        compoundTokens.add(a.tokens[0])
      const listed = a.entries.some((id) => {
        const e = doc.entries[id]
        return e.pos === 'NOUN' && !e.composed && e.lemma === doc.tokens[a.tokens[0]].lemma
      })
      if (a.kind === 'word' && listed) listedNouns.add(a.tokens[0])
    }
    doc.tokens.forEach((t, i) => {
      if (t.pos !== 'NOUN') return
      nouns++
      if (lexicon.hasNoun(t.lemma) || compoundTokens.has(i) || listedNouns.has(i)) covered++
      else missing.set(t.text, (missing.get(t.text) ?? 0) + 1)
    })
  }
  if (verbose)
    console.log(
      `  nouns without a known lemma: ${[...missing]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40)
        .map(([w, n]) => `${w} ${n}`)
        .join(', ')}`,
    )
  return { share: covered / nouns, nouns }
}

const results = {
  'lemma GSD test': evaluate('de_gsd-ud-test.conllu'),
  'lemma GSD dev': evaluate('de_gsd-ud-dev.conllu'),
}
const sep = separable()
const coverage = nounCoverage()
console.log('| lemmatizer | GSD test, content words | GSD dev, content words |')
console.log('|---|---|---|')
console.log(`| lesehilfe | ${pct(results['lemma GSD test'].lemma)} | ${pct(results['lemma GSD dev'].lemma)} |`)
for (const [name, figure] of [
  ['simplemma (published in the issue)', '92.0'],
  ['german-*-dict inverted + compound fallback (issue)', '91.2'],
  ["LanguageTool's full german-pos-dict + compound fallback (issue)", '93.5'],
  ["spaCy's German lookup table (issue)", '85.3'],
])
  console.log(`| ${name} | ${figure} | - |`)
console.log(
  `\nUPOS accuracy, all words: GSD test ${pct(results['lemma GSD test'].upos)}, GSD dev ${pct(results['lemma GSD dev'].upos)}`,
)
console.log(`separable verbs (${sep.gold} gold): recall ${pct(sep.recall)}, precision ${pct(sep.precision)}`)
console.log(`news-dev nouns with a known lemma or compound head: ${pct(coverage.share)} of ${coverage.nouns}`)

const figures = {
  'lemma GSD test': 100 * results['lemma GSD test'].lemma,
  'lemma GSD dev': 100 * results['lemma GSD dev'].lemma,
  'UPOS GSD test': 100 * results['lemma GSD test'].upos,
  'UPOS GSD dev': 100 * results['lemma GSD dev'].upos,
  'separable recall': 100 * sep.recall,
  'separable precision': 100 * sep.precision,
  'news-dev noun coverage': 100 * coverage.share,
}
if (check) {
  const failures = Object.entries(floors).filter(([k, floor]) => belowFloor(figures[k], floor))
  if (failures.length > 0) {
    console.error(
      `morphology below floor: ${failures.map(([k, f]) => `${k} ${figures[k].toFixed(2)} < ${f}`).join(', ')}`,
    )
    process.exit(1)
  }
  console.log('morphology: all floors met')
}
