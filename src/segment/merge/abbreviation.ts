/**
 * Abbreviations and initials keep their period: "Dr.", "z. B.", "usw.", "J. F. Kennedy".
 * The list lives in ../data/abbreviations.json; a single capital letter with a period is
 * an initial.
 */
import abbreviations from '../data/abbreviations.json'
import type { RawToken } from '../scan.js'

const INNER = new Set(abbreviations.inner)
const FINAL = new Set(abbreviations.final)
const INITIAL = /^\p{Lu}$/u

/** Whether an abbreviation token (with its period) may end a sentence. */
export function mayEndSentence(abbreviation: string): boolean {
  return FINAL.has(abbreviation.slice(abbreviation.lastIndexOf('-') + 1, -1))
}

export function mergeAbbreviations(text: string, tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as RawToken
    const dot = tokens[i + 1]
    if (
      t.kind === 'word' &&
      dot &&
      dot.start === t.end &&
      dot.end === dot.start + 1 &&
      text.charCodeAt(dot.start) === 46
    ) {
      const word = text.slice(t.start, t.end)
      // the last piece of a hyphenated word decides: "Zimmermann-Str.", "Dipl.-Ing."
      const last = word.slice(word.lastIndexOf('-') + 1)
      if (INNER.has(last) || FINAL.has(last) || INITIAL.test(word)) {
        out.push({ start: t.start, end: dot.end, kind: 'abbreviation' })
        i++
        continue
      }
    }
    out.push(t)
  }
  return out
}
