/**
 * Every document any test produces is checked against the JSON Schema and the offset
 * invariants: the annotate stage is wrapped once here for all test files.
 */
import { vi } from 'vitest'
import { expectValidDocument } from './invariants.js'

vi.mock('../src/annotate.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/annotate.js')>()
  const checked = (reader: import('../src/annotate.js').Reader): import('../src/annotate.js').Reader => ({
    annotate(text) {
      const doc = reader.annotate(text)
      expectValidDocument(doc, typeof text === 'string' ? text : String(text ?? ''))
      return doc
    },
  })
  return {
    ...original,
    createReader: (options?: import('../src/annotate.js').ReaderOptions) => checked(original.createReader(options)),
    annotate: (text: string, options?: import('../src/annotate.js').ReaderOptions) => {
      const doc = original.annotate(text, options)
      expectValidDocument(doc, text)
      return doc
    },
  }
})
