/**
 * A bracket right after a sentence end that holds no sentence of its own belongs to the
 * sentence before it: agency tags and cross references ("… perfekt. (dpa / ap) Kwasniewski …",
 * "… Frieden. (Siehe auch Seite 2) „So …").
 */
import type { RawToken } from '../scan.js'
import { canStartSentence } from './sentence-start.js'

const MAX_INSIDE = 12

/** The boundary after the bracket opening at token `j`, or undefined when the rule does not apply. */
export function trailingParenthesis(tokens: RawToken[], j: number, to: number): number | undefined {
  if ((tokens[j] as RawToken).text !== '(') return undefined
  for (let k = j + 1; k < to && k <= j + MAX_INSIDE; k++) {
    const t = tokens[k] as RawToken
    const s = t.text
    if (s === '(' || /^[.!?…]/.test(s)) return undefined
    if (s === ')') {
      const after = tokens[k + 1]
      if (!after) return k + 1
      return canStartSentence(after.text, after.kind) ? k + 1 : undefined
    }
  }
  return undefined
}
