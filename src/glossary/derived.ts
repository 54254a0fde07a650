/**
 * Words no dictionary lists but German makes by rule from words they do list. Each gets an
 * entry composed from its base, marked as composed, in the compound style "base gloss + ending
 * (what it does)":
 * - present participles used as adjectives: fehlend ← fehlen, erdgasproduzierend ← Erdgas +
 *   produzieren;
 * - adjectives and participles used as nouns: Selbstständige ← selbstständig, Alleinlebende
 *   ← allein + leben;
 * - nouns of action in -ung: Erreichung ← erreichen, Verlesung ← verlesen;
 * - nouns of quality in -heit, -keit, -igkeit: Vorhersehbarkeit ← vorhersehbar;
 * - adjectives made of others: erzkonservativ, hellblau, politisch-sozial;
 * - adjectives of what can be done, in -bar: hinnehmbar ← hinnehmen;
 * - adjectives of having or lasting, a number or adjective + noun + -ig: dreistündig ← drei +
 *   Stunde, chinesischsprachig ← chinesisch + Sprache;
 * - past participles used as adjectives: verbrieft ← verbriefen;
 * - particle verbs no dictionary lists: hervorstreichen ← hervor + streichen;
 * - ages and decades written with digits: 24-jährig, 39-Jährige, 1960er, 1990er-Jahre;
 * - number words: sechsten 6th, sechsmal 6 times, zweieinhalb 2½.
 */
import type { Entry, Gender } from '../document.js'
import { englishOrdinal } from './ordinal.js'

/** Entries for a key, over all dictionaries in order. */
export type Find = (key: string) => Entry[]

const glossOf = (entry: Entry) => entry.senses[0]?.glosses[0] ?? ''

const composed = (lemma: string, pos: string, gloss: string, base: Entry | undefined): Entry => {
  const entry: Entry = {
    id: `composed:${lemma}:${pos}`,
    lemma,
    pos,
    senses: [{ glosses: [gloss] }],
    domains: base?.domains ?? [],
    source: 'composed',
    composed: true,
  }
  if (base?.level) entry.level = base.level
  return entry
}

const ofClass = (entries: Entry[], pos: string) => entries.find((e) => e.pos === pos)

/**
 * A word of class `pos`, found whole or as a known word of that class after a modifier the
 * dictionaries know: "produzieren", "erdgasproduzieren" (Erdgas + produzieren), "alleinleben"
 * (allein + leben), "erzkonservativ" (erz + konservativ). Returns the gloss text of its parts.
 */
function partsOf(word: string, pos: string, find: Find): { text: string; head: Entry } | undefined {
  const whole = ofClass(find(word), pos)
  if (whole) return { text: `${word} ${glossOf(whole)}`, head: whole }
  // a known word at the end after a known noun, adjective or adverb; of several such splits
  // the longest modifier: allein + leben, not All + einleben
  for (let at = word.length - 4; at >= 3; at--) {
    const head = ofClass(find(word.slice(at)), pos)
    if (!head) continue
    const modifier = word.slice(0, at)
    const first = find(modifier)[0] ?? find(modifier.charAt(0).toUpperCase() + modifier.slice(1))[0]
    if (!first) continue
    return { text: `${first.lemma} ${glossOf(first)} + ${head.lemma} ${glossOf(head)}`, head }
  }
  return undefined
}

const verbParts = (infinitive: string, find: Find) => {
  const parts = partsOf(infinitive, 'VERB', find)
  return parts && { text: parts.text, verb: parts.head }
}

/** Prefixes of adjectives whose sense differs from the noun they look like: erzkonservativ is not "ore conservative". */
const ADJECTIVE_PREFIXES: [string, string][] = [
  ['erz', 'arch-, thoroughly'],
  ['ur', 'original, very'],
  ['rechts', 'right-wing'],
  ['links', 'left-wing'],
  ['pro', 'pro-'],
  ['anti', 'anti-'],
  ['nicht', 'non-'],
  ['halb', 'half-'],
  ['hoch', 'highly'],
  ['tief', 'deeply'],
  ['gesamt', 'overall, all-'],
  ['nord', 'north, northern'],
  ['süd', 'south, southern'],
  ['ost', 'east, eastern'],
  ['west', 'west, western'],
  ['mittel', 'central, middle'],
]

/**
 * Prefixes of nouns whose sense is not the noun they look like: Ex-Sowjetland is a former
 * Soviet country, not an "ex-boyfriend" one.
 */
export const NOUN_PREFIXES: Record<string, string> = {
  ex: 'former, ex-',
  vize: 'vice-, deputy',
  ko: 'co-',
  co: 'co-',
  anti: 'anti-',
  pro: 'pro-',
  nicht: 'non-',
  neo: 'neo-',
  post: 'post-',
  ur: 'original, primal',
  erz: 'arch-',
  halb: 'half-',
  super: 'super-',
  mega: 'mega-',
  mini: 'mini-',
  ultra: 'ultra-',
  bio: 'bio-, organic',
  öko: 'eco-',
  agrar: 'agricultural',
  mikro: 'micro-',
  makro: 'macro-',
  multi: 'multi-',
  mono: 'mono-',
  poly: 'poly-',
  tele: 'tele-',
  geo: 'geo-',
  elektro: 'electro-, electric',
  hydro: 'hydro-',
  thermo: 'thermo-',
  petro: 'petro-',
  nano: 'nano-',
  cyber: 'cyber-',
}

/**
 * An adjective made of others: erzkonservativ, hellblau, politisch-sozial, pro-chinesisch.
 * Hyphenated parts need not all be known, the last one must be.
 */
function adjectiveParts(lemma: string, find: Find): Entry | undefined {
  if (lemma.includes('-')) {
    const words = lemma.split('-')
    const last = words[words.length - 1] as string
    const head = ofClass(find(last), 'ADJ') ?? ofClass(find(last.replace(/(?:e|en|em|er|es)$/, '')), 'ADJ')
    if (!head || words.some((w) => w === '')) return undefined
    const glosses = words.slice(0, -1).map((w) => {
      const prefix = ADJECTIVE_PREFIXES.find(([german]) => german === w.toLowerCase())
      if (prefix) return `${w}- ${prefix[1]}`
      // a colour is an adjective, not a verb form written alike: weiß (white), not wissen
      const e = ofClass(find(w), 'ADJ') ?? find(w)[0]
      return e ? `${w} ${glossOf(e)}` : w
    })
    return composed(lemma, 'ADJ', [...glosses, `${head.lemma} ${glossOf(head)}`].join(' + '), head)
  }
  // the analyser leaves the ending on adjectives it does not know: dunkelblaue
  const bare = lemma.replace(/(?:e|en|em|er|es)$/, '')
  const listed = bare !== lemma ? ofClass(find(bare), 'ADJ') : undefined
  if (listed) return listed
  for (const form of [lemma, bare]) {
    const prefix = ADJECTIVE_PREFIXES.find(([german]) => form.startsWith(german) && form.length - german.length >= 4)
    const head = prefix && ofClass(find(form.slice(prefix[0].length)), 'ADJ')
    if (prefix && head)
      return composed(lemma, 'ADJ', `${prefix[0]}- ${prefix[1]} + ${head.lemma} ${glossOf(head)}`, head)
    const parts = form.length >= 7 ? partsOf(form, 'ADJ', find) : undefined
    if (parts) return composed(lemma, 'ADJ', parts.text, parts.head)
  }
  return undefined
}

/** An adjective of what can be done: hinnehmbar ← hinnehmen, umsetzbar ← umsetzen, verwertbar ← verwerten. */
function ableAdjective(form: string, find: Find): Entry | undefined {
  const m = /^(\p{Ll}{3,})bar$/u.exec(form)
  if (!m) return undefined
  const stem = m[1] as string
  for (const infinitive of [`${stem}en`, `${stem}n`]) {
    const parts = verbParts(infinitive, find)
    if (parts) return composed(form, 'ADJ', `${parts.text} + -bar (-able, can be done)`, parts.verb)
  }
  return undefined
}

/** The noun a stem of an -ig adjective comes from: stünd → Stunde, sprach → Sprache, jähr → Jahr. */
function nounOfStem(stem: string, find: Find): Entry | undefined {
  const capital = stem.charAt(0).toUpperCase() + stem.slice(1)
  const plain = capital.replace(/äu/, 'au').replace(/[äöü]/, (c) => ({ ä: 'a', ö: 'o', ü: 'u' })[c] as string)
  for (const noun of new Set([capital, `${capital}e`, plain, `${plain}e`])) {
    const entry = ofClass(find(noun), 'NOUN')
    if (entry) return entry
  }
  return undefined
}

/**
 * An adjective of having or lasting: a number or an adjective, a noun and -ig. dreistündig ←
 * drei + Stunde, chinesischsprachig ← chinesisch + Sprache, mehrjährig ← mehr + Jahr.
 */
function havingAdjective(form: string, find: Find): Entry | undefined {
  if (!form.endsWith('ig') || form.length < 8) return undefined
  for (let at = 3; at <= form.length - 5; at++) {
    const modifier = form.slice(0, at)
    const number = numberWord(modifier)
    const known = number === undefined ? (ofClass(find(modifier), 'ADJ') ?? ofClass(find(modifier), 'ADV')) : undefined
    if (number === undefined && !known) continue
    const noun = nounOfStem(form.slice(at, -2), find)
    if (!noun) continue
    const first = number === undefined ? `${modifier} ${glossOf(known as Entry)}` : `${modifier} ${number}`
    return composed(form, 'ADJ', `${first} + ${noun.lemma} ${glossOf(noun)} + -ig (having, lasting)`, noun)
  }
  return undefined
}

/** An adjective of relation made of a noun: erkennungsdienstlich ← Erkennungsdienst, regierungsamtlich ← Regierungsamt. */
function relationAdjective(form: string, find: Find): Entry | undefined {
  const m = /^(\p{Ll}{4,})(lich|isch)$/u.exec(form)
  const noun = m && nounOfStem(m[1] as string, find)
  return noun ? composed(form, 'ADJ', `${noun.lemma} ${glossOf(noun)} + -${m[2]} (of, relating to)`, noun) : undefined
}

/** A past participle used as an adjective, by a verb whose participle it is: verbrieft ← verbriefen. */
function pastParticiple(form: string, find: Find): Entry | undefined {
  if (!/(?:t|en)$/.test(form)) return undefined
  const verb = find(form).find((e) => e.pos === 'VERB' && e.verb?.participle === form)
  return verb && composed(form, 'ADJ', `${verb.lemma} ${glossOf(verb)} + past participle (-ed, done)`, verb)
}

/**
 * A particle verb no dictionary lists, by its particle and a verb they do: hervorstreichen ←
 * hervor + streichen.
 */
export function particleVerbEntry(lemma: string, find: Find): Entry | undefined {
  // a dictionary may write it apart: zustandekommen as "zustande kommen"
  for (let at = Math.min(lemma.length - 4, 8); at >= 2; at--) {
    const apart = ofClass(find(`${lemma.slice(0, at)} ${lemma.slice(at)}`), 'VERB')
    if (apart) return apart
  }
  for (let at = Math.min(lemma.length - 4, 8); at >= 2; at--) {
    const verb = ofClass(find(lemma.slice(at)), 'VERB')
    const particle = verb && find(lemma.slice(0, at))[0]
    if (particle)
      return composed(
        lemma,
        'VERB',
        `${lemma.slice(0, at)} ${glossOf(particle)} + ${verb.lemma} ${glossOf(verb)}`,
        verb,
      )
  }
  return undefined
}

/** A present participle: the verb it comes from and the composed gloss. */
function participle(lemma: string, find: Find): { text: string; verb: Entry } | undefined {
  const m = /^(\p{Ll}[\p{Ll}-]*[elr]?n)d$/u.exec(lemma)
  if (!m) return undefined
  const parts = verbParts(m[1] as string, find)
  return parts && { text: `${parts.text} + -end (-ing)`, verb: parts.verb }
}

const AGE = /^(\d+)-jährige?[nmrs]?$/iu
const DECADE = /^(1[0-9]|20)(\d)0(?:-?er)(?:-?(?:Jahr|Jahre|Jahren|Jahrzehnt|Jahrzehnts))?$/u

const UNITS: Record<string, number> = {
  ein: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  sechzehn: 16,
  siebzehn: 17,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
}

/** A German number word below a million: dreiundzwanzig 23, hunderttausend 100000; else undefined. */
export function numberWord(word: string): number | undefined {
  const below100 = (w: string): number | undefined => {
    if (w === '') return undefined
    if (w in UNITS) return UNITS[w]
    if (w.endsWith('zehn') && w.slice(0, -4) in UNITS) return 10 + (UNITS[w.slice(0, -4)] as number)
    const und = w.indexOf('und')
    if (und > 0) {
      const unit = UNITS[w.slice(0, und)]
      const tens = UNITS[w.slice(und + 3)]
      if (unit !== undefined && unit < 10 && tens !== undefined && tens >= 20) return tens + unit
    }
    return undefined
  }
  const below1000 = (w: string): number | undefined => {
    const at = w.indexOf('hundert')
    if (at < 0) return below100(w)
    const hundreds = at === 0 ? 1 : below100(w.slice(0, at))
    const rest = w.slice(at + 7)
    const tail = rest === '' ? 0 : below100(rest)
    return hundreds === undefined || hundreds > 9 || tail === undefined ? undefined : hundreds * 100 + tail
  }
  const at = word.indexOf('tausend')
  if (at < 0) return below1000(word)
  const thousands = at === 0 ? 1 : below1000(word.slice(0, at))
  const rest = word.slice(at + 7)
  const tail = rest === '' ? 0 : below1000(rest)
  return thousands === undefined || tail === undefined ? undefined : thousands * 1000 + tail
}

/**
 * Number words by rule: ordinals (sechsten 6th, dreiundzwanzigste 23rd), multiples (sechsmal
 * 6 times), halves (zweieinhalb 2½).
 */
function numberWordEntry(lemma: string): Entry | undefined {
  const word = lemma.toLowerCase()
  // an ordinal is the number with -t- (up to 19) or -st- (from 20) and an adjective ending
  const irregular: Record<string, number> = { dritt: 3, sieb: 7, ach: 8 }
  for (const ending of ['sten', 'ster', 'stem', 'stes', 'ste', 'st', 'ten', 'ter', 'tem', 'tes', 'te', 't']) {
    if (!word.endsWith(ending) || word.length <= ending.length) continue
    const stem = word.slice(0, -ending.length)
    const n = irregular[stem] ?? numberWord(stem)
    if (n !== undefined && n > 1) return composed(lemma, 'ADJ', englishOrdinal(n), undefined)
  }
  const times = /^(.+)mal$/.exec(word)
  const n = times && numberWord(times[1] as string)
  if (n) return composed(lemma, 'ADV', `${n} times`, undefined)
  const half = /^(.+)einhalb$/.exec(word)
  const whole = half && numberWord(half[1] as string)
  if (whole) return composed(lemma, 'NUM', `${whole}½`, undefined)
  return undefined
}

/** Ages and decades written with digits, by rule. */
export function numberEntry(lemma: string): Entry | undefined {
  const age = AGE.exec(lemma)
  if (age) {
    const noun = lemma.charAt((age[1] as string).length + 1) === 'J'
    const gloss = `${age[1]}-year-old${noun ? ' (person)' : ''}`
    return composed(lemma, noun ? 'NOUN' : 'ADJ', gloss, undefined)
  }
  const decade = DECADE.exec(lemma)
  if (decade) return composed(lemma, 'ADJ', `the ${decade[1]}${decade[2]}0s`, undefined)
  return numberWordEntry(lemma)
}

/**
 * The verb a noun in -ung is made from: Erreichung ← erreichen, Änderung ← ändern,
 * Verhandlung ← verhandeln.
 */
function actionNoun(lemma: string, find: Find): Entry | undefined {
  const m = /^(\p{Lu}\p{Ll}+)ung$/u.exec(lemma)
  if (!m) return undefined
  const stem = (m[1] as string).toLowerCase()
  for (const infinitive of [`${stem}en`, `${stem}n`]) {
    const parts = verbParts(infinitive, find)
    if (!parts) continue
    const entry = composed(lemma, 'NOUN', `${parts.text} + -ung (the act or its result)`, parts.verb)
    entry.gender = 'f' as Gender
    entry.plural = `${lemma}en`
    return entry
  }
  return undefined
}

/**
 * The adjective a noun of quality is made from: Vorhersehbarkeit ← vorhersehbar,
 * Geschlossenheit ← geschlossen, Genauigkeit ← genau.
 */
function qualityNoun(lemma: string, find: Find): Entry | undefined {
  const m = /^(\p{Lu}\p{Ll}+)(heit|keit)$/u.exec(lemma)
  if (!m) return undefined
  const stem = (m[1] as string).charAt(0).toLowerCase() + (m[1] as string).slice(1)
  const suffix = m[2] as string
  for (const [adjective, ending] of [
    [stem, suffix],
    [stem.replace(/ig$/, ''), `ig${suffix}`],
  ] as const) {
    // the adjective may itself be made by rule: Wünschbarkeit ← wünschbar ← wünschen
    const known = ofClass(find(adjective), 'ADJ') ?? ableAdjective(adjective, find)
    if (!known) continue
    const base = known.composed ? glossOf(known) : `${adjective} ${glossOf(known)}`
    const entry = composed(lemma, 'NOUN', `${base} + -${ending} (the quality of being so)`, known)
    entry.gender = 'f' as Gender
    entry.plural = `${lemma}en`
    return entry
  }
  return undefined
}

/** An adjective or participle used as a noun: die Selbstständige, der Alleinlebende. */
function nominalised(lemma: string, find: Find): Entry | undefined {
  if (!/^\p{Lu}\p{Ll}+e$/u.test(lemma)) return undefined
  const adjective = lemma.charAt(0).toLowerCase() + lemma.slice(1, -1)
  const known = ofClass(find(adjective), 'ADJ') ?? ofClass(find(`${adjective}e`), 'ADJ')
  if (known) return composed(lemma, 'NOUN', `${adjective} ${glossOf(known)} + -e (person or thing)`, known)
  // a superlative used as a noun: das Wichtigste, the most important thing
  const superlative = /^(.{3,}?)e?st$/.exec(adjective)
  const base = superlative && ofClass(find(superlative[1] as string), 'ADJ')
  if (base)
    return composed(lemma, 'NOUN', `${base.lemma} ${glossOf(base)} + -st(e) (the most …: person or thing)`, base)
  const p = participle(adjective, find)
  return p && composed(lemma, 'NOUN', `${p.text} + -e (person or thing)`, p.verb)
}

/** An entry made by rule for a word no dictionary lists, or undefined. */
export function derivedEntry(lemma: string, pos: string | undefined, find: Find): Entry | undefined {
  const number = numberEntry(lemma)
  if (number) return number
  if (pos === 'ADJ' || pos === 'ADV') {
    const p = participle(lemma, find)
    if (p) return composed(lemma, 'ADJ', p.text, p.verb)
    // the analyser leaves the ending on adjectives it does not know: verbrieften
    const bare = lemma.replace(/(?:e|en|em|er|es)$/, '')
    for (const form of bare === lemma ? [lemma] : [lemma, bare]) {
      const made =
        ableAdjective(form, find) ??
        havingAdjective(form, find) ??
        pastParticiple(form, find) ??
        relationAdjective(form, find)
      if (made) return made
    }
    return adjectiveParts(lemma, find)
  }
  if (pos === 'NOUN') return nominalised(lemma, find) ?? actionNoun(lemma, find) ?? qualityNoun(lemma, find)
  if (pos === 'VERB') return particleVerbEntry(lemma, find)
  return undefined
}
