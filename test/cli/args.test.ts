import { closest, parseArgs } from '../../src/cli/args'

describe('parseArgs', () => {
  it('reads the command, its operands and its options, wherever the options stand', () => {
    expect(parseArgs(['--json', 'check', 'a.json', '--now', '2026-01-01T00:00:00Z', 'b.json'])).toStrictEqual({
      ok: true,
      args: {
        command: 'check',
        operands: ['a.json', 'b.json'],
        values: new Map([['--now', '2026-01-01T00:00:00Z']]),
        flags: new Set(['--json']),
      },
    })
  })

  it('reads --option=value, and - as an operand', () => {
    const p = parseArgs(['check', '-', '--price=0.35', '--account=SE'])
    expect(p.ok && [p.args.operands, [...p.args.values]]).toStrictEqual([
      ['-'],
      [
        ['--price', '0.35'],
        ['--account', 'SE'],
      ],
    ])
  })

  it('takes every word after -- as an operand, even one that starts with -', () => {
    const p = parseArgs(['count', '--', '--not-an-option'])
    expect(p.ok && p.args.operands).toStrictEqual(['--not-an-option'])
  })

  it('reads -h and -v as --help and --version', () => {
    const p = parseArgs(['-h', '-v'])
    expect(p.ok && [...p.args.flags]).toStrictEqual(['--help', '--version'])
  })

  it('refuses an option without its value, a value option given twice, and a value on a flag', () => {
    expect(parseArgs(['check', 'a', '--now'])).toStrictEqual({ ok: false, error: { command: 'check', problem: '--now needs a value' } })
    expect(parseArgs(['check', 'a', '--now', 'x', '--now=y'])).toStrictEqual({
      ok: false,
      error: { command: 'check', problem: '--now is given twice' },
    })
    expect(parseArgs(['check', 'a', '--json=yes'])).toStrictEqual({ ok: false, error: { command: 'check', problem: '--json takes no value' } })
  })

  it('suggests the closest option of the command for an unknown one', () => {
    expect(parseArgs(['check', 'a', '--fail-on-warning'])).toStrictEqual({
      ok: false,
      error: { command: 'check', problem: 'unknown option --fail-on-warning (did you mean --fail-on-warnings?)' },
    })
    expect(parseArgs(['count', 'a', '--datacodng=gsm'])).toStrictEqual({
      ok: false,
      error: { command: 'count', problem: 'unknown option --datacodng (did you mean --datacoding?)' },
    })
    expect(parseArgs(['-x'])).toStrictEqual({ ok: false, error: { command: undefined, problem: 'unknown option -x' } })
  })

  it('refuses an option of the other command, even before the command', () => {
    expect(parseArgs(['--parts', 'count', 'x'])).toStrictEqual({
      ok: false,
      error: { command: 'count', problem: '--parts is an option of check, not count' },
    })
  })
})

describe('closest', () => {
  it('finds a word at most 2 edits away, and nothing further', () => {
    expect(closest('chek', ['check', 'count'])).toBe('check')
    expect(closest('send', ['check', 'count'])).toBeUndefined()
  })
})
