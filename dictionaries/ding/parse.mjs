// Reading the Ding German–English dictionary (Debian trans-de-en) into ranked pack entries.
// Used by build.mjs, tested by test/glossary/ding.test.ts; types in parse.d.mts.
//
// A Ding line is `German side :: English side`. Both sides split into the same number of
// sub-entries at ` | `, aligned one to one; a sub-entry lists synonyms separated by `; `.
// The first sub-entry is the headword group; later ones give plurals, verb forms, compounds
// and examples. Markup: {m} {f} {n} {pl} {vt} {vi} … word class, [pol.] [ugs.] [Ös.] …
// subject, register or region, (comments), <alternative spellings>, /abbreviations/.

/** Ding subject tags (without the final dot) → the project's domain names or a short name. */
const SUBJECTS = new Map(
  Object.entries({
    pol: 'pol',
    jur: 'law',
    mil: 'mil',
    milit: 'mil',
    econ: 'econ',
    // the project's econ covers public finance and budgets too
    fin: 'econ',
    insur: 'econ',
    adm: 'admin',
    soc: 'soc',
    geogr: 'geo',
    journalese: 'media',
    techn: 'tech',
    tech: 'tech',
    elektr: 'electr',
    elect: 'electr',
    electr: 'electr',
    const: 'constr',
    constr: 'constr',
    environ: 'envir',
    envir: 'envir',
  }),
)
for (const name of [
  'med chem bot zool ornith comp min anat textil mus phys agr math geol biol relig ling naut mach aviat telco',
  'psych art lit pharm biochem transp phil arch print meteo astron stud statist photo school sport auto cook',
  'hist sci myc astrol archeol',
].join(' ').split(' '))
  SUBJECTS.set(name, name)

/** Domains of political news: their senses rank first. */
const NEWS_DOMAINS = new Set(['pol', 'law', 'mil', 'econ', 'admin', 'dipl', 'media'])
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'X'])

/** Everyday subjects: neither raised nor lowered. Every other subject counts as technical. */
const EVERYDAY_DOMAINS = new Set([
  'soc',
  'geo',
  'cook',
  'sport',
  'school',
  'transp',
  'envir',
  'relig',
  'art',
  'lit',
  'hist',
])

const DATED = new Set(
  'obs. obs archaic veraltet veraltend veraltentd dated alt selten rare altertümlich altertürmlich altertümelnd'.split(' '),
)
for (const t of ['becoming dated', 'slightly dated', 'very rare', 'former name', 'former term', 'frühere Bezeichnung'])
  DATED.add(t)

/** Regional German: a reader of German news meets the standard word first. */
const REGIONAL = new Set(
  [
    'Ös. Ö. Os. Schw. Süddt. Norddt. Norddt Oberdt. Bayr. BW Bw BW. Mitteldt. Westdt. Mittelwestdt. Ostdt.',
    'Nordostdt. Nordwestdt. Südwestdt. Mittelostdt. Ostmitteldt. Ostös. Westös. Mittelös. Südostös. Westschw.',
    'Ostschw. Südtirol Tirol Vorarlberg Kärnten Salzburg Wien Berlin Sachsen Sächsisch Franken Baden Württemberg',
    'Schwäb. Pfalz Westfalen Hessen Rheinl. Preußen NRW Frankfurt Lie. Lux. Lux DDR Belgien',
  ]
    .join(' ')
    .split(' '),
)

/** Registers a newspaper seldom uses. */
const INFORMAL = new Set(
  [
    'ugs. ugs ug coll. coll slang vulg. derb pej. humor. humor poet. poet euphem. iron. ironisch ironic Sprw. prov.',
    'Jugendsprache Kindersprache Jägersprache Soldatensprache Chat-Jargon jargon',
  ]
    .join(' ')
    .split(' '),
)
for (const t of ['children’s speech', 'hunters’ parlance', 'hunter’s parlance', 'youth speech', 'chat jargon'])
  INFORMAL.add(t)

/**
 * Vulgar words: no reader of news needs them. A German word so tagged loses its sense; an
 * English gloss so tagged, or tagged as a euphemism ("John Thomas ([euphem.] for penis)"
 * under Johannes), is left out of its sense.
 */
const VULGAR = new Set(['vulg.', 'vulg', 'derb'])

/** A bracket tag: a subject (as a domain name), a usage mark, or a note that changes nothing here. */
export function classifyTag(tag) {
  const subject = SUBJECTS.get(tag.replace(/\.$/, ''))
  if (subject) return { kind: 'domain', name: subject }
  if (VULGAR.has(tag)) return { kind: 'vulgar' }
  if (tag === 'euphem.') return { kind: 'euphemism' }
  if (DATED.has(tag)) return { kind: 'dated' }
  if (REGIONAL.has(tag)) return { kind: 'regional' }
  if (INFORMAL.has(tag)) return { kind: 'informal' }
  return { kind: 'note' }
}

/** Word-class tags in braces → UD UPOS. */
const WORD_CLASS = {
  m: 'NOUN',
  f: 'NOUN',
  n: 'NOUN',
  pl: 'NOUN',
  vt: 'VERB',
  vi: 'VERB',
  vr: 'VERB',
  v: 'VERB',
  adj: 'ADJ',
  adv: 'ADV',
  prp: 'ADP',
  conj: 'CCONJ',
  pron: 'PRON',
  ppron: 'PRON',
  'relativ.pron': 'PRON',
  'pron interrog': 'PRON',
  art: 'DET',
  num: 'NUM',
  interj: 'INTJ',
  Partikel: 'PART',
}

// Object placeholders of verbs and phrases: jdn., jdm., jds., jd., etw., also jdn./etw.
const PLACEHOLDER = /(?:^|\s)(?:jd[mnrs]?|etw)\.(?:\/(?:jd[mnrs]?|etw)\.)*(?=\s|$)/g
// Abbreviations between slashes: "government /Gov.; Govt./", "Abgeordneter /Abg./"
const ABBREVIATION = /(?:^|\s)\/[^\s/|][^/|]*\/(?=$|[\s;,)])/g
const PRONOUNS = /^(?:ich|du|er|sie|es|wir|ihr)(?:\/(?:ich|du|er|sie|es|wir|ihr))*\s+/
const ENGLISH_PRONOUNS = /^(?:I|you|he|she|it|we|they)(?:\/(?:I|you|he|she|it|we|they))*\s+/

// runs of spaces left where markup was removed (a single space needs no replacing)
const squeeze = (s) => s.replace(/\s\s+|[^\S ]/g, ' ').trim()

/** Splits at `separator` outside (), [], {}, <>. */
function splitTop(text, separator) {
  const parts = []
  const first = separator.charCodeAt(0)
  let depth = 0
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 40 || c === 91 || c === 123 || c === 60) depth++ // ( [ { <
    else if ((c === 41 || c === 93 || c === 125 || c === 62) && depth > 0) depth-- // ) ] } >
    else if (c === first && depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(from, i))
      from = i + separator.length
      i += separator.length - 1
    }
  }
  parts.push(text.slice(from))
  return parts
}

function withoutParentheses(text) {
  let out = text
  for (;;) {
    const next = out.replace(/\([^()]*\)/g, ' ')
    if (next === out) return out
    out = next
  }
}

/**
 * One synonym: its text without markup, its brace tags and what its bracket tags say.
 * German text loses its comments; English text keeps them, since they tell senses apart.
 */
function readSynonym(raw, language) {
  const braces = []
  const domains = []
  const marks = { dated: false, regional: false, informal: false, vulgar: false, euphemism: false }
  let text = raw.replace(/\{([^}]*)\}/g, (_, t) => {
    braces.push(t.trim())
    return ' '
  })
  text = text.replace(/\[([^\]]*)\]/g, (_, t) => {
    const tag = classifyTag(t.trim())
    if (tag.kind === 'domain') domains.push(tag.name)
    else if (tag.kind !== 'note') marks[tag.kind] = true
    return ' '
  })
  text = text.replace(/<[^>]*>/g, ' ')
  if (language === 'de') text = withoutParentheses(text)
  else text = text.replace(/\(([^()]*)\)/g, (_, inner) => `(${inner.replace(/;\s*/g, ', ')})`)
  return { text: squeeze(text), braces, domains, ...marks }
}

/** The word class, gender and reflexivity given by a synonym's brace tags. */
function wordClass(braces) {
  for (const brace of braces) {
    const codes = brace
      .split(';')[0]
      .split(',')
      .map((c) => c.trim())
    const pos = WORD_CLASS[codes[0]]
    if (!pos) continue
    const gender = pos === 'NOUN' ? (codes.find((c) => c === 'm' || c === 'f' || c === 'n') ?? 'pl') : undefined
    return { pos, gender, reflexive: codes[0] === 'vr' }
  }
  return undefined
}

// A preposition governing an object placeholder belongs to the verb's pattern, not its
// lemma: "mit etw. konfrontieren", "sich an jdn. wenden", "jdn. für etw. verantwortlich machen"
const GOVERNED = new RegExp(
  `(?:^|\\s)(?:${'an auf aus bei durch für gegen gegenüber hinter in mit nach neben über um unter von vor wegen zu zwischen'.split(' ').join('|')})(?=\\s+(?:jd[mnrs]?|etw)\\.)`,
  'g',
)
// A clause the headword introduces: "argumentieren, dass …", "sich weigern, etw. zu tun"
const CLAUSE = /,\s*(?:dass|ob|wie|wo|was|wann|warum|wenn|weil|als|damit|um|zu|etw\.|jd[mnrs]?\.).*$/
// The article Ding sometimes writes before a noun: "das Internet {n}", "das Ausland {n}"
const ARTICLE_BEFORE = /^(?:der|die|das)\s+(?=\p{Lu})/u

/**
 * A German headword as a reader looks it up: no article, placeholders or the prepositions
 * they follow, no clause after a comma, no leading "sich". When the headword had more than
 * its lemma and "sich", `pattern` keeps the whole of it, for a note ("mit etw. konfrontieren").
 */
function headword(text) {
  const whole = squeeze(text.replace(CLAUSE, ''))
  const lemma = squeeze(whole.replace(ARTICLE_BEFORE, '').replace(GOVERNED, ' ').replace(PLACEHOLDER, ' '))
  const governed = GOVERNED.test(whole)
  GOVERNED.lastIndex = 0
  const reflexive = /^sich\s/.test(lemma)
  const out = { lemma: reflexive ? lemma.slice(5) : lemma, reflexive }
  if (governed && !out.lemma.includes(' ')) out.pattern = whole
  return out
}

const usable = (lemma) => lemma !== '' && lemma.length <= 60 && !/[…!?:"„“»«/]|\.\.|^[-–.,]|[-–,]$/.test(lemma)

/**
 * One side of a line: its sub-entries, each read into synonyms only when asked for (most are
 * examples that no entry needs). `side(k)` is undefined past the last sub-entry.
 */
function readSide(text, language) {
  const raw = splitTop(text.replace(ABBREVIATION, ' '), ' | ')
  const read = []
  const side = (k) => {
    if (k >= raw.length) return undefined
    read[k] ??= splitTop(raw[k], '; ')
      .map((s) => readSynonym(s, language))
      .filter((s) => s.text !== '')
    return read[k]
  }
  side.raw = raw
  return side
}

const fold = (s) => s.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u')

function commonPrefix(a, b) {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/**
 * The form in `forms` that belongs to `lemma`, the `index`th of `count` headwords: by
 * position when the lists are aligned, otherwise the form sharing the longest beginning
 * with the lemma (umlauts folded) or the particle of a separable verb ("nimmt fest").
 */
function alignedForm(lemma, index, count, forms) {
  if (forms.length === count) return forms[index]
  let best
  let bestScore = 0
  const folded = fold(lemma)
  for (const form of forms) {
    const words = form.split(' ')
    let score = commonPrefix(folded, fold(words[0]))
    if (words.length === 2 && folded.startsWith(fold(words[1]))) score = Math.max(score, words[1].length + 2)
    if (score > bestScore) {
      bestScore = score
      best = form
    }
  }
  return bestScore >= Math.max(3, Math.min(folded.length - 3, 6)) ? best : undefined
}

/**
 * Whether `plural` can be the plural of `lemma` rather than another word Ding put in the
 * plural slot ("Schutz | Schutzmaßnahmen"): one word, at most four letters longer, sharing
 * all but the last three letters of the lemma (umlauts folded: Museum Museen, Haus Häuser).
 */
const plausiblePlural = (lemma, plural) =>
  /^\p{L}\S*$/u.test(plural) &&
  plural.length <= lemma.length + 4 &&
  commonPrefix(fold(lemma), fold(plural)) >= Math.max(1, lemma.length - 3)

/** A sub-entry of plurals: {pl} words and no singular noun. */
const isPluralList = (synonyms) =>
  synonyms.some((s) => wordClass(s.braces)?.gender === 'pl') &&
  !synonyms.some((s) => ['m', 'f', 'n'].includes(wordClass(s.braces)?.gender ?? ''))

/**
 * A sub-entry of verb forms: at most `words` words ending in a lowercase one, no sentence
 * punctuation ("nimmt fest", "er/sie geht", "den Eid abnehmend").
 */
const isVerbFormList = (synonyms, words = 2) =>
  synonyms.length > 0 &&
  synonyms.every((s) => {
    const t = s.text.replace(PRONOUNS, '').split(' ')
    return t.length <= words && /^\p{Ll}/u.test(t[t.length - 1]) && !/[.!?,]/.test(s.text)
  })

/**
 * Verb forms after a verb headword group: present participles, past participles, then 3rd
 * person present and past where the English side shows them too ("arrests", "arrested").
 * Returns the forms and the index of the first sub-entry after them.
 */
function readVerbForms(de, en) {
  const forms = {}
  if (!de(1) || !isVerbFormList(de(1), 4) || !de(1).every((s) => /nd$/.test(s.text))) return { forms, next: 1 }
  if (!de(2) || !isVerbFormList(de(2), 4)) return { forms, next: 2 }
  const form = (s) => headword(s.text.replace(PRONOUNS, '')).lemma
  forms.participle = de(2).map(form)
  const thirdPerson = en(3)?.every((s) => /^\S+s\b/.test(s.text.replace(ENGLISH_PRONOUNS, '')))
  if (!de(3) || !isVerbFormList(de(3)) || !thirdPerson) return { forms, next: 3 }
  forms.present = de(3).map(form)
  if (!de(4) || !isVerbFormList(de(4))) return { forms, next: 4 }
  forms.past = de(4).map(form)
  return { forms, next: 5 }
}

/**
 * The senses a Ding line gives, one per German headword: the synonyms of the headword group,
 * and single tagged words among later sub-entries (compounds such as "Militärbündnis").
 * `lineNumber` keeps Ding's order among senses that rank alike.
 */
export function parseDingLine(line, lineNumber = 0) {
  if (line.startsWith('#')) return []
  const halves = line.split(' :: ')
  if (halves.length !== 2) return []
  const de = readSide(halves[0], 'de')
  const en = readSide(halves[1], 'en')
  if (de.raw.length !== en.raw.length || de(0).length === 0) return []
  const group = de(0)

  // subject tags anywhere in the headword group describe the whole sense
  const lineDomains = group.flatMap((s) => s.domains)
  const classes = group.map((s) => wordClass(s.braces))
  // a word-class tag after the last of several synonyms covers them all: "festnehmen; verhaften {vt}"
  const shared = (k) => classes[k] && classes[k].pos !== 'NOUN'
  const inherited = classes.map((c, i) => {
    if (c) return c
    for (let k = i + 1; k < classes.length; k++) if (shared(k)) return { ...classes[k], reflexive: false }
    for (let k = i - 1; k >= 0; k--) if (shared(k)) return { ...classes[k], reflexive: false }
    return undefined
  })

  let next = 1
  const plurals = de(1) && isPluralList(de(1)) ? de(1).map((s) => s.text) : undefined
  let verbForms = {}
  if (plurals) next = 2
  else if (inherited.some((c) => c?.pos === 'VERB')) ({ forms: verbForms, next } = readVerbForms(de, en))

  const sense = (synonym, h, cls, k, position) => {
    const english = en(k).filter((g) => !g.vulgar && !g.euphemism)
    const glosses = english.filter((g) => !g.dated).concat(english.filter((g) => g.dated))
    const out = {
      lemma: h.lemma,
      pos: cls?.pos ?? 'X',
      glosses: glosses.map((g) => g.text),
      domains: [...new Set([...lineDomains, ...synonym.domains, ...english.flatMap((g) => g.domains)])].sort(),
      dated: synonym.dated || english.every((g) => g.dated),
      regional: synonym.regional,
      informal: synonym.informal,
      vulgar: synonym.vulgar,
      line: lineNumber,
      position,
      subEntry: k > 0,
      examples: k > 0 ? 0 : de.raw.length - next,
    }
    if (out.pos === 'NOUN') out.gender = cls.gender
    if (out.pos === 'VERB' && (h.reflexive || cls.reflexive)) out.reflexive = true
    if (out.pos === 'VERB' && h.pattern) out.pattern = h.pattern
    return out
  }

  const out = []
  group.forEach((synonym, i) => {
    const h = headword(synonym.text)
    if (!usable(h.lemma)) return
    const s = sense(synonym, h, inherited[i], 0, i)
    const single = !h.lemma.includes(' ')
    if (s.pos === 'NOUN' && plurals && s.gender !== 'pl' && single) {
      const plural = alignedForm(h.lemma, i, group.length, plurals)
      if (plural && plausiblePlural(h.lemma, plural)) s.plural = plural
    }
    if (s.pos === 'VERB' && single) {
      const verb = {}
      for (const kind of ['present', 'past', 'participle']) {
        const form = verbForms[kind] && alignedForm(h.lemma, i, group.length, verbForms[kind])
        if (form) verb[kind] = form
      }
      if (Object.keys(verb).length > 0) s.verb = verb
    }
    out.push(s)
  })

  for (let k = next; k < de.raw.length; k++) {
    // only sub-entries with word-class tags list words of their own
    if (!de.raw[k].includes('{') || isPluralList(de(k))) continue
    const following = de(k + 1)
    const followingPlurals = following && isPluralList(following) ? following.map((s) => s.text) : undefined
    de(k).forEach((synonym, i) => {
      const cls = wordClass(synonym.braces)
      const h = headword(synonym.text)
      if (!cls || cls.gender === 'pl' || h.lemma.includes(' ') || !usable(h.lemma)) return
      const s = sense(synonym, h, cls, k, i)
      if (s.pos === 'NOUN' && followingPlurals) {
        const plural = alignedForm(h.lemma, i, de(k).length, followingPlurals)
        if (plural && plausiblePlural(h.lemma, plural)) s.plural = plural
      }
      out.push(s)
    })
  }
  return out.filter((s) => s.glosses.length > 0 && !s.vulgar)
}

/** Words around an English gloss that are its frame, not its sense. */
const FRAME_WORDS = new Set('a an the to of in on at by for from with and or as be one ones oneself sb sth s'.split(' '))
/** A first gloss used fewer than 10^RARE_BELOW times in the English counts is rare… */
const RARE_BELOW = 3
/** …and each tenfold rarer costs its sense this much. */
const RARE_COST = 1.5

/**
 * How common the English of a sense is, from word counts of everyday English (`counts`: word →
 * uses): log10(1 + uses) of its first gloss when that is one word (cropper, hearer, geezer),
 * else undefined. A phrase (inaugural speech, guiding principle) is not judged by its rarest
 * word, and a later gloss is not what a reader sees first.
 */
export function englishCommonness(counts) {
  const uses = (word) => counts.get(word) ?? counts.get(word.charAt(0).toUpperCase() + word.slice(1)) ?? 0
  return (glosses) => {
    const words = withoutParentheses(glosses[0] ?? '')
      .toLowerCase()
      .split(/[^a-z']+/)
      .filter((w) => w.length > 1 && !FRAME_WORDS.has(w))
    return words.length === 1 ? Math.log10(1 + uses(words[0])) : undefined
  }
}

/**
 * How useful a sense is to a reader of news, from general signals only: news domains up;
 * technical subjects, dated, regional and informal words down; the first synonym of a
 * headword group over later ones and over compounds listed in sub-entries; short first
 * glosses and well-documented lines (many examples) up; Ding's later lines for a word down;
 * with `commonness` (see englishCommonness), senses whose English is rare (cropper, dictum,
 * hearer) down.
 */
export function senseScore(sense, lineRank = 0, commonness = undefined) {
  const news = sense.domains.some((d) => NEWS_DOMAINS.has(d))
  const technical = sense.domains.some((d) => !NEWS_DOMAINS.has(d) && !EVERYDAY_DOMAINS.has(d))
  let score = 0
  // a historical sense is not the one today's news uses; a sense in a technical subject
  // as well as a political one ([mil.] [tech.] "lug") is neither raised nor lowered
  if (sense.domains.includes('hist')) score -= 1
  // a preposition or conjunction has no political sense: mit is "with", not the stock-exchange "cum"
  else if (news && !technical && CONTENT_POS.has(sense.pos)) score += 2
  else if (technical && !news) score -= 2
  if (sense.dated) score -= 4
  if (sense.regional) score -= 3
  if (sense.informal) score -= 1
  score -= Math.min(sense.position, 4)
  if (sense.subEntry) score -= 2
  // a construction with a preposition (nach jdm. kommen "take after sb.") after the plain verb
  if (sense.pattern) score -= 2.5
  // comments qualify a gloss; its own length is what makes it simple or not
  const gloss = squeeze(withoutParentheses(sense.glosses[0] ?? ''))
  score -= Math.min(Math.max(gloss.length - 12, 0) * 0.04, 1.5)
  score += 0.25 * Math.min(Math.log2(1 + sense.examples), 4)
  // Ding gives a word's common sense in its first line and rarer ones (slang, trade jargon:
  // Mensch "chap", mit "cum") in later lines
  score -= Math.min(lineRank * 1.5, 4.5)
  // political English is rare in everyday counts (referendum, secession): a sense of the news
  // domains is not rare for a reader of news
  const common = news ? undefined : commonness?.(sense.glosses)
  if (common !== undefined) score -= RARE_COST * Math.max(0, RARE_BELOW - common)
  return score
}

/** How much of Ding an entry keeps: plain senses, construction senses besides, glosses in the first and later senses, comment length. */
export const LIMITS = { senses: 5, patterns: 3, glosses: 3, laterGlosses: 2, comment: 24 }

const ARTICLE = { m: 'der', f: 'die', n: 'das', pl: 'die' }

/**
 * One pack entry per headword and word class: senses ranked best first (equal scores keep
 * Ding's order), repeated gloss lists merged, gender, plural and verb forms from the best
 * sense that gives them; a sense whose gender differs from the entry's names its article.
 * Each entry also says what `keepEntry` needs: news, technical, head, dated.
 */
export function mergeSenses(senses, limits = LIMITS, commonness = undefined) {
  // a headword Ding gives without a word class once belongs to the only class it has elsewhere
  const classes = new Map()
  for (const s of senses) if (s.pos !== 'X') classes.set(s.lemma, classes.get(s.lemma)?.add(s.pos) ?? new Set([s.pos]))
  const groups = new Map()
  for (const sense of senses) {
    const known = sense.pos === 'X' ? classes.get(sense.lemma) : undefined
    const pos = known?.size === 1 ? [...known][0] : sense.pos
    const key = `${sense.lemma}\t${pos}`
    const list = groups.get(key)
    if (list) list.push(sense)
    else groups.set(key, [sense])
  }
  const entries = []
  for (const [key, list] of groups) {
    // the word's own lines (it stands first in them) in Ding's order, then lines where it is a later synonym
    const own = (line) => list.some((s) => s.line === line && s.position === 0 && !s.subEntry)
    const lines = [...new Set(list.map((s) => s.line))].sort((a, b) => Number(own(b)) - Number(own(a)) || a - b)
    const ranked = list
      .map((sense) => ({ sense, score: senseScore(sense, lines.indexOf(sense.line), commonness) }))
      .sort((a, b) => b.score - a.score || a.sense.line - b.sense.line || a.sense.position - b.sense.position)
      .map((r) => r.sense)
    const [lemma, pos] = key.split('\t')
    const entry = { lemma, pos, senses: [] }
    const gendered = ranked.find((s) => s.gender)
    if (gendered) entry.gender = gendered.gender
    const plural = ranked.find((s) => s.plural && s.gender === entry.gender)
    if (plural) entry.plural = plural.plural
    for (const kind of ['present', 'past', 'participle']) {
      const given = ranked.find((s) => s.verb?.[kind])
      if (given) entry.verb = { ...entry.verb, [kind]: given.verb[kind] }
    }
    const seen = new Set()
    // plain senses up to limits.senses; senses of a construction (sich an jdn. wenden) besides,
    // up to limits.patterns: the glosser picks them when the clause fits
    let plain = 0
    let patterns = 0
    for (const sense of ranked) {
      const max = entry.senses.length === 0 ? limits.glosses : limits.laterGlosses
      const glosses = cleanGlosses(sense.glosses, pos, limits.comment).slice(0, max)
      if (glosses.length === 0) continue
      const notes = []
      if (sense.gender && entry.gender && sense.gender !== entry.gender) notes.push(`${ARTICLE[sense.gender]} ${sense.lemma}`)
      if (sense.pattern) notes.push(sense.reflexive && !sense.pattern.startsWith('sich ') ? `sich ${sense.pattern}` : sense.pattern)
      else if (sense.reflexive) notes.push(`sich ${sense.lemma}`)
      const note = notes.join(', ')
      const text = `${glosses.join('; ')}{${note}}`
      // the same glosses again from a lower-ranked line add nothing
      if (seen.has(text)) continue
      if (sense.pattern ? patterns >= (limits.patterns ?? 0) : plain >= limits.senses) continue
      if (sense.pattern) patterns++
      else plain++
      seen.add(text)
      entry.senses.push(note ? { glosses, domains: sense.domains, note } : { glosses, domains: sense.domains })
    }
    if (entry.senses.length === 0) continue
    entry.news = list.some((s) => s.domains.some((d) => NEWS_DOMAINS.has(d)))
    entry.technical = list.every((s) => s.domains.some((d) => !EVERYDAY_DOMAINS.has(d) && !NEWS_DOMAINS.has(d)))
    entry.head = list.some((s) => s.position === 0 && !s.subEntry)
    entry.dated = list.every((s) => s.dated)
    entries.push(entry)
  }
  return entries
}

/**
 * Plurals Ding does not give, from the compound's head: the last part of a German compound
 * decides its gender and plural (Minderheitsregierung ← Regierung, Regierungen). The head
 * is the longest tail of at least three letters, after a modifier of at least three, that
 * Ding lists as a noun of the same gender with a plural of its own. Infinitives used as
 * nouns get none.
 */
// a prefix is no modifier: Ausland is not a kind of Land and has no plural Ausländer
const PREFIX = new Set('ab an auf aus bei durch ein gegen hinter miss mit nach neben über um un unter ur vor wider zu'.split(' '))

export function inferPlurals(entries) {
  const heads = new Map()
  const verbs = new Set()
  for (const e of entries) {
    if (e.pos === 'NOUN' && e.plural && e.gender !== 'pl') heads.set(e.lemma, e)
    if (e.pos === 'VERB') verbs.add(e.lemma)
  }
  for (const e of entries) {
    if (e.pos !== 'NOUN' || e.plural || !e.gender || e.gender === 'pl' || e.lemma.includes(' ')) continue
    // an infinitive used as a noun (das Analysieren) has no plural
    if (e.gender === 'n' && verbs.has(e.lemma.toLowerCase())) continue
    for (let at = 3; at <= e.lemma.length - 3; at++) {
      const tail = e.lemma.slice(at)
      const hyphenated = e.lemma[at - 1] === '-'
      if (!hyphenated && tail[0] !== tail[0].toLowerCase()) continue
      if (PREFIX.has(e.lemma.slice(0, at).toLowerCase())) continue
      const head = heads.get(hyphenated ? tail : tail[0].toUpperCase() + tail.slice(1))
      if (!head || head.gender !== e.gender) continue
      e.plural = e.lemma.slice(0, at) + (hyphenated ? head.plural : head.plural[0].toLowerCase() + head.plural.slice(1))
      break
    }
  }
  return entries
}

/** English glosses for a reader: verbs without "to", long comments dropped, no duplicates. */
const TYPOGRAPHIC = { '’': "'", '‘': "'", '“': '"', '”': '"', '…': '...', '–': '-', '—': '-' }

/**
 * English text in Latin-1: typographic quotes, dashes and ellipses as ASCII, other letters
 * beyond Latin-1 without their accents (Šabac → Sabac). The pack is then one byte per
 * character in memory, half the pages for a lookup to touch.
 */
export function latin1(text) {
  return text
    .replace(/[’‘“”…–—]/g, (c) => TYPOGRAPHIC[c])
    .replace(/[^\u0000-\u00ff]/g, (c) => {
      const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      return /^[\u0000-\u00ff]+$/.test(base) ? base : '?'
    })
}

function cleanGlosses(glosses, pos, comment) {
  const out = []
  for (const raw of glosses) {
    let g = raw.replace(/\s*\(([^()]*)\)/g, (whole, inner) => (inner.length > comment ? '' : whole))
    g = squeeze(latin1(g).replace(/[\t|]/g, ' ').replace(/;/g, ',').replace(/[[\]{}]/g, ''))
    if (pos === 'VERB') g = g.replace(/^to /, '')
    if (g && !out.includes(g)) out.push(g)
  }
  return out
}

/** Lines of the German side that mention each word: how well Ding knows a word. */
export function mentionCounts(lines) {
  const counts = new Map()
  for (const line of lines) {
    if (line.startsWith('#')) continue
    const german = line.slice(0, line.indexOf(' :: ')).replace(/\{[^}]*\}|\[[^\]]*\]/g, ' ')
    for (const word of new Set(german.match(/[\p{L}\d-]+/gu))) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}

/**
 * What a reader of news needs, so that the pack stays small: every entry with a sense in a
 * news domain; single words the morphology lexicon lists with the same word class (`known`,
 * keys `POS\tlemma`: a word in general use, whatever Ding's subject tag says: Elektrizität
 * [phys.]); technical words Ding uses in three lines or more; other single words that are
 * neither technical nor dated, when Ding uses them in more than one line or they are not
 * nouns that only appear as a later synonym or a compound in someone else's line (those the
 * compound splitter can explain). Multiword headwords outside the news domains are left out.
 */
export function keepEntry(entry, mentions, known = new Set()) {
  // the pack stays Latin-1 (see latin1); one dialect headword has a typographic apostrophe (G’hackts)
  if (/[^\u0000-\u00ff]/.test(entry.lemma)) return false
  if (entry.news) return true
  if (entry.lemma.includes(' ')) return false
  if (known.has(`${entry.pos}\t${entry.lemma}`)) return true
  const mentioned = mentions.get(entry.lemma) ?? 0
  // a technical word Ding uses in three lines or more has reached general use (Kohlendioxid, Kernreaktor)
  if (entry.technical && !entry.dated && mentioned >= 3) return true
  if (entry.technical || entry.dated) return false
  if (mentioned >= 2) return true
  return entry.head || entry.pos !== 'NOUN'
}

const LEXICON_POS = { N: 'NOUN', V: 'VERB', A: 'ADJ' }

/** `POS\tlemma` keys of the morphology lexicon's text (dictionaries/lexicon/lexicon.txt). */
export function lexiconKeys(text) {
  const keys = new Set()
  for (const line of text.split('\n')) {
    const [kind, lemma] = line.split('\t')
    const pos = LEXICON_POS[kind]
    if (pos && lemma) keys.add(`${pos}\t${lemma}`)
  }
  return keys
}

const UMLAUT = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü', au: 'äu', Au: 'Äu' }

/** The lemma with the vowel a plural umlauts: the last a, o, u or au before a closing -e, -el, -en, -er. */
function umlauted(lemma) {
  const m = /^(.*?)(au|Au|[aouAOU])([^aeiouäöüAEIOUÄÖÜ]*(?:e[lnr]?)?[^aeiouäöüAEIOUÄÖÜ]*)$/.exec(lemma)
  return m ? m[1] + UMLAUT[m[2]] + m[3] : undefined
}

/**
 * A plural as written in the pack: `-` plus an ending when it is the lemma plus that ending
 * (Regierung -en, Kanzler -), `¨` plus an ending when the last stem vowel also takes an
 * umlaut (Wahlkampf ¨e), else in full (Museum Museen).
 */
export function encodePlural(lemma, plural) {
  if (plural.startsWith(lemma)) return `-${plural.slice(lemma.length)}`
  const u = umlauted(lemma)
  if (u && plural.startsWith(u)) return `¨${plural.slice(u.length)}`
  return plural
}

/**
 * A pack line: lemma, POS, gender (m, f, n, or pl for nouns used in the plural only),
 * plural, verb forms (present|past|participle), then one column per sense, best first:
 * `[domain,domain]gloss; gloss {note}`, the domains and the note only when there are any.
 */
export function formatPackLine(entry) {
  const verb = entry.verb ? [entry.verb.present ?? '', entry.verb.past ?? '', entry.verb.participle ?? ''].join('|') : ''
  const senses = entry.senses.map((s) => {
    const domains = s.domains.length > 0 ? `[${s.domains.join(',')}]` : ''
    return `${domains}${s.glosses.join('; ')}${s.note ? ` {${s.note}}` : ''}`
  })
  const plural = entry.plural ? encodePlural(entry.lemma, entry.plural) : ''
  return [entry.lemma, entry.pos, entry.gender ?? '', plural, verb, ...senses].join('\t')
}

const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The pack from the Ding file's text: its header lines, and the kept entries sorted by lemma
 * and POS. `known`: the lexicon's `POS\tlemma` keys (see keepEntry).
 */
export function buildPack(text, limits = LIMITS, known = new Set(), commonness = undefined) {
  // lemmas and forms go into the pack as lookup keys: NFC, no soft hyphens or zero-width characters
  const lines = text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .split('\n')
    .map((l) => l.trimEnd())
  const header = lines.filter((l) => l.startsWith('#')).map((l) => l.replace(/^#\s*/, ''))
  const senses = []
  lines.forEach((line, i) => {
    for (const sense of parseDingLine(line, i + 1)) senses.push(sense)
  })
  const mentions = mentionCounts(lines)
  const entries = inferPlurals(mergeSenses(senses, limits, commonness))
    .filter((e) => keepEntry(e, mentions, known))
    .sort((a, b) => byCodeUnits(a.lemma, b.lemma) || byCodeUnits(a.pos, b.pos))
  return { header, entries, lines: entries.map(formatPackLine) }
}
