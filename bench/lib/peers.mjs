// The npm segmenters lesehilfe is measured against, each adapted to return offsets.
import { createRequire } from 'node:module'
import { ParseLatin } from 'parse-latin'
import { split as splitSentences } from 'sentence-splitter'

const require = createRequire(import.meta.url)

// V8 copies the whole input into every segment object, so long texts go in paragraph by paragraph.
function byParagraph(text, segmentOne) {
  const out = []
  let offset = 0
  for (const paragraph of text.split('\n\n')) {
    for (const [start, end] of segmentOne(paragraph)) out.push([offset + start, offset + end])
    offset += paragraph.length + 2
  }
  return out
}

function intlSegmenter() {
  const sentences = new Intl.Segmenter('de', { granularity: 'sentence' })
  const words = new Intl.Segmenter('de', { granularity: 'word' })
  return {
    name: 'Intl.Segmenter',
    sentences: (text) =>
      byParagraph(text, (p) => [...sentences.segment(p)].map((s) => [s.index, s.index + s.segment.length])),
    tokens: (text) =>
      byParagraph(text, (p) =>
        [...words.segment(p)].filter((w) => w.segment.trim() !== '').map((w) => [w.index, w.index + w.segment.length]),
      ),
  }
}

function parseLatin() {
  const parser = new ParseLatin()
  const collect = (node, types, out) => {
    if (types.includes(node.type)) out.push([node.position.start.offset, node.position.end.offset])
    else for (const child of node.children ?? []) collect(child, types, out)
    return out
  }
  return {
    name: 'parse-latin (retext-latin)',
    sentences: (text) => collect(parser.parse(text), ['SentenceNode'], []),
    tokens: (text) => collect(parser.parse(text), ['WordNode', 'PunctuationNode', 'SymbolNode'], []),
  }
}

function sentenceSplitter() {
  return {
    name: 'sentence-splitter',
    sentences: (text) =>
      splitSentences(text)
        .filter((n) => n.type === 'Sentence')
        .map((n) => n.range),
    tokens: null,
  }
}

function wink() {
  const winkNLP = require('wink-nlp')
  const model = require('wink-eng-lite-web-model')
  const nlp = winkNLP(model)
  const its = nlp.its
  const locate = (text, pieces) => {
    const out = []
    let cursor = 0
    for (const p of pieces) {
      const at = text.indexOf(p, cursor)
      if (at < 0) continue
      out.push([at, at + p.length])
      cursor = at + p.length
    }
    return out
  }
  return {
    name: 'wink-nlp (English model)',
    sentences: (text) => locate(text, nlp.readDoc(text).sentences().out(its.value)),
    tokens: (text) => locate(text, nlp.readDoc(text).tokens().out(its.value)),
  }
}

export function peers() {
  return [intlSegmenter(), parseLatin(), sentenceSplitter(), wink()]
}
