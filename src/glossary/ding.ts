/**
 * The general German–English dictionary built from Ding (dictionaries/ding/de-en.pack.tsv,
 * GPL-2.0-or-later; line format in dictionaries/ding/README.md). It is optional: the core
 * works without it. In Node `bundledDingPack()` reads it from the package; browsers fetch
 * the file and pass its text to `parseDingPack`.
 *
 * Loading only indexes each line under its keys (lemma, plural, verb forms); a line becomes
 * an Entry the first time a lookup asks for it, which keeps 130,000 entries cheap in time
 * and heap. Multiword headwords are found by their full text; they make no phrase patterns.
 */
import type { Entry, Gender, Sense, VerbForms } from '../document.js'
import { packageFolder, readText } from '../package-files.js'
import type { Dictionary } from './dictionary.js'
import { formatProblem } from './pack.js'

export const DING_SOURCE = 'ding'

const PACK_FILE = 'de-en.pack.tsv'
const UPOS = new Set('ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN SCONJ VERB X'.split(' '))
const GENDERS = new Set(['', 'm', 'f', 'n', 'pl'])
const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü', au: 'äu', Au: 'Äu' }

/** The lemma with the vowel a plural umlauts: the last a, o, u or au before a closing -e, -el, -en, -er. */
function umlauted(lemma: string): string | undefined {
  const m = /^(.*?)(au|Au|[aouAOU])([^aeiouäöüAEIOUÄÖÜ]*(?:e[lnr]?)?[^aeiouäöüAEIOUÄÖÜ]*)$/.exec(lemma)
  return m ? `${m[1]}${UMLAUT[m[2] as string]}${m[3]}` : undefined
}

/** A plural as the pack writes it: `-en` = lemma + en, `-` = same as the lemma, `¨e` = umlaut + e, else in full. */
export function decodePlural(lemma: string, written: string): string {
  if (written.startsWith('-')) return lemma + written.slice(1)
  if (written.startsWith('¨')) return (umlauted(lemma) ?? lemma) + written.slice(1)
  return written
}

/** A verb form as it stands in a subordinate clause: "nimmt fest" → "festnimmt". */
const joined = (form: string): string | undefined => {
  const words = form.split(' ')
  if (words.length === 1) return form
  return words.length === 2 ? `${words[1]}${words[0]}` : undefined
}

/** The sense in text[from, to): `[domain,domain]gloss; gloss {note}`. */
function parseSense(text: string, from: number, to: number): Sense {
  let domains: string[] | undefined
  if (text.charCodeAt(from) === 91 /* [ */) {
    const close = text.indexOf(']', from)
    domains = text.slice(from + 1, close).split(',')
    from = close + 1
  }
  let note: string | undefined
  if (text.charCodeAt(to - 1) === 125 /* } */) {
    const open = text.lastIndexOf(' {', to)
    note = text.slice(open + 2, to - 1)
    to = open
  }
  const glosses: string[] = []
  for (;;) {
    const semicolon = text.indexOf('; ', from)
    if (semicolon < 0 || semicolon >= to) break
    glosses.push(text.slice(from, semicolon))
    from = semicolon + 2
  }
  glosses.push(text.slice(from, to))
  const sense: Sense = { glosses }
  if (domains) sense.domains = domains
  if (note) sense.note = note
  return sense
}

/**
 * The Entry of the pack line starting at `start`, read in place: no copy of the line, no
 * array of its columns (a lookup's cost is mostly the objects it creates).
 */
function parseLine(text: string, start: number): Entry {
  let end = text.indexOf('\n', start)
  if (end < 0) end = text.length
  // the five fixed columns: lemma, POS, gender, plural, verb forms
  const t1 = text.indexOf('\t', start)
  const t2 = text.indexOf('\t', t1 + 1)
  const t3 = text.indexOf('\t', t2 + 1)
  const t4 = text.indexOf('\t', t3 + 1)
  const t5 = text.indexOf('\t', t4 + 1)
  const lemma = text.slice(start, t1)
  const pos = text.slice(t1 + 1, t2)
  const gender = text.slice(t2 + 1, t3)
  const plural = t4 > t3 + 1 ? text.slice(t3 + 1, t4) : ''
  const verb = t5 > t4 + 1 ? text.slice(t4 + 1, t5) : ''
  const senses: Sense[] = []
  for (let from = t5 + 1; from <= end; ) {
    let tab = text.indexOf('\t', from)
    if (tab < 0 || tab > end) tab = end
    senses.push(parseSense(text, from, tab))
    from = tab + 1
  }
  const entry: Entry = {
    id: `${DING_SOURCE}:${lemma}:${pos}`,
    lemma,
    pos,
    senses,
    domains: senses[0]?.domains ?? [],
    source: DING_SOURCE,
  }
  if (gender === 'pl') {
    entry.plural = lemma
    entry.note = 'plural only'
  } else if (gender) entry.gender = gender as Gender
  if (plural && gender !== 'pl') entry.plural = decodePlural(lemma, plural)
  if (verb) {
    const [present, past, participle] = verb.split('|')
    const forms: VerbForms = {}
    if (present) forms.present = present
    if (past) forms.past = past
    if (participle) forms.participle = participle
    entry.verb = forms
  }
  return entry
}

/** The rows (pack lines, counted from 0) a key leads to. */
type Rows = number | number[]

const addRow = (index: Map<string, Rows>, key: string, row: number) => {
  const rows = index.get(key)
  if (rows === undefined) index.set(key, row)
  else if (typeof rows === 'number') {
    if (rows !== row) index.set(key, [rows, row])
  } else if (!rows.includes(row)) rows.push(row)
}

/**
 * Entries by lookup key, read from their pack lines at each get. Every key is known from the
 * start (has, size and iteration see them all). Nothing read is kept: building an entry
 * costs about a microsecond, while keeping them made every later allocation pay for copying
 * them out of the young generation (callers that look a word up again cache the result, as
 * the glosser does). Two gets give equal entries, not the same objects; an Entry's id names
 * its line. Keys a caller sets or deletes live in the Map itself and win over the pack.
 */
class PackWords extends Map<string, Entry[]> {
  readonly #text: string
  readonly #rows: Map<string, Rows>
  readonly #starts: Int32Array
  readonly #removed = new Set<string>()

  constructor(text: string, rows: Map<string, Rows>, starts: Int32Array) {
    super()
    this.#text = text
    this.#rows = rows
    this.#starts = starts
  }

  /** A key of the pack, unless a caller has set or deleted it. */
  #packRows(key: string): Rows | undefined {
    if (this.#removed.size > 0 && this.#removed.has(key)) return undefined
    return this.#rows.get(key)
  }

  override get(key: string): Entry[] | undefined {
    const own = super.get(key)
    if (own) return own
    const rows = this.#packRows(key)
    if (rows === undefined) return undefined
    if (typeof rows === 'number') return [parseLine(this.#text, this.#starts[rows] as number)]
    const all = rows.map((row) => parseLine(this.#text, this.#starts[row] as number))
    // the entries whose lemma the key is come before those it is a plural or verb form of
    return [...all.filter((e) => e.lemma === key), ...all.filter((e) => e.lemma !== key)]
  }

  override has(key: string): boolean {
    return super.has(key) || this.#packRows(key) !== undefined
  }

  override set(key: string, entries: Entry[]): this {
    if (this.#rows.has(key)) this.#removed.add(key)
    return super.set(key, entries)
  }

  override delete(key: string): boolean {
    const inPack = this.#packRows(key) !== undefined
    if (inPack) this.#removed.add(key)
    return super.delete(key) || inPack
  }

  override clear(): void {
    for (const key of this.#rows.keys()) this.#removed.add(key)
    super.clear()
  }

  /** Keys of the pack no caller has set or deleted. */
  *#packKeys(): IterableIterator<string> {
    for (const key of this.#rows.keys()) if (!this.#removed.has(key)) yield key
  }

  override get size(): number {
    // #removed holds only keys of the pack
    return super.size + this.#rows.size - this.#removed.size
  }

  override forEach(callback: (value: Entry[], key: string, map: Map<string, Entry[]>) => void, thisArg?: unknown) {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }

  override *keys(): MapIterator<string> {
    yield* super.keys()
    yield* this.#packKeys()
  }

  override *values(): MapIterator<Entry[]> {
    for (const [, value] of this.entries()) yield value
  }

  override *entries(): MapIterator<[string, Entry[]]> {
    yield* super.entries()
    for (const key of this.#packKeys()) yield [key, this.get(key) as Entry[]]
  }

  override [Symbol.iterator]() {
    return this.entries()
  }
}

/**
 * A dictionary from the text of a Ding pack. A malformed line throws one message naming the
 * file, entry and field (`file:lemma:field: message`). Under each key, entries whose lemma
 * it is come before entries it is a plural or verb form of.
 */
export function parseDingPack(text: string, file = PACK_FILE): Dictionary {
  const index = new Map<string, Rows>()
  const starts: number[] = []
  const tabs = [0, 0, 0, 0, 0]
  let size = 0
  let lineNumber = 0
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineNumber++
    if (end > start && text.charCodeAt(start) !== 35 /* # */) {
      // the first five columns are read in place; senses wait until a lookup needs them
      let from = start
      for (let c = 0; c < 5; c++) {
        const tab = text.indexOf('\t', from)
        tabs[c] = tab < 0 || tab > end ? end : tab
        from = Math.min((tabs[c] as number) + 1, end)
      }
      const column = (c: number) => text.slice(c === 0 ? start : (tabs[c - 1] as number) + 1, tabs[c])
      const lemma = column(0)
      const pos = column(1)
      const gender = column(2)
      if (lemma === '') throw packProblem(file, lineNumber, `line ${lineNumber}`, 'lemma', 'required')
      if (!UPOS.has(pos)) throw packProblem(file, lineNumber, lemma, 'pos', 'must be a UD UPOS tag')
      if (!GENDERS.has(gender)) throw packProblem(file, lineNumber, lemma, 'gender', 'must be m, f, n, pl or empty')
      if (from >= end || text.charCodeAt(from) === 9)
        throw packProblem(file, lineNumber, lemma, 'senses', 'at least one sense is required')
      // the build writes lemmas and forms as lookup keys already (NFC, no invisible characters)
      const row = starts.length
      starts.push(start)
      addRow(index, lemma, row)
      const plural = column(3)
      if (plural && gender !== 'pl') addRow(index, decodePlural(lemma, plural), row)
      const verb = column(4)
      if (verb)
        for (const form of verb.split('|')) {
          const key = form && joined(form)
          if (key) addRow(index, key, row)
        }
      size++
    }
    start = end + 1
  }
  return { source: DING_SOURCE, words: new PackWords(text, index, Int32Array.from(starts)), phrases: [], size }
}

const packProblem = (file: string, line: number, entry: string, field: string, message: string) =>
  new Error(formatProblem({ file, entry, field, message: `${message} (line ${line})` }))

let cached: Dictionary | undefined

/** The Ding pack shipped with the package (Node only), read once; undefined where it cannot be read. */
export function bundledDingPack(): Dictionary | undefined {
  if (cached) return cached
  const folder = packageFolder('dictionaries/ding', PACK_FILE)
  const text = folder ? readText(folder, PACK_FILE) : undefined
  if (text === undefined) return undefined
  cached = parseDingPack(text, `${folder}/${PACK_FILE}`)
  return cached
}
