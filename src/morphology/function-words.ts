/** Closed-class words (articles, pronouns, prepositions, conjunctions, particles, adverbs) from ./data. */
import data from './data/function-words.json'

export interface FunctionWord {
  lemma: string
  pos: string
}

const index = new Map<string, FunctionWord[]>()
for (const pos of ['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'NUM'] as const) {
  for (const line of data[pos]) {
    const colon = line.indexOf(': ')
    const lemma = line.slice(0, colon)
    for (const form of line.slice(colon + 2).split(' ')) {
      const list = index.get(form)
      if (list) list.push({ lemma, pos })
      else index.set(form, [{ lemma, pos }])
    }
  }
}

/** Auxiliary and modal verbs: their forms are tagged AUX (UD), not VERB. */
export const AUXILIARIES = new Set(data.AUX)

export function functionWords(form: string): FunctionWord[] {
  return index.get(form) ?? []
}
