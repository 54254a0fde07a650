// Locating ../shared/data (the evaluation data; never copied into the project).
import { existsSync } from 'node:fs'
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
