// The demo: builds the package, then runs the command line on every bundled example, with a
// fixed "now" so that the output (the default windows resolved from "now" included) is the same
// on every run. (Without --now the examples are valid too, until December 2036.)
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const now = '2026-11-25T08:00:00Z'
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' })
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json')).sort()
let unexpected = 0
for (const file of examples) {
  const args = ['check', join('examples', file), '--now', now, '--account', 'SE', '--price', '0.35']
  console.log(`\n$ sms-preflight ${args.join(' ')}`)
  const r = spawnSync(process.execPath, [join(root, 'bin', 'sms-preflight.cjs'), ...args], { cwd: root, stdio: 'inherit' })
  const expected = file.startsWith('broken') ? 1 : 0
  if (r.status !== expected) unexpected++
}
console.log(`\n$ sms-preflight count "It’s 5 € — ok?"`)
spawnSync(process.execPath, [join(root, 'bin', 'sms-preflight.cjs'), 'count', 'It’s 5 € — ok?'], { stdio: 'inherit' })
process.exitCode = unexpected === 0 ? 0 : 1
