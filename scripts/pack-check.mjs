// Checks the package a user would install: packs it, lints it, installs it, and imports it the
// three ways users do.
//
//   node scripts/pack-check.mjs                      check the package as package.json describes it
//   node scripts/pack-check.mjs --package-json <f>   the same with another package.json (to try a
//                                                    change before making it)
//   node scripts/pack-check.mjs --keep               keep the temporary directory and print it
//
// Steps (each must pass; the exit code is 1 when any fails):
//   1. stage    a copy of what `files` publishes, with dist/ built fresh from src/ by
//               scripts/build.mjs (never the work tree's dist/, which may be mid-rebuild)
//   2. pack     `npm pack` of the stage into a temporary directory
//   3. publint  on the unpacked tarball: no errors, warnings or suggestions
//   4. attw     @arethetypeswrong/cli on the tarball (node10, node16 CJS and ESM, bundler)
//   5. install  the tarball unpacked into a temporary project's node_modules, the runtime
//               dependencies linked beside it from this repository's node_modules (no network)
//   6. use      the same probe, run under native Node ESM (`import`), CommonJS (`require`) and
//               as an esbuild browser bundle evaluated in a bare JavaScript realm (no Node
//               globals); each must give the expected answers and load the intended build;
//               and the installed command line must run
//   8. json     the exported JSON files (openapi.json, the conformance vectors) read through
//               their export names, by require and by import with { type: 'json' }
//   7. io-ts    the `sms-preflight/io-ts` entry the same three ways: its codec composed inside
//               a codec of the caller's (the caller's own `io-ts`) must fail at the caller's key
//               with our message, each way loading the intended build
//   9. opt-in   the `sms-preflight/national` and `sms-preflight/numbers` entries under native
//               Node ESM and CommonJS, each loading the intended build: the main entry installed
//               without libphonenumber-js (step 6 ran so), then the optional peer linked beside it
//               as a user who wants number types installs it
import { build } from 'esbuild'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'

/** A minified browser bundle (IIFE) of `contents` resolved from `app`, or the error esbuild gave. */
function browserBundle(contents, app) {
  return build({
    stdin: { contents, resolveDir: app, sourcefile: 'entry.js', loader: 'js' },
    absWorkingDir: app,
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    minify: true,
    metafile: true,
    logLevel: 'silent',
  }).catch((e) => e)
}
import vm from 'node:vm'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const keep = args.includes('--keep')
const pkgFlag = args.indexOf('--package-json')
const pkgJsonPath = pkgFlag === -1 ? join(root, 'package.json') : resolve(args[pkgFlag + 1] ?? '')

const results = []
function report(step, ok, detail = '') {
  results.push({ step, ok })
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${step}${detail === '' ? '' : `\n${detail.replace(/^/gm, '     ')}`}`)
}

function run(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(), stdout: r.stdout ?? '' }
}

// ---------------------------------------------------------------------------------------------
// The probe: one function, serialised into every environment, taking the imported module.

const VALID = { sender: 'Acme', recipients: ['46701234567'], body: 'Hello' }
const NOW = '2026-01-01T00:00:00Z'

function probe(m, valid, now) {
  const hello = m.analyzeText('Hello')
  const emoji = m.analyzeText('Hi \u{1F600}')
  const checked = m.validateBatch(valid)
  const empty = m.validateBatch({})
  const prepared = m.prepareBatch(valid, { now: new Date(now) })
  return {
    hello: [hello.encoding, hello.units, hello.segments, hello.remaining],
    emoji: [emoji.encoding, emoji.units, emoji.segments],
    valid: checked._tag,
    empty: empty._tag === 'Left' ? empty.left.map((i) => i.code).sort() : [],
    prepared: prepared._tag === 'Right' ? [prepared.right.messages.length, prepared.right.summary.segments] : prepared._tag,
  }
}

// Derived from the specification, not from the code:
//  - "Hello" is 5 GSM septets: one segment of 160, 155 left.
//  - "Hi 😀" needs UCS-2; the emoji is a surrogate pair, so 3 + 2 = 5 code units, one segment.
//  - the valid request (3-11 character alphanumeric sender, one digits-only MSISDN, a body) is Right;
//  - {} lacks the three required fields: sender.missing, recipients.missing, body.missing;
//  - prepared: one message of one segment.
const EXPECTED = {
  hello: ['gsm', 5, 1, 155],
  emoji: ['ucs', 5, 1],
  valid: 'Right',
  empty: ['body.missing', 'recipients.missing', 'sender.missing'],
  prepared: [1, 1],
}

const probeCall = (moduleExpr) => `(${probe.toString()})(${moduleExpr}, ${JSON.stringify(VALID)}, ${JSON.stringify(NOW)})`

// The io-ts entry's probe: its codec inside a codec of the caller's, `t` being the caller's io-ts.
function probeIoTs(m, t, valid) {
  const Campaign = t.type({ campaign: t.string, batch: m.batchCodec() })
  const good = Campaign.decode({ campaign: 'spring', batch: valid })
  const bad = Campaign.decode({ campaign: 'spring', batch: { ...valid, recipients: ['4670x'] } })
  return {
    good: good._tag,
    bad: bad._tag === 'Left' ? bad.left.map((e) => [e.context.map((c) => c.key).join('/'), e.message]) : [],
    sender: [m.fieldCodecs().sender.is('Acme'), m.fieldCodecs().sender.is('TooLongSender')],
  }
}

// Derived from the specification: the valid request decodes; a recipient with a letter is
// recipient.non_digit at /recipients/0, below the caller's key `batch`; 'Acme' is a sender,
// a 13-character alphanumeric one is not.
const EXPECTED_IO_TS = {
  good: 'Right',
  bad: [['/batch/recipients/0', 'A recipient MSISDN has digits only; found "x".']],
  sender: [true, false],
}

const probeIoTsCall = (moduleExpr, ioTsExpr) => `(${probeIoTs.toString()})(${moduleExpr}, ${ioTsExpr}, ${JSON.stringify(VALID)})`

// ---------------------------------------------------------------------------------------------

const tmp = mkdtempSync(join(tmpdir(), 'sms-preflight-pack-'))
try {
  await main()
} catch (e) {
  report('unexpected failure', false, e instanceof Error ? (e.stack ?? e.message) : String(e))
} finally {
  if (keep) console.log(`kept ${tmp}`)
  else rmSync(tmp, { recursive: true, force: true })
}
const failed = results.filter((r) => !r.ok).map((r) => r.step)
console.log(failed.length === 0 ? '\npack-check: all checks passed' : `\npack-check: failed: ${failed.join(', ')}`)
process.exitCode = failed.length === 0 ? 0 : 1

async function main() {
  const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8'))

  // 1. stage
  const stage = join(tmp, 'stage')
  mkdirSync(stage)
  writeFileSync(join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n')
  const published = [...(pkg.files ?? []), 'README.md', 'LICENSE', 'LICENSE.md']
  for (const entry of published) {
    if (entry === 'dist' || entry.startsWith('dist/')) continue
    const from = join(root, entry)
    if (existsSync(from)) cpSync(from, join(stage, entry), { recursive: true })
  }
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', join(stage, 'dist')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  report('stage (fresh build of dist)', true)

  // 2. pack
  const packs = join(tmp, 'packs')
  mkdirSync(packs)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const packed = run(npm, ['pack', '--pack-destination', packs, '--ignore-scripts', '--json', '--offline'], stage)
  if (packed.status !== 0) return report('npm pack', false, packed.out)
  const [info] = JSON.parse(packed.stdout)
  const tarball = join(packs, info.filename)
  report('npm pack', true, `${info.filename}: ${info.entryCount} files, ${info.size} bytes packed, ${info.unpackedSize} unpacked`)

  const unpacked = join(tmp, 'unpacked')
  mkdirSync(unpacked)
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked])
  const pkgDir = join(unpacked, 'package')

  // 3. publint
  const { publint } = await import('publint')
  const { formatMessage } = await import('publint/utils')
  const lint = await publint({ pkgDir, pack: false, level: 'suggestion' })
  report(
    'publint',
    lint.messages.length === 0,
    lint.messages.map((msg) => `${msg.type}: ${formatMessage(msg, lint.pkg, { color: false }) ?? msg.code}`).join('\n'),
  )

  // 4. attw
  const attwBin = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js')
  const attw = run(process.execPath, [attwBin, tarball, '--format', 'table', '--no-color', '--no-emoji', '--profile', 'strict'], tmp)
  report('attw (are the types wrong)', attw.status === 0, attw.out)

  // 5. install
  const app = join(tmp, 'app')
  const modules = join(app, 'node_modules')
  mkdirSync(modules, { recursive: true })
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true }) + '\n')
  cpSync(pkgDir, join(modules, pkg.name), { recursive: true })
  const missing = []
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const from = join(root, 'node_modules', dep)
    if (existsSync(from)) symlinkSync(from, join(modules, dep), 'dir')
    else missing.push(dep)
  }
  report('install (tarball + dependencies)', missing.length === 0, missing.length === 0 ? '' : `not installed here: ${missing.join(', ')}`)

  // 6a. native Node ESM
  writeFileSync(
    join(app, 'esm.mjs'),
    [
      `import * as m from ${JSON.stringify(pkg.name)}`,
      `const loaded = import.meta.resolve(${JSON.stringify(pkg.name)})`,
      `console.log(JSON.stringify({ loaded, result: ${probeCall('m')} }))`,
      '',
    ].join('\n'),
  )
  checkNode('native Node ESM (import)', run(process.execPath, ['esm.mjs'], app), `${sep}dist${sep}mjs${sep}index.js`, app)

  // 6b. CommonJS
  writeFileSync(
    join(app, 'cjs.cjs'),
    [
      `const m = require(${JSON.stringify(pkg.name)})`,
      `const loaded = require.resolve(${JSON.stringify(pkg.name)})`,
      `console.log(JSON.stringify({ loaded, result: ${probeCall('m')} }))`,
      '',
    ].join('\n'),
  )
  checkNode('CommonJS (require)', run(process.execPath, ['cjs.cjs'], app), `${sep}dist${sep}cjs${sep}index.js`, app)

  // 6c. the command line, as installed
  for (const [name, target] of Object.entries(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}))) {
    const cli = run(process.execPath, [join(modules, pkg.name, target), 'count', 'Hello'], app)
    report(`bin ${name} (count Hello)`, cli.status === 0 && cli.stdout.trim() !== '', cli.status === 0 ? cli.stdout.trim() : cli.out)
  }

  // 6d. esbuild browser bundle, run in a realm without Node's globals
  const bundled = await browserBundle(`import * as m from ${JSON.stringify(pkg.name)}\nglobalThis.__probe = ${probeCall('m')}\n`, app)
  if (bundled instanceof Error) return report('esbuild browser bundle', false, bundled.message)
  const inputs = Object.keys(bundled.metafile.inputs)
  const wrongBuild = inputs.filter((p) => /sms-preflight\/dist\/(?!esm\/)/.test(p) || /(fp-ts|io-ts)\/lib\//.test(p))
  const realm = vm.createContext({})
  let answer
  try {
    vm.runInContext(bundled.outputFiles[0]?.text ?? '', realm)
    answer = JSON.parse(JSON.stringify(realm.__probe))
  } catch (e) {
    answer = { error: e instanceof Error ? e.message : String(e) }
  }
  const browserOk = wrongBuild.length === 0 && isDeepStrictEqual(answer, EXPECTED)
  report(
    'esbuild browser bundle (bare realm)',
    browserOk,
    browserOk
      ? `${bundled.outputFiles[0]?.contents.length ?? 0} bytes minified, ${inputs.length} modules`
      : [
          wrongBuild.length > 0 ? `bundled from the wrong builds: ${wrongBuild.join(', ')}` : '',
          isDeepStrictEqual(answer, EXPECTED) ? '' : `got ${JSON.stringify(answer)}\nwanted ${JSON.stringify(EXPECTED)}`,
        ]
          .filter((s) => s !== '')
          .join('\n'),
  )

  // 7. the io-ts entry
  const ioTs = `${pkg.name}/io-ts`
  writeFileSync(
    join(app, 'io-ts.mjs'),
    [
      `import * as m from ${JSON.stringify(ioTs)}`,
      `import * as t from 'io-ts'`,
      `const loaded = import.meta.resolve(${JSON.stringify(ioTs)})`,
      `console.log(JSON.stringify({ loaded, result: ${probeIoTsCall('m', 't')} }))`,
      '',
    ].join('\n'),
  )
  const ioTsFile = (flavour) => ['', 'dist', flavour, 'schema', 'ioTs.js'].join(sep)
  checkNode(`native Node ESM (import ${ioTs})`, run(process.execPath, ['io-ts.mjs'], app), ioTsFile('mjs'), app, EXPECTED_IO_TS)
  writeFileSync(
    join(app, 'io-ts.cjs'),
    [
      `const m = require(${JSON.stringify(ioTs)})`,
      `const t = require('io-ts')`,
      `const loaded = require.resolve(${JSON.stringify(ioTs)})`,
      `console.log(JSON.stringify({ loaded, result: ${probeIoTsCall('m', 't')} }))`,
      '',
    ].join('\n'),
  )
  checkNode(`CommonJS (require ${ioTs})`, run(process.execPath, ['io-ts.cjs'], app), ioTsFile('cjs'), app, EXPECTED_IO_TS)
  const ioTsBundle = await browserBundle(
    `import * as m from ${JSON.stringify(ioTs)}\nimport * as t from 'io-ts'\nglobalThis.__probe = ${probeIoTsCall('m', 't')}\n`,
    app,
  )
  const ioTsStep = `esbuild browser bundle (${ioTs}, bare realm)`
  if (ioTsBundle instanceof Error) return report(ioTsStep, false, ioTsBundle.message)
  const ioTsInputs = Object.keys(ioTsBundle.metafile.inputs)
  const ioTsWrong = ioTsInputs.filter((p) => /sms-preflight\/dist\/(?!esm\/)/.test(p) || /(fp-ts|io-ts)\/lib\//.test(p))
  const ioTsRealm = vm.createContext({})
  let ioTsAnswer
  try {
    vm.runInContext(ioTsBundle.outputFiles[0]?.text ?? '', ioTsRealm)
    ioTsAnswer = JSON.parse(JSON.stringify(ioTsRealm.__probe))
  } catch (e) {
    ioTsAnswer = { error: e instanceof Error ? e.message : String(e) }
  }
  const ioTsOk = ioTsWrong.length === 0 && ioTsInputs.some((p) => p.endsWith('dist/esm/schema/ioTs.js')) && isDeepStrictEqual(ioTsAnswer, EXPECTED_IO_TS)
  report(
    ioTsStep,
    ioTsOk,
    ioTsOk
      ? `${ioTsBundle.outputFiles[0]?.contents.length ?? 0} bytes minified, ${ioTsInputs.length} modules`
      : [
          ioTsWrong.length > 0 ? `bundled from the wrong builds: ${ioTsWrong.join(', ')}` : '',
          isDeepStrictEqual(ioTsAnswer, EXPECTED_IO_TS) ? '' : `got ${JSON.stringify(ioTsAnswer)}\nwanted ${JSON.stringify(EXPECTED_IO_TS)}`,
        ]
          .filter((s) => s !== '')
          .join('\n'),
  )

  checkJsonExports(pkg, app)
  checkOptInEntries(pkg, app)
}

/**
 * 9. The opt-in entries, each with answers reasoned from its source: the Turkish locking table
 * holds ğ, ı and İ, so 'Günaydın İstanbul' is 17 septets with one national table in use, whose
 * information element leaves 155 septets in a single part; +46 70 is a Swedish mobile range and
 * +46 8 Stockholm's fixed-line area.
 */
function checkOptInEntries(pkg, app) {
  const peer = 'libphonenumber-js'
  const from = join(root, 'node_modules', peer)
  if (!existsSync(join(app, 'node_modules', peer)) && existsSync(from)) symlinkSync(from, join(app, 'node_modules', peer), 'dir')
  const entries = [
    {
      name: 'national',
      file: ['national', 'index.js'],
      call: `m.analyzeNational('Günaydın İstanbul', ['tr']).best`,
      expected: { lockingShift: 'tr', singleShift: null, units: 17, segments: 1, unitsPerSegment: 155, remaining: 138 },
    },
    {
      name: 'numbers',
      file: ['numbers', 'index.js'],
      call: `[m.numberType('46701234567'), m.numberType('46812345678'), m.numberType('4670')]`,
      expected: ['mobile', 'fixed_line', 'unknown'],
    },
  ]
  for (const entry of entries) {
    const id = `${pkg.name}/${entry.name}`
    const file = (flavour) => ['', 'dist', flavour, ...entry.file].join(sep)
    writeFileSync(
      join(app, `${entry.name}.mjs`),
      [`import * as m from ${JSON.stringify(id)}`, `const loaded = import.meta.resolve(${JSON.stringify(id)})`, `console.log(JSON.stringify({ loaded, result: ${entry.call} }))`, ''].join('\n'),
    )
    checkNode(`native Node ESM (import ${id})`, run(process.execPath, [`${entry.name}.mjs`], app), file('mjs'), app, entry.expected)
    writeFileSync(
      join(app, `${entry.name}.cjs`),
      [`const m = require(${JSON.stringify(id)})`, `const loaded = require.resolve(${JSON.stringify(id)})`, `console.log(JSON.stringify({ loaded, result: ${entry.call} }))`, ''].join('\n'),
    )
    checkNode(`CommonJS (require ${id})`, run(process.execPath, [`${entry.name}.cjs`], app), file('cjs'), app, entry.expected)
  }
}

// 8. The JSON files the package exports (`sms-preflight/openapi.json`, the conformance vectors),
//    read through their export names by `require` and by `import … with { type: 'json' }`.
function checkJsonExports(pkg, app) {
  const names = Object.keys(pkg.exports ?? {}).filter((k) => k.endsWith('.json') && k !== './package.json')
  const specifiers = names.map((k) => `${pkg.name}/${k.slice(2)}`)
  const summary = (value) => (Array.isArray(value) ? { cases: value.length } : { openapi: value?.openapi })
  const probeLines = (read) => [
    ...specifiers.map((s, i) => read(s, i)),
    `console.log(JSON.stringify([${specifiers.map((_, i) => `(${summary.toString()})(j${i})`).join(', ')}]))`,
    '',
  ]
  writeFileSync(join(app, 'json.cjs'), probeLines((s, i) => `const j${i} = require(${JSON.stringify(s)})`).join('\n'))
  writeFileSync(join(app, 'json.mjs'), probeLines((s, i) => `import j${i} from ${JSON.stringify(s)} with { type: 'json' }`).join('\n'))
  const wanted = names.map((k) => (k === './openapi.json' ? { openapi: '3.1.0' } : null))
  // The fewest cases each vector file holds: json-text.json is a smaller set of JSON texts.
  const fewest = (i) => (names[i] === './conformance/json-text.json' ? 30 : 300)
  for (const [step, file] of [
    ['JSON exports (require)', 'json.cjs'],
    ['JSON exports (import with { type: "json" })', 'json.mjs'],
  ]) {
    const r = run(process.execPath, [file], app)
    let got
    try {
      got = JSON.parse(r.stdout)
    } catch {
      got = undefined
    }
    // openapi.json is OpenAPI 3.1; each vector file is an array of at least 300 cases (30 texts).
    const ok =
      r.status === 0 &&
      Array.isArray(got) &&
      names.length === 4 &&
      got.every((g, i) => (wanted[i] === null ? g.cases >= fewest(i) : isDeepStrictEqual(g, wanted[i])))
    report(step, ok, ok ? specifiers.map((s, i) => `${s}: ${JSON.stringify(got[i])}`).join('\n') : `${names.join(', ')}\n${r.out}`)
  }
}

function checkNode(step, r, wantedFile, app, expected = EXPECTED) {
  if (r.status !== 0) return report(step, false, r.out)
  let parsed
  try {
    parsed = JSON.parse(r.stdout)
  } catch {
    return report(step, false, `not JSON: ${r.out}`)
  }
  const loaded = parsed.loaded.startsWith('file:') ? fileURLToPath(parsed.loaded) : parsed.loaded
  const problems = []
  if (!loaded.endsWith(wantedFile)) problems.push(`loaded ${loaded.replace(app, '.')}, wanted …${wantedFile}`)
  if (!isDeepStrictEqual(parsed.result, expected)) {
    problems.push(`got ${JSON.stringify(parsed.result)}\nwanted ${JSON.stringify(expected)}`)
  }
  report(step, problems.length === 0, problems.join('\n'))
}
