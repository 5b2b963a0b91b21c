import { constants } from 'node:buffer'
import { prepareBatchJson } from '../../src/batchJson'
import { helpText } from '../../src/cli/help'
import { V8_MAX_STRING_LENGTH } from '../../src/cli/io'
import { EXIT } from '../../src/cli/run'
import { REPLACED_NOTE } from '../../src/cli/count'
import { parseDateTime } from '../../src/rules/windows'
import { cli } from './cli'

const SIMPLE = '{"sender":"iP1","recipients":["46701234567"],"body":"Hi"}'
const TWO_TAGS = '{"sender":"iP1","recipients":["46701234567"],"body":"Hi","tags":["a","a"]}'
const NO_SENDER = '{"recipients":["46701234567"],"body":"Hi","tags":["a","a"]}'

describe('sms-preflight check', () => {
  it('exits 0 on a valid request and prints the verdict, the table, the windows and the summary', () => {
    const r = cli(['check', 'simple.json'], { 'simple.json': SIMPLE })
    expect(r).toStrictEqual({
      code: EXIT.valid,
      out: [
        '✔ simple.json is valid: 1 message to 1 recipient, 1 segment (gsm 1, ucs 0)',
        '  recipient    country  length     enc  units  segments  text',
        '  46701234567  SE       plausible  gsm  2      1         Hi',
        'Delivery windows (UTC):',
        '  2026-11-25T00:00:00.000Z → 2026-12-02T00:00:00.000Z',
        'Summary:',
        '  segments per message: 1 (1 message)',
        '  countries: SE 1 recipient (1 segment)',
      ].join('\n'),
      err: '',
    })
  })

  it('exits 0 on the source page example, with plural nouns', () => {
    const r = cli(['check', 'page-simple.json'])
    expect(r.code).toBe(EXIT.valid)
    expect(r.out).toContain('✔ page-simple.json is valid: 4 messages to 4 recipients, 4 segments (gsm 4, ucs 0)')
    expect(r.out).toContain('  segments per message: 1 (4 messages)')
  })

  it('exits 1 on the broken example and prints each issue as "file:line:column  code  message", in text order', () => {
    const r = cli(['check', 'broken.json'])
    expect(r.code).toBe(EXIT.invalid)
    const lines = r.out.split('\n')
    expect(lines.slice(0, 4)).toStrictEqual([
      '✖ broken.json is invalid: 17 errors, 3 warnings',
      'Errors:',
      '  broken.json:2:13  sender.invalid_characters  An alphanumeric sender may only use A-Z, a-z and 0-9; found "+", "-".',
      '  broken.json:3:3  request.duplicate_field  "Sender" is a second spelling of "sender" (field names match case-insensitively); remove one.',
    ])
    expect(lines.slice(-4)).toStrictEqual([
      'Warnings:',
      '  broken.json:4:89  recipient.duplicate  46701234567 is already a recipient (index 4); it gets one message.',
      '  broken.json:7:3  request.unknown_field  "datacodig" is not a known field and is ignored; did you mean "datacoding"?',
      '  broken.json:17:32  tag.duplicate  The tag "marketing" repeats tag 0.',
    ])
  })

  it('places a warning of a valid request in the file too', () => {
    const r = cli(['check', 'w.json'], { 'w.json': '{\n  "sender": "iP1",\n  "recipients": ["46701234567"],\n  "body": "Hi",\n  "tags": ["a", "a"]\n}' })
    expect(r.code).toBe(EXIT.valid)
    expect(r.out.endsWith('\nWarnings:\n  w.json:5:17  tag.duplicate  The tag "a" repeats tag 0.')).toBe(true)
  })

  it('says "1 error, 1 warning" in the singular', () => {
    const r = cli(['check', 'bad.json'], { 'bad.json': NO_SENDER })
    expect(r.out.split('\n')[0]).toBe('✖ bad.json is invalid: 1 error, 1 warning')
  })

  it('reads standard input with - and names it <stdin> in locations', () => {
    const ok = cli(['check', '-'], {}, SIMPLE)
    expect(ok.code).toBe(EXIT.valid)
    expect(ok.out.split('\n')[0]).toBe('✔ standard input is valid: 1 message to 1 recipient, 1 segment (gsm 1, ucs 0)')
    const bad = cli(['check', '-'], {}, NO_SENDER)
    // A missing field stands at the opening brace of the object it belongs in.
    expect(bad.out).toContain('\n  <stdin>:1:1  sender.missing  ')
  })

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    expect(cli(['check', 'bom.json'], { 'bom.json': `\ufeff${SIMPLE}` }).code).toBe(EXIT.valid)
  })

  it('shows a shared calling code as +44 in the country column, and the number length by name', () => {
    const r = cli(['check', 'r.json'], { 'r.json': '{"sender":"12345","recipients":["447700900123","0701234567","4670123456789"],"body":"Hi"}' })
    expect(r.out.split('\n').slice(1, 5)).toStrictEqual([
      '  recipient      country  length     enc  units  segments  text',
      '  447700900123   +44      plausible  gsm  2      1         Hi',
      '  0701234567     ?        unknown    gsm  2      1         Hi',
      '  4670123456789  SE       too long   gsm  2      1         Hi',
    ])
  })

  it('prints each message\'s segment texts with --parts', () => {
    const r = cli(['check', 'simple.json', '--parts'], { 'simple.json': SIMPLE })
    expect(r.out).toContain('  46701234567  SE       plausible  gsm  2      1         Hi\n      part 1/1: Hi\n')
  })

  it('uses --now for the windows, read like a window bound (no offset = UTC)', () => {
    const r = cli(['check', 'simple.json', '--now', '2030-01-01T08:30:00', '--json'], { 'simple.json': SIMPLE })
    expect(JSON.parse(r.out).windows).toStrictEqual([{ opens: '2030-01-01T08:30:00.000Z', closes: '2030-01-08T08:30:00.000Z' }])
  })

  it('prices with --account and --price, the account in any case', () => {
    const r = cli(['check', 'page-simple.json', '--account', 'se', '--price', '0.35'])
    // 4 one-segment messages × 0.35 SEK = 1.40 SEK
    expect(r.out).toContain('  price: 1.4000 SEK (base 1.4000 + priority surcharge 0.0000; 0.3500 per segment; average 0.3500 per message)')
  })

  it('shows the request\'s issues when pricing options are given (they never hide them)', () => {
    const r = cli(['check', 'broken.json', '--account', 'SE', '--price', '0.35', '--json'])
    expect(r.code).toBe(EXIT.invalid)
    const issues: ReadonlyArray<{ code: string }> = JSON.parse(r.out).issues
    expect(issues.some((i) => i.code === 'sender.invalid_characters')).toBe(true)
    expect(issues.some((i) => i.code.startsWith('pricing.'))).toBe(false)
  })

  it('colours only when the terminal asks for it and --no-color does not forbid it', () => {
    expect(cli(['check', 'broken.json'], {}, undefined, true).out).toContain('\u001b[31m')
    expect(cli(['check', 'broken.json'], {}, undefined, false).out).not.toContain('\u001b[')
    expect(cli(['check', 'broken.json', '--no-color'], {}, undefined, true).out).not.toContain('\u001b[')
  })
})

describe('sms-preflight check: several files', () => {
  it('checks each file and exits with the worst code, 1 over 0', () => {
    const r = cli(['check', 'simple.json', 'bad.json'], { 'simple.json': SIMPLE, 'bad.json': NO_SENDER })
    expect(r.code).toBe(EXIT.invalid)
    expect(r.out).toContain('✔ simple.json is valid')
    expect(r.out).toContain('\n\n✖ bad.json is invalid: 1 error, 1 warning')
    expect(r.out.endsWith('\n\n2 files: 1 valid, 1 invalid')).toBe(true)
  })

  it('exits 2 over 1 when a file cannot be read, and still checks the others', () => {
    const r = cli(['check', 'bad.json', 'nope.json', 'simple.json'], { 'simple.json': SIMPLE, 'bad.json': NO_SENDER })
    expect(r.code).toBe(EXIT.usage)
    expect(r.err).toBe('sms-preflight check: nope.json: no such file')
    expect(r.out).toContain('✖ bad.json is invalid')
    expect(r.out).toContain('✔ simple.json is valid')
    expect(r.out.endsWith('3 files: 1 valid, 1 invalid, 1 unreadable')).toBe(true)
  })

  it('reports a file of more bytes than the longest string as unreadable (exit 2) and still checks the others', () => {
    // The limit made small: SIMPLE is at it (decoded and checked), one byte more is over it.
    const files = { 'big.json': `${SIMPLE} `, 'simple.json': SIMPLE }
    const limit = SIMPLE.length
    const r = cli(['check', 'big.json', 'simple.json'], files, undefined, false, limit)
    expect(r.code).toBe(EXIT.usage)
    expect(r.err).toBe(`sms-preflight check: big.json: too large (${limit + 1} bytes; at most ${limit} can be read as text)`)
    expect(r.out).toContain('✔ simple.json is valid')
    expect(r.out.endsWith('\n\n2 files: 1 valid, 0 invalid, 1 unreadable')).toBe(true)
    const json = JSON.parse(cli(['check', 'big.json', '-', '--json'], files, files['big.json'], false, limit).out)
    expect(json.map((o: { error?: string }) => o.error)).toStrictEqual([
      `big.json: too large (${limit + 1} bytes; at most ${limit} can be read as text)`,
      `standard input is too large (${limit + 1} bytes; at most ${limit} can be read as text)`,
    ])
  })

  it('takes the engine\'s longest string as the limit when the process gives none', () => {
    expect(V8_MAX_STRING_LENGTH).toBe(constants.MAX_STRING_LENGTH)
  })

  it('prints an array with --json, one object per file in argument order', () => {
    const r = cli(['check', 'simple.json', 'bad.json', 'nope.json', '--json'], { 'simple.json': SIMPLE, 'bad.json': NO_SENDER })
    const all: ReadonlyArray<Record<string, unknown>> = JSON.parse(r.out)
    expect(all.map((o) => [o['file'], o['valid']])).toStrictEqual([
      ['simple.json', true],
      ['bad.json', false],
      ['nope.json', false],
    ])
    expect(all[2]).toStrictEqual({ file: 'nope.json', valid: false, error: 'nope.json: no such file' })
    expect(r.code).toBe(EXIT.usage)
  })

  it('refuses - twice (standard input is read once)', () => {
    expect(cli(['check', '-', '-'], {}, SIMPLE)).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight check: standard input (-) can be read only once; see sms-preflight check --help',
    })
  })
})

describe('sms-preflight check --fail-on-warnings', () => {
  it('exits 1 when a valid request has warnings, and says why', () => {
    const r = cli(['check', 'w.json', '--fail-on-warnings'], { 'w.json': TWO_TAGS })
    expect(r.code).toBe(EXIT.invalid)
    expect(r.out.endsWith('\n✖ 1 warning fails the check (--fail-on-warnings)')).toBe(true)
  })

  it('exits 0 for the same request without it, and for a request without warnings with it', () => {
    expect(cli(['check', 'w.json'], { 'w.json': TWO_TAGS }).code).toBe(EXIT.valid)
    expect(cli(['check', 'simple.json', '--fail-on-warnings'], { 'simple.json': SIMPLE }).code).toBe(EXIT.valid)
  })

  it('counts a file that fails on its warnings apart in the totals, so that they agree with the exit code', () => {
    const files = { 'simple.json': SIMPLE, 'w.json': TWO_TAGS }
    const failing = cli(['check', 'simple.json', 'w.json', '--fail-on-warnings'], files)
    expect(failing.code).toBe(EXIT.invalid)
    expect(failing.out.endsWith('\n\n2 files: 1 valid, 1 valid but failing on warnings, 0 invalid')).toBe(true)
    expect(cli(['check', 'simple.json', 'w.json'], files).out.endsWith('\n\n2 files: 2 valid, 0 invalid')).toBe(true)
  })
})

describe('sms-preflight check --json', () => {
  it('prints the prepared batch of a valid request with its file', () => {
    const ok = JSON.parse(cli(['check', 'page-simple.json', '--json']).out)
    expect(ok.file).toBe('page-simple.json')
    expect(ok.valid).toBe(true)
    expect(ok.summary.segments).toBe(4)
  })

  it('prints the issues of an invalid request', () => {
    const bad = JSON.parse(cli(['check', 'broken.json', '--json']).out)
    expect(bad.valid).toBe(false)
    expect(bad.issues.some((i: { code: string }) => i.code === 'sender.invalid_characters')).toBe(true)
  })

  it('never colours', () => {
    expect(cli(['check', 'broken.json', '--json'], {}, undefined, true).out).not.toContain('\u001b[')
  })
})

describe('sms-preflight check: input that is not JSON', () => {
  it('reports json.invalid where the text stops being JSON, and exits 1 (the request is invalid)', () => {
    const r = cli(['check', 'bad.json'], { 'bad.json': '{\n  "sender": "iP1",\n  "body": }' })
    expect(r).toStrictEqual({
      code: EXIT.invalid,
      out: [
        '✖ bad.json is invalid: 1 error, 0 warnings',
        'Errors:',
        '  bad.json:3:11  json.invalid  The request is not valid JSON at line 3, column 11: an unexpected character, expected a value, found "}".',
      ].join('\n'),
      err: '',
    })
  })

  it('reports a key written twice as json.duplicate_key at the later one', () => {
    const r = cli(['check', 'dup.json'], { 'dup.json': '{"sender":"iP1",\n "sender":"Acme","recipients":["46701234567"],"body":"Hi"}' })
    expect(r.code).toBe(EXIT.invalid)
    expect(r.out).toContain('\n  dup.json:2:2  json.duplicate_key  The key "sender" is written twice in this object;')
  })

  it('counts positions after a byte order mark as an editor does (the mark is no column)', () => {
    const r = cli(['check', 'bom.json'], { 'bom.json': '\ufeff{"sender": 5, "recipients":["46701234567"],"body":"Hi"}' })
    expect(r.out).toContain('\n  bom.json:1:12  sender.not_string  ')
  })

  it('refuses a file with two byte order marks, as prepareBatchJson and serve do (json.invalid at the second)', () => {
    const r = cli(['check', 'boms.json'], { 'boms.json': `\ufeff\ufeff${SIMPLE}` })
    expect(r.code).toBe(EXIT.invalid)
    expect(r.out).toContain('\n  boms.json:1:1  json.invalid  ')
  })

  it('reports bytes that are not UTF-8 as json.invalid where they stand, never replacing them (as serve does)', () => {
    // "H" 0xE9 "llo": "é" in Latin-1. Read as UTF-8 with replacement it would pass as a UCS-2 body.
    const bytes = Uint8Array.from([...new TextEncoder().encode('{"sender":"iP1","recipients":["46701234567"],\n"body":"H'), 0xe9, ...new TextEncoder().encode('llo"}')])
    expect(cli(['check', 'latin1.json'], { 'latin1.json': bytes })).toStrictEqual({
      code: EXIT.invalid,
      out: [
        '✖ latin1.json is invalid: 1 error, 0 warnings',
        'Errors:',
        '  latin1.json:2:10  json.invalid  The request is not valid JSON at line 2, column 10: a byte there is not UTF-8.',
      ].join('\n'),
      err: '',
    })
  })

  it('prints each issue on one line whatever the request holds: control characters in a field name or a placeholder are escaped', () => {
    // A field name with a line break and ESC [2J (clear the screen); a placeholder no key matches
    // and a key one recipient lacks, each with the same. JSON text, so the controls are escapes here.
    const request = JSON.stringify({
      sender: 'iP1',
      recipients: { '46701234567': { 'k\u001b[2J': 'x' }, '46701234568': {} },
      body: 'Hi {z\u001b[2J\n} {k\u001b[2J}',
      'se\nnder\u001b[2J': 1,
    })
    const r = cli(['check', 'ctl.json'], { 'ctl.json': request })
    expect(r.code).toBe(EXIT.valid)
    // Nothing but the line breaks between lines is a control character.
    const controls = [...r.out].filter((ch) => ch !== '\n' && (ch < ' ' || (ch >= '\u007f' && ch <= '\u009f')))
    expect(controls).toStrictEqual([])
    // The unknown field stands where its key begins (column = offset + 1 on one line).
    const column = request.indexOf('"se\\n') + 1
    expect(r.out).toContain(`  ctl.json:1:${column}  request.unknown_field  "se\\nnder\\u001b[2J" is not a known field and is ignored.`)
    expect(r.out).toContain('  template.unresolved  {z\\u001b[2J\\n} matches no template key and is sent as written.')
    expect(r.out).toContain('  template.empty_value  No value and no default for {k\\u001b[2J}: replaced by an empty string.')
  })

  it('counts the issues past the cap of one code in the header, under their own severity', () => {
    // 1001 recipients with a letter: 1000 recipient.non_digit listed, 1 counted by request.too_many_issues.
    const recipients = Array.from({ length: 1001 }, (_, i) => `x${i}`)
    const r = cli(['check', 'many.json'], { 'many.json': JSON.stringify({ sender: 'iP1', recipients, body: 'Hi' }) })
    expect(r.out.split('\n')[0]).toBe('✖ many.json is invalid: 1001 errors, 0 warnings (1 not listed)')
    expect(r.out).toContain('  request.too_many_issues  1 more "recipient.non_digit" issue was omitted (at most 1000 of one code are listed).')
  })

  it('gives the issues with their source in --json', () => {
    const r = cli(['check', 'bad.json', '--json'], { 'bad.json': '{"sender": 5, "recipients":["46701234567"],"body":"Hi"}' })
    const json = JSON.parse(r.out)
    expect(json.issues.map((i: { code: string; source: unknown }) => [i.code, i.source])).toStrictEqual([
      ['sender.not_string', { line: 1, column: 12, offset: 11, length: 1 }],
    ])
  })
})

describe('sms-preflight check: usage errors (exit 2, one line, nothing read)', () => {
  const neverRead = { 'x.json': SIMPLE }

  it('refuses a bad --price, naming the option and the fix', () => {
    expect(cli(['check', 'x.json', '--account', 'SE', '--price', '1e3'], neverRead)).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight check: --price is a plain decimal such as 0.35 or 0.0595, not "1e3"; see sms-preflight check --help',
    })
  })

  it('refuses a --price with more than 4 decimals and a negative one', () => {
    expect(cli(['check', 'x.json', '--account', 'SE', '--price', '0.12345']).err).toBe(
      'sms-preflight check: --price has at most 4 decimals; 0.12345 has 5; see sms-preflight check --help',
    )
    expect(cli(['check', 'x.json', '--account', 'SE', '--price', '-1']).err).toBe(
      'sms-preflight check: --price must be 0 or more, not -1; see sms-preflight check --help',
    )
  })

  it('refuses a bad --account, and both problems on one line', () => {
    expect(cli(['check', 'x.json', '--account', 'SEK', '--price', '0.35']).err).toBe(
      'sms-preflight check: --account is SE or international, not "SEK"; see sms-preflight check --help',
    )
    const both = cli(['check', 'broken.json', '--account', 'SEK', '--price', 'x'])
    expect(both).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight check: --account is SE or international, not "SEK"; --price is a plain decimal such as 0.35 or 0.0595, not "x"; see sms-preflight check --help',
    })
  })

  it('refuses --price without --account and --account without --price', () => {
    expect(cli(['check', 'x.json', '--price', '0.35']).err).toBe(
      'sms-preflight check: --price goes with --account SE or --account international; see sms-preflight check --help',
    )
    expect(cli(['check', 'x.json', '--account', 'SE']).err).toBe(
      'sms-preflight check: --account goes with --price DECIMAL, the base price of one segment; see sms-preflight check --help',
    )
  })

  it('refuses a --now that is not ISO-8601 ("Nov 25 2026")', () => {
    expect(cli(['check', 'x.json', '--now', 'Nov 25 2026'])).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight check: --now is an ISO-8601 date-time such as 2026-11-25T08:30:00Z (no offset = UTC), not "Nov 25 2026"; see sms-preflight check --help',
    })
  })

  it('refuses a --now too late for the default window (the last 168 hours before year 10000) before any file is read', () => {
    expect(cli(['check', 'x.json', '--now', '9999-12-30T00:00:00Z'], neverRead)).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight check: --now is at the latest 9999-12-24T23:59:59.999Z (the default window, 168 hours from "now", closes by 9999-12-31T23:59:59.999Z), not "9999-12-30T00:00:00Z"; see sms-preflight check --help',
    })
    // The latest instant the line names is taken; a millisecond later is not.
    expect(cli(['check', 'x.json', '--now', '9999-12-24T23:59:59.999Z'], neverRead).code).toBe(EXIT.valid)
    expect(cli(['check', 'x.json', '--now', '9999-12-25T00:00:00Z'], neverRead).code).toBe(EXIT.usage)
  })

  it('refuses exactly the --now the library refuses as options.now_invalid', () => {
    const instants = [
      '0000-01-01T00:00:00Z',
      '2036-12-01T00:00:00Z',
      '9999-12-24T23:59:59.999Z',
      '9999-12-24T23:59:59.999-00:01',
      '9999-12-25T00:00:00Z',
      '9999-12-25T00:00:00+14:00',
      '9999-12-31T23:59:59.999Z',
    ]
    const library = instants.map((t) => {
      // (Text that is no date-time would be an Invalid Date: refused by both.)
      const now = parseDateTime(t)?.date ?? new Date(Number.NaN)
      const r = prepareBatchJson(SIMPLE, { now })
      return r._tag === 'Left' && r.left.some((i) => i.code === 'options.now_invalid')
    })
    const command = instants.map((t) => cli(['check', 'x.json', '--now', t], neverRead).code === EXIT.usage)
    expect(command).toStrictEqual(library)
    expect(command).toStrictEqual([false, false, false, true, true, false, true])
  })

  it('refuses a call without a file', () => {
    expect(cli(['check']).err).toBe('sms-preflight check: give a FILE to check (- reads standard input); see sms-preflight check --help')
  })

  it('refuses an unknown option with one line and a suggestion, not the whole help', () => {
    expect(cli(['check', 'x.json', '--jsn'])).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight check: unknown option --jsn (did you mean --json?); see sms-preflight check --help',
    })
  })

  it('refuses an option of the other command', () => {
    expect(cli(['check', 'x.json', '--datacoding', 'gsm']).err).toBe(
      'sms-preflight check: --datacoding is an option of count, not check; see sms-preflight check --help',
    )
  })
})

describe('sms-preflight count', () => {
  it('counts a GSM text, "1 septet" in the singular', () => {
    expect(cli(['count', 'a'])).toStrictEqual({ code: EXIT.valid, out: 'GSM-7: 1 septet, 1 segment of 160, 159 left in the last segment', err: '' })
    expect(cli(['count', 'Hello']).out).toBe('GSM-7: 5 septets, 1 segment of 160, 155 left in the last segment')
  })

  it('counts the empty text as 0 septets and 0 segments, and refuses it as a body (body.empty, exit 1)', () => {
    expect(cli(['count', ''])).toStrictEqual({
      code: EXIT.invalid,
      out: 'GSM-7: 0 septets, 0 segments (160 fit in one)\n✖ The body must not be empty or only white space. (body.empty)',
      err: '',
    })
    expect(cli(['count', ' \t']).code).toBe(EXIT.invalid)
  })

  it('refuses a text over 2000 characters as a body (body.too_long), however few segments it counts', () => {
    // 2001 septets are 14 segments of 153, well under 255: only the body rule stops it.
    const r = cli(['count', 'a'.repeat(2001)])
    expect(r.code).toBe(EXIT.invalid)
    expect(r.out.split('\n').slice(0, 2)).toStrictEqual([
      'GSM-7: 2001 septets, 14 segments of 153, 141 left in the last segment',
      '✖ The body has at most 2000 characters; this one has 2001. (body.too_long)',
    ])
    const json = JSON.parse(cli(['count', 'ж'.repeat(40000), '--json']).out)
    expect([json.sendable, json.segments, json.issues.map((i: { code: string }) => i.code)]).toStrictEqual([false, 598, ['body.too_long']])
    // Exactly 2000 is a body.
    expect(JSON.parse(cli(['count', 'a'.repeat(2000), '--json']).out)).toMatchObject({ sendable: true, issues: [] })
  })

  it("prints --json without the analyses' text, which the caller gave; the suggestion keeps its replaced text", () => {
    // analyzeText's results carry their text (docs/decisions.md); the command prints counts, and
    // a text read from a file or standard input is not echoed back in three places.
    const json = JSON.parse(cli(['count', 'Hi “x”', '--json']).out)
    expect(['text' in json, 'text' in json.suggestion.analysis, 'text' in json.suggestion.before, json.suggestion.text]).toStrictEqual([false, false, false, 'Hi "x"'])
    expect(Object.keys(json).slice(0, 7)).toStrictEqual(['encoding', 'gsmCompatible', 'units', 'segments', 'unitsPerSegment', 'remaining', 'nonGsm'])
  })

  it('reads standard input as UTF-8: a byte order mark is dropped, bytes that are not UTF-8 are refused where they stand (exit 2)', () => {
    expect(JSON.parse(cli(['count', '-', '--json'], {}, '\ufeffHi\r\n').out)).toMatchObject({ encoding: 'gsm', units: 2 })
    // "Caf" then 0xE9, "é" in Latin-1: never replaced by U+FFFD (which would make the text UCS-2).
    expect(cli(['count', '-'], {}, Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight count: standard input is not UTF-8 text: byte E9 at line 1, column 4 begins no UTF-8 character (nothing is replaced)',
    })
  })

  it('says on standard error that a TEXT argument holds U+FFFD (what an argument that is not UTF-8 becomes), and still counts it', () => {
    // "Caf" and U+FFFD: one character outside GSM, so UCS-2, 4 code units.
    const r = cli(['count', 'Caf\ufffd'])
    expect([r.code, r.out.split('\n')[0], r.err]).toStrictEqual([EXIT.valid, 'UCS-2: 4 UTF-16 code units, 1 segment of 70, 66 left in the last segment', `sms-preflight count: ${REPLACED_NOTE}`])
    // --json keeps standard output JSON; the note is on standard error.
    const json = cli(['count', 'Caf\ufffd', '--json'])
    expect([JSON.parse(json.out).units, json.err]).toStrictEqual([4, `sms-preflight count: ${REPLACED_NOTE}`])
    // Standard input is decoded by the command, which refuses bytes that are not UTF-8: a
    // U+FFFD read there was written as U+FFFD, so nothing is said.
    expect(cli(['count', '-'], {}, 'Caf\ufffd').err).toBe('')
    expect(cli(['count', 'Café']).err).toBe('')
  })

  it('takes a TEXT that starts with - after --, and says so when it is mistaken for an option', () => {
    expect(cli(['count', '--', '-20% off']).out).toBe('GSM-7: 8 septets, 1 segment of 160, 152 left in the last segment')
    expect(cli(['count', '-20% off'])).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight count: unknown option "-20% off"; a TEXT or FILE that starts with - goes after --; see sms-preflight count --help',
    })
  })

  it('marks the characters outside GSM under the text, lists them with code points, and offers the look-alikes', () => {
    const r = cli(['count', 'It’s 5 ₽'])
    expect(r).toStrictEqual({
      code: EXIT.valid,
      out: [
        'UCS-2: 8 UTF-16 code units, 1 segment of 70, 62 left in the last segment',
        '  It’s 5 ₽',
        '    ^    ^',
        '  outside the GSM 03.38 tables (2 characters):',
        '    "’" U+2019 at 2',
        '    "₽" U+20BD at 7',
        '  look-alikes: "’" U+2019 → "\'"',
      ].join('\n'),
      err: '',
    })
  })

  it('lists a repeated character once, with its count and positions', () => {
    const r = cli(['count', '₽1 ₽2 ₽3'])
    expect(r.out).toContain('\n  outside the GSM 03.38 tables (3 characters):\n    "₽" U+20BD ×3 at 0, 3, 6')
  })

  it('shows invisible characters by code point: a combining mark on a dotted circle, a joiner and a no-break space by name', () => {
    const r = cli(['count', 'e\u0301\u200d\u00a0x'])
    expect(r.out).toContain(
      [
        '  outside the GSM 03.38 tables (3 characters):',
        '    "◌\u0301" U+0301 (combining mark) at 1',
        '    U+200D (zero width joiner) at 2',
        '    U+00A0 (no-break space) at 3',
      ].join('\n'),
    )
    // The text line shows them: the mark on its letter, the joiner as ·, the no-break space as ␣.
    expect(r.out).toContain('\n  e\u0301·␣x\n  ^^^\n')
  })

  it('says plainly that a text with characters outside GSM cannot be sent with --datacoding gsm (exit 1)', () => {
    const r = cli(['count', 'Zoë ₽', '--datacoding', 'gsm'])
    expect(r).toStrictEqual({
      code: EXIT.invalid,
      out: [
        '✖ This text cannot be sent as GSM-7: "ë" U+00EB and "₽" U+20BD are not in the GSM 03.38 tables.',
        '  As UCS-2 (--datacoding ucs): 5 UTF-16 code units, 1 segment of 70, 65 left in the last segment',
        '  Zoë ₽',
        '    ^ ^',
        '  outside the GSM 03.38 tables (2 characters):',
        '    "ë" U+00EB at 2',
        '    "₽" U+20BD at 4',
      ].join('\n'),
      err: '',
    })
  })

  it('takes --datacoding case-insensitively, like the request', () => {
    expect(cli(['count', 'Zoë', '--datacoding', 'GSM']).code).toBe(EXIT.invalid)
    expect(cli(['count', 'Zoe', '--datacoding', 'GSM']).code).toBe(EXIT.valid)
  })

  it('counts repeated look-alikes once, with their count, and says what replacing them does', () => {
    const r = cli(['count', '“a” “b”'])
    expect(r.out).toContain('  look-alikes: "“" U+201C → "\\"" ×2, "”" U+201D → "\\"" ×2; replacing them sends the text as GSM-7')
  })

  it('reads standard input with - (dropping one final line break)', () => {
    expect(JSON.parse(cli(['count', '-', '--json'], {}, 'Hi\n').out).units).toBe(2)
    expect(JSON.parse(cli(['count', '-', '--json'], {}, 'Hi\r\n').out).units).toBe(2)
  })

  it('prints the analysis as JSON, with whether the text can be sent', () => {
    const r = cli(['count', 'Zoë', '--datacoding', 'gsm', '--json'])
    const json = JSON.parse(r.out)
    expect([json.encoding, json.gsmCompatible, json.sendable, json.nonGsm]).toStrictEqual(['gsm', false, false, [{ char: 'ë', index: 2 }]])
    expect(r.code).toBe(EXIT.invalid)
  })

  it('refuses a bad --datacoding, no TEXT, and an unquoted text of several words', () => {
    expect(cli(['count', 'x', '--datacoding', 'utf8']).err).toBe(
      'sms-preflight count: --datacoding is ucs or gsm, not "utf8"; see sms-preflight count --help',
    )
    expect(cli(['count']).err).toBe('sms-preflight count: give a TEXT to count (- reads standard input); see sms-preflight count --help')
    expect(cli(['count', 'Hello', 'world'])).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight count: give one TEXT, quoted when it has spaces: sms-preflight count "Hello world"; see sms-preflight count --help',
    })
    // Words that double quotes would not keep as they are (a quote, $, a line break) get no command to copy.
    for (const words of [['say', '"hi"'], ['costs', '$5'], ['two\nlines', 'x']]) {
      expect(cli(['count', ...words]).err).toBe('sms-preflight count: give one TEXT, quoted when it has spaces; see sms-preflight count --help')
    }
  })

  it('refuses standard input of more bytes than the longest string (exit 2), before decoding it', () => {
    expect(cli(['count', '-'], {}, 'Hello', false, 4)).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight count: standard input is too large (5 bytes; at most 4 can be read as text)',
    })
    expect(cli(['count', '-'], {}, 'Hello', false, 5).code).toBe(EXIT.valid)
  })

  it('exits 2 when standard input cannot be read', () => {
    expect(cli(['count', '-'])).toStrictEqual({ code: EXIT.usage, out: '', err: 'sms-preflight count: standard input cannot be read' })
  })
})

describe('sms-preflight: help, version and usage errors', () => {
  it('prints --version, also after a command', () => {
    expect(cli(['--version'])).toStrictEqual({ code: EXIT.valid, out: '9.9.9', err: '' })
    expect(cli(['check', '-v']).out).toBe('9.9.9')
  })

  it('prints the overview with --help, and each command\'s own help after it', () => {
    expect(cli(['--help']).out).toMatch(/^sms-preflight: pre-flight checks/)
    const check = cli(['check', '--help'])
    expect(check.code).toBe(EXIT.valid)
    expect(check.out).toMatch(/^Usage: sms-preflight check FILE\.\.\. \[options\]/)
    expect(check.out).toContain('--fail-on-warnings')
    expect(check.out).not.toContain('--datacoding')
    const count = cli(['count', '-h'])
    expect(count.out).toMatch(/^Usage: sms-preflight count TEXT \[options\]/)
    expect(count.out).toContain('--datacoding')
    expect(count.out).not.toContain('--price')
  })

  it('names -h, --help and -v, --version in the overview and in every command\'s help', () => {
    for (const command of [undefined, 'check', 'count', 'serve'] as const) {
      expect([command, helpText(command)]).toStrictEqual([command, expect.stringContaining('-h, --help')])
      expect([command, helpText(command)]).toStrictEqual([command, expect.stringContaining('-v, --version')])
    }
  })

  it('keeps every help line within 95 columns', () => {
    for (const command of [undefined, 'check', 'count', 'serve'] as const) {
      const wide = helpText(command)
        .split('\n')
        .filter((line) => line.length > 95)
      expect([command, wide]).toStrictEqual([command, []])
    }
  })

  it('prints one line and "see --help" for an unknown option, not the whole help', () => {
    expect(cli(['--frob'])).toStrictEqual({ code: EXIT.usage, out: '', err: 'sms-preflight: unknown option --frob; see sms-preflight --help' })
  })

  it('prints one line for an unknown command, with a suggestion, and for none', () => {
    expect(cli(['chek', 'x.json'])).toStrictEqual({
      code: EXIT.usage,
      out: '',
      err: 'sms-preflight: unknown command "chek" (did you mean check?); see sms-preflight --help',
    })
    expect(cli([])).toStrictEqual({ code: EXIT.usage, out: '', err: 'sms-preflight: give a command, check, count or serve; see sms-preflight --help' })
  })
})
