import { describe, expect, it } from 'vitest'
import type { PackEntry } from '../../src/glossary/pack.js'
import { buildDictionary, createReader } from '../../src/index.js'

const entries: PackEntry[] = [
  {
    lemma: 'in Aktion treten',
    pos: 'VERB',
    verb: { present: 'tritt in Aktion', past: 'trat in Aktion', participle: 'getreten', aux: 'sein' },
    senses: [{ glosses: ['to go into action'] }],
    domains: ['pol'],
  },
  {
    lemma: 'einen Schießbefehl erteilen',
    pos: 'VERB',
    verb: { present: 'erteilt', past: 'erteilte', participle: 'erteilt', aux: 'haben' },
    senses: [{ glosses: ['to give a shoot-to-kill order'] }],
    domains: ['mil'],
  },
  {
    lemma: 'bunte Revolution',
    pos: 'NOUN',
    gender: 'f',
    plural: 'bunte Revolutionen',
    senses: [{ glosses: ['colour revolution'] }],
    domains: ['pol'],
  },
  {
    lemma: 'Auswärtiges Amt',
    pos: 'PROPN',
    gender: 'n',
    senses: [{ glosses: ['Federal Foreign Office'] }],
    domains: ['pol'],
  },
  { lemma: 'im Vergleich zu', pos: 'ADP', senses: [{ glosses: ['compared with'] }], domains: [] },
]
const reader = createReader({ dictionaries: [buildDictionary('test', entries)] })
const phrases = (text: string) => {
  const doc = reader.annotate(text)
  return doc.annotations
    .filter((a) => a.kind === 'phrase' || a.kind === 'entity')
    .map((a) => `${a.lemma}: ${a.tokens.map((i) => doc.tokens[i]?.text).join(' ')}`)
}

describe('phrase matching', () => {
  it('finds a verb phrase with its participle at the end of the clause', () => {
    expect(phrases('Die Kämpfer seien dann in Aktion getreten.')).toEqual(['in Aktion treten: in Aktion getreten'])
  })

  it('finds a discontinuous verb phrase with the finite verb in second position', () => {
    expect(phrases('Gestern trat die Polizei in Aktion.')).toEqual(['in Aktion treten: trat in Aktion'])
  })

  it('lets the article of an expression vary', () => {
    expect(phrases('Der Präsident hatte den Schießbefehl erteilt.')).toEqual([
      'einen Schießbefehl erteilen: den Schießbefehl erteilt',
    ])
  })

  it('finds inflected adjective-noun terms and names', () => {
    expect(phrases('Er warnte vor bunten Revolutionen.')).toEqual(['bunte Revolution: bunten Revolutionen'])
    expect(phrases('Sie trafen sich im Auswärtigen Amt.')).toEqual(['Auswärtiges Amt: Auswärtigen Amt'])
  })

  it('ends an expression on a preposition with the contraction of it and an article', () => {
    expect(phrases('Im Vergleich zum Vorjahr stieg die Zahl.')).toEqual(['im Vergleich zu: Im Vergleich zum'])
  })

  it('does not match across sentences or with a missing word', () => {
    expect(phrases('Die Polizei war in Aktion. Dann trat sie ab.')).toEqual([])
    expect(phrases('Er sprach von einer Revolution.')).toEqual([])
  })
})
