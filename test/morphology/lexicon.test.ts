import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyDiff, parseLexicon, TAG } from '../../src/morphology/lexicon.js'

describe('lexicon pack', () => {
  it('is rebuilt byte for byte by its build script', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lexicon-')), 'lexicon.txt')
    execFileSync(process.execPath, [
      new URL('../../dictionaries/lexicon/build.mjs', import.meta.url).pathname,
      '--out',
      out,
    ])
    const committed = readFileSync(new URL('../../dictionaries/lexicon/lexicon.txt', import.meta.url))
    expect(readFileSync(out).equals(committed)).toBe(true)
  })

  it('reads nouns, verbs with tagged forms, and adjectives', () => {
    const lexicon = parseLexicon(
      ['N\tKraft\tf\t3äfte\t3äften', 'V\tsagen\t12KPQRT=1\tQP=2t\tRT=2te\tZ=5gesagt', 'A\tgewaltsam'].join('\n'),
    )
    expect(lexicon.lookup('Kräften')).toEqual([{ lemma: 'Kraft', pos: 'NOUN', tags: 0, gender: 'f' }])
    const sagte = lexicon.lookup('sagte')[0]
    expect(sagte?.lemma).toBe('sagen')
    expect((sagte?.tags ?? 0) & TAG.past3).toBeTruthy()
    expect(lexicon.hasNoun('Kraft')).toBe(true)
    expect(lexicon.hasVerb('sagen')).toBe(true)
    expect(lexicon.hasVerb('Kraft')).toBe(false)
    expect(lexicon.hasAdjective('gewaltsam')).toBe(true)
  })

  it('reads characters beyond Latin-1 written as \\u{hex}', () => {
    const lexicon = parseLexicon('N\t\\u{152}uvre\tn\t0s')
    expect(lexicon.lookup('Œuvres')[0]?.lemma).toBe('Œuvre')
  })

  it('writes forms as the letters to drop and the ending to add', () => {
    expect(applyDiff('Kraft', '3äfte')).toBe('Kräfte')
    expect(applyDiff('festnehmen', '6genommen')).toBe('festgenommen')
  })
})
