import { describe, expect, it } from 'vitest'
import { englishOrdinal, ordinalEntry } from '../../src/glossary/ordinal.js'
import { annotate } from '../../src/index.js'

describe('ordinals', () => {
  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ])
  })

  it('glosses "6." and "XIV." and nothing else', () => {
    expect(ordinalEntry('6.')?.senses[0]?.glosses).toEqual(['6th'])
    expect(ordinalEntry('XIV.')?.senses[0]?.glosses).toEqual(['14th'])
    expect(ordinalEntry('Dr.')).toBeUndefined()
  })

  it('annotates ordinal tokens in a document', () => {
    const doc = annotate('Er kam am 6. Januar.')
    const six = doc.annotations.find((a) => doc.tokens[a.tokens[0] as number]?.text === '6.')
    expect(doc.entries[six?.entries[0] as string]).toMatchObject({ source: 'ordinal', composed: true })
  })
})
