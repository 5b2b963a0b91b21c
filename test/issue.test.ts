// The issue model: severities from the catalogue, JSON Pointer paths (RFC 6901) and messages.
import * as fc from 'fast-check'
import { catalogue, escapeToken, fromPointer, isError, issueCodes, makeIssue, severityOf, toPointer, type Issue, type IssueCode, type IssueParams } from '../src/issue'
import { produced } from './rules-doc/run'
import { rulesTable } from './rules-doc/table'

describe('severityOf', () => {
  // SPEC "Issue codes": "Severity is error unless marked (w)." The codes SPEC marks (w), plus
  // request.too_many_issues (decisions.md: the count of what a cap left out is a warning).
  const WARNINGS = [
    'request.unknown_field',
    'request.too_many_issues',
    'sender.alphanumeric_unsupported',
    'recipient.duplicate',
    'recipient.unknown_country',
    'recipient.implausible_length',
    'recipient.national_format',
    'recipient.not_mobile',
    'template.empty_value',
    'template.unresolved',
    'message.too_long',
    'message.ucs_lookalikes',
    'window.no_offset',
    'deliveryReportUrl.not_https',
    'tag.whitespace',
    'tag.duplicate',
  ]

  it('is warning for exactly the codes SPEC marks (w), error for every other code', () => {
    expect(issueCodes.filter((c) => severityOf(c) === 'warning')).toStrictEqual(WARNINGS)
    expect(issueCodes.every((c) => severityOf(c) === (WARNINGS.includes(c) ? 'warning' : 'error'))).toBe(true)
  })

  it('has no severity for a string that is not a code, inherited names included', () => {
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'sender', 'sender.MISSING', '']) {
      expect([name, severityOf(name as IssueCode)]).toStrictEqual([name, undefined])
    }
    expect(severityOf(42 as unknown as IssueCode)).toBeUndefined()
    // Found by the fuzz suite: converting a prototype-less object to a key throws; no severity instead.
    expect(severityOf(Object.create(null) as IssueCode)).toBeUndefined()
  })
})

describe('JSON Pointer (RFC 6901)', () => {
  it('escapes "~" as "~0" and "/" as "~1", "~" first (RFC 6901 §3)', () => {
    expect(escapeToken('a/b')).toBe('a~1b')
    expect(escapeToken('m~n')).toBe('m~0n')
    // "~1" written literally must come back as "~1", not "/": so "~" is escaped first.
    expect(escapeToken('~1')).toBe('~01')
    expect(escapeToken('/~')).toBe('~1~0')
    expect(escapeToken('plain')).toBe('plain')
    expect(escapeToken(7)).toBe('7')
  })

  it('turns a path into the pointers of RFC 6901 §5', () => {
    // §5: "" is the whole document; "/foo", "/foo/0", "/", "/a~1b", "/c%d", "/ ", "/m~0n".
    expect(toPointer([])).toBe('')
    expect(toPointer(['foo'])).toBe('/foo')
    expect(toPointer(['foo', 0])).toBe('/foo/0')
    expect(toPointer([''])).toBe('/')
    expect(toPointer(['a/b'])).toBe('/a~1b')
    expect(toPointer(['c%d'])).toBe('/c%d')
    expect(toPointer([' '])).toBe('/ ')
    expect(toPointer(['m~n'])).toBe('/m~0n')
  })

  it('reads those pointers back into their tokens', () => {
    expect(fromPointer('')).toStrictEqual([])
    expect(fromPointer('/foo/0')).toStrictEqual(['foo', '0'])
    expect(fromPointer('/')).toStrictEqual([''])
    expect(fromPointer('/a~1b')).toStrictEqual(['a/b'])
    expect(fromPointer('/m~0n')).toStrictEqual(['m~n'])
    // "~01" is "~" then "1": unescaping "~1" first would give "~" + "/" wrongly.
    expect(fromPointer('/~01')).toStrictEqual(['~1'])
  })

  it('is total for JavaScript callers: a path that is not an array, a token that is no string', () => {
    expect(toPointer('recipients' as unknown as string[])).toBe('')
    expect(toPointer([null as unknown as string, 'a'])).toBe('//a')
    expect(fromPointer(undefined as unknown as string)).toStrictEqual([])
  })

  describe('properties', () => {
    const token = fc.string({ unit: fc.constantFrom('a', '~', '/', '0', '1', 'é') })
    it('fromPointer inverts toPointer for string tokens', () => {
      fc.assert(fc.property(fc.array(token), (path) => expect(fromPointer(toPointer(path))).toStrictEqual(path)))
    })
    it('an escaped token never contains "/", and has a "~" only before "0" or "1"', () => {
      fc.assert(
        fc.property(token, (t) => {
          const s = escapeToken(t)
          expect(s.includes('/')).toBe(false)
          expect(/~(?![01])/.test(s)).toBe(false)
        }),
      )
    })
  })
})

describe('makeIssue', () => {
  // SPEC: "Issue = { severity; code; path; message; params? }": params only when a message needs them.
  it('has the catalogue severity, the pointer of its path and its params', () => {
    expect(makeIssue('reference.too_long', ['reference'], { length: 41, max: 40 })).toStrictEqual({
      severity: 'error',
      code: 'reference.too_long',
      path: '/reference',
      message: 'The reference has at most 40 characters; this one has 41.',
      params: { length: 41, max: 40 },
    })
  })

  it('leaves params out when the message needs none (undefined or an empty object)', () => {
    const bare = { severity: 'error', code: 'body.missing', path: '/body', message: 'The body is required.' }
    expect(makeIssue('body.missing', ['body'])).toStrictEqual(bare)
    expect(makeIssue('body.missing', ['body'], ...([{}] as unknown as []))).toStrictEqual(bare)
  })

  it('isError is true for errors only', () => {
    expect(isError(makeIssue('body.missing', []))).toBe(true)
    expect(isError(makeIssue('deliveryReportUrl.not_https', []))).toBe(false)
  })
})

/** Every scalar inside params (strings and numbers, in arrays and objects too). */
function scalars(value: unknown): Array<string | number> {
  if (typeof value === 'string' || typeof value === 'number') return [value]
  if (Array.isArray(value)) return value.flatMap(scalars)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(scalars)
  return []
}

describe('messages', () => {
  // Each example runs inside its test (a mutation run counts what a test covers only while it runs).
  const examples = (): Array<readonly [IssueCode, Issue]> =>
    rulesTable.flatMap((entry) => produced(entry).map((issue) => [entry.code, issue] as const))
  const codes = rulesTable.map((entry) => [entry.code, entry] as const)

  it('every code has an example issue (the rules table covers the catalogue)', () => {
    expect(new Set(examples().map(([code]) => code)).size).toBe(issueCodes.length)
  })

  // A message is one or more English sentences a user reads as is: it starts with a capital, a
  // digit, a quote or a placeholder, and ends with a full stop or a question mark.
  it.each(codes)('%s: is a whole sentence', (_code, entry) => {
    for (const issue of produced(entry)) {
      expect(issue.message).toMatch(/^[A-Z0-9"{]/)
      expect(issue.message).toMatch(/[.?]$/)
      expect(issue.message).not.toMatch(/undefined|\[object/)
    }
  })

  // The params are what a translation needs; the English message states each of them. Two
  // params of json.invalid are vocabulary (JsonProblem, JsonExpected): the message says them
  // in words, which the next test checks; so is the type of recipient.not_mobile (its words
  // are checked in test/phone/notMobile.test.ts).
  const VOCABULARY: Readonly<Record<string, ReadonlyArray<string>>> = { 'json.invalid': ['problem', 'expected'], 'recipient.not_mobile': ['type'] }
  it.each(codes)('%s: states every value of its params', (code, entry) => {
    for (const issue of produced(entry)) {
      const words = VOCABULARY[code] ?? []
      const params = Object.fromEntries(Object.entries(issue.params ?? {}).filter(([k]) => !words.includes(k)))
      for (const v of scalars(params)) {
        const shown = issue.message.includes(String(v)) || issue.message.includes(JSON.stringify(v))
        expect([v, shown]).toStrictEqual([v, true])
      }
    }
  })

  it('every message of the catalogue is distinct', () => {
    const messages = examples().map(([, issue]) => issue.message)
    expect(new Set(messages).size).toBe(messages.length)
  })

  it('agrees in number: one recipient, two recipients; one segment, two segments', () => {
    const reach = (recipients: number) =>
      makeIssue('sender.alphanumeric_unsupported', [], { countries: [{ region: 'US', recipients }] }).message
    expect(reach(1)).toContain('US (1 recipient)')
    expect(reach(2)).toContain('US (2 recipients)')
    const saved = (segmentsSaved: number) =>
      makeIssue('message.ucs_lookalikes', [], { characters: [{ char: '’', replacement: "'" }], segmentsSaved }).message
    expect(saved(1)).toMatch(/save 1 segment\.$/)
    expect(saved(2)).toMatch(/save 2 segments\.$/)
  })

  it('offers a suggestion only when there is one', () => {
    expect(makeIssue('request.unknown_field', [], { field: 'colour' }).message).not.toContain('did you mean')
    expect(makeIssue('request.unknown_field', [], { field: 'Sendr', suggestion: 'sender' }).message).toContain('did you mean "sender"?')
    expect(makeIssue('type.invalid', [], {}).message).toBe('The type is "sms" or "flash".')
    expect(makeIssue('type.invalid', [], { suggestion: 'flash' }).message).toBe('The type is "sms" or "flash". Did you mean "flash"?')
  })

  it('names the look-alikes of message.not_gsm only when there are some', () => {
    const plain = makeIssue('message.not_gsm', [], { characters: [{ char: '😀', index: 3 }] }).message
    expect(plain).toMatch(/found "😀" at 3\.$/)
    const withLookalike = makeIssue('message.not_gsm', [], {
      characters: [{ char: '’', index: 0 }],
      lookalikes: [{ char: '’', replacement: "'" }],
    }).message
    expect(withLookalike).toMatch(/found "’" at 0\. GSM look-alikes exist for "’" \(→ "'"\)\.$/)
  })

  it('gives a single length or a range for recipient.implausible_length', () => {
    const msg = (min: number, max: number) =>
      makeIssue('recipient.implausible_length', [], { msisdn: '4670', callingCode: '46', length: 2, min, max }).message
    expect(msg(9, 9)).toContain('has 9 digits after the country code')
    expect(msg(7, 13)).toContain('has 7 to 13 digits after the country code')
  })

  it('tells "00"-prefixed numbers from national ones, and shows the number without 00', () => {
    expect(makeIssue('recipient.national_format', [], { msisdn: '0046701234567', prefix: '00' }).message).toContain('(46701234567)')
    expect(makeIssue('recipient.national_format', [], { msisdn: '0701234567' }).message).toContain('starts with 0: it looks like a national number')
  })

  it('says every JSON syntax problem of json.invalid in words, with what was expected and found', () => {
    const say = (params: IssueParams<'json.invalid'>): string => makeIssue('json.invalid', [], params).message
    const at = { line: 3, column: 7 }
    const start = 'The request is not valid JSON at line 3, column 7: '
    expect(say({ problem: 'empty', ...at })).toBe(`${start}the text is empty.`)
    expect(say({ problem: 'not_text', ...at })).toBe(`${start}a byte there is not UTF-8.`)
    expect(say({ problem: 'not_string', ...at })).toBe(`${start}the input is not a string.`)
    expect(say({ problem: 'unexpected_end', expected: 'comma_or_close_array', ...at })).toBe(`${start}the text ends too early, expected "," or "]".`)
    expect(say({ problem: 'unexpected_character', expected: 'colon', found: '=', ...at })).toBe(`${start}an unexpected character, expected ":", found "=".`)
    expect(say({ problem: 'unexpected_character', expected: 'key', found: "'", ...at })).toBe(`${start}an unexpected character, expected a key in double quotes, found "'".`)
    expect(say({ problem: 'unexpected_character', expected: 'comma_or_close_object', found: '"', ...at })).toBe(
      `${start}an unexpected character, expected "," or "}", found "\\"".`,
    )
    expect(say({ problem: 'unexpected_character', expected: 'value', found: 'x', ...at })).toBe(`${start}an unexpected character, expected a value, found "x".`)
    expect(say({ problem: 'unexpected_character', expected: 'end', found: 'x', ...at })).toBe(`${start}an unexpected character, expected the end of the text, found "x".`)
    expect(say({ problem: 'control_character', found: '\t', ...at })).toBe(`${start}a control character must be escaped in a string, found "\\t".`)
    expect(say({ problem: 'unterminated_string', ...at })).toBe(`${start}a string has no closing quote.`)
    expect(say({ problem: 'invalid_escape', ...at })).toBe(`${start}a string holds an invalid escape sequence.`)
    expect(say({ problem: 'invalid_number', ...at })).toBe(`${start}a number is not written as JSON writes numbers.`)
  })

  it('adds the hint of recipient.non_digit after the characters, when there is one', () => {
    expect(makeIssue('recipient.non_digit', [], { characters: ['+'] }).message).toBe('A recipient MSISDN has digits only; found "+".')
    expect(makeIssue('recipient.non_digit', [], { characters: ['+', '-'], hint: 'Drop the "+".' }).message).toBe(
      'A recipient MSISDN has digits only; found "+", "-". Drop the "+".',
    )
  })

  it('every catalogue entry is a function of its params alone (the same params give the same message)', () => {
    for (const code of issueCodes) expect(typeof catalogue[code].message).toBe('function')
    for (const [, issue] of examples()) {
      const again = makeIssue(issue.code, fromPointer(issue.path), ...([issue.params] as unknown as []))
      // The source is the JSON-text functions' addition, not the message's.
      expect(again).toStrictEqual(Object.fromEntries(Object.entries(issue).filter(([k]) => k !== 'source')))
    }
  })
})
