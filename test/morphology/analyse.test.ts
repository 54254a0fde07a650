import { existsSync, readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { annotate, bundledLexicon, createAnalyser, createReader } from '../../src/index.js'
import type { Lexicon } from '../../src/morphology/lexicon.js'
import { annotationOf } from '../glossary/annotation-of.js'

const lemmas = (text: string) => Object.fromEntries(annotate(text).tokens.map((t) => [t.text, t.lemma]))
/** The part of speech of the first token written `word`. */
const posOf = (text: string, word: string) => annotate(text).tokens.find((t) => t.text === word)?.pos
const separable = (text: string) => {
  const doc = annotate(text)
  return doc.annotations
    .filter((a) => a.kind === 'separable-verb')
    .map((a) => `${a.lemma}: ${a.tokens.map((i) => doc.tokens[i]?.text).join(' … ')}`)
}

describe('lemmas', () => {
  it('inflected nouns, including umlaut plurals', () => {
    expect(lemmas('Die Staaten schickten Truppen in die Länder.')).toMatchObject({ Staaten: 'Staat', Länder: 'Land' })
  })

  it('a nominalised infinitive after a singular determiner, a plural after a plural one', () => {
    expect(lemmas('Das Laufen hilft.')).toMatchObject({ Laufen: 'Laufen' })
    expect(lemmas('Beim Treffen sprachen sie.')).toMatchObject({ Treffen: 'Treffen' })
    expect(lemmas('Die Stunden vergingen.')).toMatchObject({ Stunden: 'Stunde' })
    expect(lemmas('In den Tagen danach.')).toMatchObject({ Tagen: 'Tag' })
  })

  it('participles and zu-infinitives of particle verbs', () => {
    expect(lemmas('Die Polizei hat viele Demonstranten festgenommen.').festgenommen).toBe('festnehmen')
    expect(lemmas('Er versucht, den Einfluss zurückzudrängen.').zurückzudrängen).toBe('zurückdrängen')
    expect(lemmas('Die Ordnung wurde wiederhergestellt.').wiederhergestellt).toBe('wiederherstellen')
  })

  it('irregular participles', () => {
    expect(lemmas('Russland hat Soldaten entsandt.').entsandt).toBe('entsenden')
  })

  it('a word cut short before a conjunction takes the rest of the compound that completes it', () => {
    const l = lemmas(
      'Die Integrations- und Sprachkurse, die Vor- und Nachteile, die Im- und Exporte, die Macht- und Hilflosigkeit.',
    )
    expect(l).toMatchObject({
      'Integrations-': 'Integrationskurs',
      'Vor-': 'Vorteil',
      'Im-': 'Import',
      'Macht-': 'Macht',
    })
    expect(lemmas('Die ein- und ausreisenden Personen.')['ein-']).toBe('einreisend')
    expect(lemmas('Kinder-, Jugend- und Familienhilfe.')).toMatchObject({
      'Kinder-': 'Kinderhilfe',
      'Jugend-': 'Jugendhilfe',
    })
  })

  it('a dateline dash starts a sentence, and quotation marks do not hide the next word', () => {
    const pos = (text: string) => Object.fromEntries(annotate(text).tokens.map((t) => [t.text, t.pos]))
    expect(pos('Bischkek (lh) – Bei schweren Gefechten starben zwei Menschen.').Bei).toBe('ADP')
    expect(pos('„Eine ‚internationalisierte‘ Grenze will niemand“, sagte sie.').Eine).toBe('DET')
  })

  it('the Konjunktiv I of verbs in -eln with its full stem', () => {
    expect(lemmas('Es handele sich um einen Fehler. Sie verhandele noch.')).toMatchObject({
      handele: 'handeln',
      verhandele: 'verhandeln',
    })
  })

  it('verbs with an inseparable prefix the lexicon lacks, in their finite forms and participles', () => {
    expect(lemmas('Es erging ein Urteil. Der Bescheid ist ergangen.')).toMatchObject({
      erging: 'ergehen',
      ergangen: 'ergehen',
    })
    // an adjective the lexicon lists stays one: bereit is no form of bereiten
    expect(lemmas('Er ist bereit.')).toMatchObject({ bereit: 'bereit' })
  })

  it('a capitalised adverb at a sentence start, which the lexicon does not list, by the dictionaries', () => {
    expect(lemmas('Ansonsten bleibt alles gleich.')).toMatchObject({ Ansonsten: 'ansonsten' })
    expect(lemmas('Er sagte: „Daraufhin ging er.“')).toMatchObject({ Daraufhin: 'daraufhin' })
    // a name stays a name
    expect(lemmas('Merkel kam.')).toMatchObject({ Merkel: 'Merkel' })
  })

  it('a noun the lexicon lacks but a dictionary lists is a noun with the dictionary’s lemma, not a name', () => {
    const doc = annotate('Die Läden verkauften Lasagne und mein Lebensgefährte kam mit Stefan Raab.')
    const of = (word: string) => doc.tokens.find((t) => t.text === word)
    expect(of('Läden')).toMatchObject({ lemma: 'Laden', pos: 'NOUN' })
    expect(of('Lasagne')).toMatchObject({ lemma: 'Lasagne', pos: 'NOUN' })
    expect(of('Lebensgefährte')?.pos).toBe('NOUN')
    // a surname after a given name stays a name
    expect(of('Raab')?.pos).toBe('PROPN')
    // a dictionary noun before a name no dictionary knows is a given name, and a word this text
    // used as a name stays one alone
    const names = annotate('Ministerin Penny Mordaunt traf Dominic Raab. Danach sagte Raab nichts.').tokens
    expect(names.filter((t) => ['Penny', 'Raab'].includes(t.text)).map((t) => t.pos)).toEqual([
      'PROPN',
      'PROPN',
      'PROPN',
    ])
    expect(annotate('Die Lasagne Bolognese schmeckte.').tokens[1]?.pos).toBe('NOUN')
  })

  it('a compound whose head or modifier only a dictionary lists is a compound, and a name when its head is one', () => {
    const doc = annotate(
      'Auf der Antilleninsel wird über Biokraftstoffe, die Zukunft des Königreiches und Südthailands Lage gesprochen.',
    )
    const of = (word: string) => doc.tokens.find((t) => t.text === word)
    const parts = (word: string) => {
      const at = doc.tokens.findIndex((t) => t.text === word)
      return doc.annotations.find((a) => a.kind === 'compound' && a.tokens[0] === at)?.parts?.map((p) => p.lemma)
    }
    expect(of('Biokraftstoffe')).toMatchObject({ lemma: 'Biokraftstoff', pos: 'NOUN' })
    expect(parts('Biokraftstoffe')).toEqual(['Bio', 'Kraftstoff'])
    expect(parts('Antilleninsel')).toEqual(['Antillen', 'Insel'])
    expect(of('Königreiches')).toMatchObject({ lemma: 'Königreich', pos: 'NOUN' })
    expect(of('Südthailands')).toMatchObject({ lemma: 'Südthailand', pos: 'PROPN' })
    // the option on its own: without it the unknown word is taken for a name
    const lexicon = bundledLexicon() as Lexicon
    const analyse = (nouns?: (form: string) => string[]) =>
      createReader({ analyse: createAnalyser(lexicon, { nouns }) })
        .annotate('Sie aßen Knoblauchbrote.')
        .tokens.find((t) => t.text === 'Knoblauchbrote')
    expect(analyse()?.pos).toBe('PROPN')
    expect(analyse((form) => (form === 'Knoblauchbrote' ? ['Knoblauchbrot'] : []))).toMatchObject({
      lemma: 'Knoblauchbrot',
      pos: 'NOUN',
    })
  })

  it('a name the dictionaries know, before the form of another noun it looks like', () => {
    expect(lemmas('Polen und Ungarn stimmten zu.')).toMatchObject({ Polen: 'Polen' })
    expect(lemmas('Er reiste nach Schweden.')).toMatchObject({ Schweden: 'Schweden' })
    expect(lemmas('Die Schweden jubelten.')).toMatchObject({ Schweden: 'Schwede' })
    expect(lemmas('Israels neue Regierung tagte.')).toMatchObject({ Israels: 'Israel' })
    expect(lemmas('Ein Abkommen wurde unterzeichnet.')).toMatchObject({ Abkommen: 'Abkommen' })
  })

  it('a capitalised adjective between an article and a noun belongs to a name, unless it names a party itself', () => {
    expect(lemmas('Er sprach mit der Europäischen Zentralbank.')).toMatchObject({ Europäischen: 'europäisch' })
    expect(annotate('Die Grünen Europas tagten.').tokens[1]?.pos).toBe('NOUN')
  })

  it('parts of speech of closed-class words by their place in the clause', () => {
    const pos = (text: string) =>
      annotate(text)
        .tokens.filter((t) => t.kind === 'word')
        .map((t) => `${t.text}/${t.pos}`)
    expect(pos('Er versprach, zu helfen.')).toContain('zu/PART')
    expect(pos('Er ging zu Fuß.')).toContain('zu/ADP')
    expect(pos('Der Mann, der gestern kam, blieb.')).toEqual(expect.arrayContaining(['Der/DET', 'der/PRON']))
    expect(pos('Die Frau, mit der er sprach, lachte.')).toContain('der/PRON')
    expect(pos('Er arbeitet als Lehrer.')).toContain('als/ADP')
    expect(pos('Als er kam, war es spät.')).toContain('Als/SCONJ')
  })

  it('LaTeX-style quotes are punctuation, and the word after an opening one starts the quotation', () => {
    const doc = annotate("Er sagte: ``Das ist gut.''")
    expect(doc.tokens.filter((t) => t.text === '``' || t.text === "''").map((t) => t.kind)).toEqual([
      'punctuation',
      'punctuation',
    ])
    expect(doc.tokens.find((t) => t.text === 'Das')?.pos).not.toBe('PROPN')
  })

  it('nouns the lexicon lacks, by a suffix only nouns take', () => {
    const doc = annotate('Er sprach über die Globalisierung und neue Digitalisierungen.')
    const read = Object.fromEntries(doc.tokens.map((t) => [t.text, `${t.lemma}/${t.pos}`]))
    expect(read).toMatchObject({
      Globalisierung: 'Globalisierung/NOUN',
      Digitalisierungen: 'Digitalisierung/NOUN',
    })
  })

  it('an auxiliary with no verb form to help in its clause is a full verb', () => {
    expect(posOf('Sie haben recht.', 'haben')).toBe('VERB')
    expect(posOf('Er wird Präsident.', 'wird')).toBe('VERB')
    expect(posOf('Er wird morgen kommen.', 'wird')).toBe('AUX')
    expect(posOf('Er hat gesagt, dass er kommt.', 'hat')).toBe('AUX')
    expect(posOf('Das Haus, das er gekauft hat, ist alt.', 'hat')).toBe('AUX')
    // a participle that is a present form too, before its auxiliary at the clause end
    expect(posOf('Es kam so, wie sie es bestellt hatte.', 'hatte')).toBe('AUX')
    // the verb it helps may come after a relative clause or a comma inside a noun phrase
    expect(posOf('Seit 1992 können Ausländer, die hier wohnen, einen Pass bekommen.', 'können')).toBe('AUX')
    expect(posOf('Wie können neue, gute Arbeitsplätze geschaffen werden?', 'können')).toBe('AUX')
    expect(posOf('Der Abstand hätte demnach 1,7 Seemeilen, (3,1 km) betragen.', 'hätte')).toBe('AUX')
    // nor in a zu-infinitive past a comma, a clause of its own
    expect(posOf('Er sagte, dass es schwierig werde, den Einfluss zurückzudrängen.', 'werde')).toBe('VERB')
    // but not in a clause of its own
    expect(posOf('Er hat Angst, wir können nicht gehen.', 'hat')).toBe('VERB')
  })

  it('days and months are names, as UD German tags them; an article may stand before a number', () => {
    const doc = annotate('Am Montag, dem 6. Januar, öffneten die 33 000 Wahlbüros.')
    const pos = Object.fromEntries(doc.tokens.map((t) => [t.text, t.pos]))
    expect(pos).toMatchObject({ Montag: 'PROPN', Januar: 'PROPN', dem: 'DET', die: 'DET' })
    // still glossed from the dictionaries
    expect(annotationOf(doc, 'Montag').entry?.senses[0]?.glosses[0]).toBe('Monday')
  })

  it('als opens a clause that ends in its verb, and is a preposition before a noun', () => {
    expect(posOf('Erst als die Polizei eintraf, beruhigte sich die Lage.', 'als')).toBe('SCONJ')
    expect(posOf('Er arbeitete als Lehrer und lebte in Berlin.', 'als')).toBe('ADP')
  })

  it('sein of place is a full verb, sein as copula or auxiliary is AUX, as UD tags them', () => {
    expect(posOf('Ich war im Dezember bei ihm.', 'war')).toBe('VERB')
    expect(posOf('Wir sind öfter hier.', 'sind')).toBe('VERB')
    expect(posOf('Die Lage ist unklar.', 'ist')).toBe('AUX')
    expect(posOf('Er ist seit 1988 Minister in Berlin.', 'ist')).toBe('AUX')
    expect(posOf('Er ist nach Berlin gefahren.', 'ist')).toBe('AUX')
    expect(posOf('Das Essen war super.', 'war')).toBe('AUX')
  })

  it('a relative pronoun whose clause ends in a finite verb, an article before a noun or in a zu-clause', () => {
    expect(posOf('Die Genossen, die Scharping anspricht, warten.', 'die')).toBe('PRON')
    expect(posOf('Es gab Profile, die genau auf uns zugeschnitten waren.', 'die')).toBe('PRON')
    expect(posOf('Sie hatten vor, die Unterschiede zu überbrücken.', 'die')).toBe('DET')
    expect(posOf('Die Löhne sollen steigen, die Einnahmen aus Arbeit nur wenig steigen.', 'die')).toBe('DET')
    expect(posOf('Putin betonte, die „Friedenstruppen“ würden nur kurz bleiben.', 'die')).toBe('DET')
    // before an adverb with no noun after it, a pronoun; before one that leads to a noun, an article
    expect(posOf('Die Polizei hat das nicht bestätigt.', 'das')).toBe('PRON')
    expect(posOf('Die schon lange andauernden Kämpfe gehen weiter.', 'Die')).toBe('DET')
  })

  it('the formal Sie and Ihr inside a sentence, she and her at its start; danke after a subject is a verb', () => {
    const read = (text: string) =>
      annotate(text)
        .tokens.filter((t) => t.kind === 'word')
        .map((t) => `${t.lemma}/${t.pos}`)
    expect(read('Ich danke Ihnen für Ihre Hilfe.')).toEqual([
      'ich/PRON',
      'danken/VERB',
      'Sie/PRON',
      'für/ADP',
      'Ihr/DET',
      'Hilfe/NOUN',
    ])
    expect(read('Sie sagte nein.')[0]).toBe('sie/PRON')
  })

  it('the adjective of a place before a noun, its people without one', () => {
    expect(posOf('Die Münchner Polizei kam.', 'Münchner')).toBe('ADJ')
    expect(posOf('Der Hamburger Senat tagte.', 'Hamburger')).toBe('ADJ')
    expect(posOf('Er aß einen Hamburger.', 'Hamburger')).toBe('NOUN')
    const doc = annotate('Der Hamburger Senat tagte.')
    const hamburger = doc.annotations.find((a) => a.tokens.includes(1))
    expect(doc.entries[hamburger?.entries[0] ?? '']?.senses[0]?.glosses[0]).toBe('of Hamburg')
  })

  it('the mixed past of wenden and senden', () => {
    expect(lemmas('Er wandte sich an das Gericht.').wandte).toBe('wenden')
    expect(lemmas('Sie sandten einen Brief.').sandten).toBe('senden')
  })

  it('inflected present participles are adjectives, also of verbs the lexicon lacks', () => {
    const doc = annotate('Menschen mit fehlenden Abschlüssen in erdgasproduzierenden Ländern.')
    const token = (text: string) => doc.tokens.find((t) => t.text === text)
    expect(token('fehlenden')).toMatchObject({ lemma: 'fehlend', pos: 'ADJ' })
    expect(token('erdgasproduzierenden')).toMatchObject({ lemma: 'erdgasproduzierend', pos: 'ADJ' })
  })

  it('joined forms of particle verbs in subordinate clauses', () => {
    expect(lemmas('Er sagte, dass sie die Gespräche aufnahm.').aufnahm).toBe('aufnehmen')
  })

  it('compounds the lexicon lacks take the lemma of their head', () => {
    expect(lemmas('Unter den Sicherheitskräften gab es Tote.').Sicherheitskräften).toBe('Sicherheitskraft')
    expect(lemmas('Es kam zu Ausschreitungen.').Ausschreitungen).toBe('Ausschreitung')
  })

  it('compounds show their parts with linking elements, known to the lexicon or not', () => {
    const doc = annotate('Die Truppenentsendung, der Koalitionsvertrag und die Verhandlung.')
    const parts = doc.annotations
      .filter((a) => a.kind === 'compound')
      .map((a) => a.parts?.map((p) => `${p.text}=${p.lemma}`).join('|'))
    expect(parts).toEqual(['Truppen=Truppe|entsendung=Entsendung', 'Koalitions=Koalition|vertrag=Vertrag'])
  })

  it('a modifier may be a compound itself: Klimaschutz|gesetz, Wahlkampf|auftakt', () => {
    const doc = annotate('Das Klimaschutzgesetz kam zum Wahlkampfauftakt.')
    const parts = doc.annotations.filter((a) => a.kind === 'compound').map((a) => a.parts?.map((p) => p.text).join('|'))
    expect(parts).toEqual(['Klimaschutz|gesetz', 'Wahlkampf|auftakt'])
  })

  it('adjective endings, comparatives and superlatives', () => {
    expect(lemmas('Die gewaltsamen Proteste waren die heftigsten seit Jahren.')).toMatchObject({
      gewaltsamen: 'gewaltsam',
      heftigsten: 'heftig',
    })
    expect(lemmas('Die Lage wird schwieriger.').schwieriger).toBe('schwierig')
  })

  it('old and Swiss spellings are looked up in today\u2019s spelling', () => {
    expect(lemmas('Er sagte, daß die grosse Strasse gesperrt sei.')).toMatchObject({
      daß: 'dass',
      grosse: 'groß',
      Strasse: 'Straße',
    })
  })

  it('keeps ranked candidates for ambiguous forms', () => {
    const doc = annotate('Die Stunden vergingen.')
    expect(doc.tokens[1]?.lemma).toBe('Stunde')
    expect(doc.tokens[1]?.candidates?.map((c) => c.lemma)).toContain('Stunden')
  })
})

describe('separable verbs', () => {
  it('links a finite verb and its clause-final particle', () => {
    expect(separable('Das Ministerium teilte am Montag auf seiner Webseite mit, es gebe Tote.')).toEqual([
      'mitteilen: teilte … mit',
    ])
    expect(separable('Das Ministerium zog die Mitteilung später zurück.')).toEqual(['zurückziehen: zog … zurück'])
  })

  it('links two particles: "nahm … wieder auf"', () => {
    expect(separable('Der Nahverkehr nahm nach und nach den Betrieb wieder auf.')).toEqual([
      'wiederaufnehmen: nahm … wieder … auf',
    ])
  })

  it('looks across an enumeration but not into another clause', () => {
    expect(separable('Die Proteste weiteten sich zu Demonstrationen, Streiks und Blockaden aus.')).toEqual([
      'ausweiten: weiteten … aus',
    ])
    expect(separable('Er kam, weil sie ihn darum bat.')).toEqual([])
  })

  it('skips an embedded clause between verb and particle', () => {
    expect(separable('Im Keller wählt der Gast, wenn er möchte, seinen Wein aus.')).toEqual(['auswählen: wählt … aus'])
  })

  it('takes a particle before a closing quote or a coordinating conjunction', () => {
    expect(separable('„Da kommen die anderen nicht mit“, sagte er.')).toEqual(['mitkommen: kommen … mit'])
    expect(separable('Sie protestierten laut und kündigten Schritte an.')).toEqual(['ankündigen: kündigten … an'])
  })

  it('a participle that looks finite is not the clause verb: "wies … entschieden zurück"', () => {
    expect(separable('Der Kanzler wies die Vorwürfe entschieden zurück.')).toEqual(['zurückweisen: wies … zurück'])
  })

  it('a predicative adjective closing a clause is no particle: "gilt als offen", but "legte … offen"', () => {
    expect(separable('Die Grenze gilt als offen.')).toEqual([])
    expect(separable('Er legte die Zahlen offen.')).toEqual(['offenlegen: legte … offen'])
  })

  it('"da sein": a particle of sein', () => {
    expect(separable('Beim Besuch war keiner da.')).toEqual(['dasein: war … da'])
  })

  it('does not take a verb with "zu", or a nominalised one, as the finite verb', () => {
    expect(separable('Das Material lässt zu wünschen übrig.')).toEqual(['übriglassen: lässt … übrig'])
  })

  it('keeps the base verb as the token lemma (as UD does)', () => {
    const doc = annotate('Er teilte es mit.')
    expect(doc.tokens[1]?.lemma).toBe('teilen')
  })
})

describe('mood and reported speech', () => {
  it('marks Konjunktiv I and II forms and flags reported speech', () => {
    const doc = annotate('Das Land sei Opfer geworden, die Kämpfer hätten gewartet, sagte er.')
    const mood = Object.fromEntries(doc.tokens.map((t) => [t.text, t.morph?.Mood]))
    expect(mood).toMatchObject({ sei: 'Sub', hätten: 'Sub' })
    expect(doc.sentences[0]?.reportedSpeech).toBe(true)
  })

  it('"werde" after a 3rd-person subject is subjunctive; plain indicative is not reported speech', () => {
    expect(annotate('Russland werde keine Revolution zulassen.').tokens[1]?.morph).toEqual({ Mood: 'Sub' })
    const doc = annotate('Russland wird keine Revolution zulassen.')
    expect(doc.tokens[1]?.morph).toBeUndefined()
    expect(doc.sentences[0]?.reportedSpeech).toBeUndefined()
  })
})

const seed = new URL('../../../shared/seed/article.de.txt', import.meta.url)
describe.runIf(existsSync(seed))('the seed article (../shared)', () => {
  // a skipped suite's body still runs: the seed is read only before its tests
  let doc: ReturnType<typeof annotate>
  beforeAll(() => {
    doc = annotate(readFileSync(seed, 'utf8'))
  })
  const lemmaOf = (form: string) => doc.tokens.find((t) => t.text === form)?.lemma
  it('has the lemmas a reader needs', () => {
    expect(lemmaOf('festgenommen')).toBe('festnehmen')
    expect(lemmaOf('Sicherheitskräften')).toBe('Sicherheitskraft')
    expect(lemmaOf('entsandt')).toBe('entsenden')
    expect(lemmaOf('zurückzudrängen')).toBe('zurückdrängen')
    expect(lemmaOf('Ausschreitungen')).toBe('Ausschreitung')
  })
  it('links its separated particle verbs', () => {
    const linked = doc.annotations.filter((a) => a.kind === 'separable-verb').map((a) => a.lemma)
    expect(linked).toEqual(expect.arrayContaining(['mitteilen', 'zurückziehen', 'wiederaufnehmen', 'ausweiten']))
  })
  it('marks its subjunctive forms', () => {
    for (const form of ['sei', 'seien', 'werde', 'hätten'])
      expect(doc.tokens.filter((t) => t.text === form).every((t) => t.morph?.Mood === 'Sub')).toBe(true)
  })
})
