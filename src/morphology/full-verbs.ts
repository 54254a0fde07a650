/**
 * An auxiliary or modal verb with no verb form in its clause to help is a full verb (UD
 * VERB): "Sie haben recht", "Er wird Präsident", "Ich mag das"; with one it stays AUX: "hat
 * gesagt", "wird kommen", "kann helfen". sein stays AUX either way: as a copula UD tags it AUX.
 */
import type { Token } from '../document.js'
import { clauseAround } from './clause.js'
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

export function markFullVerbs(tokens: Token[], from: number, to: number, lexicon: Lexicon): void {
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token
    if (token.pos !== 'AUX' || !HELPING.has(token.lemma ?? '')) continue
    const [start, end] = clauseAround(tokens, i, i, [from, to])
    let helps = false
    for (let k = start; k <= end && !helps; k++) if (k !== i) helps = helped(tokens[k] as Token, lexicon)
    if (!helps) token.pos = 'VERB'
  }
}
