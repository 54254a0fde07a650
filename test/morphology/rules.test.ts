import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/index.js'

const analysis = (text: string) => Object.fromEntries(annotate(text).tokens.map((t) => [t.text, `${t.lemma}/${t.pos}`]))

describe('lemma rules', () => {
  it('irregular comparison: besser → gut, höchsten → hoch, größte → groß', () => {
    expect(analysis('Die bessere Lösung hat die höchsten Kosten und die größte Wirkung.')).toMatchObject({
      bessere: 'gut/ADJ',
      höchsten: 'hoch/ADJ',
      größte: 'groß/ADJ',
    })
  })

  it('noun endings the lexicon does not list, by gender: Jahres → Jahr; never "Volker" → Volk', () => {
    expect(analysis('Am Ende des Jahres tagten die Banken.')).toMatchObject({
      Jahres: 'Jahr/NOUN',
      Banken: 'Bank/NOUN',
    })
    expect(analysis('Damals sprach Volker Rühe.').Volker).not.toBe('Volk/NOUN')
  })

  it('a form that is a noun lemma itself is that noun; a nominalised infinitive loses to a plural', () => {
    expect(analysis('Der Wind kommt aus dem Westen.').Westen).toBe('Westen/NOUN')
    expect(analysis('Es dauerte drei Stunden.').Stunden).toBe('Stunde/NOUN')
  })

  it('attributive adjectives before a noun beat verb readings: "schnelle Hilfe"', () => {
    expect(analysis('Sie forderten schnelle Hilfe und klare Worte.')).toMatchObject({
      schnelle: 'schnell/ADJ',
      klare: 'klar/ADJ',
    })
  })

  it('present participles are adjectives with their own lemma', () => {
    expect(analysis('Das Essen war hervorragend.').hervorragend).toBe('hervorragend/ADJ')
  })

  it('capitalised adjectives inside names: "der Europäischen Union"', () => {
    expect(analysis('Die Staaten der Europäischen Union stimmten zu.').Europäischen).toBe('europäisch/ADJ')
  })

  it('a name in -s before a known noun is a genitive: "Kasachstans Präsident"', () => {
    expect(analysis('Kasachstans Präsident sprach.').Kasachstans).toBe('Kasachstan/PROPN')
  })

  it('a sentence-initial verb before a pronoun: "Habe ich …"', () => {
    expect(analysis('Habe ich das gesagt?').Habe).toBe('haben/AUX')
  })

  it('names: a hyphenated first name is no compound, a surname after a name is no noun', () => {
    expect(analysis('Präsident Kassym-Schomart Tokajew sprach mit Antony Blinken.')).toMatchObject({
      'Kassym-Schomart': 'Kassym-Schomart/PROPN',
      Blinken: 'Blinken/PROPN',
    })
  })

  it('a verb before its inverted subject is no attributive adjective: "…“, erklärte Tokajew"', () => {
    expect(analysis('„Das reicht“, erklärte Tokajew.').erklärte).toBe('erklären/VERB')
  })

  it('conjunction or adverb by position: "…, damit er kommt" but "ist damit unklar"', () => {
    expect(analysis('Die Bilanz ist damit unklar.').damit).toBe('damit/ADV')
    expect(analysis('Er ruft an, damit sie kommt.').damit).toBe('damit/SCONJ')
  })

  it('an unknown word between article and noun is an adjective: "die orange Revolution"', () => {
    expect(analysis('Sie erinnerten an die orange Revolution.').orange).toBe('orange/ADJ')
  })

  it('agreement: an article that cannot go with a noun picks another reading ("die Westen" are vests)', () => {
    expect(analysis('Die Westen lagen im Schrank.').Westen).toBe('Weste/NOUN')
    expect(analysis('Der Westen reagierte.').Westen).toBe('Westen/NOUN')
  })

  it('an auxiliary earlier in the sentence makes a participle a verb: "hat … verurteilt"', () => {
    expect(analysis('Der Präsident hat den Angriff scharf verurteilt.').verurteilt).toBe('verurteilen/VERB')
  })

  it('a name the curated dictionaries know is PROPN even where the lexicon lists a noun: Russland, Kreml', () => {
    expect(analysis('Russland und der Kreml schwiegen.')).toMatchObject({
      Russland: 'Russland/PROPN',
      Kreml: 'Kreml/PROPN',
    })
  })
})
