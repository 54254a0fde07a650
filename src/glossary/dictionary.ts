/**
 * A dictionary built from pack entries: single words indexed by surface key, multiword
 * expressions and names kept as patterns for the phrase matcher.
 */
import type { Entry } from '../document.js'
import { surfaceForms } from './forms.js'
import { lookupKey } from './keys.js'
import { type PackEntry, toDocumentEntry } from './pack.js'

export interface PhrasePattern {
  entry: Entry
  /** The words of the expression, each with the surface keys it may take. */
  words: { keys: Set<string>; optional: boolean; verb: boolean }[]
}

export interface Dictionary {
  source: string
  words: Map<string, Entry[]>
  phrases: PhrasePattern[]
  size: number
}

// Determiners inside an expression may vary or be left out: "einen Schießbefehl erteilen".
const DETERMINERS = new Set([
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
])

export function buildDictionary(source: string, packEntries: PackEntry[]): Dictionary {
  const words = new Map<string, Entry[]>()
  const phrases: PhrasePattern[] = []
  for (const packEntry of packEntries) {
    const entry = toDocumentEntry(packEntry, source)
    const parts = lookupKey(packEntry.lemma).split(/\s+/)
    if (parts.length === 1) {
      for (const form of surfaceForms(packEntry)) {
        const key = lookupKey(form)
        const list = words.get(key)
        if (!list) words.set(key, [entry])
        else if (!list.includes(entry)) list.push(entry)
      }
      continue
    }
    const isVerbPhrase = packEntry.pos === 'VERB'
    phrases.push({
      entry,
      words: parts.map((word, index) => {
        const verb = isVerbPhrase && index === parts.length - 1
        const keys = new Set(
          surfaceForms({
            lemma: word,
            pos: verb ? 'VERB' : /^\p{Lu}/u.test(word) ? 'NOUN' : 'ADJ',
            verb: verb ? packEntry.verb : undefined,
            senses: [],
            domains: [],
          }).map(lookupKey),
        )
        if (verb && packEntry.verb?.present) for (const w of packEntry.verb.present.split(' ')) keys.add(w)
        return { keys, optional: DETERMINERS.has(word), verb }
      }),
    })
  }
  return { source, words, phrases, size: packEntries.length }
}
