/**
 * Noun forms the lexicon does not list, by the regular endings: genitive -es/-s
 * (Jahres → Jahr), dative -e, plural -en/-n/-e/-er with or without umlaut (Banken → Bank,
 * Worten → Wort).
 */
import type { Lexicon } from '../lexicon.js'

const ENDINGS = ['es', 's', 'en', 'n', 'ern', 'er', 'e']
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' }

export function nounLemma(form: string, lexicon: Lexicon): { lemma: string; gender?: 'm' | 'f' | 'n' } | undefined {
  for (const ending of ENDINGS) {
    if (!form.endsWith(ending) || form.length - ending.length < 3) continue
    const stem = form.slice(0, -ending.length)
    for (const candidate of [stem, withoutUmlaut(stem)]) {
      if (!candidate || !lexicon.hasNoun(candidate)) continue
      const gender = lexicon.lookup(candidate).find((a) => a.pos === 'NOUN' && a.lemma === candidate)?.gender
      if (fits(ending, gender, candidate, stem)) return { lemma: candidate, gender }
    }
  }
  return undefined
}

function withoutUmlaut(stem: string): string | undefined {
  const at = stem.search(/[äöü](?=[^äöü]*$)/)
  if (at < 0) return undefined
  return stem.slice(0, at) + UMLAUT[stem[at] as string] + stem.slice(at + 1)
}

/**
 * Endings by gender: genitive -s/-es and plural -er belong to masculine and neuter nouns;
 * an -er plural umlauts a stem that can take one (Volk → Völker, never "Volker").
 */
function fits(ending: string, gender: string | undefined, lemma: string, stem: string): boolean {
  const masculineOrNeuter = gender === 'm' || gender === 'n'
  if (ending === 's' || ending === 'es') return masculineOrNeuter
  if (ending === 'er' || ending === 'ern') {
    if (!masculineOrNeuter) return false
    return stem !== lemma || !/[aou][^aeiouäöü]*$/.test(lemma)
  }
  return true
}
