/**
 * Forms of verbs with an inseparable prefix that the lexicon lacks: the prefix, then a form
 * of a verb it lists ("erging" ← er + ging: ergehen; "verging", "zerfiel"). Their
 * participles have no ge- of their own: "ergangen" ← er + (ge)gangen.
 */
import { type Lexicon, TAG } from '../lexicon.js'
import type { ParticleVerbAnalysis } from './particle-verb.js'

const PREFIXES = ['miss', 'emp', 'ent', 'ver', 'zer', 'be', 'er']

/** The verb's lemma and what the form is (the tags of the base verb's form). */
export function prefixVerb(form: string, lexicon: Lexicon): ParticleVerbAnalysis | undefined {
  for (const prefix of PREFIXES) {
    if (!form.startsWith(prefix) || form.length - prefix.length < 3) continue
    const rest = form.slice(prefix.length)
    for (const a of lexicon.lookup(rest))
      if (a.pos === 'VERB' && !(a.tags & TAG.participle)) return { lemma: prefix + a.lemma, tags: a.tags }
    for (const a of lexicon.lookup(`ge${rest}`))
      if (a.pos === 'VERB' && a.tags & TAG.participle) return { lemma: prefix + a.lemma, tags: TAG.participle }
  }
  return undefined
}
