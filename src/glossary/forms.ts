/**
 * Surface forms a pack entry is found under before real lemmatisation is available:
 * its lemma, plural, listed forms and verb forms, plus the regular German endings of its
 * word class (genitive -s/-es, dative plural -n, adjective endings, verb person endings).
 */
import type { PackEntry } from './pack.js'

const ADJECTIVE_ENDINGS = ['e', 'en', 'em', 'er', 'es']

/** The plural of a past form: sagte → sagten, trat → traten. */
export const pastPlural = (past: string): string => (past.endsWith('e') ? `${past}n` : `${past}en`)

export function surfaceForms(entry: PackEntry): string[] {
  const forms = new Set<string>([entry.lemma])
  for (const f of entry.forms ?? []) forms.add(f)
  switch (entry.pos) {
    case 'NOUN':
    case 'PROPN':
      addNounForms(entry, forms)
      break
    case 'ADJ':
      for (const e of ADJECTIVE_ENDINGS) forms.add(adjectiveStem(entry.lemma) + e)
      break
    case 'VERB':
    case 'AUX':
      addVerbForms(entry, forms)
      break
  }
  return [...forms]
}

function addNounForms(entry: PackEntry, forms: Set<string>): void {
  const lemma = entry.lemma
  if (entry.gender !== 'f') {
    forms.add(/[sßxz]$/.test(lemma) ? `${lemma}es` : `${lemma}s`)
    if (!/[sßxz]$/.test(lemma)) forms.add(`${lemma}es`)
  }
  // nominalised adjectives and weak nouns (Abgeordnete → Abgeordneten, Präsident → Präsidenten)
  if (/e$/.test(lemma) && entry.gender !== 'f') forms.add(`${lemma}n`)
  if (/e$/.test(lemma) && entry.plural === lemma) forms.add(`${lemma}r`)
  if (entry.plural && entry.plural !== '-') {
    forms.add(entry.plural)
    if (!/[ns]$/.test(entry.plural)) forms.add(`${entry.plural}n`)
  }
}

function adjectiveStem(lemma: string): string {
  // dunkel → dunkl-, teuer → teur-
  if (/[^aeiou]el$/.test(lemma)) return `${lemma.slice(0, -2)}l`
  if (/euer$/.test(lemma)) return `${lemma.slice(0, -3)}eur`
  return lemma
}

function addVerbForms(entry: PackEntry, forms: Set<string>): void {
  const v = entry.verb
  if (!v) return
  // A separable verb's finite form alone ("kam" of "kam … zusammen") is another verb's form
  // too; only the joined forms of subordinate clauses (zusammenkam) name this verb.
  const finite = (form: string | undefined): string | undefined => {
    if (!form) return undefined
    const [verb, particle] = form.split(' ')
    return particle ? particle + verb : verb
  }
  const present = finite(v.present)
  const past = finite(v.past)
  if (present) forms.add(present)
  if (past) forms.add(past)
  if (past) forms.add(pastPlural(past))
  if (v.participle) {
    forms.add(v.participle)
    for (const e of ADJECTIVE_ENDINGS) forms.add(v.participle + e)
  }
}
