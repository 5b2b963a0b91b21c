// One hostile input of issue 8 §3, run in a child process started with a capped heap by
// bounded-heap.test.ts: `node --max-old-space-size=<MB> bounded-child.cjs <library bundle> <case>`.
// It builds the input, calls the library and prints a one-line JSON answer; running out of
// memory kills the process instead, which the test reports.
const [bundle, name] = process.argv.slice(2)
const lib = require(bundle)

const MB = 2 ** 20
const NOW = new Date('2026-11-25T00:00:00Z')
const BASE = { sender: 'iP1', recipients: ['46701234567'], body: 'Hello' }

/** A string built by `repeat` is a rope until first read: read it now, so that the input is flat before the call. */
const flat = (s) => (s.charCodeAt(0), s)

/** A templated request: one recipient per value, each value under key `a`. */
function templated(values, extra = {}) {
  const recipients = {}
  values.forEach((v, i) => {
    recipients[String(46701234567 + i)] = { a: v }
  })
  return { sender: 'iP1', recipients, body: '{a}'.repeat(666), ...extra }
}

/** A request as JSON text with an unknown field `x` holding `depth` nested objects, the innermost repeating key `a` `repeats` times. */
function deepRepeats(depth, repeats) {
  const inner = '{' + Array.from({ length: repeats }, () => '"a":1').join(',') + '}'
  return '{"sender":"iP1","recipients":["46701234567"],"body":"x","x":' + '{"a":'.repeat(depth) + inner + '}'.repeat(depth) + '}'
}

/** The codes of an answer, each with how often it occurs: `Left: a ×2, b`. */
function codes(result) {
  const issues = result._tag === 'Left' ? result.left : result.right.warnings
  const counts = new Map()
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1)
  return `${result._tag}: ${[...counts].map(([code, n]) => (n === 1 ? code : `${code} ×${n}`)).join(', ')}`
}

const CASES = {
  'prepareBatch, 20 values of 400 KB': () => {
    const values = Array.from({ length: 20 }, (_, i) => flat('a'.repeat(400_000 - 1) + String.fromCharCode(0x61 + i)))
    return codes(lib.prepareBatch(templated(values), { now: NOW }))
  },
  'composeMessages, 20 values of 400 KB, each message dropped': () => {
    const values = Array.from({ length: 20 }, (_, i) => flat('a'.repeat(400_000 - 1) + String.fromCharCode(0x61 + i)))
    const valid = lib.validateBatch(templated(values), { now: NOW })
    let errors = 0
    for (const m of lib.composeMessages(valid.right)) errors += m.issues.filter((i) => i.severity === 'error').length
    return `${errors} errors`
  },
  // Values of 116 characters: messages of 77,256, just short enough to be built.
  'prepareBatch, 200 values of 113 "й" under gsm': () => {
    const values = Array.from({ length: 200 }, (_, i) => 'й'.repeat(113) + String(i).padStart(3, '0'))
    return codes(lib.prepareBatch(templated(values, { datacoding: 'gsm' }), { now: NOW }))
  },
  'prepareBatch, 100 values of 113 "’"': () => {
    const values = Array.from({ length: 100 }, (_, i) => '’'.repeat(113) + String(i).padStart(3, '0'))
    return codes(lib.prepareBatch(templated(values), { now: NOW }))
  },
  'suggestGsm, 5 MB of "’"': () => {
    const s = lib.suggestGsm(flat('’'.repeat(5 * MB)))
    return `${s.replacements.length} listed, ${s.replacementsOmitted} more, ${s.segmentsSaved} segments saved`
  },
  'validateBatch, a sender of 50 MB': () => codes(lib.validateBatch({ ...BASE, sender: flat('A'.repeat(50 * MB)) })),
  'validateBatch, a deliveryReportUrl of 50 MB of dots': () =>
    codes(lib.validateBatch({ ...BASE, deliveryReportUrl: flat('https://' + '.'.repeat(50 * MB)) })),
  'validateBatch, 300,000 unknown fields': () => {
    const input = { ...BASE }
    for (let i = 0; i < 3e5; i++) input[`x${i}`] = i
    return codes(lib.validateBatch(input))
  },
  'validateBatch, 1,000,000 tags': () => codes(lib.validateBatch({ ...BASE, tags: new Array(1e6).fill(' x') })),
  'validateBatch, 300,000 windows with an unknown key': () =>
    codes(lib.validateBatch({ ...BASE, deliveryWindows: Array.from({ length: 300_000 }, () => ({ opens: null, close: null })) })),
  // 360 KB: an unknown field's value 30,000 objects deep, whose innermost repeats its key
  // 30,000 times. Each repeat's path is 30,002 segments: listed in full, 900 million.
  'validateBatchJson, a key repeated 30,000 times 30,000 objects deep': () => {
    const r = lib.validateBatchJson(deepRepeats(30_000, 30_000), { now: NOW })
    const notice = r.left.find((i) => i.code === 'request.too_many_issues')
    return `${codes(r)}; omitted ${notice.params.omitted}`
  },
  'validateBatch, an unknown field name of 10 MB of "~/"': () => codes(lib.validateBatch({ ...BASE, [flat('~/'.repeat(5 * MB))]: 1 })),
}

const run = CASES[name]
if (run === undefined) {
  console.error(`no case ${JSON.stringify(name)}`)
  process.exit(2)
}
console.log(JSON.stringify({ answer: run() }))
