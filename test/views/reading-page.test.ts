import { describe, expect, it } from 'vitest'
import { annotate, buildDictionary, createReader } from '../../src/index.js'
import { renderReadingPage } from '../../src/views/reading-page.js'

describe('reading page', () => {
  it('escapes everything taken from the text', () => {
    // no dictionaries, so no word is wrapped in a gloss and the text stands as one run
    const html = renderReadingPage(createReader({ dictionaries: [] }).annotate('<script>alert(1)</script> & „Tor“ <b>'))
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; „Tor“ &#x3C;b>')
  })

  it('escapes everything taken from a dictionary', () => {
    const dictionary = buildDictionary('user', [
      {
        lemma: 'Gift',
        pos: 'NOUN',
        gender: 'n',
        senses: [{ glosses: ['</span><img src=x onerror=alert(1)>'] }],
        domains: [],
      },
    ])
    const doc = createReader({ dictionaries: [dictionary] }).annotate('Das Gift.')
    const html = renderReadingPage(doc)
    expect(html).not.toContain('<img')
    expect(html).toContain('&#x3C;/span>&#x3C;img src=x onerror=alert(1)>')
  })

  it('shows glossed words with their English gloss, article and labels in the chosen language', () => {
    const dictionary = buildDictionary('user', [
      {
        lemma: 'Fraktion',
        pos: 'NOUN',
        gender: 'f',
        plural: 'Fraktionen',
        senses: [{ glosses: ['parliamentary group'] }],
        domains: ['pol'],
      },
    ])
    const doc = createReader({ dictionaries: [dictionary] }).annotate('Die Fraktion tagt.')
    const en = renderReadingPage(doc)
    expect(en).toContain('<b>die Fraktion</b>')
    expect(en).toContain('parliamentary group')
    expect(en).toContain('feminine')
    const de = renderReadingPage(doc, { locale: 'de' })
    expect(de).toContain('feminin')
    expect(de).toContain('lang="de"')
  })

  it('cannot be broken out of by the embedded interface strings', () => {
    const html = renderReadingPage(annotate('Text'))
    const json = html.match(/<script type="application\/json" id="lh-i18n">(.*?)<\/script>/s)?.[1] ?? ''
    expect(() => JSON.parse(json)).not.toThrow()
  })

  it('shades sentences in reported speech and says why, in the chosen language', () => {
    const doc = createReader({ dictionaries: [] }).annotate('Das Land sei Opfer geworden. Das Land ist groß.')
    const html = renderReadingPage(doc)
    expect(html.match(/class="lh-s lh-rs"/g)).toHaveLength(1)
    expect(html).toContain('title="Reported speech: the Konjunktiv')
    expect(renderReadingPage(doc, { locale: 'de' })).toContain('title="Indirekte Rede')
  })
})
