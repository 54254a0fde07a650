import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotate, createReader } from '../src/index.js'
import { expectValidDocument } from './invariants.js'

const articles = new URL('../examples/articles/', import.meta.url)
const seed = new URL('../../shared/seed/article.de.txt', import.meta.url)

describe('annotate', () => {
  for (const file of readdirSync(articles).filter((f) => f.endsWith('.txt'))) {
    it(`keeps the invariants on the team article ${file}`, () => {
      const text = readFileSync(new URL(file, articles), 'utf8')
      const doc = annotate(text)
      expectValidDocument(doc, text)
      expect(doc.sentences.length).toBeGreaterThan(20)
      expect(doc.annotations.length).toBeGreaterThan(10)
    })
  }

  it.runIf(existsSync(seed))('keeps the invariants on the seed article (../shared)', () => {
    const text = readFileSync(seed, 'utf8')
    const doc = annotate(text)
    expectValidDocument(doc, text)
    expect(doc.sentences).toHaveLength(31)
  })

  it('gives a valid empty document for empty input', () => {
    const doc = annotate('')
    expectValidDocument(doc, '')
    expect(doc).toMatchObject({ schema: 'lesehilfe/1', tokens: [], sentences: [], paragraphs: [] })
  })

  it('is deterministic: same input, byte-identical JSON', () => {
    const text = 'Der Bundestag stimmte am 6. Januar über den Haushalt ab.'
    expect(JSON.stringify(annotate(text))).toBe(JSON.stringify(annotate(text)))
  })

  it('reads a sentence the same in a fresh reader as after other texts (the readers cache per word)', () => {
    const articlesText = readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, articles), 'utf8'))
    // the same words in other places: a truncated compound, an ambiguous form, a sentence start
    const text =
      'Integrations- und Sprachkurse helfen. Die Kurse laufen. Sprachkurse laufen, sagte sie. Laufen sie? Die Wahl läuft.'
    const fresh = JSON.stringify(createReader().annotate(text))
    const reader = createReader()
    for (const article of articlesText) reader.annotate(article)
    reader.annotate(text)
    expect(JSON.stringify(reader.annotate(text))).toBe(fresh)
  })

  it('gives each reading of one written word its own entries, however often the word recurs', () => {
    const reader = createReader()
    const text = 'Leben sie noch? Das Leben ist schön. Integrations- und Sprachkurse, Integrations- und Sprachtests.'
    for (let round = 0; round < 2; round++) {
      const doc = reader.annotate(text)
      const readings = doc.tokens.flatMap((token, i) => {
        if (token.text !== 'Leben' && token.text !== 'Integrations-') return []
        const annotation = doc.annotations.find((a) => a.tokens.includes(i))
        const entry = doc.entries[annotation?.entries[0] ?? '']
        return [`${token.pos} ${annotation?.lemma} ${entry?.pos}`]
      })
      expect(readings).toEqual([
        'VERB leben VERB',
        'NOUN Leben NOUN',
        'NOUN Integrationskurs NOUN',
        'NOUN Integrationstest NOUN',
      ])
    }
  })

  it('accepts any string, including lone surrogates and control characters', () => {
    for (const text of ['\ud800', '\u0000\u0001', '...', '„', '\r\n\r\n', 'a\u00adb', '👍🏽'.repeat(3)]) {
      expectValidDocument(annotate(text), text)
    }
  })

  it('accepts text broken anywhere: random strings of words, punctuation and odd characters', () => {
    // a fixed pseudo-random sequence, so that a failure repeats
    let seed = 7
    const next = (n: number) => {
      seed = (Math.imul(seed, 48271) >>> 0) % 2147483647
      return seed % n
    }
    const pieces = [
      ...'Die Regierung hat sich , wie bekannt wurde ( am 3. Mai ) in Berlin zu den Plänen geäußert . sind da hier können'.split(
        ' ',
      ),
      ...' ,.;:()„“"‚‘-–—!?\n\tÄÖÜäöüß0123456789\u0301\ud83d\ude00\u200b'.split(''),
    ]
    for (let round = 0; round < 300; round++) {
      let text = ''
      for (let i = next(40); i > 0; i--) text += pieces[next(pieces.length)] + (next(3) === 0 ? '' : ' ')
      expectValidDocument(annotate(text), text)
    }
    // a parenthesis opened at a sentence end, after an auxiliary
    const text = 'Im Vorfeld wurden die Ansichten des Gastgebers, de( Präsidenten'
    expectValidDocument(annotate(text), text)
  })

  it('glosses political terms from the bundled politics pack', () => {
    const doc = annotate('Die Regierung verurteilte den Staatsstreich.')
    const lemmas = doc.annotations.map((a) => a.lemma)
    expect(lemmas).toContain('Regierung')
    expect(lemmas).toContain('Staatsstreich')
    const coup = doc.annotations.find((a) => a.lemma === 'Staatsstreich')
    expect(coup?.political).toBe(true)
    expect(doc.entries[coup?.entries[0] as string]?.senses[0]?.glosses.join(' ')).toMatch(/coup/)
  })

  it('runs replaceable stages', () => {
    const reader = createReader({
      dictionaries: [],
      analyse: (_text, seg) => ({
        tokens: seg.tokens.map((t) => ({ ...t, lemma: t.text.toLowerCase() })),
        sentences: seg.sentences,
        units: [],
      }),
    })
    const doc = reader.annotate('Die Wahl')
    expect(doc.tokens.map((t) => t.lemma)).toEqual(['die', 'wahl'])
    expect(doc.annotations).toEqual([])
  })
})
