/**
 * FNV-1a over UTF-16 code units: the hash of the typed-array indexes of the lexicon and the
 * Ding pack, which compare keys with the text they were read from instead of keeping them.
 */
export const FNV_START = 0x811c9dc5 | 0

/** The hash `h` continued by one code unit. */
export const fnvStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193)

/** The hash of s[from, to), continued from `h` (FNV_START to begin a key). */
export function fnv(s: string, from = 0, to = s.length, h = FNV_START): number {
  for (let i = from; i < to; i++) h = fnvStep(h, s.charCodeAt(i))
  return h
}
