import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { buildDictionary, dictionaryFromIndex, dictionaryIndexData } from '../src/glossary/dictionary.js'
import { dingFromIndex, dingIndexData, parseDingPack } from '../src/glossary/ding.js'
import { bundledPoliticsPack } from '../src/glossary/packs.js'
import { lexiconFromIndex, lexiconIndexData, parseLexicon } from '../src/morphology/lexicon.js'
import { BUILD, decodeIndex, encodeIndex, type IndexData, readPrebuilt } from '../src/prebuilt.js'

const stamp = { build: 'b1', source: 's1' }
const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

/** An index through its file: encoded, then decoded with the same stamp. */
const throughFile = (data: IndexData): IndexData => decodeIndex(encodeIndex(stamp, data), stamp) as IndexData

/** Words of the team's example articles, as a text asks for them. */
const exampleWords = readdirSync(new URL('examples/articles/', root))
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => read(`examples/articles/${f}`).split(/[^\p{L}\p{N}-]+/u))
  .filter((w) => w !== '')

describe('prebuilt index files', () => {
  const data: IndexData = {
    ints: { a: Int32Array.from([1, -2, 2 ** 31 - 1]), empty: new Int32Array(0) },
    strings: { words: ['Bundestag', 'Äußerung', 'naïve 🙂', ''], none: [] },
    json: { size: 3, note: 'ß' },
  }

  it('read back what was written', () => {
    const back = throughFile(data)
    expect(back.ints.a).toEqual(data.ints.a)
    expect(back.ints.empty).toHaveLength(0)
    expect(back.strings).toEqual(data.strings)
    expect(back.json).toEqual(data.json)
  })

  it('read a file that does not start on a 4-byte boundary', () => {
    const bytes = encodeIndex(stamp, data)
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect(decodeIndex(shifted.subarray(1), stamp)?.ints.a).toEqual(data.ints.a)
  })

  it('are refused when another build or another pack wrote them, or when they are damaged', () => {
    const bytes = encodeIndex(stamp, data)
    expect(decodeIndex(bytes, { ...stamp, build: 'b2' })).toBeUndefined()
    expect(decodeIndex(bytes, { ...stamp, source: 's2' })).toBeUndefined()
    expect(decodeIndex(bytes.subarray(0, bytes.length - 1), stamp)).toBeUndefined()
    expect(decodeIndex(new TextEncoder().encode('LHIX not an index'), stamp)).toBeUndefined()
    expect(decodeIndex(new Uint8Array(3), stamp)).toBeUndefined()
  })

  it('are never used by code run from the sources, which has no build', () => {
    expect(BUILD).toBeUndefined()
    expect(readPrebuilt('lexicon', [new Uint8Array(1)])).toBeUndefined()
  })
})

describe('indexes read from a file answer as the ones built at load', () => {
  it('lexicon', () => {
    const text = read('dictionaries/lexicon/lexicon.txt')
    const built = parseLexicon(text)
    const prebuilt = lexiconFromIndex(text, throughFile(lexiconIndexData(text)))
    expect(prebuilt.prebuilt).toBe(true)
    expect(prebuilt.size).toBe(built.size)
    // lemmas of every 40th line, and their forms as the examples write them
    const lemmas = text
      .split('\n')
      .filter((_, i) => i % 40 === 0)
      .map((line) => line.split('\t')[1] as string)
    for (const word of [...lemmas, ...exampleWords]) {
      expect(prebuilt.lookup(word)).toEqual(built.lookup(word))
      expect(prebuilt.hasNoun(word)).toBe(built.hasNoun(word))
      expect(prebuilt.hasVerb(word)).toBe(built.hasVerb(word))
      expect(prebuilt.hasAdjective(word)).toBe(built.hasAdjective(word))
    }
  })

  it('Ding pack', () => {
    const text = read('dictionaries/ding/de-en.pack.tsv')
    const built = parseDingPack(text)
    const prebuilt = dingFromIndex(text, throughFile(dingIndexData(text)))
    expect(prebuilt.size).toBe(built.size)
    expect(prebuilt.words.size).toBe(built.words.size)
    const keys = [...built.words.keys()].filter((_, i) => i % 25 === 0)
    for (const key of [...keys, ...exampleWords, 'Häuser', 'nahm', 'festnahm', 'no such word'])
      expect(prebuilt.words.get(key)).toEqual(built.words.get(key))
  })

  it('politics pack, with its expressions', () => {
    const politics = bundledPoliticsPack()
    expect(politics?.prebuilt).toBeUndefined()
    const built = buildDictionary('politics', [
      {
        lemma: 'Schießbefehl erteilen',
        pos: 'VERB',
        verb: { present: 'erteilt', past: 'erteilte', participle: 'erteilt' },
        senses: [{ glosses: ['give orders to shoot'] }],
        domains: ['mil'],
      },
      { lemma: 'Bundestag', pos: 'PROPN', gender: 'm', senses: [{ glosses: ['Bundestag'] }], domains: ['pol'] },
    ])
    for (const dictionary of [built, politics]) {
      if (!dictionary) continue
      const prebuilt = dictionaryFromIndex(dictionary.source, throughFile(dictionaryIndexData(dictionary)))
      expect(prebuilt.prebuilt).toBe(true)
      expect(prebuilt.size).toBe(dictionary.size)
      expect([...prebuilt.words]).toEqual([...dictionary.words])
      // entries shared by several keys stay one object
      const [first] = prebuilt.words.get('bundestag') ?? []
      if (first) expect(prebuilt.words.get('bundestages')?.[0]).toBe(first)
      expect(prebuilt.phrases.length).toBe(dictionary.phrases.length)
      prebuilt.phrases.forEach((phrase, p) => {
        const original = dictionary.phrases[p]
        expect(phrase.entry).toEqual(original?.entry)
        phrase.words.forEach((word, w) => {
          const same = original?.words[w]
          expect([word.text, word.optional, word.verb]).toEqual([same?.text, same?.optional, same?.verb])
          expect([...word.keys]).toEqual([...(same?.keys ?? [])])
        })
      })
    }
  })
})

describe('a prebuilt dictionary', () => {
  const built = buildDictionary('user', [
    { lemma: 'Bundestag', pos: 'PROPN', gender: 'm', senses: [{ glosses: ['Bundestag'] }], domains: ['pol'] },
    { lemma: 'Kreml', pos: 'PROPN', gender: 'm', senses: [{ glosses: ['Kremlin'] }], domains: ['pol'] },
    { lemma: 'Vereinte Nationen', pos: 'PROPN', senses: [{ glosses: ['United Nations'] }], domains: ['pol'] },
    { lemma: 'Wahl', pos: 'NOUN', gender: 'f', plural: 'Wahlen', senses: [{ glosses: ['election'] }], domains: [] },
  ])

  it('knows its one-word names without reading its entries', () => {
    expect([...(built.names ?? [])].sort()).toEqual(['Bundestag', 'Kreml'])
    expect(dictionaryFromIndex('user', throughFile(dictionaryIndexData(built))).names).toEqual(built.names)
  })

  it('lets a caller set, delete and clear keys as in any Map', () => {
    const prebuilt = dictionaryFromIndex('user', throughFile(dictionaryIndexData(built)))
    const model = new Map(built.words)
    const mine = [
      {
        id: 'user:Wahl:NOUN',
        lemma: 'Wahl',
        pos: 'NOUN',
        senses: [{ glosses: ['choice'] }],
        domains: [],
        source: 'me',
      },
    ]
    const same = () => {
      expect(prebuilt.words.size).toBe(model.size)
      expect([...prebuilt.words].sort()).toEqual([...model].sort())
      for (const key of ['Wahl', 'Wahlen', 'kreml', 'nirgends']) {
        expect(prebuilt.words.has(key)).toBe(model.has(key))
        expect(prebuilt.words.get(key)).toEqual(model.get(key))
      }
    }
    same()
    for (const map of [prebuilt.words, model]) map.set('Wahl', mine).set('nirgends', mine)
    same()
    for (const map of [prebuilt.words, model]) expect(map.delete('Wahlen')).toBe(true)
    expect(prebuilt.words.delete('Wahlen')).toBe(false)
    same()
    for (const map of [prebuilt.words, model]) map.clear()
    same()
  })
})

describe('the built package', () => {
  const dist = new URL('dist/index.js', root)
  const indexes = new URL('dist/indexes/', root)
  // npm test builds before it tests; a bare vitest run on sources skips this
  it.runIf(existsSync(dist) && existsSync(indexes))(
    'reads its prebuilt indexes and annotates as the sources do',
    () => {
      const article = read('examples/articles/koalitionsstreit.de.txt')
      const script = `
      const lib = await import(${JSON.stringify(dist.href)})
      const loaded = [lib.bundledLexicon(), lib.bundledPoliticsPack(), lib.bundledCorePack(), lib.bundledDingPack()]
      const doc = lib.annotate(${JSON.stringify(article)})
      process.stdout.write(JSON.stringify({ prebuilt: loaded.map((d) => d.prebuilt === true), doc }))`
      const out = JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1e9 }).toString(),
      )
      expect(out.prebuilt).toEqual([true, true, true, true])
      expect(out.doc).toEqual(JSON.parse(JSON.stringify(annotate(article))))
    },
  )
})
