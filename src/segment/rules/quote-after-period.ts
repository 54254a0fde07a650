/**
 * A closing quote or bracket right after the sentence-final mark belongs to that sentence:
 * „… die Ergreifung der Macht.“ | Das Land …; so does an emoticon or emoji after it.
 */
import { CLOSING_BRACKETS, QUOTES } from '../chars.js'
import type { RawToken } from '../scan.js'

/** Whether the quote at `token` closes: it touches the text before it. */
export function isClosingQuote(text: string, token: RawToken): boolean {
  const ch = token.text
  if (ch === "''") return true // LaTeX-style closing quote
  if (!QUOTES.has(ch) || ch === '„' || ch === '‚') return false
  if (token.start === 0) return false
  const before = text.charCodeAt(token.start - 1)
  return !(before === 32 || (before >= 9 && before <= 13) || before === 0xa0)
}

/** An emoticon or emoji after the final mark ends the sentence with it: "Danke! :-)". */
function isEmoticonAfter(_text: string, token: RawToken): boolean {
  return token.kind === 'emoji'
}

/** Index of the first token after the closing quotes and brackets that follow `i`. */
export function skipClosing(text: string, tokens: RawToken[], i: number, end: number): number {
  let j = i + 1
  while (j < end) {
    const t = tokens[j] as RawToken
    if (t.start !== (tokens[j - 1] as RawToken).end && t.kind !== 'emoji') break
    const ch = t.text
    if (!(CLOSING_BRACKETS.has(ch) || isClosingQuote(text, t) || isEmoticonAfter(text, t))) break
    j++
  }
  return j
}
