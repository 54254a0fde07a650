/**
 * Old and Swiss spellings looked up in today's spelling: "daß" → "dass", "Fluß" → "Fluss",
 * Swiss "ss" for "ß" ("Strasse" → "Straße", "gross" → "groß").
 */
export function spellingVariants(form: string): string[] {
  const variants: string[] = []
  if (form.includes('ß')) variants.push(form.replace(/ß(?=$|[^aeiouäöüy])/g, 'ss'))
  if (form.includes('ss')) {
    for (let at = form.indexOf('ss'); at >= 0; at = form.indexOf('ss', at + 1))
      variants.push(`${form.slice(0, at)}ß${form.slice(at + 2)}`)
  }
  return variants.filter((v) => v !== form)
}
