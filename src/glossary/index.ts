/**
 * Stage 3: glossing. Each lexical unit from morphology is looked up in the dictionaries in
 * order (the politics pack first); phrases and multiword names are matched per sentence.
 */
import type { Annotation, Entry } from '../document.js'
import type { Analysis } from '../morphology/index.js'
import type { Dictionary } from './dictionary.js'
import { keyVariants } from './keys.js'
import { indexPhrases, matchPhrases } from './phrases.js'

export type Glosser = (
  text: string,
  analysis: Analysis,
) => { annotations: Annotation[]; entries: Record<string, Entry> }

/** Domains that make a term part of the political vocabulary. */
const POLITICAL_DOMAINS = new Set(['pol', 'law', 'mil', 'dipl', 'admin', 'econ', 'soc'])

export const isPolitical = (entry: Entry): boolean => entry.domains.some((d) => POLITICAL_DOMAINS.has(d))

export function createGlosser(dictionaries: Dictionary[]): Glosser {
  const phraseIndex = indexPhrases(dictionaries.flatMap((d) => d.phrases))
  return (_text, analysis) => {
    const used: Record<string, Entry> = {}
    const annotations: Annotation[] = []
    const annotate = (kind: Annotation['kind'], tokens: number[], lemma: string, entries: Entry[]) => {
      for (const e of entries) used[e.id] = e
      const annotation: Annotation = {
        kind,
        tokens,
        lemma,
        entries: entries.map((e) => e.id),
        political: entries.some(isPolitical),
      }
      if (entries[0]?.level) annotation.level = entries[0].level
      annotations.push(annotation)
      return annotation
    }
    for (const unit of analysis.units) {
      const entries = lookup(dictionaries, unit.lemma, analysis.tokens[unit.tokens[0] as number]?.text ?? unit.lemma)
      // plain words without an entry carry nothing beyond their token; compounds and particle verbs always do
      if (entries.length === 0 && unit.kind === 'word') continue
      const kind = unit.kind === 'word' && entries[0]?.pos === 'PROPN' ? 'entity' : unit.kind
      const annotation = annotate(
        kind,
        unit.tokens,
        unit.kind === 'word' ? (entries[0]?.lemma ?? unit.lemma) : unit.lemma,
        entries,
      )
      if (unit.parts)
        annotation.parts = unit.parts.map((p) => ({
          ...p,
          entries: lookup(dictionaries, p.lemma, p.text).map((e) => {
            used[e.id] = e
            return e.id
          }),
        }))
    }
    for (const sentence of analysis.sentences) {
      const [from, to] = sentence.tokens
      const seen = new Set<string>()
      for (const m of matchPhrases(analysis.tokens, from, to, phraseIndex)) {
        const entry = m.pattern.entry
        // an entry written several ways (lemma, plural, forms) may match the same words more than once
        const key = `${entry.id}|${m.tokens.join(',')}`
        if (seen.has(key)) continue
        seen.add(key)
        annotate(entry.pos === 'PROPN' ? 'entity' : 'phrase', m.tokens, entry.lemma, [entry])
      }
    }
    annotations.sort((a, b) => (a.tokens[0] as number) - (b.tokens[0] as number) || b.tokens.length - a.tokens.length)
    return { annotations, entries: sortedById(used) }
  }
}

/** Entries for a unit: by lemma first, then by its surface form, over all dictionaries in order. */
export function lookup(dictionaries: Dictionary[], lemma: string, surface: string): Entry[] {
  const found: Entry[] = []
  const keys = [...keyVariants(lemma), ...(surface !== lemma ? keyVariants(surface) : [])]
  for (const dictionary of dictionaries) {
    for (const key of keys) {
      for (const entry of dictionary.words.get(key) ?? []) if (!found.includes(entry)) found.push(entry)
    }
  }
  return found
}

function sortedById(entries: Record<string, Entry>): Record<string, Entry> {
  const out: Record<string, Entry> = {}
  for (const id of Object.keys(entries).sort()) out[id] = entries[id] as Entry
  return out
}
