/**
 * Separated particle verbs: a finite verb in second position and its particle(s) at the end
 * of the clause ("teilte … mit", "nahm … wieder auf") form one lexical unit whose lemma is
 * the particle verb (mitteilen, wiederaufnehmen), when the lexicon knows that verb.
 */
import type { Token } from '../document.js'
import { type Lexicon, TAG } from './lexicon.js'
import { ADVERBIAL_PARTICLES, PARTICLE_SET, PREPOSITIONAL_PARTICLES } from './rules/particle-verb.js'

export interface SeparatedVerb {
  verb: number
  particles: number[]
  lemma: string
}

const FINITE =
  TAG.present | TAG.present3 | TAG.past | TAG.past3 | TAG.subjunctive1 | TAG.subjunctive2 | TAG.subjunctiveOther
// Marks and subordinating conjunctions end the clause; brackets and quotes inside it do not.
const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '–', '—', '--', '...', '…'])
const CLOSING_QUOTES = new Set(['“', '”', '"', "''", '«', '»', '‘', '’', ')'])
const SUBORDINATORS = new Set([
  'dass',
  'daß',
  'weil',
  'wenn',
  'ob',
  'obwohl',
  'nachdem',
  'bevor',
  'sobald',
  'falls',
  'sodass',
  'indem',
  'seitdem',
])
// a particle also stands right before a coordinating conjunction: "nahm die Arbeit auf und ging"
const COORDINATORS = new Set(['und', 'oder', 'aber', 'sondern', 'sowie'])

/**
 * Each particle that ends a clause (before a mark, a coordinating conjunction or the end of
 * the sentence) looks back for the finite verb of its clause, across enumerations with
 * commas but not into another clause (a subordinating conjunction, or a comma followed by a
 * relative pronoun or conjunction, stops the search).
 * `finiteTags[i]`: the lexicon tags of token i when it is a verb, else undefined.
 */
export function linkSeparatedVerbs(
  tokens: Token[],
  from: number,
  to: number,
  finiteTags: (number | undefined)[],
  lexicon: Lexicon,
): SeparatedVerb[] {
  const found: SeparatedVerb[] = []
  const used = new Set<number>()
  // right to left: the last particle of a clause is the verb's ("nahm nach und nach … wieder auf")
  for (let k = to - 1; k > from; k--) {
    const particle = tokens[k] as Token
    const word = particle.text.toLowerCase()
    if (!PARTICLE_SET.has(word) || finiteTags[k] !== undefined) continue
    // closing quotes and brackets between the particle and the clause end do not count
    let a = k + 1
    while (a < to && CLOSING_QUOTES.has((tokens[a] as Token).text)) a++
    const after = tokens[a]
    if (a < to && after && !isClauseEnd(after) && !COORDINATORS.has(after.text)) continue
    let closedClause = false
    let lexiconOnly = false
    for (let j = k - 1; j >= from; j--) {
      const t = tokens[j] as Token
      if (t.text === ',') closedClause = true
      if (SUBORDINATORS.has(t.text.toLowerCase()) || opensClause(tokens, j, from)) {
        // an embedded clause closed by a comma before the particle is skipped:
        // "wählt der Gast, wenn er möchte, seinen Wein aus"
        if (!closedClause || j < from + 2 || (tokens[j - 1] as Token).text !== ',') break
        closedClause = false
        j -= 1
        continue
      }
      const tags = finiteTags[j]
      if (tags === undefined || !(tags & FINITE) || used.has(j) || !t.lemma) continue
      // not the clause's finite verb: an infinitive with "zu" ("lässt zu wünschen übrig"), a
      // nominalised verb ("zum Verweilen"), the last verb of an embedded clause ("wie die Polizei mitteilte,")
      const previous = (tokens[j - 1] as Token | undefined)?.text ?? ''
      if (NOT_FINITE_AFTER.has(previous) || (tokens[j + 1] as Token | undefined)?.text === ',') continue
      const before = (tokens[k - 1] as Token).text.toLowerCase()
      const both = before + word
      // a later verb form in the clause is a participle that looks finite ("wies … entschieden
      // zurück"): the clause's verb stands before it, unless the lexicon knows this combination
      if (!isFirstFiniteOfClause(tokens, j, from, finiteTags) && !lexicon.hasVerb(word + t.lemma)) continue
      // two particles form one when the lexicon knows the verb or the pair is a particle itself (wiederauf-)
      if (lexiconOnly) {
        if (!lexicon.hasVerb(word + t.lemma)) continue
        found.push({ verb: j, particles: [k], lemma: word + t.lemma })
        used.add(j)
        break
      }
      if (t.lemma === 'sein' && WITH_SEIN.has(word)) {
        found.push({ verb: j, particles: [k], lemma: word + t.lemma })
        used.add(j)
        break
      }
      if (
        k - 1 > j &&
        PARTICLE_SET.has(before) &&
        (lexicon.hasVerb(both + t.lemma) || (PARTICLE_SET.has(both) && lexicon.hasVerb(word + t.lemma)))
      ) {
        found.push({ verb: j, particles: [k - 1, k], lemma: both + t.lemma })
        used.add(j)
      } else if (
        lexicon.hasVerb(word + t.lemma) ||
        ADVERBIAL_PARTICLES.has(word) ||
        // the lexicon lists only common particle verbs; a full verb (not sein, haben, a modal) in
        // second position with a bare preposition closing its clause is one too: "kamen … mit"
        (t.pos === 'VERB' && PREPOSITIONAL_PARTICLES.has(word) && isFirstFiniteOfClause(tokens, j, from, finiteTags))
      ) {
        found.push({ verb: j, particles: [k], lemma: word + t.lemma })
        used.add(j)
      } else {
        // a participle or adjective that looks finite ("das 1974 besetzte Land"): look further left,
        // where only a particle verb the lexicon knows is taken
        lexiconOnly = true
        continue
      }
      break
    }
  }
  return found.sort((a, b) => a.verb - b.verb)
}

const RELATIVE = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'dessen',
  'deren',
  'denen',
  'welche',
  'welcher',
  'welches',
  'wo',
  'was',
  'wie',
  'als',
])

/** A comma followed by a relative pronoun or a conjunction begins another clause. */
function opensClause(tokens: Token[], j: number, from: number): boolean {
  const word = (tokens[j] as Token).text
  return j > from && (tokens[j - 1] as Token).text === ',' && (RELATIVE.has(word) || COORDINATORS.has(word))
}

// "da sein", "dabei sein": particles of sein, which the lexicon does not list
const WITH_SEIN = new Set(['da', 'dabei'])
const NOT_FINITE_AFTER = new Set(['zu', 'zum', 'beim', 'vom', 'im', 'am'])

/** Whether no other finite verb stands between the clause's start and token j. */
function isFirstFiniteOfClause(tokens: Token[], j: number, from: number, finiteTags: (number | undefined)[]): boolean {
  for (let i = j - 1; i >= from; i--) {
    const t = tokens[i] as Token
    if (isClauseEnd(t) || COORDINATORS.has(t.text)) return true
    if ((finiteTags[i] ?? 0) & FINITE) return false
  }
  return true
}

function isClauseEnd(token: Token): boolean {
  return token.kind === 'punctuation' && CLAUSE_END.has(token.text)
}
