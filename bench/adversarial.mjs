// Adversarial sizes: time and peak heap of each hostile input of issue "8 · Hardening" §3, each
// case in a child process of its own with a capped heap (--max-old-space-size), so that one
// case's garbage never counts against another and an input that would exhaust memory ends as
// "out of memory" instead of taking the machine with it.
//
// Time: the library call alone (the input is built before it). Peak heap: the largest heap in
// use during the call, above the heap after a full GC with the input built: the largest "used
// before GC" figure V8 prints with --trace-gc during the call, or the heap in use when it ends.
// A GC runs whenever the heap grows, so between two samples the heap grows at most by one
// young-generation or one old-generation step; the figure is a lower bound within that step.
//
// Usage: node bench/adversarial.mjs [--heap MB] [--timeout s] [--case text] [--dist dir]
//   --heap     the heap cap of each child, in MB (default 512)
//   --timeout  seconds before a child is stopped (default 120)
//   --case     run only the cases whose name contains the text
//   --dist     the built library to measure (default dist/, so run `npm run build` first)
import { spawn } from 'node:child_process'
import { clearTimeout, setTimeout } from 'node:timers'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const MB = 2 ** 20
const NOW = new Date('2026-11-25T00:00:00Z')

function flag(name, fallback) {
  const i = process.argv.indexOf(name)
  return i === -1 || process.argv[i + 1] === undefined ? fallback : process.argv[i + 1]
}

/** A text of `n` code units cycling through the BMP characters from U+0100 (no surrogates). */
function manyCharacters(n) {
  const codes = new Uint16Array(n)
  for (let i = 0; i < n; i++) codes[i] = 0x100 + (i % 0xd000)
  const parts = []
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192)))
  return parts.join('')
}

const BASE = { sender: 'iP1', recipients: ['46701234567'], body: 'Hello' }

/** A string built by `repeat` is a rope until first read: read it now, so that the input is flat before the clock starts. */
const flat = (s) => (s.charCodeAt(0), s)

function templated(values, body = '{a}'.repeat(666), extra = {}) {
  const recipients = {}
  values.forEach((v, i) => {
    recipients[String(46701234567 + i)] = { a: v }
  })
  return { sender: 'iP1', recipients, body, ...extra }
}

/** Counts the codes of an answer: `Left: code ×n, …` or `Right: …`. */
function describe(result) {
  if (typeof result !== 'object' || result === null || !('_tag' in result)) return String(result)
  const issues = result._tag === 'Left' ? result.left : (result.right?.warnings ?? [])
  const counts = new Map()
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1)
  const list = [...counts].map(([code, n]) => (n === 1 ? code : `${code} ×${n}`)).join(', ')
  const longest = issues.reduce((m, i) => Math.max(m, JSON.stringify(i).length), 0)
  return `${list === '' ? result._tag : `${result._tag}: ${list}`}${longest > 100_000 ? ` (an issue of ${(longest / MB).toFixed(1)} MB as JSON)` : ''}`
}

// Each case: its name, the input (built before the clock starts) and the call.
const CASES = [
  {
    name: "prepareBatch: body '{a}'×666, 20 values of 400 KB (8 MB request)",
    input: () => templated(Array.from({ length: 20 }, (_, i) => flat('a'.repeat(400_000 - 1) + String.fromCharCode(0x61 + i)))),
    run: (lib, input) => describe(lib.prepareBatch(input, { now: NOW })),
  },
  {
    name: 'composeMessages: the same, each message dropped',
    input: () => templated(Array.from({ length: 20 }, (_, i) => flat('a'.repeat(400_000 - 1) + String.fromCharCode(0x61 + i)))),
    run: (lib, input) => {
      const v = lib.validateBatch(input, { now: NOW })
      if (v._tag !== 'Right') return describe(v)
      let n = 0
      let longest = 0
      for (const m of lib.composeMessages(v.right)) {
        n++
        longest = Math.max(longest, m.text.length)
      }
      return `${n} messages, the longest text ${longest.toLocaleString('en')} characters`
    },
  },
  {
    name: "prepareBatch: body '{a}'×666, one value of 1 MB",
    input: () => templated([flat('a'.repeat(MB))]),
    run: (lib, input) => describe(lib.prepareBatch(input, { now: NOW })),
  },
  {
    name: "prepareBatch: body '{a}'×666, 1,000 values of 116 'й' (gsm; 77,256-character messages; 140 KB request)",
    input: () =>
      templated(
        Array.from({ length: 1000 }, (_, i) => 'й'.repeat(113) + String(i).padStart(3, '0')),
        '{a}'.repeat(666),
        { datacoding: 'gsm' },
      ),
    run: (lib, input) => describe(lib.prepareBatch(input, { now: NOW })),
  },
  {
    name: "prepareBatch: body '{a}'×666, 1,000 values of 116 '’' (ucs; 77,256-character messages; 140 KB request)",
    input: () => templated(Array.from({ length: 1000 }, (_, i) => '’'.repeat(113) + String(i).padStart(3, '0'))),
    run: (lib, input) => describe(lib.prepareBatch(input, { now: NOW })),
  },
  {
    name: "prepareBatch: a valid batch, body '{a}'×666, 2,000 values of 58 characters (38,628-character messages; 170 KB request)",
    input: () => templated(Array.from({ length: 2000 }, (_, i) => 'a'.repeat(54) + String(i).padStart(4, '0'))),
    run: (lib, input) => describe(lib.prepareBatch(input, { now: NOW })),
  },
  {
    name: "prepareBatch: the same with 20,000 values (1.7 MB request)",
    input: () => templated(Array.from({ length: 20000 }, (_, i) => 'a'.repeat(53) + String(i).padStart(5, '0'))),
    run: (lib, input) => describe(lib.prepareBatch(input, { now: NOW })),
  },
  {
    name: "suggestGsm: 5 MB of '’'",
    input: () => flat('’'.repeat(5 * MB)),
    run: (lib, text) => {
      const s = lib.suggestGsm(text)
      return `${s.replacements.length.toLocaleString('en')} replacements, ${s.segmentsSaved} segments saved`
    },
  },
  {
    name: "suggestGsm: 50 MB of '’'",
    input: () => flat('’'.repeat(50 * MB)),
    run: (lib, text) => {
      const s = lib.suggestGsm(text)
      return `${s.replacements.length.toLocaleString('en')} replacements, ${s.segmentsSaved} segments saved`
    },
  },
  {
    name: 'validateBatch: sender of 50 MB',
    input: () => ({ ...BASE, sender: flat('A'.repeat(50 * MB)) }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: 'validateBatch: sender of 50 MB, 53,248 distinct characters',
    input: () => ({ ...BASE, sender: manyCharacters(50 * MB) }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: 'validateBatch: recipient of 50 MB, 53,248 distinct characters',
    input: () => ({ ...BASE, recipients: [manyCharacters(50 * MB)] }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: 'validateBatch: deliveryReportUrl of 50 MB of dots',
    input: () => ({ ...BASE, deliveryReportUrl: flat('https://' + '.'.repeat(50 * MB)) }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: 'validateBatch: 1,000,000 unknown fields',
    input: () => {
      const input = { ...BASE }
      for (let i = 0; i < 1e6; i++) input[`x${i}`] = i
      return input
    },
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: "validateBatch: 1,000,000 tags ' x'",
    input: () => ({ ...BASE, tags: new Array(1e6).fill(' x') }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: 'validateBatch: 1,000,000 windows with an unknown key',
    input: () => ({ ...BASE, deliveryWindows: Array.from({ length: 1e6 }, () => ({ opens: null, close: null })) }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: "validateBatch: unknown field name of 10 MB of '~/'",
    input: () => ({ ...BASE, [flat('~/'.repeat(5 * MB))]: 1 }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: 'validateBatch: tag of 10 MB with white space',
    input: () => ({ ...BASE, tags: [flat(' ' + 'x'.repeat(10 * MB))] }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: 'validateBatch: window bound of 10 MB (a long fraction, no offset)',
    input: () => ({ ...BASE, deliveryWindows: [{ opens: flat('2030-01-01T00:00:00.' + '0'.repeat(10 * MB)), closes: null }] }),
    run: (lib, input) => describe(lib.validateBatch(input)),
  },
  {
    name: 'prepareBatch: pricePerSegment of 10,000,000 digits',
    input: () => ({ input: BASE, pricing: { account: 'SE', pricePerSegment: flat('9'.repeat(1e7)) } }),
    run: (lib, { input, pricing }) => describe(lib.prepareBatch(input, { now: NOW, pricing })),
  },
  {
    name: 'validateBatchJson: key of 10 MB written twice',
    input: () => {
      const key = JSON.stringify('k'.repeat(10 * MB))
      return flat(`{"sender":"iP1","recipients":["46701234567"],"body":"Hello",${key}:1,${key}:2}`)
    },
    run: (lib, text) => describe(lib.validateBatchJson(text)),
  },
  {
    // 360 KB: each of the 29,999 repeats has a path of 30,002 segments.
    name: 'validateBatchJson: a key repeated 30,000 times in an object 30,000 deep (360 KB)',
    input: () => {
      const inner = '{' + Array.from({ length: 30_000 }, () => '"a":1').join(',') + '}'
      return flat('{"sender":"iP1","recipients":["46701234567"],"body":"x","x":' + '{"a":'.repeat(30_000) + inner + '}'.repeat(30_001))
    },
    run: (lib, text) => describe(lib.validateBatchJson(text)),
  },
]

async function child() {
  const index = Number(flag('--child', '-1'))
  const c = CASES[index]
  const require = createRequire(import.meta.url)
  const lib = require(join(resolve(flag('--dist', join(here, '..', 'dist'))), 'cjs', 'index.js'))
  let input = c.input()
  globalThis.gc()
  const base = process.memoryUsage().heapUsed
  console.log(`@@start ${base}`)
  const t0 = performance.now()
  const outcome = c.run(lib, input)
  const ms = performance.now() - t0
  const end = process.memoryUsage().heapUsed
  input = null
  console.log(`@@end ${JSON.stringify({ ms, end, outcome })}`)
}

function runCase(index, heap, timeout, dist) {
  return new Promise((done) => {
    const args = [`--max-old-space-size=${heap}`, '--expose-gc', '--trace-gc', fileURLToPath(import.meta.url), '--child', String(index), '--dist', dist]
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let started
    const timer = setTimeout(() => p.kill('SIGKILL'), timeout * 1000)
    p.stdout.on('data', (d) => {
      out += d
      if (started === undefined && out.includes('@@start')) started = performance.now()
    })
    p.stderr.on('data', (d) => (err += d))
    p.on('close', (code, signal) => {
      clearTimeout(timer)
      const elapsed = started === undefined ? NaN : performance.now() - started
      const startAt = out.indexOf('@@start')
      const base = Number(/@@start (\d+)/.exec(out)?.[1] ?? NaN)
      let peak = 0
      // "… Mark-Compact 512.3 (520.1) -> 300.2 (310.5) MB, …": the first figure is in use before the GC.
      for (const m of out.slice(startAt).matchAll(/ (\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) -> \d+(?:\.\d+)? \(/g)) peak = Math.max(peak, Number(m[1]) * MB)
      const endLine = /@@end (.*)/.exec(out)
      if (endLine !== null) {
        const r = JSON.parse(endLine[1])
        done({ outcome: r.outcome, ms: r.ms, peak: Math.max(peak, r.end) - base })
      } else if (/heap out of memory|Invalid array length|Allocation failed/.test(err)) {
        done({ outcome: `out of memory (heap capped at ${heap} MB)`, ms: elapsed, peak: peak - base })
      } else if (signal === 'SIGKILL') {
        done({ outcome: `stopped after ${timeout} s`, ms: elapsed, peak: peak - base })
      } else {
        done({ outcome: `failed (${code ?? signal}): ${err.trim().split('\n').slice(-3).join(' ')}`, ms: elapsed, peak: peak - base })
      }
    })
  })
}

async function parent() {
  const heap = Number(flag('--heap', '512'))
  const timeout = Number(flag('--timeout', '120'))
  const only = flag('--case', '')
  const dist = resolve(flag('--dist', join(here, '..', 'dist')))
  console.log(`Node ${process.version}; each case in a child process with --max-old-space-size=${heap}; time of the call alone;`)
  console.log('peak heap = the most heap in use during the call, above the heap holding the input.\n')
  console.log('| case | outcome | time (ms) | peak heap (MB) |')
  console.log('| --- | --- | ---: | ---: |')
  for (let i = 0; i < CASES.length; i++) {
    if (!CASES[i].name.includes(only)) continue
    const r = await runCase(i, heap, timeout, dist)
    const ms = Number.isNaN(r.ms) ? '—' : r.ms < 10 ? r.ms.toFixed(2) : r.ms.toFixed(0)
    const peak = Number.isNaN(r.peak) ? '—' : (Math.max(0, r.peak) / MB).toFixed(1)
    console.log(`| ${CASES[i].name} | ${r.outcome.replace(/\|/g, '\\|')} | ${ms} | ${peak} |`)
  }
}

if (process.argv.includes('--child')) await child()
else await parent()
