/**
 * Stage 1: segmentation. Scan raw tokens, merge the ones whose period belongs to them
 * (abbreviations, ordinals), then split paragraphs and sentences.
 */
import type { Paragraph, Sentence, Token } from '../document.js'
import { mergeAbbreviations } from './merge/abbreviation.js'
import { mergeOrdinals } from './merge/ordinal.js'
import { scan } from './scan.js'
import { splitSentences } from './sentences.js'

export interface Segmentation {
  paragraphs: Paragraph[]
  sentences: Sentence[]
  tokens: Token[]
}

export type Segmenter = (text: string) => Segmentation

export const segment: Segmenter = (text) => {
  const raw = mergeAbbreviations(text, mergeOrdinals(text, scan(text)))
  const { paragraphs, sentences } = splitSentences(text, raw)
  const tokens: Token[] = raw.map((t) => ({
    start: t.start,
    end: t.end,
    text: text.slice(t.start, t.end),
    kind: t.kind,
  }))
  return { paragraphs, sentences, tokens }
}
