/**
 * Adjective forms the lexicon lists only by lemma: inflection endings (gewaltsamen →
 * gewaltsam), comparatives and superlatives with or without umlaut (größeren → groß,
 * heftigsten → heftig), and participles used as adjectives (festgenommenen → festgenommen).
 */
import irregular from '../data/irregular-adjectives.json'
import type { Lexicon } from '../lexicon.js'
import { TAG } from '../lexicon.js'

// stem → lemma and degree for comparisons not formed by rule (besser → gut, höchst → hoch)
const IRREGULAR = new Map<string, AdjectiveAnalysis>()
for (const [lemma, [comparative, superlative, ...others]] of Object.entries(irregular.adjectives) as [
  string,
  string[],
][]) {
  if (comparative) IRREGULAR.set(comparative, { lemma, degree: 'Cmp' })
  if (superlative) IRREGULAR.set(superlative, { lemma, degree: 'Sup' })
  for (const stem of others) IRREGULAR.set(stem, { lemma })
}

const ENDINGS = ['', 'e', 'en', 'em', 'er', 'es']
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', äu: 'au' }

export interface AdjectiveAnalysis {
  lemma: string
  degree?: 'Cmp' | 'Sup'
  /** Set when the stem is a participle of this verb. */
  verb?: string
}

export function adjectiveLemma(form: string, lexicon: Lexicon): AdjectiveAnalysis | undefined {
  for (const ending of ENDINGS) {
    if (!form.endsWith(ending)) continue
    const stem = form.slice(0, form.length - ending.length)
    if (stem.length < 2) continue
    const found = IRREGULAR.get(stem) ?? positive(stem, lexicon)
    if (found) return found
    if (ending !== '' || form.length > 4) {
      // comparative: -er (+ ending); superlative: -st / -est (+ ending)
      if (stem.endsWith('er')) {
        const base = positive(stem.slice(0, -2), lexicon) ?? withoutUmlaut(stem.slice(0, -2), lexicon)
        if (base) return { ...base, degree: 'Cmp' }
      }
      // superlative -t after a sibilant: größt, heißest/heißt
      if (/[sßxz]t$/.test(stem)) {
        const base = positive(stem.slice(0, -1), lexicon) ?? withoutUmlaut(stem.slice(0, -1), lexicon)
        if (base) return { ...base, degree: 'Sup' }
      }
      for (const sup of ['est', 'st']) {
        if (!stem.endsWith(sup)) continue
        const base = positive(stem.slice(0, -sup.length), lexicon) ?? withoutUmlaut(stem.slice(0, -sup.length), lexicon)
        if (base) return { ...base, degree: 'Sup' }
      }
    }
  }
  return undefined
}

function positive(stem: string, lexicon: Lexicon): AdjectiveAnalysis | undefined {
  if (lexicon.hasAdjective(stem)) return { lemma: stem }
  // dunkl-e → dunkel, teur-e → teuer
  if (/[^aeiou][lr]$/.test(stem)) {
    const withE = `${stem.slice(0, -1)}e${stem.slice(-1)}`
    if (lexicon.hasAdjective(withE)) return { lemma: withE }
  }
  for (const a of lexicon.lookup(stem)) {
    if (a.pos === 'VERB' && a.tags & (TAG.participle | TAG.presentParticiple)) return { lemma: stem, verb: a.lemma }
  }
  return undefined
}

function withoutUmlaut(stem: string, lexicon: Lexicon): AdjectiveAnalysis | undefined {
  const at = stem.search(/äu|[äöü](?=[^äöü]*$)/)
  if (at < 0) return undefined
  const umlaut = stem.startsWith('äu', at) ? 'äu' : (stem[at] as string)
  const plain = stem.slice(0, at) + UMLAUT[umlaut] + stem.slice(at + umlaut.length)
  return lexicon.hasAdjective(plain) ? { lemma: plain } : undefined
}
