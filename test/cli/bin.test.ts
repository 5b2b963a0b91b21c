import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')
const bin = join(root, 'bin', 'sms-preflight.cjs')

function sms(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The command with standard output or standard error written to /dev/full (every write fails with ENOSPC). */
function intoFullDevice(args: string[], stream: 'stdout' | 'stderr'): { status: number | null; stdout: string; stderr: string } {
  const full = openSync('/dev/full', 'w')
  try {
    const stdio = stream === 'stdout' ? (['ignore', full, 'pipe'] as const) : (['ignore', 'pipe', full] as const)
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: [...stdio], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
  } finally {
    closeSync(full)
  }
}

/**
 * The command with the reading end of its standard output or standard error closed before it
 * starts (a pipe to a reader that has gone), the other collected; resolves with the exit code.
 */
function intoClosedPipe(args: string[], stream: 'stdout' | 'stderr'): Promise<{ status: number | null; other: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
    const [closed, open] = stream === 'stdout' ? [child.stdout, child.stderr] : [child.stderr, child.stdout]
    closed.destroy()
    let other = ''
    open.setEncoding('utf8')
    open.on('data', (chunk: string) => (other += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, other }))
  })
}

describe('bin/sms-preflight.cjs (the built command line)', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cjs', 'cli', 'main.js'))) {
      const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' })
      if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`)
    }
  })

  it('exits 0 on a valid example and 1 on the broken one', () => {
    expect(sms(['check', 'examples/page-templated.json', '--now', '2026-11-25T00:00:00Z']).status).toBe(0)
    const bad = sms(['check', 'examples/broken.json', '--now', '2026-11-25T00:00:00Z'])
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('\n  examples/broken.json:2:13  sender.invalid_characters  ')
    expect(bad.stdout).not.toContain('\u001b[')
  })

  it('prints one line for a usage error and exits 2', () => {
    const r = sms(['check', 'examples/page-simple.json', '--account', 'SE', '--price', '1e3'])
    expect(r).toStrictEqual({
      status: 2,
      stdout: '',
      stderr: 'sms-preflight check: --price is a plain decimal such as 0.35 or 0.0595, not "1e3"; see sms-preflight check --help\n',
    })
  })

  it('exits 2 for a directory, with a useful message', () => {
    const r = sms(['check', 'examples'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('examples is a directory')
  })

  it('reads standard input', () => {
    const r = sms(['count', '-'], 'Hello €\n')
    // "Hello " is 6 septets, € is an extension character (2): 8
    expect(r.stdout).toContain('GSM-7: 8 septets')
  })

  it('prints its version from package.json', () => {
    expect(sms(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('shows the empty file name as "" in the line that says it cannot be read', () => {
    expect(sms(['check', ''])).toStrictEqual({ status: 2, stdout: '', stderr: 'sms-preflight check: "": no such file\n' })
  })

  it('escapes the control characters of a file name in the line that says it cannot be read', () => {
    expect(sms(['check', 'no\u001b[2Jpe'])).toStrictEqual({ status: 2, stdout: '', stderr: 'sms-preflight check: no\\u001b[2Jpe: no such file\n' })
  })

  it('exits 2 with one line and no stack trace when standard output cannot be written (a full disk)', () => {
    expect(intoFullDevice(['check', 'examples/page-simple.json', '--now', '2036-12-01T00:00:00Z'], 'stdout')).toStrictEqual({
      status: 2,
      stdout: '',
      stderr: 'sms-preflight: standard output cannot be written (ENOSPC); the output is incomplete\n',
    })
  })

  it('exits 2 without a stack trace when standard error cannot be written', () => {
    expect(intoFullDevice(['--frob'], 'stderr')).toStrictEqual({ status: 2, stdout: '', stderr: '' })
  })

  it('exits 2 without a stack trace when standard error goes into a closed pipe', async () => {
    await expect(intoClosedPipe(['--frob'], 'stderr')).resolves.toStrictEqual({ status: 2, other: '' })
  })

  it('stops serve with exit 2 and one line on standard error when its log goes into a closed pipe (a log is no output to cut short)', async () => {
    const r = await intoClosedPipe(['serve', '--port', '0'], 'stdout')
    expect(r.status).toBe(2)
    expect(r.other).toMatch(/^sms-preflight: standard output cannot be written \(EPIPE\); the output is incomplete\n$/)
  })

  it('ends quietly with the run\'s own code when standard output goes into a closed pipe (as with | head)', async () => {
    await expect(intoClosedPipe(['check', 'examples/page-simple.json', '--now', '2036-12-01T00:00:00Z'], 'stdout')).resolves.toStrictEqual({ status: 0, other: '' })
    await expect(intoClosedPipe(['check', 'examples/broken.json', '--now', '2036-12-01T00:00:00Z'], 'stdout')).resolves.toStrictEqual({ status: 1, other: '' })
  })
})
