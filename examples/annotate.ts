/**
 * Annotate a German sentence and print its glossed words.
 * Run after `npm install`: npx tsx examples/annotate.ts
 */
import { annotate } from 'lesehilfe'

const doc = annotate('Der Bundestag sprach der Regierung am 6. Januar das Misstrauen aus.')

for (const annotation of doc.annotations) {
  const words = annotation.tokens.map((i) => doc.tokens[i]?.text).join(' … ')
  const entry = doc.entries[annotation.entries[0] ?? '']
  console.log(`${words} → ${annotation.lemma}: ${entry?.senses[0]?.glosses.join('; ') ?? ''}`)
}
console.log(`${doc.sentences.length} sentence(s), ${doc.tokens.length} tokens`)
