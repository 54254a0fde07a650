import { describe, expect, it } from 'vitest'
import { buildDictionary, createReader } from '../../src/index.js'
import { annotationOf } from './annotation-of.js'

const dictionary = buildDictionary('test', [
  { lemma: 'Truppe', pos: 'NOUN', gender: 'f', plural: 'Truppen', senses: [{ glosses: ['troop'] }], domains: ['mil'] },
  {
    lemma: 'Aufstockung',
    pos: 'NOUN',
    gender: 'f',
    plural: 'Aufstockungen',
    senses: [{ glosses: ['increase'] }],
    domains: [],
  },
])
const reader = createReader({ dictionaries: [dictionary] })

describe('composed glosses', () => {
  it('glosses a compound in no dictionary through its parts, marked as composed', () => {
    const doc = reader.annotate('Sie beschlossen eine Truppenaufstockung.')
    const annotation = doc.annotations.find((a) => a.kind === 'compound')
    const entry = doc.entries[annotation?.entries[0] as string]
    expect(entry).toMatchObject({
      lemma: 'Truppenaufstockung',
      gender: 'f',
      plural: 'Truppenaufstockungen',
      composed: true,
      source: 'composed',
      senses: [{ glosses: ['Truppe troop + Aufstockung increase'] }],
    })
  })
})

describe('the parts of a composed gloss', () => {
  const words = buildDictionary('test', [
    { lemma: 'national', pos: 'ADJ', senses: [{ glosses: ['national'] }], domains: [] },
    { lemma: 'Nationale', pos: 'NOUN', gender: 'f', senses: [{ glosses: ['personal details'] }], domains: [] },
    { lemma: 'Fahne', pos: 'NOUN', gender: 'f', plural: 'Fahnen', senses: [{ glosses: ['flag'] }], domains: [] },
    { lemma: 'rot', pos: 'ADJ', senses: [{ glosses: ['red'] }], domains: [] },
    { lemma: 'wissen', pos: 'VERB', verb: { present: 'weiß' }, senses: [{ glosses: ['know'] }], domains: [] },
    { lemma: 'weiß', pos: 'ADJ', senses: [{ glosses: ['white'] }], domains: [] },
  ])
  const read = createReader({ dictionaries: [words] })
  const gloss = (text: string, word: string) => annotationOf(read.annotate(text), word).entry?.senses[0]?.glosses[0]

  it('reads an adjective modifier as the adjective, and writes a word glossed by itself once', () => {
    expect(gloss('Die Nationalfahne wehte.', 'Nationalfahne')).toBe('national + Fahne flag')
  })

  it('reads a colour in a hyphenated adjective as the adjective', () => {
    expect(gloss('Die Fahne ist rot-weiß.', 'rot-weiß')).toBe('rot red + weiß white')
  })
})

describe('prefixes and numbers in compounds', () => {
  const withLand = buildDictionary('test', [
    { lemma: 'Land', pos: 'NOUN', gender: 'n', plural: 'Länder', senses: [{ glosses: ['country'] }], domains: [] },
    { lemma: 'Ex', pos: 'NOUN', gender: 'm', senses: [{ glosses: ['ex-boyfriend'] }], domains: [] },
    { lemma: 'Jahr', pos: 'NOUN', gender: 'n', plural: 'Jahre', senses: [{ glosses: ['year'] }], domains: [] },
  ])
  const gloss = (text: string, word: string) => {
    return annotationOf(createReader({ dictionaries: [withLand] }).annotate(text), word).entry?.senses[0]?.glosses[0]
  }

  it('reads a prefix by its own sense: Ex- is former, not an ex-boyfriend', () => {
    expect(gloss('In Ex-Kolonialländern wählten sie.', 'Ex-Kolonialländern')).toMatch(/^Ex- former, ex- \+ /)
  })

  it('writes a decade compound as the decade', () => {
    expect(gloss('In den 2000er-Jahren war das so.', '2000er-Jahren')).toBe('the 2000s')
  })
})
