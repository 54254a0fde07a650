import { describe, expect, it } from 'vitest'
import { createReader, defaultDictionaries, formatProblem, parseCsv, parseUserDictionary } from '../../src/index.js'

const csv = [
  'lemma,pos,gender,plural,glosses,domains,level,note',
  'Fraktion,NOUN,f,Fraktionen,parliamentary group; caucus|faction,pol,B2,"Not a fraction, a false friend."',
].join('\n')

describe('user dictionaries', () => {
  it('reads CSV: senses split by |, glosses by ;, quoted fields with commas', () => {
    const { dictionary, problems } = parseUserDictionary(csv, 'mine.csv')
    expect(problems).toEqual([])
    expect(dictionary?.words.get('Fraktion')?.[0]).toMatchObject({
      lemma: 'Fraktion',
      gender: 'f',
      plural: 'Fraktionen',
      senses: [{ glosses: ['parliamentary group', 'caucus'] }, { glosses: ['faction'] }],
      note: 'Not a fraction, a false friend.',
      source: 'user',
    })
  })

  it('reads JSON in the pack format', () => {
    const json = JSON.stringify([
      { lemma: 'Wahl', pos: 'NOUN', gender: 'f', plural: 'Wahlen', senses: [{ glosses: ['vote'] }], domains: [] },
    ])
    expect(parseUserDictionary(json, 'mine.json').dictionary?.words.get('Wahlen')?.[0]?.lemma).toBe('Wahl')
  })

  it('overrides the built-in entries when it comes first', () => {
    const { dictionary } = parseUserDictionary(csv, 'mine.csv')
    const reader = createReader({ dictionaries: [dictionary as never, ...defaultDictionaries()] })
    const doc = reader.annotate('Die Fraktion stimmte zu.')
    const fraktion = doc.annotations.find((a) => a.lemma === 'Fraktion')
    expect(doc.entries[fraktion?.entries[0] as string]?.source).toBe('user')
  })

  it('reports every problem as FILE:entry:field and yields no dictionary', () => {
    const bad = ['lemma,pos,gender,glosses,level', 'Wahl,NUON,x,election,Z9', ',NOUN,,,B1'].join('\n')
    const result = parseUserDictionary(bad, 'bad.csv')
    expect(result.dictionary).toBeUndefined()
    expect(result.problems.map(formatProblem)).toEqual([
      'bad.csv:Wahl:pos: required, a UD UPOS tag such as NOUN, VERB, ADJ, PROPN',
      'bad.csv:Wahl:gender: must be m, f or n',
      'bad.csv:Wahl:level: must be a CEFR level A1 … C2',
      'bad.csv:#2:lemma: required, a non-empty string',
      'bad.csv:#2:senses[0].glosses: required, a non-empty array of strings',
    ])
  })

  it('names missing and unknown columns, and broken JSON', () => {
    expect(parseUserDictionary('lemma,wort\nx,y', 'h.csv').problems.map(formatProblem)).toEqual([
      'h.csv:header:pos: missing column',
      'h.csv:header:glosses: missing column',
      'h.csv:header:wort: unknown column (known: lemma, pos, gender, plural, glosses, domains, level, note)',
    ])
    expect(formatProblem(parseUserDictionary('[{', 'b.json').problems[0] as never)).toMatch(
      /^b\.json:-:-: not valid JSON/,
    )
  })

  it('parses RFC 4180 CSV', () => {
    expect(parseCsv('a,"b,c","d ""e"""\r\n"f\ng",h\n')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['f\ng', 'h'],
    ])
  })
})
