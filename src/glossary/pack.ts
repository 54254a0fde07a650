/**
 * Dictionary packs: the team's politics pack and user dictionaries share one entry format
 * (see dictionaries/politics/README.md). Loading checks every entry and reports problems
 * as file:entry:field messages instead of throwing, so one bad entry never hides the rest.
 */
import type { Entry } from '../document.js'

/** An entry as packs and user dictionaries write it: a document entry without id and source, plus lookup aids. */
export interface PackEntry extends Omit<Entry, 'id' | 'source' | 'composed'> {
  /** What a name names (country, city, party …). */
  type?: string
  /** An acronym's long form. */
  expansion?: string
  /** Extra surface forms the lexicon cannot derive. */
  forms?: string[]
}

export interface PackProblem {
  file: string
  /** The entry's lemma, or its index when it has none. */
  entry: string
  field: string
  message: string
}

export const formatProblem = (p: PackProblem): string => `${p.file}:${p.entry}:${p.field}: ${p.message}`

const UPOS = new Set([
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'SCONJ',
  'VERB',
  'X',
])
const LEVELS = new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'])
const GENDERS = new Set(['m', 'f', 'n'])

const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString)

/** Checks raw JSON (an array of entries) and returns the valid entries plus every problem found. */
export function checkPack(raw: unknown, file: string): { entries: PackEntry[]; problems: PackProblem[] } {
  const problems: PackProblem[] = []
  if (!Array.isArray(raw)) {
    problems.push({ file, entry: '-', field: '-', message: 'expected a JSON array of entries' })
    return { entries: [], problems }
  }
  const entries: PackEntry[] = []
  raw.forEach((item: unknown, index) => {
    const before = problems.length
    const o = (item ?? {}) as Record<string, unknown>
    const name = typeof o.lemma === 'string' && o.lemma !== '' ? o.lemma : `#${index + 1}`
    const report = (field: string, message: string) => problems.push({ file, entry: name, field, message })
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      report('-', 'expected an object')
      return
    }
    if (!isString(o.lemma)) report('lemma', 'required, a non-empty string')
    if (!isString(o.pos) || !UPOS.has(o.pos)) report('pos', 'required, a UD UPOS tag such as NOUN, VERB, ADJ, PROPN')
    if (o.gender !== undefined && !GENDERS.has(o.gender as string)) report('gender', 'must be m, f or n')
    if (o.plural !== undefined && !isString(o.plural)) report('plural', 'must be a non-empty string')
    if (o.level !== undefined && !LEVELS.has(o.level as string)) report('level', 'must be a CEFR level A1 … C2')
    if (o.note !== undefined && !isString(o.note)) report('note', 'must be a non-empty string')
    if (o.forms !== undefined && !isStringArray(o.forms)) report('forms', 'must be an array of strings')
    if (o.domains !== undefined && !isStringArray(o.domains)) report('domains', 'must be an array of strings')
    if (o.verb !== undefined) {
      const v = o.verb as Record<string, unknown>
      if (typeof v !== 'object' || v === null || Array.isArray(v)) report('verb', 'must be an object')
      else
        for (const key of Object.keys(v)) {
          if (!['present', 'past', 'participle', 'aux'].includes(key)) report(`verb.${key}`, 'unknown verb form')
          else if (!isString(v[key])) report(`verb.${key}`, 'must be a non-empty string')
        }
    }
    if (!Array.isArray(o.senses) || o.senses.length === 0) report('senses', 'required, a non-empty array')
    else
      o.senses.forEach((s: unknown, k) => {
        const sense = (s ?? {}) as Record<string, unknown>
        if (!isStringArray(sense.glosses) || sense.glosses.length === 0)
          report(`senses[${k}].glosses`, 'required, a non-empty array of strings')
        if (sense.domains !== undefined && !isStringArray(sense.domains))
          report(`senses[${k}].domains`, 'must be an array of strings')
        if (sense.note !== undefined && !isString(sense.note)) report(`senses[${k}].note`, 'must be a non-empty string')
      })
    if (problems.length === before) {
      const entry = o as unknown as PackEntry
      entries.push({ ...entry, domains: entry.domains ?? [] })
    }
  })
  return { entries, problems }
}

/** The document entry for a pack entry; ids are source:lemma:POS. */
export function toDocumentEntry(entry: PackEntry, source: string): Entry {
  const out: Entry = {
    id: `${source}:${entry.lemma}:${entry.pos}`,
    lemma: entry.lemma,
    pos: entry.pos,
    senses: entry.senses.map((s) => ({ ...s })),
    domains: entry.domains,
    source,
  }
  if (entry.gender) out.gender = entry.gender
  if (entry.plural) out.plural = entry.plural
  if (entry.verb) out.verb = { ...entry.verb }
  if (entry.level) out.level = entry.level
  if (entry.note) out.note = entry.note
  return out
}
