/** Character classes for the scanner, with an ASCII fast path and a cache for the rest. */

const WORD = /[\p{L}\p{M}\p{N}]/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const PICTO = /\p{Extended_Pictographic}/u
const SPACE = /\s/u

// 0 = unknown, 1 = word char, 2 = not a word char (BMP only; astral code points are tested directly)
const wordCache = new Uint8Array(0x10000)

export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }
  if (code === 0xad) return true // soft hyphen lives inside words
  if (code < 0x10000) {
    let c = wordCache[code]
    if (c === 0) {
      c = WORD.test(String.fromCharCode(code)) ? 1 : 2
      wordCache[code] = c
    }
    return c === 1
  }
  return WORD.test(String.fromCodePoint(code))
}

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57

export function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true
  if (code < 128) return false
  return code === 0xa0 || code === 0x200b || code === 0xfeff || SPACE.test(String.fromCharCode(code))
}

export const isUpper = (ch: string): boolean => UPPER.test(ch)
export const isLower = (ch: string): boolean => LOWER.test(ch)

export function isPictographic(code: number): boolean {
  if (code < 0xa9) return false
  if (code >= 0x1f1e6 && code <= 0x1f1ff) return true // regional indicators (flags)
  return PICTO.test(String.fromCodePoint(code))
}

/** Quote characters; whether one opens or closes is decided by its neighbours. */
export const QUOTES = new Set(['"', "'", '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹'])
export const OPENING_BRACKETS = new Set(['(', '[', '{'])
export const CLOSING_BRACKETS = new Set([')', ']', '}'])
