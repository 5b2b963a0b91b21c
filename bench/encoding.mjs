// Benchmark of analyzeText against the common JavaScript SMS calculators, plus where they
// disagree with us, plus the size of a browser bundle that imports only analyzeText.
//
//   npm run bench            (builds dist/ first)
//   node bench/encoding.mjs  (uses dist/ if present, else builds it)
//   DIST=/tmp/x node bench/encoding.mjs  (a build made with scripts/build.mjs --outdir /tmp/x)
//
// Timings: same process, same run, after warm-up; each figure is the median of RUNS runs.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = new URL('..', import.meta.url).pathname
const require = createRequire(import.meta.url)
const dist = process.env.DIST ?? join(root, 'dist')
const built = join(dist, 'cjs/encoding/index.js')
if (!existsSync(built)) execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', dist], { stdio: 'inherit' })

const { analyzeText, countText } = require(built)
const smsLength = require('sms-length')
const splitSms = require('split-sms')
const { SegmentedMessage } = require('sms-segments-calculator')

const RUNS = Number(process.env.RUNS ?? 7)
const RUN_MS = Number(process.env.RUN_MS ?? 60)

// ---------------------------------------------------------------------------------- inputs
const repeatTo = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
const inputs = [
  ['160-char ASCII', repeatTo('The quick brown fox jumps over the lazy dog. ', 160)],
  ['2000-char GSM with extension chars', repeatTo('Price: 10€ [net] {ref} ~ok | a^b \\ path. ', 2000)],
  ['500-char Swedish', repeatTo('Hej! Vår färg är röd, och Åsa åt ärtsoppa på Öland. Émile och Üla kör hem. ', 500)],
  ['300-char text with emoji', repeatTo('Party tonight 🎉 bring snacks 🍕 and friends 👨‍👩‍👧! ', 300)],
  ['70-char Cyrillic', repeatTo('Привет, как дела? Встречаемся завтра в восемь. ', 70)],
]

// ------------------------------------------------------------------------- implementations
const impls = [
  ['bare charCodeAt loop', (s) => {
    let x = 0
    for (let i = 0; i < s.length; i++) x += s.charCodeAt(i)
    return x
  }],
  ['sms-preflight analyzeText', (s) => analyzeText(s).segments],
  // The same, reading nonGsm too: the listing is built on the first read of nonGsm.
  ['sms-preflight analyzeText + nonGsm', (s) => analyzeText(s).nonGsm.length],
  ['sms-preflight countText', (s) => countText(s, 'ucs').segments],
  ['sms-length', (s) => smsLength.count(s).messages],
  ['split-sms', (s) => splitSms.split(s).parts.length],
  ['sms-segments-calculator', (s) => new SegmentedMessage(s).segmentsCount],
]

let sink = 0
function timeOnce(fn, s, iterations) {
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) sink += fn(s) | 0
  return Number(process.hrtime.bigint() - t0) / iterations
}
function calibrate(fn, s) {
  // The iteration count for about RUN_MS per run; the calibration doubles as warm-up.
  let iterations = 1
  for (;;) {
    const t0 = process.hrtime.bigint()
    for (let i = 0; i < iterations; i++) sink += fn(s) | 0
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (ms >= RUN_MS / 4) return Math.max(1, Math.round((iterations * RUN_MS) / ms))
    iterations *= 2
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function measure(fn, s) {
  const iterations = calibrate(fn, s)
  timeOnce(fn, s, iterations) // warm-up run
  const runs = []
  for (let r = 0; r < RUNS; r++) runs.push(timeOnce(fn, s, iterations))
  return median(runs)
}
// A ratio of two implementations measured in turns (a run of one, then a run of the other,
// RUNS times): the median of the per-turn ratios, so a slow spell of a shared machine falls on
// both sides of a turn instead of on one implementation's whole measurement.
function pairedRatio(slow, fast, s) {
  const nSlow = calibrate(slow, s)
  const nFast = calibrate(fast, s)
  const ratios = []
  for (let r = 0; r < RUNS; r++) ratios.push(timeOnce(slow, s, nSlow) / timeOnce(fast, s, nFast))
  return median(ratios)
}

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))

console.log(`## analyzeText timings (Node ${process.version}, median of ${RUNS} runs of ~${RUN_MS} ms)\n`)
console.log('ns per call (ns per character)\n')
console.log(`| implementation | ${inputs.map(([name, s]) => `${name} (${s.length} u, ${analyzeText(s).encoding}, ${analyzeText(s).segments} seg)`).join(' | ')} |`)
console.log(`| --- | ${inputs.map(() => '---:').join(' | ')} |`)
const results = new Map()
for (const [name, fn] of impls) {
  const row = inputs.map(([, s]) => measure(fn, s))
  results.set(name, row)
  console.log(`| ${name} | ${row.map((ns, i) => `${fmt(ns)} (${fmt(ns / inputs[i][1].length)})`).join(' | ')} |`)
}
const ours = results.get('sms-preflight analyzeText')
const ratio = (name) => inputs.map((_, i) => (results.get(name)[i] / ours[i]).toFixed(1) + '×')
console.log(`\nanalyzeText vs bare loop (time ratio, lower is better): ${inputs.map((_, i) => (ours[i] / results.get('bare charCodeAt loop')[i]).toFixed(2) + '×').join(', ')}`)
for (const other of ['sms-length', 'split-sms', 'sms-segments-calculator']) console.log(`${other} / analyzeText (speed-up): ${ratio(other).join(', ')}`)

// The two targets of the encoding engine, side by side (issue 15, §3): on a UCS-2 text,
// analyzeText at least 2× split-sms (split-sms time / ours ≥ 2); on a GSM text, within 2× of a
// bare charCodeAt pass (ours / bare ≤ 2). Measured in turns (pairedRatio), not from the table
// above, whose rows are measured one after another.
const byName = new Map(impls)
console.log(`\n| input | encoding | split-sms / analyzeText (target ≥ 2×) | analyzeText / bare charCodeAt (target ≤ 2×) | split-sms / (analyzeText + nonGsm) |`)
console.log('| --- | --- | ---: | ---: | ---: |')
for (const [name, s] of inputs) {
  const enc = analyzeText(s).encoding
  const ours = byName.get('sms-preflight analyzeText')
  const vsSplit = pairedRatio(byName.get('split-sms'), ours, s)
  const vsBare = pairedRatio(ours, byName.get('bare charCodeAt loop'), s)
  const withList = pairedRatio(byName.get('split-sms'), byName.get('sms-preflight analyzeText + nonGsm'), s)
  const mark = (ok) => (ok ? '' : ' (missed)')
  console.log(`| ${name} | ${enc} | ${vsSplit.toFixed(2)}×${enc === 'ucs' ? mark(vsSplit >= 2) : ''} | ${vsBare.toFixed(2)}×${enc === 'gsm' ? mark(vsBare <= 2) : ''} | ${withList.toFixed(2)}× |`)
}
console.log(`\n(each ratio: the median of ${RUNS} per-turn ratios, the two implementations measured in turns)`)

// ------------------------------------------------------------------------------ agreement
console.log('\n## Where the libraries disagree with us\n')
const theirs = {
  'sms-length': (s) => {
    const r = smsLength.count(s)
    return { gsm: r.encoding !== 'UTF16', units: r.length, segments: r.messages }
  },
  'split-sms': (s) => {
    const r = splitSms.split(s)
    const gsm = r.characterSet === 'GSM'
    return { gsm, units: gsm ? r.bytes : r.bytes / 2, segments: r.parts.length }
  },
  'sms-segments-calculator': (s) => {
    const r = new SegmentedMessage(s)
    return { gsm: r.encodingName === 'GSM-7', units: r.encodingName === 'GSM-7' ? r.messageSize / 7 : r.messageSize / 16, segments: r.segmentsCount }
  },
}
const mine = (s) => {
  const r = analyzeText(s)
  return { gsm: r.encoding === 'gsm', units: r.units, segments: r.segments }
}
const hex = (c) => 'U+' + c.toString(16).toUpperCase().padStart(4, '0')
// 1. Every BMP code unit on its own (surrogates excluded): is it GSM, and how many septets?
for (const [lib, f] of Object.entries(theirs)) {
  const diffs = []
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    const s = String.fromCharCode(c)
    const a = mine(s)
    let b
    try {
      b = f(s)
    } catch (e) {
      b = { error: String(e) }
    }
    if (a.gsm !== b.gsm || a.units !== b.units) diffs.push(`${hex(c)} ${JSON.stringify(s)}: ours ${a.gsm ? 'gsm' : 'ucs'}/${a.units}, theirs ${b.error ?? `${b.gsm ? 'gsm' : 'ucs'}/${b.units}`}`)
  }
  console.log(`- ${lib}, single characters: ${diffs.length === 0 ? 'agrees on every BMP character' : diffs.length + ' differ: ' + diffs.join('; ')}`)
}
// 2. Boundaries where the real split differs from a division.
const probes = [
  ['escape pair straddling septets 153-154 (152 a, €, 152 a = 306 septets)', 'a'.repeat(152) + '€' + 'a'.repeat(152)],
  ['escape pair at 152-153 of a long text (151 a, €, 153 a)', 'a'.repeat(151) + '€' + 'a'.repeat(153)],
  ['surrogate pair at units 67-68 (66 a, 😀, 66 a = 134 units)', 'a'.repeat(66) + '😀' + 'a'.repeat(66)],
  ['160 septets with € at 153-154', 'a'.repeat(152) + '€' + 'a'.repeat(6)],
  ['form feed', 'page\fbreak'],
  ['ESC as text', 'a\u001bb'],
  ['tab', 'a\tb'],
  ['lone high surrogate', 'a\ud800b'],
  ['2000 x €', '€'.repeat(2000)],
]
for (const [label, s] of probes) {
  const a = mine(s)
  const row = Object.entries(theirs).map(([lib, f]) => {
    let b
    try {
      b = f(s)
    } catch (e) {
      return `${lib}: throws (${String(e).slice(0, 60)})`
    }
    const same = a.gsm === b.gsm && a.units === b.units && a.segments === b.segments
    return `${lib}: ${same ? 'same' : `${b.gsm ? 'gsm' : 'ucs'} ${b.units} units ${b.segments} seg`}`
  })
  console.log(`- ${label}: ours ${a.gsm ? 'gsm' : 'ucs'} ${a.units} units ${a.segments} seg; ${row.join('; ')}`)
}

// 3. Random texts mixing basic, extension and non-GSM characters (a fixed-seed generator, so
// every run probes the same texts): how often does each library's segment count differ?
{
  const gsmPool = [...'abcdefghij ABC.,!?0123456789åäöÅÄÖéÉüÇΔΩ\r\n'.repeat(6), ...'€^{}[]~|\\\f']
  const mixedPool = [...gsmPool, ...'’“”–…ж😀']
  let seed = 0x2545f491
  const next = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0), seed)
  const texts = []
  for (let t = 0; t < 2000; t++) {
    const len = 140 + (next() % 400)
    const pool = t % 2 === 0 ? gsmPool : mixedPool // half of them all GSM
    let s = ''
    for (let i = 0; i < len; i++) s += pool[next() % pool.length]
    texts.push(s)
  }
  for (const [lib, f] of Object.entries(theirs)) {
    let differ = 0
    let example = ''
    for (const s of texts) {
      const a = mine(s)
      const b = f(s)
      if (a.gsm !== b.gsm || a.units !== b.units || a.segments !== b.segments) {
        differ++
        if (example === '') example = ` (first: ours ${a.gsm ? 'gsm' : 'ucs'} ${a.units} units ${a.segments} seg, theirs ${b.gsm ? 'gsm' : 'ucs'} ${b.units} units ${b.segments} seg)`
      }
    }
    console.log(`- ${lib}, ${texts.length} random mixed texts: ${differ} differ${example}`)
  }
}

// ----------------------------------------------------------------------------- bundle size
console.log('\n## Browser bundle importing only analyzeText (esbuild, minified)\n')
async function bundleSize(label, from, name = 'analyzeText') {
  const result = await build({
    stdin: { contents: `import { ${name} } from ${JSON.stringify(from)}\nglobalThis.x = ${name}\n`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  console.log(`- ${label}: ${code.length} B min, ${gzipSync(code, { level: 9 }).length} B min+gz`)
}
await bundleSize('from the package entry (dist/esm/index.js)', join(dist, 'esm/index.js')).catch((e) => console.log(`- package entry: not measurable (${String(e.message).split('\n')[0]})`))
await bundleSize('from the encoding module (dist/esm/encoding/index.js)', join(dist, 'esm/encoding/index.js'))
await bundleSize('sms-segments-calculator (SegmentedMessage), for comparison', 'sms-segments-calculator', 'SegmentedMessage').catch(() => {})
if (sink === 0.5) console.log(sink)
