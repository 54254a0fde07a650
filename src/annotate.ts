/**
 * The pipeline: segment → analyse → gloss, each a named step that callers may replace.
 */
import { type AnnotatedDocument, SCHEMA } from './document.js'
import { type Dictionary, oneWordNames } from './glossary/dictionary.js'
import { bundledDingPack, DING_SOURCE } from './glossary/ding.js'
import { createGlosser, type Glosser } from './glossary/index.js'
import { bundledCorePack, bundledPoliticsPack } from './glossary/packs.js'
import { createAnalyser } from './morphology/analyse.js'
import { type Analyser, analyseBySurface, bundledLexicon } from './morphology/index.js'
import { type Segmenter, segment } from './segment/index.js'

export interface ReaderOptions {
  /** Dictionaries in lookup order. Default: the bundled politics pack, then Ding, where they can be read (Node). */
  dictionaries?: Dictionary[]
  segment?: Segmenter
  analyse?: Analyser
  gloss?: Glosser
}

export interface Reader {
  annotate(text: string): AnnotatedDocument
}

export function createReader(options: ReaderOptions = {}): Reader {
  const segmenter = options.segment ?? segment
  const lexicon = options.analyse ? undefined : bundledLexicon()
  const dictionaries = options.dictionaries ?? defaultDictionaries()
  const analyser =
    options.analyse ??
    (lexicon
      ? createAnalyser(lexicon, {
          names: singleWordNames(dictionaries),
          wordClasses: wordClassesIn(dictionaries),
          nouns: nounsIn(dictionaries),
        })
      : analyseBySurface)
  const glosser = options.gloss ?? createGlosser(dictionaries)
  return {
    annotate(text) {
      const input = typeof text === 'string' ? text : String(text ?? '')
      const segmentation = segmenter(input)
      const analysis = analyser(input, segmentation)
      const { annotations, entries } = glosser(input, analysis)
      return {
        schema: SCHEMA,
        text: input,
        paragraphs: segmentation.paragraphs,
        sentences: analysis.sentences,
        tokens: analysis.tokens,
        annotations,
        entries,
      }
    },
  }
}

/** Single-word names in the curated dictionaries (not Ding, whose proper nouns are few and mixed). */
function singleWordNames(dictionaries: Dictionary[]): Set<string> {
  const names = new Set<string>()
  for (const d of dictionaries)
    if (d.source !== DING_SOURCE) for (const name of d.names ?? oneWordNames(d.words.values())) names.add(name)
  return names
}

/** The lemmas of the nouns the dictionaries list under a form. */
function nounsIn(dictionaries: Dictionary[]): (form: string) => string[] {
  return (form) =>
    dictionaries.flatMap((d) => d.words.get(form)?.flatMap((e) => (e.pos === 'NOUN' ? [e.lemma] : [])) ?? [])
}

/** The parts of speech the dictionaries give a word. */
function wordClassesIn(dictionaries: Dictionary[]): (word: string) => string[] {
  return (word) => dictionaries.flatMap((d) => d.words.get(word)?.map((e) => e.pos) ?? [])
}

/** The team's politics pack first, its core vocabulary next, then the general Ding dictionary, as far as they can be loaded. */
export function defaultDictionaries(): Dictionary[] {
  return [bundledPoliticsPack(), bundledCorePack(), bundledDingPack()].filter((d): d is Dictionary => d !== undefined)
}

let defaultReader: Reader | undefined

/** Annotates German text with the default reader, or with one built from `options`. */
export function annotate(text: string, options?: ReaderOptions): AnnotatedDocument {
  if (options) return createReader(options).annotate(text)
  defaultReader ??= createReader()
  return defaultReader.annotate(text)
}
