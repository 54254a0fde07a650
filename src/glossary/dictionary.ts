/**
 * A dictionary built from pack entries: single words indexed by surface key, multiword
 * expressions and names kept as patterns for the phrase matcher.
 */
import type { Entry } from '../document.js'
import type { IndexData } from '../prebuilt.js'
import { pastPlural, surfaceForms } from './forms.js'
import { lookupKey } from './keys.js'
import { LazyWords } from './lazy-words.js'
import { type PackEntry, toDocumentEntry } from './pack.js'
import { phraseAnchors } from './phrases.js'

export interface PhrasePattern {
  entry: Entry
  /** The words of the expression, each with the surface keys it may take. */
  /** `text`: the word as the expression writes it; `keys`: the forms it matches (made on first use) */
  words: { text: string; keys: Set<string>; optional: boolean; verb: boolean }[]
}

/** What an expression's word keys depend on: its part of speech and verb forms. */
type WordClass = Pick<PackEntry, 'pos' | 'verb'>

export interface Dictionary {
  source: string
  words: Map<string, Entry[]>
  phrases: PhrasePattern[]
  size: number
  /** Set when its index was read from a prebuilt file (dist/indexes) instead of built at load. */
  prebuilt?: boolean
  /** The lemmas of its one-word names (PROPN), when known without reading every entry. */
  names?: Set<string>
}

// Determiners, possessives and "sich" inside an expression vary with the sentence or are left out:
// "einen Schießbefehl erteilen", "seinen Hut nehmen" (ihren Hut), "sich der Stimme enthalten".
const VARIABLE_WORDS = new Set(
  'ein eine einen einem einer eines der die das den dem des sich sein seine seinen seinem seiner seines'.split(' '),
)

/** What may stand in a variable word's place: any article, possessive or reflexive pronoun. */
const VARIABLE_FORMS = new Set([
  ...'der die das den dem des sich mich dich uns euch'.split(' '),
  ...['ein', 'kein', 'sein', 'ihr', 'mein', 'dein', 'unser', 'euer', 'eur'].flatMap((stem) =>
    ['', 'e', 'en', 'em', 'er', 'es'].map((ending) => stem + ending),
  ),
])

export function buildDictionary(source: string, packEntries: PackEntry[]): Dictionary {
  const words = new Map<string, Entry[]>()
  const phrases: PhrasePattern[] = []
  const addWord = (form: string, entry: Entry) => {
    const key = lookupKey(form)
    const list = words.get(key)
    if (!list) words.set(key, [entry])
    else if (!list.includes(entry)) list.push(entry)
  }
  // a lemma or form of several words: white space between two others
  const multiword = (text: string) => /\S\s+\S/.test(text)
  const shared = new Map<string, Set<string>>()
  for (const packEntry of packEntries) {
    const entry = toDocumentEntry(packEntry, source)
    // a one-word entry may be written in several words and the other way round:
    // ROG for Reporter ohne Grenzen, Britisch-Kolumbien for British Columbia
    const forms = packEntry.forms ?? []
    const mixed = forms.some(multiword)
    if (!multiword(packEntry.lemma)) {
      const oneWord = mixed ? { ...packEntry, forms: forms.filter((f) => !multiword(f)) } : packEntry
      for (const form of surfaceForms(oneWord)) addWord(form, entry)
      if (mixed)
        for (const form of forms.filter(multiword))
          phrases.push({ entry, words: phraseWords(lookupKey(form).split(/\s+/), packEntry, shared) })
      continue
    }
    for (const form of forms.filter((f) => !multiword(f)))
      for (const surface of surfaceForms({ ...packEntry, lemma: form, forms: [], plural: undefined }))
        addWord(surface, entry)
    const plural = packEntry.plural && multiword(packEntry.plural) ? [packEntry.plural] : []
    for (const written of [packEntry.lemma, ...plural, ...forms.filter(multiword)])
      phrases.push({ entry, words: phraseWords(lookupKey(written).split(/\s+/), packEntry, shared) })
  }
  return { source, words, phrases, size: packEntries.length, names: oneWordNames(words.values()) }
}

/** The lemmas of the one-word names (PROPN) among a dictionary's words. */
export function oneWordNames(lists: Iterable<Entry[]>): Set<string> {
  const names = new Set<string>()
  for (const entries of lists)
    for (const e of entries) if (e.pos === 'PROPN' && !e.lemma.includes(' ')) names.add(e.lemma)
  return names
}

/**
 * A built dictionary as a prebuilt index file holds it (see ../prebuilt.ts): its entries, one
 * JSON text each, every key with the entries it leads to, each expression's words, and the
 * one-word names.
 */
export function dictionaryIndexData(dictionary: Dictionary): IndexData {
  const ids = new Map<Entry, number>()
  const idOf = (entry: Entry) => {
    const id = ids.get(entry)
    if (id !== undefined) return id
    ids.set(entry, ids.size)
    return ids.size - 1
  }
  const keys: string[] = []
  const starts = [0]
  const refs: number[] = []
  for (const [key, list] of dictionary.words) {
    keys.push(key)
    for (const entry of list) refs.push(idOf(entry))
    starts.push(refs.length)
  }
  // each expression with its part of speech and its anchor's keys, which a glosser would
  // otherwise make for every expression when it starts (see phraseAnchors)
  const anchors = phraseAnchors(dictionary.phrases)
  const phrases = dictionary.phrases.map((p) => {
    const anchor = anchors.get(p) ?? -1
    const keys = anchor < 0 ? [] : [...(p.words[anchor]?.keys ?? [])]
    return [idOf(p.entry), p.words.map((w) => w.text), p.entry.pos, anchor, keys]
  })
  const names = [...(dictionary.names ?? oneWordNames(dictionary.words.values()))]
  return {
    ints: { starts: Int32Array.from(starts), refs: Int32Array.from(refs) },
    strings: { keys, entries: [...ids.keys()].map((e) => JSON.stringify(e)) },
    json: { size: dictionary.size, phrases, names },
  }
}

/** Entries of a prebuilt index, parsed from their JSON the first time they are asked for. */
class IndexedEntries {
  readonly #texts: string[]
  readonly #parsed: (Entry | undefined)[]

  constructor(texts: string[]) {
    this.#texts = texts
    this.#parsed = new Array(texts.length)
  }

  at(id: number): Entry {
    let entry = this.#parsed[id]
    if (!entry) {
      entry = JSON.parse(this.#texts[id] as string) as Entry
      this.#parsed[id] = entry
    }
    return entry
  }
}

/** A prebuilt dictionary's words (see LazyWords): each key's entries, one object per entry. */
class IndexedWords extends LazyWords {
  readonly #keys: string[]
  readonly #ordinals = new Map<string, number>()
  readonly #starts: Int32Array
  readonly #refs: Int32Array
  readonly #entries: IndexedEntries

  constructor(keys: string[], starts: Int32Array, refs: Int32Array, entries: IndexedEntries) {
    super()
    this.#keys = keys
    for (let k = 0; k < keys.length; k++) this.#ordinals.set(keys[k] as string, k + 1)
    this.#starts = starts
    this.#refs = refs
    this.#entries = entries
  }

  protected override find(key: string): number {
    return this.#ordinals.get(key) ?? 0
  }

  protected override get storeSize(): number {
    return this.#keys.length
  }

  protected override storeKeys(): Iterable<string> {
    return this.#keys
  }

  /** `found`: the key's ordinal + 1. */
  protected override entriesAt(found: number): Entry[] {
    const list: Entry[] = []
    for (let r = this.#starts[found - 1] as number; r < (this.#starts[found] as number); r++)
      list.push(this.#entries.at(this.#refs[r] as number))
    return list
  }
}

/** The dictionary a prebuilt index holds (see dictionaryIndexData). */
export function dictionaryFromIndex(source: string, data: IndexData): Dictionary {
  const json = data.json as {
    size: number
    phrases: [number, string[], string, number, string[]][]
    names: string[]
  }
  const { starts, refs } = data.ints as { starts: Int32Array; refs: Int32Array }
  const entries = new IndexedEntries(data.strings.entries as string[])
  const words = new IndexedWords(data.strings.keys as string[], starts, refs, entries)
  const shared = new Map<string, Set<string>>()
  // an expression's entry is parsed when a match or one of its other words first needs it
  const phrases = json.phrases.map(([id, written, pos, anchor, keys]): PhrasePattern => {
    const wordClass = {
      pos,
      get verb() {
        return entries.at(id).verb
      },
    }
    const pattern = phraseWords(written, wordClass, shared, anchor, new Set(keys))
    return {
      get entry() {
        return entries.at(id)
      },
      words: pattern,
    }
  })
  return { source, words, phrases, size: json.size, prebuilt: true, names: new Set(json.names) }
}

/**
 * The keys each word of an expression may take: the verb of a verb phrase with its forms,
 * other words with noun and adjective endings, since capitalised adjectives inside names
 * inflect too ("im Auswärtigen Amt", "am Schwarzen Meer").
 */
function phraseWords(
  words: string[],
  packEntry: WordClass,
  shared: Map<string, Set<string>>,
  anchor = -1,
  anchorKeys?: Set<string>,
): PhrasePattern['words'] {
  const isVerbPhrase = packEntry.pos === 'VERB'
  return words.map((word, index) => {
    const verb = isVerbPhrase && index === words.length - 1
    if (VARIABLE_WORDS.has(word)) return { text: word, keys: VARIABLE_FORMS, optional: true, verb }
    // keys are made when a match first asks for them: most words of most expressions never are;
    // a prebuilt index holds those of each expression's anchor
    let keys: Set<string> | undefined = index === anchor ? anchorKeys : undefined
    return {
      text: word,
      optional: false,
      verb,
      get keys(): Set<string> {
        keys ??= wordKeys(word, verb, packEntry, shared)
        return keys
      },
    }
  })
}

/**
 * The keys of one word of an expression. A word other than the verb has the same keys in
 * every expression: one set for all ("Partei", "Deutsche", "für" recur in hundreds of names).
 */
function wordKeys(word: string, verb: boolean, packEntry: WordClass, shared: Map<string, Set<string>>): Set<string> {
  const known = verb ? undefined : shared.get(word)
  if (known) return known
  const keys = new Set<string>()
  if (!verb) shared.set(word, keys)
  const add = (pos: string) => {
    const forms = surfaceForms({ lemma: word, pos, verb: verb ? packEntry.verb : undefined, senses: [], domains: [] })
    for (const f of forms) keys.add(lookupKey(f))
  }
  if (verb) {
    add('VERB')
    // the verb of a phrase stands alone wherever German word order puts it: "trat … in Aktion"
    const present = packEntry.verb?.present?.split(' ')[0]
    const past = packEntry.verb?.past?.split(' ')[0]
    if (present) keys.add(present)
    if (past) keys.add(past).add(pastPlural(past))
  } else {
    add(/^\p{Lu}/u.test(word) ? 'NOUN' : 'ADJ')
    const stem = word.match(/^(.*\p{Ll})(?:e|er|es|en)$/u)?.[1]
    if (stem) for (const f of surfaceForms({ lemma: stem, pos: 'ADJ', senses: [], domains: [] })) keys.add(lookupKey(f))
  }
  return keys
}
