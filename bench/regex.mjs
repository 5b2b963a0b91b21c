// Times each regex of src/ that sees caller input on a long string crafted against it, beside a
// benign string of the same length and the crafted string at a sixteenth of the length. Prints
// the figures; asserts nothing. (Linearity itself is proven statically, by eslint-plugin-regexp:
// test/adversarial/regex.test.ts.)
//
//   node bench/regex.mjs   (uses dist/ if present, else builds it; `npm run build` first for fresh figures)
//
// A linear regex gives a ratio (adversarial / benign) near 1 and about ×16 time for ×16 length;
// catastrophic backtracking on 200,000 characters would be tens of thousands of times slower.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
if (!existsSync(join(root, 'dist/cjs/index.js'))) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' })

const { suggestField } = require(join(root, 'dist/cjs/batch.js'))
const { resolveWindows, validateBatch } = require(join(root, 'dist/cjs/index.js'))

const N = Number(process.env.N ?? 200_000)
const RUNS = Number(process.env.RUNS ?? 9)
const SAMPLE_MS = Number(process.env.SAMPLE_MS ?? 5)
const NOW = new Date('2026-01-01T00:00:00Z')

/** The median time of `f` over RUNS samples, each repeating it until SAMPLE_MS have passed. */
function median(f) {
  const sample = () => {
    let reps = 0
    const start = performance.now()
    let elapsed = 0
    while (elapsed < SAMPLE_MS) {
      f()
      reps++
      elapsed = performance.now() - start
    }
    return elapsed / reps
  }
  sample() // warm-up
  const xs = Array.from({ length: RUNS }, sample).sort((x, y) => x - y)
  return xs[Math.floor(RUNS / 2)]
}

/** [rule (regex), adversarial input of length n, benign input of length n, the call]. */
const CASES = [
  // (escapeToken and fromPointer escape in one pass without a regex: their time and memory on
  // hostile tokens are in bench/adversarial.mjs.) A one-character class has no quantifier to
  // backtrack; suggestField only folds names of at most 64 characters, so a longer one costs nothing.
  ['`suggestField` (`/[-_ ]/g`)', (n) => '-_ '.repeat(n / 4) + 'x'.repeat(n / 4), (n) => 'a-'.repeat(n / 2), (s) => suggestField(s)],
  [
    '`validateBatch` with a long unknown field',
    (n) => '_-'.repeat(n / 2),
    (n) => 'a_'.repeat(n / 2),
    (s) => validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'x', [s]: 1 }),
  ],
  // A long fraction that then fails: \d+ gives back one digit at a time and each try fails at
  // once (the optional groups after it start with distinct characters). Benign: it matches.
  [
    '`resolveWindows` (`DATE_TIME`, long fraction)',
    (n) => `2026-12-01T09:00:00.${'1'.repeat(n - 21)}!`,
    (n) => `2026-12-01T09:00:00.${'1'.repeat(n - 21)}Z`,
    (s) => resolveWindows([{ opens: s, closes: null }], NOW),
  ],
  [
    '`resolveWindows` (`DATE_TIME`, long fraction + bad offset)',
    (n) => `2026-12-01T09:00:00,${'9'.repeat(n - 26)}+01:0x`,
    (n) => `2026-12-01T09:00:00,${'9'.repeat(n - 26)}+01:00`,
    (s) => resolveWindows([{ opens: s, closes: null }], NOW),
  ],
]

console.log(`${N.toLocaleString('en')} characters; median of ${RUNS} samples of at least ${SAMPLE_MS} ms each\n`)
console.log('| rule (regex) | adversarial (ms) | benign (ms) | ratio | ×16 length → time |')
console.log('| --- | ---: | ---: | ---: | ---: |')
for (const [name, bad, good, call] of CASES) {
  const adversarialInput = bad(N)
  const benignInput = good(N)
  const shortInput = bad(N / 16)
  const adversarial = median(() => call(adversarialInput))
  const benign = median(() => call(benignInput))
  const sixteenth = median(() => call(shortInput))
  console.log(
    `| ${name} | ${adversarial.toFixed(2)} | ${benign.toFixed(2)} | ${(adversarial / benign).toFixed(2)} | ×${(adversarial / sixteenth).toFixed(1)} |`,
  )
}
