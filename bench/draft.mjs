// The draft benchmark (issue 9 §4): a form with 100,000 templated recipients, typing in the body.
// Side by side in one process, on the same request:
//   prepareBatch        the whole request prepared from scratch (what a form re-ran per keystroke)
//   draft: body edit    createDraft(...).update({ body }) with the recipients unchanged
//   draft: sender edit  update({ sender }) while the sender is invalid (the summary still given)
//   draft: recipients   update({ recipients }) with a new list: everything counted again
// Each figure is the median of its rounds, after 3 unmeasured ones; the forms run one after the
// other (a full GC between them, so that none pays for the garbage of the one before), the body
// alternating between two texts of one part so that every edit changes it. The ratio body edit / prepareBatch is the measure (aim
// ≤ 5%), and the absolute time per body edit its aim of one frame (16 ms) on this machine.
// Usage: node bench/draft.mjs [--n 100000] [--rounds 15]   (run `npm run build` first; re-runs
// itself with --expose-gc)
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(r.status ?? 1)
}

const require = createRequire(import.meta.url)
const lib = require('../dist/cjs/index.js')

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const n = arg('--n', 100_000)
const rounds = arg('--rounds', 15)
const now = new Date('2026-11-25T00:00:00Z')
const pricing = { account: 'SE', pricePerSegment: '0.35' }

function makeRecipients(count, salt) {
  const recipients = {}
  for (let i = 0; i < count; i++) recipients[String(46700000000 + i)] = { name: i % 8 === 0 ? `Иван ${i + salt}` : `Kund ${i + salt}` }
  recipients.default = { url: 'https://example.se/x' }
  return recipients
}
const recipients = makeRecipients(n, 0)
const otherRecipients = makeRecipients(n, 1)
const bodies = ['Hej {name}! Ditt pris: 100€ [inkl. moms]. Läs mer på {url}', 'Hej {name}! Ditt pris: 100€ [inkl. moms]. Läs mer på {url} !']
const request = { sender: 'iP1', recipients, body: bodies[0] }

const draft = lib.createDraft(request, { now, pricing })
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const runs = { prepareBatch: [], 'draft: body edit': [], 'draft: sender edit (invalid sender)': [], 'draft: recipients replaced': [] }
/** Runs `f` `rounds` times after 3 unmeasured runs, timing each. */
function phase(form, f) {
  globalThis.gc()
  for (let i = 0; i < 3; i++) f(i)
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint()
    f(r)
    runs[form].push(ms(t0))
  }
}
let segments = 0
phase('prepareBatch', (r) => {
  const full = lib.prepareBatch({ ...request, body: bodies[r % 2] }, { now, pricing })
  if (full._tag !== 'Right') throw new Error('expected Right')
  segments = full.right.summary.segments
})
phase('draft: body edit', (r) => {
  const state = draft.update({ body: bodies[r % 2] })
  if (state.summary === null || state.summary.segments !== segments) throw new Error('the draft and prepareBatch disagree')
})
phase('draft: sender edit (invalid sender)', (r) => {
  const state = draft.update({ sender: r % 2 === 0 ? 'iP' : 'i' })
  if (state.summary === null) throw new Error('no summary while the sender is typed')
})
draft.update({ sender: 'iP1' })
phase('draft: recipients replaced', (r) => draft.update({ recipients: r % 2 === 0 ? otherRecipients : recipients }))

console.log(`Node ${process.version}; ${n.toLocaleString('en')} templated recipients (one in eight UCS-2), ${segments.toLocaleString('en')} segments; medians of ${rounds} rounds each.\n`)
console.log('| form | median ms | of prepareBatch |')
console.log('| --- | ---: | ---: |')
const base = median(runs.prepareBatch)
for (const [form, xs] of Object.entries(runs)) console.log(`| ${form} | ${median(xs).toFixed(1)} | ${((100 * median(xs)) / base).toFixed(1)}% |`)
const body = median(runs['draft: body edit'])
console.log(`\nbody edit / prepareBatch = ${((100 * body) / base).toFixed(1)}% (aim ≤ 5%); ${body.toFixed(1)} ms per body edit (aim one frame, 16 ms)`)
