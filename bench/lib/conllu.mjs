// Reading UD CoNLL-U files into documents with gold sentence and token offsets.
import { readFileSync } from 'node:fs'

/** Sentences with their text and surface tokens (multi-word tokens such as "zum" kept whole). */
export function readConllu(path) {
  const sentences = []
  let current = null
  let skipUntil = 0
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) {
      current = { text: line.slice(9), words: [], tokens: [] }
      sentences.push(current)
      skipUntil = 0
    } else if (line && !line.startsWith('#') && current) {
      const cols = line.split('\t')
      const id = cols[0]
      const range = id.match(/^(\d+)-(\d+)$/)
      if (range) {
        current.tokens.push({ form: cols[1], spaceAfter: !/SpaceAfter=No/.test(cols[9]) })
        skipUntil = Number(range[2])
      } else if (/^\d+$/.test(id)) {
        current.words.push({ form: cols[1], lemma: cols[2], upos: cols[3], feats: cols[5], misc: cols[9] })
        if (Number(id) > skipUntil) current.tokens.push({ form: cols[1], spaceAfter: !/SpaceAfter=No/.test(cols[9]) })
      }
    }
  }
  return sentences
}

/** LaTeX quotes as German news prints them. */
export const germanQuotes = (s) => s.replaceAll('``', '„').replaceAll("''", '“')

/**
 * Documents of `size` sentences joined by a space, with gold sentence spans and token spans.
 * `quotes` replaces the LaTeX quotes with „ “.
 */
export function toDocuments(sentences, { size = 10, quotes = false } = {}) {
  const docs = []
  for (let i = 0; i < sentences.length; i += size) {
    let text = ''
    const sentenceSpans = []
    const tokenSpans = []
    for (const s of sentences.slice(i, i + size)) {
      if (text) text += ' '
      const sText = quotes ? germanQuotes(s.text) : s.text
      const base = text.length
      text += sText
      let cursor = 0
      const spans = []
      for (const t of s.tokens) {
        const form = quotes ? germanQuotes(t.form) : t.form
        const at = sText.indexOf(form, cursor)
        if (at < 0) continue
        spans.push({ start: base + at, end: base + at + form.length, spaceAfter: t.spaceAfter })
        cursor = at + form.length
      }
      tokenSpans.push(...spans)
      sentenceSpans.push([base, base + sText.length])
    }
    docs.push({ text, sentences: sentenceSpans, tokens: tokenSpans })
  }
  return docs
}

/** Joins hyphen pieces written without spaces (Social-Media-Übergänge, Haftpflicht- und) into one span. */
export function rejoinHyphens(text, spans) {
  const out = []
  for (const span of spans) {
    const prev = out[out.length - 1]
    const isHyphen = /^[-‐‑]$/.test(text.slice(span.start, span.end))
    const prevIsHyphen = prev && /[-‐‑]$/.test(text.slice(prev.start, prev.end))
    if (prev && prev.end === span.start && (isHyphen || prevIsHyphen)) prev.end = span.end
    else out.push({ start: span.start, end: span.end })
  }
  return out
}
