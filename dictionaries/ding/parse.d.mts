// Types of parse.mjs (the build's reader of Ding lines), for the tests.

/** One German headword of a Ding line with the English glosses of its sub-entry. */
export interface DingSense {
  lemma: string
  /** UD UPOS from the word-class tag; X when Ding gives none. */
  pos: string
  /** pl: a noun Ding lists in the plural only. */
  gender?: 'm' | 'f' | 'n' | 'pl'
  plural?: string
  verb?: { present?: string; past?: string; participle?: string }
  reflexive?: boolean
  /** The headword as Ding writes a verb with the prepositions it governs: "mit etw. konfrontieren". */
  pattern?: string
  glosses: string[]
  /** Subject domains in the project's names (pol, law, mil, econ, admin, …; med, tech, …). */
  domains: string[]
  dated: boolean
  regional: boolean
  informal: boolean
  /** a vulgar German word: such senses are left out */
  vulgar?: boolean
  line: number
  /** Place among the synonyms of its sub-entry. */
  position: number
  /** Listed in a later sub-entry (a compound under its head word), not in the headword group. */
  subEntry: boolean
  /** Sub-entries after the headword group, plurals and verb forms: examples, compounds, phrases. */
  examples: number
}

export interface PackSense {
  glosses: string[]
  domains: string[]
  note?: string
}

export interface PackEntry {
  lemma: string
  pos: string
  gender?: 'm' | 'f' | 'n' | 'pl'
  plural?: string
  verb?: { present?: string; past?: string; participle?: string }
  senses: PackSense[]
  news: boolean
  technical: boolean
  head: boolean
  dated: boolean
}

export interface Limits {
  senses: number
  /** senses of a construction (sich an jdn. wenden) kept besides `senses` */
  patterns?: number
  glosses: number
  laterGlosses: number
  comment: number
}

export const LIMITS: Limits
export function classifyTag(
  tag: string,
): { kind: 'domain'; name: string } | { kind: 'dated' | 'regional' | 'informal' | 'vulgar' | 'euphemism' | 'note' }
export function parseDingLine(line: string, lineNumber?: number): DingSense[]
/** How common the English of a sense is: log10 of the uses of its first gloss when that is one word. */
export type Commonness = (glosses: string[]) => number | undefined
export function englishCommonness(counts: Map<string, number>): Commonness
export function senseScore(sense: DingSense, lineRank?: number, commonness?: Commonness): number
export function mergeSenses(senses: DingSense[], limits?: Limits, commonness?: Commonness): PackEntry[]
export function mentionCounts(lines: string[]): Map<string, number>
export function keepEntry(entry: PackEntry, mentions: Map<string, number>, known?: Set<string>): boolean
export function lexiconKeys(text: string): Set<string>
export function latin1(text: string): string
export function encodePlural(lemma: string, plural: string): string
export function formatPackLine(entry: Omit<PackEntry, 'news' | 'technical' | 'head' | 'dated'>): string
export function buildPack(
  text: string,
  limits?: Limits,
  known?: Set<string>,
  commonness?: Commonness,
): { header: string[]; entries: PackEntry[]; lines: string[] }
export function inferPlurals(entries: PackEntry[]): PackEntry[]
