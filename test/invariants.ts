/** Checks every test applies to a document: schema validity and offset invariants. */
import { readFileSync } from 'node:fs'
import Ajv from 'ajv'
import { expect } from 'vitest'
import type { AnnotatedDocument } from '../src/index.js'

const schema = JSON.parse(readFileSync(new URL('../schema/lesehilfe-1.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv({ allErrors: true }).compile(schema)

const blank = (gap: string) => gap.replace(/[\u200b\ufeff]/g, '').trim()

export function expectValidDocument(doc: AnnotatedDocument, input: string): void {
  const ok = validate(JSON.parse(JSON.stringify(doc)))
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
  expect(doc.text).toBe(input)
  let previousEnd = 0
  for (const t of doc.tokens) {
    expect(doc.text.slice(t.start, t.end)).toBe(t.text)
    expect(t.start).toBeGreaterThanOrEqual(previousEnd)
    // the gaps between tokens hold only white space (with the zero-width space and the byte
    // order mark, which the segmenter reads as space)
    expect(blank(doc.text.slice(previousEnd, t.start))).toBe('')
    previousEnd = t.end
  }
  expect(blank(doc.text.slice(previousEnd))).toBe('')
  let nextToken = 0
  for (const s of doc.sentences) {
    expect(s.tokens[0]).toBe(nextToken)
    expect(s.tokens[1]).toBeGreaterThan(s.tokens[0])
    expect(s.start).toBe(doc.tokens[s.tokens[0]]?.start)
    expect(s.end).toBe(doc.tokens[s.tokens[1] - 1]?.end)
    nextToken = s.tokens[1]
  }
  expect(nextToken).toBe(doc.tokens.length)
  let nextSentence = 0
  for (const p of doc.paragraphs) {
    expect(p.sentences[0]).toBe(nextSentence)
    nextSentence = p.sentences[1]
  }
  expect(nextSentence).toBe(doc.sentences.length)
  for (const a of doc.annotations) {
    for (const id of a.entries) expect(doc.entries[id]).toBeDefined()
    expect([...a.tokens].sort((x, y) => x - y)).toEqual(a.tokens)
    for (const i of a.tokens) expect(i).toBeLessThan(doc.tokens.length)
    // a chosen sense is one of the first entry's senses
    if (a.sense !== undefined) expect(a.sense).toBeLessThan(doc.entries[a.entries[0] as string]?.senses.length ?? 0)
  }
}
