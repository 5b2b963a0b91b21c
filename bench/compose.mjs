// Composition benchmark: prepareBatch and the streaming form (validateBatch + composeMessages +
// summaryBuilder) on 1e3..1e6 recipients, beside naive anchors run side by side in the same
// process, on the same input. Three bodies:
//   templated       a GSM body with one placeholder, one value per recipient
//   shared          the same body without placeholders, recipients as a list
//   mixed           a GSM body with extension characters (€ [ ] ~), two placeholders (one
//                   from `default`), and one name in eight in Cyrillic, so one message in eight
//                   is UCS-2 (issue 10 §2: the server-scale case)
// Anchors:
//   anchor/count    a plain loop: String.prototype.replace of every {key} with the recipient's
//                   value or the default + an exact typed-array segment count, counting only
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
const MIXED_BODY = 'Hej {name}! Ditt pris: 100€ [inkl. moms] ~ svara STOPP. Läs mer på {url}'
const now = new Date('2026-11-25T00:00:00Z')

/** The request for `n` recipients with the body `kind` names (see the header). */
function makeInput(n, kind) {
  if (kind === 'shared') {
    const recipients = new Array(n)
    for (let i = 0; i < n; i++) recipients[i] = String(46700000000 + i)
    return { sender: 'iP1', recipients, body: BODY.replace('{name}', 'du') }
  }
  const recipients = {}
  if (kind === 'mixed') {
    for (let i = 0; i < n; i++) recipients[String(46700000000 + i)] = { name: i % 8 === 0 ? `Иван ${i}` : `Kund ${i}` }
    recipients.default = { url: 'https://example.se/x' }
    return { sender: 'iP1', recipients, body: MIXED_BODY }
  }
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
    const defaults = input.recipients.default ?? {}
    for (const key of Object.keys(input.recipients)) {
      if (key === 'default') continue
      const values = input.recipients[key]
      const text = input.body.replace(/\{([^{}]+)\}/g, (_, k) => values[k] ?? defaults[k] ?? '')
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
  validate: (input) => {
    const v = lib.validateBatch(input, { now })
    if (v._tag !== 'Right') throw new Error('expected Right')
    return 0
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
// --mixed: only the mixed body at 1e6 (the server-scale ratios of issue 10 §2).
const mixedOnly = process.argv.includes('--mixed')
const cases = mixedOnly
  ? [{ n: 1e6, kind: 'mixed' }]
  : [
      ...(quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6]).map((n) => ({ n, kind: 'templated' })),
      ...(quick ? [] : [{ n: 1e6, kind: 'shared' }]),
      { n: quick ? 1e5 : 1e6, kind: 'mixed' },
    ]
const KIND_LABEL = { templated: 'one value each', shared: 'shared', mixed: 'mixed (1 in 8 UCS-2)' }
const rows = []
for (const { n, kind } of cases) {
  const input = makeInput(n, kind)
  const rounds = kind === 'mixed' ? 9 : n >= 1e6 ? 5 : n >= 1e5 ? 5 : 9
  // Warm-up on this input, then rounds that interleave the forms.
  for (const form of Object.keys(FORMS)) FORMS[form](makeInput(Math.min(n, 2000), kind), () => undefined)
  const runs = Object.fromEntries(Object.keys(FORMS).map((f) => [f, []]))
  for (let r = 0; r < rounds; r++) for (const form of Object.keys(FORMS)) runs[form].push(measureOnce(form, input))
  for (const form of Object.keys(FORMS)) {
    const xs = runs[form]
    rows.push({
      n,
      kind,
      form,
      runs: xs.map((x) => x.ns),
      nsPerRecipient: median(xs.map((x) => x.ns)) / n,
      msTotal: median(xs.map((x) => x.ns)) / 1e6,
      peakMB: median(xs.map((x) => x.peak)) / MB,
      retainedMB: median(xs.map((x) => x.retained)) / MB,
      segments: xs[0].segments,
    })
  }
}

console.log(`Node ${process.version}; medians of 5 to 9 interleaved rounds in one process; ratios are medians of the per-round ratios.`)
console.log(`templated/shared body ${JSON.stringify(BODY)}; mixed body ${JSON.stringify(MIXED_BODY)}.`)
console.log('peak = heap growth sampled during the run; retained = heap growth still held by the result after a GC.\n')
console.log('| recipients | body | form | total ms | ns / recipient | peak heap MB | retained MB |')
console.log('| ---: | --- | --- | ---: | ---: | ---: | ---: |')
for (const r of rows) {
  console.log(
    `| ${r.n.toLocaleString('en')} | ${KIND_LABEL[r.kind]} | ${r.form} | ${r.msTotal.toFixed(1)} | ${r.nsPerRecipient.toFixed(0)} | ${r.peakMB.toFixed(1)} | ${r.retainedMB.toFixed(1)} |`,
  )
}
const at = (form, n, kind) => rows.find((r) => r.form === form && r.n === n && r.kind === kind)
// The median of the per-round ratios: each round runs every form once, one after the other, so a
// round's ratio compares forms under the same load; a busy machine moves whole rounds, not ratios.
const ratio = (a, b, n, kind) => {
  const xs = at(a, n, kind).runs
  const ys = at(b, n, kind).runs
  return median(xs.map((x, i) => x / ys[i])).toFixed(2)
}
const both = (n, kind) =>
  `prepareBatch / anchor-keep = ${ratio('prepareBatch', 'anchor/keep', n, kind)}× (aim ≤ 2); streaming / anchor-count = ${ratio('streaming', 'anchor/count', n, kind)}× (aim ≤ 1.5)`
for (const { n, kind } of cases.filter((c) => c.n === Math.max(...cases.filter((d) => d.kind === c.kind).map((d) => d.n)))) {
  console.log(`\nAt ${n.toLocaleString('en')} recipients, ${KIND_LABEL[kind]}:`)
  console.log(`- ${both(n, kind)}`)
  console.log(`- validateBatch alone / anchor-count = ${ratio('validate', 'anchor/count', n, kind)}×; the number analysis alone is ${((100 * at('numbers', n, kind).nsPerRecipient) / at('prepareBatch', n, kind).nsPerRecipient).toFixed(1)}% of prepareBatch`)
}
const templated = cases.filter((c) => c.kind === 'templated' && c.n >= 1e4)
if (templated.length > 0) {
  const top = templated.at(-1).n
  console.log(`\n- prepareBatch ns per recipient, one value each, from 1e4 to ${top.toExponential(0)}: ${templated.map((c) => at('prepareBatch', c.n, 'templated').nsPerRecipient.toFixed(0)).join(' → ')}`)
}
