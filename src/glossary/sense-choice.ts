/**
 * A verb's sense often depends on "sich" and the preposition it takes: "wandte sich an das
 * Gericht" is "turned to the court", not "turned over". Dictionaries note such senses with
 * their pattern ("sich an jdn. wenden"); the sense whose pattern the clause fits best is the
 * one to show first.
 */
import type { Token } from '../document.js'
import { clauseAround } from '../morphology/clause.js'
import { functionWords } from '../morphology/function-words.js'

export const REFLEXIVE = new Set(['sich', 'mich', 'dich', 'uns', 'euch'])
// a preposition of a pattern, by the morphology's closed-class words
const isPreposition = (word: string) => functionWords(word).some((f) => f.pos === 'ADP')
// contractions stand for their preposition: "am Gericht" has "an"
export const CONTRACTIONS: Record<string, string> = {
  am: 'an',
  ans: 'an',
  im: 'in',
  ins: 'in',
  zum: 'zu',
  zur: 'zu',
  vom: 'von',
  beim: 'bei',
  aufs: 'auf',
  fürs: 'für',
  ums: 'um',
  durchs: 'durch',
  übers: 'über',
}
// quotation marks stand inside clauses (würden … „niemals schießen“), so they end none
/** The lower-case words of the clause around tokens[from..to], contractions as their preposition. */
export function clauseWords(tokens: Token[], from: number, to: number, sentence: [number, number]): Set<string> {
  const [start, end] = clauseAround(tokens, from, to, sentence)
  const words = new Set<string>()
  for (let i = start; i <= end; i++) {
    const w = (tokens[i]?.text ?? '').toLowerCase()
    words.add(CONTRACTIONS[w] ?? w)
  }
  return words
}

/** A gloss that names its pattern: "abstain (sich ~)", "claim responsibility (sich ~ zu)". */
const GLOSS_PATTERN = /\(sich ~((?: \p{Ll}+)*)\)/u

/** What a sense's pattern asks of the clause besides the verb ("sich an jdn."), or undefined. */
function patternOf(lemma: string, sense: { note?: string; glosses?: string[] }): string | undefined {
  const note = sense.note
  if (note?.endsWith(lemma) && note !== lemma) return note.slice(0, -lemma.length)
  for (const gloss of sense.glosses ?? []) {
    const m = GLOSS_PATTERN.exec(gloss)
    if (m) return `sich${m[1]}`
  }
  return undefined
}

/** Whether a sense states its pattern, in a note or a gloss. */
export const hasPattern = (lemma: string, sense: { note?: string; glosses?: string[] }): boolean =>
  patternOf(lemma, sense) !== undefined

/**
 * The index of the sense whose pattern the clause fits best, when that is not the first
 * sense; undefined otherwise. A pattern ends with the lemma ("sich an jdn. wenden") or stands
 * in a gloss ("abstain (sich ~)"); its "sich" counts 2 and each preposition 1 when the clause
 * has them, as much against when not, so that a first sense whose pattern the clause lacks
 * gives way to a plain one ("Der Pass enthält Fotos": contain, not abstain).
 */
export function contextSense(
  lemma: string,
  senses: { note?: string; glosses?: string[] }[],
  words: Set<string>,
): number | undefined {
  const reflexive = [...REFLEXIVE].some((r) => words.has(r))
  let best = 0
  let bestScore = Number.NEGATIVE_INFINITY
  senses.forEach((sense, i) => {
    const pattern = patternOf(lemma, sense)
    let score = 0
    for (const word of pattern?.toLowerCase().split(/\s+/) ?? []) {
      if (word === 'sich') score += reflexive ? 2 : -2
      else if (isPreposition(word)) score += words.has(word) ? 1 : -1
    }
    if (score > bestScore) {
      best = i
      bestScore = score
    }
  })
  return best > 0 ? best : undefined
}

const isVerb = (t: Token | undefined) => t?.pos === 'VERB' || t?.pos === 'AUX'

/**
 * An auxiliary's sense from the other verbs of its clause: a participle makes haben and sein
 * the perfect and werden the passive ("wurden … festgenommen" = were arrested), an
 * infinitive makes werden the future ("werde … nicht zulassen" = will not allow). The senses
 * say which construction they are in a note: "werden + participle", "werden + infinitive".
 */
export function auxiliarySense(
  lemma: string,
  senses: { note?: string }[],
  tokens: Token[],
  self: number,
  clause: [number, number],
): number | undefined {
  let participle = false
  let infinitive = false
  for (let i = clause[0]; i <= clause[1]; i++) {
    const t = tokens[i]
    if (i === self || !isVerb(t) || !t) continue
    if (t.morph?.VerbForm === 'Part') participle = true
    else if (t.lemma === t.text.toLowerCase()) infinitive = true
  }
  const construction = participle ? 'participle' : infinitive ? 'infinitive' : undefined
  if (!construction) return undefined
  const found = senses.findIndex((s) => s.note === `${lemma} + ${construction}`)
  return found > 0 ? found : undefined
}
