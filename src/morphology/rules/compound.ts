/**
 * Compounds the lexicon lacks: the longest known noun at the end is the head, the rest its
 * modifiers, split at linking elements (-s-, -es-, -n-, -en-, -er-, -e-) or hyphens; the
 * compound's lemma is the modifiers plus the head's lemma (Sicherheitskräften →
 * Sicherheits|kraft → Sicherheitskraft).
 */
import { functionWords } from '../function-words.js'
import type { Lexicon } from '../lexicon.js'
import { spellingVariants } from './spelling.js'

const MIN_HEAD = 3
const MIN_MODIFIER = 2
const LINKS = ['s', 'es', 'n', 'en', 'er', 'e', '']
/** Modifiers of learned compounds that are no words of their own: Bio|kraftstoff, Öko|strom, Agrar|politik. */
const PREFIX_MODIFIERS = new Set(
  'bio öko agrar mikro makro multi mono poly tele geo elektro hydro thermo petro nano cyber'.split(' '),
)

export interface CompoundAnalysis {
  lemma: string
  gender?: 'm' | 'f' | 'n'
  parts: { text: string; lemma: string }[]
}

/** A head noun the lexicon lacks, from elsewhere (the dictionaries): its lemma, or undefined. */
export type HeadNoun = (text: string) => { lemma: string; gender?: 'm' | 'f' | 'n' } | undefined

/** Words known elsewhere than in the lexicon (the dictionaries), as modifiers: Antillen|insel. */
export interface OtherWords {
  head: HeadNoun
  modifier: (text: string) => boolean
}

/**
 * `other`, when given, names heads and modifiers the lexicon lacks (Bio|kraftstoffe ←
 * Kraftstoff, Amazonas|becken, from the dictionaries).
 */
export function compound(form: string, lexicon: Lexicon, other?: OtherWords): CompoundAnalysis | undefined {
  const hyphen = form.lastIndexOf('-')
  if (hyphen > 0 && hyphen < form.length - 1) {
    const headText = form.slice(hyphen + 1)
    const modifier = form.slice(0, hyphen)
    const known = nounHead(headText, lexicon) ?? other?.head(headText)
    if (known)
      return {
        lemma: `${modifier}-${known.lemma}`,
        gender: known.gender,
        parts: [
          { text: modifier, lemma: modifier },
          { text: headText, lemma: known.lemma },
        ],
      }
    // the part after the hyphen is a compound itself: EU-Minister|rat
    const inner = compound(headText, lexicon, other)
    if (!inner) return undefined
    return {
      lemma: `${modifier}-${inner.lemma}`,
      gender: inner.gender,
      parts: [{ text: modifier, lemma: modifier }, ...inner.parts],
    }
  }
  for (let at = MIN_MODIFIER; at <= form.length - MIN_HEAD; at++) {
    const headText = form.slice(at)
    const capital = headText.charAt(0).toUpperCase() + headText.slice(1)
    const modifierText = form.slice(0, at)
    const listed = nounHead(capital, lexicon)
    // an unknown modifier makes no compound: "Schomart" is no Schom|art. Only one part may come
    // from elsewhere (Antillen|insel, Bio|kraftstoff), and the lexicon is asked first: it is cheaper
    const head = listed ?? (other && isKnownModifier(modifierText, lexicon) ? other.head(capital) : undefined)
    if (!head) continue
    if (listed && !isKnownModifier(modifierText, lexicon) && !other?.modifier(modifierText)) continue
    return {
      lemma: modifierText + head.lemma.charAt(0).toLowerCase() + head.lemma.slice(1),
      gender: head.gender,
      parts: [
        { text: modifierText, lemma: modifierLemma(modifierText, lexicon) },
        { text: form.slice(at), lemma: head.lemma },
      ],
    }
  }
  return undefined
}

/**
 * The parts of a noun whose head the lexicon knows though not its modifier (Bioethanol|produktion,
 * Occupy|bewegung): asked only for words a noun-only suffix marks as nouns, where an unknown
 * modifier cannot turn the word into something else. The head is the longest known noun of at
 * least five letters at the end.
 */
export function headOnlyParts(form: string, lexicon: Lexicon): CompoundAnalysis['parts'] | undefined {
  for (let at = MIN_MODIFIER + 1; at <= form.length - 5; at++) {
    const headText = form.slice(at)
    const head = nounHead(headText.charAt(0).toUpperCase() + headText.slice(1), lexicon)
    if (!head) continue
    const modifierText = form.slice(0, at)
    return [
      { text: modifierText, lemma: modifierLemma(modifierText, lexicon) },
      { text: headText, lemma: head.lemma },
    ]
  }
  return undefined
}

function nounHead(text: string, lexicon: Lexicon): { lemma: string; gender?: 'm' | 'f' | 'n' } | undefined {
  for (const a of lexicon.lookup(text)) if (a.pos === 'NOUN') return { lemma: a.lemma, gender: a.gender }
  return verbalNoun(text, lexicon)
}

/** A noun in -ung from a verb the lexicon knows, though the noun itself is missing: Aufstockung(en) ← aufstocken. */
function verbalNoun(text: string, lexicon: Lexicon): { lemma: string; gender: 'f' } | undefined {
  const m = text.match(/^(\p{Lu}\p{Ll}+)ung(?:en)?$/u)
  if (!m) return undefined
  const stem = (m[1] as string).toLowerCase()
  return lexicon.hasVerb(`${stem}en`) || lexicon.hasVerb(`${stem}n`) ? { lemma: `${m[1]}ung`, gender: 'f' } : undefined
}

/**
 * The parts of a compound the lexicon lists as a whole (Sicherheits|kräfte): the longest
 * known noun at the end whose modifier is itself a known noun, adjective or verb stem, so
 * that prefixed words (Ver|handlung) stay whole.
 */
export function knownCompoundParts(form: string, lexicon: Lexicon): CompoundAnalysis['parts'] | undefined {
  if (form.includes('-')) return compound(form, lexicon)?.parts
  for (let at = MIN_MODIFIER + 1; at <= form.length - MIN_HEAD - 1; at++) {
    const headText = form.slice(at)
    const head = nounHead(headText.charAt(0).toUpperCase() + headText.slice(1), lexicon)
    if (!head) continue
    const modifierText = form.slice(0, at)
    const lemma = modifierLemma(modifierText, lexicon)
    const lower = modifierText.toLowerCase()
    if (isKnownModifier(modifierText, lexicon))
      return [
        { text: modifierText, lemma: lexicon.hasNoun(lemma) ? lemma : lower },
        { text: headText, lemma: head.lemma },
      ]
  }
  return undefined
}

/** Whether a modifier is a known noun (with or without its linking element), adjective or verb stem. */
function isKnownModifier(text: string, lexicon: Lexicon, depth = 0): boolean {
  const lower = text.toLowerCase()
  // a modifier may be a compound itself: Klimaschutz|gesetz, Wahlkampf|auftakt
  if (depth < 2 && text.length >= 7) {
    const capital = text.charAt(0).toUpperCase() + text.slice(1)
    for (const link of LINKS) {
      if (!capital.endsWith(link)) continue
      const stem = capital.slice(0, capital.length - link.length)
      for (let at = MIN_MODIFIER + 1; at <= stem.length - MIN_HEAD; at++) {
        const head = stem.slice(at)
        if (
          nounHead(head.charAt(0).toUpperCase() + head.slice(1), lexicon) &&
          isKnownModifier(stem.slice(0, at), lexicon, depth + 1)
        )
          return true
      }
    }
  }
  return (
    PREFIX_MODIFIERS.has(lower) ||
    [text, ...spellingVariants(text)].some((t) => lexicon.hasNoun(modifierLemma(t, lexicon))) ||
    functionWords(lower).length > 0 ||
    lexicon.hasAdjective(lower) ||
    lexicon.hasVerb(`${lower}en`) ||
    lexicon.hasVerb(`${lower}n`)
  )
}

/**
 * The modifier's own lemma: without its linking element where that leaves a known noun; an
 * adjective as it stands (National|fahne: national, not the noun Nationale).
 */
function modifierLemma(text: string, lexicon: Lexicon): string {
  const lower = text.toLowerCase()
  if (lexicon.hasAdjective(lower) && !lexicon.hasNoun(text)) return lower
  const capital = text.charAt(0).toUpperCase() + text.slice(1)
  for (const link of LINKS) {
    if (!capital.endsWith(link)) continue
    const stem = capital.slice(0, capital.length - link.length)
    if (lexicon.hasNoun(stem)) return stem
    if (link === '' || link === 'n' || link === 's') {
      // dropped -e: Schul|buch → Schule
      if (lexicon.hasNoun(`${stem}e`)) return `${stem}e`
    }
    const analysed = lexicon.lookup(stem).find((a) => a.pos === 'NOUN')
    if (analysed) return analysed.lemma
  }
  return capital
}
