/**
 * German writes ordinals as a number with a period ("am 6. Januar", "der 3. Lesung",
 * "Ludwig XIV."); English readers take the period for a sentence end. Such a token gets an
 * entry made by rule: "6." → "6th", "XIV." → "14th".
 */
import type { Entry } from '../document.js'

export const ORDINAL_SOURCE = 'ordinal'

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

function romanValue(roman: string): number | undefined {
  let total = 0
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i] as string]
    const next = ROMAN[roman[i + 1] as string] ?? 0
    if (value === undefined) return undefined
    total += value < next ? -value : value
  }
  return total > 0 ? total : undefined
}

export function englishOrdinal(n: number): string {
  const lastTwo = n % 100
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** The entry for an ordinal token such as "6." or "XIV.", or undefined when the text is no ordinal. */
export function ordinalEntry(text: string): Entry | undefined {
  const body = text.endsWith('.') ? text.slice(0, -1) : text
  const n = /^\d+$/.test(body) ? Number(body) : romanValue(body)
  if (n === undefined || !Number.isSafeInteger(n)) return undefined
  return {
    id: `${ORDINAL_SOURCE}:${text}`,
    lemma: text,
    pos: 'ADJ',
    senses: [
      {
        glosses: [englishOrdinal(n)],
        note: 'German writes ordinal numbers with a period: "am 6. Januar" = on 6 January.',
      },
    ],
    domains: [],
    source: ORDINAL_SOURCE,
    composed: true,
  }
}
