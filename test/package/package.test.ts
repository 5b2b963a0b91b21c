import { spawnSync } from 'child_process'
import { join } from 'path'

const root = join(__dirname, '..', '..')

// The packed package, as a user installs it (scripts/pack-check.mjs): publint and
// @arethetypeswrong/cli find no problem, and it imports under native Node ESM, CommonJS and an
// esbuild browser bundle with the expected answers — its main entry and `sms-preflight/io-ts` —
// and its opt-in entries `sms-preflight/national` and `sms-preflight/numbers` (with the optional
// peer libphonenumber-js installed) under native Node ESM and CommonJS.
describe('the packed package', () => {
  let status: number | null = null
  let output = ''
  beforeAll(() => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'pack-check.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
    })
    status = run.status
    output = `${run.stdout}${run.stderr}`
  }, 180_000)

  const passed = (step: string): boolean => output.split('\n').some((line) => line.startsWith(`ok   ${step}`))

  it.each([
    'npm pack',
    'publint',
    'attw (are the types wrong)',
    'native Node ESM (import)',
    'CommonJS (require)',
    'bin sms-preflight (count Hello)',
    'esbuild browser bundle (bare realm)',
    'native Node ESM (import sms-preflight/io-ts)',
    'CommonJS (require sms-preflight/io-ts)',
    'esbuild browser bundle (sms-preflight/io-ts, bare realm)',
    'native Node ESM (import sms-preflight/national)',
    'CommonJS (require sms-preflight/national)',
    'native Node ESM (import sms-preflight/numbers)',
    'CommonJS (require sms-preflight/numbers)',
  ])('passes the %s check', (step) => {
    expect({ step, passed: passed(step), output }).toStrictEqual({ step, passed: true, output })
  })

  it('passes every check (exit code 0)', () => {
    expect({ status, output }).toStrictEqual({ status: 0, output })
  })
})
