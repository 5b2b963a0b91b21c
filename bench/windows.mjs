// Times resolveWindows on 100,000 delivery windows: once with no overlap, once with many.
// Run after a build: `node scripts/build.mjs && node bench/windows.mjs`.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { resolveWindows } = require('../dist/cjs/rules/windows.js')

const N = 100_000
const now = new Date('2026-01-01T00:00:00Z')
const base = Date.parse('2026-02-01T00:00:00Z')
const MINUTE = 60_000

/** Given in reverse order, so the sort has work to do; offsets alternate between Z and +02:00. */
function windows(overlapping) {
  const out = []
  for (let i = N - 1; i >= 0; i--) {
    const opens = base + i * 10 * MINUTE
    // 10-minute slots: a 10-minute window touches the next one, a 15-minute window overlaps it.
    const closes = opens + (overlapping && i % 2 === 0 ? 15 : 10) * MINUTE
    const zone = i % 2 === 0 ? 'Z' : '+02:00'
    const shift = zone === 'Z' ? 0 : 120 * MINUTE
    const write = (ms) => new Date(ms + shift).toISOString().slice(0, 19) + zone
    out.push({ opens: write(opens), closes: write(closes) })
  }
  return out
}

function time(label, input, runs = 5) {
  resolveWindows(input, now) // warm-up
  const ms = []
  let result
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    result = resolveWindows(input, now)
    ms.push(performance.now() - t0)
  }
  ms.sort((a, b) => a - b)
  const outcome = result._tag === 'Right' ? `Right, ${result.right.length} windows` : `Left, ${result.left.length} issues`
  console.log(`${label}: median ${ms[Math.floor(runs / 2)].toFixed(1)} ms, best ${ms[0].toFixed(1)} ms (${outcome})`)
}

time(`${N.toLocaleString('en')} non-overlapping windows`, windows(false))
time(`${N.toLocaleString('en')} windows, every other one overlapping`, windows(true))
