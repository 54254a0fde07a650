/**
 * Stage 1: segmentation. Scan tokens, merge the ones whose period belongs to them
 * (abbreviations, ordinals), then split paragraphs and sentences.
 */
import type { Paragraph, Sentence, Token } from '../document.js'
import { mergePeriods } from './merge/period.js'
import { scan } from './scan.js'
import { splitSentences } from './sentences.js'

export interface Segmentation {
  paragraphs: Paragraph[]
  sentences: Sentence[]
  tokens: Token[]
}

export type Segmenter = (text: string) => Segmentation

export const segment: Segmenter = (text) => {
  const tokens = mergePeriods(text, scan(text))
  const { paragraphs, sentences } = splitSentences(text, tokens)
  return { paragraphs, sentences, tokens }
}
