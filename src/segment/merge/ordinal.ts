/**
 * Ordinals: "am 6. Januar", "der 3. Lesung", "Ludwig XIV. war": a number or Roman numeral
 * with its period becomes one ordinal token when the context says the period is not the
 * end of the sentence ("im Jahr 2020. Danach" keeps its sentence end).
 */

import { isLower } from '../chars.js'
import context from '../data/context.json'

const MONTHS = new Set(context.months)
const CUES = new Set(context.ordinalCues)
const STARTERS = new Set(context.sentenceStarters)
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/

/** Whether `word` (a number or Roman numeral) and the period after it form an ordinal, given its neighbours. */
export function isOrdinal(word: string, kind: string, prev: string, next: string): boolean {
  if (next === '') return false
  const first = next[0] as string
  if (kind === 'number') {
    if (word.length > 4 && !/^\d{1,2}\.\d{1,2}$/.test(word)) return false
    if (isLower(first) || MONTHS.has(next)) return true
    if (/^\d/.test(next)) return /^\d{1,2}(?:\.\d{1,2})?$/.test(word) && /^\d{1,2}\.?$|^\d{4}$/.test(next)
    if (STARTERS.has(next) || !/^\p{Lu}/u.test(next)) return false
    return CUES.has(prev) || word.length <= 3
  }
  if (kind === 'word' && ROMAN.test(word)) {
    if (isLower(first) || MONTHS.has(next)) return true
    if (STARTERS.has(next) || !/^\p{Lu}/u.test(next)) return false
    return CUES.has(prev) || /^\p{Lu}\p{Ll}/u.test(prev)
  }
  return false
}
