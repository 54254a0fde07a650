/**
 * Stage 2: the lexicon-based analyser. Each word gets ranked candidates (lemma + UD part of
 * speech) from the closed-class table, the lexicon and the rules for what the lexicon lacks;
 * context picks the best (capitalisation inside the sentence, a preceding article or "zu",
 * an auxiliary). Then separated particle verbs are linked, compounds split, and Konjunktiv
 * forms and reported speech marked.
 */
import type { Candidate, Sentence, Token } from '../document.js'
import type { Segmentation } from '../segment/index.js'
import { afterComma, endsClause, SUBJECT_PRONOUNS as PRONOUNS } from './clause.js'
import { markFullVerbs } from './full-verbs.js'
import { AUXILIARIES, functionWords } from './function-words.js'
import { type Analyser, type Analysis, KIND_POS, type LexicalUnit } from './index.js'
import { type Lexicon, type LexiconAnalysis, TAG } from './lexicon.js'
import { markMood } from './mood.js'
import { adjectiveLemma } from './rules/adjective.js'
import { suffixAdjective } from './rules/adjective-suffix.js'
import {
  type CompoundAnalysis,
  compound,
  headOnlyParts,
  knownCompoundParts,
  type OtherWords,
} from './rules/compound.js'
import { nounLemma } from './rules/noun-inflection.js'
import { suffixNoun } from './rules/noun-suffix.js'
import { particleVerb } from './rules/particle-verb.js'
import { prefixVerb } from './rules/prefix-verb.js'
import { spellingVariants } from './rules/spelling.js'
import { linkSeparatedVerbs } from './separable.js'

interface Scored extends Candidate {
  score: number
  tags?: number
  parts?: { text: string; lemma: string }[]
  /** A name read as a genitive in -s (Kasachstans → Kasachstan). */
  genitive?: boolean
  /** A capitalised adjective read as part of a name (Europäischen Union). */
  inName?: boolean
  /** Gender of a noun read in its base form (nominative singular). */
  baseGender?: 'm' | 'f' | 'n'
  /** A nominalised infinitive (das Laufen, das Treffen), scored down as rarer than a plural. */
  infinitive?: boolean
  /** A name the dictionaries know, preferred to a form of another noun (Polen, not Pol). */
  knownName?: boolean
  /** An adjective of a place (Münchner): before a noun, not the people of the place. */
  placeAdjective?: boolean
  /** A noun the lexicon lacks, read from the dictionaries (Lasagne): a name in a name's place. */
  fromDictionary?: boolean
}

/** Days and months, which UD German tags as names (am Montag, im Juli). */
const CALENDAR = new Set(
  'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember'.split(
    ' ',
  ),
)

/** Conjunctions that are adverbs inside a clause. */
const CLAUSE_OPENING = new Set(['doch', 'aber', 'denn'])

/** Tokens after which a clause starts. */
const CLAUSE_STARTS = new Set([',', ';', ':', '–', '—', 'und', 'oder', 'aber'])

/** Determiners of a singular masculine or neuter noun only: no plural can follow them. */
const SINGULAR_NEUTER_DETERMINERS = new Set([
  ...'das dem des beim vom zum im ins am ein einem eines kein keinem keines'.split(' '),
  ...['dies', 'jed', 'jen', 'welch', 'manch', 'solch'].flatMap((stem) => [`${stem}es`, `${stem}em`]),
  ...['mein', 'dein', 'sein', 'ihr', 'unser', 'euer', 'eur'].flatMap((stem) => [stem, `${stem}em`, `${stem}es`]),
])

/** Genders a definite article can go with in the singular nominative-like base form of a noun. */
const ARTICLE_GENDERS: Record<string, string[]> = {
  der: ['m', 'f'],
  die: ['f'],
  das: ['n'],
  dem: ['m', 'n'],
  den: ['m'],
  des: ['m', 'n'],
}

type CompoundParts = CompoundAnalysis['parts']

const ARTICLE_LIKE = new Set(['DET', 'ADJ'])
// prepositions with the article fused in ("zur gleichen Zeit") are followed by a noun phrase too
const CONTRACTIONS = new Set([
  'im',
  'am',
  'zum',
  'zur',
  'vom',
  'beim',
  'ins',
  'ans',
  'aufs',
  'Im',
  'Am',
  'Zum',
  'Zur',
  'Vom',
  'Beim',
])
const VERB_FORMS =
  TAG.present | TAG.present3 | TAG.past | TAG.past3 | TAG.subjunctive1 | TAG.subjunctive2 | TAG.subjunctiveOther
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
const isCapitalised = (s: string) => /^\p{Lu}/u.test(s)

/** Entries kept per analyser before its caches start afresh (a bound on memory for long runs). */
const CACHE_LIMIT = 50_000

export interface AnalyserOptions {
  /**
   * Single-word names (countries, cities, institutions: Russland, Kreml) that the lexicon may
   * list as common nouns; a noun reading of one of them is tagged PROPN, as UD does.
   */
  names?: ReadonlySet<string>
  /**
   * The parts of speech dictionaries give a word: asked for the lower-case form of a
   * capitalised word at a sentence start that has no reading in lower case otherwise, since
   * the lexicon lists no adverbs (Ansonsten, Daraufhin).
   */
  wordClasses?: (word: string) => string[]
  /**
   * The lemmas of the nouns dictionaries list under a form (Läden → Laden, Lasagne): asked for
   * a capitalised form that the lexicon and the compound rules read as no noun, which would
   * otherwise be taken for a name.
   */
  nouns?: (form: string) => string[]
}

/**
 * A noun reading of the form itself in the lexicon (fromLexicon) or of a compound whose head it
 * lists (Sicherheitskräfte ← Sicherheitskraft), not one made by rule from an ending or a suffix
 * alone (nounLemma, suffixNoun: scores up to 27).
 */
const isLexiconNoun = (c: Scored) =>
  c.pos === 'NOUN' && (c.score > 27 || c.infinitive === true || c.parts !== undefined)

/** The shortest part of a compound taken from the dictionaries, which list many short words (Au, Öl). */
const MIN_DICTIONARY_WORD = 5
/** The shortest compound read with a part from the dictionaries: shorter capitalised words are mostly names. */
const MIN_DICTIONARY_COMPOUND = 9

/** Parts of speech a sentence-initial word may take from the dictionaries (open classes the lexicon lacks). */
const DICTIONARY_CLASSES = new Set(['ADV', 'INTJ'])

export function createAnalyser(lexicon: Lexicon, options: AnalyserOptions = {}): Analyser {
  const names = options.names ?? new Set<string>()
  const wordClasses = options.wordClasses
  // the dictionaries' nouns of a form, asked once per form: compound heads recur
  const nounCache = new Map<string, string[]>()
  const dictionaryNouns =
    options.nouns &&
    ((form: string): string[] => {
      let lemmas = nounCache.get(form)
      if (!lemmas) {
        if (nounCache.size > CACHE_LIMIT) nounCache.clear()
        lemmas = (options.nouns as (form: string) => string[])(form)
        nounCache.set(form, lemmas)
      }
      return lemmas
    })
  /** A noun of the dictionaries in `text`, with an ending or a linking element after it. */
  const dictionaryNoun = (text: string) => {
    if (!dictionaryNouns || text.length < MIN_DICTIONARY_WORD) return undefined
    // the longer ending first: Reiches is Reich's, not a form of die Reiche
    for (const ending of ['', 'es', 's', 'en', 'n']) {
      if (!text.endsWith(ending)) continue
      const lemma = dictionaryNouns(text.slice(0, text.length - ending.length))[0]
      if (lemma) return { lemma }
    }
    return undefined
  }
  /** Compound heads (Kraftstoffen ← Kraftstoff) and modifiers (Amazonas|becken) from the dictionaries. */
  const dictionaryWords: OtherWords = {
    head: dictionaryNoun,
    modifier: (text) => dictionaryNoun(text.charAt(0).toUpperCase() + text.slice(1)) !== undefined,
  }
  // candidates depend on the form alone (context only re-ranks them), so they are computed once per form
  const candidateCache = new Map<string, Scored[]>()
  const partsCache = new Map<string, CompoundParts | undefined>()
  /** The candidates of a form, shared by every occurrence: rank scores copies of them. */
  const cachedCandidates = (form: string, sentenceInitial: boolean): readonly Scored[] => {
    const key = sentenceInitial ? `^${form}` : form
    let list = candidateCache.get(key)
    if (!list) {
      if (candidateCache.size > CACHE_LIMIT) candidateCache.clear()
      list = candidates(form, sentenceInitial, lexicon)
      // a noun the lexicon lacks (Lasagne, Lebensgefährte, the plural Läden) is no name, and
      // its lemma is the dictionary's rather than a guess by rule (Läden is no plural of Lade)
      if (dictionaryNouns && isCapitalised(form) && !names.has(form) && !list.some(isLexiconNoun)) {
        for (const lemma of new Set(dictionaryNouns(form)))
          if (!list.some((c) => c.pos === 'NOUN' && c.lemma === lemma))
            // the dictionary's reading of an inflected form beats a guess by ending (Läden: Laden,
            // not Lade); its entry for the form itself beats only a name (Gesetzmäßigkeiten is
            // Gesetzmäßigkeit by its suffix)
            list.push({ lemma, pos: 'NOUN', score: lemma === form ? 23 : 28, fromDictionary: true })
        // a compound whose head or modifier only the dictionaries know: Bio|kraftstoffen ←
        // Kraftstoff, Antillen|insel
        const c =
          form.length >= MIN_DICTIONARY_COMPOUND &&
          !list.some((c) => c.pos === 'NOUN') &&
          compound(form, lexicon, dictionaryWords)
        // one whose head is a name is a name: Süd|thailand, Nord|jemen
        const name = c && names.has(c.parts[c.parts.length - 1]?.lemma ?? '')
        if (c) list.push({ lemma: c.lemma, pos: name ? 'PROPN' : 'NOUN', score: 25, parts: c.parts })
      }
      if (names.size > 0 && isCapitalised(form)) knownName(list, form, names)
      if (sentenceInitial && wordClasses && isCapitalised(form) && !list.some((c) => !isCapitalised(c.lemma))) {
        const lower = lowerFirst(form)
        for (const pos of new Set(wordClasses(lower)))
          if (DICTIONARY_CLASSES.has(pos)) list.push({ lemma: lower, pos, score: 29 })
      }
      candidateCache.set(key, list)
    }
    return list
  }
  const cachedParts = (form: string): CompoundParts | undefined => {
    if (partsCache.has(form)) return partsCache.get(form)
    if (partsCache.size > CACHE_LIMIT) partsCache.clear()
    const parts = knownCompoundParts(form, lexicon)
    partsCache.set(form, parts)
    return parts
  }
  return (_text: string, segmentation: Segmentation): Analysis => {
    const tokens: Token[] = segmentation.tokens.map((t) => ({ start: t.start, end: t.end, text: t.text, kind: t.kind }))
    const units: LexicalUnit[] = []
    const finiteTags: (number | undefined)[] = new Array(tokens.length)
    const compounds = new Set<number>()
    // the parts of each compound found by the lexicon, by token: a truncated word later in the
    // sentence completes with the head of the next one
    const partsAt = new Map<number, { text: string; lemma: string }[]>()
    /** tokens read as nouns from the dictionaries */
    const fromDictionary = new Set<number>()
    const sentences: Sentence[] = []
    // words this text uses as the last part of a name (Dominic Raab): later alone, still a name
    const textNames = new Set<string>()
    for (const sentence of segmentation.sentences) {
      const [from, to] = sentence.tokens
      let first = true
      let auxiliarySeen = false
      // an auxiliary in the clause so far: a comma or colon starts another clause
      let auxiliaryInClause = false
      for (let i = from; i < to; i++) {
        const token = tokens[i] as Token
        const fixed = KIND_POS[token.kind]
        if (fixed) {
          token.pos = fixed
          if (/^[,;:]$/.test(token.text)) auxiliaryInClause = false
          if (token.kind === 'ordinal') token.lemma = token.text
          // an opening quote or dash keeps the next word sentence-initial; after a colon a new one may start
          // after a colon, and after the dash of a dateline ("Bischkek (lh) – Bei …"), a new one may start
          if (token.kind === 'punctuation' && /^[:–—]$/.test(token.text)) first = true
          else if (!(token.kind === 'punctuation' && /^(?:[„"»‚(-]|``)$/.test(token.text))) first = false
          continue
        }
        if (token.kind === 'abbreviation') {
          token.lemma = token.text
          token.pos = 'X'
          first = false
          continue
        }
        const { list: ranked, scores } = rank(
          cachedCandidates(token.text, first),
          tokens,
          i,
          from,
          first,
          lexicon,
          auxiliarySeen,
        )
        first = false
        let best = ranked[0] as Scored
        if (best.fromDictionary && textNames.has(token.text))
          best = ranked.find((c) => c.pos === 'PROPN' && c.lemma === token.text) ?? best
        token.lemma = best.lemma
        token.pos = best.pos === 'NOUN' && (names.has(best.lemma) || CALENDAR.has(best.lemma)) ? 'PROPN' : best.pos
        if (best.fromDictionary) fromDictionary.add(i)
        if (token.pos === 'PROPN' && tokens[i - 1]?.pos === 'PROPN' && !CALENDAR.has(tokens[i - 1]?.text ?? ''))
          textNames.add(token.text)
        if (best.pos === 'AUX') {
          auxiliarySeen = true
          auxiliaryInClause = true
        }
        const distinct = dedupe(ranked, scores)
        if (distinct.length > 1) token.candidates = distinct.map(({ lemma, pos }) => ({ lemma, pos }))
        if ((best.pos === 'VERB' || best.pos === 'AUX') && best.tags !== undefined) {
          finiteTags[i] = best.tags
          // a participle that is no finite form too, or one after an auxiliary ("werde … überprüft"),
          // and a zu-infinitive are told apart (UD VerbForm)
          const afterAuxiliary = auxiliaryInClause && best.pos === 'VERB'
          if (best.tags & TAG.participle && (!(best.tags & VERB_FORMS) || afterAuxiliary))
            token.morph = { ...token.morph, VerbForm: 'Part' }
          else if (best.tags & TAG.zuInfinitive) token.morph = { ...token.morph, VerbForm: 'Inf' }
        }
        const parts =
          best.parts ?? (best.pos === 'NOUN' && token.text.length >= 8 ? cachedParts(token.text) : undefined)
        if (parts) {
          units.push({ kind: 'compound', tokens: [i], lemma: best.lemma, parts })
          compounds.add(i)
          partsAt.set(i, parts)
        }
      }
      givenNames(tokens, from, to, fromDictionary, textNames)
      const separated = linkSeparatedVerbs(tokens, from, to, finiteTags, lexicon)
      const inSeparated = new Set<number>()
      for (const s of separated) {
        units.push({ kind: 'separable-verb', tokens: [s.verb, ...s.particles], lemma: s.lemma })
        inSeparated.add(s.verb)
        for (const p of s.particles) inSeparated.add(p)
      }
      for (let i = from; i < to; i++) {
        const token = tokens[i] as Token
        if (token.kind !== 'word' || inSeparated.has(i) || compounds.has(i)) continue
        const completed = completeTruncated(tokens, i, to, partsAt, lexicon)
        if (completed) {
          token.lemma = completed.lemma
          token.pos = completed.pos
          if (completed.parts.length > 0)
            units.push({ kind: 'compound', tokens: [i], lemma: completed.lemma, parts: completed.parts })
          else units.push({ kind: 'word', tokens: [i], lemma: completed.lemma })
          continue
        }
        units.push({ kind: 'word', tokens: [i], lemma: token.lemma ?? token.text })
      }
      markFullVerbs(tokens, from, to, lexicon)
      sentences.push(markMood(sentence, tokens, finiteTags))
    }
    units.sort((a, b) => (a.tokens[0] as number) - (b.tokens[0] as number))
    return { tokens, sentences, units }
  }
}

const TRUNCATED_PARTICLES =
  'zurück hinaus heraus herein hinein durch gegen hinter neben unter wider über nach auf aus ein mit vor ab an zu um be ent er ver zer'
    .split(' ')
    .sort((a, b) => b.length - a.length)
const TRUNCATION_PREFIXES =
  'Gegen Hinter Inter Unter Wider Über Anti Miss Nach Rück Multi Super Aus Auf Ein Mit Pro Vor Ab An Ex Im Un Ur Zu'.split(
    ' ',
  )
const COORDINATION = new Set(['und', 'oder', 'sowie', 'bzw.', 'beziehungsweise', 'bis', 'als auch', ',', '/'])

/**
 * A word cut short before a conjunction takes the rest of the compound that completes the
 * coordination: "Integrations- und Sprachkurse" → Integrationskurs, "Bundes- oder
 * Landesregierung" → Bundesregierung, "Kinder-, Jugend- und Familienhilfe" → Kinderhilfe.
 */
function completeTruncated(
  tokens: Token[],
  i: number,
  to: number,
  partsAt: Map<number, { text: string; lemma: string }[]>,
  lexicon: Lexicon,
): { lemma: string; pos: string; parts: { text: string; lemma: string }[] } | undefined {
  const text = (tokens[i] as Token).text
  if (!/^\p{L}[\p{L}-]*\p{L}-$/u.test(text)) return undefined
  for (let j = i + 1; j < Math.min(to, i + 10); j++) {
    const t = tokens[j] as Token
    if (COORDINATION.has(t.text) || (t.kind === 'word' && t.text.endsWith('-'))) continue
    if (t.kind !== 'word' || (j === i + 1 && !COORDINATION.has(tokens[i + 1]?.text ?? ''))) return undefined
    const stem = text.slice(0, -1)
    // a particle in lower case takes the place of the completing word's: ein- und ausreisende
    if (!/^\p{Lu}/u.test(stem)) {
      const lemma = t.lemma ?? t.text
      const particle = TRUNCATED_PARTICLES.find((p) => lemma.startsWith(p) && lemma.length > p.length + 3)
      if (!particle) return undefined
      const rest = lemma.slice(particle.length)
      return {
        lemma: stem + rest,
        pos: t.pos ?? 'ADJ',
        parts: [
          { text: `${stem}-`, lemma: stem },
          { text: rest, lemma: rest },
        ],
      }
    }
    // the head: the last part of the completing compound; a word that is no compound shares
    // what follows its prefix (Vor- und Nachteile: Vorteil, Im- und Export: Import); else
    // the cut word stands for itself (Macht- und Hilflosigkeit: Macht)
    let head = partsAt.get(j)?.at(-1)
    if (!head) {
      const lemma = t.lemma ?? t.text
      const prefix = TRUNCATION_PREFIXES.find((p) => lemma.startsWith(p) && lemma.length >= p.length + 3)
      if (!prefix) {
        // the cut word alone, when it is a noun of its own (Macht-, not Wohn-)
        const noun = [stem, stem.replace(/e?s$/, '')].find((n) => lexicon.hasNoun(n))
        return noun ? { lemma: noun, pos: 'NOUN', parts: [] } : undefined
      }
      const rest = lemma.slice(prefix.length)
      head = { text: rest, lemma: rest }
    }
    const headLemma = head.lemma.charAt(0).toLowerCase() + head.lemma.slice(1)
    return {
      lemma: stem + headLemma,
      pos: t.pos === 'PROPN' ? 'NOUN' : (t.pos ?? 'NOUN'),
      parts: [
        { text: `${stem}-`, lemma: stem },
        { text: head.text, lemma: head.lemma },
      ],
    }
  }
  return undefined
}

const NAME_PARTICLE =
  /^(?:al|el|ad|ar|as|asch|at|az|bin|ibn|abu|ben|bint|van|von|de|da|di|del|dos|du|la|le|ul)-\p{Lu}\p{Ll}/u

function candidates(form: string, sentenceInitial: boolean, lexicon: Lexicon): Scored[] {
  const out: Scored[] = []
  const forms = [form, ...spellingVariants(form)]
  if (sentenceInitial || form === form.toUpperCase())
    forms.push(lowerFirst(form), ...spellingVariants(lowerFirst(form)))
  if (form.length > 1 && form === form.toUpperCase())
    forms.push(upperFirst(form.slice(0, 1) + form.slice(1).toLowerCase()))
  for (const f of forms) {
    const exact = f === form
    for (const w of functionWords(f)) out.push({ lemma: w.lemma, pos: w.pos, score: exact ? 50 : 45 })
    for (const a of lexicon.lookup(f)) out.push(fromLexicon(a, f, exact, lexicon))
  }
  const lower = lowerFirst(form)
  if (!isCapitalised(form) || sentenceInitial) {
    for (const variant of [lower, ...spellingVariants(lower)]) {
      const adj = adjectiveLemma(variant, lexicon)
      if (adj) out.push({ lemma: adj.lemma, pos: 'ADJ', score: variant === lower ? 30 : 29 })
    }
    const suffixed = suffixAdjective(lower)
    if (suffixed) out.push({ lemma: suffixed, pos: 'ADJ', score: 22 })
    // an inflected present participle of a known verb is an adjective: fehlenden → fehlend
    // (not the particle verb fehl|enden)
    const participle = /^(\p{Ll}+[elr]?n)d(?:e|en|em|er|es)$/u.exec(lower)
    if (participle && lexicon.hasVerb(participle[1] as string))
      out.push({ lemma: `${participle[1]}d`, pos: 'ADJ', score: 31 })
    const pv = particleVerb(lower, lexicon)
    if (pv) out.push({ lemma: pv.lemma, pos: AUXILIARIES.has(pv.lemma) ? 'AUX' : 'VERB', score: 28, tags: pv.tags })
    // below a particle verb and an adjective: "bereit" is no form of bereiten
    const prefixed = prefixVerb(lower, lexicon)
    if (prefixed) out.push({ lemma: prefixed.lemma, pos: 'VERB', score: 26, tags: prefixed.tags })
  }
  // a name with an Arabic, Dutch, Romance or German particle: al-Maliki, el-Arab, van-Gogh
  if (NAME_PARTICLE.test(form)) out.push({ lemma: form, pos: 'PROPN', score: 30 })
  // a hyphenated word that ends in a noun is a compound whatever it starts with: 2000er-Jahren
  if (!isCapitalised(form) && /-\p{Lu}/u.test(form)) {
    const c = compound(form, lexicon)
    if (c) out.push({ lemma: c.lemma, pos: 'NOUN', score: 25, parts: c.parts })
  }
  if (isCapitalised(form)) {
    const noun = nounLemma(form, lexicon)
    if (noun) out.push({ lemma: noun.lemma, pos: 'NOUN', score: 27 })
    const nominal = adjectiveLemma(lower, lexicon)
    if (nominal) {
      out.push({ lemma: nominalised(nominal.lemma), pos: 'NOUN', score: 26 })
      // a capitalised adjective inside a name: "der Europäischen Union"
      if (lower !== nominal.lemma) out.push({ lemma: nominal.lemma, pos: 'ADJ', score: 20, inName: true })
    }
    const c = compound(form, lexicon)
    if (c) out.push({ lemma: c.lemma, pos: 'NOUN', score: 25, parts: c.parts })
    const bySuffix = !c && suffixNoun(form)
    if (bySuffix) {
      const parts = headOnlyParts(form, lexicon)
      out.push(
        parts
          ? { lemma: bySuffix.lemma, pos: 'NOUN', score: 24, parts }
          : { lemma: bySuffix.lemma, pos: 'NOUN', score: 24 },
      )
    }
    out.push({ lemma: form, pos: 'PROPN', score: 5 })
    if (form.length > 4 && /[^sxzß]s$/.test(form))
      out.push({ lemma: form.slice(0, -1), pos: 'PROPN', score: 4, genitive: true })
  } else out.push({ lemma: form, pos: 'ADV', score: 1 }, { lemma: form, pos: 'ADJ', score: 0 })
  return out
}

/** Whether a capitalised word (a noun) comes from tokens[from] on before a finite verb or the clause's end. */
function nounAhead(tokens: Token[], from: number, lexicon: Lexicon): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (endsClause(t)) return false
    if (t.kind !== 'word') continue
    if (isCapitalised(t.text)) return true
    // a finite verb that is no adjective or adverb too ("lange" is one)
    if (isFiniteVerb(t, lexicon) && !adjectiveLemma(t.text, lexicon) && functionWords(t.text).length === 0) return false
  }
  return false
}

/** Whether a token is a lower-case word the lexicon lists as a finite verb form. */
const isFiniteVerb = (t: Token | undefined, lexicon: Lexicon): boolean =>
  t?.kind === 'word' &&
  !isCapitalised(t.text) &&
  lexicon.lookup(t.text).some((a) => a.pos === 'VERB' && (a.tags & VERB_FORMS) !== 0)

/**
 * Whether the clause that starts after tokens[at] ends in a finite verb, as a relative clause
 * does (", die dort verursacht wird"), not in a zu-infinitive, and has no finite verb right
 * after a first noun, as a main clause would (", die Regierung hat … beschlossen").
 */
function endsWithFiniteVerb(tokens: Token[], at: number, lexicon: Lexicon): boolean {
  let end = at + 1
  while (end < tokens.length && !endsClause(tokens[end] as Token)) end++
  let last = end - 1
  while (last > at && tokens[last]?.kind === 'punctuation') last--
  // a zu-infinitive ends an infinitive clause: ", die Bilanz zu verbessern"
  if (last <= at + 1 || !isFiniteVerb(tokens[last], lexicon) || tokens[last - 1]?.text === 'zu') return false
  // the first word and the one after it, past quotation marks: ", die „Friedenstruppen“ würden …"
  const word = (from: number) => {
    let k = from
    while (k < last && tokens[k]?.kind === 'punctuation') k++
    return k
  }
  const first = word(at + 1)
  const second = word(first + 1)
  return !(second < last && isCapitalised(tokens[first]?.text ?? '') && isFiniteVerb(tokens[second], lexicon))
}

/** Words after which a capitalised word is inside a noun phrase, not the start of a name. */
const INSIDE_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'PRON'])

/**
 * A word read as a noun from the dictionaries, directly before a name no dictionary knows,
 * is a given name: "Penny Mordaunt", "Sibylle Laurisch" (not after an article or adjective:
 * "die Lasagne Bolognese"). The name's last word is then a name of this text.
 */
function givenNames(tokens: Token[], from: number, to: number, nouns: Set<number>, textNames: Set<string>): void {
  for (let i = from; i + 1 < to; i++) {
    const token = tokens[i] as Token
    const next = tokens[i + 1] as Token
    if (!nouns.has(i) || token.pos !== 'NOUN' || next.pos !== 'PROPN' || next.lemma !== next.text) continue
    if (INSIDE_NOUN_PHRASE.has(tokens[i - 1]?.pos ?? '')) continue
    token.pos = 'PROPN'
    token.lemma = token.text
    textNames.add(next.text)
  }
}

/**
 * What the dictionaries' names tell about a capitalised form: a name they know beats a form of
 * another noun that looks like it (Polen is no plural of Pol, Hessen none of Hesse), its
 * genitive beats an unknown name (Israels ← Israel), a noun whose lemma the name is stays a
 * noun (das Essen), and a form in -er of a known place may be its adjective (Münchner).
 */
function knownName(list: Scored[], form: string, names: ReadonlySet<string>): void {
  const nounOfItsOwn = list.some((c) => c.pos === 'NOUN' && c.lemma === form)
  // an adjective used as a name (die Grünen, die Linke) is no adjective inside another name
  const nominalName = list.some((c) => c.pos === 'NOUN' && names.has(c.lemma))
  // an adjective of a place the dictionaries know: Aachener ← Aachen, Bremer ← Bremen, Münchner ← München
  const base = form.endsWith('er') ? form.slice(0, -2) : ''
  const places = [base, `${base}en`, `${base.replace(/n$/, '')}en`]
  if (base.length >= 3 && places.some((place) => names.has(place)))
    list.push({ lemma: form, pos: 'ADJ', score: 30, placeAdjective: true })
  for (const c of list) {
    if (c.inName && nominalName) c.inName = false
    if (c.pos === 'NOUN' && c.infinitive && c.lemma === form && names.has(form)) {
      // a country in -en is no nominalised infinitive (Polen, Schweden): a lemma of its own
      c.infinitive = false
      c.score = 43
    }
    if (c.pos !== 'PROPN') continue
    if (c.lemma === form && names.has(form) && !nounOfItsOwn) {
      c.score = 41
      c.knownName = true
    } else if (c.genitive && names.has(c.lemma) && !names.has(form)) c.score = 41
  }
}

/** A nominalised adjective's lemma: die Verletzte → Verletzte, der Abgeordnete → Abgeordnete. */
function nominalised(adjective: string): string {
  return upperFirst(adjective.endsWith('e') ? adjective : `${adjective}e`)
}

function fromLexicon(a: LexiconAnalysis, form: string, exact: boolean, lexicon: Lexicon): Scored {
  const pos = a.pos === 'VERB' && AUXILIARIES.has(a.lemma) ? 'AUX' : a.pos
  let score = exact ? 40 : 35
  // a noun analysis needs a capital letter; a verb or adjective form is written in lower case
  if (pos === 'NOUN' && !isCapitalised(form)) score -= 30
  if (pos !== 'NOUN' && isCapitalised(form)) score -= 20
  // a nominalised infinitive (das Stunden, das Tagen) is rarer than the plural it looks like
  const infinitive =
    pos === 'NOUN' &&
    a.tags & TAG.lemma &&
    a.gender === 'n' &&
    /en$/.test(a.lemma) &&
    lexicon.hasVerb(lowerFirst(a.lemma))
  if (pos === 'NOUN' && a.tags & TAG.lemma) {
    if (infinitive) score -= 15
    // otherwise a form that is a lemma itself is that noun (der Laden, not die Laden of Lade)
    else score += 3
  }
  // a present participle is used as an adjective: einladend, entsprechend
  if (a.pos === 'VERB' && a.tags & TAG.presentParticiple && !(a.tags & ~TAG.presentParticiple))
    return { lemma: form, pos: 'ADJ', score }
  const scored: Scored = { lemma: a.lemma, pos, score, tags: a.pos === 'VERB' ? a.tags : undefined }
  if (pos === 'NOUN' && a.tags & TAG.lemma && a.gender) scored.baseGender = a.gender
  if (infinitive) scored.infinitive = true
  return scored
}

/** Whether a form's analyses are all verb forms, and there is one. */
const onlyVerbForms = (analyses: LexiconAnalysis[]): boolean =>
  analyses.length > 0 && analyses.every((a) => a.pos === 'VERB')

/** Candidates best first, with their scores in context (none for a lone candidate: its own). */
interface Ranked {
  list: readonly Scored[]
  scores?: readonly number[]
}

/** Context decides between candidates of different parts of speech. */
function rank(
  candidates: readonly Scored[],
  tokens: Token[],
  i: number,
  from: number,
  sentenceInitial: boolean,
  lexicon: Lexicon,
  auxiliaryBefore: boolean,
): Ranked {
  // one candidate needs no scores: it is the analysis
  if (candidates.length < 2) return { list: candidates }
  const token = tokens[i] as Token
  const prev = i > from ? tokens[i - 1] : undefined
  // the next word, past quotation marks around it: Eine ‚internationalisierte‘ Grenze
  let after = i + 1
  while (tokens[after]?.kind === 'punctuation' && /^(?:[„“"»«‚‘’']|``|'')$/.test(tokens[after]?.text ?? '')) after++
  const next = tokens[after]
  const capitalised = isCapitalised(token.text)
  const nextIsCapitalised = next?.kind === 'word' && isCapitalised(next.text)
  // asked only by the rules that need them: most tokens never do
  let nounNext: boolean | undefined
  const nextIsNoun = () =>
    (nounNext ??= nextIsCapitalised && lexicon.lookup((next as Token).text).some((a) => a.pos === 'NOUN'))
  const relativeSlot = afterComma(tokens, i)
  // whether the clause this word opens ends in its finite verb, asked by the rules for wie, als
  // and relative pronouns: computed once
  let verbFinal: boolean | undefined
  const clauseEndsInVerb = () => (verbFinal ??= endsWithFiniteVerb(tokens, i, lexicon))
  const comparison = () => (question() ? 'ADV' : clauseEndsInVerb() ? 'SCONJ' : 'CCONJ')
  let infinitiveNext: boolean | undefined
  const nextIsInfinitive = () =>
    (infinitiveNext ??=
      next?.kind === 'word' &&
      !isCapitalised(next.text) &&
      lexicon.lookup(next.text).some((a) => a.pos === 'VERB' && a.tags & TAG.lemma))
  let adverbNext: boolean | undefined
  const nextIsAdverb = () =>
    (adverbNext ??=
      next?.kind === 'word' &&
      !isCapitalised(next.text) &&
      functionWords(next.text).some((f) => f.pos === 'ADV' || f.pos === 'PART') &&
      !adjectiveLemma(next.text, lexicon))
  let finiteNext: boolean | undefined
  const nextIsFinite = () => (finiteNext ??= isFiniteVerb(next, lexicon))
  let adjectiveNext: boolean | undefined
  const nextIsAdjective = () =>
    (adjectiveNext ??=
      next?.kind === 'word' &&
      !isCapitalised(next.text) &&
      (adjectiveLemma(next.text, lexicon) !== undefined || functionWords(next.text).some((f) => f.pos === 'ADV')))
  let verbNext: boolean | undefined
  const nextIsVerbForm = () =>
    (verbNext ??=
      next?.kind === 'word' &&
      !isCapitalised(next.text) &&
      onlyVerbForms(lexicon.lookup(next.text)) &&
      // adjectives are listed by lemma: "das schnelle" is no form of schnellen
      !adjectiveLemma(next.text, lexicon))
  // a sentence that ends in "?" may open with its verb: "Tritt Schröder … an?"
  let asks: boolean | undefined
  const question = () =>
    (asks ??=
      sentenceInitial &&
      tokens.slice(i, i + 60).find((t) => t.kind === 'punctuation' && /^[.!?]/.test(t.text))?.text === '?')
  const afterArticle = prev !== undefined && (ARTICLE_LIKE.has(prev.pos ?? '') || CONTRACTIONS.has(prev.text))
  // scores beside the candidates, which the cache shares
  const scores: number[] = []
  for (const c of candidates) {
    let score = c.score
    if (capitalised && !sentenceInitial && (c.pos === 'NOUN' || c.pos === 'PROPN')) score += 20
    if (afterArticle && c.pos === 'ADJ' && !capitalised) score += 8
    if (afterArticle && (c.pos === 'NOUN' || c.pos === 'PROPN') && capitalised) score += 8
    if (prev?.text === 'zu' && (c.pos === 'VERB' || c.pos === 'AUX') && c.tags !== undefined && c.tags & TAG.lemma)
      score += 15
    // "sein", "ihr" before a noun are possessives
    if (c.pos === 'DET' && next && isCapitalised(next.text) && next.kind === 'word') score += 5
    // an article stands before a word or a number: "dem 6. Januar", "die 33 000 Wahlbüros"
    if (c.pos === 'DET' && next?.kind !== 'word' && next?.kind !== 'number' && next?.kind !== 'ordinal') score -= 20
    // an adjective with an ending before a noun is attributive: "schnelle Hilfe", "klare Worte"
    if (c.pos === 'ADJ' && ((nextIsCapitalised && afterArticle) || nextIsNoun()) && !capitalised) score += 15
    // an unknown lower-case word between an article and a noun is an adjective: "die orange Revolution"
    if (c.pos === 'ADJ' && score === 0 && afterArticle && nextIsCapitalised) score += 2
    // wie asks in a question ("Wie geht es?"), opens a clause that ends in its verb ("wie
    // sich herausstellte", SCONJ) and otherwise compares ("wie ein nasser Sack", "so schnell
    // wie bei ihm", CCONJ)
    if (c.lemma === 'wie' && c.pos === comparison()) score += 12
    // als opens a clause that ends in its verb ("als die Polizei eintraf"), not one with a noun
    // right after it ("als Präsident", "größer als Berlin")
    if (c.lemma === 'als' && c.pos === 'SCONJ' && !nextIsCapitalised && clauseEndsInVerb()) score += 12
    // a subordinating conjunction is never followed by a finite verb: "Da war niemand", "Damit
    // meine ich" are adverbs (there, by that)
    if (c.pos === 'SCONJ' && nextIsFinite()) score -= 15
    // a subordinating conjunction opens its clause: "…, damit er kommt" but "ist damit unklar"
    if (c.pos === 'SCONJ') score += sentenceInitial || prev?.text === ',' ? 3 : -8
    // a capitalised word right after a name, with no article, continues the name: "Antony Blinken"
    // (not after a day or month: "am Montag Staatstrauer")
    if (
      c.pos === 'PROPN' &&
      prev?.pos === 'PROPN' &&
      prev.lemma === prev.text &&
      !afterArticle &&
      !CALENDAR.has(prev.text)
    )
      score += 25
    if (c.inName && ((nextIsCapitalised && afterArticle) || nextIsNoun())) score += 55
    // a sentence-initial finite verb before a pronoun: "Habe ich …", "Tritt er …"
    if (sentenceInitial && (c.pos === 'VERB' || c.pos === 'AUX') && ((next && PRONOUNS.has(next.text)) || question()))
      score += 15
    // among verb lemmas, the one that shares the form's stem: führe → führen rather than fahren
    if ((c.pos === 'VERB' || c.pos === 'AUX') && c.tags !== undefined) score += sharedStem(token.text, c.lemma) / 10
    // an unknown name in -s before a known noun is a genitive: "Kasachstans Präsident"
    if (c.pos === 'PROPN' && c.genitive && next && nextIsNoun()) score += 30
    // agreement: an article that cannot go with a noun's base form ("die Laden" is Lade's plural)
    if (
      c.baseGender &&
      prev &&
      ARTICLE_GENDERS[prev.text.toLowerCase()] &&
      !ARTICLE_GENDERS[prev.text.toLowerCase()]?.includes(c.baseGender)
    )
      score -= 6
    // zu before an adjective or adverb is "too": "zu spät", "zu teuer für uns"; before an
    // adjective and its noun, the preposition: "zu neuen Ufern"
    if (
      c.pos === 'ADV' &&
      c.lemma === 'zu' &&
      !nextIsInfinitive() &&
      nextIsAdjective() &&
      !isCapitalised(tokens[i + 2]?.text ?? '')
    )
      score += 15
    // zu before an infinitive marks it (PART), before anything else it is the preposition: "zu gehen", "zu Hause"
    if (c.pos === 'PART' && c.lemma === 'zu' && nextIsInfinitive()) score += 10
    // a relative pronoun opens its clause after a comma (", die gestern kam", ", mit dem er"): a
    // pronoun, unless an adjective or a noun follows
    if (
      c.pos === 'DET' &&
      relativeSlot &&
      next?.kind === 'word' &&
      !isCapitalised(next.text) &&
      !adjectiveLemma(next.text, lexicon)
    )
      score -= 10
    // …and so is one whose clause ends in a finite verb: ", die genau auf uns zugeschnitten
    // waren", ", die Scharping anspricht" (before a common noun, an article: ", die Einnahmen
    // aus Arbeit nur um 1,5 Prozent steigen")
    if (c.pos === 'DET' && c.lemma === 'der' && relativeSlot && !nextIsNoun() && clauseEndsInVerb()) score -= 12
    // after a subject pronoun danke and bitte are verb forms: "ich danke Ihnen", "wir bitten"
    if (
      c.pos === 'PART' &&
      (c.lemma === 'danke' || c.lemma === 'bitte') &&
      prev &&
      PRONOUNS.has(prev.text.toLowerCase())
    )
      score -= 10
    // capitalised Sie, Ihr inside a sentence are the formal you, your; at its start, more often
    // she, they, her, their
    if (sentenceInitial && (c.lemma === 'Sie' || c.lemma === 'Ihr')) score -= 10
    // the second part of a correlative pair only after its first: "weder … noch"; else noch is an adverb (still)
    if (c.pos === 'CCONJ' && c.lemma === 'noch' && !tokens.slice(from, i).some((t) => t.text.toLowerCase() === 'weder'))
      score -= 10
    // doch, aber, denn join clauses only where one starts; inside a clause they are adverbs:
    // "das ist doch gut", "er kam aber nicht", "was ist denn los?"
    if (c.pos === 'CCONJ' && CLAUSE_OPENING.has(c.lemma) && !sentenceInitial && !CLAUSE_STARTS.has(prev?.text ?? ''))
      score -= 10
    // …and so does one before an adverb with no noun after it in its clause: "wer tut das schon
    // gerne", "sehen das anders" (but "die schon lange andauernden Kämpfe")
    if (c.pos === 'DET' && c.lemma === 'der' && nextIsAdverb() && !nounAhead(tokens, i + 2, lexicon)) score -= 12
    // an article right before a verb form stands for a noun: "Das ist gut", "Der kam zu spät"
    if (c.pos === 'DET' && nextIsVerbForm()) score -= 10
    // "die Münchner Polizei": the adjective of a place before a noun; "die Münchner": its people
    if (c.placeAdjective && nextIsCapitalised) score += 45
    // such names go without an article; after one, the other noun's form it is: "die Schweden" (Swedes)
    if (c.knownName && afterArticle) score -= 10
    // after a determiner no plural follows, the nominalised infinitive is the noun: it gets back
    // what it lost as one, and the bonus of a form that is a lemma ("das Laufen", "ein Abkommen")
    if (c.infinitive && prev && SINGULAR_NEUTER_DETERMINERS.has(prev.text.toLowerCase())) score += 18
    // an auxiliary earlier in the sentence makes a participle a verb form: "hat … verurteilt"
    if ((c.pos === 'VERB' || c.pos === 'AUX') && c.tags !== undefined && c.tags & TAG.participle && auxiliaryBefore)
      score += 4
    // a verb form that is only a finite or participle form is a verb, not an adjective
    if ((c.pos === 'VERB' || c.pos === 'AUX') && c.tags !== undefined && c.tags & (VERB_FORMS | TAG.participle))
      score += 2
    scores.push(score)
  }
  const order = candidates.map((_, k) => k).sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y)
  return { list: order.map((k) => candidates[k] as Scored), scores: order.map((k) => scores[k] as number) }
}

/** Letters a form and a lemma share at the start, after a participle's ge-. */
function sharedStem(form: string, lemma: string): number {
  const f = form.toLowerCase()
  const start = f.startsWith('ge') && !lemma.startsWith('ge') ? 2 : 0
  let n = 0
  while (start + n < f.length && n < lemma.length && f[start + n] === lemma[n]) n++
  return Math.min(n, 9)
}

/** The candidates worth showing: distinct lemma and part of speech, fallbacks left out (lists are short). */
function dedupe(list: readonly Scored[], scores?: readonly number[]): Scored[] {
  const out: Scored[] = []
  list.forEach((c, k) => {
    if ((scores?.[k] ?? c.score) <= 1) return
    if (!out.some((o) => o.lemma === c.lemma && o.pos === c.pos)) out.push(c)
  })
  return out
}
