// Segmentation speed: tokens per second on news text, lesehilfe beside parse-latin
// (retext-latin's parser) and Intl.Segmenter in the same run; medians of several runs.
// Also checks that the cost grows linearly: 10 MB may take at most 12× as long as 1 MB.
// Run with --expose-gc so that each timed run starts from a collected heap.
// --check: fail when the targets in bench/floors.json are not met.

import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { segment } from '../dist/index.js'
import { peers } from './lib/peers.mjs'
import { median } from './lib/score.mjs'
import { readNewsArticles, sharedData } from './lib/shared-data.mjs'

const check = process.argv.includes('--check')
const targets = JSON.parse(readFileSync(new URL('floors.json', import.meta.url), 'utf8')).speed

function sampleText() {
  if (existsSync(sharedData))
    return readNewsArticles(sharedData)
      .map((article) => article.text)
      .join('\n\n')
  const dir = new URL('../examples/articles/', import.meta.url)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .join('\n\n')
}

function repeatTo(text, size) {
  let out = text
  while (out.length < size) out += `\n\n${text}`
  return out.slice(0, size)
}

function time(fn, runs) {
  const times = []
  for (let r = 0; r < runs; r++) {
    globalThis.gc?.()
    const t0 = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e9)
  }
  return median(times)
}

const oneMB = repeatTo(sampleText(), 1_000_000)
const timeOne = process.argv.indexOf('--time-one')
if (timeOne > 0) {
  const text = repeatTo(oneMB, Number(process.argv[timeOne + 1]))
  for (let k = 0; k < 3; k++) segment(oneMB)
  globalThis.gc?.()
  const t0 = process.hrtime.bigint()
  segment(text)
  process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e9))
  process.exit(0)
}
const tokenCount = segment(oneMB).tokens.length
const [intl, parseLatin] = peers()
const tools = [
  { name: 'lesehilfe', run: (t) => segment(t) },
  { name: parseLatin.name, run: (t) => parseLatin.tokens(t) },
  { name: intl.name, run: (t) => intl.tokens(t) },
]
for (const tool of tools) for (let k = 0; k < 3; k++) tool.run(oneMB) // warm up
const rows = tools.map((tool) => ({ name: tool.name, seconds: time(() => tool.run(oneMB), 7) }))
const ours = rows[0]
console.log(`1 MB of news text, ${tokenCount} lesehilfe tokens; median of 7 runs`)
console.log('| tool | seconds | tokens/s (lesehilfe tokens) | lesehilfe speed-up |')
console.log('|---|---|---|---|')
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.seconds.toFixed(3)} | ${Math.round(tokenCount / r.seconds).toLocaleString('en')} | ${(r.seconds / ours.seconds).toFixed(2)}× |`,
  )

// Linear time: 1 MB and 10 MB are each timed in a fresh process after the same warm-up, so
// that neither run inherits the other's heap; medians of 5 processes.
function timeInFreshProcess(size) {
  const runs = []
  for (let r = 0; r < 5; r++) {
    const out = execFileSync(process.execPath, [
      '--expose-gc',
      fileURLToPath(import.meta.url),
      '--time-one',
      String(size),
    ])
    runs.push(Number(out.toString()))
  }
  return median(runs)
}
const t1 = timeInFreshProcess(1_000_000)
const t10 = timeInFreshProcess(10_000_000)
console.log(`\nlinear time: 1 MB ${t1.toFixed(3)} s, 10 MB ${t10.toFixed(3)} s, ratio ${(t10 / t1).toFixed(2)} (≤ 12)`)

if (check) {
  const failures = []
  const tokensPerSecond = tokenCount / ours.seconds
  const vsParseLatin = rows[1].seconds / ours.seconds
  if (tokensPerSecond < targets['tokens per second']) failures.push(`tokens/s ${Math.round(tokensPerSecond)}`)
  if (vsParseLatin < targets['speed-up over parse-latin'])
    failures.push(`speed-up over parse-latin ${vsParseLatin.toFixed(2)}`)
  if (t10 / t1 > targets['10 MB / 1 MB time ratio']) failures.push(`10 MB / 1 MB ratio ${(t10 / t1).toFixed(2)}`)
  if (failures.length > 0) {
    console.error(`segment speed below target: ${failures.join(', ')}`)
    process.exit(1)
  }
  console.log('segment speed: targets met')
}
