import { describe, expect, it } from 'vitest'
import { annotate, buildDictionary, createReader } from '../../src/index.js'

const dictionary = buildDictionary('test', [
  {
    lemma: 'machen',
    pos: 'VERB',
    verb: { present: 'macht', past: 'machte', participle: 'gemacht', aux: 'haben' },
    senses: [{ glosses: ['make'] }],
    domains: [],
  },
  {
    lemma: 'mitteilen',
    pos: 'VERB',
    verb: { present: 'teilt mit', past: 'teilte mit', participle: 'mitgeteilt', aux: 'haben' },
    senses: [{ glosses: ['announce'] }],
    domains: ['pol'],
  },
])
const reader = createReader({ dictionaries: [dictionary] })
const separableGloss = (text: string) => {
  const doc = reader.annotate(text)
  const a = doc.annotations.find((x) => x.kind === 'separable-verb')
  return { lemma: a?.lemma, gloss: a ? doc.entries[a.entries[0] as string]?.senses[0]?.glosses[0] : undefined }
}

describe('separable verbs in the glossary', () => {
  it('are glossed by the particle verb', () => {
    expect(separableGloss('Das Amt teilte gestern mit, es sei ruhig.')).toEqual({
      lemma: 'mitteilen',
      gloss: 'announce',
    })
  })

  it('never by the base verb their finite token is a form of', () => {
    expect(separableGloss('Er machte klar, dass er bleibt.')).toEqual({ lemma: 'klarmachen', gloss: undefined })
  })

  it('is glossed as a verb, never as a noun written alike', () => {
    const doc = annotate('Was ist denn los?')
    const unit = doc.annotations.find((a) => a.kind === 'separable-verb')
    expect(unit?.lemma).toBe('lossein')
    expect(unit?.entries.map((id) => doc.entries[id]?.pos)).toEqual(['VERB'])
  })
})
