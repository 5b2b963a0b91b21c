// Composition benchmark: prepareBatch and the streaming form (validateBatch + composeMessages +
// summaryBuilder) on 1e3..1e6 recipients, beside naive anchors run side by side in the same
// process, on the same input:
//   anchor/count    a plain loop: String.prototype.replace + an exact typed-array segment
//                   count, counting only
//   anchor/keep     the same loop, keeping every composed string in an array
//   numbers         analyzeMsisdn for every recipient alone: what the number analysis adds
// Time: median of several rounds (rounds interleave the forms). Heap: growth over the heap
// after a full GC, sampled during the run (peak) and after a GC with the result still held
// (retained). Needs --expose-gc; re-runs itself with it.
// Usage: node bench/compose.mjs [--quick]   (run `npm run build` first)
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  })
  process.exit(r.status ?? 1)
}

const require = createRequire(import.meta.url)
const lib = require('../dist/cjs/index.js')
const { GSM_COST } = require('../dist/cjs/encoding/gsm.js')

const BODY = 'Hej {name}! Din tid hos oss är bokad. Svara STOPP för att avsluta.'
const now = new Date('2026-11-25T00:00:00Z')

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

/** An exact GSM/UCS-2 segment count with the library's cost table (1 basic, 2 extension, 0 none). */
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

function anchor(input, keep) {
  const out = keep ? [] : null
  let segments = 0
  if (Array.isArray(input.recipients)) {
    for (let i = 0; i < input.recipients.length; i++) {
      const text = input.body
      segments += countSegments(text)
      if (keep) out.push(text)
    }
  } else {
    for (const key of Object.keys(input.recipients)) {
      const values = input.recipients[key]
      const text = input.body.replace(/\{name\}/g, () => values.name ?? '')
      segments += countSegments(text)
      if (keep) out.push(text)
    }
  }
  return { segments, kept: out }
}

const FORMS = {
  'anchor/count': (input) => anchor(input, false).segments,
  'anchor/keep': (input) => anchor(input, true),
  streaming: (input, sample) => {
    const v = lib.validateBatch(input, { now })
    if (v._tag !== 'Right') throw new Error('expected Right')
    const summary = lib.summaryBuilder(v.right)
    let i = 0
    for (const m of lib.composeMessages(v.right)) {
      summary.add(m)
      if (++i % 50000 === 0) sample()
    }
    return summary.result().segments
  },
  prepareBatch: (input) => {
    const r = lib.prepareBatch(input, { now })
    if (r._tag !== 'Right') throw new Error('expected Right')
    return r.right
  },
  numbers: (input) => {
    let ok = 0
    const keys = Array.isArray(input.recipients) ? input.recipients : Object.keys(input.recipients)
    for (const m of keys) if (lib.analyzeMsisdn(m).status === 'ok') ok++
    return ok
  },
}

const MB = 2 ** 20

function measureOnce(form, input) {
  globalThis.gc()
  const before = process.memoryUsage().heapUsed
  let peak = before
  const sample = () => {
    const h = process.memoryUsage().heapUsed
    if (h > peak) peak = h
  }
  const t0 = process.hrtime.bigint()
  let result = FORMS[form](input, sample)
  const ns = Number(process.hrtime.bigint() - t0)
  sample()
  globalThis.gc()
  const retained = process.memoryUsage().heapUsed - before
  const segments = typeof result === 'number' ? result : (result.summary?.segments ?? result.segments)
  result = null
  return { ns, peak: peak - before, retained, segments }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const quick = process.argv.includes('--quick')
const cases = [
  ...(quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6]).map((n) => ({ n, templated: true })),
  ...(quick ? [] : [{ n: 1e6, templated: false }]),
]
const rows = []
for (const { n, templated } of cases) {
  const input = makeInput(n, templated)
  const rounds = n >= 1e6 ? 3 : n >= 1e5 ? 5 : 9
  // Warm-up on this input, then rounds that interleave the forms.
  for (const form of Object.keys(FORMS)) FORMS[form](makeInput(Math.min(n, 2000), templated), () => undefined)
  const runs = Object.fromEntries(Object.keys(FORMS).map((f) => [f, []]))
  for (let r = 0; r < rounds; r++) for (const form of Object.keys(FORMS)) runs[form].push(measureOnce(form, input))
  for (const form of Object.keys(FORMS)) {
    const xs = runs[form]
    rows.push({
      n,
      templated,
      form,
      nsPerRecipient: median(xs.map((x) => x.ns)) / n,
      msTotal: median(xs.map((x) => x.ns)) / 1e6,
      peakMB: median(xs.map((x) => x.peak)) / MB,
      retainedMB: median(xs.map((x) => x.retained)) / MB,
      segments: xs[0].segments,
    })
  }
}

console.log(`Node ${process.version}; body ${JSON.stringify(BODY)}; medians of 3 to 9 interleaved rounds in one process.`)
console.log('peak = heap growth sampled during the run; retained = heap growth still held by the result after a GC.\n')
console.log('| recipients | body | form | total ms | ns / recipient | peak heap MB | retained MB |')
console.log('| ---: | --- | --- | ---: | ---: | ---: | ---: |')
for (const r of rows) {
  console.log(
    `| ${r.n.toLocaleString('en')} | ${r.templated ? 'one value each' : 'shared'} | ${r.form} | ${r.msTotal.toFixed(1)} | ${r.nsPerRecipient.toFixed(0)} | ${r.peakMB.toFixed(1)} | ${r.retainedMB.toFixed(1)} |`,
  )
}
const at = (form, n, t = true) => rows.find((r) => r.form === form && r.n === n && r.templated === t)
const top = cases.filter((c) => c.templated).at(-1).n
const ratio = (a, b, n = top, t = true) => (at(a, n, t).nsPerRecipient / at(b, n, t).nsPerRecipient).toFixed(2)
console.log(`\nAt ${top.toLocaleString('en')} recipients with one value each:`)
console.log(`- prepareBatch / anchor-keep = ${ratio('prepareBatch', 'anchor/keep')}×; streaming / anchor-count = ${ratio('streaming', 'anchor/count')}×`)
console.log(`- the number analysis alone is ${((100 * at('numbers', top).nsPerRecipient) / at('prepareBatch', top).nsPerRecipient).toFixed(1)}% of prepareBatch`)
if (!quick) console.log(`- shared body: prepareBatch / anchor-keep = ${ratio('prepareBatch', 'anchor/keep', 1e6, false)}×; streaming / anchor-count = ${ratio('streaming', 'anchor/count', 1e6, false)}×`)
const perRecipient = (n) => at('prepareBatch', n).nsPerRecipient.toFixed(0)
console.log(`- prepareBatch ns per recipient from 1e4 to ${top.toExponential(0)}: ${cases.filter((c) => c.templated && c.n >= 1e4).map((c) => perRecipient(c.n)).join(' → ')}`)
