/**
 * The AnnotatedDocument model: the one contract between the pipeline stages and every
 * consumer (reading view, exports, CLI, evaluations). Plain JSON; offsets are UTF-16
 * code-unit indices into `text`, half-open.
 */

export const SCHEMA = 'lesehilfe/1' as const

export type TokenKind =
  | 'word'
  | 'number'
  | 'ordinal'
  | 'abbreviation'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji'

export interface Paragraph {
  start: number
  end: number
  /** Half-open range of sentence indices. */
  sentences: [number, number]
}

export interface Sentence {
  start: number
  end: number
  /** Half-open range of token indices. */
  tokens: [number, number]
  reportedSpeech?: boolean
}

export interface Candidate {
  lemma: string
  pos: string
}

export interface Token {
  start: number
  end: number
  text: string
  kind: TokenKind
  lemma?: string
  /** UD UPOS tag. */
  pos?: string
  /** UD features, e.g. { Mood: 'Sub' }. */
  morph?: Record<string, string>
  /** Ranked alternatives, best first, when the analysis is ambiguous. */
  candidates?: Candidate[]
}

export type AnnotationKind = 'word' | 'compound' | 'separable-verb' | 'phrase' | 'entity'

export interface AnnotationPart {
  text: string
  lemma: string
  entries: string[]
}

export interface Annotation {
  kind: AnnotationKind
  /** Ascending token indices, possibly discontinuous. */
  tokens: number[]
  lemma: string
  /** Ids into `entries`, best first. */
  entries: string[]
  parts?: AnnotationPart[]
  political: boolean
  level?: string
  /**
   * Index into the first entry's senses of the sense the context asks for ("wandte sich an"
   * → "turn to"), when it is not the first one.
   */
  sense?: number
  hidden?: boolean
}

export type Gender = 'm' | 'f' | 'n'

export interface VerbForms {
  present?: string
  past?: string
  participle?: string
  aux?: string
}

export interface Sense {
  glosses: string[]
  domains?: string[]
  note?: string
}

export interface Entry {
  id: string
  lemma: string
  pos: string
  gender?: Gender
  plural?: string
  verb?: VerbForms
  senses: Sense[]
  domains: string[]
  level?: string
  note?: string
  source: string
  composed?: boolean
}

export interface AnnotatedDocument {
  schema: typeof SCHEMA
  text: string
  paragraphs: Paragraph[]
  sentences: Sentence[]
  tokens: Token[]
  annotations: Annotation[]
  entries: Record<string, Entry>
}
