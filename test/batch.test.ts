import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import * as E from 'fp-ts/Either'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import fc from 'fast-check'
import { ISSUES_PER_CODE_CAP, REQUEST_FIELDS, suggestField, validateBatch, type ValidBatch } from '../src/batch'
import { catalogue, makeIssue, type Issue } from '../src/issue'
import { hasOwn } from '../src/text'
import { ABSENT, NOW, corruption, keyOf, recipientDictionary, recipientList, requestWith, spell, validRequest } from './arbitraries'
import { deepFreeze, errorsOf, scaled, valueOf } from './helpers'

type Result = E.Either<NonEmptyArray<Issue>, ValidBatch>

const NOW_ISO = '2026-11-25T00:00:00.000Z'
/** NOW + 168 hours: 7 days later, same time of day (UTC has no daylight saving). */
const NOW_PLUS_168H = '2026-12-02T00:00:00.000Z'

const example = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', 'examples', name), 'utf8')) as unknown

/** `[path, code]` of every issue of a result: a Left's issues, or a Right's warnings. */
const pairsOf = (r: Result): Array<[string, string]> =>
  (E.isLeft(r) ? r.left : r.right.warnings).map((i) => [i.path, i.code])

const minimal = { sender: 'iP1', recipients: ['46701234567'], body: 'Hello' }

/** Calls `run` while Object.prototype carries the given enumerable properties. */
function withPollutedPrototype<T>(keys: ReadonlyArray<string>, run: () => T): T {
  const proto = Object.prototype as unknown as Record<string, unknown>
  for (const key of keys) proto[key] = { key: 'polluted', value: 'polluted' }
  try {
    return run()
  } finally {
    for (const key of keys) Reflect.deleteProperty(proto, key)
  }
}

describe('validateBatch', () => {
  describe('the source page examples', () => {
    // "At it's core the sending SMS endpoint needs the following values: { "sender": "iP1",
    // "recipients": [ … ], "body": "A very nice message" }"
    it('accepts the simple example and fills every default', () => {
      const batch = valueOf(validateBatch(example('page-simple.json'), { now: NOW }))
      const inList = (msisdn: string, at: number) => ({ msisdn, at, values: {} })
      expect(batch.request).toStrictEqual({
        sender: 'iP1',
        recipients: [
          inList('456189040623', 0),
          inList('175368927054', 1),
          inList('392094880589', 2),
          inList('568798567631', 3),
        ],
        recipientsForm: 'list',
        defaults: {},
        body: 'A very nice message',
        // "Default is sms" / "Default is ucs" / "Priority 1 is the default value"
        type: 'sms',
        datacoding: 'ucs',
        priority: 1,
        // "If no windows are given we will create a window which will apply the parsing rule above":
        // opens null → now, closes null → opens + 168 hours.
        deliveryWindows: [{ opens: NOW_ISO, closes: NOW_PLUS_168H }],
        deliveryReportUrl: null,
        // "null is default value."
        reference: null,
        tags: [],
      })
      expect(batch.warnings).toStrictEqual([])
      expect(batch.keys).toStrictEqual(Object.fromEntries(REQUEST_FIELDS.map((f) => [f, f])))
    })

    // The templated example: "convert your previous recipients array to a dictionary of dictionaries.
    // The top level key is the recipient MSISDN (phone number)."
    it('accepts the templated example and normalises every field', () => {
      const batch = valueOf(validateBatch(example('page-templated.json'), { now: NOW }))
      const inDictionary = (msisdn: string, values: Record<string, string>) => ({ msisdn, at: msisdn, values })
      expect(batch.request).toStrictEqual({
        sender: 'iP1',
        recipients: [
          inDictionary('456189040623', { sign: 'sent by Bob' }),
          inDictionary('175368927054', {}),
          inDictionary('392094880589', {}),
          inDictionary('568798567631', {}),
        ],
        recipientsForm: 'dictionary',
        defaults: { sign: ' sent by iP.1' },
        body: 'A very nice message{sign}',
        type: 'sms',
        datacoding: 'gsm',
        priority: 1,
        // 09:00+01:00 is 08:00Z, 17:00+01:00 is 16:00Z; the second window's null closes is
        // 168 hours (7 days) after its opens.
        deliveryWindows: [
          { opens: '2036-12-01T08:00:00.000Z', closes: '2036-12-01T16:00:00.000Z' },
          { opens: '2036-12-02T08:00:00.000Z', closes: '2036-12-09T08:00:00.000Z' },
        ],
        // The page sends "" for "no delivery reports".
        deliveryReportUrl: null,
        reference: 'A client reference',
        // Tags are kept exactly as written; " ux" only gets a warning.
        tags: ['marketing', ' ux', 'design'],
      })
      expect(batch.warnings).toStrictEqual([makeIssue('tag.whitespace', ['tags', 1], { tag: ' ux' })])
    })

    it('leaves the default window unresolved without now', () => {
      const batch = valueOf(validateBatch(example('page-simple.json')))
      expect(batch.request.deliveryWindows).toStrictEqual([{ opens: null, closes: null }])
    })

    it('resolves windows that do not depend on now even without now', () => {
      const batch = valueOf(validateBatch(example('page-templated.json')))
      expect(batch.request.deliveryWindows).toStrictEqual([
        { opens: '2036-12-01T08:00:00.000Z', closes: '2036-12-01T16:00:00.000Z' },
        { opens: '2036-12-02T08:00:00.000Z', closes: '2036-12-09T08:00:00.000Z' },
      ])
    })

    it('does not refuse a past window without now (in_past depends on now)', () => {
      const input = { ...minimal, deliveryWindows: [{ opens: '2020-01-01T00:00:00Z', closes: '2020-01-02T00:00:00Z' }] }
      expect(E.isRight(validateBatch(input))).toBe(true)
      expect(errorsOf(validateBatch(input, { now: NOW }))).toStrictEqual([['/deliveryWindows/0', 'window.in_past']])
    })
  })

  describe('every problem at once', () => {
    // SPEC: "A Left holds every error found (not just the first)".
    it('reports ten problems in ten fields as ten errors at ten paths, in the page order of the fields', () => {
      const input = {
        sender: 'AB', // "shorter than 3 characters"
        recipients: ['+46701234567'], // "contains non digit characters"
        body: '   ', // "only whitespace"
        type: 'flashsms',
        datacoding: 'utf-8',
        priority: '2', // the number only
        deliveryWindows: [{ opens: 'tomorrow', closes: null }],
        deliveryReportUrl: 'ftp://example.com/reports',
        reference: 'x'.repeat(41), // "May be a maximum of 40 characters"
        tags: ['marketing', 7],
      }
      expect(errorsOf(validateBatch(input, { now: NOW }))).toStrictEqual([
        ['/sender', 'sender.alphanumeric_length'],
        ['/recipients/0', 'recipient.non_digit'],
        ['/body', 'body.empty'],
        ['/type', 'type.invalid'],
        ['/datacoding', 'datacoding.invalid'],
        ['/priority', 'priority.invalid'],
        ['/deliveryWindows/0/opens', 'window.opens_invalid'],
        ['/deliveryReportUrl', 'deliveryReportUrl.invalid'],
        ['/reference', 'reference.too_long'],
        ['/tags/1', 'tag.not_string'],
      ])
    })

    it('keeps the warnings found so far in a Left', () => {
      const r = validateBatch({ ...minimal, body: '', tags: ['a', 'a'] })
      expect(pairsOf(r)).toStrictEqual([
        ['/body', 'body.empty'],
        ['/tags/1', 'tag.duplicate'],
      ])
      expect(E.isLeft(r)).toBe(true)
    })

    // SPEC: "A missing required field is reported at the path where it belongs (/sender)."
    it('reports missing required fields at /sender, /recipients and /body', () => {
      const missing = [
        ['/sender', 'sender.missing'],
        ['/recipients', 'recipients.missing'],
        ['/body', 'body.missing'],
      ]
      expect(errorsOf(validateBatch({}))).toStrictEqual(missing)
      expect(errorsOf(validateBatch({ sender: null, recipients: null, body: null }))).toStrictEqual(missing)
    })

    // SPEC: "null for an optional field means its default."
    it('reads null in every optional field as its default', () => {
      const input = {
        ...minimal,
        type: null,
        datacoding: null,
        priority: null,
        deliveryWindows: null,
        deliveryReportUrl: null,
        reference: null,
        tags: null,
      }
      expect(valueOf(validateBatch(input, { now: NOW }))).toStrictEqual(valueOf(validateBatch(minimal, { now: NOW })))
      expect(valueOf(validateBatch(input, { now: NOW })).request).toMatchObject({
        type: 'sms',
        datacoding: 'ucs',
        priority: 1,
        deliveryWindows: [{ opens: NOW_ISO, closes: NOW_PLUS_168H }],
        deliveryReportUrl: null,
        reference: null,
        tags: [],
      })
    })

    it.each([
      ['an array', []],
      ['an array of the fields', [minimal]],
      ['a string', '{"sender":"iP1"}'],
      ['null', null],
      ['a number', 42],
      ['a boolean', true],
      ['undefined', undefined],
    ])('rejects %s with request.not_object at ""', (_label, input) => {
      expect(validateBatch(input)).toStrictEqual(E.left([makeIssue('request.not_object', [])]))
    })
  })

  describe('field names', () => {
    // SPEC: "Field names match case-insensitively, as the provider's .NET server binds them."
    it('binds Sender and BODY to sender and body, and remembers how they were written', () => {
      const batch = valueOf(validateBatch({ Sender: 'iP1', recipients: ['46701234567'], BODY: 'Hello' }))
      expect(batch.request.sender).toBe('iP1')
      expect(batch.request.body).toBe('Hello')
      expect(batch.warnings).toStrictEqual([])
      expect(batch.keys).toStrictEqual({
        sender: 'Sender',
        recipients: 'recipients',
        body: 'BODY',
        type: 'type',
        datacoding: 'datacoding',
        priority: 'priority',
        deliveryWindows: 'deliveryWindows',
        deliveryReportUrl: 'deliveryReportUrl',
        reference: 'reference',
        tags: 'tags',
      })
    })

    it('reports a field at the key it was written with', () => {
      expect(errorsOf(validateBatch({ Sender: 'AB', RECIPIENTS: ['+1'], Body: ' ', DeliveryWindows: [1] }))).toStrictEqual([
        ['/Sender', 'sender.alphanumeric_length'],
        ['/RECIPIENTS/0', 'recipient.non_digit'],
        ['/Body', 'body.empty'],
        ['/DeliveryWindows/0', 'window.invalid_type'],
      ])
    })

    // SPEC: "two spellings of one field in one request: request.duplicate_field", "reported at the
    // later occurrence".
    it('rejects a second spelling of a field with request.duplicate_field at the later key, in JSON key order', () => {
      const lowerFirst = JSON.parse('{"sender":"iP1","recipients":["46701234567"],"body":"Hello","SENDER":"iP2"}') as unknown
      expect(validateBatch(lowerFirst)).toStrictEqual(
        E.left([makeIssue('request.duplicate_field', ['SENDER'], { field: 'SENDER', first: 'sender' })]),
      )
      const upperFirst = JSON.parse('{"SENDER":"iP1","recipients":["46701234567"],"body":"Hello","sender":"iP2"}') as unknown
      expect(validateBatch(upperFirst)).toStrictEqual(
        E.left([makeIssue('request.duplicate_field', ['sender'], { field: 'sender', first: 'SENDER' })]),
      )
    })

    // SPEC: "A field the page does not define: request.unknown_field (w), with a "did you mean"
    // suggestion in params (datacodig, dataEncoding → datacoding)."
    it('warns about unknown fields with request.unknown_field and a did-you-mean suggestion', () => {
      const input = {
        ...minimal,
        datacodig: 'gsm',
        dataEncoding: 'gsm', // the property name of the page's C# sample class
        delivery_windows: [],
        foo: 1,
      }
      const batch = valueOf(validateBatch(input))
      expect(batch.warnings).toStrictEqual([
        makeIssue('request.unknown_field', ['datacodig'], { field: 'datacodig', suggestion: 'datacoding' }),
        makeIssue('request.unknown_field', ['dataEncoding'], { field: 'dataEncoding', suggestion: 'datacoding' }),
        makeIssue('request.unknown_field', ['delivery_windows'], { field: 'delivery_windows', suggestion: 'deliveryWindows' }),
        makeIssue('request.unknown_field', ['foo'], { field: 'foo' }),
      ])
      // An unknown field is ignored: its value is never bound.
      expect(batch.request.datacoding).toBe('ucs')
    })

    it('escapes an unknown field name in its path (RFC 6901)', () => {
      expect(pairsOf(validateBatch({ ...minimal, 'a/b~c': 1 }))).toStrictEqual([['/a~1b~0c', 'request.unknown_field']])
    })
  })

  describe('recipients', () => {
    // SPEC: "The same number twice: recipient.duplicate (w), composed once."
    it('warns about a repeated number with recipient.duplicate at the later index and composes it once', () => {
      const batch = valueOf(validateBatch({ ...minimal, recipients: ['46701234567', '46709876543', '46701234567'] }))
      expect(batch.warnings).toStrictEqual([
        makeIssue('recipient.duplicate', ['recipients', 2], { msisdn: '46701234567', first: 0 }),
      ])
      expect(batch.request.recipients).toStrictEqual([
        { msisdn: '46701234567', at: 0, values: {} },
        { msisdn: '46709876543', at: 1, values: {} },
      ])
    })

    it('reads the dictionary form with its default values', () => {
      const recipients = { default: { sign: 'iP' }, '46701234567': { sign: 'Bob', name: 'B' }, '46709876543': {} }
      const batch = valueOf(validateBatch({ ...minimal, recipients }))
      expect(batch.warnings).toStrictEqual([])
      expect(batch.request.recipientsForm).toBe('dictionary')
      expect(batch.request.defaults).toStrictEqual({ sign: 'iP' })
      expect(batch.request.recipients).toStrictEqual([
        { msisdn: '46701234567', at: '46701234567', values: { sign: 'Bob', name: 'B' } },
        { msisdn: '46709876543', at: '46709876543', values: {} },
      ])
    })

    // SPEC: "recipients.empty (no recipient; default alone does not count)".
    it.each([
      ['an empty array', []],
      ['an empty object', {}],
      ['default alone', { default: { sign: 'iP' } }],
    ])('rejects %s with recipients.empty', (_label, recipients) => {
      expect(validateBatch({ ...minimal, recipients })).toStrictEqual(
        E.left([makeIssue('recipients.empty', ['recipients'])]),
      )
    })

    it.each([
      ['a string', '46701234567'],
      ['a number', 46701234567],
      ['a boolean', false],
    ])('rejects %s with recipients.invalid_type', (_label, recipients) => {
      expect(errorsOf(validateBatch({ ...minimal, recipients }))).toStrictEqual([['/recipients', 'recipients.invalid_type']])
    })

    // "A request will be rejected if a recipients: … contains non digit characters"
    it('rejects an invalid key of the dictionary form at /recipients/<key>', () => {
      const recipients = { '+46701234567': { sign: 'x' }, '46709876543': {}, '4670123456789012': {} }
      expect(errorsOf(validateBatch({ ...minimal, recipients }))).toStrictEqual([
        ['/recipients/+46701234567', 'recipient.non_digit'],
        ['/recipients/4670123456789012', 'recipient.too_long'],
      ])
    })

    it.each([
      ['a string', 'Bob'],
      ['an array', ['Bob']],
      ['a number', 7],
    ])('rejects template values that are %s with template.values_not_object', (_label, values) => {
      expect(errorsOf(validateBatch({ ...minimal, recipients: { '46701234567': values } }))).toStrictEqual([
        ['/recipients/46701234567', 'template.values_not_object'],
      ])
      expect(errorsOf(validateBatch({ ...minimal, recipients: { '46701234567': {}, default: values } }))).toStrictEqual([
        ['/recipients/default', 'template.values_not_object'],
      ])
    })

    it('rejects a template value that is not a string with template.value_not_string at /recipients/<msisdn>/<key>', () => {
      const recipients = { '46701234567': { sign: 5, name: null, ok: 'yes' }, default: { list: ['a'] } }
      expect(errorsOf(validateBatch({ ...minimal, recipients }))).toStrictEqual([
        ['/recipients/46701234567/sign', 'template.value_not_string'],
        ['/recipients/46701234567/name', 'template.value_not_string'],
        ['/recipients/default/list', 'template.value_not_string'],
      ])
    })

    it('rejects an empty template key or one with a brace with template.invalid_key', () => {
      const recipients = { '46701234567': { '': 'a', '{sign}': 'b', 'a}': 'c', ok: 'd' } }
      const r = validateBatch({ ...minimal, recipients })
      expect(r).toStrictEqual(
        E.left([
          makeIssue('template.invalid_key', ['recipients', '46701234567', ''], { key: '' }),
          makeIssue('template.invalid_key', ['recipients', '46701234567', '{sign}'], { key: '{sign}' }),
          makeIssue('template.invalid_key', ['recipients', '46701234567', 'a}'], { key: 'a}' }),
        ]),
      )
      // The empty key is the empty reference token: the pointer ends in "/".
      expect(errorsOf(r)[0]).toStrictEqual(['/recipients/46701234567/', 'template.invalid_key'])
    })

    it('escapes a template key in its path: "a/b~c" is the segment "a~1b~0c"', () => {
      expect(errorsOf(validateBatch({ ...minimal, recipients: { '46701234567': { 'a/b~c': 1 } } }))).toStrictEqual([
        ['/recipients/46701234567/a~1b~0c', 'template.value_not_string'],
      ])
    })

    it('reads a template value from every ordinary key, __proto__, constructor and prototype included', () => {
      const recipients = JSON.parse(
        '{"46701234567":{"__proto__":"p","constructor":"c","prototype":"q"},"default":{"__proto__":"d","toString":"t"}}',
      ) as unknown
      const batch = valueOf(validateBatch({ ...minimal, recipients }))
      const values = batch.request.recipients[0]?.values
      expect(values).toStrictEqual(JSON.parse('{"__proto__":"p","constructor":"c","prototype":"q"}'))
      expect(values === undefined ? [] : Object.keys(values)).toStrictEqual(['__proto__', 'constructor', 'prototype'])
      expect(batch.request.defaults).toStrictEqual(JSON.parse('{"__proto__":"d","toString":"t"}'))
      expect(batch.warnings).toStrictEqual([])
    })

    it('rejects a non-string __proto__ template value without touching any prototype', () => {
      const recipients = JSON.parse('{"46701234567":{"__proto__":{"polluted":"yes"}}}') as unknown
      expect(errorsOf(validateBatch({ ...minimal, recipients }))).toStrictEqual([
        ['/recipients/46701234567/__proto__', 'template.value_not_string'],
      ])
      expect(hasOwn(Object.prototype, 'polluted')).toBe(false)
    })

    it('treats __proto__, constructor and prototype keys of the dictionary form as (invalid) numbers', () => {
      const recipients = JSON.parse(
        '{"46701234567":{},"__proto__":{"sign":"x"},"constructor":{},"prototype":{}}',
      ) as unknown
      expect(errorsOf(validateBatch({ ...minimal, recipients }))).toStrictEqual([
        ['/recipients/__proto__', 'recipient.non_digit'],
        ['/recipients/constructor', 'recipient.non_digit'],
        ['/recipients/prototype', 'recipient.non_digit'],
      ])
    })

    it('does not count a dictionary of only a __proto__ key as "default alone"', () => {
      const recipients = JSON.parse('{"__proto__":{}}') as unknown
      expect(errorsOf(validateBatch({ ...minimal, recipients }))).toStrictEqual([
        ['/recipients/__proto__', 'recipient.non_digit'],
      ])
    })

    // SPEC: the library must be "fast on a million recipients"; a Left must stay readable.
    // (Mutation runs use 1 % of the size: the cap logic is the same, each run 100 times cheaper.)
    it('lists at most 1000 issues of one code among 1,000,000 invalid recipients and counts the rest', () => {
      expect(ISSUES_PER_CODE_CAP).toBe(1000)
      const n = scaled(1_000_000)
      // Even indices: a number (recipient.not_string); odd: a leading "+" (recipient.non_digit).
      const recipients = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 46701234567 : '+46701234567'))
      const r = validateBatch({ ...minimal, recipients })
      // Indices 0..1999 hold the first 1000 of each code; the remaining n/2 − 1000 of each are counted.
      const listed = Array.from({ length: 2000 }, (_, i): [string, string] => [
        `/recipients/${i}`,
        i % 2 === 0 ? 'recipient.not_string' : 'recipient.non_digit',
      ])
      expect(errorsOf(r)).toStrictEqual([
        ...listed,
        ['/recipients', 'request.too_many_issues'],
        ['/recipients', 'request.too_many_issues'],
      ])
      expect(E.isLeft(r) && r.left.slice(2000)).toStrictEqual([
        makeIssue('request.too_many_issues', ['recipients'], { code: 'recipient.not_string', omitted: n / 2 - 1000, cap: 1000 }),
        makeIssue('request.too_many_issues', ['recipients'], { code: 'recipient.non_digit', omitted: n / 2 - 1000, cap: 1000 }),
      ])
    })

    it('accepts 1,000,000 copies of one number as one recipient, with 1000 listed repeats and a count', () => {
      const n = scaled(1_000_000)
      const r = validateBatch({ ...minimal, recipients: Array.from({ length: n }, () => '46701234567') })
      const batch = valueOf(r)
      expect(batch.request.recipients).toStrictEqual([{ msisdn: '46701234567', at: 0, values: {} }])
      // n − 1 repeats (indices 1..n − 1): 1..1000 listed, n − 1001 counted.
      expect(batch.warnings).toHaveLength(1001)
      expect(batch.warnings[0]).toStrictEqual(makeIssue('recipient.duplicate', ['recipients', 1], { msisdn: '46701234567', first: 0 }))
      expect(batch.warnings[999]).toStrictEqual(makeIssue('recipient.duplicate', ['recipients', 1000], { msisdn: '46701234567', first: 0 }))
      expect(batch.warnings[1000]).toStrictEqual(
        makeIssue('request.too_many_issues', ['recipients'], { code: 'recipient.duplicate', omitted: n - 1001, cap: 1000 }),
      )
    })
  })

  describe('bad input', () => {
    it.each<[string, unknown, Array<[string, string]>]>([
      ['sender', 42, [['/sender', 'sender.not_string']]],
      ['sender', [['iP1']], [['/sender', 'sender.not_string']]],
      ['sender', {}, [['/sender', 'sender.not_string']]],
      ['recipients', 42, [['/recipients', 'recipients.invalid_type']]],
      ['recipients', [[[]]], [['/recipients/0', 'recipient.not_string']]],
      ['recipients', [null], [['/recipients/0', 'recipient.not_string']]],
      ['body', 42, [['/body', 'body.not_string']]],
      ['body', [['Hello']], [['/body', 'body.not_string']]],
      ['type', [['sms']], [['/type', 'type.invalid']]],
      ['type', 1, [['/type', 'type.invalid']]],
      ['datacoding', [['gsm']], [['/datacoding', 'datacoding.invalid']]],
      ['priority', [1], [['/priority', 'priority.invalid']]],
      ['priority', '1', [['/priority', 'priority.invalid']]],
      ['deliveryWindows', 42, [['/deliveryWindows', 'windows.invalid_type']]],
      ['deliveryWindows', [[[]]], [['/deliveryWindows/0', 'window.invalid_type']]],
      ['deliveryWindows', [{ opens: [[]], closes: 5 }], [['/deliveryWindows/0/opens', 'window.opens_invalid'], ['/deliveryWindows/0/closes', 'window.closes_invalid']]],
      ['deliveryReportUrl', 42, [['/deliveryReportUrl', 'deliveryReportUrl.invalid']]],
      ['deliveryReportUrl', [['https://example.com']], [['/deliveryReportUrl', 'deliveryReportUrl.invalid']]],
      ['reference', 42, [['/reference', 'reference.not_string']]],
      ['reference', [[]], [['/reference', 'reference.not_string']]],
      ['tags', 42, [['/tags', 'tags.invalid_type']]],
      ['tags', [[[]]], [['/tags/0', 'tag.not_string']]],
      ['tags', { 0: 'a' }, [['/tags', 'tags.invalid_type']]],
    ])('rejects %s = %j with its own code', (field, value, expected) => {
      expect(errorsOf(validateBatch({ ...minimal, [field]: value }))).toStrictEqual(expected)
    })

    it('gives every field holding a 10 MB string its specific code', () => {
      const big = 'a'.repeat(10 * 1024 * 1024)
      const bigDigits = '4'.repeat(10 * 1024 * 1024)
      const input = {
        [big]: 1,
        sender: big,
        recipients: [bigDigits],
        body: big,
        type: big,
        datacoding: big,
        priority: big,
        deliveryWindows: [{ opens: big, closes: null }],
        deliveryReportUrl: `https://${big}`,
        reference: big,
        tags: [big],
      }
      expect(pairsOf(validateBatch(input, { now: NOW }))).toStrictEqual([
        [`/${big}`, 'request.unknown_field'],
        ['/sender', 'sender.alphanumeric_length'],
        ['/recipients/0', 'recipient.too_long'],
        ['/body', 'body.too_long'],
        ['/type', 'type.invalid'],
        ['/datacoding', 'datacoding.invalid'],
        ['/priority', 'priority.invalid'],
        ['/deliveryWindows/0/opens', 'window.opens_invalid'],
        // Over 2047 characters: refused by its length alone, never parsed.
        ['/deliveryReportUrl', 'deliveryReportUrl.too_long'],
        ['/reference', 'reference.too_long'],
        // A tag has no length limit on the page.
      ])
    })

    it('treats __proto__, constructor and prototype request keys as unknown fields, never as fields', () => {
      const input = JSON.parse(
        '{"sender":"iP1","recipients":["46701234567"],"body":"Hello","__proto__":{"priority":7,"type":"x"},"constructor":{"name":"x"},"prototype":2}',
      ) as unknown
      const batch = valueOf(validateBatch(input))
      expect(batch.warnings).toStrictEqual([
        makeIssue('request.unknown_field', ['__proto__'], { field: '__proto__' }),
        makeIssue('request.unknown_field', ['constructor'], { field: 'constructor' }),
        makeIssue('request.unknown_field', ['prototype'], { field: 'prototype' }),
      ])
      expect(batch.request.priority).toBe(1)
      expect(batch.request.type).toBe('sms')
    })

    it('never reads inherited properties of the request or of template values', () => {
      const inherited = Object.create({ sender: 'iP1', recipients: ['46701234567'], body: 'Hello' }) as object
      expect(errorsOf(validateBatch(inherited))).toStrictEqual([
        ['/sender', 'sender.missing'],
        ['/recipients', 'recipients.missing'],
        ['/body', 'body.missing'],
      ])
      // Inherited entries that would break every template rule are not entries at all.
      const values = Object.create({ sign: 5, '': 'x', '{key}': 'y' }) as object
      const batch = valueOf(validateBatch({ ...minimal, recipients: { '46701234567': values, default: values } }))
      expect(batch.warnings).toStrictEqual([])
      expect(batch.request.recipients.map((r) => Object.keys(r.values))).toStrictEqual([[]])
      expect(Object.keys(batch.request.defaults)).toStrictEqual([])
      const recipients = Object.create({ '46701234567': {} }) as object
      expect(errorsOf(validateBatch({ ...minimal, recipients }))).toStrictEqual([['/recipients', 'recipients.empty']])
    })

    it('gives the same result when Object.prototype carries every field name', () => {
      const input = example('page-templated.json')
      const clean = validateBatch(input, { now: NOW })
      const keys = [...REQUEST_FIELDS, 'default', 'sign', 'opens', 'closes', '456189040623']
      expect(withPollutedPrototype(keys, () => validateBatch(input, { now: NOW }))).toStrictEqual(clean)
      const bare = withPollutedPrototype(keys, () => validateBatch(minimal))
      expect(bare).toStrictEqual(validateBatch(minimal))
    })

    it('accepts a request object without a prototype', () => {
      const input = Object.assign(Object.create(null) as object, minimal)
      expect(validateBatch(input)).toStrictEqual(validateBatch(minimal))
    })
  })
})

describe('suggestField', () => {
  it.each([
    ['datacodig', 'datacoding'], // one letter missing
    ['dataEncoding', 'datacoding'], // the C# sample's property name
    ['DataCoding', 'datacoding'], // a case-only mismatch
    ['delivery_windows', 'deliveryWindows'], // separators folded
    ['delivery-report-url', 'deliveryReportUrl'],
    ['recipient', 'recipients'],
    ['sendr', 'sender'],
    ['from', 'sender'],
    ['callbackUrl', 'deliveryReportUrl'],
  ])('suggests %s → %s', (name, field) => {
    expect(suggestField(name)).toBe(field)
  })

  it.each(['foo', 'xyz', '__proto__', 'constructor', 'prototype', 'toString', '', 'a'.repeat(100)])(
    'suggests nothing for %j',
    (name) => {
      expect(suggestField(name)).toBeUndefined()
    },
  )
})

/** Checks the shape the public contract promises, for any result. */
function expectWellFormed(result: Result): void {
  const issues: ReadonlyArray<Issue> = E.isLeft(result) ? result.left : result.right.warnings
  for (const issue of issues) {
    expect(Object.keys(issue).every((k) => ['severity', 'code', 'path', 'message', 'params'].includes(k))).toBe(true)
    expect(hasOwn(catalogue, issue.code)).toBe(true)
    expect(issue.severity).toBe(catalogue[issue.code].severity)
    expect(issue.path === '' || issue.path.startsWith('/')).toBe(true)
    expect(typeof issue.message === 'string' && issue.message.length > 0).toBe(true)
  }
  if (E.isLeft(result)) {
    expect(result.left.length).toBeGreaterThan(0)
    expect(result.left.some((i) => i.severity === 'error')).toBe(true)
  } else {
    expect(result.right.warnings.every((i) => i.severity === 'warning')).toBe(true)
  }
}

/** A request of valid and arbitrary fields, with awkward extra keys. */
const requestShaped: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    validRequest,
    fc.dictionary(
      fc.oneof(
        fc.constantFrom(...REQUEST_FIELDS.flatMap((f) => [spell(f, 0), spell(f, 1), spell(f, 2)])),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'default', 'toString'),
        fc.string({ maxLength: 12 }),
      ),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), recipientDictionary, recipientList),
      { maxKeys: 4 },
    ),
  )
  .map(([valid, noise]) => ({ ...valid, ...noise }))

const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({
    maxDepth: 4,
    withNullPrototype: true,
    withSparseArray: true,
    withBoxedValues: true,
    withObjectString: true,
    withBigInt: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withTypedArray: true,
  }),
  requestShaped,
)

/** A valid request with one field broken (or removed), and the path where its errors belong. */
const corrupted: fc.Arbitrary<{ readonly input: Record<string, unknown>; readonly at: string }> = fc
  .tuple(validRequest, corruption)
  .map(([request, { field, value }]) => {
    const key = keyOf(request, field)
    const others = Object.entries(request).filter(([k]) => k !== key)
    if (value === ABSENT) return { input: Object.fromEntries(others), at: `/${field}` }
    return { input: Object.fromEntries([...others, [key ?? field, value]]), at: `/${key ?? field}` }
  })

/**
 * Property runs: as written, or fewer in mutation runs (MUTATION_PROPERTY_RUNS), where every
 * mutant runs these properties and a counterexample shows within far fewer runs.
 */
function runs(n: number): number {
  const cap = Number(process.env['MUTATION_PROPERTY_RUNS'])
  return Number.isInteger(cap) && cap > 0 ? Math.min(n, cap) : n
}

describe('properties', () => {
  it('should accept every generated valid request, with and without now', () => {
    fc.assert(
      fc.property(validRequest, (request) => {
        const withNow = valueOf(validateBatch(request, { now: NOW }))
        expect(withNow.warnings.every((w) => w.severity === 'warning')).toBe(true)
        valueOf(validateBatch(request))
      }),
      { numRuns: runs(300) },
    )
  })

  it('should accept both recipient forms and compose each number once', () => {
    fc.assert(
      fc.property(fc.constantFrom<'list' | 'dictionary'>('list', 'dictionary').chain(requestWith), (request) => {
        const key = keyOf(request, 'recipients') ?? 'recipients'
        const given = request[key]
        const expected = Array.isArray(given) ? [...new Set(given)] : Object.keys(given as object).filter((k) => k !== 'default')
        const batch = valueOf(validateBatch(request, { now: NOW }))
        expect(batch.request.recipients.map((r) => r.msisdn)).toStrictEqual(expected)
        expect(batch.request.recipientsForm).toBe(Array.isArray(given) ? 'list' : 'dictionary')
      }),
    )
  })

  it('should reject a valid request with one field corrupted, with errors only at that field', () => {
    fc.assert(
      fc.property(corrupted, ({ input, at }) => {
        const r = validateBatch(input, { now: NOW })
        const errors = errorsOf(E.isLeft(r) ? E.left(r.left.filter((i) => i.severity === 'error')) : r)
        expect(errors.length).toBeGreaterThan(0)
        expect(errors.filter(([path]) => path !== at && !path.startsWith(`${at}/`))).toStrictEqual([])
      }),
      { numRuns: runs(500) },
    )
  })

  it('should never throw and always give a well-formed result, for any input', () => {
    fc.assert(
      fc.property(anyInput, fc.boolean(), (input, withNow) => {
        expectWellFormed(validateBatch(input, withNow ? { now: NOW } : {}))
      }),
      { numRuns: runs(500) },
    )
  })

  it('should never mutate its input (a deep-frozen input works, and a clone is unchanged)', () => {
    fc.assert(
      fc.property(fc.oneof(validRequest, corrupted.map((c) => c.input), requestShaped, fc.jsonValue({ maxDepth: 4 })), (input) => {
        const before = structuredClone(input)
        deepFreeze(input)
        const r = validateBatch(input, { now: NOW })
        expectWellFormed(r)
        // Node's deep strict equality (jest's would compare own "constructor" keys by identity).
        expect(isDeepStrictEqual(structuredClone(input), before)).toBe(true)
      }),
    )
  })

  it('should give deep-equal results for the same input twice', () => {
    fc.assert(
      fc.property(fc.oneof(validRequest, corrupted.map((c) => c.input), anyInput), (input) => {
        expect(validateBatch(input, { now: NOW })).toStrictEqual(validateBatch(input, { now: NOW }))
      }),
    )
  })
})

describe('validateBatch with an invalid now', () => {
  it('reports options.now_invalid with every issue that does not depend on now', () => {
    const r = validateBatch({ sender: 'iP', recipients: ['46701234567'], body: 'x' }, { now: new Date(Number.NaN) })
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code]) : []).toStrictEqual([
      ['', 'options.now_invalid'],
      ['/sender', 'sender.alphanumeric_length'],
    ])
  })
})

describe('validateBatch: the body against the recipients', () => {
  // SPEC "datacoding": "A composed message holding any character outside the GSM basic and
  // extension tables is refused: message.not_gsm, listing each character and its index, at the
  // body's path". Every message holds the body, so the request itself is refused.
  it('refuses a body with a non-GSM character under gsm with message.not_gsm at /body', () => {
    const r = validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'Cześć', datacoding: 'gsm' })
    // C z e ś ć: C, z, e are GSM; ś (index 3) and ć (index 4) are not.
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code, i.params]) : []).toStrictEqual([
      ['/body', 'message.not_gsm', { characters: [{ char: 'ś', index: 3 }, { char: 'ć', index: 4 }] }],
    ])
  })

  it('does not count a non-GSM character inside a resolved placeholder of the body', () => {
    // The placeholder {ń} is replaced by each recipient's value, so its key is never sent.
    const r = validateBatch({ sender: 'iP1', recipients: { '46701234567': { 'ń': 'n' } }, body: 'Hi {ń}', datacoding: 'gsm' })
    expect(E.isRight(r)).toBe(true)
  })

  // SPEC "Templating": "A placeholder whose key is no key of the batch stays as written … and
  // gets template.unresolved (w) at the body's path."
  it('warns template.unresolved at /body already in validateBatch, once per placeholder', () => {
    const r = valueOf(validateBatch({ sender: 'iP1', recipients: { '46701234567': { a: 'x' } }, body: '{a} {b} {b}' }))
    expect(r.warnings.map((w) => [w.path, w.code, w.params])).toStrictEqual([['/body', 'template.unresolved', { placeholder: '{b}', key: 'b' }]])
  })

  it('keeps 150,000 tag warnings bounded instead of overflowing the stack', () => {
    const n = Math.max(scaled(150_000), 1500)
    const r = valueOf(validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'x', tags: Array.from({ length: n }, () => 't') }))
    // n − 1 repeats of "t" (149,999): 1,000 listed, the other n − 1001 (148,999) counted at /tags.
    expect(r.warnings.length).toBe(ISSUES_PER_CODE_CAP + 1)
    expect(r.warnings[ISSUES_PER_CODE_CAP]?.params).toStrictEqual({ code: 'tag.duplicate', omitted: n - 1001, cap: ISSUES_PER_CODE_CAP })
    expect(r.warnings[ISSUES_PER_CODE_CAP]?.path).toBe('/tags')
  })
})

describe('message.not_gsm and look-alikes', () => {
  it('names the GSM look-alike on offer for a refused curly quote, and none for an emoji', () => {
    const r = validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'It’s 😀', datacoding: 'gsm' })
    // I t ’ s ␠ 😀: ’ at 2, the emoji (a surrogate pair) at 5
    expect(E.isLeft(r) ? r.left.map((i) => i.params) : []).toStrictEqual([
      { characters: [{ char: '’', index: 2 }, { char: '😀', index: 5 }], lookalikes: [{ char: '’', replacement: "'" }] },
    ])
  })
})
