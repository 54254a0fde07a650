import { describe, expect, it } from 'vitest'
import { contextSense } from '../../src/glossary/sense-choice.js'
import { annotate, buildDictionary, createReader, renderReadingPage } from '../../src/index.js'
import { annotationOf } from './annotation-of.js'

const wenden = {
  lemma: 'wenden',
  pos: 'VERB',
  verb: { present: 'wendet', past: 'wandte', participle: 'gewandt' },
  senses: [
    { glosses: ['turn over'] },
    { glosses: ['turn around'], note: 'sich wenden' },
    { glosses: ['turn to'], note: 'sich an jdn. wenden' },
    { glosses: ['turn against'], note: 'sich gegen jdn./etw. wenden' },
  ],
  domains: [],
}
const reader = createReader({ dictionaries: [buildDictionary('test', [wenden])] })
const chosen = (text: string) => {
  const doc = reader.annotate(text)
  const a = doc.annotations.find((x) => x.lemma === 'wenden')
  const entry = doc.entries[a?.entries[0] as string]
  return entry?.senses[a?.sense ?? 0]?.glosses[0]
}

describe('the sense a verb has in its clause', () => {
  it('follows "sich" and the preposition the clause has', () => {
    expect(chosen('Er wandte sich an das Gericht.')).toBe('turn to')
    expect(chosen('Sie wandten sich gegen den Plan.')).toBe('turn against')
    expect(chosen('Der Wagen wendete sich.')).toBe('turn around')
    expect(chosen('Sie wendete das Blatt.')).toBe('turn over')
  })

  it('reads contractions as their preposition and stays inside the clause', () => {
    expect(chosen('Er wandte sich ans Gericht.')).toBe('turn to')
    expect(chosen('Sie wendete das Blatt, während er sich an die Wand lehnte.')).toBe('turn over')
  })

  it('needs a pattern that ends with the lemma', () => {
    const words = new Set(['sich', 'an'])
    expect(contextSense('wenden', [{}, { note: 'sich an jdn. wenden' }], words)).toBe(1)
    expect(contextSense('wenden', [{}, { note: 'see also umwenden' }], words)).toBeUndefined()
    expect(contextSense('wenden', [{ note: 'sich an jdn. wenden' }, {}], words)).toBeUndefined()
  })

  it('passes over a first sense whose pattern, in a note or a gloss, the clause lacks', () => {
    const enthalten = {
      lemma: 'enthalten',
      pos: 'VERB',
      verb: { present: 'enthält', past: 'enthielt', participle: 'enthalten' },
      senses: [{ glosses: ['abstain (sich ~)'] }, { glosses: ['contain'] }],
      domains: [],
    }
    const read = createReader({ dictionaries: [buildDictionary('test', [enthalten])] })
    const sense = (text: string, verb: string) => annotationOf(read.annotate(text), verb).sense?.glosses[0]
    expect(sense('Er enthielt sich der Stimme.', 'enthielt')).toBe('abstain (sich ~)')
    expect(sense('Der Pass enthält Fotos.', 'enthält')).toBe('contain')
    expect(contextSense('bekennen', [{ glosses: ['claim responsibility (sich ~ zu)'] }, {}], new Set(['er']))).toBe(1)
    expect(contextSense('bekennen', [{ glosses: ['claim (sich ~ zu)'] }, {}], new Set(['sich', 'zu']))).toBeUndefined()
  })

  it('picks a noun sense whose note names a word of the sentence', () => {
    const ziel = {
      lemma: 'Ziel',
      pos: 'NOUN',
      gender: 'n' as const,
      senses: [{ glosses: ['goal'] }, { glosses: ['target'], note: 'of an Angriff or Anschlag' }],
      domains: [],
    }
    const read = createReader({ dictionaries: [buildDictionary('test', [ziel])] })
    const sense = (text: string) => annotationOf(read.annotate(text), 'Ziel').sense?.glosses[0]
    expect(sense('Das Ziel des Angriffs war eine Kaserne.')).toBe('target')
    expect(sense('Das Ziel der Regierung ist klar.')).toBe('goal')
  })

  it('reads a participle as the more basic adjective where no haben or sich makes it the verb', () => {
    const first = (text: string, word: string) => annotationOf(annotate(text), word).entry?.senses[0]?.glosses[0]
    expect(first('Das wurde am Montag bekannt.', 'bekannt')).toBe('known')
    expect(first('Er ist bekannt für seine Reden.', 'bekannt')).toBe('known')
    expect(first('Die Gruppe hat sich zu dem Anschlag bekannt.', 'bekannt')).not.toBe('known')
    expect(first('Die Polizei hat ihn verletzt.', 'verletzt')).not.toBe('injured')
  })

  it('shows the chosen sense first on the reading page, with its pattern', () => {
    const html = renderReadingPage(reader.annotate('Er wandte sich an das Gericht.'))
    expect(html).toContain('1. turn to (sich an jdn. wenden)')
  })

  it('reads an auxiliary by the other verbs of its clause: passive, future, perfect', () => {
    const aux = createReader({
      dictionaries: [
        buildDictionary('test', [
          {
            lemma: 'werden',
            pos: 'AUX',
            senses: [
              { glosses: ['become'] },
              { glosses: ['will'], note: 'werden + infinitive' },
              { glosses: ['be (passive)'], note: 'werden + participle' },
            ],
            domains: [],
          },
          {
            lemma: 'haben',
            pos: 'AUX',
            senses: [{ glosses: ['have'] }, { glosses: ['have (perfect)'], note: 'haben + participle' }],
            domains: [],
          },
        ]),
      ],
    })
    const sense = (text: string, word: string) => {
      return annotationOf(aux.annotate(text), word).sense?.glosses[0]
    }
    expect(sense('Viele Menschen wurden festgenommen.', 'wurden')).toBe('be (passive)')
    expect(sense('Russland werde das nicht zulassen, sagte er.', 'werde')).toBe('will')
    expect(sense('Er wird Präsident.', 'wird')).toBe('become')
    expect(sense('Sie würden „niemals schießen“.', 'würden')).toBe('will')
    expect(sense('Sie hätten lange gewartet.', 'hätten')).toBe('have (perfect)')
    expect(sense('Sie hat ein Auto.', 'hat')).toBe('have')
  })

  it('marks participles and zu-infinitives with their UD VerbForm', () => {
    const doc = reader.annotate('Sie haben ihn festgenommen, statt ihn freizulassen. Er versucht es.')
    const morph = (text: string) => doc.tokens.find((t) => t.text === text)?.morph?.VerbForm
    expect(morph('festgenommen')).toBe('Part')
    expect(morph('freizulassen')).toBe('Inf')
    // a participle that is also a finite form is left undecided, unless an auxiliary of its clause comes first
    expect(morph('versucht')).toBeUndefined()
    const after = reader.annotate('Die Zahl werde überprüft, sagte er, sie überprüft das.')
    expect(after.tokens.filter((t) => t.text === 'überprüft').map((t) => t.morph?.VerbForm)).toEqual([
      'Part',
      undefined,
    ])
  })
})
