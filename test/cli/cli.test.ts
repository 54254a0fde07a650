import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectValidDocument } from '../invariants.js'

const cli = new URL('../../dist/cli.js', import.meta.url).pathname
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 })

let dir: string
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first')
  dir = mkdtempSync(join(tmpdir(), 'lesehilfe-cli-'))
})

describe('lesehilfe annotate', () => {
  it('prints a valid document whose text is the input', () => {
    const text = 'Die Regierung teilte am 6. Januar mit, sie sei „bereit“.\n'
    const file = join(dir, 'a.txt')
    writeFileSync(file, text)
    const result = run(['annotate', file, '--format', 'json'])
    expect(result.status).toBe(0)
    expectValidDocument(JSON.parse(result.stdout), text)
    const fromStdin = run(['annotate', '--format', 'json'], text)
    expect(fromStdin.stdout).toBe(result.stdout)
  })

  it('gives a valid empty document for empty input', () => {
    const result = run(['annotate', '-'], '')
    expect(result.status).toBe(0)
    expectValidDocument(JSON.parse(result.stdout), '')
  })

  it('keeps a byte order mark in the text', () => {
    const result = run(['annotate'], Buffer.from('\ufeffHallo.', 'utf8'))
    expect(JSON.parse(result.stdout).text).toBe('\ufeffHallo.')
  })

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['a directory', () => dir, /is a directory/],
    [
      'a binary file',
      () => {
        const f = join(dir, 'bin.dat')
        writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))
        return f
      },
      /bin\.dat: binary file/,
    ],
    [
      'invalid UTF-8',
      () => {
        const f = join(dir, 'latin1.txt')
        writeFileSync(f, Buffer.from('Gr\xfc\xdfe aus K\xf6ln', 'latin1'))
        return f
      },
      /latin1\.txt: not valid UTF-8 \(first bad byte at offset 2\)/,
    ],
  ])('rejects %s with one message and a non-zero exit', (_name, make, message) => {
    const out = join(dir, `out-${Math.random()}.json`)
    const result = run(['annotate', make(), '--out', out])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(message)
    expect(existsSync(out)).toBe(false)
  })

  it('rejects unknown options and commands with usage errors', () => {
    expect(run(['annotate', '--bogus']).status).toBe(2)
    expect(run(['frobnicate']).status).toBe(2)
    expect(run(['annotate', '--format', 'xml']).stderr).toMatch(/unknown format/)
  })

  it('--jsonl annotates 1,000 documents in one process and reports bad lines', () => {
    const lines: string[] = []
    for (let i = 0; i < 1000; i++)
      lines.push(JSON.stringify({ id: `d${i}`, text: `Die Regierung tagte am ${(i % 28) + 1}. Mai.` }))
    lines.splice(500, 0, '{not json', JSON.stringify({ id: 'no-text' }))
    const result = run(['annotate', '--jsonl'], `${lines.join('\n')}\n`)
    const out = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(out).toHaveLength(1002)
    expect(out[0].id).toBe('d0')
    expectValidDocument(stripId(out[0]), 'Die Regierung tagte am 1. Mai.')
    expect(out[500]).toMatchObject({ id: null, error: expect.stringMatching(/line 501/) })
    expect(out[501]).toMatchObject({ id: 'no-text', error: expect.stringMatching(/"text" must be a string/) })
    expect(out[1001].id).toBe('d999')
    expect(result.status).toBe(1)
  })

  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(run(['--version']).stdout.trim()).toBe(pkg.version)
    expect(run(['--help']).stdout).toMatch(/lesehilfe read FILE/)
  })
})

describe('lesehilfe dict validate and --dict', () => {
  it('validates a good dictionary and reports every problem of a bad one', () => {
    const good = join(dir, 'good.csv')
    writeFileSync(good, 'lemma,pos,gender,glosses\nFraktion,NOUN,f,parliamentary group\n')
    expect(run(['dict', 'validate', good])).toMatchObject({ status: 0, stdout: `${good}: 1 entries, no problems\n` })
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify([{ lemma: 'Wahl', pos: 'NOUN', gender: 'x', senses: [] }]))
    const result = run(['dict', 'validate', bad])
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      `${bad}:Wahl:gender: must be m, f or n`,
      `${bad}:Wahl:senses: required, a non-empty array`,
    ])
  })

  it('uses a user dictionary first, and refuses a broken one without writing', () => {
    const good = join(dir, 'mine.csv')
    writeFileSync(good, 'lemma,pos,gender,glosses\nFraktion,NOUN,f,my own gloss\n')
    const doc = JSON.parse(run(['annotate', '--dict', good], 'Die Fraktion tagt.').stdout)
    const fraktion = doc.annotations.find((a: { lemma: string }) => a.lemma === 'Fraktion')
    expect(doc.entries[fraktion.entries[0]].senses[0].glosses).toEqual(['my own gloss'])
    const bad = join(dir, 'broken.csv')
    writeFileSync(bad, 'lemma,pos,glosses\nWahl,XX,vote\n')
    const out = join(dir, 'never.html')
    const articles = new URL('../../examples/articles/', import.meta.url).pathname
    const file = join(articles, readdirSync(articles).find((f) => f.endsWith('.txt')) as string)
    const result = run(['read', file, '--dict', bad, '--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/broken\.csv:Wahl:pos:/)
    expect(existsSync(out)).toBe(false)
  })
})

describe('lesehilfe read', () => {
  it('writes a self-contained reading page for a team article', () => {
    const articles = new URL('../../examples/articles/', import.meta.url).pathname
    const file = readdirSync(articles).find((f) => f.endsWith('.txt')) as string
    const out = join(dir, 'page.html')
    const result = run(['read', join(articles, file), '--out', out])
    expect(result.status).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toMatch(/class="lh-w/)
    expect(html).not.toMatch(/<script src=|<link /)
  })

  it('fails on a missing file without writing a page', () => {
    const out = join(dir, 'missing.html')
    const result = run(['read', join(dir, 'nope.txt'), '--out', out])
    expect(result.status).toBe(1)
    expect(existsSync(out)).toBe(false)
  })
})

function stripId(line: Record<string, unknown>) {
  const { id: _id, ...doc } = line
  return doc as never
}
