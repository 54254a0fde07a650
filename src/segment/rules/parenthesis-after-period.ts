/**
 * A bracket right after a sentence end that holds no sentence of its own belongs to the
 * sentence before it: agency tags and cross references ("… perfekt. (dpa / ap) Kwasniewski …",
 * "… Frieden. (Siehe auch Seite 2) „So …").
 */
import type { RawToken } from '../scan.js'
import { canStartSentence } from './sentence-start.js'

const MAX_INSIDE = 12

/** The boundary after the bracket opening at token `j`, or undefined when the rule does not apply. */
export function trailingParenthesis(text: string, tokens: RawToken[], j: number, to: number): number | undefined {
  if (text.slice((tokens[j] as RawToken).start, (tokens[j] as RawToken).end) !== '(') return undefined
  for (let k = j + 1; k < to && k <= j + MAX_INSIDE; k++) {
    const t = tokens[k] as RawToken
    const s = text.slice(t.start, t.end)
    if (s === '(' || /^[.!?…]/.test(s)) return undefined
    if (s === ')') {
      const after = tokens[k + 1]
      if (!after) return k + 1
      return canStartSentence(text.slice(after.start, after.end), after.kind) ? k + 1 : undefined
    }
  }
  return undefined
}
