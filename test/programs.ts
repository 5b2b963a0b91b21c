/**
 * The programs a suite runs besides Node (`curl`, `php`), found or installed as the browser
 * suite finds Chromium: when one is missing and the process runs as root on a system with
 * `apt-get`, Debian's package is installed; otherwise the suite stops with a message that says
 * how to install it. A suite never passes by leaving out what it could not run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { run } from './browser/chromium'

/** Whether a program runs here (`curl --version`, `php --version`). */
export function present(program: string): boolean {
  const r = spawnSync(program, ['--version'], { encoding: 'utf8' })
  return r.error === undefined && r.status === 0
}

/**
 * Makes sure `program` runs here, installing Debian's `debianPackage` when it does not (a minute
 * or two: call it from a `beforeAll` with a generous timeout). Rejects with a message that says
 * how to install it when it cannot.
 */
export async function ensureProgram(program: string, debianPackage: string): Promise<void> {
  if (present(program)) return
  const how = `Install it (as root: \`apt-get update && apt-get install -y ${debianPackage}\`).`
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (!root || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`This suite runs ${program}, which is not installed, and ${root ? 'there is no apt-get' : 'it is not root'} to install it. ${how}`)
  }
  // Another suite may be installing at the same time (the browser suite's Chromium): apt's
  // locks are waited for, and a failed attempt is tried again a few times before giving up.
  let last = ''
  for (let attempt = 1; attempt <= 4 && !present(program); attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 15_000))
    await run(['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'update'])
    const argv = ['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'install', '-y', debianPackage]
    const { code, tail } = await run(argv)
    last = `\`${argv.join(' ')}\` exited with ${String(code)}.\n${tail}`
  }
  if (!present(program)) throw new Error(`Installing ${debianPackage} failed: ${last}\n${how}`)
}
