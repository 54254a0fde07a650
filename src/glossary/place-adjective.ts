/**
 * Adjectives made from place names with -er are written with a capital and never inflect:
 * "Dresdner Bank", "Münchner Polizei", "Bremer Senat", "Wiener Kongress". When the place is
 * in a dictionary, the word gets an entry composed from it: "of Dresden".
 */
import type { Entry } from '../document.js'

/** The place names a form in -er may come from: Leipziger → Leipzig, Dresdner → Dresden, Bremer → Bremen. */
export function placeCandidates(form: string): string[] {
  if (!/^\p{Lu}\p{L}+er$/u.test(form) || form.length < 5) return []
  const stem = form.slice(0, -2)
  return [stem, stem.replace(/([^aeiouäöü])([nl])$/, '$1e$2'), `${stem}en`, `${stem}n`]
}

/** The composed entry for a place adjective, given the place's own entry (a name of a place). */
export function placeAdjectiveEntry(form: string, place: Entry): Entry | undefined {
  if (place.pos !== 'PROPN' || !place.domains.includes('geo')) return undefined
  const english = place.senses[0]?.glosses[0] ?? place.lemma
  return {
    id: `composed:${form}`,
    lemma: form,
    pos: 'ADJ',
    senses: [{ glosses: [`of ${english}`, `${english}'s`, `from ${english}`] }],
    domains: ['geo'],
    note: `From ${place.lemma}; like all such adjectives in -er it is capitalised and takes no endings.`,
    source: 'composed',
    composed: true,
  }
}
