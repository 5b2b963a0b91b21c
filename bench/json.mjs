// JSON-text benchmark: validateBatchJson(text) against its anchor, JSON.parse(text) followed by
// validateBatch(value), on the same text in the same process, at 1e4..1e6 recipients. Also the
// parsers alone: our parseJson, JSON.parse, and jsonc-parser (the parser editors use), which
// was the candidate we measured against (docs/json-text.md).
//
// Forms: list (an array of MSISDNs), dictionary (MSISDN → template values), and the list with
// one bad recipient in every hundred (the issues are then placed in the text: a second pass).
// Time: median of several rounds; the forms interleave.
// Usage: node bench/json.mjs [--quick]   (run `npm run build` first)
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const lib = require('../dist/cjs/index.js')
const jsonc = require('jsonc-parser')

const quick = process.argv.includes('--quick')
const SIZES = quick ? [1e4, 1e5] : [1e4, 1e5, 1e6]
const ROUNDS = quick ? 3 : 5

function makeText(n, form) {
  const head = '{\n  "sender": "iP1",\n  "body": "Hej {name}! Din tid hos oss är bokad.",\n  "recipients": '
  if (form === 'dictionary') {
    const parts = new Array(n)
    for (let i = 0; i < n; i++) parts[i] = `    "${46700000000 + i}": { "name": "Kund ${i}" }`
    return `${head}{\n${parts.join(',\n')}\n  }\n}\n`
  }
  const parts = new Array(n)
  for (let i = 0; i < n; i++) parts[i] = form === 'some-bad' && i % 100 === 7 ? `    "+${46700000000 + i}"` : `    "${46700000000 + i}"`
  return `${head}[\n${parts.join(',\n')}\n  ]\n}\n`
}

function time(f) {
  const t0 = process.hrtime.bigint()
  const r = f()
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  return { ms, r }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (ms) => ms.toFixed(1).padStart(9)

const forms = ['list', 'dictionary', 'some-bad']
console.log(`node ${process.version}; medians of ${ROUNDS} rounds (ms)`)
console.log('form        recipients  JSON.parse+validateBatch  validateBatchJson  ratio | parseJson  JSON.parse  jsonc-parser')
for (const n of SIZES) {
  for (const form of forms) {
    const text = makeText(n, form)
    const anchor = []
    const ours = []
    const parseOurs = []
    const parseNative = []
    const parseJsonc = []
    for (let round = 0; round < ROUNDS; round++) {
      anchor.push(time(() => lib.validateBatch(JSON.parse(text))).ms)
      ours.push(time(() => lib.validateBatchJson(text)).ms)
      parseOurs.push(time(() => lib.parseJson(text)).ms)
      parseNative.push(time(() => JSON.parse(text)).ms)
      // jsonc-parser's parse builds the value too (and would keep the last duplicate silently).
      parseJsonc.push(time(() => jsonc.parse(text)).ms)
    }
    // The same answer, or the benchmark measures nothing.
    const a = lib.validateBatch(JSON.parse(text))
    const b = lib.validateBatchJson(text)
    if (a._tag !== b._tag) throw new Error(`different answers for ${form} at ${n}`)
    const ratio = median(ours) / median(anchor)
    console.log(
      `${form.padEnd(11)} ${String(n).padStart(10)} ${fmt(median(anchor)).padStart(25)} ${fmt(median(ours)).padStart(18)} ${ratio.toFixed(2).padStart(6)} | ${fmt(median(parseOurs))} ${fmt(median(parseNative)).padStart(11)} ${fmt(median(parseJsonc)).padStart(13)}`,
    )
  }
}
