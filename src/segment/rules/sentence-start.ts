/**
 * What may begin a sentence after a final mark: a capital letter, a digit, an opening
 * quote or bracket, a dash or list marker. A lower-case word or a comma after "?" or "…"
 * means the sentence goes on („Warum?“, fragte er).
 */
import { isLower, isUpper, OPENING_BRACKETS, QUOTES } from '../chars.js'

export function canStartSentence(token: string, kind: string): boolean {
  const first = token[0] as string
  if (kind === 'word' || kind === 'abbreviation') return isUpper(first) || /^\p{Lt}|\p{Lo}/u.test(first)
  if (kind === 'number' || kind === 'ordinal' || kind === 'url' || kind === 'hashtag' || kind === 'mention') return true
  if (kind === 'emoji') return true
  return (
    QUOTES.has(token) ||
    token === '``' ||
    OPENING_BRACKETS.has(token) ||
    token === '–' ||
    token === '—' ||
    token === '-' ||
    token === '•'
  )
}

/**
 * After a plain period (not an abbreviation or ordinal, which keep theirs), a lower-case
 * word still starts a new sentence in informal text ("sehr gut. leider zu teuer").
 */
export function startsLowerCaseSentence(token: string, kind: string): boolean {
  return kind === 'word' && isLower(token[0] as string)
}
