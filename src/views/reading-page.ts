/**
 * The learner's reading page: the article with every glossed word underlined; hovering,
 * focusing or tapping a word shows its entry. One self-contained HTML file (inline CSS and
 * a few lines of script for the interface language), built as a hast tree so that every
 * string from the text or a dictionary is escaped by the serialiser.
 */
import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import type { AnnotatedDocument, Annotation, Entry } from '../document.js'
import { type Locale, resources, translator } from '../i18n/index.js'

export interface ReadingPageOptions {
  locale?: Locale
  /** Shown in the page title and header, e.g. the file name. */
  title?: string
}

const ARTICLES = { m: 'der', f: 'die', n: 'das' } as const

const STYLE = `
body{font:18px/1.7 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fdfcf8}
header{font:14px/1.4 system-ui,sans-serif;color:#555;border-bottom:1px solid #ddd;margin-bottom:1.5rem;padding-bottom:.5rem}
header h1{font-size:1.2rem;color:#1d1d1f;margin:.2rem 0}
.lh-lang button{font:inherit;margin-left:.3rem;cursor:pointer}
.lh-lang button[aria-pressed=true]{font-weight:bold}
.lh-rs{background:#f1eee4}
.lh-w{position:relative;border-bottom:1px dotted #777;cursor:help;outline:none}
.lh-w.lh-pol{border-bottom:2px solid #b5471b}
.lh-g{display:none;position:absolute;left:0;top:1.6em;z-index:10;min-width:14rem;max-width:22rem;background:#fff;border:1px solid #bbb;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.15);padding:.5rem .7rem;font:14px/1.4 system-ui,sans-serif;color:#222}
.lh-w:hover>.lh-g,.lh-w:focus>.lh-g,.lh-w:focus-within>.lh-g{display:block}
.lh-g b{font-size:1rem}
.lh-g .lh-meta{color:#666;display:block}
.lh-g .lh-senses{display:block;margin-top:.3rem}
.lh-g .lh-sense{display:block}
.lh-g .lh-note{display:block;margin-top:.3rem;font-style:italic;color:#444}
.lh-g .lh-badge{display:inline-block;background:#b5471b;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.75rem;margin-left:.3rem}
section.lh-glossary{font:15px/1.5 system-ui,sans-serif;margin-top:2rem;border-top:1px solid #ddd}
section.lh-glossary td{padding:.15rem .6rem .15rem 0;vertical-align:top}
`

const SCRIPT = `
(function(){var r=JSON.parse(document.getElementById('lh-i18n').textContent);
function get(o,k){return k.split('.').reduce(function(a,p){return a&&a[p]},o)}
function set(l){document.querySelectorAll('[data-i18n]').forEach(function(e){var v=get(r[l],e.getAttribute('data-i18n'));if(typeof v==='string'){var c=e.getAttribute('data-count');e.textContent=c?v.replace('{{count}}',c):v}});
document.querySelectorAll('[data-i18n-title]').forEach(function(e){var v=get(r[l],e.getAttribute('data-i18n-title'));if(typeof v==='string')e.setAttribute('title',v)});
document.querySelectorAll('.lh-lang button').forEach(function(b){b.setAttribute('aria-pressed',String(b.value===l))});document.documentElement.setAttribute('data-locale',l)}
document.querySelectorAll('.lh-lang button').forEach(function(b){b.addEventListener('click',function(){set(b.value)})})})();
`

export function renderReadingPage(doc: AnnotatedDocument, options: ReadingPageOptions = {}): string {
  const locale = options.locale ?? 'en'
  const t = translator(locale)
  const label = (key: string, extra: Record<string, unknown> = {}) =>
    h(
      'span',
      { dataI18n: key, ...(extra.count !== undefined ? { dataCount: String(extra.count) } : {}) },
      t(key, extra),
    )
  const byToken = annotationsByToken(doc)
  const glossed = new Set<string>()
  for (const a of doc.annotations) glossed.add(a.lemma)

  const paragraphs = doc.paragraphs.map((p) => {
    const children: ElementContent[] = []
    const [s0, s1] = p.sentences
    for (let s = s0; s < s1; s++) {
      const sentence = doc.sentences[s]
      if (!sentence) continue
      const [t0, t1] = sentence.tokens
      const inner: ElementContent[] = []
      for (let i = t0; i < t1; i++) {
        const token = doc.tokens[i]
        if (!token) continue
        if (i > t0)
          inner.push({ type: 'text', value: doc.text.slice((doc.tokens[i - 1] as typeof token).end, token.start) })
        const annotation = byToken.get(i)
        inner.push(annotation ? word(token.text, annotation, doc, label) : { type: 'text', value: token.text })
      }
      if (s > s0)
        children.push({
          type: 'text',
          value: doc.text.slice((doc.sentences[s - 1] as typeof sentence).end, sentence.start),
        })
      // reported speech is shaded, with a title saying why (the Konjunktiv marks it)
      const attributes = sentence.reportedSpeech
        ? { className: ['lh-s', 'lh-rs'], title: t('page.reportedSpeech'), dataI18nTitle: 'page.reportedSpeech' }
        : { className: ['lh-s'] }
      children.push(h('span', attributes, inner))
    }
    return h('p', children)
  })

  const title = options.title ?? t('page.title')
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: locale, dataLocale: locale }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('style', STYLE),
        ]),
        h('body', [
          h('header', [
            h('div', { className: ['lh-lang'] }, [
              label('page.lang'),
              ...(['en', 'de'] as const).map((l) =>
                h('button', { type: 'button', value: l, ariaPressed: String(l === locale) }, l.toUpperCase()),
              ),
            ]),
            h('h1', title),
            h('p', [label('page.hint'), ' · ', label('page.words', { count: glossed.size })]),
          ]),
          h('main', { lang: 'de' }, paragraphs.length > 0 ? paragraphs : [h('p', label('page.empty'))]),
          glossary(doc, label),
          h('script', { type: 'application/json', id: 'lh-i18n' }, jsonForScript(resources)),
          h('script', SCRIPT),
        ]),
      ]),
    ],
  }
  return `${toHtml(tree)}\n`
}

type Label = (key: string, extra?: Record<string, unknown>) => Element

/** The annotation shown for each token: the longest one that starts the earliest. */
function annotationsByToken(doc: AnnotatedDocument): Map<number, Annotation> {
  const map = new Map<number, Annotation>()
  for (const a of doc.annotations) {
    if (a.entries.length === 0 || a.hidden) continue
    for (const i of a.tokens) {
      const current = map.get(i)
      if (!current || (current.kind !== 'word' && current.kind !== 'entity' && a.tokens.length === 1)) map.set(i, a)
    }
  }
  return map
}

function word(text: string, annotation: Annotation, doc: AnnotatedDocument, label: Label): Element {
  const entry = doc.entries[annotation.entries[0] as string]
  return h(
    'span',
    { className: annotation.political ? ['lh-w', 'lh-pol'] : ['lh-w'], tabIndex: 0, dataLemma: annotation.lemma },
    [text, entry ? gloss(entry, annotation, label) : h('span')],
  )
}

function gloss(entry: Entry, annotation: Annotation, label: Label): Element {
  const headword = entry.gender && entry.pos === 'NOUN' ? `${ARTICLES[entry.gender]} ${entry.lemma}` : entry.lemma
  const meta: (ElementContent | string)[] = [label(`entry.pos.${entry.pos in POS_LABELS ? entry.pos : 'X'}`)]
  if (entry.gender) meta.push(', ', label(`entry.gender.${entry.gender}`))
  if (entry.plural) meta.push(', ', label('entry.plural'), ` ${entry.plural}`)
  if (entry.verb)
    meta.push(`, ${[entry.verb.present, entry.verb.past, entry.verb.participle].filter(Boolean).join(' – ')}`)
  if (entry.level) meta.push(' · ', label('entry.level'), ` ${entry.level}`)
  const children: ElementContent[] = [h('b', headword)]
  if (annotation.political) children.push(h('span', { className: ['lh-badge'] }, label('page.political')))
  children.push(h('span', { className: ['lh-meta'] }, meta))
  // inline elements only: a block element would end the paragraph the word stands in
  // the sense the context asks for first, then the others in the dictionary's order
  const chosen = annotation.sense !== undefined ? entry.senses[annotation.sense] : undefined
  const ordered = chosen ? [chosen, ...entry.senses.filter((s) => s !== chosen)] : entry.senses
  const senses = ordered
    .slice(0, 3)
    .map((s, i) =>
      h('span', { className: ['lh-sense'] }, `${i + 1}. ${s.glosses.join('; ')}${s.note ? ` (${s.note})` : ''}`),
    )
  children.push(h('span', { className: ['lh-senses'] }, senses))
  if (entry.note) children.push(h('span', { className: ['lh-note'] }, entry.note))
  return h('span', { className: ['lh-g'], role: 'tooltip' }, children)
}

const POS_LABELS = resources.en.entry.pos

function glossary(doc: AnnotatedDocument, label: Label): Element {
  const entries = Object.values(doc.entries).sort((a, b) => a.lemma.localeCompare(b.lemma, 'de'))
  return h('section', { className: ['lh-glossary'] }, [
    h('h2', label('page.glossary')),
    h(
      'table',
      entries.map((e) =>
        h('tr', [
          h('td', { lang: 'de' }, e.gender && e.pos === 'NOUN' ? `${ARTICLES[e.gender]} ${e.lemma}` : e.lemma),
          h('td', e.senses[0]?.glosses.join('; ') ?? ''),
        ]),
      ),
    ),
  ])
}

/** JSON that cannot end the script element it sits in. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
