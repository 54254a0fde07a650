import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bundledCorePack } from '../../src/glossary/packs.js'
import { annotate } from '../../src/index.js'
import { annotationOf } from './annotation-of.js'

const functionWords = JSON.parse(
  readFileSync(new URL('../../src/morphology/data/function-words.json', import.meta.url), 'utf8'),
) as Record<string, string[]>

/** The first sense's first gloss of the word written `word` in `text`. */
const gloss = (text: string, word: string) => annotationOf(annotate(text), word).sense?.glosses[0]

describe('closed-class words', () => {
  it('every article, pronoun, preposition, conjunction and particle the morphology knows has a curated entry', () => {
    const core = bundledCorePack()
    const missing: string[] = []
    for (const pos of ['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART'])
      for (const line of functionWords[pos] ?? []) {
        const lemma = line.slice(0, line.indexOf(':'))
        if (!core?.words.get(lemma)?.some((e) => e.pos === pos)) missing.push(`${lemma} ${pos}`)
      }
    expect(missing).toEqual([])
  })

  it('are glossed in the sense their clause gives them', () => {
    expect(gloss('Er kam, obwohl es regnete.', 'obwohl')).toBe('although')
    expect(gloss('Wegen des Streiks fiel der Zug aus.', 'Wegen')).toBe('because of')
    expect(gloss('Er ist noch da.', 'noch')).toBe('still')
    expect(gloss('Weder er noch sie kam.', 'noch')).toBe('nor')
    expect(gloss('Das ist doch klar.', 'doch')).not.toBe('but')
    expect(gloss('Er kam, doch sie ging.', 'doch')).toBe('but')
    expect(gloss('Er kam aber nicht.', 'aber')).toBe('however')
    expect(gloss('Klein, aber fein.', 'aber')).toBe('but')
    expect(gloss('Was ist denn los?', 'denn')).toBe('then (in questions)')
    expect(gloss('Das ist gut.', 'Das')).toBe('that (one)')
    expect(gloss('Es waren Banden, die über Erfahrung verfügt hätten.', 'die')).toBe('who')
    expect(gloss('Das Haus, in dem er wohnt, ist alt.', 'dem')).toBe('who')
    expect(gloss('Das neue Gesetz gilt.', 'Das')).toBe('the')
    expect(gloss('Je länger, desto besser.', 'desto')).toBe('the (… the)')
  })

  it('a conjunction is never followed by a finite verb: "Da war niemand" is there, "Da ich krank war" since', () => {
    expect(gloss('Da war niemand.', 'Da')).toBe('there')
    expect(gloss('Da ich krank war, blieb ich zu Hause.', 'Da')).toBe('since')
    expect(gloss('Er kam, damit sie gehen konnte.', 'damit')).toBe('so that')
  })

  it('zu before an adjective or adverb is too; before an infinitive it marks it, before a noun it is to', () => {
    expect(gloss('Das ist zu teuer.', 'zu')).toBe('too')
    expect(gloss('Er kam zu spät.', 'zu')).toBe('too')
    expect(gloss('Er versuchte zu helfen.', 'zu')).toBe('to (before an infinitive)')
    expect(gloss('Er ging zu neuen Ufern.', 'zu')).toBe('to')
  })

  it('wie compares (like, as), opens a clause that ends in its verb, or asks (how)', () => {
    expect(gloss('Er hing wie ein nasser Sack an mir.', 'wie')).toBe('like')
    expect(gloss('So schnell wie bei ihm ging es nie.', 'wie')).toBe('like')
    expect(gloss('Wie geht es dir?', 'Wie')).toBe('how')
    expect(annotationOf(annotate('Wie sich herausstellte, war der Preis hoch.'), 'Wie').token?.pos).toBe('SCONJ')
  })

  it('an adjective listed in its comparative form is glossed as that: weitere is further, not far', () => {
    expect(gloss('Es gab weitere Proteste.', 'weitere')).toBe('further')
    expect(gloss('Nach weiteren Gesprächen.', 'weiteren')).toBe('further')
    expect(gloss('Der Weg ist weit.', 'weit')).toBe('far')
  })

  it('a word that is an adverb and an adjective is glossed as the adjective before a noun', () => {
    expect(gloss('Die tatsächliche Bilanz ist unklar.', 'tatsächliche')).toBe('actual')
    expect(gloss('Das ist tatsächlich so.', 'tatsächlich')).toBe('actually')
  })

  it('say how they change the clause where a learner needs it', () => {
    const obwohl = annotationOf(annotate('Er kam, obwohl es regnete.'), 'obwohl').entry
    expect(obwohl?.note).toMatch(/verb to the end/)
    const seit = annotationOf(annotate('Seit drei Jahren lebt er hier.'), 'Seit').entry
    expect(seit?.note).toMatch(/dative/)
  })
})
