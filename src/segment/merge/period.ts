/**
 * Tokens whose period belongs to them: a number or word directly followed by "." becomes
 * one ordinal ("6.", "XIV.") or abbreviation ("Dr.", "z.", "B.") token when its rule says so;
 * otherwise the period stays a mark of its own and may end the sentence.
 */
import type { Token } from '../../document.js'
import { isAbbreviation } from './abbreviation.js'
import { isOrdinal } from './ordinal.js'

/** Merges in place (the scanner's array is reused) and returns the same array, shortened. */
export function mergePeriods(text: string, tokens: Token[]): Token[] {
  const n = tokens.length
  let w = 0
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token
    const dot = tokens[i + 1]
    if (dot && dot.start === t.end && dot.end === dot.start + 1 && text.charCodeAt(dot.start) === 46) {
      const prev = w > 0 ? (tokens[w - 1] as Token).text : ''
      const next = tokens[i + 2]?.text ?? ''
      const kind = isOrdinal(t.text, t.kind, prev, next)
        ? 'ordinal'
        : isAbbreviation(t.text, t.kind)
          ? 'abbreviation'
          : undefined
      if (kind) {
        tokens[w++] = { start: t.start, end: dot.end, text: text.slice(t.start, dot.end), kind }
        i++
        continue
      }
    }
    tokens[w++] = t
  }
  tokens.length = w
  return tokens
}
