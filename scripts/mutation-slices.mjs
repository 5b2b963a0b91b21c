// Mutation testing by slices (`npm run mutation:slices`): each group of source files is mutated
// against its own tests only (MUTATION_TESTS, see jest.mutation.config.cjs), which costs well
// under a second per mutant instead of about ten over the whole suite. Every slice keeps an
// incremental file, so a rerun only tests the mutants whose code or tests changed. At the end
// the JSON reports of every slice are read back and one table is printed: per file, and total.
//
//   node scripts/mutation-slices.mjs              run every slice, then print the table
//   node scripts/mutation-slices.mjs batch issue  run the named slices only, then the table
//   node scripts/mutation-slices.mjs --table      print the table from the last reports
//   node scripts/mutation-slices.mjs --survivors [slice…]  list the survivors of the last reports
//   node scripts/mutation-slices.mjs --force      test every mutant again (the incremental file
//                                                 is rewritten, not read)
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = new URL('..', import.meta.url).pathname
const REPORTS = join(ROOT, 'reports', 'slices')

/**
 * Each slice: the files mutated, and the tests that are theirs (test/mutation is added to every
 * slice: it holds the tests written to kill survivors).
 */
export const SLICES = [
  { name: 'issue', files: ['src/issue.ts'], tests: ['test/issue.test.ts', 'test/rules-doc', 'test/validation.test.ts', 'test/batch.test.ts'] },
  { name: 'validation', files: ['src/validation.ts'], tests: ['test/validation.test.ts', 'test/batch.test.ts'] },
  { name: 'core', files: ['src/text.ts', 'src/either.ts', 'src/these.ts'], tests: ['test/text.test.ts', 'test/either.test.ts', 'test/validation.test.ts', 'test/rules', 'test/compose.test.ts'] },
  // The JSON-text parser and its positions, apart from `core` so that each runs in under an hour.
  { name: 'json', files: ['src/json/guards.ts', 'src/json/parse.ts', 'src/json/locate.ts'], tests: ['test/json', 'test/batchJson.test.ts'] },
  { name: 'batch', files: ['src/batch.ts'], tests: ['test/batch.test.ts', 'test/rules-doc'] },
  { name: 'compose', files: ['src/compose.ts'], tests: ['test/compose.test.ts', 'test/composePieces.test.ts', 'test/summaryWindows.test.ts', 'test/pricing.test.ts', 'test/rules-doc'] },
  { name: 'template', files: ['src/template.ts'], tests: ['test/template.test.ts'] },
  { name: 'pricing', files: ['src/pricing.ts'], tests: ['test/pricing.test.ts'] },
  { name: 'sender', files: ['src/rules/sender.ts'], tests: ['test/rules/sender.test.ts', 'test/rules/fields.test.ts'] },
  { name: 'msisdn', files: ['src/rules/msisdn.ts'], tests: ['test/rules/msisdn.test.ts'] },
  { name: 'windows', files: ['src/rules/windows.ts'], tests: ['test/rules/windows.test.ts'] },
  { name: 'deliveryReportUrl', files: ['src/rules/deliveryReportUrl.ts'], tests: ['test/rules/fields.test.ts'] },
  { name: 'tags', files: ['src/rules/tags.ts'], tests: ['test/rules/fields.test.ts'] },
  {
    name: 'fields',
    files: ['src/rules/body.ts', 'src/rules/type.ts', 'src/rules/datacoding.ts', 'src/rules/priority.ts', 'src/rules/reference.ts', 'src/rules/enums.ts'],
    tests: ['test/rules/fields.test.ts'],
  },
  { name: 'analyze', files: ['src/encoding/analyze.ts'], tests: ['test/encoding'] },
  { name: 'split', files: ['src/encoding/split.ts'], tests: ['test/encoding'] },
  { name: 'encoding', files: ['src/encoding/gsm.ts', 'src/encoding/pack.ts'], tests: ['test/encoding'] },
  // Its tests run the look-alike table over every character: slow per mutant, so a slice of its own.
  { name: 'lookalikes', files: ['src/encoding/lookalikes.ts'], tests: ['test/encoding'] },
  { name: 'analyzeMsisdn', files: ['src/phone/analyzeMsisdn.ts'], tests: ['test/phone'] },
  { name: 'phone', files: ['src/phone/callingCodes.ts', 'src/phone/warnings.ts', 'src/phone/alphanumeric.ts'], tests: ['test/phone'] },
  { name: 'draft', files: ['src/draft.ts'], tests: ['test/draft.test.ts', 'test/draftHostile.test.ts'] },
  { name: 'describe', files: ['src/encoding/describe.ts'], tests: ['test/encoding'] },
  { name: 'national', files: ['src/national/analyze.ts'], tests: ['test/national'] },
  { name: 'notMobile', files: ['src/phone/notMobile.ts', 'src/phone/numberTypes.ts'], tests: ['test/phone', 'test/numbers'] },
  { name: 'numbers', files: ['src/numbers/numberType.ts'], tests: ['test/numbers'] },
  { name: 'own', files: ['src/own.ts'], tests: ['test/adversarial/prototype.test.ts', 'test/adversarial/total.test.ts'] },
  { name: 'jsonText', files: ['src/batchJson.ts', 'src/json/problems.ts', 'src/excerpt.ts'], tests: ['test/batchJson.test.ts', 'test/json'] },
  { name: 'escape', files: ['src/escape.ts'], tests: ['test/escape.test.ts'] },
  {
    name: 'schema',
    files: ['src/schema/jsonSchema.ts', 'src/schema/standard.ts', 'src/schema/ioTs.ts', 'src/schema/fields.ts', 'src/schema/path.ts'],
    tests: ['test/schema'],
  },
  { name: 'locale', files: ['src/locale/sv.ts', 'src/locale/format.ts', 'src/locale/messages.ts', 'src/locale/en.ts'], tests: ['test/locale'] },
  {
    name: 'server',
    files: ['src/server/handler.ts', 'src/server/body.ts', 'src/server/store.ts', 'src/server/problem.ts'],
    tests: ['test/server/handler.test.ts', 'test/server/body.test.ts', 'test/server/store.test.ts', 'test/server/problem.test.ts'],
  },
]

/**
 * Modules of src/ in no slice on purpose: the command line (mutation testing leaves it out),
 * entries that only re-export, and generated or transcribed data whose every mutant is static
 * (ignored).
 */
const UNSLICED = [/^src\/cli\//, /(^|\/)index\.ts$/, /\.data\.ts$/, /^src\/national\/tables\.ts$/]

/** The modules of src/ that no slice mutates and UNSLICED does not explain. */
function unsliced() {
  const sliced = new Set(SLICES.flatMap((s) => s.files))
  const all = readdirSync(join(ROOT, 'src'), { recursive: true })
    .map((f) => `src/${String(f).split(sep).join('/')}`)
    .filter((f) => f.endsWith('.ts'))
  return all.filter((f) => !sliced.has(f) && !UNSLICED.some((r) => r.test(f))).sort()
}

/** The tests a slice's mutants run against: its own, and the tests written to kill survivors. */
export const testsOf = (slice) => [...slice.tests, 'test/mutation']

function runSlice(slice, force) {
  const tests = testsOf(slice).join(',')
  const started = Date.now()
  console.log(`\n== ${slice.name}: ${slice.files.join(', ')} against ${tests}`)
  // A configuration of its own per slice (its temporary directory and its report), so that
  // slices can run side by side in one work tree without sharing a sandbox or a report file.
  mkdirSync(REPORTS, { recursive: true })
  const config = join(REPORTS, `${slice.name}.stryker.mjs`)
  const report = join('reports', 'mutation', `${slice.name}.json`)
  writeFileSync(
    config,
    [
      `import base from ${JSON.stringify(join(ROOT, 'stryker.config.mjs'))}`,
      `export default { ...base, tempDirName: ${JSON.stringify(`.stryker-tmp-${slice.name}`)}, ignorePatterns: [...base.ignorePatterns, '.stryker-tmp*'], jsonReporter: { fileName: ${JSON.stringify(report)} } }`,
      '',
    ].join('\n'),
  )
  const r = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      config,
      '-m',
      slice.files.join(','),
      '--incrementalFile',
      `reports/inc-${slice.name}.json`,
      '--reporters',
      'clear-text,json,progress-append-only',
      ...(force ? ['--force'] : []),
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, MUTATION_TESTS: tests } },
  )
  if (r.status !== 0) {
    console.error(`slice ${slice.name} failed (exit ${r.status})`)
    process.exitCode = 1
    return
  }
  copyFileSync(join(ROOT, report), join(REPORTS, `${slice.name}.json`))
  console.log(`== ${slice.name}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

/**
 * The files of a slice's last report that are the slice's own. A report can hold others: an
 * incremental file written before a slice was split carries the results of the files that left it.
 */
const ownFiles = (slice, report) => Object.entries(report.files).filter(([file]) => slice.files.includes(file))

/** Per file: killed, timed out, survived, without coverage; from the last report of each slice. */
function table() {
  const rows = []
  for (const slice of SLICES) {
    const path = join(REPORTS, `${slice.name}.json`)
    if (!existsSync(path)) {
      rows.push({ file: slice.files.join(', '), missing: true })
      continue
    }
    const report = JSON.parse(readFileSync(path, 'utf8'))
    for (const [file, data] of ownFiles(slice, report)) {
      const n = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 }
      for (const m of data.mutants) if (m.status in n) n[m.status]++
      rows.push({ file, slice: slice.name, ...n })
    }
  }
  const missing = unsliced()
  if (missing.length > 0) console.log(`\nModules of src/ in no slice: ${missing.join(', ')}`)
  const pct = (d, u) => (d + u === 0 ? '—' : `${((100 * d) / (d + u)).toFixed(2)} %`)
  const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 }
  console.log('\n| File | Score | Killed | Timed out | Survived | No coverage | Slice |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const r of rows) {
    if (r.missing) {
      console.log(`| ${r.file} | not run | | | | | |`)
      continue
    }
    for (const k of Object.keys(total)) total[k] += r[k]
    console.log(`| \`${r.file}\` | ${pct(r.Killed + r.Timeout, r.Survived + r.NoCoverage)} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${r.slice} |`)
  }
  const detected = total.Killed + total.Timeout
  const undetected = total.Survived + total.NoCoverage
  console.log(`| **all** | **${pct(detected, undetected)}** | ${total.Killed} | ${total.Timeout} | ${total.Survived} | ${total.NoCoverage} | |`)
}

/** Every mutant the named slices' last reports left alive: file:line:column, mutator, replacement. */
function survivors(names) {
  for (const slice of SLICES.filter((s) => names.length === 0 || names.includes(s.name))) {
    const path = join(REPORTS, `${slice.name}.json`)
    if (!existsSync(path)) continue
    const report = JSON.parse(readFileSync(path, 'utf8'))
    for (const [file, data] of ownFiles(slice, report)) {
      for (const m of data.mutants) {
        if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue
        const at = `${file}:${m.location.start.line}:${m.location.start.column}`
        const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)
        console.log(`${at}\t${m.status}\t${m.mutatorName}\t${replacement}`)
      }
    }
  }
}

// Run as a script, not when imported (scripts/mutation-recheck.mjs reads SLICES).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  if (args.includes('--survivors')) {
    survivors(args.filter((a) => !a.startsWith('--')))
    process.exit(0)
  }
  const force = args.includes('--force')
  const names = args.filter((a) => !a.startsWith('--'))
  if (!args.includes('--table')) {
    // In the order given, so that a caller decides which slice runs first.
    const unknown = names.filter((n) => !SLICES.some((s) => s.name === n))
    if (unknown.length > 0) {
      console.error(`no such slice: ${unknown.join(', ')} (slices: ${SLICES.map((s) => s.name).join(', ')})`)
      process.exit(2)
    }
    const chosen = names.length === 0 ? SLICES : names.map((n) => SLICES.find((s) => s.name === n))
    for (const slice of chosen) if (slice !== undefined) runSlice(slice, force)
  }
  table()
}
