// Composition benchmark: prepareBatch and the streaming form (composeMessages + summaryBuilder)
// on 1e3..1e6 recipients, beside naive baselines in the same process:
//   baseline/keep   a plain loop: String.prototype.replace + an exact typed-array segment count,
//                   keeping every composed string in an array
//   baseline/count  the same loop, counting only
// Each scenario runs in a fresh child process (--expose-gc) so heaps do not mix.
// Usage: node bench/compose.mjs [--quick]   (run `npm run build` first)
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const self = fileURLToPath(import.meta.url)
const lib = require('../dist/cjs/index.js')
const { GSM_COST } = require('../dist/cjs/encoding/gsm.js')

const BODY = 'Hej {name}! Din tid hos oss är bokad. Svara STOPP för att avsluta.'

function makeInput(n, templated) {
  if (!templated) {
    const recipients = new Array(n)
    for (let i = 0; i < n; i++) recipients[i] = String(46700000000 + i)
    return { sender: 'iP1', recipients, body: BODY.replace('{name}', 'du') }
  }
  const recipients = {}
  for (let i = 0; i < n; i++) recipients[String(46700000000 + i)] = { name: `Kund ${i}` }
  return { sender: 'iP1', recipients, body: BODY }
}

/** An exact GSM/UCS segment count with the library's cost table (1 basic, 2 extension, 0 none). */
function countSegments(text) {
  let septets = 0
  let gsm = true
  for (let i = 0; i < text.length; i++) {
    const c = GSM_COST[text.charCodeAt(i)]
    if (c === 0) {
      gsm = false
      break
    }
    septets += c
  }
  if (gsm) {
    if (septets <= 160) return 1
    // walk part boundaries so an escape pair is never split
    let parts = 1
    let fill = 0
    for (let i = 0; i < text.length; i++) {
      const c = GSM_COST[text.charCodeAt(i)]
      if (fill + c > 153) {
        parts++
        fill = 0
      }
      fill += c
    }
    return parts
  }
  const n = text.length
  if (n <= 70) return 1
  let parts = 1
  let start = 0
  while (n - start > 67) {
    let end = start + 67
    const h = text.charCodeAt(end - 1)
    if (h >= 0xd800 && h <= 0xdbff) end--
    start = end
    parts++
  }
  return parts
}

function baseline(input, keep) {
  const out = keep ? [] : null
  let segments = 0
  const entries = Array.isArray(input.recipients) ? input.recipients.map((m) => [m, {}]) : Object.entries(input.recipients)
  for (const [, values] of entries) {
    const text = input.body.replace(/\{name\}/g, () => values.name ?? '')
    segments += countSegments(text)
    if (keep) out.push(text)
  }
  return { segments, kept: out }
}

const now = new Date('2026-11-25T00:00:00Z')

function scenario(kind, n, templated) {
  const input = makeInput(n, templated)
  globalThis.gc()
  const heapBefore = process.memoryUsage().heapUsed
  let peak = heapBefore
  const sample = () => {
    const h = process.memoryUsage().heapUsed
    if (h > peak) peak = h
  }
  const t0 = process.hrtime.bigint()
  let result
  if (kind === 'prepareBatch') {
    result = lib.prepareBatch(input, { now })
    if (result._tag !== 'Right') throw new Error('expected Right')
    sample()
  } else if (kind === 'streaming') {
    const v = lib.validateBatch(input, { now })
    if (v._tag !== 'Right') throw new Error('expected Right')
    const summary = lib.summaryBuilder(v.right)
    let i = 0
    for (const m of lib.composeMessages(v.right)) {
      summary.add(m)
      if (++i % 50000 === 0) sample()
    }
    result = summary.result()
    sample()
  } else if (kind === 'number analysis') {
    // What analysing the numbers costs inside prepareBatch: analyzeMsisdn for every recipient.
    let ok = 0
    const keys = Array.isArray(input.recipients) ? input.recipients : Object.keys(input.recipients)
    for (const m of keys) if (lib.analyzeMsisdn(m).status === 'ok') ok++
    result = { segments: ok }
    sample()
  } else {
    result = baseline(input, kind === 'baseline/keep')
    sample()
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  // Retained: what the result keeps after a full GC.
  globalThis.gc()
  const retained = process.memoryUsage().heapUsed - heapBefore
  const segments = kind === 'prepareBatch' ? result.right.summary.segments : kind === 'streaming' ? result.segments : result.segments
  return { kind, n, templated, ms, nsPerRecipient: (ms * 1e6) / n, peakMB: (peak - heapBefore) / 2 ** 20, retainedMB: retained / 2 ** 20, segments }
}

if (process.argv[2] === '--child') {
  const [, , , kind, n, templated] = process.argv
  // warm-up on a small batch, then the measured run
  scenario(kind, 2000, templated === 'true')
  const r = scenario(kind, Number(n), templated === 'true')
  process.stdout.write(JSON.stringify(r))
} else {
  const quick = process.argv.includes('--quick')
  const sizes = quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6]
  const kinds = ['baseline/count', 'baseline/keep', 'streaming', 'prepareBatch', 'number analysis']
  const rows = []
  const run = (kind, n, templated) => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', self, '--child', kind, String(n), String(templated)], {
      encoding: 'utf8',
    })
    if (r.status !== 0) throw new Error(`${kind} ${n}: ${r.stderr}`)
    rows.push(JSON.parse(r.stdout))
  }
  for (const n of sizes) for (const kind of kinds) run(kind, n, true)
  if (!quick) for (const kind of kinds) run(kind, 1e6, false)
  console.log(`Node ${process.version}; body ${JSON.stringify(BODY)}; peak = max sampled heap growth during the run, retained = heap growth kept by the result after GC\n`)
  console.log('| recipients | body | form | total ms | ns / recipient | peak heap MB | retained MB | segments |')
  console.log('| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |')
  for (const r of rows) {
    console.log(
      `| ${r.n.toLocaleString('en')} | ${r.templated ? 'one value each' : 'shared'} | ${r.kind} | ${r.ms.toFixed(1)} | ${r.nsPerRecipient.toFixed(0)} | ${r.peakMB.toFixed(1)} | ${r.retainedMB.toFixed(1)} | ${r.segments} |`,
    )
  }
  const at = (kind, n, t = true) => rows.find((r) => r.kind === kind && r.n === n && r.templated === t)
  const top = sizes[sizes.length - 1]
  const ratio = (a, b) => (at(a, top).nsPerRecipient / at(b, top).nsPerRecipient).toFixed(2)
  console.log(`\nAt ${top.toLocaleString('en')} recipients: prepareBatch / baseline-keep = ${ratio('prepareBatch', 'baseline/keep')}×, streaming / baseline-count = ${ratio('streaming', 'baseline/count')}×, number analysis = ${(100 * at('number analysis', top).nsPerRecipient / at('prepareBatch', top).nsPerRecipient).toFixed(1)}% of prepareBatch`)
}
