/**
 * Nouns the lexicon lacks, by a suffix that makes nouns only: -ung, -heit, -keit, -schaft,
 * -tion, -tät, -ismus, -ling … (Globalisierung, Digitalisierungen → Digitalisierung,
 * Populismus). Their plural returns to the suffix; the suffix gives the gender where it fixes it.
 */

/** suffix, plural ending, gender */
const SUFFIXES: [string, string, 'm' | 'f' | 'n' | undefined][] = [
  ['ung', 'ungen', 'f'],
  ['heit', 'heiten', 'f'],
  ['keit', 'keiten', 'f'],
  ['schaft', 'schaften', 'f'],
  ['tion', 'tionen', 'f'],
  ['sion', 'sionen', 'f'],
  ['tät', 'täten', 'f'],
  ['enz', 'enzen', 'f'],
  ['anz', 'anzen', 'f'],
  ['ismus', 'ismen', 'm'],
  ['ling', 'linge', 'm'],
  ['nis', 'nisse', undefined],
]

export function suffixNoun(form: string): { lemma: string; gender?: 'm' | 'f' | 'n' } | undefined {
  for (const [suffix, plural, gender] of SUFFIXES) {
    const ending = form.endsWith(suffix) ? suffix : form.endsWith(plural) ? plural : undefined
    // a stem before the suffix: "Ung" or "Ling" alone are no such nouns
    if (!ending || form.length - ending.length < 3) continue
    const lemma = form.slice(0, form.length - ending.length) + suffix
    return gender ? { lemma, gender } : { lemma }
  }
  return undefined
}
