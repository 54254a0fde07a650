// Locating ../shared/data (the evaluation data; never copied into the project).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const sharedData = fileURLToPath(new URL('../../../shared/data/', import.meta.url))

/** Exits with the agreed message when the evaluation data is absent (a clone outside the workplace). */
export function requireSharedData() {
  if (!existsSync(sharedData)) {
    console.log('skipped: ../shared/data not found')
    process.exit(0)
  }
  return sharedData
}

/** The 40 Wikinews articles of news-dev: {id, source, category, title, text}. */
export function readNewsArticles(data) {
  return readFileSync(join(data, 'news-dev/articles.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
}
