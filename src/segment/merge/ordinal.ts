/**
 * Ordinals: "am 6. Januar", "der 3. Lesung", "Ludwig XIV. war": a number or Roman numeral
 * with its period becomes one ordinal token when the context says the period is not the
 * end of the sentence ("im Jahr 2020. Danach" keeps its sentence end).
 */

import { isLower } from '../chars.js'
import context from '../data/context.json'
import type { RawToken } from '../scan.js'

const MONTHS = new Set(context.months)
const CUES = new Set(context.ordinalCues)
const STARTERS = new Set(context.sentenceStarters)
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/

export function mergeOrdinals(text: string, tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as RawToken
    const dot = tokens[i + 1]
    if (dot && dot.start === t.end && text.charCodeAt(dot.start) === 46 && dot.end === dot.start + 1) {
      const word = text.slice(t.start, t.end)
      const prev =
        out.length > 0 ? text.slice((out[out.length - 1] as RawToken).start, (out[out.length - 1] as RawToken).end) : ''
      const nextToken = tokens[i + 2]
      const next = nextToken ? text.slice(nextToken.start, nextToken.end) : ''
      if (isOrdinal(word, t.kind, prev, next)) {
        out.push({ start: t.start, end: dot.end, kind: 'ordinal' })
        i++
        continue
      }
    }
    out.push(t)
  }
  return out
}

function isOrdinal(word: string, kind: string, prev: string, next: string): boolean {
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
