import type { AnnotatedDocument } from '../../src/document.js'

/**
 * What a document says about the first token written `word`: the token, the first annotation
 * covering it, that annotation's entries (best first), and the sense it picks of the first.
 */
export function annotationOf(doc: AnnotatedDocument, word: string) {
  const i = doc.tokens.findIndex((t) => t.text === word)
  const annotation = doc.annotations.find((a) => a.tokens.includes(i))
  const entries = annotation?.entries.map((id) => doc.entries[id]) ?? []
  const entry = entries[0]
  return { token: doc.tokens[i], annotation, entries, entry, sense: entry?.senses[annotation?.sense ?? 0] }
}
