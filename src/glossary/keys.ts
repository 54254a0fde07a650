/**
 * Lookup keys: the text itself is never changed; keys are NFC, without soft hyphens and
 * zero-width characters.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

// keys are asked for the same words again and again: remembered, up to a bound
const remembered = new Map<string, string>()

/** Latin-1 text without a soft hyphen: NFC already, with nothing to remove. */
function plain(surface: string): boolean {
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i)
    if (c > 0xff || c === 0xad) return false
  }
  return true
}

export function lookupKey(surface: string): string {
  if (plain(surface)) return surface
  let key = remembered.get(surface)
  if (key === undefined) {
    if (remembered.size > 100_000) remembered.clear()
    key = surface.normalize('NFC').replace(INVISIBLE, '')
    remembered.set(surface, key)
  }
  return key
}

/**
 * Keys to try for a surface form, best first: as written, then with the first letter changed
 * in case; for a word with ß, the same in the spelling of 1996, where ß after a short vowel
 * became ss (Schloß → Schloss, Kongreß → Kongress, daß → dass).
 */
export function keyVariants(surface: string): string[] {
  const key = lookupKey(surface)
  const variants = caseVariants(key)
  if (key.includes('ß')) variants.push(...caseVariants(key.replaceAll('ß', 'ss')))
  return variants
}

function caseVariants(key: string): string[] {
  const first = key.charAt(0)
  const lower = first.toLowerCase()
  const upper = first.toUpperCase()
  const variants = [key]
  if (first !== lower) variants.push(lower + key.slice(1))
  else if (first !== upper) variants.push(upper + key.slice(1))
  return variants
}
