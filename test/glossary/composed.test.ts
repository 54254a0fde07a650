import { describe, expect, it } from 'vitest'
import { buildDictionary, createReader } from '../../src/index.js'

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
