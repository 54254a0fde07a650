/**
 * A single line break ends a sentence when the line is a headline, dateline, byline or
 * list item, which carry no final punctuation. Hard-wrapped running text (many long lines
 * of similar length) keeps its sentences across line breaks.
 */

const LIST_MARKER = /^(?:[-–—•*·▪►]|\d{1,2}[.)])\s/

export interface LineInfo {
  /** Whether the paragraph looks hard-wrapped. */
  wrapped: boolean
}

export function describeParagraph(text: string, start: number, end: number): LineInfo {
  let lines = 0
  let long = 0
  let lineStart = start
  for (let k = start; k <= end; k++) {
    if (k === end || text.charCodeAt(k) === 10) {
      lines++
      if (k - lineStart >= 50) long++
      lineStart = k + 1
    }
  }
  return { wrapped: lines >= 3 && long >= (lines - 1) * 0.75 }
}

/**
 * Whether the line break between `prevEnd` and `nextStart` ends the sentence.
 * `lineText` is the line before the break, `nextLine` the line after it.
 */
export function lineBreakEndsSentence(lineText: string, nextLine: string, info: LineInfo): boolean {
  const line = lineText.trim()
  const next = nextLine.trim()
  if (line === '' || next === '') return false
  if (LIST_MARKER.test(next) || LIST_MARKER.test(line)) return true
  if (/[,;:\-(]$/.test(line)) return false
  if (!/^[\p{Lu}\d„"»‚(–—]/u.test(next)) return false
  return !info.wrapped
}
