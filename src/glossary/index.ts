/**
 * Stage 3: glossing. Each lexical unit from morphology is looked up in the dictionaries in
 * order (the politics pack first); phrases and multiword names are matched per sentence.
 */
import type { Annotation, Entry, Token } from '../document.js'
import { afterComma, clauseAround } from '../morphology/clause.js'
import type { Analysis, LexicalUnit } from '../morphology/index.js'
import { derivedEntry, NOUN_PREFIXES, numberEntry, particleVerbEntry } from './derived.js'
import type { Dictionary } from './dictionary.js'
import { DING_SOURCE } from './ding.js'
import { keyVariants } from './keys.js'
import { ordinalEntry } from './ordinal.js'
import { indexPhrases, matchPhrases } from './phrases.js'
import { placeAdjectiveEntry, placeCandidates } from './place-adjective.js'
import { auxiliarySense, clauseWords, contextSense, hasPattern, REFLEXIVE } from './sense-choice.js'

export type Glosser = (
  text: string,
  analysis: Analysis,
) => { annotations: Annotation[]; entries: Record<string, Entry> }

/** How many entries an annotation keeps, best first. */
const MAX_ENTRIES = 3

/** Domains that make a term part of the political vocabulary. */
const POLITICAL_DOMAINS = new Set(['pol', 'law', 'mil', 'dipl', 'admin', 'econ', 'soc'])

export const isPolitical = (entry: Entry): boolean => entry.domains.some((d) => POLITICAL_DOMAINS.has(d))

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']
/** How advanced an entry's word is (its CEFR level), 6 when it has none. */
const levelRank = (entry: Entry | undefined) => {
  const at = LEVELS.indexOf(entry?.level ?? '')
  return at < 0 ? LEVELS.length : at
}

/** An entry of a curated pack for a noun form itself (Daten), not the general dictionary's. */
const isOwnNoun = (entry: Entry, form: string) =>
  entry.pos === 'NOUN' && entry.lemma === form && entry.source !== DING_SOURCE

/** A unit whose entries the glosser has made, with what they depend on besides its text. */
interface CachedUnit {
  kind: LexicalUnit['kind']
  lemma: string
  pos: string | undefined
  parts: string | undefined
  entries: Entry[]
}

export function createGlosser(dictionaries: Dictionary[]): Glosser {
  const phraseIndex = indexPhrases(dictionaries.flatMap((d) => d.phrases))
  // entries depend on lemma and surface alone: looked up once per pair
  // by lemma, then surface: no key string to build for each lookup
  const cache = new Map<string, Map<string, Entry[]>>()
  const cachedLookup = (lemma: string, surface: string): Entry[] => {
    let bySurface = cache.get(lemma)
    if (!bySurface) {
      if (cache.size > 50_000) cache.clear()
      bySurface = new Map()
      cache.set(lemma, bySurface)
    }
    let found = bySurface.get(surface)
    if (!found) {
      found = lookup(dictionaries, lemma, surface)
      bySurface.set(surface, found)
    }
    return found
  }
  const find = (key: string) => cachedLookup(key, key)
  /** A unit's entries: from the dictionaries, else made by rule or from its parts. */
  const entriesOf = (unit: LexicalUnit, token: Token | undefined, pos: string | undefined): Entry[] => {
    // a particle verb's finite token is a form of the base verb ("machte … klar"), no key for the whole
    const surface = unit.kind === 'separable-verb' ? unit.lemma : (token?.text ?? unit.lemma)
    const found = cachedLookup(unit.lemma, surface)
    let entries = byPartOfSpeech(found, pos, unit.lemma)
    // a participle that is a more basic adjective of its own comes along, for the clauses where
    // it is that adjective (see participleAsAdjective)
    if (pos === 'VERB' && unit.kind === 'word' && token && token.text !== unit.lemma) {
      const adjective = found.find((e) => e.pos === 'ADJ' && e.lemma === token.text && e.source !== DING_SOURCE)
      if (adjective && levelRank(adjective) < levelRank(entries[0])) entries = [...entries, adjective]
    }
    // an adjective a curated pack lists in its comparative form: weiteren is weiter (further,
    // additional), not weit (far)
    if (pos === 'ADJ' && token) {
      const base = token.text.toLowerCase().replace(/(?:e|en|em|er|es)$/, '')
      const own =
        base !== unit.lemma && base.length > 2
          ? cachedLookup(base, base).filter((e) => e.pos === 'ADJ' && e.lemma === base && e.source !== DING_SOURCE)
          : []
      if (own.length > 0) entries = [...own, ...entries]
    }
    // a particle verb is a verb: never the noun written alike (ist … los is no "Lossein")
    if (unit.kind === 'separable-verb') entries = entries.filter((e) => e.pos === 'VERB' || e.pos === 'AUX')
    // dictionaries list some adjectives with their ending: letzt- as "letzte", nächst- as "nächste"
    if (entries.length === 0 && pos === 'ADJ')
      entries = cachedLookup(`${unit.lemma}e`, `${unit.lemma}e`).filter((e) => e.pos === 'ADJ')
    // an adjective of a place, also where a dictionary has a noun written alike (der Hamburger Senat)
    const adjectiveMissing = pos === 'ADJ' && !entries.some((e) => e.pos === 'ADJ')
    if ((entries.length === 0 || adjectiveMissing) && token && unit.kind === 'word') {
      for (const place of placeCandidates(token.text)) {
        const composed = cachedLookup(place, place)
          .map((e) => placeAdjectiveEntry(token.text, e))
          .find(Boolean)
        if (composed) {
          entries = [composed, ...entries]
          break
        }
      }
    }
    if (entries.length === 0) {
      const byRule = () =>
        unit.kind === 'separable-verb' ? particleVerbEntry(unit.lemma, find) : derivedEntry(unit.lemma, pos, find)
      const byParts = () => (unit.parts ? composeEntry(dictionaries, unit.lemma, unit.parts, cachedLookup) : undefined)
      // numbers and adjectives read better by rule than by their parts (2000er-Jahren: the
      // 2000s; einreisend ← einreisen), nouns by their parts (Regierungsbildung)
      const made =
        numberEntry(unit.lemma) ?? (pos === 'ADJ' || pos === 'ADV' ? (byRule() ?? byParts()) : (byParts() ?? byRule()))
      if (made) entries = [made]
    }
    return entries
  }
  // a unit's entries, made once per distinct unit: most words recur, and entries made by rule
  // or from parts would otherwise be made again at each occurrence. Found by the token's text
  // (the segmenter's string, whose hash the other maps share), then by what else they depend on.
  const unitCache = new Map<string, CachedUnit[]>()
  const unitEntries = (unit: LexicalUnit, token: Token | undefined, pos: string | undefined): Entry[] => {
    const text = token?.text ?? ''
    const parts = unit.parts?.map((p) => `${p.text}\t${p.lemma}`).join('\t')
    let list = unitCache.get(text)
    if (!list) {
      if (unitCache.size > 50_000) unitCache.clear()
      list = []
      unitCache.set(text, list)
    }
    let hit = list.find((u) => u.kind === unit.kind && u.lemma === unit.lemma && u.pos === pos && u.parts === parts)
    if (!hit) {
      hit = { kind: unit.kind, lemma: unit.lemma, pos, parts, entries: entriesOf(unit, token, pos) }
      list.push(hit)
    }
    return hit.entries
  }
  return (_text, analysis) => {
    const used: Record<string, Entry> = {}
    const annotations: Annotation[] = []
    const annotate = (kind: Annotation['kind'], tokens: number[], lemma: string, found: Entry[]) => {
      // the best entries only: a reader looks at the first, a learner at most at two more
      const entries = found.length > MAX_ENTRIES ? found.slice(0, MAX_ENTRIES) : found
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
      const token = analysis.tokens[unit.tokens[0] as number]
      const pos = unit.kind === 'separable-verb' ? 'VERB' : token?.pos
      let entries = unitEntries(unit, token, pos)
      if (pos === 'VERB' && token && unit.kind === 'word') entries = participleAsAdjective(entries, analysis, unit)
      // plain words without an entry carry nothing beyond their token; compounds and particle verbs always do
      if (entries.length === 0 && unit.kind === 'word') continue
      const kind = unit.kind === 'word' && entries[0]?.pos === 'PROPN' ? 'entity' : unit.kind
      const annotation = annotate(
        kind,
        unit.tokens,
        unit.kind === 'word' ? (entries[0]?.lemma ?? unit.lemma) : unit.lemma,
        entries,
      )
      const first = entries[0]
      // a noun's sense whose note names a word of the sentence: Ziel as the target "of an
      // Angriff, Anschlag, … Terrorismus" where one of those stands ("das Ziel von Terrorismus");
      // curated packs only, whose notes are written so (the general dictionary's name genders)
      if (first && pos === 'NOUN' && first.senses.length > 1 && first.source !== DING_SOURCE) {
        const cued = cuedSense(first, analysis, unit.tokens[0] as number)
        if (cued !== undefined) annotation.sense = cued
      }
      // a pronoun after a comma, or after a comma and a preposition, opens a relative clause:
      // ", die eindeutig … verfügt" (who, which), ", mit dem er sprach"
      if (first && pos === 'PRON') {
        const relative = first.senses.findIndex((s) => s.note === RELATIVE_NOTE)
        if (relative > 0 && afterComma(analysis.tokens, unit.tokens[0] as number)) annotation.sense = relative
      }
      if (
        first &&
        (pos === 'VERB' || pos === 'AUX') &&
        first.senses.some((s) => s.note || hasPattern(first.lemma, s))
      ) {
        const from = unit.tokens[0] as number
        const to = unit.tokens[unit.tokens.length - 1] as number
        const sentence = sentenceAround(analysis, from)
        const sense =
          sentence &&
          (auxiliarySense(
            first.lemma,
            first.senses,
            analysis.tokens,
            from,
            clauseAround(analysis.tokens, from, to, sentence),
          ) ??
            contextSense(first.lemma, first.senses, clauseWords(analysis.tokens, from, to, sentence)))
        if (sense !== undefined) annotation.sense = sense
      }
      if (unit.parts)
        annotation.parts = unit.parts.map((p) => ({
          ...p,
          entries: cachedLookup(p.lemma, p.text).map((e) => {
            used[e.id] = e
            return e.id
          }),
        }))
    }
    analysis.tokens.forEach((token, i) => {
      if (token.kind !== 'ordinal') return
      const entry = ordinalEntry(token.text)
      if (entry) annotate('word', [i], entry.lemma, [entry])
    })
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
    // last, so that names found by phrases (Vereinigte Staaten) keep their dictionary entry
    for (const name of unknownNames(analysis, annotations))
      annotate('entity', name.tokens, name.entry.lemma, [name.entry])
    annotations.sort((a, b) => (a.tokens[0] as number) - (b.tokens[0] as number) || b.tokens.length - a.tokens.length)
    // entries in the order the text first uses them
    return { annotations, entries: used }
  }
}

/** Entries for a unit: by lemma first, then by its surface form, over all dictionaries in order. */
export function lookup(dictionaries: Dictionary[], lemma: string, surface: string): Entry[] {
  const found: Entry[] = []
  // by id: a pack may build a new object for each get (the Ding pack does); lists are short
  const add = (entry: Entry) => {
    for (const e of found) if (e.id === entry.id) return
    found.push(entry)
  }
  // an entry whose lemma is the key itself comes before one that merely has it as a form:
  // "Sicherheitskräfte" (plural only) before Sicherheitskraft
  const addAll = (key: string, entries: Entry[] | undefined) => {
    if (!entries) return
    for (const entry of entries) if (entry.lemma === key) add(entry)
    for (const entry of entries) add(entry)
  }
  const lemmaKeys = keyVariants(lemma)
  const surfaceKeys = surface !== lemma ? keyVariants(surface) : []
  const byLemma = dictionaries.map((d) => lemmaKeys.map((key) => d.words.get(key)))
  // the surface form is asked too, for words the analyser gets wrong; but when the lemma has
  // entries, the general dictionary's entries for the bare form are other words that look
  // alike (Tage, lemma Tag: "die Tage" = menstrual cycle)
  const lemmaKnown = byLemma.some((lists) => lists.some((entries) => entries !== undefined && entries.length > 0))
  dictionaries.forEach((dictionary, k) => {
    lemmaKeys.forEach((key, j) => {
      addAll(key, byLemma[k]?.[j])
    })
    if (lemmaKnown && dictionary.source === DING_SOURCE) return
    for (const key of surfaceKeys) addAll(key, dictionary.words.get(key))
  })
  // a noun form a curated pack lists as a word of its own comes first: Daten (data) before its
  // lemma Datum (date), also as the head of a compound (Positionsdaten)
  const own = surface === lemma ? -1 : found.findIndex((e) => isOwnNoun(e, surface))
  return own > 0 ? [found[own] as Entry, ...found.slice(0, own), ...found.slice(own + 1)] : found
}

/**
 * A compound found in no dictionary gets an entry composed from its parts, marked as
 * composed: "Truppenentsendung: Truppe troop + Entsendung dispatch". Gender and plural come
 * from the head, as in German.
 */
export function composeEntry(
  dictionaries: Dictionary[],
  lemma: string,
  parts: { text: string; lemma: string }[],
  find: (lemma: string, surface: string) => Entry[] = (l, s) => lookup(dictionaries, l, s),
): Entry | undefined {
  // the longest tail the dictionaries know is the head: US-|Außenminister, not US-|Außen|minister
  let head: Entry | undefined
  let headAt = parts.length - 1
  for (let k = 0; k < parts.length && !head; k++) {
    const tail = parts.slice(k)
    const text = capitalise(tail.map((p) => p.text).join(''))
    head = find(joinedLemma(tail), text)[0]
    if (head) headAt = k
  }
  if (!head) return undefined
  // the whole compound is in a dictionary under its joined spelling (Antiterror-Einsatz: Antiterroreinsatz)
  if (headAt === 0) return head
  const modifiers = parts.slice(0, headAt).map((p) => {
    const prefix = NOUN_PREFIXES[p.text.replace(/-$/, '').toLowerCase()]
    if (prefix) return `${p.text.replace(/-$/, '')}- ${prefix}`
    const e = find(p.lemma, p.text)[0]
    return e ? partGloss(p.lemma, e) : p.text.replace(/-$/, '')
  })
  const gloss = [...modifiers, partGloss(head.lemma, head)].join(' + ')
  const entry: Entry = {
    id: `composed:${lemma}`,
    lemma,
    pos: head.pos,
    senses: [{ glosses: [gloss] }],
    domains: head.domains,
    source: 'composed',
    composed: true,
  }
  if (head.gender) entry.gender = head.gender
  // the plural of the compound is its modifiers plus the head's plural
  const modifierText = lemma.slice(0, lemma.length - head.lemma.length)
  if (head.plural && lemma.toLowerCase().endsWith(head.lemma.toLowerCase()))
    entry.plural =
      modifierText + (modifierText === '' || modifierText.endsWith('-') ? head.plural : head.plural.toLowerCase())
  if (head.level) entry.level = head.level
  return entry
}

const HABEN = new Set(
  'habe hast hat haben habt hatte hattest hatten hattet hätte hättest hätten hättet gehabt'.split(' '),
)

/**
 * A participle that is also a more basic adjective (its entry follows the verb's, see
 * entriesOf) is that adjective where no haben and no reflexive pronoun make it the verb's
 * form: "wurde am Montag bekannt" is known, "hat sich zu dem Anschlag bekannt" professed.
 */
function participleAsAdjective(entries: Entry[], analysis: Analysis, unit: LexicalUnit): Entry[] {
  const at = unit.tokens[0] as number
  const text = analysis.tokens[at]?.text
  const adjective = entries.findIndex((e, k) => k > 0 && e.pos === 'ADJ' && e.lemma === text)
  const sentence = adjective > 0 ? sentenceAround(analysis, at) : undefined
  if (!sentence) return entries
  for (const word of clauseWords(analysis.tokens, at, at, sentence))
    if (HABEN.has(word) || REFLEXIVE.has(word)) return entries
  return [entries[adjective] as Entry, ...entries.slice(0, adjective), ...entries.slice(adjective + 1)]
}

/**
 * The later sense of a noun whose note names, as a capitalised word, the lemma of a word of the
 * token's sentence; undefined when none does.
 */
function cuedSense(entry: Entry, analysis: Analysis, at: number): number | undefined {
  let lemmas: Set<string> | undefined
  for (let k = 1; k < entry.senses.length; k++) {
    const note = entry.senses[k]?.note
    if (!note) continue
    if (!lemmas) {
      const sentence = sentenceAround(analysis, at)
      if (!sentence) return undefined
      lemmas = new Set()
      for (let i = sentence[0]; i < sentence[1]; i++) {
        const lemma = analysis.tokens[i]?.lemma
        if (lemma && i !== at) lemmas.add(lemma)
      }
    }
    for (const word of note.match(/\p{Lu}\p{Ll}{3,}/gu) ?? []) if (lemmas.has(word)) return k
  }
  return undefined
}

/** The note of a pronoun's relative sense (der, die, das: who, which, that). */
const RELATIVE_NOTE = 'relative pronoun'

/** A part of a composed gloss: the German word and its gloss, once where they are the same (national, Internet). */
function partGloss(lemma: string, entry: Entry): string {
  const gloss = entry.senses[0]?.glosses[0] ?? ''
  return gloss.toLowerCase() === lemma.toLowerCase() || gloss === '' ? lemma : `${lemma} ${gloss}`
}

/** The token range [from, to) of the sentence holding token i. */
function sentenceAround(analysis: Analysis, i: number): [number, number] | undefined {
  return analysis.sentences.find((s) => s.tokens[0] <= i && i < s.tokens[1])?.tokens
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The lemma of compound parts read as one word: Außen + minister(Minister) → Außenminister. */
function joinedLemma(parts: { text: string; lemma: string }[]): string {
  const last = parts[parts.length - 1] as { text: string; lemma: string }
  if (parts.length === 1) return last.lemma
  const modifiers = parts
    .slice(0, -1)
    .map((p) => p.text)
    .join('')
  return capitalise(modifiers) + last.lemma.toLowerCase()
}

// Closed-class words are glossed only by a curated entry of the same part of speech (the
// politics pack's "laut", "angesichts", a teacher's own), never from the general dictionary:
// every learner knows "der" and "und", and a gloss on each would bury the ones that matter.
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT', 'SYM', 'X'])
// German uses one word as adjective and adverb (landesweit), as noun and name (Bundestag),
// as full and auxiliary verb: within such a class the dictionaries' order decides
const WORD_CLASS: Record<string, string> = {
  ADJ: 'ADJ',
  ADV: 'ADJ',
  NOUN: 'NOUN',
  PROPN: 'NOUN',
  VERB: 'VERB',
  AUX: 'VERB',
}

/** Entries of the token's word class (in dictionary order: the politics pack's before Ding's); the others only when none is of its class. */
export function byPartOfSpeech(entries: Entry[], pos: string | undefined, lemma?: string): Entry[] {
  if (!pos) return entries
  if (FUNCTION_POS.has(pos)) return entries.filter((e) => e.pos === pos && e.source !== DING_SOURCE)
  const cls = WORD_CLASS[pos] ?? pos
  // a participle used as an adjective fits its verb: "gekappte Leitungen" is kappen's
  const participle = (e: Entry) => cls === 'ADJ' && e.verb?.participle !== undefined && e.verb.participle === lemma
  const rank = (e: Entry) => ((WORD_CLASS[e.pos] ?? e.pos) === cls || participle(e) ? 0 : 1)
  // within one dictionary, the token's own part of speech first: natürlich as an adverb is
  // "of course" before the adjective's "natural"
  const sources: string[] = []
  for (const e of entries) if (!sources.includes(e.source)) sources.push(e.source)
  const order = (e: Entry) => rank(e) * 4 * sources.length + sources.indexOf(e.source) * 2 + (e.pos === pos ? 0 : 1)
  // entries of another word class only when none fits: "wandte" shows wenden, not die Wende;
  // and never a closed-class entry of the general dictionary (a capitalised "Bei" is no name)
  const fitting = entries.filter((e) => rank(e) === 0)
  const others = entries.filter((e) => !(FUNCTION_POS.has(e.pos) && e.pos !== 'NUM' && e.source === DING_SOURCE))
  return (fitting.length > 0 ? fitting : others).sort((a, b) => order(a) - order(b))
}

export const NAME_SOURCE = 'name'

/** Words that join the parts of a name in other languages: Voice of America, Rodrigo de la Serna, Bandar bin Sultan. */
const NAME_CONNECTORS = new Set(
  'of for the and on in at to de del della da do dos das du la le les van von der den ter al el bin ibn abu y e'.split(
    ' ',
  ),
)

/**
 * Names that no dictionary knows (most people and many places in the news) still need telling
 * apart from words to learn: a run of consecutive unknown names (Mitt Romney, Hong Kong)
 * becomes one entity with an entry that says so, marked as composed. A run also takes the
 * connectors of foreign names between two of its words (National Association for the
 * Advancement of Colored People) and capitalised words without any entry next to a name
 * (Michel Wolter, where Michel is a German noun too; New York Times).
 */
function unknownNames(analysis: Analysis, annotations: Annotation[]): { tokens: number[]; entry: Entry }[] {
  const glossed = new Set<number>()
  for (const a of annotations) if (a.entries.length > 0) for (const i of a.tokens) glossed.add(i)
  const tokens = analysis.tokens
  const names: { tokens: number[]; entry: Entry }[] = []
  let run: number[] = []
  const flush = () => {
    // a run neither starts nor ends with a connector
    while (run.length > 0 && NAME_CONNECTORS.has(tokens[run[run.length - 1] as number]?.text ?? '')) run.pop()
    if (run.length === 0) return
    const lemma = run.map((i) => tokens[i]?.lemma ?? tokens[i]?.text).join(' ')
    names.push({
      tokens: run,
      entry: {
        id: `${NAME_SOURCE}:${lemma}`,
        lemma,
        pos: 'PROPN',
        senses: [{ glosses: ['name (not translated)'] }],
        domains: [],
        source: NAME_SOURCE,
        composed: true,
      },
    })
    run = []
  }
  const sentenceOf: number[] = []
  analysis.sentences.forEach((s, k) => {
    for (let i = s.tokens[0]; i < s.tokens[1]; i++) sentenceOf[i] = k
  })
  const proper = (i: number) => tokens[i]?.pos === 'PROPN' && tokens[i]?.kind === 'word'
  const sameSentence = (a: number, b: number) => sentenceOf[a] !== undefined && sentenceOf[a] === sentenceOf[b]
  // a word of a name: an unknown name, or a capitalised word without an entry beside a name
  const nameWord = (i: number): boolean => {
    const token = tokens[i]
    if (token?.kind !== 'word' || glossed.has(i)) return false
    if (token.pos === 'PROPN') return true
    if (token.pos !== 'NOUN' || !/^\p{Lu}/u.test(token.text)) return false
    const connector = (k: number) => NAME_CONNECTORS.has(tokens[k]?.text ?? '')
    const beside = (k: number) => proper(k) && sameSentence(Math.min(i, k), Math.max(i, k))
    // next to a name, or before a connector and a name: Association for the Advancement
    return (
      beside(i - 1) || beside(i + 1) || (connector(i + 1) && (beside(i + 2) || (connector(i + 2) && beside(i + 3))))
    )
  }
  // one or two connectors, then a word of a name: "for the Advancement"
  const connectsNames = (i: number): boolean => {
    for (let k = i; k < i + 2; k++) {
      if (glossed.has(k) || !NAME_CONNECTORS.has(tokens[k]?.text ?? '') || !sameSentence(i, k + 1)) return false
      if (nameWord(k + 1)) return true
    }
    return false
  }
  tokens.forEach((_, i) => {
    const previous = run[run.length - 1]
    if (previous !== undefined && (i !== previous + 1 || sentenceOf[previous] !== sentenceOf[i])) flush()
    if (nameWord(i)) run.push(i)
    else if (run.length > 0 && connectsNames(i)) run.push(i)
    else flush()
  })
  flush()
  return names
}
