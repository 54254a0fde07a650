/**
 * The core scanner: one left-to-right pass that cuts the text into raw tokens (words,
 * numbers, punctuation, symbols, URLs, e-mail addresses, hashtags, handles, emoji).
 * Decisions that need context (ordinals, abbreviations, initials) are made afterwards by
 * the merge steps in ./merge. Every loop advances, so the cost is linear in the input.
 */
import type { Token, TokenKind } from '../document.js'
import { isDigitCode, isPictographic, isSpaceCode, isWordCode } from './chars.js'

/** A token as the scanner emits it (no analysis yet). */
export type RawToken = Token

const URL_START = /(?:https?:\/\/|www\.)/iy
const URL_STOP = new Set([...' \t\n\r<>"„“”»«‹›'])
const URL_TRAILING = new Set([...".,;:!?'’)]}"])
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy
const EMOTICON = /[:;=8][-^o']?[)(\][DPpO3/|*]/y
const GENDER_SUFFIX = /[:*_/](?:innen|in)(?![\p{L}])/uy

const HYPHEN = 45
const APOSTROPHES = new Set([39, 0x2019])

export function scan(text: string): RawToken[] {
  const tokens: RawToken[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const code = text.charCodeAt(i)
    if (isSpaceCode(code)) {
      i++
      continue
    }
    const start = i
    if (mayStartUrl(text, i, code)) {
      const end = matchUrl(text, i)
      if (end > i) {
        tokens.push({ start, end, text: text.slice(start, end), kind: 'url' })
        i = end
        continue
      }
    }
    if (isWordCode(code)) {
      let end = scanWord(text, i)
      let kind: TokenKind = isNumber(text, start, end) ? 'number' : 'word'
      if (end < n && text.charCodeAt(end) === 64 /* @ */) {
        EMAIL.lastIndex = start
        if (EMAIL.test(text)) {
          end = EMAIL.lastIndex
          kind = 'email'
        }
      }
      tokens.push({ start, end, text: text.slice(start, end), kind })
      i = end
      continue
    }
    if ((code === 35 || code === 64) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
      const end = scanWord(text, i + 1)
      tokens.push({ start, end, text: text.slice(start, end), kind: code === 35 ? 'hashtag' : 'mention' })
      i = end
      continue
    }
    const cp = text.codePointAt(i) as number
    if (isPictographic(cp)) {
      const end = scanEmoji(text, i)
      tokens.push({ start, end, text: text.slice(start, end), kind: 'emoji' })
      i = end
      continue
    }
    if (code === 58 || code === 59 || code === 61) {
      EMOTICON.lastIndex = i
      if (EMOTICON.test(text) && (EMOTICON.lastIndex >= n || !isWordCode(text.charCodeAt(EMOTICON.lastIndex)))) {
        if (i === 0 || isSpaceCode(text.charCodeAt(i - 1))) {
          tokens.push({ start, end: EMOTICON.lastIndex, text: text.slice(start, EMOTICON.lastIndex), kind: 'emoji' })
          i = EMOTICON.lastIndex
          continue
        }
      }
    }
    if (APOSTROPHES.has(code) && i > 0 && isWordCode(text.charCodeAt(i - 1)) && isCliticS(text, i)) {
      tokens.push({ start, end: i + 2, text: text.slice(start, i + 2), kind: 'word' })
      i += 2
      continue
    }
    const end = scanPunctuation(text, i)
    const ch = text.slice(start, end)
    tokens.push({ start, end, text: ch, kind: isPunctuation(ch) ? 'punctuation' : 'symbol' })
    i = end
  }
  return tokens
}

/** A cheap look at the first letters before the URL expression runs: "http…" or "www.". */
function mayStartUrl(text: string, i: number, code: number): boolean {
  const next = text.charCodeAt(i + 1) | 0x20
  if (code === 104 || code === 72) return next === 116 // ht
  if (code === 119 || code === 87) return next === 119 // ww
  return false
}

function matchUrl(text: string, i: number): number {
  URL_START.lastIndex = i
  if (!URL_START.test(text)) return i
  if (i > 0 && isWordCode(text.charCodeAt(i - 1))) return i
  let end = URL_START.lastIndex
  while (end < text.length && !URL_STOP.has(text[end] as string) && !isSpaceCode(text.charCodeAt(end))) end++
  const opened = text.slice(i, end).includes('(')
  while (end > i && URL_TRAILING.has(text[end - 1] as string)) {
    if (text[end - 1] === ')' && opened) break
    end--
  }
  return end > URL_START.lastIndex ? end : i
}

/**
 * A word: letters, marks and digits, joined by hyphens (US-Außenminister, 2000er-Jahren),
 * apostrophes (O'Neill), gender signs (Kund:innen, Bürger*innen); a trailing hyphen of a
 * truncated compound stays on the word (Ein- und Ausreise).
 */
function scanWord(text: string, i: number): number {
  const n = text.length
  let end = i
  for (;;) {
    while (end < n && isWordCode(text.charCodeAt(end))) end++
    if (end >= n) return end
    const c = text.charCodeAt(end)
    const next = end + 1 < n ? text.charCodeAt(end + 1) : -1
    if (c === HYPHEN) {
      if (next >= 0 && isWordCode(next)) {
        end++
        continue
      }
      if (next < 0 || isSpaceCode(next) || next === 44 || next === 47) return end + 1
      return end
    }
    if (APOSTROPHES.has(c) && next >= 0 && isWordCode(next) && !isDigitCode(next) && !isCliticS(text, end)) {
      end++
      continue
    }
    if (c === 58 || c === 42 || c === 95 || c === 47) {
      GENDER_SUFFIX.lastIndex = end
      if (GENDER_SUFFIX.test(text)) {
        end = GENDER_SUFFIX.lastIndex
        continue
      }
    }
    // numbers with separators: 7.939, 3,5, 14.30, 06.01.2022, 1995/96
    if (
      (c === 46 || c === 44 || c === 58 || c === 47) &&
      next >= 0 &&
      isDigitCode(next) &&
      isDigitCode(text.charCodeAt(end - 1))
    ) {
      end++
      continue
    }
    return end
  }
}

/** The clitic "'s" (= es) of "geht's", "für's" is a token of its own. */
function isCliticS(text: string, apostrophe: number): boolean {
  const after = text.charCodeAt(apostrophe + 2)
  return text[apostrophe + 1] === 's' && (Number.isNaN(after) || !isWordCode(after))
}

function isNumber(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (!isDigitCode(c) && c !== 46 && c !== 44 && c !== 58 && c !== 47) return false
  }
  return true
}

function scanEmoji(text: string, i: number): number {
  let end = i + ((text.codePointAt(i) as number) > 0xffff ? 2 : 1)
  for (;;) {
    const cp = text.codePointAt(end)
    if (cp === undefined) return end
    if (cp === 0xfe0f || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
      end += cp > 0xffff ? 2 : 1
      continue
    }
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
      // the second regional indicator of a flag
      const prev = text.codePointAt(end - 2)
      if (prev !== undefined && prev >= 0x1f1e6 && prev <= 0x1f1ff && end - i === 2) {
        end += 2
        continue
      }
      return end
    }
    if (cp === 0x200d) {
      const after = text.codePointAt(end + 1)
      if (after !== undefined && isPictographic(after)) {
        end += 1 + (after > 0xffff ? 2 : 1)
        continue
      }
    }
    return end
  }
}

/** Runs that form one mark: "...", "--", "``", "''"; everything else is one character. */
function scanPunctuation(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c === 46) {
    let end = i + 1
    while (end < text.length && text.charCodeAt(end) === 46) end++
    return end - i >= 3 ? end : i + 1
  }
  // LaTeX-style quotes `` '' and the double hyphen dash are one mark each
  if ((c === HYPHEN || c === 96 || c === 39) && text.charCodeAt(i + 1) === c) return i + 2
  const cp = text.codePointAt(i) as number
  return i + (cp > 0xffff ? 2 : 1)
}

const PUNCT = /^[\p{P}]+$/u
// Unicode files these under punctuation; a reader takes them for symbols: 5 %, § 5, Tom & Jerry
const SYMBOLS_AMONG_PUNCTUATION = new Set(['%', '‰', '§', '&', '°', '*', '#', '@', '†'])

function isPunctuation(s: string): boolean {
  // `` opens a quotation in LaTeX style, as '' closes one, though Unicode files ` as a symbol
  return s === '``' || (PUNCT.test(s) && !SYMBOLS_AMONG_PUNCTUATION.has(s))
}
