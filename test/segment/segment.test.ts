import { describe, expect, it } from 'vitest'
import { segment } from '../../src/segment/index.js'

const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end))
const tokens = (text: string) => segment(text).tokens.map((t) => t.text)
const kinds = (text: string) => segment(text).tokens.map((t) => `${t.text}:${t.kind}`)

describe('sentences', () => {
  it('ordinal-date: "am 6. Januar" does not end a sentence', () => {
    expect(sentences('Er kam am 6. Januar an. Sie blieb.')).toEqual(['Er kam am 6. Januar an.', 'Sie blieb.'])
    expect(kinds('am 6. Januar')).toContain('6.:ordinal')
    expect(sentences('Das war die 3. Lesung im Bundestag.')).toHaveLength(1)
  })

  it('number-sentence-final: a year before a new sentence keeps its period', () => {
    expect(sentences('Das geschah im Jahr 2020. Danach wurde es ruhig.')).toEqual([
      'Das geschah im Jahr 2020.',
      'Danach wurde es ruhig.',
    ])
  })

  it('abbreviation-inner: "Dr." and "z. B." never end a sentence', () => {
    expect(sentences('Dr. Müller kam, z. B. am Montag. Dann ging er.')).toEqual([
      'Dr. Müller kam, z. B. am Montag.',
      'Dann ging er.',
    ])
    expect(tokens('z. B.')).toEqual(['z.', 'B.'])
  })

  it('abbreviation-sentence-final: "usw." and "v. Chr." may end a sentence', () => {
    expect(sentences('Sie kauften Brot, Milch usw. Dann gingen sie.')).toEqual([
      'Sie kauften Brot, Milch usw.',
      'Dann gingen sie.',
    ])
    expect(sentences('Die Stadt entstand im 3. Jh. v. Chr. Sie wuchs schnell.')).toEqual([
      'Die Stadt entstand im 3. Jh. v. Chr.',
      'Sie wuchs schnell.',
    ])
  })

  it('quote-after-period: the closing quote stays with its sentence', () => {
    expect(sentences('„Ihr Ziel war die Macht.“ Das Land sei Opfer.')).toEqual([
      '„Ihr Ziel war die Macht.“',
      'Das Land sei Opfer.',
    ])
    expect(sentences('»Wir bleiben!« Er ging.')).toEqual(['»Wir bleiben!«', 'Er ging.'])
  })

  it("latex-quotes-after-period: a closing '' stays with its sentence, `` may open the next", () => {
    expect(sentences("Er sprach von einer ``Tat.'' ``Nein'', sagte sie.")).toEqual([
      "Er sprach von einer ``Tat.''",
      "``Nein'', sagte sie.",
    ])
  })

  it('question-in-quote: "?“, fragte er" continues the sentence', () => {
    expect(sentences('„Warum?“, fragte er. Niemand antwortete.')).toEqual([
      '„Warum?“, fragte er.',
      'Niemand antwortete.',
    ])
  })

  it('headline-without-period: a line break after a headline ends it', () => {
    expect(sentences('Proteste in Kasachstan\nAlmaty (lh) – Tausende demonstrierten.')).toEqual([
      'Proteste in Kasachstan',
      'Almaty (lh) – Tausende demonstrierten.',
    ])
  })

  it('list-items: each item on its own line is a sentence', () => {
    expect(sentences('Die Forderungen:\n– mehr Geld\n– weniger Steuern')).toEqual([
      'Die Forderungen:',
      '– mehr Geld',
      '– weniger Steuern',
    ])
  })

  it('hard-wrapped text keeps sentences across line breaks', () => {
    const text =
      'Die Regierung hat am Montag in der Hauptstadt eine neue Regelung für\nDemonstrationen beschlossen, die nach Angaben des Ministeriums schon\nab der kommenden Woche gelten soll und viele Gruppen betrifft.'
    expect(sentences(text)).toHaveLength(1)
  })

  it('initials: "J. F. Kennedy" is one sentence', () => {
    expect(sentences('Damals sprach J. F. Kennedy in Berlin.')).toHaveLength(1)
  })

  it('roman-numeral: "Ludwig XIV." inside a sentence', () => {
    expect(sentences('König Ludwig XIV. regierte lange.')).toHaveLength(1)
    expect(kinds('König Ludwig XIV. regierte')).toContain('XIV.:ordinal')
  })

  it('lower-case-after-period: a plain period before a lower-case word still ends the sentence', () => {
    expect(sentences('Das Essen war gut. leider zu teuer.')).toEqual(['Das Essen war gut.', 'leider zu teuer.'])
    expect(sentences('Er kam (ca. zehn Minuten zu spät) und ging.')).toHaveLength(1)
  })

  it('parenthesis-after-period: an agency tag or cross reference stays with its sentence', () => {
    expect(sentences('Der Verkauf ist perfekt. (dpa / ap) Kwasniewski wandte sich an die Presse.')).toEqual([
      'Der Verkauf ist perfekt. (dpa / ap)',
      'Kwasniewski wandte sich an die Presse.',
    ])
    expect(sentences('Er ging. (Das war gestern.) Dann kam sie.')).toEqual([
      'Er ging.',
      '(Das war gestern.)',
      'Dann kam sie.',
    ])
  })

  it('omission-mark: "(...)" inside a quotation does not end the sentence', () => {
    expect(sentences('Er sagte, er wolle (...) Das Lied werde bleiben.')).toHaveLength(1)
  })

  it('emoticon-after-mark: "Danke! :-)" ends with its emoticon', () => {
    expect(sentences('Danke Rosemarie! :-) Dann kam die Rechnung.')).toEqual([
      'Danke Rosemarie! :-)',
      'Dann kam die Rechnung.',
    ])
  })

  it('capitalised-function-word: a title without punctuation before "Seit" ends a sentence', () => {
    expect(sentences('Absolut zu empfehlen Seit 1964 ist mein Mann hier Kunde.')).toEqual([
      'Absolut zu empfehlen',
      'Seit 1964 ist mein Mann hier Kunde.',
    ])
    // names and polite forms stay inside the sentence
    expect(sentences('Der Prozess hat in Den Haag begonnen.')).toHaveLength(1)
    expect(sentences('Können Sie uns helfen?')).toHaveLength(1)
    expect(sentences('Die Diskussion über das Für und Wider geht weiter.')).toHaveLength(1)
  })

  it('paragraphs: blank lines separate paragraphs', () => {
    const seg = segment('Erster Satz. Zweiter Satz.\n\nDritter Satz.')
    expect(seg.paragraphs.map((p) => p.sentences)).toEqual([
      [0, 2],
      [2, 3],
    ])
  })
})

describe('tokens', () => {
  it('numbers: thousands, decimals, times, dates, decades', () => {
    expect(kinds('7.939 3,5 14.30 06.01.2022 1990er')).toEqual([
      '7.939:number',
      '3,5:number',
      '14.30:number',
      '06.01.2022:number',
      '1990er:word',
    ])
  })

  it('hyphenated compounds stay one token', () => {
    expect(tokens('US-Außenminister seit den 2000er-Jahren in Ex-Sowjetländern')).toEqual([
      'US-Außenminister',
      'seit',
      'den',
      '2000er-Jahren',
      'in',
      'Ex-Sowjetländern',
    ])
  })

  it('truncated compounds keep their hyphen: "Ein- und Ausreise"', () => {
    expect(tokens('Ein- und Ausreise')).toEqual(['Ein-', 'und', 'Ausreise'])
  })

  it('gender forms are one word', () => {
    expect(tokens('Kund:innen Bürger*innen BürgerInnen Lehrer_innen')).toEqual([
      'Kund:innen',
      'Bürger*innen',
      'BürgerInnen',
      'Lehrer_innen',
    ])
  })

  it('urls, e-mail addresses, hashtags, handles', () => {
    expect(kinds('Siehe https://example.org/a?b=1. Mail: presse@example.de #Wahl2025 @tagesschau')).toEqual([
      'Siehe:word',
      'https://example.org/a?b=1:url',
      '.:punctuation',
      'Mail:word',
      '::punctuation',
      'presse@example.de:email',
      '#Wahl2025:hashtag',
      '@tagesschau:mention',
    ])
  })

  it('quotes, dashes, ellipses and brackets are separate tokens', () => {
    expect(tokens('„Nein“ – sagte er … (leise) ‚ja‘ »so«...')).toEqual([
      '„',
      'Nein',
      '“',
      '–',
      'sagte',
      'er',
      '…',
      '(',
      'leise',
      ')',
      '‚',
      'ja',
      '‘',
      '»',
      'so',
      '«',
      '...',
    ])
  })

  it('clitic-s: "für\'s" splits off "\'s"; "O\'Neill" stays whole', () => {
    expect(tokens("für's Leben, O'Neill")).toEqual(['für', "'s", 'Leben', ',', "O'Neill"])
  })

  it("latex-quotes: `` and '' are one mark each", () => {
    expect(tokens("``Tat''")).toEqual(['``', 'Tat', "''"])
  })

  it('number-ranges: 1995/96 is one number', () => {
    expect(kinds('1995/96')).toEqual(['1995/96:number'])
  })

  it('repeated marks are one token each: "!!!"', () => {
    expect(tokens('Super!!!')).toEqual(['Super', '!', '!', '!'])
  })

  it('symbols that Unicode files under punctuation: 5 %, § 5', () => {
    expect(kinds('5 % und § 5')).toEqual(['5:number', '%:symbol', 'und:word', '§:symbol', '5:number'])
  })

  it('emoji and emoticons', () => {
    expect(kinds('Super 👍🏽 und 🇩🇪 :-)')).toEqual(['Super:word', '👍🏽:emoji', 'und:word', '🇩🇪:emoji', ':-):emoji'])
  })
})

describe('any string is valid input', () => {
  it('keeps offsets exact on random strings', () => {
    const alphabet = [
      'a',
      'Ä',
      ' ',
      '\n',
      '.',
      '„',
      '“',
      '-',
      '1',
      ',',
      'ß',
      '\u00ad',
      '😀',
      '\ud800',
      ':',
      '@',
      '#',
      'z. B.',
      'XIV.',
      '\t',
      '\r',
    ]
    let seed = 42
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (let run = 0; run < 300; run++) {
      let text = ''
      const length = Math.floor(random() * 60)
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)]
      const seg = segment(text)
      let end = 0
      for (const t of seg.tokens) {
        expect(text.slice(t.start, t.end)).toBe(t.text)
        expect(text.slice(end, t.start).trim()).toBe('')
        end = t.end
      }
      expect(text.slice(end).trim()).toBe('')
    }
  })

  it('empty and blank input give no tokens', () => {
    expect(segment('')).toEqual({ paragraphs: [], sentences: [], tokens: [] })
    expect(segment(' \n\n\t ').tokens).toEqual([])
  })
})
