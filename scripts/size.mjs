// Measures what the library costs in a browser bundle, and checks the size budgets.
//
//   node scripts/size.mjs            markdown table; exit 1 when a budget is exceeded
//   node scripts/size.mjs --json     the same as JSON
//   node scripts/size.mjs --analyze  also lists, per entry, the input modules by bundled bytes
//   node scripts/size.mjs --dist <dir>  measure an existing build (default: a fresh build
//                                    into a temporary directory, so a concurrent build of the
//                                    work tree cannot disturb the measurement)
//
// Each entry is bundled by esbuild from the bundler build (dist/esm) the way an application
// would: platform browser, format esm, minified, tree-shaken, dependencies included.
// Sizes are bytes: raw (bundled, not minified), min (minified), gzip (minified, gzip level 9).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const json = args.includes('--json')
const analyze = args.includes('--analyze')
const distFlag = args.indexOf('--dist')

/**
 * The budgets, in bytes of minified + gzipped output. The 15 KB target for the library was set
 * for its core — validation, encoding, templating, composition and pricing — before the
 * calling-code table (E.164 codes, plausible lengths, NANP area codes, generated from
 * libphonenumber-js's metadata) and the doors into other code joined it. Each of those is
 * budgeted on its own, and the original targets still hold for what they were set for:
 * - the core (every export but the JSON-text door, with the table stubbed out) under 15 KB;
 * - the core with the calling-code table under 17.5 KB; the table module alone under 3 KB;
 * - the JSON-text door (`validateBatchJson`, `prepareBatchJson`, `parseJson`: the parser,
 *   placing issues in the text) under 3.5 KB: what it adds to the whole library;
 * - the messages door (the Swedish table, `formatIssue` and the `locale` option that every
 *   function returning issues carries, so that `validateBatch` bundles it) under 4.5 KB: what it
 *   adds to the whole library; the core entries above are measured with it stubbed out (the
 *   rules always write English); the Swedish table alone under 4 KB;
 * - a form's import set (issue 13: `validateBatch`, `batchSchema`, `analyzeText`,
 *   `formatIssue` and both message tables) under 17.5 KB;
 * - the server door (`createHandler`, `toProblemDetails`: the fetch handler, its store and
 *   problem details) under 5 KB: what it adds to the whole library; every entry but the whole
 *   library is measured without it;
 * - the whole library, every export, under the sum: 30.5 KB.
 *
 * The `sms-preflight/national` entry (issue 15: the thirteen languages' shift tables and their
 * analysis, an entry of its own that the main entry never loads) under 5 KB: 4.64 KB measured.
 *
 * The `sms-preflight/numbers` entry (issue 15: `numberType` with libphonenumber-js's full
 * metadata, an optional peer dependency that the application's bundle takes in) under 50 KB:
 * 48.27 KB measured, of which the metadata (`metadata.max.json`) is about 39 KB and the entry's
 * own modules under 0.5 KB. An entry of its own, as the national tables: the main entry never
 * loads it.
 */
//
// Re-baselined (step 8, hardening): the original targets — the core under 15 KB, with the
// calling-code table under 17.5 KB — are MISSED. The core measured 15.15 KB once the JSON-text
// door joined and 17.74 KB after the hardening for hostile callers (own-property reads of every
// caller's value, totality guards on every export, bounded memory: lengths before reads, issues
// counted past the cap). The size round after it took the core to 17.36 KB (with the table
// 19.40 KB) without changing an answer, and measured why 15 KB is out of reach that way: with
// every English message emptied (codes kept) the core would still be 15.5 KB, so the code
// around the messages alone is over the target (docs/performance.md, "Bundle size"). The
// budgets below are the measured figures with a little room, so that growth is still caught.
//
// Re-baselined again (steps 9-11): the core went from 17.36 KB to 19.26 KB with the composer's
// counting from pieces and its shared per-recipient composer (createDraft's base), the
// `numberType` option and `recipient.not_mobile`, and `analyzeText`'s `nonGsm` built on first
// read; createDraft itself and the character details are doors measured apart (the draft door:
// what `createDraft` adds to the core, 2.27 KB).
export const BUDGETS = {
  library: 39 * 1024,
  libraryWithoutDoors: 21.75 * 1024,
  core: 19.75 * 1024,
  callingCodeTable: 3 * 1024,
  jsonTextDoor: 6.5 * 1024,
  analyzeText: 2 * 1024,
  swedishMessages: 4 * 1024,
  formImportSet: 17.5 * 1024,
  messagesDoor: 4.5 * 1024,
  serverDoor: 5 * 1024,
  draftDoor: 3 * 1024,
  national: 5 * 1024,
  numbers: 50 * 1024,
}

/** The exports of the JSON-text door. */
const JSON_TEXT_DOOR = new Set(['validateBatchJson', 'prepareBatchJson', 'parseJson'])

/** The exports of the server door (the fetch handler and problem details). */
const SERVER_DOOR = new Set(['createHandler', 'toProblemDetails'])

/** The exports of the JSON Schema door (the request as JSON Schema, for code that cannot call the library). */
const JSON_SCHEMA_DOOR = new Set(['requestJsonSchema', 'requestJsonSchemaFor', 'batchRequestJsonSchema', 'requestJsonSchemaConverter', 'JSON_SCHEMA_TARGETS'])

/** The exports of every door the core entries leave out. */
/** The exports of the Standard Schema door (form libraries; it carries the Standard JSON Schema converter). */
const STANDARD_SCHEMA_DOOR = new Set(['batchSchema', 'fieldSchemas'])

/**
 * The exports of the character-details door (issue 15: `describeText`, `charactersToSaveSegment`,
 * for a counter's details and its "remove N characters" pill). Exported from the main entry, as
 * SPEC names them; a bundle that does not import them does not carry them, and the core entries
 * are measured without them so that the core's figures stay comparable.
 */
const DETAILS_DOOR = new Set(['describeText', 'charactersToSaveSegment'])

/**
 * The draft door (issue 13: `createDraft`, a request being edited in a form, answering at the
 * cost of what changed). A form that checks with `validateBatch` or `batchSchema` does not carry
 * it; the core entries are measured without it, and what it adds to the core on its own.
 */
const DRAFT_DOOR = new Set(['createDraft'])

const DOORS = new Set([...JSON_TEXT_DOOR, ...SERVER_DOOR, ...JSON_SCHEMA_DOOR, ...STANDARD_SCHEMA_DOOR, ...DETAILS_DOOR, ...DRAFT_DOOR])

/** The JSON-text, JSON Schema and Standard Schema doors, with the server door. */
const JSON_DOORS = new Set([...SERVER_DOOR, ...JSON_TEXT_DOOR, ...JSON_SCHEMA_DOOR, ...STANDARD_SCHEMA_DOOR])

/** The doors but the draft door: the core with `createDraft`. */
const DOORS_BUT_DRAFT = new Set([...DOORS].filter((n) => !DRAFT_DOOR.has(n)))

/** Every export of the package but those of the doors, as an entry's code (names from esbuild's metafile). */
async function exportsBut(esm, doors) {
  const all = await bundle(`export * from ${JSON.stringify(esm)}`, false)
  const names = (Object.values(all.metafile.outputs)[0]?.exports ?? []).filter((n) => !doors.has(n))
  return `export { ${names.join(', ')} } from ${JSON.stringify(esm)}`
}

/** Replaces the calling-code table with empty tables of the same shape, to measure the rest. */
const stubTable = {
  name: 'stub-calling-codes',
  setup(b) {
    b.onLoad({ filter: /[\\/]phone[\\/]callingCodes\.js$/ }, () => ({
      contents:
        'export const callingCodes = []; export const codeByPrefix = []; export const nanpRegionByAreaCode = []; export function findCallingCode() { return undefined }',
      loader: 'js',
    }))
  },
}

/**
 * Replaces the messages door with English only: no Swedish table, `formatIssue` saying the
 * issue's own message, and the `locale` option's helpers giving their result unchanged.
 */
const stubMessages = {
  name: 'stub-messages',
  setup(b) {
    b.onLoad({ filter: /[\\/]locale[\\/]sv\.js$/ }, () => ({
      contents: 'export const swedishMessages = {}; export function formatSwedishNumber(n) { return String(n) }',
      loader: 'js',
    }))
    b.onLoad({ filter: /[\\/]locale[\\/]format\.js$/ }, () => ({
      contents: [
        'export function formatIssue(issue) { return issue.message }',
        'export function localeOf() { return undefined }',
        'export function translator() { return (issue) => issue }',
        'export function localized(result) { return result }',
        'export function localizedWith(result) { return result }',
        'export function localizedMessages(result) { return result }',
      ].join('\n'),
      loader: 'js',
    }))
  },
}

/**
 * A form's import set (issue 13): what a form that checks as the user types, shows the issues in
 * the user's language and counts the body imports. `batchSchema` is part of it once the package
 * exports it.
 */
async function formImportSet(esm) {
  const all = await bundle(`export * from ${JSON.stringify(esm)}`, false)
  const exported = new Set(Object.values(all.metafile.outputs)[0]?.exports ?? [])
  const names = ['validateBatch', 'batchSchema', 'analyzeText', 'formatIssue', 'englishMessages', 'swedishMessages'].filter((n) => exported.has(n))
  return `export { ${names.join(', ')} } from ${JSON.stringify(esm)}`
}

/** What is measured: a name, what it imports, and its budget (if any). */
const ENTRIES = [
  { name: 'library', label: 'whole library (every export of the package)', code: (esm) => `export * from ${JSON.stringify(esm)}` },
  { name: 'libraryWithoutServer', label: 'the whole library without the server door', code: (esm) => exportsBut(esm, SERVER_DOOR) },
  {
    name: 'libraryWithoutMessages',
    label: 'the whole library without the server door, the messages door stubbed out (English only)',
    code: (esm) => exportsBut(esm, SERVER_DOOR),
    plugins: [stubMessages],
  },
  {
    name: 'libraryWithoutDoors',
    label: 'the core with the calling-code table (every export but the JSON-text, server, JSON Schema, Standard Schema, character-details and draft doors, the messages door stubbed out)',
    code: (esm) => exportsBut(esm, DOORS),
    plugins: [stubMessages],
  },
  {
    name: 'core',
    label: 'the core (every export but the JSON-text, server, JSON Schema, Standard Schema, character-details and draft doors, the calling-code table and the messages door stubbed out)',
    code: (esm) => exportsBut(esm, DOORS),
    plugins: [stubTable, stubMessages],
  },
  {
    name: 'libraryWithoutJsonDoors',
    label: 'the whole library without the server, JSON-text, JSON Schema and Standard Schema doors, the messages door stubbed out',
    code: (esm) => exportsBut(esm, JSON_DOORS),
    plugins: [stubMessages],
  },
  {
    name: 'coreWithDraft',
    label: 'the core with `createDraft` (the calling-code table and the messages door stubbed out)',
    code: (esm) => exportsBut(esm, DOORS_BUT_DRAFT),
    plugins: [stubTable, stubMessages],
  },
  {
    name: 'callingCodeTable',
    label: 'the calling-code table alone (`phone/callingCodes`: its generated data, parser and indexes)',
    code: (esm) => `export * from ${JSON.stringify(join(dirname(esm), 'phone', 'callingCodes.js'))}`,
  },
  { name: 'analyzeText', label: '`analyzeText` alone', code: (esm) => `export { analyzeText } from ${JSON.stringify(esm)}` },
  { name: 'validateBatch', label: '`validateBatch` alone', code: (esm) => `export { validateBatch } from ${JSON.stringify(esm)}` },
  { name: 'prepareBatch', label: '`prepareBatch` alone', code: (esm) => `export { prepareBatch } from ${JSON.stringify(esm)}` },
  {
    name: 'swedishMessages',
    label: 'the Swedish message table alone (`swedishMessages`, with its number formatting)',
    code: (esm) => `export { swedishMessages } from ${JSON.stringify(esm)}`,
  },
  {
    name: 'formImportSet',
    label: "a form's import set (`validateBatch`, `batchSchema` once exported, `analyzeText`, `formatIssue`, `englishMessages`, `swedishMessages`)",
    code: formImportSet,
  },
  {
    name: 'national',
    label: 'the `sms-preflight/national` entry (every export: the thirteen languages\' shift tables, `analyzeNational`, `splitNational`)',
    code: (esm) => `export * from ${JSON.stringify(join(dirname(esm), 'national', 'index.js'))}`,
  },
  {
    name: 'numbers',
    label: 'the `sms-preflight/numbers` entry (every export: `numberType` with libphonenumber-js and its full metadata)',
    code: (esm) => `export * from ${JSON.stringify(join(dirname(esm), 'numbers', 'index.js'))}`,
  },
]

function distDir() {
  if (distFlag !== -1) {
    const dir = args[distFlag + 1]
    if (dir === undefined) throw new Error('--dist needs a directory')
    return { dir: resolve(dir), cleanup: () => undefined }
  }
  const tmp = mkdtempSync(join(tmpdir(), 'sms-preflight-size-'))
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', join(tmp, 'dist')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return { dir: join(tmp, 'dist'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) }
}

function bundleOptions(contents, minify, plugins = []) {
  return {
    plugins,
    stdin: { contents, resolveDir: root, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify,
    treeShaking: true,
    metafile: true,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  }
}

async function bundle(contents, minify, plugins) {
  const result = await build(bundleOptions(contents, minify, plugins))
  const file = result.outputFiles[0]
  if (file === undefined) throw new Error('esbuild wrote nothing')
  return { bytes: file.contents, metafile: result.metafile }
}

/**
 * Per input module, largest first (paths relative to the repository): `bytes`, its minified
 * bytes in the bundle (esbuild's metafile), and `gzipShare`, what it adds to the gzipped bundle:
 * the gzip size of the bundle minus that of the bundle without the module's code. The shares
 * are measured on a bundle minified except for white space (esbuild then keeps a `// path`
 * line before each module's code), so they add up to a little more than the real gzip size.
 */
async function weights(contents, metafile, dist) {
  const output = Object.values(metafile.outputs)[0]
  if (output === undefined) return []
  const sectioned = await build({
    ...bundleOptions(contents, false),
    minifySyntax: true,
    minifyIdentifiers: true,
    metafile: false,
  })
  const text = sectioned.outputFiles[0]?.text ?? ''
  const inputs = new Set(Object.keys(output.inputs))
  const parts = text.split(/^(?=\/\/ )/m)
  const names = parts.map((p) => (p.startsWith('// ') ? p.slice(3, p.indexOf('\n')) : ''))
  const gz = (s) => gzipSync(s, { level: 9 }).length
  const whole = gz(text)
  const share = new Map()
  names.forEach((name, i) => {
    if (inputs.has(name)) share.set(name, whole - gz(parts.filter((_, j) => j !== i).join('')))
  })
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ module: tidy(path, dist), bytes: bytesInOutput, gzipShare: share.get(path) ?? 0 }))
    .filter((w) => w.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
}

function tidy(path, dist) {
  const abs = resolve(root, path)
  if (abs.startsWith(dist)) return `dist/${relative(dist, abs)}`
  const nm = abs.lastIndexOf('node_modules/')
  return nm === -1 ? relative(root, abs) : abs.slice(nm + 'node_modules/'.length)
}

async function measure(dist) {
  const esm = join(dist, 'esm', 'index.js')
  if (!existsSync(esm)) throw new Error(`no bundler build at ${esm}`)
  const rows = []
  for (const entry of ENTRIES) {
    const contents = await entry.code(esm)
    const raw = await bundle(contents, false, entry.plugins)
    const min = await bundle(contents, true, entry.plugins)
    const budget = BUDGETS[entry.name]
    const gzip = gzipSync(min.bytes, { level: 9 }).length
    rows.push({
      name: entry.name,
      label: entry.label,
      raw: raw.bytes.length,
      min: min.bytes.length,
      gzip,
      ...(budget === undefined ? {} : { budget, withinBudget: gzip <= budget }),
      ...(analyze ? { modules: await weights(contents, min.metafile, dist) } : {}),
    })
  }
  const row = (name) => rows.find((r) => r.name === name)
  /** What a door adds: the bundle with it minus the bundle without it. */
  const door = (name, label, withIt, without) => {
    if (withIt === undefined || without === undefined) return
    const budget = BUDGETS[name]
    const gzip = withIt.gzip - without.gzip
    rows.push({ name, label, raw: withIt.raw - without.raw, min: withIt.min - without.min, gzip, budget, withinBudget: gzip <= budget })
  }
  // The JSON-text, JSON Schema and Standard Schema doors: both sides with the messages door
  // stubbed out and without the server door.
  door(
    'jsonTextDoor',
    'the JSON-text, JSON Schema and Standard Schema doors together (`validateBatchJson`, `prepareBatchJson`, `parseJson`, `requestJsonSchema`…, `batchSchema`, `fieldSchemas`): what they add to the whole library',
    row('libraryWithoutMessages'),
    row('libraryWithoutJsonDoors'),
  )
  // The messages door: both sides without the server door.
  door(
    'messagesDoor',
    'the messages door (the Swedish table, `formatIssue`, the `locale` option): what it adds to the whole library',
    row('libraryWithoutServer'),
    row('libraryWithoutMessages'),
  )
  door('serverDoor', 'the server door (`createHandler`, `toProblemDetails`): what it adds to the whole library', row('library'), row('libraryWithoutServer'))
  door('draftDoor', 'the draft door (`createDraft`): what it adds to the core', row('coreWithDraft'), row('core'))
  return rows
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`

function table(rows) {
  const lines = [
    '| bundle | raw | minified | min + gzip | budget (min + gzip) |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${kb(r.raw)} | ${kb(r.min)} | ${kb(r.gzip)} | ${
          r.budget === undefined ? '—' : `${kb(r.budget)} ${r.withinBudget ? '(within)' : '(**exceeded**)'}`
        } |`,
    ),
  ]
  for (const r of rows) {
    if (r.modules === undefined) continue
    lines.push('', `${r.label}, per module: minified bytes, share of the gzipped bytes`, '')
    for (const m of r.modules) lines.push(`  ${String(m.bytes).padStart(7)} ${String(m.gzipShare).padStart(6)}  ${m.module}`)
  }
  return lines.join('\n')
}

const { dir, cleanup } = distDir()
let rows
try {
  rows = await measure(dir)
} finally {
  cleanup()
}
const ok = rows.every((r) => r.withinBudget !== false)
if (json) console.log(JSON.stringify({ ok, budgets: BUDGETS, bundles: rows }, null, 2))
else console.log(table(rows))
if (!ok) {
  if (!json) console.error('\nsize budget exceeded')
  process.exitCode = 1
}
