import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { run, parseArgs, EXIT } from '../../src/cli/run'
import type { CliIo, ReadResult } from '../../src/cli/io'
import { firstJsonError, positionOf } from '../../src/cli/jsonError'

interface Captured {
  readonly code: number
  readonly out: string
  readonly err: string
}

const examples = join(__dirname, '..', '..', 'examples')

function cli(argv: string[], files: Record<string, string> = {}, stdin?: string, color = false): Captured {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p): ReadResult => {
      if (p in files) return { ok: true, text: files[p] ?? '' }
      try {
        return { ok: true, text: readFileSync(join(examples, p), 'utf8') }
      } catch {
        return { ok: false, reason: `${p}: no such file` }
      }
    },
    readStdin: (): ReadResult => (stdin === undefined ? { ok: false, reason: 'no input' } : { ok: true, text: stdin }),
    now: () => new Date('2026-11-25T00:00:00Z'),
    color,
    version: '9.9.9',
  }
  const code = run(argv, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('sms-preflight check', () => {
  it('exits 0 on the source page example and prints the verdict and each message', () => {
    const r = cli(['check', 'page-simple.json'])
    expect(r.code).toBe(EXIT.valid)
    expect(r.out).toContain('✔ valid: 4 messages to 4 recipients, 4 segments')
    expect(r.out).toContain('456189040623')
    expect(r.out).toContain('A very nice message')
  })

  it('exits 1 on the broken example and prints each issue as "path  code  message"', () => {
    const r = cli(['check', 'broken.json'])
    expect(r.code).toBe(EXIT.invalid)
    expect(r.out).toMatch(/^✖ invalid: \d+ errors, \d+ warnings/)
    expect(r.out).toContain('  /sender  sender.invalid_characters  ')
    expect(r.out).toContain('  /Sender  request.duplicate_field  ')
    expect(r.out).toContain('  /datacodig  request.unknown_field  ')
  })

  it('prints JSON with --json: the prepared batch or the issues', () => {
    const ok = JSON.parse(cli(['check', 'page-simple.json', '--json']).out)
    expect(ok.valid).toBe(true)
    expect(ok.summary.segments).toBe(4)
    const bad = JSON.parse(cli(['check', 'broken.json', '--json']).out)
    expect(bad.valid).toBe(false)
    expect(bad.issues.some((i: { code: string }) => i.code === 'sender.invalid_characters')).toBe(true)
  })

  it('reads standard input with -', () => {
    const r = cli(['check', '-'], {}, '{"sender":"iP1","recipients":["46701234567"],"body":"Hi"}')
    expect(r.code).toBe(EXIT.valid)
  })

  it('uses --now for the windows', () => {
    const r = cli(['check', 'page-simple.json', '--now', '2030-01-01T00:00:00Z', '--json'])
    expect(JSON.parse(r.out).windows).toStrictEqual([{ opens: '2030-01-01T00:00:00.000Z', closes: '2030-01-08T00:00:00.000Z' }])
  })

  it('prices with --account and --price', () => {
    const r = cli(['check', 'page-simple.json', '--account', 'SE', '--price', '0.35'])
    // 4 one-segment messages × 0.35 SEK = 1.40 SEK
    expect(r.out).toContain('price: 1.4000 SEK')
  })

  it('exits 2 with the line and column of invalid JSON', () => {
    const r = cli(['check', 'bad.json'], { 'bad.json': '{\n  "sender": "iP1",\n  "body": }' })
    expect(r.code).toBe(EXIT.usage)
    expect(r.err).toContain('line 3, column 11')
  })

  it('exits 2 for a missing file, a bad --now, an unknown flag, and a missing argument', () => {
    expect(cli(['check', 'nope.json']).code).toBe(EXIT.usage)
    expect(cli(['check', 'nope.json']).err).toContain('no such file')
    expect(cli(['check', 'page-simple.json', '--now', 'yesterday']).code).toBe(EXIT.usage)
    const unknown = cli(['check', 'page-simple.json', '--jsn'])
    expect(unknown.code).toBe(EXIT.usage)
    expect(unknown.err).toContain('unknown option --jsn')
    expect(cli(['check']).code).toBe(EXIT.usage)
    expect(cli(['check', 'page-simple.json', '--account', 'SE']).code).toBe(EXIT.usage)
  })

  it('colours only when asked to by the terminal', () => {
    expect(cli(['check', 'broken.json'], {}, undefined, true).out).toContain('\u001b[31m')
    expect(cli(['check', 'broken.json'], {}, undefined, false).out).not.toContain('\u001b[')
    expect(cli(['check', 'broken.json', '--no-color'], {}, undefined, true).out).not.toContain('\u001b[')
  })
})

describe('sms-preflight check: --now and input', () => {
  it('reads --now without an offset as UTC, like a window bound (never local time)', () => {
    const r = cli(['check', 'page-simple.json', '--now', '2030-01-01T08:30:00', '--json'])
    expect(JSON.parse(r.out).windows[0].opens).toBe('2030-01-01T08:30:00.000Z')
  })

  it('refuses a --now that is not ISO-8601 ("Nov 25 2026") with exit 2', () => {
    const r = cli(['check', 'page-simple.json', '--now', 'Nov 25 2026'])
    expect(r.code).toBe(EXIT.usage)
    expect(r.err).toContain('--now must be an ISO-8601 date-time')
  })

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    const r = cli(['check', 'bom.json'], { 'bom.json': '\ufeff{"sender":"iP1","recipients":["46701234567"],"body":"Hi"}' })
    expect(r.code).toBe(EXIT.valid)
  })
})

describe('sms-preflight count', () => {
  it('takes --datacoding case-insensitively, like the request', () => {
    expect(cli(['count', 'Zoë', '--datacoding', 'GSM']).code).toBe(EXIT.invalid)
  })

  it('counts a GSM text', () => {
    const r = cli(['count', 'Hello'])
    expect(r.code).toBe(EXIT.valid)
    // 5 septets of 160: 155 left
    expect(r.out).toContain('GSM-7: 5 septets, 1 segment of 160, 155 left in the last segment')
  })

  it('marks the non-GSM characters under the text and offers the look-alikes', () => {
    const r = cli(['count', 'It’s 5 ₽'])
    expect(r.out).toContain('UCS-2: 8 UTF-16 units')
    expect(r.out).toContain('  It’s 5 ₽\n    ^    ^')
    expect(r.out).toContain('look-alikes: "’" → "\'"')
  })

  it('exits 1 for a non-GSM text with --datacoding gsm', () => {
    expect(cli(['count', 'Zoë', '--datacoding', 'gsm']).code).toBe(EXIT.invalid)
  })

  it('reads standard input with - (dropping one final newline)', () => {
    const r = cli(['count', '-', '--json'], {}, 'Hi\n')
    expect(JSON.parse(r.out).units).toBe(2)
  })
})

describe('sms-preflight', () => {
  it('prints --version and --help', () => {
    expect(cli(['--version']).out).toBe('9.9.9')
    expect(cli(['--help']).out).toContain('Usage:')
  })

  it('exits 2 for an unknown command or none', () => {
    expect(cli(['send']).code).toBe(EXIT.usage)
    expect(cli([]).code).toBe(EXIT.usage)
  })

  it('parses --flag=value', () => {
    const p = parseArgs(['check', 'x', '--now=2026-01-01T00:00:00Z'])
    expect(p.ok && p.flags.now).toBe('2026-01-01T00:00:00Z')
  })
})

describe('firstJsonError', () => {
  it('finds where a JSON text stops being valid', () => {
    expect(firstJsonError('{"a":1}')).toBeUndefined()
    expect(firstJsonError('{"a":1,}')).toBe(7)
    expect(firstJsonError('[1,2')).toBe(4)
    expect(firstJsonError('{"a" 1}')).toBe(5)
    expect(firstJsonError('"\\x"')).toBe(1)
  })

  it('agrees with JSON.parse on validity, even 100,000 levels deep', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000)
    expect(firstJsonError(deep)).toBeUndefined()
    expect(firstJsonError(deep.slice(0, -1))).toBe(199999)
  })

  it('gives 1-based line and column', () => {
    expect(positionOf('ab\ncd', 4)).toStrictEqual({ offset: 4, line: 2, column: 2 })
  })
})
