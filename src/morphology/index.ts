/**
 * Stage 2: morphology. `createAnalyser(lexicon)` (./analyse) is the real analyser;
 * `analyseBySurface` is the fallback where no lexicon can be loaded: every word keeps its
 * surface form as lemma.
 */

import type { Sentence, Token } from '../document.js'
import { packageFolder, readBytes, utf8 } from '../package-files.js'
import { type IndexSource, readPrebuilt } from '../prebuilt.js'
import type { Segmentation } from '../segment/index.js'
import { type Lexicon, lexiconFromIndex, lexiconIndexData, parseLexicon } from './lexicon.js'

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

/** The part of speech a token's kind fixes, for tokens that are not words. */
export const KIND_POS: Partial<Record<Token['kind'], string>> = {
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

export const LEXICON_FOLDER = 'dictionaries/lexicon'
export const LEXICON_FILE = 'lexicon.txt'
/** The name of its prebuilt index (dist/indexes/lexicon.idx). */
export const LEXICON_INDEX = 'lexicon'

let cachedLexicon: Lexicon | undefined

/** The lexicon pack shipped with the package (Node only); undefined where it cannot be read. */
export function bundledLexicon(): Lexicon | undefined {
  if (cachedLexicon) return cachedLexicon
  const bytes = bundledBytes()
  if (bytes === undefined) return undefined
  const text = utf8(bytes)
  const prebuilt = readPrebuilt(LEXICON_INDEX, [bytes])
  cachedLexicon = prebuilt ? lexiconFromIndex(text, prebuilt) : parseLexicon(text)
  return cachedLexicon
}

function bundledBytes(): Uint8Array | undefined {
  const folder = packageFolder(LEXICON_FOLDER, LEXICON_FILE)
  return folder ? readBytes(folder, LEXICON_FILE) : undefined
}

/** The bundled lexicon, for its prebuilt index (Node only). */
export function lexiconIndexSource(): IndexSource | undefined {
  const bytes = bundledBytes()
  return bytes && { name: LEXICON_INDEX, files: [bytes], build: () => lexiconIndexData(utf8(bytes)) }
}
