/**
 * Stage 2: morphology. This first version gives every word its own surface form as lemma
 * and tags non-words by their token kind; the lexicon-based analyser replaces it.
 */

import type { Sentence, Token } from '../document.js'
import type { Segmentation } from '../segment/index.js'

/** A lexical unit found by morphology: one word, a compound, or a particle verb over several tokens. */
export interface LexicalUnit {
  kind: 'word' | 'compound' | 'separable-verb'
  tokens: number[]
  lemma: string
  parts?: { text: string; lemma: string }[]
}

export interface Analysis {
  tokens: Token[]
  sentences: Sentence[]
  units: LexicalUnit[]
}

export type Analyser = (text: string, segmentation: Segmentation) => Analysis

const KIND_POS: Partial<Record<Token['kind'], string>> = {
  punctuation: 'PUNCT',
  symbol: 'SYM',
  number: 'NUM',
  ordinal: 'ADJ',
  url: 'X',
  email: 'X',
  hashtag: 'X',
  mention: 'X',
  emoji: 'SYM',
}

export const analyseBySurface: Analyser = (_text, segmentation) => {
  const units: LexicalUnit[] = []
  const tokens = segmentation.tokens.map((token, index) => {
    const pos = KIND_POS[token.kind]
    if (pos) return { ...token, pos }
    units.push({ kind: 'word', tokens: [index], lemma: token.text })
    return { ...token, lemma: token.text }
  })
  return { tokens, sentences: segmentation.sentences, units }
}
