/**
 * User dictionaries: a teacher adds or overrides entries with a small JSON file (an array
 * of entries in the pack format, see dictionaries/politics/README.md) or a CSV file with a
 * header row:
 *
 *   lemma,pos,gender,plural,glosses,domains,level,note
 *   Fraktion,NOUN,f,Fraktionen,parliamentary group; caucus,pol,B2,Not a fraction.
 *
 * glosses: synonyms separated by ";", senses by "|"; domains separated by ";". Every problem
 * is reported as FILE:entry:field: message, and a file with problems yields no dictionary.
 */
import { buildDictionary, type Dictionary } from './dictionary.js'
import { checkPack, type PackProblem } from './pack.js'

export const USER_SOURCE = 'user'

const COLUMNS = ['lemma', 'pos', 'gender', 'plural', 'glosses', 'domains', 'level', 'note'] as const

export interface UserDictionaryResult {
  dictionary?: Dictionary
  problems: PackProblem[]
  entries: number
}

/** Parses a user dictionary's text; `file` names it in problems, and its extension picks the format. */
export function parseUserDictionary(text: string, file: string): UserDictionaryResult {
  const isCsv = /\.csv$/i.test(file)
  let raw: unknown
  const problems: PackProblem[] = []
  if (isCsv) {
    const rows = parseCsv(text.replace(/^\ufeff/, ''))
    const { entries, problems: csvProblems } = rowsToEntries(rows, file)
    raw = entries
    problems.push(...csvProblems)
  } else {
    try {
      raw = JSON.parse(text.replace(/^\ufeff/, ''))
    } catch (error) {
      return {
        problems: [{ file, entry: '-', field: '-', message: `not valid JSON (${(error as Error).message})` }],
        entries: 0,
      }
    }
  }
  const checked = checkPack(raw, file)
  problems.push(...checked.problems)
  if (problems.length > 0) return { problems, entries: checked.entries.length }
  return { dictionary: buildDictionary(USER_SOURCE, checked.entries), problems, entries: checked.entries.length }
}

function rowsToEntries(rows: string[][], file: string): { entries: unknown[]; problems: PackProblem[] } {
  const problems: PackProblem[] = []
  const [header, ...body] = rows
  if (!header) return { entries: [], problems: [{ file, entry: '-', field: '-', message: 'empty file' }] }
  const names = header.map((h) => h.trim().toLowerCase())
  for (const required of ['lemma', 'pos', 'glosses'])
    if (!names.includes(required)) problems.push({ file, entry: 'header', field: required, message: 'missing column' })
  for (const name of names)
    if (!(COLUMNS as readonly string[]).includes(name))
      problems.push({ file, entry: 'header', field: name, message: `unknown column (known: ${COLUMNS.join(', ')})` })
  if (problems.length > 0) return { entries: [], problems }
  const entries = body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => {
      const cell = (name: string) => row[names.indexOf(name)]?.trim() ?? ''
      const entry: Record<string, unknown> = {
        lemma: cell('lemma'),
        pos: cell('pos').toUpperCase(),
        senses: cell('glosses')
          .split('|')
          .map((sense) => ({
            glosses: sense
              .split(';')
              .map((g) => g.trim())
              .filter(Boolean),
          })),
        domains: cell('domains')
          ? cell('domains')
              .split(';')
              .map((d) => d.trim())
          : [],
      }
      for (const optional of ['gender', 'plural', 'level', 'note']) if (cell(optional)) entry[optional] = cell(optional)
      return entry
    })
  return { entries, problems }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
