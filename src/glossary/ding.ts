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
import { fnv } from '../hash.js'
import { packageFolder, readBytes, utf8 } from '../package-files.js'
import { type IndexData, type IndexSource, readPrebuilt } from '../prebuilt.js'
import type { Dictionary } from './dictionary.js'
import { LazyWords } from './lazy-words.js'
import { formatProblem } from './pack.js'

export const DING_SOURCE = 'ding'

export const DING_FOLDER = 'dictionaries/ding'
export const PACK_FILE = 'de-en.pack.tsv'
/** The name of its prebuilt index (dist/indexes/ding.idx). */
export const DING_INDEX = 'ding'
const UPOS = new Set('ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN SCONJ VERB X'.split(' '))
const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' }
const VOWELS = 'aeiouäöüAEIOUÄÖÜ'

/**
 * The lemma with the vowel a plural umlauts: the last a, o, u or au, followed by no other
 * vowel than one e (Haus, Mutter, Apfel, Boden). A loop from the end: a lookup decodes
 * plurals, and a regular expression here cost a tenth of it.
 */
function umlauted(lemma: string): string | undefined {
  let seenE = false
  for (let i = lemma.length - 1; i >= 0; i--) {
    const c = lemma.charAt(i)
    if (!VOWELS.includes(c)) continue
    if (c === 'e' && !seenE) {
      seenE = true
      continue
    }
    const umlaut = UMLAUT[c]
    if (umlaut === undefined) return undefined
    // au takes its umlaut on the a: Haus → Häus(er)
    const from = c === 'u' && (lemma.charAt(i - 1) === 'a' || lemma.charAt(i - 1) === 'A') ? i - 1 : i
    const first = from < i ? (UMLAUT[lemma.charAt(from)] as string) : umlaut
    return `${lemma.slice(0, from)}${first}${lemma.slice(from + 1)}`
  }
  return undefined
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

/**
 * The sense in text[from, to): `[domain,domain]gloss; gloss {note}`. Every search stays
 * inside the sense: indexOf on the whole pack would run on into later lines when the sense
 * has no "; ".
 */
function parseSense(text: string, from: number, to: number): Sense {
  let domains: string[] | undefined
  if (text.charCodeAt(from) === 91 /* [ */) {
    domains = []
    let start = from + 1
    for (let i = start; i < to; i++) {
      const c = text.charCodeAt(i)
      if (c === 44 /* , */ || c === 93 /* ] */) {
        domains.push(text.slice(start, i))
        start = i + 1
        if (c === 93) break
      }
    }
    from = start
  }
  let note: string | undefined
  if (text.charCodeAt(to - 1) === 125 /* } */) {
    let open = to - 2
    while (open > from && !(text.charCodeAt(open) === 123 && text.charCodeAt(open - 1) === 32)) open--
    note = text.slice(open + 1, to - 1)
    to = open - 1
  }
  const glosses: string[] = []
  let start = from
  for (let i = from; i < to - 1; i++)
    if (text.charCodeAt(i) === 59 /* ; */ && text.charCodeAt(i + 1) === 32) {
      glosses.push(text.slice(start, i))
      start = i + 2
      i++
    }
  glosses.push(text.slice(start, to))
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
  const pos = uposAt(text, t1 + 1, t2)
  const gender = genderAt(text, t2 + 1, t3) ?? ''
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

/** A growable list of records of `width` 32-bit integers in one typed array. */
class Ints {
  data: Int32Array
  length = 0

  constructor(
    readonly width: number,
    expected: number | Int32Array,
  ) {
    if (typeof expected === 'number') this.data = new Int32Array(width * Math.max(1024, Math.ceil(expected)))
    else {
      this.data = expected
      this.length = expected.length
    }
  }

  /** The records written so far. */
  used(): Int32Array {
    return this.data.subarray(0, this.length)
  }

  /** Appends a record; returns its index. */
  push(a: number, b: number, c = 0): number {
    if (this.length + this.width > this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length] = a
    this.data[this.length + 1] = b
    if (this.width > 2) this.data[this.length + 2] = c
    this.length += this.width
    return this.length / this.width - 1
  }
}

/**
 * The pack's lookup keys and the rows (pack lines, counted from 0) each leads to, in typed
 * arrays: open addressing over key hashes, with the key's text checked in the pack itself
 * (a lemma is the start of its line) or in a list of the keys made from the pack's columns
 * (plurals, verb forms). What one lookup reads sits together, a pair per slot, key and row:
 * the table holds each key's hash beside its id, a key its text and rows, a row its line's
 * start and its lemma's end. A lookup touches three such pairs and the line it then reads,
 * where a Map of 200,000 keys spent most of a lookup on cache misses.
 */
class KeyIndex {
  readonly #text: string
  /** per row: start of its line, end of its lemma */
  readonly #rowData: Ints
  /**
   * per key: where its text starts in the pack (a lemma: its line) or -1 - made index, its
   * length, its rows (a row, or -1 - list index). A lemma key's own line is read from here,
   * without a visit to the row.
   */
  readonly #keyData: Ints
  /** keys made from columns (plurals, joined verb forms) */
  readonly #made: string[] = []
  readonly #lists: number[][] = []
  /** per slot: hash, key id + 1 (0: empty) */
  #table: Int32Array

  /** An empty index of the pack `text`, or the finished one `prebuilt` holds (see toData). */
  constructor(text: string, prebuilt?: IndexData) {
    this.#text = text
    if (prebuilt) {
      const { ints, strings } = prebuilt
      this.#rowData = new Ints(2, ints.rows as Int32Array)
      this.#keyData = new Ints(3, ints.keys as Int32Array)
      this.#table = ints.table as Int32Array
      this.#made = strings.made as string[]
      const starts = ints.listStarts as Int32Array
      const rows = ints.listRows as Int32Array
      for (let k = 0; k + 1 < starts.length; k++)
        this.#lists.push(Array.from(rows.subarray(starts[k] as number, starts[k + 1] as number)))
      return
    }
    // a line per 60 characters of pack and three keys per two lines: room for them from the
    // start, so loading seldom grows an array; the table is kept at most 4/5 full (a probe
    // reads neighbouring slots, mostly in one cache line, and a smaller table stays in cache)
    const rows = text.length / 60
    this.#rowData = new Ints(2, rows * 1.1)
    this.#keyData = new Ints(3, rows * 1.6)
    this.#table = new Int32Array(2 * 2 ** Math.ceil(Math.log2(Math.max(1024, rows * 1.6 * 1.2))))
  }

  /** The finished index as arrays and strings, for a prebuilt index file. */
  toData(): Omit<IndexData, 'json'> {
    const starts = [0]
    const rows: number[] = []
    for (const list of this.#lists) {
      for (const row of list) rows.push(row)
      starts.push(rows.length)
    }
    return {
      ints: {
        rows: this.#rowData.used(),
        keys: this.#keyData.used(),
        table: this.#table,
        listStarts: Int32Array.from(starts),
        listRows: Int32Array.from(rows),
      },
      strings: { made: this.#made },
    }
  }

  get size(): number {
    return this.#keyData.length / 3
  }

  /** Where the line of `row` starts. */
  start(row: number): number {
    return this.#rowData.data[2 * row] as number
  }

  /** A new row: its line starts at `start`, its lemma ends at `lemmaEnd`. */
  addRow(start: number, lemmaEnd: number): number {
    return this.#rowData.push(start, lemmaEnd)
  }

  /** While loading (before finish): the key with this text, or -1. */
  find(key: string, hash = fnv(key)): number {
    const table = this.#table
    const mask = (table.length >> 1) - 1
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = table[2 * i + 1] as number
      if (slot === 0) return -1
      if (table[2 * i] === hash && this.#is(slot - 1, key)) return slot - 1
    }
  }

  #is(id: number, key: string): boolean {
    const keys = this.#keyData.data
    const at = keys[3 * id] as number
    if (at < 0) return this.#made[-1 - at] === key
    return keys[3 * id + 1] === key.length && this.#text.startsWith(key, at)
  }

  /** The text of key `id`. */
  key(id: number): string {
    const keys = this.#keyData.data
    const at = keys[3 * id] as number
    return at < 0 ? (this.#made[-1 - at] as string) : this.#text.slice(at, at + (keys[3 * id + 1] as number))
  }

  /** The rows key `id` leads to, in the order they were added. */
  rows(id: number): number | number[] {
    const rows = this.#keyData.data[3 * id + 2] as number
    return rows >= 0 ? rows : (this.#lists[-1 - rows] as number[])
  }

  /**
   * Where the line of key `id`'s only row starts, when the key is that row's lemma; else -1.
   * A lemma key is made with its own row, and any further row turns its rows into a list.
   */
  ownLine(id: number): number {
    const keys = this.#keyData.data
    const at = keys[3 * id] as number
    return at >= 0 && (keys[3 * id + 2] as number) >= 0 ? at : -1
  }

  /** Whether key `id` is text[from, to) of the pack. */
  #isRange(id: number, from: number, to: number): boolean {
    const keys = this.#keyData.data
    const at = keys[3 * id] as number
    const text = this.#text
    if (at < 0) {
      const made = this.#made[-1 - at] as string
      return made.length === to - from && text.startsWith(made, from)
    }
    if (keys[3 * id + 1] !== to - from) return false
    for (let k = 0; k < to - from; k++) if (text.charCodeAt(at + k) !== text.charCodeAt(from + k)) return false
    return true
  }

  /** Adds `row` under its own lemma, read in place. */
  addLemma(row: number): void {
    const from = this.#rowData.data[2 * row] as number
    const to = this.#rowData.data[2 * row + 1] as number
    const hash = fnv(this.#text, from, to)
    const table = this.#table
    const mask = (table.length >> 1) - 1
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = table[2 * i + 1] as number
      if (slot === 0) break
      if (table[2 * i] === hash && this.#isRange(slot - 1, from, to)) {
        this.#addRow(slot - 1, row)
        return
      }
    }
    this.#newKey(hash, from, to - from, row)
  }

  /** Adds `row` under a key made from its columns (a plural, a joined verb form). */
  add(row: number, made: string): void {
    const hash = fnv(made)
    const id = this.find(made, hash)
    if (id >= 0) {
      this.#addRow(id, row)
      return
    }
    this.#made.push(made)
    this.#newKey(hash, -this.#made.length, made.length, row)
  }

  #addRow(id: number, row: number): void {
    const keys = this.#keyData.data
    const rows = keys[3 * id + 2] as number
    if (rows === row) return
    if (rows >= 0) {
      this.#lists.push([rows, row])
      keys[3 * id + 2] = -this.#lists.length
    } else {
      const list = this.#lists[-1 - rows] as number[]
      if (!list.includes(row)) list.push(row)
    }
  }

  #newKey(hash: number, at: number, length: number, row: number): void {
    const id = this.#keyData.push(at, length, row)
    if ((id + 1) * 5 > (this.#table.length >> 1) * 4) {
      const old = this.#table
      this.#table = new Int32Array(old.length * 2)
      for (let i = 0; i < old.length; i += 2)
        if (old[i + 1] !== 0) this.#place(old[i] as number, (old[i + 1] as number) - 1)
    }
    this.#place(hash, id)
  }

  #place(hash: number, id: number): void {
    const table = this.#table
    const mask = (table.length >> 1) - 1
    let i = hash & mask
    while (table[2 * i + 1] !== 0) i = (i + 1) & mask
    table[2 * i] = hash
    table[2 * i + 1] = id + 1
  }

  /**
   * Done loading: a slot whose key is the lemma of exactly one row now holds 1 + the start of
   * that line, the others -1 - key id. A lookup of such a key (most of them) reads only its
   * slot and its line.
   */
  finish(): void {
    const table = this.#table
    for (let i = 1; i < table.length; i += 2) {
      const slot = table[i] as number
      if (slot === 0) continue
      const own = this.ownLine(slot - 1)
      table[i] = own >= 0 ? own + 1 : -slot
    }
  }

  /** After finish: 1 + the line start of the key's own line, -1 - its id, or 0 when there is no such key. */
  probe(key: string): number {
    const table = this.#table
    const mask = (table.length >> 1) - 1
    const hash = fnv(key)
    const text = this.#text
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = table[2 * i + 1] as number
      if (slot === 0) return 0
      if (table[2 * i] !== hash) continue
      if (
        slot > 0
          ? text.startsWith(key, slot - 1) && text.charCodeAt(slot - 1 + key.length) === 9
          : this.#is(-1 - slot, key)
      )
        return slot
    }
  }
}

/**
 * Entries by lookup key, read from their pack lines at each get (see LazyWords). Nothing read
 * is kept: building an entry costs about a microsecond, while keeping them made every later
 * allocation pay for copying them out of the young generation (callers that look a word up
 * again cache the result, as the glosser does). Two gets give equal entries, not the same
 * objects; an Entry's id names its line.
 */
class PackWords extends LazyWords {
  readonly #text: string
  readonly #index: KeyIndex

  constructor(text: string, index: KeyIndex) {
    super()
    this.#text = text
    this.#index = index
  }

  protected override find(key: string): number {
    return this.#index.probe(key)
  }

  protected override get storeSize(): number {
    return this.#index.size
  }

  protected override *storeKeys(): Iterable<string> {
    for (let id = 0; id < this.#index.size; id++) yield this.#index.key(id)
  }

  #entry(row: number): Entry {
    return parseLine(this.#text, this.#index.start(row))
  }

  /** `found`: the index's probe (see KeyIndex.probe). */
  protected override entriesAt(found: number, key: string): Entry[] {
    if (found > 0) return [parseLine(this.#text, found - 1)]
    const rows = this.#index.rows(-1 - found)
    if (typeof rows === 'number') return [this.#entry(rows)]
    const all = rows.map((row) => this.#entry(row))
    // the entries whose lemma the key is come before those it is a plural or verb form of
    return [...all.filter((e) => e.lemma === key), ...all.filter((e) => e.lemma !== key)]
  }
}

/**
 * A dictionary from the text of a Ding pack. A malformed line throws one message naming the
 * file, entry and field (`file:lemma:field: message`). Under each key, entries whose lemma
 * it is come before entries it is a plural or verb form of.
 */
export function parseDingPack(text: string, file = PACK_FILE): Dictionary {
  const { index, size } = indexPack(text, file)
  return { source: DING_SOURCE, words: new PackWords(text, index), phrases: [], size }
}

/** The Ding pack's index as a prebuilt index file holds it (see ../prebuilt.ts). */
export function dingIndexData(text: string, file = PACK_FILE): IndexData {
  const { index, size } = indexPack(text, file)
  return { ...index.toData(), json: { size } }
}

/** The bundled pack file's path and bytes (Node only). */
function bundledFile(): { path: string; bytes: Uint8Array } | undefined {
  const folder = packageFolder(DING_FOLDER, PACK_FILE)
  const bytes = folder ? readBytes(folder, PACK_FILE) : undefined
  return bytes && { path: `${folder}/${PACK_FILE}`, bytes }
}

/** The bundled Ding pack, for its prebuilt index (Node only). */
export function dingIndexSource(): IndexSource | undefined {
  const file = bundledFile()
  return file && { name: DING_INDEX, files: [file.bytes], build: () => dingIndexData(utf8(file.bytes), file.path) }
}

/** The dictionary of a Ding pack from its prebuilt index. */
export function dingFromIndex(text: string, data: IndexData): Dictionary {
  const size = (data.json as { size: number }).size
  return {
    source: DING_SOURCE,
    words: new PackWords(text, new KeyIndex(text, data)),
    phrases: [],
    size,
    prebuilt: true,
  }
}

function indexPack(text: string, file: string): { index: KeyIndex; size: number } {
  const index = new KeyIndex(text)
  let size = 0
  let lineNumber = 0
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineNumber++
    if (end > start && text.charCodeAt(start) !== 35 /* # */) {
      // the first five columns are read in place; senses wait until a lookup needs them
      const tab = (from: number) => {
        const at = text.indexOf('\t', from)
        return at < 0 || at > end ? end : at
      }
      const t1 = tab(start)
      const t2 = tab(t1 + 1)
      const t3 = tab(t2 + 1)
      const t4 = tab(t3 + 1)
      const t5 = tab(t4 + 1)
      const problem = (field: string, message: string) =>
        packProblem(file, lineNumber, t1 > start ? text.slice(start, t1) : `line ${lineNumber}`, field, message)
      if (t1 === start) throw problem('lemma', 'required')
      if (t1 === end || !isUpos(text, t1 + 1, t2)) throw problem('pos', 'must be a UD UPOS tag')
      const gender = genderAt(text, t2 + 1, t3)
      if (gender === undefined) throw problem('gender', 'must be m, f, n, pl or empty')
      if (t5 >= end || text.charCodeAt(t5 + 1) === 9) throw problem('senses', 'at least one sense is required')
      // the build writes lemmas and forms as lookup keys already (NFC, no invisible characters)
      const row = index.addRow(start, t1)
      index.addLemma(row)
      if (t4 > t3 + 1 && gender !== 'pl') index.add(row, decodePlural(text.slice(start, t1), text.slice(t3 + 1, t4)))
      if (t5 > t4 + 1)
        for (const form of text.slice(t4 + 1, t5).split('|')) {
          const key = form && joined(form)
          if (key) index.add(row, key)
        }
      size++
    }
    start = end + 1
  }
  index.finish()
  return { index, size }
}

const UPOS_BY_LENGTH = new Map<number, string[]>()
for (const tag of UPOS) UPOS_BY_LENGTH.set(tag.length, [...(UPOS_BY_LENGTH.get(tag.length) ?? []), tag])

/** Whether text[from, to) is a UD UPOS tag, read in place. */
function isUpos(text: string, from: number, to: number): boolean {
  return (UPOS_BY_LENGTH.get(to - from) ?? []).some((tag) => text.startsWith(tag, from))
}

/** The UPOS tag text[from, to) as the shared string of that tag: a lookup makes no copy of it. */
function uposAt(text: string, from: number, to: number): string {
  for (const tag of UPOS_BY_LENGTH.get(to - from) ?? []) if (text.startsWith(tag, from)) return tag
  return text.slice(from, to)
}

/** The gender column text[from, to): '', m, f, n or pl; undefined for anything else. */
function genderAt(text: string, from: number, to: number): string | undefined {
  if (to === from) return ''
  if (to - from === 1) {
    const c = text.charAt(from)
    return c === 'm' || c === 'f' || c === 'n' ? c : undefined
  }
  return to - from === 2 && text.startsWith('pl', from) ? 'pl' : undefined
}

const packProblem = (file: string, line: number, entry: string, field: string, message: string) =>
  new Error(formatProblem({ file, entry, field, message: `${message} (line ${line})` }))

let cached: Dictionary | undefined

/** The Ding pack shipped with the package (Node only), read once; undefined where it cannot be read. */
export function bundledDingPack(): Dictionary | undefined {
  if (cached) return cached
  const file = bundledFile()
  if (file === undefined) return undefined
  const text = utf8(file.bytes)
  const prebuilt = readPrebuilt(DING_INDEX, [file.bytes])
  cached = prebuilt ? dingFromIndex(text, prebuilt) : parseDingPack(text, file.path)
  return cached
}
