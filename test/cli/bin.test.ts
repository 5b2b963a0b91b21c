import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')
const bin = join(root, 'bin', 'sms-preflight.cjs')

function sms(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
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
})
