/**
 * Adjectives the lexicon lacks, recognised by a derivational suffix and an inflection
 * ending: kasachischen → kasachisch, tagelangen → tagelang, initiierte → initiiert, and
 * present participles of verbs it lacks: erdgasproduzierenden → erdgasproduzierend.
 */
const SUFFIXED =
  /^(\p{Ll}[\p{Ll}-]*(?:isch|lich|ig|bar|sam|los|haft|voll|ell|al|iv|är|ant|ent|lang|weit|iert|ös|[elr]nd))(?:e|en|em|er|es)?$/u

export function suffixAdjective(form: string): string | undefined {
  return form.match(SUFFIXED)?.[1]
}
