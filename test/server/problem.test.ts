// toProblemDetails (SPEC "The doors into other code"): RFC 9457 problem details with the
// issues and ASP.NET's errors map.
import * as E from 'fp-ts/Either'
import { prepareBatchJson } from '../../src/batchJson'
import { makeIssue, type Issue } from '../../src/issue'
import { httpProblem, toProblemDetails, type ProblemOptions } from '../../src/server/problem'

const now = new Date('2030-01-01T00:00:00Z')

function issuesOf(text: string): Issue[] {
  const r = prepareBatchJson(text, { now })
  return E.isLeft(r) ? [...r.left] : [...r.right.warnings]
}

describe('toProblemDetails', () => {
  it('does what its example says', () => {
    const result = prepareBatchJson('{"sender":"iP","recipients":["46701234567"],"body":"Hi"}', { now })
    const issues = E.isLeft(result) ? result.left : []
    expect(toProblemDetails(issues)).toStrictEqual({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      detail: 'At /sender (line 1, column 11): An alphanumeric sender has 3 to 11 characters; this one has 2.',
      issues,
      errors: { '/sender': ['An alphanumeric sender has 3 to 11 characters; this one has 2.'] },
    })
    expect(issues[0]?.source).toStrictEqual({ line: 1, column: 11, offset: 10, length: 4 })
  })

  it('groups the errors by JSON Pointer in the order found, leaves warnings out of errors and keeps them in issues', () => {
    const issues = [
      makeIssue('recipient.duplicate', ['recipients', 1], { msisdn: '46701234567', first: 0 }),
      makeIssue('recipient.non_digit', ['recipients', 2], { characters: ['x'] }),
      makeIssue('sender.missing', ['sender']),
      makeIssue('recipient.too_long', ['recipients', 2], { length: 16, max: 15 }),
    ]
    const p = toProblemDetails(issues)
    expect([p.issues, p.errors, p.detail]).toStrictEqual([
      issues,
      {
        '/recipients/2': ['A recipient MSISDN has digits only; found "x".', 'A recipient MSISDN has at most 15 characters; this one has 16.'],
        '/sender': ['The sender is required.'],
      },
      '3 errors; the first: At /recipients/2: A recipient MSISDN has digits only; found "x".',
    ])
  })

  it('says json.invalid in its own words, which carry its line and column, under the pointer ""', () => {
    const issues = issuesOf('{"sender": }')
    expect(toProblemDetails(issues)).toStrictEqual({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      detail: 'The request is not valid JSON at line 1, column 12: an unexpected character, expected a value, found "}".',
      issues,
      errors: { '': ['The request is not valid JSON at line 1, column 12: an unexpected character, expected a value, found "}".'] },
    })
  })

  it('names the request as a whole "the request" in the detail', () => {
    expect(toProblemDetails([makeIssue('request.not_object', [])]).detail).toBe('At the request: The request must be a JSON object.')
  })

  it('says when there are only warnings', () => {
    const p = toProblemDetails([makeIssue('recipient.duplicate', ['recipients', 1], { msisdn: '46701234567', first: 0 })])
    expect([p.detail, p.errors]).toStrictEqual(['The request has no errors (1 warning).', {}])
    expect(toProblemDetails([]).detail).toBe('The request has no errors (0 warnings).')
  })

  it('rule: detail counts every error, those past the per-code cap too (under their own code\'s severity; the notice is no problem of the request)', () => {
    // 1500 invalid recipients: 1000 listed, 500 counted by one request.too_many_issues warning.
    const recipients = Array.from({ length: 1500 }, (_, i) => `4670123${String(i).padStart(4, '0')}x`)
    const issues = issuesOf(JSON.stringify({ sender: 'iP1', recipients, body: 'Hi' }))
    const notice = issues.find((i) => i.code === 'request.too_many_issues')
    expect([issues.filter((i) => i.code === 'recipient.non_digit').length, notice?.params]).toStrictEqual([1000, { code: 'recipient.non_digit', omitted: 500, cap: 1000 }])
    expect(toProblemDetails(issues).detail).toBe('1500 errors; the first: At /recipients/0 (line 1, column 31): A recipient MSISDN has digits only; found "x".')
    // Omitted warnings count as warnings, never as errors; a notice alone names no error.
    const warned = [
      makeIssue('sender.missing', ['sender']),
      makeIssue('request.too_many_issues', [], { code: 'recipient.duplicate', omitted: 7, cap: 1000 }),
    ]
    expect(toProblemDetails(warned).detail).toBe('At /sender: The sender is required.')
    expect(toProblemDetails([makeIssue('request.too_many_issues', [], { code: 'recipient.duplicate', omitted: 7, cap: 1000 })]).detail).toBe(
      'The request has no errors (7 warnings).',
    )
  })

  it('takes status, type, title, detail and instance from the options', () => {
    const issues = [makeIssue('sender.missing', ['sender'])]
    expect(toProblemDetails(issues, { status: 422, instance: '/v2/batches' })).toStrictEqual({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.21',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'At /sender: The sender is required.',
      instance: '/v2/batches',
      issues,
      errors: { '/sender': ['The sender is required.'] },
    })
    expect(toProblemDetails(issues, { type: 'https://example.com/problems/batch', title: 'Invalid batch', detail: 'No.' })).toStrictEqual({
      type: 'https://example.com/problems/batch',
      title: 'Invalid batch',
      status: 400,
      detail: 'No.',
      issues,
      errors: { '/sender': ['The sender is required.'] },
    })
  })

  it('keeps a status from 400 to 599 and falls back to 400 for any other', () => {
    const statuses = [399, 400, 418, 503, 599, 600, 400.5, Number.NaN].map((status) => {
      const p = toProblemDetails([], { status })
      return [p.status, p.type, p.title]
    })
    expect(statuses).toStrictEqual([
      [400, 'https://tools.ietf.org/html/rfc9110#section-15.5.1', 'One or more validation errors occurred.'],
      [400, 'https://tools.ietf.org/html/rfc9110#section-15.5.1', 'One or more validation errors occurred.'],
      [418, 'about:blank', 'Client Error'],
      [503, 'https://tools.ietf.org/html/rfc9110#section-15.6.4', 'Service Unavailable'],
      [599, 'about:blank', 'Server Error'],
      [400, 'https://tools.ietf.org/html/rfc9110#section-15.5.1', 'One or more validation errors occurred.'],
      [400, 'https://tools.ietf.org/html/rfc9110#section-15.5.1', 'One or more validation errors occurred.'],
      [400, 'https://tools.ietf.org/html/rfc9110#section-15.5.1', 'One or more validation errors occurred.'],
    ])
  })

  it('rule: every status RFC 9110 defines from 400 to 599 (and RFC 6585\'s 428, 429, 431, 511) gets its defining section as type and its reason phrase as title', () => {
    const rfc9110 = (section: string): string => `https://tools.ietf.org/html/rfc9110#section-${section}`
    const rfc6585 = (section: number): string => `https://tools.ietf.org/html/rfc6585#section-${section}`
    const expected: Array<[number, string, string]> = [
      [401, rfc9110('15.5.2'), 'Unauthorized'],
      [402, rfc9110('15.5.3'), 'Payment Required'],
      [403, rfc9110('15.5.4'), 'Forbidden'],
      [404, rfc9110('15.5.5'), 'Not Found'],
      [405, rfc9110('15.5.6'), 'Method Not Allowed'],
      [406, rfc9110('15.5.7'), 'Not Acceptable'],
      [407, rfc9110('15.5.8'), 'Proxy Authentication Required'],
      [408, rfc9110('15.5.9'), 'Request Timeout'],
      [409, rfc9110('15.5.10'), 'Conflict'],
      [410, rfc9110('15.5.11'), 'Gone'],
      [411, rfc9110('15.5.12'), 'Length Required'],
      [412, rfc9110('15.5.13'), 'Precondition Failed'],
      [413, rfc9110('15.5.14'), 'Content Too Large'],
      [414, rfc9110('15.5.15'), 'URI Too Long'],
      [415, rfc9110('15.5.16'), 'Unsupported Media Type'],
      [416, rfc9110('15.5.17'), 'Range Not Satisfiable'],
      [417, rfc9110('15.5.18'), 'Expectation Failed'],
      [421, rfc9110('15.5.20'), 'Misdirected Request'],
      [422, rfc9110('15.5.21'), 'Unprocessable Content'],
      [426, rfc9110('15.5.22'), 'Upgrade Required'],
      [428, rfc6585(3), 'Precondition Required'],
      [429, rfc6585(4), 'Too Many Requests'],
      [431, rfc6585(5), 'Request Header Fields Too Large'],
      [500, rfc9110('15.6.1'), 'Internal Server Error'],
      [501, rfc9110('15.6.2'), 'Not Implemented'],
      [502, rfc9110('15.6.3'), 'Bad Gateway'],
      [503, rfc9110('15.6.4'), 'Service Unavailable'],
      [504, rfc9110('15.6.5'), 'Gateway Timeout'],
      [505, rfc9110('15.6.6'), 'HTTP Version Not Supported'],
      [511, rfc6585(6), 'Network Authentication Required'],
    ]
    // Every other code from 401 to 599 (418 too: RFC 9110 §15.5.19 marks it unused) keeps the generic answer.
    const defined = new Set(expected.map(([status]) => status))
    for (let status = 401; status <= 599; status++) {
      if (!defined.has(status)) expected.push([status, 'about:blank', status >= 500 ? 'Server Error' : 'Client Error'])
    }
    const given = expected.map(([status]): [number, string, string] => {
      const p = toProblemDetails([], { status })
      const h = httpProblem(status, 'x')
      return h.type === p.type && h.title === p.title ? [p.status, p.type, p.title] : [status, `httpProblem: ${h.type}`, h.title]
    })
    expect(given).toStrictEqual(expected)
  })

  it('leaves out, from a JavaScript caller, what is not an issue and options of the wrong type, never throwing', () => {
    const issue = makeIssue('sender.missing', ['sender'])
    const revoked = Proxy.revocable([], {})
    revoked.revoke()
    const throwing = Object.defineProperty({ severity: 'error', path: '/x' }, 'message', {
      enumerable: true,
      get() {
        throw new Error('no')
      },
    })
    // eslint-disable-next-line no-sparse-arrays
    const mixed = [null, 1, { severity: 'error' }, , throwing, issue, Object.create(issue) as unknown, Object.assign(() => 0, issue)] as unknown as Issue[]
    const arrayLike = { length: 1, 0: issue } as unknown as Issue[]
    const lengthThrows = new Proxy([issue], {
      get(target, key) {
        if (key === 'length') throw new Error('no')
        return Reflect.get(target, key) as unknown
      },
    })
    const hostileOptions = Object.defineProperty({ status: '500', title: 5, instance: null }, 'detail', {
      get() {
        throw new Error('no')
      },
    })
    const only = toProblemDetails([issue])
    expect([
      toProblemDetails(mixed),
      toProblemDetails(42 as unknown as Issue[]),
      toProblemDetails(revoked.proxy as Issue[]).issues,
      toProblemDetails(arrayLike).issues,
      toProblemDetails(lengthThrows).issues,
      toProblemDetails([issue], hostileOptions as unknown as ProblemOptions),
      toProblemDetails([issue], 'options' as unknown as ProblemOptions),
    ]).toStrictEqual([only, { ...only, issues: [], errors: {}, detail: 'The request has no errors (0 warnings).' }, [], [], [], only, only])
  })

  it('never shares its arrays with the caller', () => {
    const issues = [makeIssue('sender.missing', ['sender'])]
    const p = toProblemDetails(issues)
    expect([p.issues === issues, p.issues]).toStrictEqual([false, issues])
  })
})

describe('httpProblem', () => {
  it('is a problem without issues: the status type, its reason phrase and the detail, then extensions', () => {
    expect([httpProblem(413, 'Too big.', { maxBodyBytes: 10 }), httpProblem(405, 'No.')]).toStrictEqual([
      { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.14', title: 'Content Too Large', status: 413, detail: 'Too big.', maxBodyBytes: 10 },
      { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.6', title: 'Method Not Allowed', status: 405, detail: 'No.' },
    ])
  })

  it('rule: 431 is "Request Header Fields Too Large", typed by RFC 6585 §5 (RFC 9110 does not define it)', () => {
    expect([httpProblem(431, 'Too many headers.'), toProblemDetails([], { status: 431 }).type]).toStrictEqual([
      { type: 'https://tools.ietf.org/html/rfc6585#section-5', title: 'Request Header Fields Too Large', status: 431, detail: 'Too many headers.' },
      'https://tools.ietf.org/html/rfc6585#section-5',
    ])
  })
})
