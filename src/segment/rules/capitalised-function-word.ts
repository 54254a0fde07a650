/**
 * German capitalises nouns, never articles, pronouns, prepositions or conjunctions inside a
 * sentence. So a capitalised function word right after a lower-case word starts a new
 * sentence: the one before was a headline or title without final punctuation ("Absolut zu
 * empfehlen Seit 1964 …"). Polite "Sie"/"Ihr…" stay capitalised anywhere and are excluded,
 * and so are words after an article, preposition or conjunction ("in Den Haag").
 */
import context from '../data/context.json'

const STARTERS = new Set(context.sentenceStarters.filter((w) => !/^(?:Sie|Ihr\w*)$/.test(w)))
// a headline does not end in an article, preposition or conjunction: "in Den Haag", "das Für und Wider"
const NON_FINAL = new Set(context.nonFinalWords)
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}\d-]*$/u

export function capitalisedFunctionWordStartsSentence(previous: string, previousKind: string, word: string): boolean {
  return STARTERS.has(word) && previousKind === 'word' && !NON_FINAL.has(previous) && LOWER_WORD.test(previous)
}
