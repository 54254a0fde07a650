/**
 * The morphology lexicon (dictionaries/lexicon/lexicon.txt, built from LanguageTool's
 * german-pos-dict data): every listed form of every noun and verb maps to its lemma, and
 * adjectives are listed by lemma (their endings and comparison are rules, in ./rules).
 * Analyses are packed into numbers (lemma index × 4096 + tag bits) to keep the heap small.
 */

import { FNV_START, fnv, fnvStep } from '../hash.js'
import type { IndexData } from '../prebuilt.js'

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
  /** Set when its index was read from a prebuilt file (dist/indexes) instead of built at load. */
  prebuilt?: boolean
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

/**
 * Every form of the lexicon, found by hash without keeping a string per form: an entry holds
 * the form's hash, its packed analysis and where its text is (its lemma, the lemma with the
 * pack's difference field at a text offset, or a string for the few escaped forms). Loading
 * makes no string for 240,000 forms; a lookup hashes the form and compares it with the text.
 */
class FormIndex {
  hashes: Int32Array
  packs: Int32Array
  /** -1: the lemma itself; ≥ 0: offset of the difference field in the text; ≤ -2: made[-2 - ref] */
  refs: Int32Array
  made: string[] = []
  count = 0
  table: Int32Array

  /** An empty index with room for `expected` forms, or the finished one `prebuilt` holds (see toData). */
  constructor(expected: number, prebuilt?: IndexData) {
    if (prebuilt) {
      const { ints, strings } = prebuilt
      this.hashes = ints.hashes as Int32Array
      this.packs = ints.packs as Int32Array
      this.refs = ints.refs as Int32Array
      this.table = ints.table as Int32Array
      this.made = strings.made as string[]
      this.count = this.hashes.length
      return
    }
    this.hashes = new Int32Array(expected)
    this.packs = new Int32Array(expected)
    this.refs = new Int32Array(expected)
    this.table = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(1024, expected * 2))))
  }

  toData(): Omit<IndexData, 'json'> {
    const used = (a: Int32Array) => a.subarray(0, this.count)
    return {
      ints: { hashes: used(this.hashes), packs: used(this.packs), refs: used(this.refs), table: this.table },
      strings: { made: this.made },
    }
  }

  add(hash: number, packed: number, ref: number): void {
    if (this.count === this.hashes.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2)
        b.set(a)
        return b
      }
      this.hashes = grow(this.hashes)
      this.packs = grow(this.packs)
      this.refs = grow(this.refs)
    }
    const e = this.count++
    this.hashes[e] = hash
    this.packs[e] = packed
    this.refs[e] = ref
    if (this.count * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 2)
      for (let k = 0; k < this.count; k++) this.#place(k)
    } else this.#place(e)
  }

  #place(e: number): void {
    const table = this.table
    const mask = table.length - 1
    let i = (this.hashes[e] as number) & mask
    while (table[i] !== 0) i = (i + 1) & mask
    table[i] = e + 1
  }
}

/** The lexicon's lemmas, what each is (per lemma: pos code, 2 bits, + gender code, 2 bits) and its forms. */
interface Tables {
  lemmas: string[]
  info: ArrayLike<number>
  index: FormIndex
}

export function parseLexicon(text: string): Lexicon {
  return lexiconOf(text, readTables(text))
}

/** The lexicon's index as a prebuilt index file holds it (see ../prebuilt.ts). */
export function lexiconIndexData(text: string): IndexData {
  const { lemmas, info, index } = readTables(text)
  const data = index.toData()
  return { ints: { ...data.ints, info: Int32Array.from(info) }, strings: { ...data.strings, lemmas }, json: null }
}

/** The lexicon of `text` from its prebuilt index. */
export function lexiconFromIndex(text: string, data: IndexData): Lexicon {
  const tables = { lemmas: data.strings.lemmas as string[], info: data.ints.info as Int32Array }
  return { ...lexiconOf(text, { ...tables, index: new FormIndex(0, data) }), prebuilt: true }
}

function readTables(text: string): Tables {
  const lemmas: string[] = []
  const info: number[] = []
  // about one form per seven characters of pack
  const index = new FormIndex(Math.ceil(text.length / 7))
  const prefix = new Int32Array(257)
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
    const lemmaIndex = lemmas.length
    lemmas.push(lemma)
    const base = lemmaIndex * 4096
    if (kind === 65 /* A */) {
      info.push(2)
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
    // hashes of the lemma's beginnings: a form is a beginning of the lemma plus an ending
    const length = Math.min(lemma.length, 256)
    prefix[0] = FNV_START
    for (let k = 0; k < length; k++) prefix[k + 1] = fnvStep(prefix[k] as number, lemma.charCodeAt(k))
    index.add(prefix[length] as number, base | tags0, -1)
    while (at < lineEnd) {
      let end = text.indexOf('\t', at)
      if (end < 0 || end > lineEnd) end = lineEnd
      let tags = 0
      if (kind !== 78) {
        // verb forms: TAGS=diff
        while (text.charCodeAt(at) !== 61) tags |= TAG_LETTERS[text[at++] as string] ?? 0
        at++
      }
      const keep = lemma.length - (text.charCodeAt(at) - 48)
      let escaped = false
      for (let k = at + 1; k < end && !escaped; k++) escaped = text.charCodeAt(k) === 92 /* \ */
      if (!escaped) {
        if (keep >= 0 && keep <= length) index.add(fnv(text, at + 1, end, prefix[keep] as number), base | tags, at)
      } else {
        const form = lemma.slice(0, keep) + unescapeField(text.slice(at + 1, end))
        index.made.push(form)
        index.add(fnv(form), base | tags, -1 - index.made.length)
      }
      at = end + 1
    }
  }
  return { lemmas, info, index }
}

function lexiconOf(text: string, { lemmas, info, index }: Tables): Lexicon {
  const n = text.length
  const adjectives = new Set<string>()
  for (let k = 0; k < lemmas.length; k++) if (info[k] === 2) adjectives.add(lemmas[k] as string)
  /** Whether entry e is the form `form`. */
  const is = (e: number, form: string): boolean => {
    const ref = index.refs[e] as number
    const lemma = lemmas[Math.floor((index.packs[e] as number) / 4096)] as string
    if (ref === -1) return form === lemma
    if (ref < -1) return form === index.made[-2 - ref]
    const keep = lemma.length - (text.charCodeAt(ref) - 48)
    let end = ref + 1
    while (end < n && text.charCodeAt(end) !== 9 && text.charCodeAt(end) !== 10) end++
    if (form.length !== keep + end - ref - 1) return false
    for (let k = 0; k < keep; k++) if (form.charCodeAt(k) !== lemma.charCodeAt(k)) return false
    for (let k = keep; k < form.length; k++)
      if (form.charCodeAt(k) !== text.charCodeAt(ref + 1 + k - keep)) return false
    return true
  }
  /** The packed analyses of a form, in the order the pack lists them. */
  const packed = (form: string): number[] => {
    const hash = fnv(form)
    const table = index.table
    const mask = table.length - 1
    const out: number[] = []
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = table[i] as number
      if (slot === 0) return out
      const e = slot - 1
      if (index.hashes[e] === hash && is(e, form)) {
        const p = index.packs[e] as number
        if (!out.includes(p)) out.push(p)
      }
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
  const isLemma = (lemma: string, code: number): boolean =>
    packed(lemma).some(
      (p) =>
        (p % 4096) & TAG.lemma &&
        (info[Math.floor(p / 4096)] as number) % 4 === code &&
        lemmas[Math.floor(p / 4096)] === lemma,
    )
  return {
    lookup: (form) => packed(form).map(unpack),
    hasAdjective: (lemma) => adjectives.has(lemma),
    hasVerb: (lemma) => isLemma(lemma, 1),
    hasNoun: (lemma) => isLemma(lemma, 0),
    size: lemmas.length,
  }
}
