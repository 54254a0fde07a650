import { describe, expect, it } from 'vitest'
import type { Entry } from '../../src/document.js'
import { derivedEntry, numberWord } from '../../src/glossary/derived.js'
import { keyVariants } from '../../src/glossary/keys.js'
import { annotate, buildDictionary, createReader, parseDingPack } from '../../src/index.js'
import { annotationOf } from './annotation-of.js'

const dictionary = buildDictionary('test', [
  { lemma: 'fehlen', pos: 'VERB', senses: [{ glosses: ['be missing'] }], domains: [] },
  { lemma: 'produzieren', pos: 'VERB', senses: [{ glosses: ['produce'] }], domains: ['econ'] },
  { lemma: 'Erdgas', pos: 'NOUN', gender: 'n', senses: [{ glosses: ['natural gas'] }], domains: ['econ'] },
  { lemma: 'erreichen', pos: 'VERB', senses: [{ glosses: ['reach'] }], domains: [] },
  { lemma: 'ändern', pos: 'VERB', senses: [{ glosses: ['change'] }], domains: [] },
  { lemma: 'selbstständig', pos: 'ADJ', senses: [{ glosses: ['self-employed'] }], domains: [] },
  { lemma: 'allein', pos: 'ADV', senses: [{ glosses: ['alone'] }], domains: [] },
  { lemma: 'All', pos: 'NOUN', gender: 'n', senses: [{ glosses: ['universe'] }], domains: [] },
  { lemma: 'leben', pos: 'VERB', senses: [{ glosses: ['live'] }], domains: [] },
  { lemma: 'einleben', pos: 'VERB', senses: [{ glosses: ['settle in'] }], domains: [] },
  { lemma: 'Kongress', pos: 'NOUN', gender: 'm', senses: [{ glosses: ['congress'] }], domains: ['pol'] },
])
const find = (key: string): Entry[] => [...(dictionary.words.get(key) ?? [])]
const gloss = (lemma: string, pos: string) => derivedEntry(lemma, pos, find)?.senses[0]?.glosses[0]

describe('entries made by rule', () => {
  it('explains a present participle by its verb, also after a modifier', () => {
    expect(gloss('fehlend', 'ADJ')).toBe('fehlen be missing + -end (-ing)')
    expect(gloss('erdgasproduzierend', 'ADJ')).toBe('Erdgas natural gas + produzieren produce + -end (-ing)')
    expect(gloss('tausend', 'ADJ')).toBeUndefined()
  })

  it('explains adjectives and participles used as nouns, preferring the longest modifier', () => {
    expect(gloss('Selbstständige', 'NOUN')).toBe('selbstständig self-employed + -e (person or thing)')
    expect(gloss('Alleinlebende', 'NOUN')).toBe('allein alone + leben live + -end (-ing) + -e (person or thing)')
    expect(gloss('Selbstständigste', 'NOUN')).toBe('selbstständig self-employed + -st(e) (the most …: person or thing)')
  })

  it('explains a noun in -ung by its verb, as a feminine noun with plural -en', () => {
    expect(derivedEntry('Erreichung', 'NOUN', find)).toMatchObject({
      gender: 'f',
      plural: 'Erreichungen',
      composed: true,
      senses: [{ glosses: ['erreichen reach + -ung (the act or its result)'] }],
    })
    expect(gloss('Änderung', 'NOUN')).toBe('ändern change + -ung (the act or its result)')
    expect(gloss('Zeitung', 'NOUN')).toBeUndefined()
  })

  it('writes ages and decades in English', () => {
    expect(gloss('24-jährigen', 'ADJ')).toBe('24-year-old')
    expect(gloss('39-Jährige', 'NOUN')).toBe('39-year-old (person)')
    expect(gloss('1960er', 'ADJ')).toBe('the 1960s')
    expect(gloss('1990er-Jahre', 'NOUN')).toBe('the 1990s')
  })

  it('reads number words: ordinals, multiples, halves', () => {
    expect(numberWord('dreiundzwanzig')).toBe(23)
    expect(numberWord('hunderttausend')).toBe(100000)
    expect(numberWord('zweihundertfünfzig')).toBe(250)
    expect(numberWord('siebzehn')).toBe(17)
    expect(numberWord('Festung')).toBeUndefined()
    expect(gloss('sechsten', 'ADJ')).toBe('6th')
    expect(gloss('zwanzigsten', 'ADJ')).toBe('20th')
    expect(gloss('sechsmal', 'ADV')).toBe('6 times')
    expect(gloss('zweieinhalb', 'ADJ')).toBe('2½')
    expect(gloss('festen', 'ADJ')).toBeUndefined()
  })

  it('looks up the spelling of 1996 for a word with ß', () => {
    expect(keyVariants('Kongreß')).toContain('Kongress')
    expect(keyVariants('Straße')).toEqual(['Straße', 'straße', 'Strasse', 'strasse'])
  })

  it('reaches the document through the glosser', () => {
    const reader = createReader({ dictionaries: [dictionary] })
    const doc = reader.annotate('Die fehlenden Mittel und der neue Kongreß.')
    const glossOf = (text: string) => annotationOf(doc, text).entry
    expect(glossOf('fehlenden')).toMatchObject({ lemma: 'fehlend', composed: true })
    expect(glossOf('Kongreß')?.lemma).toBe('Kongress')
  })
})

describe('adjectives made of others', () => {
  const more = buildDictionary('test', [
    { lemma: 'konservativ', pos: 'ADJ', senses: [{ glosses: ['conservative'] }], domains: ['pol'] },
    { lemma: 'chinesisch', pos: 'ADJ', senses: [{ glosses: ['Chinese'] }], domains: [] },
    { lemma: 'politisch', pos: 'ADJ', senses: [{ glosses: ['political'] }], domains: ['pol'] },
    { lemma: 'sozial', pos: 'ADJ', senses: [{ glosses: ['social'] }], domains: [] },
    { lemma: 'dunkel', pos: 'ADJ', senses: [{ glosses: ['dark'] }], domains: [] },
    { lemma: 'blau', pos: 'ADJ', senses: [{ glosses: ['blue'] }], domains: [] },
    { lemma: 'Erz', pos: 'NOUN', gender: 'n', senses: [{ glosses: ['ore'] }], domains: [] },
  ])
  const findMore = (key: string): Entry[] => [...(more.words.get(key) ?? [])]
  const glossMore = (lemma: string) => derivedEntry(lemma, 'ADJ', findMore)?.senses[0]?.glosses[0]

  it('reads a prefix by its own sense, not as the noun it looks like', () => {
    expect(glossMore('erzkonservativ')).toBe('erz- arch-, thoroughly + konservativ conservative')
    expect(glossMore('pro-chinesische')).toBe('pro- pro- + chinesisch Chinese')
  })

  it('composes from known adjectives, with or without a hyphen, and drops an ending left on', () => {
    expect(glossMore('politisch-sozialen')).toBe('politisch political + sozial social')
    expect(glossMore('dunkelblaue')).toBe('dunkel dark + blau blue')
    expect(glossMore('blauen')).toBe('blue')
    expect(glossMore('xyz-abc')).toBeUndefined()
  })
})

describe('adjectives and particle verbs made by rule', () => {
  const words = buildDictionary('test', [
    { lemma: 'hinnehmen', pos: 'VERB', senses: [{ glosses: ['accept'] }], domains: [] },
    { lemma: 'Stunde', pos: 'NOUN', gender: 'f', senses: [{ glosses: ['hour'] }], domains: [] },
    { lemma: 'Sprache', pos: 'NOUN', gender: 'f', senses: [{ glosses: ['language'] }], domains: [] },
    { lemma: 'Jahr', pos: 'NOUN', gender: 'n', senses: [{ glosses: ['year'] }], domains: [] },
    { lemma: 'chinesisch', pos: 'ADJ', senses: [{ glosses: ['Chinese'] }], domains: [] },
    { lemma: 'mehr', pos: 'ADV', senses: [{ glosses: ['more'] }], domains: [] },
    {
      lemma: 'verbriefen',
      pos: 'VERB',
      verb: { present: 'verbrieft', past: 'verbriefte', participle: 'verbrieft' },
      senses: [{ glosses: ['guarantee in writing'] }],
      domains: [],
    },
    { lemma: 'hervor', pos: 'ADV', senses: [{ glosses: ['forth'] }], domains: [] },
    { lemma: 'wünschen', pos: 'VERB', senses: [{ glosses: ['wish'] }], domains: [] },
    {
      lemma: 'Erkennungsdienst',
      pos: 'NOUN',
      gender: 'm',
      senses: [{ glosses: ['identification service'] }],
      domains: [],
    },
    { lemma: 'streichen', pos: 'VERB', senses: [{ glosses: ['strike'] }], domains: [] },
  ])
  // the general dictionary keeps multiword headwords as keys
  const ding = parseDingPack('zustande kommen\tVERB\t\t\t\tcome about')
  const findWord = (key: string): Entry[] => [...(words.words.get(key) ?? []), ...(ding.words.get(key) ?? [])]
  const glossWord = (lemma: string) => derivedEntry(lemma, 'ADJ', findWord)?.senses[0]?.glosses[0]

  it('explains -bar by the verb, with or without an ending left on', () => {
    expect(glossWord('hinnehmbar')).toBe('hinnehmen accept + -bar (-able, can be done)')
    expect(glossWord('hinnehmbaren')).toBe('hinnehmen accept + -bar (-able, can be done)')
    expect(glossWord('Xbar')).toBeUndefined()
  })

  it('explains number or adjective + noun + -ig, with the noun’s umlaut undone', () => {
    expect(glossWord('dreistündiger')).toBe('drei 3 + Stunde hour + -ig (having, lasting)')
    expect(glossWord('chinesischsprachigen')).toBe('chinesisch Chinese + Sprache language + -ig (having, lasting)')
    expect(glossWord('mehrjährig')).toBe('mehr more + Jahr year + -ig (having, lasting)')
    expect(glossWord('dreiwolkig')).toBeUndefined()
  })

  it('explains a past participle used as an adjective by its verb', () => {
    expect(derivedEntry('verbrieften', 'ADJ', findWord)).toMatchObject({
      lemma: 'verbrieft',
      composed: true,
      senses: [{ glosses: ['verbriefen guarantee in writing + past participle (-ed, done)'] }],
    })
  })

  it('explains an adjective of relation by its noun', () => {
    expect(glossWord('erkennungsdienstliche')).toBe('Erkennungsdienst identification service + -lich (of, relating to)')
  })

  it('explains a noun of quality whose adjective is itself made by rule', () => {
    expect(derivedEntry('Wünschbarkeit', 'NOUN', findWord)?.senses[0]?.glosses[0]).toBe(
      'wünschen wish + -bar (-able, can be done) + -keit (the quality of being so)',
    )
  })

  it('finds a particle verb a dictionary writes apart', () => {
    expect(derivedEntry('zustandekommen', 'VERB', findWord)).toMatchObject({ lemma: 'zustande kommen' })
  })

  it('glosses a particle verb no dictionary lists by its particle and verb', () => {
    const doc = createReader({ dictionaries: [words] }).annotate('Er strich den Kompass hervor.')
    const { annotation, entry } = annotationOf(doc, 'strich')
    expect(annotation?.kind).toBe('separable-verb')
    expect(entry).toMatchObject({ lemma: 'hervorstreichen', composed: true })
    expect(entry?.senses[0]?.glosses[0]).toBe('hervor forth + streichen strike')
  })
})

describe('entries of one dictionary by the token’s part of speech', () => {
  it('puts the adverb entry first for an adverb and the adjective entry for an adjective', () => {
    const reader = createReader({
      dictionaries: [
        buildDictionary('test', [
          { lemma: 'natürlich', pos: 'ADJ', senses: [{ glosses: ['natural'] }], domains: [] },
          { lemma: 'natürlich', pos: 'ADV', senses: [{ glosses: ['of course'] }], domains: [] },
        ]),
      ],
    })
    const first = (text: string, word: string) => {
      const { token, entry } = annotationOf(reader.annotate(text), word)
      return { pos: token?.pos, gloss: entry?.senses[0]?.glosses[0] }
    }
    const adverb = first('Das ist natürlich richtig.', 'natürlich')
    const adjective = first('Ein natürlicher Prozess.', 'natürlicher')
    expect(adverb).toEqual({ pos: 'ADV', gloss: 'of course' })
    expect(adjective).toEqual({ pos: 'ADJ', gloss: 'natural' })
  })

  it('shows entries of another word class only when none fits, and no general entry for a look-alike form', () => {
    const reader = createReader({
      dictionaries: [
        buildDictionary('test', [
          { lemma: 'wenden', pos: 'VERB', senses: [{ glosses: ['turn'] }], domains: [] },
          { lemma: 'Wende', pos: 'NOUN', gender: 'f', senses: [{ glosses: ['turning point'] }], domains: [] },
        ]),
        parseDingPack(['Tag\tNOUN\tm\t-e\t\tday', 'Tage\tNOUN\tpl\t\t\tmenstrual cycle'].join('\n')),
      ],
    })
    const glosses = (text: string, word: string) => {
      const { annotation, entries } = annotationOf(reader.annotate(text), word)
      return annotation && entries.map((e) => e?.senses[0]?.glosses[0])
    }
    expect(glosses('Er wandte sich an sie.', 'wandte')).toEqual(['turn'])
    expect(glosses('Es waren schöne Tage.', 'Tage')).toEqual(['day'])
  })

  it('a noun form a curated pack lists as a word of its own before its lemma: Daten (data), not Datum (date)', () => {
    const reader = createReader({
      dictionaries: [
        buildDictionary('test', [
          { lemma: 'Datum', pos: 'NOUN', gender: 'n', plural: 'Daten', senses: [{ glosses: ['date'] }], domains: [] },
          { lemma: 'Daten', pos: 'NOUN', senses: [{ glosses: ['data'] }], domains: [] },
        ]),
      ],
    })
    const { token, entry } = annotationOf(reader.annotate('Die Daten sind sicher.'), 'Daten')
    expect(token?.lemma).toBe('Datum')
    expect(entry?.senses[0]?.glosses[0]).toBe('data')
    expect(annotationOf(reader.annotate('Das Datum steht fest.'), 'Datum').entry?.senses[0]?.glosses[0]).toBe('date')
    // also as the head of a compound
    const compound = annotationOf(annotate('Sie prüften die Positionsdaten.'), 'Positionsdaten').entry
    expect(compound?.senses[0]?.glosses[0]).toMatch(/\+ Daten data$/)
  })

  it('nouns of quality from the adjective they are made of', () => {
    const doc = annotate('Die Vorhersehbarkeit der Lage fehlt.')
    const { entry } = annotationOf(doc, 'Vorhersehbarkeit')
    expect(entry?.composed).toBe(true)
    expect(entry?.senses[0]?.glosses[0]).toMatch(/^vorhersehbar .+ \+ -keit/)
    expect(entry?.gender).toBe('f')
  })
})
