import { describe, expect, it } from 'vitest'
import { buildDictionary, createReader } from '../../src/index.js'

const reader = createReader({
  dictionaries: [
    buildDictionary('test', [
      { lemma: 'Putin', pos: 'PROPN', senses: [{ glosses: ['Putin'] }], domains: ['pol'] },
      { lemma: 'Vereinigte Staaten', pos: 'PROPN', senses: [{ glosses: ['United States'] }], domains: ['geo'] },
    ]),
  ],
})
const entities = (text: string) => {
  const doc = reader.annotate(text)
  return doc.annotations
    .filter((a) => a.kind === 'entity')
    .map((a) => `${a.lemma}: ${doc.entries[a.entries[0] as string]?.source}`)
}

describe('names', () => {
  it('marks a run of unknown names as one name, and keeps known ones with their entry', () => {
    expect(entities('Putin empfing Mitt Romney.')).toEqual(['Putin: test', 'Mitt Romney: name'])
  })

  it('does not join names across sentences, and leaves names found by phrases to their entry', () => {
    expect(entities('Er traf Romney. Santorum kam nicht.')).toEqual(['Romney: name', 'Santorum: name'])
    expect(entities('Die Vereinigten Staaten protestierten.')).toEqual(['Vereinigte Staaten: test'])
  })

  it('says what the entry is: a name, not translated, composed', () => {
    const doc = reader.annotate('Gillibrand sprach.')
    expect(Object.values(doc.entries)[0]).toMatchObject({
      pos: 'PROPN',
      senses: [{ glosses: ['name (not translated)'] }],
      source: 'name',
      composed: true,
    })
  })

  it('joins the connectors of foreign names, never at the edge of a name', () => {
    expect(entities('Er hörte Voice of America.')).toEqual(['Voice of America: name'])
    expect(entities('Die Association for the Advancement of Colored People klagte.')).toEqual([
      'Association for the Advancement of Colored People: name',
    ])
    expect(entities('Romney and friends.')).toEqual(['Romney: name'])
  })

  it('takes a name with a particle (al-Maliki) and a capitalised word without an entry beside a name', () => {
    expect(entities('Er traf al-Maliki.')).toEqual(['al-Maliki: name'])
    expect(entities('Der Vorschlag von Michel Wolter kam spät.')).toEqual(['Michel Wolter: name'])
  })

  it('finds a name under a form of another word count: ROG, Britisch-Kolumbien', () => {
    const named = createReader({
      dictionaries: [
        buildDictionary('test', [
          {
            lemma: 'British Columbia',
            pos: 'PROPN',
            senses: [{ glosses: ['British Columbia'] }],
            domains: ['geo'],
            forms: ['Britisch-Kolumbien'],
          },
          {
            lemma: 'RSF',
            pos: 'PROPN',
            senses: [{ glosses: ['Reporters Without Borders'] }],
            domains: ['media'],
            forms: ['Reporter ohne Grenzen'],
          },
        ]),
      ],
    })
    const doc = named.annotate('In Britisch-Kolumbien sprachen die Reporter ohne Grenzen.')
    const lemmas = doc.annotations
      .filter((a) => a.kind === 'entity')
      .map((a) => doc.entries[a.entries[0] as string]?.lemma)
    expect(lemmas).toEqual(['British Columbia', 'RSF'])
  })
})
