import { existsSync, readdirSync, readFileSync } from 'node:fs'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { checkPack, formatProblem } from '../../src/glossary/pack.js'
import { bundledCorePack, bundledPoliticsPack } from '../../src/glossary/packs.js'

const schema = JSON.parse(readFileSync(new URL('../../dictionaries/politics/schema.json', import.meta.url), 'utf8'))
const validate = new Ajv({ allErrors: true }).compile(schema)

// the team's JSON packs share one entry format and schema
for (const pack of ['politics', 'core']) {
  const dir = new URL(`../../dictionaries/${pack}/`, import.meta.url)
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json')

  describe(`${pack} pack`, () => {
    it('has its files and a README', () => {
      expect(files.length).toBeGreaterThanOrEqual(1)
      expect(existsSync(new URL('README.md', dir))).toBe(true)
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
  })
}

describe('bundled packs', () => {
  it('load from the package in Node', () => {
    const politics = bundledPoliticsPack()
    expect(politics?.size).toBeGreaterThanOrEqual(50)
    expect(politics?.words.get('Regierung')?.[0]?.senses[0]?.glosses).toContain('government')
    expect(bundledCorePack()?.size).toBeGreaterThanOrEqual(100)
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
