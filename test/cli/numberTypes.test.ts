// `check` with the sms-preflight/numbers entry: the type column and recipient.not_mobile, and
// without it (libphonenumber-js not installed, or --no-number-types).
import { run } from '../../src/cli/run'
import type { CliIo, ReadResult } from '../../src/cli/io'
import { numberType } from '../../src/numbers'

const NOW = new Date('2026-11-25T00:00:00Z')
const REQUEST = JSON.stringify({ sender: '46709876543', recipients: ['46701234567', '46812345678', '12015550123'], body: 'Hi' })

function cli(argv: string[], numberTypes?: CliIo['numberTypes']): { code: number; out: string; err: string } {
  const out: string[] = []
  const err: string[] = []
  let loads = 0
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p): ReadResult => (p === 'batch.json' ? { ok: true, bytes: new TextEncoder().encode(REQUEST) } : { ok: false, reason: `${p}: no such file` }),
    readStdin: (): ReadResult => ({ ok: false, reason: 'standard input cannot be read' }),
    now: () => NOW,
    color: false,
    version: '9.9.9',
    ...(numberTypes === undefined
      ? {}
      : {
          numberTypes: () => {
            loads++
            return numberTypes()
          },
        }),
  }
  const code = run(argv, io)
  if (loads > 1) throw new Error(`numberTypes loaded ${loads} times`)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('check with sms-preflight/numbers', () => {
  it('shows each recipient number type and warns of the landline with recipient.not_mobile', () => {
    const r = cli(['check', 'batch.json'], () => numberType)
    expect(r.code).toBe(0)
    expect(r.out.split('\n').slice(1, 5)).toStrictEqual([
      '  recipient    country  length     type                  enc  units  segments  text',
      '  46701234567  SE       plausible  mobile                gsm  2      1         Hi',
      '  46812345678  SE       plausible  fixed_line            gsm  2      1         Hi',
      '  12015550123  US       plausible  fixed_line_or_mobile  gsm  2      1         Hi',
    ])
    expect(r.out).toContain(
      'batch.json:1:53  recipient.not_mobile  46812345678 is not a mobile number but a fixed-line (landline) number: an SMS to it is usually lost, and still paid for.',
    )
  })

  it('fails on the warning with --fail-on-warnings, and says it in Swedish with --lang sv', () => {
    expect(cli(['check', 'batch.json', '--fail-on-warnings'], () => numberType).code).toBe(1)
    expect(cli(['check', 'batch.json', '--fail-on-warnings']).code).toBe(0)
    expect(cli(['check', 'batch.json', '--lang', 'sv'], () => numberType).out).toContain('46812345678 är inte ett mobilnummer utan ett fastnätsnummer')
  })

  it('carries the warning in --json output', () => {
    const json = JSON.parse(cli(['check', 'batch.json', '--json'], () => numberType).out) as { warnings: Array<{ code: string; path: string }> }
    expect(json.warnings.map((w) => [w.path, w.code])).toStrictEqual([['/recipients/1', 'recipient.not_mobile']])
  })

  it('shows no type column and gives no warning when the entry cannot be loaded, or with --no-number-types', () => {
    const header = '  recipient    country  length     enc  units  segments  text'
    for (const r of [cli(['check', 'batch.json']), cli(['check', 'batch.json'], () => undefined), cli(['check', 'batch.json', '--no-number-types'], () => numberType)]) {
      expect(r.out.split('\n')[1]).toBe(header)
      expect(r.out).not.toContain('recipient.not_mobile')
    }
  })

  it('does not load the entry with --no-number-types', () => {
    let loaded = false
    cli(['check', 'batch.json', '--no-number-types'], () => {
      loaded = true
      return numberType
    })
    expect(loaded).toBe(false)
  })

  it('shows ? for a type it cannot tell (a function that throws or says no string)', () => {
    const r = cli(['check', 'batch.json'], () => () => {
      throw new Error('no')
    })
    expect(r.out.split('\n')[2]).toBe('  46701234567  SE       plausible  ?     gsm  2      1         Hi')
  })

  it('takes --no-number-types only with check', () => {
    const r = cli(['count', 'Hi', '--no-number-types'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--no-number-types/)
  })
})
