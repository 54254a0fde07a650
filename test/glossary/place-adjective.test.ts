import { describe, expect, it } from 'vitest'
import { placeCandidates } from '../../src/glossary/place-adjective.js'
import { buildDictionary, createReader } from '../../src/index.js'

const reader = createReader({
  dictionaries: [
    buildDictionary('test', [
      { lemma: 'München', pos: 'PROPN', senses: [{ glosses: ['Munich'] }], domains: ['geo'] },
      { lemma: 'Bremen', pos: 'PROPN', senses: [{ glosses: ['Bremen'] }], domains: ['geo'] },
      { lemma: 'Müller', pos: 'PROPN', senses: [{ glosses: ['Müller'] }], domains: ['pol'] },
    ]),
  ],
})
const gloss = (text: string, word: string) => {
  const doc = reader.annotate(text)
  const a = doc.annotations.find((x) => x.tokens.some((i) => doc.tokens[i]?.text === word))
  return a ? doc.entries[a.entries[0] as string]?.senses[0]?.glosses[0] : undefined
}

describe('place adjectives in -er', () => {
  it('finds the place with or without an inserted e or a dropped -en', () => {
    expect(placeCandidates('Münchner')).toContain('München')
    expect(placeCandidates('Bremer')).toContain('Bremen')
    expect(placeCandidates('oder')).toEqual([])
  })

  it('glosses "Münchner Polizei" and "Bremer Senat" through the place', () => {
    expect(gloss('Die Münchner Polizei ermittelt.', 'Münchner')).toBe('of Munich')
    expect(gloss('Der Bremer Senat tagt.', 'Bremer')).toBe('of Bremen')
  })

  it('only from places: a person named in a dictionary makes no adjective', () => {
    expect(gloss('Der Müllerer kam.', 'Müllerer')).not.toMatch(/^of /)
  })
})
