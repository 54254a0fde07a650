/**
 * The morphology lexicon (dictionaries/lexicon/lexicon.txt, built from LanguageTool's
 * german-pos-dict data): every listed form of every noun and verb maps to its lemma, and
 * adjectives are listed by lemma (their endings and comparison are rules, in ./rules).
 * Analyses are packed into numbers (lemma index × 4096 + tag bits) to keep the heap small.
 */

export type LexiconPos = 'NOUN' | 'VERB' | 'ADJ'

/** Verb form tags, as written by dictionaries/lexicon/build.mjs. */
export const TAG = {
  lemma: 1,
  present: 2,
  present3: 4,
  past: 8,
  past3: 16,
  subjunctive1: 32,
  subjunctive2: 64,
  subjunctiveOther: 128,
  participle: 256,
  presentParticiple: 512,
  zuInfinitive: 1024,
  imperative: 2048,
} as const

const TAG_LETTERS: Record<string, number> = {
  P: TAG.present,
  Q: TAG.present3,
  T: TAG.past,
  R: TAG.past3,
  '1': TAG.subjunctive1,
  '2': TAG.subjunctive2,
  K: TAG.subjunctiveOther,
  Z: TAG.participle,
  A: TAG.presentParticiple,
  E: TAG.zuInfinitive,
  I: TAG.imperative,
}

export interface LexiconAnalysis {
  lemma: string
  pos: LexiconPos
  tags: number
  gender?: 'm' | 'f' | 'n'
}

export interface Lexicon {
  /** Analyses of a form exactly as written (case-sensitive). */
  lookup(form: string): LexiconAnalysis[]
  hasAdjective(lemma: string): boolean
  hasVerb(lemma: string): boolean
  hasNoun(lemma: string): boolean
  size: number
}

const POS_CODE: LexiconPos[] = ['NOUN', 'VERB', 'ADJ']
const GENDER_CODE = [undefined, 'm', 'f', 'n'] as const

/**
 * The pack writes characters beyond Latin-1 as \u{hex}, so that the text stays one byte per
 * character in memory (see dictionaries/lexicon/build.mjs).
 */
function unescapeField(field: string): string {
  if (!field.includes('\\')) return field
  return field.replace(/\\u\{([0-9a-f]+)\}/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
}

export function applyDiff(lemma: string, diff: string): string {
  const drop = diff.charCodeAt(0) - 48
  return lemma.slice(0, lemma.length - drop) + diff.slice(1)
}

export function parseLexicon(text: string): Lexicon {
  const lemmas: string[] = []
  // per lemma: pos code (2 bits) + gender code (2 bits)
  const info: number[] = []
  const forms = new Map<string, number | number[]>()
  const adjectives = new Set<string>()
  const add = (form: string, packed: number) => {
    const current = forms.get(form)
    if (current === undefined) forms.set(form, packed)
    else if (typeof current === 'number') {
      if (current !== packed) forms.set(form, [current, packed])
    } else if (!current.includes(packed)) current.push(packed)
  }
  // one pass over the text without splitting lines into arrays: the pack has ~100k lines
  const n = text.length
  let pos = 0
  while (pos < n) {
    let lineEnd = text.indexOf('\n', pos)
    if (lineEnd < 0) lineEnd = n
    const kind = text.charCodeAt(pos)
    let fieldEnd = text.indexOf('\t', pos + 2)
    if (fieldEnd < 0 || fieldEnd > lineEnd) fieldEnd = lineEnd
    const lemma = unescapeField(text.slice(pos + 2, fieldEnd))
    let at = fieldEnd + 1
    pos = lineEnd + 1
    if (lemma === '') continue
    const index = lemmas.length
    lemmas.push(lemma)
    const base = index * 4096
    if (kind === 65 /* A */) {
      info.push(2)
      adjectives.add(lemma)
      continue
    }
    let tags0 = TAG.lemma
    if (kind === 78 /* N */) {
      const g = text.charCodeAt(at)
      info.push((g === 109 ? 1 : g === 102 ? 2 : g === 110 ? 3 : 0) << 2)
      at += 2
    } else {
      info.push(1)
      tags0 |= TAG.present
    }
    add(lemma, base | tags0)
    while (at < lineEnd) {
      let end = text.indexOf('\t', at)
      if (end < 0 || end > lineEnd) end = lineEnd
      let tags = 0
      if (kind !== 78) {
        // verb forms: TAGS=diff
        while (text.charCodeAt(at) !== 61) tags |= TAG_LETTERS[text[at++] as string] ?? 0
        at++
      }
      const drop = text.charCodeAt(at) - 48
      add(lemma.slice(0, lemma.length - drop) + unescapeField(text.slice(at + 1, end)), base | tags)
      at = end + 1
    }
  }
  const unpack = (packed: number): LexiconAnalysis => {
    const index = Math.floor(packed / 4096)
    const code = info[index] as number
    const analysis: LexiconAnalysis = {
      lemma: lemmas[index] as string,
      pos: POS_CODE[code & 3] as LexiconPos,
      tags: packed % 4096,
    }
    const gender = GENDER_CODE[(code >> 2) & 3]
    if (gender) analysis.gender = gender
    return analysis
  }
  /** Whether `lemma` is listed as a lemma of the part of speech with this code (0 noun, 1 verb). */
  const isLemma = (lemma: string, code: number): boolean => {
    const found = forms.get(lemma)
    if (found === undefined) return false
    const test = (packed: number) =>
      (packed % 4096) & TAG.lemma &&
      (info[Math.floor(packed / 4096)] as number) % 4 === code &&
      lemmas[Math.floor(packed / 4096)] === lemma
    return typeof found === 'number' ? Boolean(test(found)) : found.some(test)
  }
  return {
    lookup(form) {
      const found = forms.get(form)
      if (found === undefined) return []
      return typeof found === 'number' ? [unpack(found)] : found.map(unpack)
    },
    hasAdjective: (lemma) => adjectives.has(lemma),
    hasVerb: (lemma) => isLemma(lemma, 1),
    hasNoun: (lemma) => isLemma(lemma, 0),
    size: lemmas.length,
  }
}
