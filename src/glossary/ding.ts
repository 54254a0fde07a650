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

function parseSense(column: string): Sense {
  let text = column
  let domains: string[] | undefined
  if (text.startsWith('[')) {
    const close = text.indexOf(']')
    domains = text.slice(1, close).split(',')
    text = text.slice(close + 1)
  }
  let note: string | undefined
  if (text.endsWith('}')) {
    const open = text.lastIndexOf(' {')
    note = text.slice(open + 2, -1)
    text = text.slice(0, open)
  }
  const sense: Sense = { glosses: text.split('; ') }
  if (domains) sense.domains = domains
  if (note) sense.note = note
  return sense
}

/** The Entry one pack line describes. */
function parseLine(line: string): Entry {
  const [lemma = '', pos = '', gender = '', plural = '', verb = '', ...columns] = line.split('\t')
  const senses = columns.map(parseSense)
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

type Rows = number | number[]

const addRow = (index: Map<string, Rows>, key: string, row: number) => {
  const rows = index.get(key)
  if (rows === undefined) index.set(key, row)
  else if (typeof rows === 'number') {
    if (rows !== row) index.set(key, [rows, row])
  } else if (!rows.includes(row)) rows.push(row)
}

/**
 * Entries by lookup key, built from their pack lines on first use. Every key is known from
 * the start (has, size and iteration see them all); get builds and keeps the key's entries,
 * one Entry object per line however many keys lead to it.
 */
class PackWords extends Map<string, Entry[]> {
  readonly #text: string
  readonly #pending: Map<string, Rows>
  readonly #built = new Map<number, Entry>()

  constructor(text: string, pending: Map<string, Rows>) {
    super()
    this.#text = text
    this.#pending = pending
  }

  #entry(row: number): Entry {
    let entry = this.#built.get(row)
    if (!entry) {
      const end = this.#text.indexOf('\n', row)
      entry = parseLine(this.#text.slice(row, end < 0 ? this.#text.length : end))
      this.#built.set(row, entry)
    }
    return entry
  }

  #buildAll(): void {
    for (const key of [...this.#pending.keys()]) this.get(key)
  }

  override get(key: string): Entry[] | undefined {
    const done = super.get(key)
    if (done) return done
    const rows = this.#pending.get(key)
    if (rows === undefined) return undefined
    let entries = typeof rows === 'number' ? [this.#entry(rows)] : rows.map((row) => this.#entry(row))
    // the entries whose lemma the key is come before those it is a plural or verb form of
    if (entries.length > 1)
      entries = [...entries.filter((e) => e.lemma === key), ...entries.filter((e) => e.lemma !== key)]
    this.#pending.delete(key)
    super.set(key, entries)
    return entries
  }

  override has(key: string): boolean {
    return super.has(key) || this.#pending.has(key)
  }

  override set(key: string, entries: Entry[]): this {
    this.#pending.delete(key)
    return super.set(key, entries)
  }

  override delete(key: string): boolean {
    const pending = this.#pending.delete(key)
    return super.delete(key) || pending
  }

  override clear(): void {
    this.#pending.clear()
    super.clear()
  }

  override get size(): number {
    return super.size + this.#pending.size
  }

  override forEach(callback: (value: Entry[], key: string, map: Map<string, Entry[]>) => void, thisArg?: unknown) {
    this.#buildAll()
    super.forEach(callback, thisArg)
  }

  override keys() {
    this.#buildAll()
    return super.keys()
  }

  override values() {
    this.#buildAll()
    return super.values()
  }

  override entries() {
    this.#buildAll()
    return super.entries()
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
      addRow(index, lemma, start)
      const plural = column(3)
      if (plural && gender !== 'pl') addRow(index, decodePlural(lemma, plural), start)
      const verb = column(4)
      if (verb)
        for (const form of verb.split('|')) {
          const key = form && joined(form)
          if (key) addRow(index, key, start)
        }
      size++
    }
    start = end + 1
  }
  return { source: DING_SOURCE, words: new PackWords(text, index), phrases: [], size }
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
