/**
 * Abbreviations and initials keep their period: "Dr.", "z. B.", "usw.", "J. F. Kennedy".
 * The list lives in ../data/abbreviations.json; a single capital letter with a period is
 * an initial.
 */
import abbreviations from '../data/abbreviations.json'

const INNER = new Set(abbreviations.inner)
const FINAL = new Set(abbreviations.final)
const INITIAL = /^\p{Lu}$/u

/** Whether an abbreviation token (with its period) may end a sentence. */
export function mayEndSentence(abbreviation: string): boolean {
  return FINAL.has(abbreviation.slice(abbreviation.lastIndexOf('-') + 1, -1))
}

/** Whether `word` and the period after it form an abbreviation or an initial. */
export function isAbbreviation(word: string, kind: string): boolean {
  if (kind !== 'word') return false
  // the last piece of a hyphenated word decides: "Zimmermann-Str.", "Dipl.-Ing."
  const last = word.slice(word.lastIndexOf('-') + 1)
  return INNER.has(last) || FINAL.has(last) || INITIAL.test(word)
}
