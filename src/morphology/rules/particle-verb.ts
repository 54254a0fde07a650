/**
 * Forms of particle verbs the lexicon may lack: joined forms of subordinate clauses
 * ("aufnahm", "festnahmen"), zu-infinitives ("zurückzudrängen") and participles
 * ("wiederhergestellt"): the particle, then a form of the base verb.
 */
import data from '../data/particles.json'
import { type Lexicon, TAG } from '../lexicon.js'

const PARTICLES = [...new Set(data.particles)].sort((a, b) => b.length - a.length)
export const PARTICLE_SET = new Set(data.particles)
/** Particles that are particles at a clause end whether or not the lexicon lists the verb. */
export const ADVERBIAL_PARTICLES = new Set(data.adverbial)
/** Prepositional particles: at a clause end without an object they belong to the full verb. */
export const PREPOSITIONAL_PARTICLES = new Set(data.prepositional)

export interface ParticleVerbAnalysis {
  lemma: string
  tags: number
}

export function particleVerb(form: string, lexicon: Lexicon): ParticleVerbAnalysis | undefined {
  for (const particle of PARTICLES) {
    if (!form.startsWith(particle) || form.length - particle.length < 3) continue
    const rest = form.slice(particle.length)
    if (rest.startsWith('zu') && rest.length > 4) {
      const inner = particleVerbBase(particle, rest.slice(2), lexicon)
      if (inner && inner.tags & TAG.lemma) return { lemma: inner.lemma, tags: TAG.zuInfinitive }
    }
    const found = particleVerbBase(particle, rest, lexicon)
    if (found) return found
  }
  return undefined
}

function particleVerbBase(particle: string, rest: string, lexicon: Lexicon): ParticleVerbAnalysis | undefined {
  for (const a of lexicon.lookup(rest)) {
    if (a.pos !== 'VERB') continue
    const lemma = particle + a.lemma
    // the particle verb must exist, or both parts must be clear: a known particle and a known verb
    if (lexicon.hasVerb(lemma) || PARTICLE_SET.has(particle)) return { lemma, tags: a.tags }
  }
  return undefined
}
