/** Clauses inside a sentence: the tokens between punctuation that separates clauses. */
import type { Token } from '../document.js'

const CLAUSE_END = new Set([',', ';', ':', '–', '—', '(', ')'])

/** The first and last token of the clause around tokens[from..to]. */
export function clauseAround(tokens: Token[], from: number, to: number, sentence: [number, number]): [number, number] {
  let start = from
  while (start > sentence[0] && !CLAUSE_END.has(tokens[start - 1]?.text ?? '')) start--
  let end = to
  while (end < sentence[1] - 1 && !CLAUSE_END.has(tokens[end + 1]?.text ?? '')) end++
  return [start, end]
}
