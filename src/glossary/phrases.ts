/**
 * Multiword expressions and names inside one sentence. The words before the verb match
 * in order, with determiners free to vary or be missing; the verb of a verb phrase may
 * stand anywhere in the sentence, as German word order puts it ("trat … in Aktion",
 * "in Aktion getreten").
 */
import type { Token } from '../document.js'
import type { PhrasePattern } from './dictionary.js'
import { lookupKey } from './keys.js'
import { CONTRACTIONS } from './sense-choice.js'

export interface PhraseMatch {
  pattern: PhrasePattern
  tokens: number[]
}

/**
 * Patterns by the keys of their anchor word, each pattern's anchor (an index into its words),
 * and the keys of the tokens matched so far, by text and lemma (words recur).
 */
export type PhraseIndex = Map<string, PhrasePattern[]> & {
  anchors?: Map<PhrasePattern, number>
  tokenKeys?: Map<string, Map<string, string[]>>
}

/**
 * Each pattern's anchor: the required word (not the verb) that the fewest patterns share, by
 * its written text; patterns with none are left out.
 */
export function phraseAnchors(patterns: PhrasePattern[]): Map<PhrasePattern, number> {
  // how many expressions share a word, by its written text (its keys are made only for anchors)
  const shared = new Map<string, number>()
  const written = (word: PhrasePattern['words'][number]) => word.text.toLowerCase()
  for (const pattern of patterns)
    for (const word of pattern.words)
      if (!word.optional && !word.verb) shared.set(written(word), (shared.get(written(word)) ?? 0) + 1)
  const anchors = new Map<PhrasePattern, number>()
  for (const pattern of patterns) {
    let anchor = -1
    let least = Number.POSITIVE_INFINITY
    pattern.words.forEach((word, w) => {
      if (word.optional || word.verb) return
      const count = shared.get(written(word)) ?? 0
      if (count < least) {
        least = count
        anchor = w
      }
    })
    if (anchor >= 0) anchors.set(pattern, anchor)
  }
  return anchors
}

/**
 * Index patterns by the keys of their anchor: the required word (not the verb) that the
 * fewest patterns share. Anchoring on "in" would try every "in …" pattern at every "in" of a
 * text; "Aktion" of "in Aktion treten" is tried only where "Aktion" stands.
 */
export function indexPhrases(patterns: PhrasePattern[]): PhraseIndex {
  const index: PhraseIndex = new Map()
  const anchors = phraseAnchors(patterns)
  for (const [pattern, anchor] of anchors) {
    for (const key of (pattern.words[anchor] as PhrasePattern['words'][number]).keys) {
      const list = index.get(key)
      if (list) list.push(pattern)
      else index.set(key, [pattern])
    }
  }
  index.anchors = anchors
  index.tokenKeys = new Map()
  return index
}

/** The preposition of each contraction (am: an), by its text. */
const PREPOSITION_OF = new Map(Object.entries(CONTRACTIONS))

/**
 * The keys a token matches phrase words by: its text (and the text with a lower-case first
 * letter, for sentence-initial words) and its lemma, never a capitalised variant: the
 * verb "sagte" (sagen) must not match the noun in "das Sagen haben".
 */
function tokenKeys(token: Token): string[] {
  const keys = [lookupKey(token.text)]
  const first = token.text.charAt(0)
  if (first !== first.toLowerCase()) keys.push(lookupKey(first.toLowerCase() + token.text.slice(1)))
  if (token.lemma && token.lemma !== token.text) keys.push(lookupKey(token.lemma))
  // a contraction ends an expression with its preposition: "im Vergleich zum Vorjahr"
  const preposition = token.text.length <= 6 ? PREPOSITION_OF.get(token.text.toLowerCase()) : undefined
  if (preposition) keys.push(preposition)
  return keys
}

/** A token's keys, from the index's cache when it has one. */
function cachedTokenKeys(token: Token, index: PhraseIndex): string[] {
  const cache = index.tokenKeys
  if (!cache) return tokenKeys(token)
  let byLemma = cache.get(token.text)
  if (!byLemma) {
    if (cache.size > 50_000) cache.clear()
    byLemma = new Map()
    cache.set(token.text, byLemma)
  }
  const lemma = token.lemma ?? ''
  let keys = byLemma.get(lemma)
  if (!keys) {
    keys = tokenKeys(token)
    byLemma.set(lemma, keys)
  }
  return keys
}

export function matchPhrases(tokens: Token[], from: number, to: number, index: PhraseIndex): PhraseMatch[] {
  const found: PhraseMatch[] = []
  // each token's keys, computed once for the sentence
  const keys: string[][] = []
  for (let i = from; i < to; i++) keys[i - from] = cachedTokenKeys(tokens[i] as Token, index)
  const matches = (wordKeys: Set<string>, i: number): boolean =>
    (keys[i - from] as string[]).some((k) => wordKeys.has(k))
  for (let i = from; i < to; i++) {
    // a pattern anchored under several of the token's keys is tried once
    let seen: Set<PhrasePattern> | undefined
    for (const key of keys[i - from] as string[]) {
      const patterns = index.get(key)
      if (!patterns) continue
      for (const pattern of patterns) {
        if (seen?.has(pattern)) continue
        seen ??= new Set()
        seen.add(pattern)
        const m = matchAt(i, from, to, pattern, index.anchors?.get(pattern) ?? 0, matches)
        if (m) found.push({ pattern, tokens: m })
      }
    }
  }
  return found
}

function matchAt(
  start: number,
  from: number,
  to: number,
  pattern: PhrasePattern,
  anchorIndex: number,
  matches: (keys: Set<string>, i: number) => boolean,
): number[] | null {
  const words = pattern.words
  const used: number[] = []
  let t = start
  let verbWord: PhrasePattern['words'][number] | undefined
  for (let w = anchorIndex; w < words.length; w++) {
    const word = words[w] as PhrasePattern['words'][number]
    if (word.verb) {
      verbWord = word
      continue
    }
    if (t < to && matches(word.keys, t)) {
      used.push(t)
      t++
    } else if (!word.optional) return null
  }
  // words before the anchor (an article, "sich", a preposition) are taken from the tokens just before it
  let back = start - 1
  for (let w = anchorIndex - 1; w >= 0; w--) {
    const word = words[w] as PhrasePattern['words'][number]
    if (word.verb) {
      verbWord = word
      continue
    }
    if (back >= from && matches(word.keys, back)) used.push(back--)
    else if (!word.optional) return null
  }
  if (verbWord) {
    // the verb may follow the other words directly or stand elsewhere in the sentence
    let verbAt = -1
    for (let k = from; k < to; k++) {
      if (used.includes(k)) continue
      if (matches(verbWord.keys, k)) {
        verbAt = k
        if (k >= t) break
      }
    }
    if (verbAt < 0) return null
    used.push(verbAt)
  }
  return used.sort((a, b) => a - b)
}
