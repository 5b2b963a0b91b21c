/**
 * Shared fast-check generators for batch requests: valid values per field, valid requests in both
 * recipient forms, and corruptions per field. Every generator is built from the rules of the
 * specification, never from the library's own checks.
 */
import fc from 'fast-check'
import { countText } from '../src/encoding/analyze'
import { REQUEST_FIELDS, type RequestField } from '../src/batch'

/** "Now" of the properties: every generated window lies after it. */
export const NOW = new Date('2026-11-25T00:00:00Z')

/** Marks a corruption that removes the field from the request. */
export const ABSENT: unique symbol = Symbol('absent')

const DIGITS = [...'0123456789']
const NON_ZERO = [...'123456789']
const ALNUM = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz']
const LOWER_ALNUM = [...'0123456789abcdefghijklmnopqrstuvwxyz']

const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...DIGITS), minLength, maxLength })

/** A string with at least one character that is not white space in any reading (`a`, `Z`, an emoji…). */
const nonBlank = (sideLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.string({ maxLength: sideLength }), fc.constantFrom('a', 'Z', '9', '😀', '{sign}', 'ä'), fc.string({ maxLength: sideLength }))
    .map(([a, b, c]) => a + b + c)

// ---------------------------------------------------------------------------------------------
// Valid values, per field
// ---------------------------------------------------------------------------------------------

/** An MSISDN: 1 to 15 ASCII digits. */
export const msisdn: fc.Arbitrary<string> = digits(1, 15)

/**
 * A valid sender: alphanumeric (`[0-9A-Za-z]`, 3 to 11 characters), numeric (1 to 15 digits), or
 * `+` then 1 to 15 digits with the first one 1–9.
 */
export const sender: fc.Arbitrary<string> = fc.oneof(
  fc.constant('iP1'),
  fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 3, maxLength: 11 }),
  digits(1, 15),
  fc.tuple(fc.constantFrom(...NON_ZERO), digits(0, 14)).map(([first, rest]) => `+${first}${rest}`),
)

/** A template key: non-empty, without `{` or `}`; the awkward own keys included. */
export const templateKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('sign', 'name', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'a/b~c'),
  fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !k.includes('{') && !k.includes('}')),
)

/** Template values: own keys only (`Object.fromEntries` defines `__proto__` as an own key). */
export const templateValues: fc.Arbitrary<Record<string, string>> = fc
  .uniqueArray(fc.tuple(templateKey, fc.string({ maxLength: 20 })), { selector: ([k]) => k, maxLength: 4 })
  .map((entries) => Object.fromEntries(entries))

/** The array form: 1 to 8 MSISDNs, repeats allowed (a repeat is a warning, not an error). */
export const recipientList: fc.Arbitrary<string[]> = fc
  .array(msisdn, { minLength: 1, maxLength: 8 })
  .chain((list) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(list) },
      { weight: 1, arbitrary: fc.nat({ max: list.length - 1 }).map((i) => [...list, list[i] ?? '1']) },
    ),
  )

/** The dictionary form: 1 to 6 MSISDN keys with their template values, and perhaps a `default`. */
export const recipientDictionary: fc.Arbitrary<Record<string, Record<string, string>>> = fc
  .tuple(
    fc.uniqueArray(fc.tuple(msisdn, templateValues), { selector: ([k]) => k, minLength: 1, maxLength: 6 }),
    fc.option(templateValues, { nil: undefined }),
  )
  .map(([entries, defaults]) =>
    Object.fromEntries(defaults === undefined ? entries : [...entries, ['default', defaults] as const]),
  )

export const recipients: fc.Arbitrary<string[] | Record<string, Record<string, string>>> = fc.oneof(
  recipientList,
  recipientDictionary,
)

/** A body: not empty nor only white space, at most 2000 UTF-16 code units. */
export const body: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: nonBlank(200) },
  { weight: 1, arbitrary: fc.constantFrom('A very nice message', 'A very nice message{sign}', 'a'.repeat(2000), '😀'.repeat(1000)) },
)

export const type: fc.Arbitrary<string | null> = fc.constantFrom('sms', 'flash', 'SMS', 'Flash', 'fLaSh', null)

export const datacoding: fc.Arbitrary<string | null> = fc.constantFrom('ucs', 'gsm', 'UCS', 'GSM', 'Gsm', null)

export const priority: fc.Arbitrary<number | null> = fc.constantFrom(1, 2, null)

/** A UTC offset in minutes, or `null` for a time written without one (read as UTC). */
const offsetMinutes = fc.constantFrom<number | null>(0, 60, 120, -330, 840, -720, null)

/** Writes an instant as ISO-8601 local time at `offset` minutes (`Z` for 0, nothing for null). */
export function formatInstant(ms: number, offset: number | null, millis: boolean): string {
  const wall = new Date(ms + (offset ?? 0) * 60_000).toISOString().slice(0, millis ? 23 : 19)
  if (offset === null) return wall
  if (offset === 0) return `${wall}Z`
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

const MINUTE = 60_000

/**
 * Delivery windows that are all valid against {@link NOW}: laid end to end after it (touching
 * allowed), each at least a minute long, given in any order and any offset. The earliest may
 * open `null` (now, before it) and the latest may close `null` (168 hours on, after every other).
 * Also `null` and `[]` (the default window).
 */
export const deliveryWindows: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(null, []) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        spans: fc.array(
          fc.record({
            gap: fc.integer({ min: 0, max: 60 * 24 * 30 }),
            length: fc.integer({ min: 1, max: 60 * 24 * 10 }),
            opensOffset: offsetMinutes,
            closesOffset: offsetMinutes,
            millis: fc.boolean(),
            order: fc.integer(),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        firstOpensNull: fc.boolean(),
        lastClosesNull: fc.boolean(),
      })
      .map(({ spans, firstOpensNull, lastClosesNull }) => {
        let cursor = NOW.getTime()
        const windows = spans.map((s, i) => {
          const opens = cursor + s.gap * MINUTE
          const closes = opens + s.length * MINUTE
          cursor = closes
          return {
            order: s.order,
            window: {
              opens: i === 0 && firstOpensNull ? null : formatInstant(opens, s.opensOffset, s.millis),
              closes: i === spans.length - 1 && lastClosesNull ? null : formatInstant(closes, s.closesOffset, s.millis),
            },
          }
        })
        return [...windows].sort((a, b) => a.order - b.order).map((w) => w.window)
      }),
  },
)

const urlHost = fc
  .array(fc.string({ unit: fc.constantFrom(...LOWER_ALNUM), minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 })
  .map((labels) => labels.join('.'))

/** A delivery report URL: none (`null`, `""`) or an absolute http(s) URL of at most 2047 characters. */
export const deliveryReportUrl: fc.Arbitrary<string | null> = fc.oneof(
  fc.constantFrom(null, '', 'https://example.com/dlr', 'http://example.com', 'HTTPS://EXAMPLE.COM:8443/a?b=c#d'),
  fc
    .record({
      scheme: fc.constantFrom('https', 'http', 'HTTPS'),
      host: urlHost,
      port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
      path: fc.string({ unit: fc.constantFrom(...LOWER_ALNUM, '/', '.', '-', '_'), maxLength: 40 }),
    })
    .map(({ scheme, host, port, path }) => `${scheme}://${host}${port === undefined ? '' : `:${port}`}/${path}`),
)

/** A reference: `null`, or not empty nor only white space and at most 40 UTF-16 code units. */
export const reference: fc.Arbitrary<string | null> = fc.oneof(
  fc.constantFrom(null, 'A client reference', 'x'.repeat(40)),
  nonBlank(19),
)

/** Tags: `null` or non-blank strings (outer white space and repeats are only warnings). */
export const tags: fc.Arbitrary<string[] | null> = fc.oneof(
  fc.constant(null),
  fc.array(fc.oneof(nonBlank(6), fc.constantFrom('marketing', ' ux', 'design ')), { maxLength: 5 }),
)

/** A valid value for each field (for the optional ones, `null` — the default — included). */
export const validValues: { readonly [F in RequestField]: fc.Arbitrary<unknown> } = {
  sender,
  recipients,
  body,
  type,
  datacoding,
  priority,
  deliveryWindows,
  deliveryReportUrl,
  reference,
  tags,
}

// ---------------------------------------------------------------------------------------------
// Valid requests
// ---------------------------------------------------------------------------------------------

/** How a client may spell a field: as the page does, in upper case, or in .NET's PascalCase. */
export function spell(field: RequestField, variant: 0 | 1 | 2): string {
  if (variant === 1) return field.toUpperCase()
  if (variant === 2) return field.charAt(0).toUpperCase() + field.slice(1)
  return field
}

const REQUIRED: ReadonlySet<RequestField> = new Set<RequestField>(['sender', 'recipients', 'body'])

/**
 * A valid request: the three required fields, any subset of the optional ones, each field name
 * spelt in any case, the keys in any order.
 */
export const validRequest: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    ...REQUEST_FIELDS.map((field) =>
      fc.record({
        field: fc.constant(field),
        value: REQUIRED.has(field) ? validValues[field] : fc.option(validValues[field], { nil: ABSENT, freq: 3 }),
        variant: fc.constantFrom<0 | 1 | 2>(0, 0, 1, 2),
        order: fc.integer(),
      }),
    ),
  )
  .map((fields) =>
    Object.fromEntries(
      [...fields]
        .sort((a, b) => a.order - b.order)
        .filter((f) => f.value !== ABSENT)
        .map((f) => [spell(f.field, f.variant), f.value]),
    ),
  )
  .map(gsmConsistent)

/**
 * SPEC "datacoding": under `gsm` a body holding a character outside the GSM tables is refused
 * (`message.not_gsm` at the body). A valid request with such a body therefore says `ucs`.
 */
function gsmConsistent(request: Record<string, unknown>): Record<string, unknown> {
  const dcKey = keyOf(request, 'datacoding')
  const bodyKey = keyOf(request, 'body')
  const dc = dcKey === undefined ? undefined : request[dcKey]
  const text = bodyKey === undefined ? undefined : request[bodyKey]
  if (dcKey === undefined || typeof dc !== 'string' || dc.toLowerCase() !== 'gsm' || typeof text !== 'string') return request
  return countText(text, 'gsm').gsmCompatible ? request : { ...request, [dcKey]: 'ucs' }
}

/** A valid request in the array form only / the dictionary form only (for the examples). */
export const requestWith = (form: 'list' | 'dictionary'): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(validRequest, form === 'list' ? recipientList : recipientDictionary)
    .map(([request, r]) => {
      const key = keyOf(request, 'recipients') ?? 'recipients'
      return { ...request, [key]: r }
    })

/** The key a request uses for `field` (matched case-insensitively), if any. */
export function keyOf(request: Readonly<Record<string, unknown>>, field: RequestField): string | undefined {
  return Object.keys(request).find((k) => k.toLowerCase() === field.toLowerCase())
}

// ---------------------------------------------------------------------------------------------
// Corruptions, per field: each value breaks its field's rule, and only that rule
// ---------------------------------------------------------------------------------------------

const REQUIRED_GONE = [ABSENT, null] as const

export const corruptions: { readonly [F in RequestField]: fc.Arbitrary<unknown> } = {
  sender: fc.oneof(
    fc.constantFrom<unknown>(...REQUIRED_GONE, '', '   ', '\u3000', 'AB', 'TooLongSender', 'iP-1', 'iP 1', 'Åke', '+0701234567', '+', '1234567890123456', '+1234567890123456', 42, true, [], {}),
    // 12 or more alphanumerics with a letter: too long (all digits would be a valid numeric sender)
    fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 11, maxLength: 30 }).map((s) => `${s}x`),
    digits(16, 40),
  ),
  recipients: fc.oneof(
    fc.constantFrom<unknown>(
      ...REQUIRED_GONE,
      [],
      {},
      { default: { sign: 'x' } },
      'x',
      46701234567,
      true,
      ['+46701234567'],
      ['0046 70 123 45 67'],
      [46701234567],
      ['1234567890123456'],
      [''],
      [null],
      [['46701234567']],
      { '+46701234567': {} },
      { '': {} },
      { '46701234567': 'x' },
      { '46701234567': 7 },
      { '46701234567': ['a'] },
      { '46701234567': { '': 'x' } },
      { '46701234567': { '{sign}': 'x' } },
      { '46701234567': { sign: 1 } },
      { '46701234567': {}, default: [] },
    ),
    fc
      .tuple(recipientList, fc.constantFrom<unknown>('+1', '4670-123', 7, null, '1234567890123456', ''), fc.nat())
      .map(([list, bad, at]) => {
        const copy: unknown[] = [...list]
        copy.splice(at % (list.length + 1), 0, bad)
        return copy
      }),
  ),
  body: fc.constantFrom<unknown>(...REQUIRED_GONE, '', ' \t\r\n', '\u2028\u0085', 5, true, [], {}, 'a'.repeat(2001), `${'😀'.repeat(1000)}a`),
  type: fc.constantFrom<unknown>('flashsms', 'mms', 'text', '', 1, true, [], {}),
  datacoding: fc.constantFrom<unknown>('utf-8', 'ucs2', 'ucs-2', 'unicode', '', 0, 7, true, [], {}),
  priority: fc.constantFrom<unknown>(0, 3, -1, 1.5, '1', '2', true, [], {}, [1]),
  deliveryWindows: fc.constantFrom<unknown>(
    'x',
    5,
    true,
    {},
    { opens: null, closes: null },
    [1],
    [null],
    [[]],
    ['2026-12-01T09:00:00Z'],
    [{ opens: 'tomorrow', closes: null }],
    [{ opens: '2026-12-01', closes: null }],
    [{ opens: null, closes: 5 }],
    [{ opens: '2026-11-24T00:00:00Z', closes: '2026-11-24T12:00:00Z' }],
    [{ opens: '2026-12-01T10:00:00Z', closes: '2026-12-01T09:00:00Z' }],
    [
      { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T17:00:00Z' },
      { opens: '2026-12-01T16:00:00Z', closes: null },
    ],
  ),
  deliveryReportUrl: fc.constantFrom<unknown>(
    'ftp://example.com/dlr',
    'example.com/dlr',
    'https://',
    'https://exa mple.com',
    '/relative',
    5,
    true,
    [],
    {},
    `https://example.com/${'a'.repeat(2028)}`,
  ),
  reference: fc.constantFrom<unknown>('', ' ', '\u00a0\t', 'x'.repeat(41), `${'😀'.repeat(20)}a`, 5, true, [], {}),
  tags: fc.constantFrom<unknown>('x', 5, true, {}, [1], [''], ['  '], [null], [['a']], ['ok', {}]),
}

/** One field and a value that breaks its rule (or {@link ABSENT} for a required field). */
export const corruption: fc.Arbitrary<{ readonly field: RequestField; readonly value: unknown }> = fc.oneof(
  ...REQUEST_FIELDS.map((field) => fc.record({ field: fc.constant(field), value: corruptions[field] })),
)
