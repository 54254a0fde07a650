import { existsSync, readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { annotate, bundledPoliticsPack, lookup } from '../../src/index.js'

const seed = new URL('../../../shared/seed/article.de.txt', import.meta.url)

// The seed article (../shared, when present): every word or phrase the politics pack knows is
// glossed by the politics pack's entry, whose first sense is the political one, never by a
// general-dictionary sense that happens to rank first there.
describe.runIf(existsSync(seed))('the seed article: political terms in their political sense', () => {
  // a skipped suite's body still runs: the seed is read only before its tests
  let doc: ReturnType<typeof annotate>
  beforeAll(() => {
    doc = annotate(readFileSync(seed, 'utf8'))
  })
  const politics = bundledPoliticsPack()

  it('glosses each term the politics pack knows with the politics entry', () => {
    const wrong: string[] = []
    let checked = 0
    for (const a of doc.annotations) {
      if (a.kind === 'entity' || !politics) continue
      const known = lookup([politics], a.lemma, a.lemma)
      if (known.length === 0) continue
      checked++
      const first = doc.entries[a.entries[0] as string]
      if (first?.source !== 'politics') wrong.push(`${a.lemma}: ${first?.source ?? 'no entry'}`)
    }
    expect(checked).toBeGreaterThan(40)
    expect(wrong).toEqual([])
  })

  it('gives every word an entry, the closed-class ones included', () => {
    const bare = doc.tokens.flatMap((t, i) =>
      t.kind === 'word' && !doc.annotations.some((a) => a.tokens.includes(i) && a.entries.length > 0) ? [t.text] : [],
    )
    expect(bare).toEqual([])
  })

  it('marks the political vocabulary as political', () => {
    const political = doc.annotations.filter((a) => a.political).length
    expect(political).toBeGreaterThan(40)
  })
})
