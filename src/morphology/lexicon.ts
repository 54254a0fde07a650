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
  const verbs = new Set<string>()
  const nouns = new Set<string>()
  const add = (form: string, packed: number) => {
    const current = forms.get(form)
    if (current === undefined) forms.set(form, packed)
    else if (typeof current === 'number') {
      if (current !== packed) forms.set(form, [current, packed])
    } else if (!current.includes(packed)) current.push(packed)
  }
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const fields = text.slice(start, end).split('\t')
    start = end + 1
    const kind = fields[0]
    const lemma = fields[1]
    if (!lemma) continue
    const index = lemmas.length
    lemmas.push(lemma)
    const base = index * 4096
    if (kind === 'N') {
      const gender = fields[2] === 'm' ? 1 : fields[2] === 'f' ? 2 : fields[2] === 'n' ? 3 : 0
      info.push(0 | (gender << 2))
      nouns.add(lemma)
      add(lemma, base | TAG.lemma)
      for (let k = 3; k < fields.length; k++) add(applyDiff(lemma, fields[k] as string), base)
    } else if (kind === 'V') {
      info.push(1)
      verbs.add(lemma)
      add(lemma, base | TAG.lemma | TAG.present)
      for (let k = 2; k < fields.length; k++) {
        const field = fields[k] as string
        const eq = field.indexOf('=')
        let tags = 0
        for (let c = 0; c < eq; c++) tags |= TAG_LETTERS[field[c] as string] ?? 0
        add(applyDiff(lemma, field.slice(eq + 1)), base | tags)
      }
    } else if (kind === 'A') {
      info.push(2)
      adjectives.add(lemma)
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
  return {
    lookup(form) {
      const found = forms.get(form)
      if (found === undefined) return []
      return typeof found === 'number' ? [unpack(found)] : found.map(unpack)
    },
    hasAdjective: (lemma) => adjectives.has(lemma),
    hasVerb: (lemma) => verbs.has(lemma),
    hasNoun: (lemma) => nouns.has(lemma),
    size: lemmas.length,
  }
}
