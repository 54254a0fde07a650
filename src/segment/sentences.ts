/**
 * Paragraphs and sentences over the merged tokens. Paragraphs end at blank lines; inside
 * a paragraph a sentence ends after a final mark (with its closing quotes) when the next
 * token can start a sentence, after an abbreviation that may end one (usw., v. Chr.), and
 * at line breaks that end headlines and list items.
 */
import type { Paragraph, Sentence } from '../document.js'
import { isUpper } from './chars.js'
import { mayEndSentence } from './merge/abbreviation.js'
import { capitalisedFunctionWordStartsSentence } from './rules/capitalised-function-word.js'
import { describeParagraph, lineBreakEndsSentence } from './rules/headline-without-period.js'
import { trailingParenthesis } from './rules/parenthesis-after-period.js'
import { skipClosing } from './rules/quote-after-period.js'
import { canStartSentence, startsLowerCaseSentence } from './rules/sentence-start.js'
import type { RawToken } from './scan.js'

const FINAL_MARK = /^(?:[.!?]+|…|\.\.\.+|[!?][!?.]*)$/

export function splitSentences(text: string, tokens: RawToken[]): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  let p = 0
  while (p < tokens.length) {
    const pEnd = paragraphEnd(text, tokens, p)
    const firstSentence = sentences.length
    splitParagraph(text, tokens, p, pEnd, sentences)
    paragraphs.push({
      start: (tokens[p] as RawToken).start,
      end: (tokens[pEnd - 1] as RawToken).end,
      sentences: [firstSentence, sentences.length],
    })
    p = pEnd
  }
  return { paragraphs, sentences }
}

/** Index after the last token of the paragraph starting at token `p`. */
function paragraphEnd(text: string, tokens: RawToken[], p: number): number {
  let j = p + 1
  while (j < tokens.length && !isBlankLineBetween(text, (tokens[j - 1] as RawToken).end, (tokens[j] as RawToken).start))
    j++
  return j
}

function isBlankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === 10 || c === 0x2029) {
      if (++breaks === 2 || c === 0x2029) return true
    } else if (c === 13 && text.charCodeAt(k + 1) !== 10) {
      if (++breaks === 2) return true
    }
  }
  return false
}

function splitParagraph(text: string, tokens: RawToken[], from: number, to: number, out: Sentence[]): void {
  const info = describeParagraph(text, (tokens[from] as RawToken).start, (tokens[to - 1] as RawToken).end)
  let sentenceStart = from
  let i = from
  while (i < to) {
    const t = tokens[i] as RawToken
    let boundary = -1
    if (mayBeFinal(text, t)) {
      const word = t.text
      if (
        (t.kind === 'punctuation' && FINAL_MARK.test(word) && !isOmissionMark(tokens, i)) ||
        (t.kind === 'abbreviation' && mayEndSentence(word))
      ) {
        const j = skipClosing(text, tokens, i, to)
        if (j >= to) boundary = to
        else {
          const next = tokens[j] as RawToken
          const nextText = next.text
          if (
            canStartSentence(nextText, next.kind) ||
            (word === '.' && j === i + 1 && startsLowerCaseSentence(nextText, next.kind))
          )
            boundary = trailingParenthesis(tokens, j, to) ?? j
        }
      }
    }
    const next = tokens[i + 1]
    if (boundary < 0 && next && i + 1 < to) {
      if (
        t.kind === 'word' &&
        next.kind === 'word' &&
        next.start > t.end &&
        startsUpperCase(text, next.start) &&
        capitalisedFunctionWordStartsSentence(t.text, t.kind, next.text)
      )
        boundary = i + 1
      else if (
        hasLineBreak(text, t.end, next.start) &&
        lineBreakEndsSentence(lineBefore(text, t.end), lineAfter(text, next.start), info)
      )
        boundary = i + 1
    }
    if (boundary > 0 && boundary > sentenceStart) {
      pushSentence(tokens, sentenceStart, boundary, out)
      sentenceStart = boundary
      i = boundary
      continue
    }
    i++
  }
  if (sentenceStart < to) pushSentence(tokens, sentenceStart, to, out)
}

/** A cheap test before the string work: only punctuation and abbreviations can end a sentence. */
function mayBeFinal(text: string, t: RawToken): boolean {
  if (t.kind === 'abbreviation') return true
  if (t.kind !== 'punctuation') return false
  const c = text.charCodeAt(t.start)
  return c === 46 || c === 33 || c === 63 || c === 0x2026
}

function startsUpperCase(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  return (c >= 65 && c <= 90) || (c > 127 && isUpper(text.charAt(at)))
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true
  return false
}

/** "(...)" and "[…]" mark an omission inside a quotation, not the end of a sentence. */
function isOmissionMark(tokens: RawToken[], i: number): boolean {
  const before = tokens[i - 1]
  return before !== undefined && /^[([]$/.test(before.text)
}

function pushSentence(tokens: RawToken[], from: number, to: number, out: Sentence[]): void {
  out.push({ start: (tokens[from] as RawToken).start, end: (tokens[to - 1] as RawToken).end, tokens: [from, to] })
}

function lineBefore(text: string, end: number): string {
  const start = text.lastIndexOf('\n', end - 1) + 1
  return text.slice(start, end)
}

function lineAfter(text: string, start: number): string {
  const end = text.indexOf('\n', start)
  return text.slice(start, end < 0 ? text.length : end)
}
