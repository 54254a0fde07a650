/**
 * Konjunktiv I and II: verb forms that are only subjunctive for the 3rd person ("sei",
 * "werde", "hätten", "würde") get UD Mood=Sub; a sentence with a Konjunktiv I form, or a
 * Konjunktiv II form beside a verb of saying, is reported speech ("Das Land sei Opfer …",
 * "… hätten gewartet, sagte Tokajew").
 */
import type { Sentence, Token } from '../document.js'
import speech from './data/speech-verbs.json'
import { TAG } from './lexicon.js'

const SPEECH_VERBS = new Set(speech.verbs)

export function markMood(sentence: Sentence, tokens: Token[], tags: (number | undefined)[]): Sentence {
  const [from, to] = sentence.tokens
  let subjunctive1 = false
  let subjunctive2 = false
  let saying = false
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token
    if (token.lemma && SPEECH_VERBS.has(token.lemma)) saying = true
    const t = tags[i]
    if (t === undefined) continue
    const indicative3 = t & (TAG.present3 | TAG.past3)
    if (t & TAG.subjunctive1 && !indicative3) {
      token.morph = { ...token.morph, Mood: 'Sub' }
      subjunctive1 = true
    } else if (t & TAG.subjunctive2 && !indicative3) {
      token.morph = { ...token.morph, Mood: 'Sub' }
      subjunctive2 = true
    }
  }
  return subjunctive1 || (subjunctive2 && saying) ? { ...sentence, reportedSpeech: true } : sentence
}
