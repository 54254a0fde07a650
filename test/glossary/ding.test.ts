import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildPack,
  encodePlural,
  englishCommonness,
  formatPackLine,
  inferPlurals,
  keepEntry,
  LIMITS,
  latin1,
  lexiconKeys,
  mergeSenses,
  parseDingLine,
} from '../../dictionaries/ding/parse.mjs'
import { bundledDingPack, decodePlural, parseDingPack } from '../../src/glossary/ding.js'
import { lookup } from '../../src/glossary/index.js'
import { lookupKey } from '../../src/glossary/keys.js'

const DING = '/usr/share/trans/de-en'
const packFile = new URL('../../dictionaries/ding/de-en.pack.tsv', import.meta.url)

// Lines written for these tests in Ding's format.
const BUND =
  'Bündnis {n}; Bund {m} [pol.] | Bündnisse {pl}; Bünde {pl} | Militärbündnis {n} :: alliance | alliances | military alliance'
const FESTNEHMEN =
  'jdn. festnehmen; verhaften; arretieren [veraltet] {vt} [adm.] | festnehmend; verhaftend; arretierend | festgenommen; verhaftet; arretiert | nimmt fest; verhaftet | nahm fest; verhaftete :: to arrest sb. | arresting | arrested | arrests | arrested'

describe('Ding lines', () => {
  it('reads gender, the aligned plural and the domain of each headword', () => {
    const [bündnis, bund] = parseDingLine(BUND)
    expect(bündnis).toMatchObject({ lemma: 'Bündnis', pos: 'NOUN', gender: 'n', plural: 'Bündnisse', domains: ['pol'] })
    expect(bündnis?.glosses).toEqual(['alliance'])
    expect(bund).toMatchObject({ lemma: 'Bund', gender: 'm', plural: 'Bünde', position: 1 })
  })

  it('keeps a tagged compound from a later sub-entry, with the glosses of that sub-entry', () => {
    const compound = parseDingLine(BUND).find((s) => s.lemma === 'Militärbündnis')
    expect(compound).toMatchObject({ pos: 'NOUN', gender: 'n', subEntry: true, glosses: ['military alliance'] })
  })

  it('shares a verb tag written after the last synonym, drops placeholders, aligns the verb forms', () => {
    const senses = parseDingLine(FESTNEHMEN)
    expect(senses.map((s) => [s.lemma, s.pos])).toEqual([
      ['festnehmen', 'VERB'],
      ['verhaften', 'VERB'],
      ['arretieren', 'VERB'],
    ])
    expect(senses[0]?.verb).toEqual({ present: 'nimmt fest', past: 'nahm fest', participle: 'festgenommen' })
    // only two present forms for three verbs: matched by the particle and the stem, not by position
    expect(senses[1]?.verb).toEqual({ present: 'verhaftet', past: 'verhaftete', participle: 'verhaftet' })
    expect(senses[2]?.verb).toEqual({ participle: 'arretiert' })
    expect(senses[0]?.domains).toEqual(['admin'])
    expect(senses[2]?.dated).toBe(true)
  })

  it('reads reflexive verbs, plural-only nouns, regional words and abbreviations', () => {
    expect(parseDingLine('sich zurückziehen {vr} [pol.] :: to withdraw')[0]).toMatchObject({
      lemma: 'zurückziehen',
      pos: 'VERB',
      reflexive: true,
    })
    expect(parseDingLine('Streitkräfte {pl} [mil.] :: armed forces')[0]).toMatchObject({
      gender: 'pl',
      domains: ['mil'],
    })
    expect(parseDingLine('Paradeiser {m} [Ös.] :: tomato')[0]?.regional).toBe(true)
    const regierung = parseDingLine(
      'Regierung {f} [pol.] | Regierungen {pl} :: government /Gov.; Govt./; administration [Am.] | governments; administrations',
    )[0]
    expect(regierung?.glosses).toEqual(['government', 'administration'])
  })

  it('keeps a plural only when it can be a plural of the headword', () => {
    expect(parseDingLine('Schutz {m} | Schutzmaßnahmen {pl} :: protection | protective measures')[0]?.plural).toBe(
      undefined,
    )
    expect(parseDingLine('Museum {n} | Museen {pl} :: museum | museums')[0]?.plural).toBe('Museen')
  })

  it('leaves German comments out of the headword and keeps English ones', () => {
    const [sense] = parseDingLine('(über etw. mit jdm.) verhandeln {vi} :: to negotiate (about; on) (with sb.)')
    expect(sense?.lemma).toBe('verhandeln')
    expect(sense?.glosses).toEqual(['to negotiate (about, on) (with sb.)'])
  })

  it('drops an article before a noun, a clause after a comma, and prepositions before placeholders', () => {
    expect(parseDingLine('das Internet {n}; das Netz {n} :: the Internet; the net').map((s) => s.lemma)).toEqual([
      'Internet',
      'Netz',
    ])
    expect(parseDingLine('argumentieren, dass {vi} :: to argue that').map((s) => s.lemma)).toEqual(['argumentieren'])
    const [konfrontieren] = parseDingLine('jdn. mit etw. konfrontieren {vt} :: to confront sb. with sth.')
    expect(konfrontieren).toMatchObject({ lemma: 'konfrontieren', pos: 'VERB', pattern: 'jdn. mit etw. konfrontieren' })
    const [wenden] = parseDingLine('sich an jdn. wenden {vr} :: to turn to sb.')
    expect(wenden).toMatchObject({ lemma: 'wenden', reflexive: true, pattern: 'sich an jdn. wenden' })
    // a phrase keeps its words; "die" before a lowercase word is no article of a noun
    expect(parseDingLine('in Verbindung treten {vi} :: to get in touch')[0]?.lemma).toBe('in Verbindung treten')
    expect(parseDingLine('die meisten {pron} :: most')[0]?.lemma).toBe('die meisten')
  })
})

describe('Ding entries', () => {
  const senses = (...lines: string[]) => lines.flatMap((line, i) => parseDingLine(line, i + 1))

  it('ranks a political sense before a technical one, whatever the order of the lines', () => {
    const [zelle] = mergeSenses(
      senses('Zelle {f} [techn.] | Zellen {pl} :: cell | cells', 'Zelle {f} [pol.] :: cell (of a party); cadre'),
    )
    expect(zelle?.senses.map((s) => s.domains)).toEqual([['pol'], ['tech']])
  })

  it('ranks the first synonym of a line before a later one, and plain words before dated ones', () => {
    const wort = mergeSenses(
      senses('Gerede {n}; Wort {n} :: talk', 'Wort {n} :: word', 'Wort {n} [veraltet] :: saying'),
    ).find((e) => e.lemma === 'Wort')
    expect(wort?.senses.map((s) => s.glosses[0])).toEqual(['word', 'talk', 'saying'])
  })

  it('ranks a sense whose first gloss is a rare English word lower, but not a political one', () => {
    // uses per word in everyday English, made up for the test
    const counts = new Map([
      ['cropper', 15],
      ['downfall', 2000],
      ['referendum', 5],
      ['vote', 5000],
    ])
    const commonness = englishCommonness(counts)
    expect(commonness(['downfall'])).toBeCloseTo(Math.log10(2001))
    expect(commonness(['a cropper (a fall)'])).toBeCloseTo(Math.log10(16))
    expect(commonness(['inaugural speech'])).toBeUndefined()
    const sturz = mergeSenses(senses('Sturz {m} :: cropper', 'Sturz {m}; Fall {m} :: downfall'), LIMITS, commonness)
    expect(sturz.find((e) => e.lemma === 'Sturz')?.senses.map((s) => s.glosses[0])).toEqual(['downfall', 'cropper'])
    const [vote] = mergeSenses(
      senses('Volksentscheid {m} [pol.] :: referendum', 'Volksentscheid {m} :: vote'),
      LIMITS,
      commonness,
    )
    expect(vote?.senses.map((s) => s.glosses[0])).toEqual(['referendum', 'vote'])
    // without counts, Ding's order of lines decides
    expect(mergeSenses(senses('Sturz {m} :: cropper', 'Sturz {m} :: downfall'))[0]?.senses[0]?.glosses[0]).toBe(
      'cropper',
    )
  })

  it('merges the lines of one headword per part of speech and notes a sense of another gender', () => {
    const entries = mergeSenses(senses('See {f} | Seen {pl} :: sea | seas', 'See {m} | Seen {pl} :: lake | lakes'))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ lemma: 'See', pos: 'NOUN', gender: 'f', plural: 'Seen' })
    expect(entries[0]?.senses[1]).toEqual({ glosses: ['lake'], domains: [], note: 'der See' })
  })

  it('neither raises nor lowers a sense in a political and a technical subject', () => {
    const [anschlag] = mergeSenses(
      senses('Anschlag {m} [mil.] [techn.] :: lug', 'Anschlag {m} :: attack', 'Anschlag {m} [mus.] :: touch'),
    )
    expect(anschlag?.senses.map((s) => s.glosses[0])).toEqual(['lug', 'attack', 'touch'])
  })

  it('takes a plural Ding does not give from the head of a compound, none for an infinitive', () => {
    const entries = inferPlurals(
      mergeSenses(
        senses(
          'Regierung {f} | Regierungen {pl} :: government | governments',
          'Minderheitsregierung {f} :: minority government',
          'Ren {n} | Rene {pl} :: reindeer | reindeer',
          'Analysieren {n} :: analysing',
          'analysieren {vt} :: to analyse',
        ),
      ),
    )
    const plural = (lemma: string) => entries.find((e) => e.lemma === lemma && e.pos === 'NOUN')?.plural
    expect(plural('Minderheitsregierung')).toBe('Minderheitsregierungen')
    expect(plural('Analysieren')).toBeUndefined()
  })

  it('gives verbs their glosses without "to" and reflexive senses a note', () => {
    const [entry] = mergeSenses(senses('sich zurückziehen {vr} [pol.] :: to withdraw'))
    expect(entry?.senses[0]).toEqual({ glosses: ['withdraw'], domains: ['pol'], note: 'sich zurückziehen' })
  })

  it('notes the prepositions a verb sense governs', () => {
    const [entry] = mergeSenses(
      senses(
        'wenden {vt} :: to turn over',
        'sich an jdn. wenden {vr} :: to turn to sb.',
        'jdn. mit etw. konfrontieren {vt} :: to confront sb. with sth.',
      ),
    )
    expect(entry?.senses.map((s) => s.note)).toEqual([undefined, 'sich an jdn. wenden'])
    const konfrontieren = mergeSenses(senses('jdn. mit etw. konfrontieren {vt} :: to confront sb. with sth.'))[0]
    expect(konfrontieren?.senses[0]?.note).toBe('jdn. mit etw. konfrontieren')
  })

  it('ranks a construction after the plain senses and keeps it beyond the limit of plain senses', () => {
    const [kommen] = mergeSenses(
      senses('nach jdm. kommen {vi} :: to take after sb.', 'kommen {vi} :: to come', 'kommen {vi} :: to attend'),
      { ...LIMITS, senses: 1 },
    )
    expect(kommen?.senses.map((s) => s.glosses[0])).toEqual(['come', 'take after sb.'])
  })

  it('leaves out vulgar words and English glosses marked vulgar or euphemistic', () => {
    expect(parseDingLine('Mist {m} [vulg.] :: crap')).toEqual([])
    const [johannes] = parseDingLine('Johannes {m} :: peter; John Thomas [Br.] ([euphem.] for penis)')
    expect(johannes?.glosses).toEqual(['peter'])
  })

  it('writes English glosses in Latin-1 and leaves out a headword beyond it', () => {
    expect(latin1('sb.’s “word” – argue that …; Šabac')).toBe('sb.\'s "word" - argue that ...; Sabac')
    const [entry] = mergeSenses(senses('G’hackts {n} :: mince'))
    expect(entry && keepEntry(entry, new Map([['G’hackts', 3]]))).toBe(false)
  })

  it('infers no plural across a prefix: Ausland is no kind of Land', () => {
    const entries = inferPlurals(
      mergeSenses(
        senses(
          'Land {n} | Länder {pl} :: country | countries',
          'Ausland {n} :: foreign countries',
          'Heimatland {n} :: home country',
        ),
      ),
    )
    expect(entries.find((e) => e.lemma === 'Ausland')?.plural).toBeUndefined()
    expect(entries.find((e) => e.lemma === 'Heimatland')?.plural).toBe('Heimatländer')
  })

  it('keeps news words and common words, leaves out technical words Ding mentions once', () => {
    const entries = mergeSenses(senses('Zelle {f} [pol.] :: cell', 'Fruchttaube {f} [ornith.] :: fruit dove'))
    const mentions = new Map([
      ['Zelle', 1],
      ['Fruchttaube', 1],
    ])
    expect(entries.filter((e) => keepEntry(e, mentions)).map((e) => e.lemma)).toEqual(['Zelle'])
  })

  it('keeps words the morphology lexicon lists, whatever their subject, and technical words Ding uses often', () => {
    const entries = mergeSenses(
      senses(
        'Elektrizität {f} [phys.] :: electricity',
        'Fruchttaube {f} [ornith.] :: fruit dove',
        'Kernreaktor {m} [phys.] :: nuclear reactor',
      ),
    )
    const mentions = new Map([
      ['Elektrizität', 1],
      ['Fruchttaube', 2],
      ['Kernreaktor', 3],
    ])
    const known = lexiconKeys('N\tElektrizität\tf\t0en\nV\tfliegen\t0t\n')
    expect(known.has('NOUN\tElektrizität')).toBe(true)
    expect(entries.filter((e) => keepEntry(e, mentions, known)).map((e) => e.lemma)).toEqual([
      'Elektrizität',
      'Kernreaktor',
    ])
  })

  it('writes plurals as endings where it can, and reads them back', () => {
    const cases = [
      ['Regierung', 'Regierungen', '-en'],
      ['Kanzler', 'Kanzler', '-'],
      ['Wahlkampf', 'Wahlkämpfe', '¨e'],
      ['Mutter', 'Mütter', '¨'],
      ['Haus', 'Häuser', '¨er'],
      ['Museum', 'Museen', 'Museen'],
    ]
    for (const [lemma, plural, written] of cases as [string, string, string][]) {
      expect(encodePlural(lemma, plural)).toBe(written)
      expect(decodePlural(lemma, written)).toBe(plural)
    }
  })

  it('reads every umlaut plural of the pack back as the build wrote it', () => {
    // the build finds the umlauted vowel with a regular expression, a lookup with a loop
    let umlauts = 0
    for (const line of readFileSync(packFile, 'utf8').split('\n')) {
      const [lemma, , , written] = line.split('\t')
      if (!lemma || !written?.startsWith('¨')) continue
      umlauts++
      expect(encodePlural(lemma, decodePlural(lemma, written))).toBe(written)
    }
    expect(umlauts).toBeGreaterThan(1000)
  })

  it('builds sorted, reproducible pack lines from a Ding file', () => {
    const text = ['# Version :: test', BUND, FESTNEHMEN].join('\n')
    const pack = buildPack(text)
    expect(pack.header).toEqual(['Version :: test'])
    expect(pack.lines).toEqual(buildPack(text).lines)
    expect(pack.lines.map((l) => l.split('\t')[0])).toEqual([
      'Bund',
      'Bündnis',
      'Militärbündnis',
      'arretieren',
      'festnehmen',
      'verhaften',
    ])
    expect(pack.lines[1]).toBe('Bündnis\tNOUN\tn\t-se\t\t[pol]alliance')
  })
})

describe('Ding pack format', () => {
  const PACK = [
    '# a comment',
    'Regierung\tNOUN\tf\t-en\t\t[pol]government; administration\tregimen',
    'festnehmen\tVERB\t\t\tnimmt fest|nahm fest|festgenommen\t[admin]arrest sb.',
    'Streitkräfte\tNOUN\tpl\t\t\t[mil]armed forces',
    'See\tNOUN\tf\t-n\t\tsea\tlake {der See}',
    'Wahlkampf\tNOUN\tm\t¨e\t\t[pol]election campaign',
  ].join('\n')

  it('reads entries with ids, gender, plural, verb forms and ranked senses', () => {
    const pack = parseDingPack(PACK)
    expect(pack.source).toBe('ding')
    expect(pack.size).toBe(5)
    expect(pack.phrases).toEqual([])
    expect(pack.words.get('Regierung')).toEqual([
      {
        id: 'ding:Regierung:NOUN',
        lemma: 'Regierung',
        pos: 'NOUN',
        gender: 'f',
        plural: 'Regierungen',
        senses: [{ glosses: ['government', 'administration'], domains: ['pol'] }, { glosses: ['regimen'] }],
        domains: ['pol'],
        source: 'ding',
      },
    ])
    expect(pack.words.get('See')?.[0]?.senses[1]).toEqual({ glosses: ['lake'], note: 'der See' })
    expect(pack.words.get('festnehmen')?.[0]?.verb).toEqual({
      present: 'nimmt fest',
      past: 'nahm fest',
      participle: 'festgenommen',
    })
    expect(pack.words.get('Streitkräfte')?.[0]).toMatchObject({ plural: 'Streitkräfte', note: 'plural only' })
    expect(pack.words.get('Streitkräfte')?.[0]?.gender).toBeUndefined()
  })

  it('finds an entry by its plural and verb forms, as an equal entry with the same id', () => {
    const pack = parseDingPack(PACK)
    const regierung = pack.words.get('Regierung')?.[0]
    expect(pack.words.get('Regierungen')?.[0]).toStrictEqual(regierung)
    expect(pack.words.get('Wahlkämpfe')?.[0]?.lemma).toBe('Wahlkampf')
    // a separable verb's forms as they stand in a subordinate clause
    expect(pack.words.get('festnimmt')?.[0]?.lemma).toBe('festnehmen')
    expect(pack.words.get('festnahm')?.[0]?.lemma).toBe('festnehmen')
    expect(pack.words.get('festgenommen')?.[0]?.lemma).toBe('festnehmen')
    expect(pack.words.get('nimmt')).toBeUndefined()
  })

  it('behaves as a map: has, size and iteration see every key', () => {
    const pack = parseDingPack(PACK)
    expect(pack.words.has('Seen')).toBe(true)
    expect(pack.words.size).toBe(11)
    expect([...pack.words.keys()]).toHaveLength(11)
    expect(pack.words.get('Seen')?.[0]?.lemma).toBe('See')
  })

  it('lets a caller set and delete keys over the pack', () => {
    const pack = parseDingPack(PACK)
    const mine = {
      id: 'user:See:NOUN',
      lemma: 'See',
      pos: 'NOUN',
      senses: [{ glosses: ['pond'] }],
      domains: [],
      source: 'user',
    }
    pack.words.set('See', [mine])
    expect(pack.words.get('See')).toEqual([mine])
    expect(pack.words.size).toBe(11)
    expect(pack.words.delete('Seen')).toBe(true)
    expect(pack.words.has('Seen')).toBe(false)
    expect(pack.words.get('Seen')).toBeUndefined()
    expect(pack.words.size).toBe(10)
    expect([...pack.words.keys()].sort()).not.toContain('Seen')
    expect(new Map(pack.words).get('See')).toEqual([mine])
    pack.words.clear()
    expect(pack.words.size).toBe(0)
    expect(pack.words.get('Regierung')).toBeUndefined()
  })

  it('names the file, entry and field of a malformed line', () => {
    expect(() => parseDingPack('Regierung\tNOMEN\tf\t\t\tgovernment', 'de-en.pack.tsv')).toThrow(
      'de-en.pack.tsv:Regierung:pos: must be a UD UPOS tag (line 1)',
    )
    expect(() => parseDingPack('Regierung\tNOUN\tx\t\t\tgovernment')).toThrow(':Regierung:gender:')
    expect(() => parseDingPack('Regierung\tNOUN\tf\t\t')).toThrow(':Regierung:senses:')
  })

  it('round-trips what the build writes', () => {
    const [entry] = mergeSenses(parseDingLine(BUND))
    const pack = parseDingPack(formatPackLine(entry as NonNullable<typeof entry>))
    expect(pack.words.get('Bünde')).toBeUndefined()
    expect(pack.words.get('Bündnisse')?.[0]).toMatchObject({ lemma: 'Bündnis', gender: 'n', plural: 'Bündnisse' })
  })
})

describe('the committed Ding pack', () => {
  it('loads from the package and finds political words with their political sense first', () => {
    const pack = bundledDingPack()
    expect(pack).toBeDefined()
    expect(pack?.size).toBeGreaterThan(100_000)
    const verfassung = pack?.words.get('Verfassung')?.[0]
    expect(verfassung).toMatchObject({ id: 'ding:Verfassung:NOUN', gender: 'f', plural: 'Verfassungen' })
    expect(verfassung?.senses[0]?.glosses.join('; ')).toMatch(/constitution/)
    const regierung = pack?.words.get('Regierung')?.[0]
    expect(regierung?.senses[0]?.glosses).toContain('government')
    expect(regierung?.domains).toContain('pol')
  })

  it('answers the glossary lookup by lemma and by inflected surface form', () => {
    const pack = bundledDingPack()
    if (!pack) throw new Error('no Ding pack')
    expect(lookup([pack], 'Regierung', 'Regierungen')[0]?.lemma).toBe('Regierung')
    expect(lookup([pack], 'Koalitionen', 'Koalitionen')[0]?.lemma).toBe('Koalition')
  })

  it('stores its keys in lookup form', () => {
    const text = readFileSync(packFile, 'utf8')
    expect(lookupKey(text) === text).toBe(true)
  })

  it.skipIf(!existsSync(DING))('is rebuilt byte for byte by its build script', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ding-')), 'de-en.pack.tsv')
    execFileSync(process.execPath, [
      new URL('../../dictionaries/ding/build.mjs', import.meta.url).pathname,
      '--out',
      out,
    ])
    expect(readFileSync(out).equals(readFileSync(packFile))).toBe(true)
  })
})
