/**
 * An auxiliary or modal verb with no verb form in its clause to help is a full verb (UD
 * VERB): "Sie haben recht", "Er wird Präsident", "Ich mag das"; with one it stays AUX: "hat
 * gesagt", "wird kommen", "kann helfen". sein stays AUX either way: as a copula UD tags it AUX.
 */
import type { Token } from '../document.js'
import { clauseAround, SUBJECT_PRONOUNS } from './clause.js'
import { type Lexicon, TAG } from './lexicon.js'

const HELPING = new Set(['haben', 'werden', 'können', 'müssen', 'dürfen', 'sollen', 'wollen', 'mögen'])

const HELPED_FORMS = TAG.participle | TAG.lemma | TAG.zuInfinitive

/**
 * Whether a token is a verb form an auxiliary helps: a participle, an infinitive or a
 * zu-infinitive, also where it could be read otherwise (bestellt, 3rd person too, before
 * "wurde" at a clause end; verloren, an adjective too).
 */
function helped(token: Token, lexicon: Lexicon): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && token.pos !== 'ADJ') return false
  const form = token.morph?.VerbForm
  if (form === 'Part' || form === 'Inf' || (token.pos !== 'ADJ' && token.text === token.lemma)) return true
  return lexicon.lookup(token.text).some((a) => a.pos === 'VERB' && a.tags & HELPED_FORMS)
}

/** Pronouns that open a relative clause, and words that open an infinitive clause. */
const RELATIVE = new Set(['der', 'welcher', 'was', 'wer'])
const INFINITIVE_CLAUSE = new Set(['um', 'ohne', 'statt', 'anstatt', 'zu'])

/**
 * Whether the words from `at` open a clause inside another: "die hier wohnen", "in dem sie
 * stehen", "weil sie wollen", "wonach …", "ohne … aufzugeben".
 */
function opensEmbedded(tokens: Token[], at: number): boolean {
  let k = at
  while (tokens[k]?.pos === 'PUNCT') k++
  const first = tokens[k]
  if (!first) return false
  const lemma = (first.lemma ?? first.text).toLowerCase()
  if (first.pos === 'SCONJ' || INFINITIVE_CLAUSE.has(lemma)) return true
  if (first.pos === 'PRON' && RELATIVE.has(lemma)) return true
  if (first.pos === 'ADV' && /^wo/.test(lemma)) return true
  const next = tokens[k + 1]
  return first.pos === 'ADP' && next?.pos === 'PRON' && RELATIVE.has((next.lemma ?? next.text).toLowerCase())
}

/**
 * Whether the sentence goes on, past the comma at `comma`, with a verb form the auxiliary
 * helps: after a clause inside it ("können Ausländer, die hier wohnen, einen Pass bekommen")
 * or a comma inside a noun phrase ("neue, gute Arbeitsplätze geschaffen werden"). A finite
 * verb, an auxiliary or a subject pronoun first means a clause of its own: the search stops there.
 */
function helpedBeyond(tokens: Token[], comma: number, sentence: [number, number], lexicon: Lexicon): boolean {
  for (let k = comma; k < sentence[1]; ) {
    // a parenthesis stands inside the clause: "1,7 Seemeilen (3,1 km) betragen"
    if (tokens[k]?.text === '(') while (k < sentence[1] - 1 && tokens[k]?.text !== ')') k++
    else if (tokens[k]?.text !== ',' && tokens[k]?.text !== ')') break
    if (k + 1 >= sentence[1]) break
    const [, end] = clauseAround(tokens, k + 1, k + 1, sentence)
    if (!opensEmbedded(tokens, k + 1))
      for (let j = k + 1; j <= end; j++) {
        const t = tokens[j] as Token
        // a subject pronoun or an auxiliary of its own opens a clause: ", wir können gehen"
        if (t.pos === 'AUX' || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.text.toLowerCase()))) return false
        if (t.pos !== 'VERB' && t.pos !== 'ADJ') continue
        // a zu-infinitive past a comma is an infinitive clause of its own: "schwierig werde, den
        // Einfluss zurückzudrängen"
        const zu = (t.morph?.VerbForm === 'Inf' && t.text !== t.lemma) || tokens[j - 1]?.text === 'zu'
        if (!zu && helped(t, lexicon)) return true
        if (t.pos !== 'ADJ') return false
      }
    k = end + 1
  }
  return false
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'])
/** Adverbs of place: "Ich war da", "Wir sind öfter hier". */
const PLACES = new Set(
  'da hier dort drin drinnen draußen drüben oben unten vorne hinten zuhause daheim unterwegs dabei anwesend'.split(' '),
)

/**
 * Whether sein in the clause [start, end] says where or how something is rather than what it
 * is: no verb form it helps, no predicative adjective, no noun or pronoun besides the subject
 * outside a prepositional phrase, and a prepositional phrase or an adverb of place: "Ich war im
 * Dezember bei ihm", "Wir sind öfter hier", "Das Essen ist von guter Qualität". As a copula
 * ("ist unklar", "ist Präsident") and as an auxiliary ("ist gekommen") it stays AUX, as UD
 * tags it.
 */
function seinOfPlace(tokens: Token[], self: number, start: number, end: number, lexicon: Lexicon): boolean {
  let nominals = 0
  let inPhrase = false
  let placed = false
  for (let k = start; k <= end; k++) {
    if (k === self) continue
    const t = tokens[k] as Token
    const next = tokens[k + 1]
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (helped(t, lexicon)) return false
    } else if (t.pos === 'ADJ') {
      // before a noun or another adjective it is attributive; else the predicate
      if (!(next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ'))) return false
    } else if (t.pos === 'ADP') {
      inPhrase = true
      placed = true
    } else if (t.pos === 'ADV') {
      // an adverb of manner may be the predicate: "ist ok", "war super"
      if (PLACES.has(t.text.toLowerCase())) placed = true
    } else if (NOMINAL.has(t.pos ?? '')) {
      // a number ends a phrase too, and is no noun: "seit 1988 Finanzminister"
      if (!inPhrase && t.pos !== 'NUM') nominals++
      inPhrase = false
    }
  }
  return placed && nominals <= 1
}

export function markFullVerbs(tokens: Token[], from: number, to: number, lexicon: Lexicon): void {
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token
    if (token.pos === 'AUX' && token.lemma === 'sein') {
      const [start, end] = clauseAround(tokens, i, i, [from, to])
      if (seinOfPlace(tokens, i, start, end, lexicon)) token.pos = 'VERB'
      continue
    }
    if (token.pos !== 'AUX' || !HELPING.has(token.lemma ?? '')) continue
    const [start, end] = clauseAround(tokens, i, i, [from, to])
    let helps = false
    for (let k = start; k <= end && !helps; k++) if (k !== i) helps = helped(tokens[k] as Token, lexicon)
    if (!helps) helps = helpedBeyond(tokens, end + 1, [from, to], lexicon)
    if (!helps) token.pos = 'VERB'
  }
}
