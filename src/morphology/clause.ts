/** Clauses inside a sentence: the tokens between punctuation that separates clauses. */
import type { Token } from '../document.js'

const CLAUSE_END = new Set([',', ';', ':', '–', '—', '(', ')'])
const SENTENCE_END = /^[.!?]+$/

/** Pronouns that are a clause's subject: before one, a new clause or a question has begun. */
export const SUBJECT_PRONOUNS = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'Sie', 'man'])

/** Whether a token ends a clause, or the sentence: a scan with no sentence bounds stops there. */
export const endsClause = (token: Token): boolean =>
  token.kind === 'punctuation' && (CLAUSE_END.has(token.text) || SENTENCE_END.test(token.text))

/** Whether tokens[i] follows a comma, directly or after a preposition: where a relative pronoun stands. */
export const afterComma = (tokens: Token[], i: number): boolean =>
  tokens[i - 1]?.text === ',' || (tokens[i - 1]?.pos === 'ADP' && tokens[i - 2]?.text === ',')

/** The first and last token of the clause around tokens[from..to]. */
export function clauseAround(tokens: Token[], from: number, to: number, sentence: [number, number]): [number, number] {
  let start = from
  while (start > sentence[0] && !CLAUSE_END.has(tokens[start - 1]?.text ?? '')) start--
  let end = to
  while (end < sentence[1] - 1 && !CLAUSE_END.has(tokens[end + 1]?.text ?? '')) end++
  return [start, end]
}
