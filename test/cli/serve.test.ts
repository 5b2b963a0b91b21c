// `sms-preflight serve`, in-process: its options read and checked before anything listens,
// the key from --api-key or SMS_PREFLIGHT_API_KEY, its help. (test/server/serve.test.ts runs
// the built command over real HTTP.)
import { run, EXIT } from '../../src/cli/run'
import type { CliIo, ServeConfig } from '../../src/cli/io'
import { helpText } from '../../src/cli/help'
import { isLoopback } from '../../src/cli/serve'

interface Served {
  readonly code: number
  readonly out: string
  readonly err: string
  readonly configs: ReadonlyArray<ServeConfig>
}

function serve(argv: string[], env: Record<string, string> = {}, canServe = true, numberType?: (msisdn: string) => string): Served {
  const out: string[] = []
  const err: string[] = []
  const configs: ServeConfig[] = []
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: () => ({ ok: false, reason: 'no files here' }),
    readStdin: () => ({ ok: false, reason: 'no standard input here' }),
    now: () => new Date('2026-11-25T00:00:00Z'),
    color: false,
    version: '9.9.9',
    env: (name) => env[name],
    ...(canServe ? { serve: (config: ServeConfig) => void configs.push(config) } : {}),
    ...(numberType === undefined ? {} : { numberTypes: () => numberType }),
  }
  const code = run(['serve', ...argv], io)
  return { code, out: out.join('\n'), err: err.join('\n'), configs }
}

describe('sms-preflight serve', () => {
  it('starts on 127.0.0.1:8080 with no key and a 30 s request timeout by default, and exits 0', () => {
    expect(serve([])).toStrictEqual({
      code: EXIT.valid,
      out: '',
      err: '',
      configs: [{ port: 8080, host: '127.0.0.1', apiKey: undefined, requestTimeoutMs: 30_000, numberType: undefined }],
    })
  })

  it('takes --port (0 for any free one), --host, --api-key and --timeout', () => {
    expect(serve(['--port', '0', '--host', '::1', '--api-key=k1', '--timeout', '5']).configs).toStrictEqual([
      { port: 0, host: '::1', apiKey: 'k1', requestTimeoutMs: 5000, numberType: undefined },
    ])
  })

  it('takes the key from SMS_PREFLIGHT_API_KEY when --api-key is not given, --api-key first', () => {
    expect([
      serve([], { SMS_PREFLIGHT_API_KEY: 'from-env' }).configs[0]?.apiKey,
      serve(['--api-key', 'given'], { SMS_PREFLIGHT_API_KEY: 'from-env' }).configs[0]?.apiKey,
      serve([], { SMS_PREFLIGHT_API_KEY: '' }).configs[0]?.apiKey,
    ]).toStrictEqual(['from-env', 'given', undefined])
  })

  it('gives the stand-in the number types when they load, as check does, and none with --no-number-types', () => {
    const numberType = (): string => 'fixed_line'
    expect([serve([], {}, true, numberType).configs[0]?.numberType, serve(['--no-number-types'], {}, true, numberType).configs[0]?.numberType]).toStrictEqual([numberType, undefined])
  })

  it('warns on standard error when the address is not loopback', () => {
    const r = serve(['--host', '0.0.0.0'])
    expect([r.code, r.err, r.configs.length]).toStrictEqual([
      EXIT.valid,
      'sms-preflight serve: warning: listening on 0.0.0.0 makes the stand-in reachable from other machines',
      1,
    ])
  })

  it('refuses a bad port, host, key, timeout or an operand with one usage line and exit 2, starting nothing', () => {
    const cases = [
      ['--port', '65536'],
      ['--port', '-1'],
      ['--port', '80a'],
      ['--port', ''],
      ['--port', '1234567'],
      ['--host', ' '],
      ['--host', 'bad\u001b[31mhost\u202e'],
      ['--host', 'two words'],
      ['--api-key', ''],
      ['--timeout', '0'],
      ['--timeout', '3601'],
      ['--timeout', '1.5'],
      ['here'],
      ['--json'],
    ]
    expect(cases.map((argv) => serve(argv)).map((r) => [r.code, r.err, r.configs.length])).toStrictEqual([
      [2, 'sms-preflight serve: --port is a whole number from 0 to 65535 (0: a free port the system picks), not "65536"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --port is a whole number from 0 to 65535 (0: a free port the system picks), not "-1"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --port is a whole number from 0 to 65535 (0: a free port the system picks), not "80a"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --port is a whole number from 0 to 65535 (0: a free port the system picks), not ""; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --port is a whole number from 0 to 65535 (0: a free port the system picks), not "1234567"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --host needs an address, such as 127.0.0.1; see sms-preflight serve --help', 0],
      // Escaped as the library quotes: nothing of the argument reaches the terminal raw.
      [2, 'sms-preflight serve: --host is an address such as 127.0.0.1 or ::1, not "bad\\u001b[31mhost\\u202e"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --host is an address such as 127.0.0.1 or ::1, not "two words"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --api-key needs a key (or leave it out: no key is then required); see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --timeout is a whole number of seconds from 1 to 3600, not "0"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --timeout is a whole number of seconds from 1 to 3600, not "3601"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --timeout is a whole number of seconds from 1 to 3600, not "1.5"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: serve takes no operand, not "here"; see sms-preflight serve --help', 0],
      [2, 'sms-preflight serve: --json is an option of check and count, not serve; see sms-preflight serve --help', 0],
    ])
  })

  it('rule: a key must be visible ASCII (0x21 to 0x7E), what an Authorization header carries: any other is a usage error naming where it came from', () => {
    const refused = ['clé', ' key', 'key ', 'a b', 'tab\tkey', '\u007f']
    const problem = 'must be visible ASCII characters only (! to ~: no space, no control, nothing beyond ASCII), which an Authorization header can carry; see sms-preflight serve --help'
    expect([...refused.map((k) => serve(['--api-key', k])), ...refused.map((k) => serve([], { SMS_PREFLIGHT_API_KEY: k }))].map((r) => [r.code, r.err, r.configs.length])).toStrictEqual([
      ...refused.map(() => [EXIT.usage, `sms-preflight serve: --api-key ${problem}`, 0]),
      ...refused.map(() => [EXIT.usage, `sms-preflight serve: SMS_PREFLIGHT_API_KEY ${problem}`, 0]),
    ])
    // A good --api-key wins over a bad variable, which is then never used.
    expect(serve(['--api-key', 'a+b/c=='], { SMS_PREFLIGHT_API_KEY: 'clé' }).configs.map((c) => c.apiKey)).toStrictEqual(['a+b/c=='])
  })

  it('says so where no server can run', () => {
    const r = serve([], {}, false)
    expect([r.code, r.err]).toStrictEqual([EXIT.usage, 'sms-preflight serve: serve cannot run here (no server); see sms-preflight serve --help'])
  })

  it('refuses serve options on other commands', () => {
    const out: string[] = []
    const err: string[] = []
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readFile: () => ({ ok: false, reason: 'none' }),
      readStdin: () => ({ ok: false, reason: 'none' }),
      now: () => new Date('2026-11-25T00:00:00Z'),
      color: false,
      version: '9.9.9',
    }
    expect([run(['count', 'hi', '--port', '1'], io), err]).toStrictEqual([EXIT.usage, ['sms-preflight count: --port is an option of serve, not count; see sms-preflight count --help']])
  })

  it('has its own help, listed in the overview', () => {
    const help = serve(['--help'])
    expect([help.code, help.out, help.configs.length]).toStrictEqual([EXIT.valid, helpText('serve'), 0])
    expect(helpText('serve')).toMatch(/^Usage: sms-preflight serve \[options\]\n/)
    expect(helpText(undefined)).toContain('  sms-preflight serve [options]           a local stand-in for POST /v2/batches (never sends)\n')
  })
})

describe('isLoopback', () => {
  it('knows the loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]', '0.0.0.0', '::', '192.168.1.2', 'example.com'].map(isLoopback)).toStrictEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ])
  })
})
