// Checks the survivors of a slice's last mutation report against the tests as they are now,
// without a whole Stryker run: each surviving (or uncovered) mutant is applied to its source
// file, the slice's tests run (jest, the same configuration Stryker uses), and the file is put
// back. It answers "would the tests written since the run kill it?" in minutes where a rerun
// takes an hour. The figures it prints are not Stryker's score: docs/quality.md reports them
// apart, as "killed by hand", until the slice's next run counts them.
//
//   node scripts/mutation-recheck.mjs <slice>            every survivor of reports/slices/<slice>.json
//   node scripts/mutation-recheck.mjs <slice> test/x.ts  only against these tests (faster)
//
// A mutant is found by its line's text (lines added or removed above it move it); one whose line
// has changed since the report is listed as "moved" and not run. Source files are restored after each mutant, and on Ctrl-C.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SLICES, testsOf } from './mutation-slices.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const [name, ...only] = process.argv.slice(2)
const slice = SLICES.find((s) => s.name === name)
if (slice === undefined) {
  console.error(`usage: node scripts/mutation-recheck.mjs <slice> [tests…]; slices: ${SLICES.map((s) => s.name).join(', ')}`)
  process.exit(2)
}
const tests = only.length > 0 ? only : testsOf(slice)
const report = JSON.parse(readFileSync(join(ROOT, 'reports', 'slices', `${slice.name}.json`), 'utf8'))

/** The offset of a 1-based line and column in `text`. */
function offsetOf(text, { line, column }) {
  let offset = 0
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1
  return offset + column - 1
}

/**
 * Where a mutant's place is in the current text: the same column of the line whose text is the
 * report's line (the nearest such line, when lines were added or removed above it), or undefined.
 */
function placeOf(reported, current, { start }) {
  const line = reported.split('\n')[start.line - 1]
  const lines = current.split('\n')
  let best
  lines.forEach((l, i) => {
    if (l === line && (best === undefined || Math.abs(i + 1 - start.line) < Math.abs(best - start.line))) best = i + 1
  })
  return best === undefined ? undefined : offsetOf(current, { line: best, column: start.column })
}

const originals = new Map()
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text)
}

const rows = []
for (const [file, entry] of Object.entries(report.files)) {
  const path = join(ROOT, file)
  const current = readFileSync(path, 'utf8')
  originals.set(path, current)
  for (const m of entry.mutants) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue
    const at = `${file}:${m.location.start.line}:${m.location.start.column}`
    const start = offsetOf(entry.source, m.location.start)
    const end = offsetOf(entry.source, m.location.end)
    const original = entry.source.slice(start, end)
    const here = placeOf(entry.source, current, m.location)
    if (here === undefined || current.slice(here, here + original.length) !== original) {
      rows.push([at, 'moved', m.mutatorName, m.replacement])
      console.log(rows[rows.length - 1].join('\t'))
      continue
    }
    writeFileSync(path, current.slice(0, here) + m.replacement + current.slice(here + original.length))
    try {
      const r = spawnSync('npx', ['jest', '--config', 'jest.mutation.config.cjs', '--silent'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, MUTATION_TESTS: tests.join(',') },
      })
      // Ctrl-C reaches jest too; the loop never yields to a signal handler, so stop here.
      if (r.signal !== null) {
        restore()
        console.error(`stopped (${r.signal}); the sources are restored`)
        process.exit(130)
      }
      rows.push([at, r.status === 0 ? 'survived' : 'killed', m.mutatorName, m.replacement])
    } finally {
      writeFileSync(path, current)
    }
    console.log(rows[rows.length - 1].join('\t'))
  }
}
restore()
const count = (s) => rows.filter((r) => r[1] === s).length
console.log(`\n${slice.name}: ${rows.length} survivors of the last report rechecked: ${count('killed')} killed, ${count('survived')} survived, ${count('moved')} moved (code changed since)`)
