import { readdirSync, readFileSync } from 'node:fs'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { checkPack, formatProblem } from '../../src/glossary/pack.js'
import { bundledPoliticsPack } from '../../src/glossary/politics.js'

const dir = new URL('../../dictionaries/politics/', import.meta.url)
const schema = JSON.parse(readFileSync(new URL('schema.json', dir), 'utf8'))
const validate = new Ajv({ allErrors: true }).compile(schema)
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json')

describe('politics pack', () => {
  it('has its files', () => {
    expect(files.length).toBeGreaterThanOrEqual(1)
  })

  for (const file of files) {
    it(`${file} validates against the pack schema`, () => {
      const json = JSON.parse(readFileSync(new URL(file, dir), 'utf8'))
      validate(json)
      expect(validate.errors ?? []).toEqual([])
      expect(checkPack(json, file).problems).toEqual([])
    })
  }

  it('has no entry twice (lemma and part of speech) across its files', () => {
    const seen = new Map<string, string>()
    const duplicates: string[] = []
    for (const file of files) {
      for (const e of JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { lemma: string; pos: string }[]) {
        const key = `${e.lemma}|${e.pos}`
        if (seen.has(key)) duplicates.push(`${key} in ${seen.get(key)} and ${file}`)
        seen.set(key, file)
      }
    }
    expect(duplicates).toEqual([])
  })

  it('loads from the package in Node', () => {
    const pack = bundledPoliticsPack()
    expect(pack?.size).toBeGreaterThanOrEqual(50)
    expect(pack?.words.get('Regierung')?.[0]?.senses[0]?.glosses).toContain('government')
  })
})

describe('checkPack', () => {
  it('reports every problem as file:entry:field', () => {
    const { entries, problems } = checkPack(
      [
        { lemma: 'Wahl', pos: 'NOUN', gender: 'x', senses: [{ glosses: ['election'] }], domains: ['pol'] },
        { lemma: 'Gesetz', pos: 'NOUN', senses: [] },
        { pos: 'VERB', senses: [{ glosses: ['to vote'] }], verb: { present: 'stimmt ab', future: 'x' } },
        { lemma: 'Rat', pos: 'NOUN', gender: 'm', senses: [{ glosses: ['council'] }], domains: ['pol'] },
      ],
      'my.json',
    )
    expect(problems.map(formatProblem)).toEqual([
      'my.json:Wahl:gender: must be m, f or n',
      'my.json:Gesetz:senses: required, a non-empty array',
      'my.json:#3:lemma: required, a non-empty string',
      'my.json:#3:verb.future: unknown verb form',
    ])
    expect(entries.map((e) => e.lemma)).toEqual(['Rat'])
  })

  it('rejects a file that is not an array', () => {
    expect(checkPack({ lemma: 'Wahl' }, 'x.json').problems.map(formatProblem)).toEqual([
      'x.json:-:-: expected a JSON array of entries',
    ])
  })
})
