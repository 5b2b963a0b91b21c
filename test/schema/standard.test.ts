import { isStandardSchemaValidator, type StandardSchemaV1 as TanStackStandardSchemaV1 } from '@tanstack/form-core'
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { validateBatch, type BatchRequest } from '../../src/batch'
import { prepareBatch } from '../../src/compose'
import { validateSender } from '../../src/rules/sender'
import { toPointer } from '../../src/issue'
import { batchSchema, fieldSchemas, type SchemaResult, type StandardSchemaV1 } from '../../src/schema/standard'
import { validRequest } from '../arbitraries'
import { fuzzParams, hostileValue, logConfiguration, mutated } from '../fuzz/support'
import { valueOf } from '../helpers'

const NOW = new Date('2036-12-01T00:00:00Z')
const VALID = { sender: 'iP1', recipients: ['46701234567'], body: 'Hello' }

/** A request's or field's issues as [path, code] pairs (empty for a success). */
const issuesOf = <A>(r: SchemaResult<A>): Array<[ReadonlyArray<string | number>, string]> =>
  r.issues === undefined ? [] : r.issues.map((i) => [i.path, i.code])

/** An object every reading of which throws. */
const hostile = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('boom')
      },
      ownKeys: () => {
        throw new Error('boom')
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('boom')
      },
      getPrototypeOf: () => {
        throw new Error('boom')
      },
    },
  )

// Type-level: our schemas are Standard Schemas as another copy of the standard's types says
// (TanStack Form's), and as ours says.
const _asTheirs: TanStackStandardSchemaV1<unknown, BatchRequest> = batchSchema()
const _asOurs: StandardSchemaV1<unknown, BatchRequest> = batchSchema()
type _Output = StandardSchemaV1.InferOutput<ReturnType<typeof batchSchema>>
const _output: _Output = valueOf(validateBatch(VALID)).request
void [_asTheirs, _asOurs, _output]

describe('batchSchema', () => {
  it('is a Standard Schema V1 of the vendor sms-preflight', () => {
    const standard = batchSchema()['~standard']
    expect([standard.version, standard.vendor, typeof standard.validate]).toStrictEqual([1, 'sms-preflight', 'function'])
    expect(isStandardSchemaValidator(batchSchema())).toBe(true)
  })

  it("passes a valid request with validateBatch's normalised request as its value", () => {
    const input = { ...VALID, type: 'FLASH', datacoding: 'GSM' }
    expect(batchSchema()['~standard'].validate(input)).toStrictEqual({ value: valueOf(validateBatch(input)).request })
  })

  it('answers as validateBatch: the errors only a composed message shows (a template value outside GSM, a message past 255 parts) are createDraft\'s and prepareBatch\'s (docs/guides/forms.md)', () => {
    const now = new Date('2026-05-01T00:00:00Z')
    const requests = [
      // "ж" is no GSM character, and only the recipient's value brings it.
      { sender: 'iP1', recipients: { '46701234567': { n: 'ж' } }, body: 'Hi {n}', datacoding: 'gsm' },
      // 20,000 UCS-2 characters are 297 parts of 67: past 255.
      { sender: 'iP1', recipients: { '46701234567': { n: 'ж'.repeat(20_000) } }, body: '{n}' },
    ]
    const prepared = requests.map((r) => {
      const p = prepareBatch(r, { now })
      return E.isLeft(p) ? p.left.filter((i) => i.severity === 'error').map((i) => [i.path, i.code]) : []
    })
    expect(prepared).toStrictEqual([[['/recipients/46701234567', 'message.not_gsm']], [['/recipients/46701234567', 'message.too_many_segments']]])
    for (const r of requests) expect(batchSchema({ now })['~standard'].validate(r)).toStrictEqual({ value: valueOf(validateBatch(r, { now })).request })
    // The body's own characters need no composing: batchSchema refuses them.
    const own = batchSchema({ now })['~standard'].validate({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi ж', datacoding: 'gsm' })
    expect('issues' in own && own.issues?.map((i) => i.path)).toStrictEqual([['body']])
  })

  it('passes a request whose issues are warnings alone', () => {
    const input = { ...VALID, recipients: ['046701234567', '046701234567'], tags: [' a', ' a'] }
    expect(valueOf(validateBatch(input)).warnings.map((w) => w.code)).toStrictEqual([
      'recipient.national_format',
      'recipient.duplicate',
      'tag.whitespace',
      'tag.whitespace',
      'tag.duplicate',
    ])
    expect(batchSchema()['~standard'].validate(input)).toStrictEqual({ value: valueOf(validateBatch(input)).request })
  })

  it('fails with the errors alone, leaving out the warnings of the same request', () => {
    const input = { ...VALID, sender: 'TooLongSender', tags: ['a', 'a'] }
    expect(issuesOf(batchSchema()['~standard'].validate(input))).toStrictEqual([[['sender'], 'sender.alphanumeric_length']])
  })

  it('gives the message, the path as keys, the code and the params of each error', () => {
    const input = { ...VALID, recipients: ['46701234567', '46701234568', '46701234569', '4670123456x'] }
    expect(batchSchema()['~standard'].validate(input)).toStrictEqual({
      issues: [
        {
          message: 'A recipient MSISDN has digits only; found "x".',
          path: ['recipients', 3],
          code: 'recipient.non_digit',
          params: { characters: ['x'] },
        },
      ],
    })
  })

  it('leaves params out of an issue whose message needs none', () => {
    expect(batchSchema()['~standard'].validate({ ...VALID, body: '' })).toStrictEqual({
      issues: [{ message: 'The body must not be empty or only white space.', path: ['body'], code: 'body.empty' }],
    })
  })

  it('gives array indices as numbers and object keys as strings, a digit key of the dictionary form included', () => {
    const input = {
      Sender: 'TooLongSender',
      recipients: { '46701234567': { name: 7 }, '0': 'x' },
      body: 'Hi',
      deliveryWindows: [{ opens: '2036-12-02T09:00:00Z', closes: null }, { opens: 'soon', closes: null }],
      tags: ['a', 1],
    }
    expect(issuesOf(batchSchema()['~standard'].validate(input))).toStrictEqual([
      [['Sender'], 'sender.alphanumeric_length'],
      [['recipients', '0'], 'template.values_not_object'],
      [['recipients', '46701234567', 'name'], 'template.value_not_string'],
      [['deliveryWindows', 1, 'opens'], 'window.opens_invalid'],
      [['tags', 1], 'tag.not_string'],
    ])
  })

  it('gives [] as the path of an issue about the whole request', () => {
    expect(issuesOf(batchSchema()['~standard'].validate('not a request'))).toStrictEqual([[[], 'request.not_object']])
    expect(issuesOf(batchSchema({ now: new Date(NaN) })['~standard'].validate(VALID))).toStrictEqual([[[], 'options.now_invalid']])
  })

  it("checks the windows against the options' now", () => {
    const input = { ...VALID, deliveryWindows: [{ opens: '2030-01-01T00:00:00Z', closes: '2030-01-02T00:00:00Z' }] }
    expect(issuesOf(batchSchema()['~standard'].validate(input))).toStrictEqual([])
    expect(issuesOf(batchSchema({ now: NOW })['~standard'].validate(input))).toStrictEqual([[['deliveryWindows', 0], 'window.in_past']])
  })

  it('never throws: an input that throws when read fails with request.unreadable', () => {
    expect(issuesOf(batchSchema()['~standard'].validate(hostile()))).toStrictEqual([[[], 'request.unreadable']])
    for (const field of ['sender', 'recipients', 'body', 'deliveryWindows', 'tags']) {
      const result = batchSchema()['~standard'].validate({ ...VALID, [field]: hostile() })
      expect({ field, failed: (result.issues?.length ?? 0) > 0 }).toStrictEqual({ field, failed: true })
    }
  })

  it("says its messages in the options' locale, as validateBatch does", () => {
    const input = { ...VALID, sender: 'TooLongSender', recipients: ['4670x'] }
    const swedish = validateBatch(input, { locale: 'sv' })
    const messages = (swedish._tag === 'Left' ? swedish.left : []).map((i) => i.message)
    const result = batchSchema({ locale: 'sv' })['~standard'].validate(input)
    expect(result.issues?.map((i) => i.message)).toStrictEqual(messages)
    expect(messages).not.toStrictEqual(batchSchema()['~standard'].validate(input).issues?.map((i) => i.message))
  })

  it('does not change the input', () => {
    const input = { ...VALID, recipients: ['46701234567', 'x'] }
    const copy = structuredClone(input)
    batchSchema()['~standard'].validate(input)
    expect(input).toStrictEqual(copy)
  })

  describe('properties', () => {
    beforeAll(() => logConfiguration('schema/standard'))

    /** The container of each step of `path` in `input`, read as plain data. */
    const containers = (input: unknown, path: ReadonlyArray<string | number>): unknown[] => {
      const out: unknown[] = []
      let at = input
      for (const key of path) {
        out.push(at)
        at = typeof at === 'object' && at !== null && Object.prototype.hasOwnProperty.call(at, key) ? (at as Record<string, unknown>)[key] : undefined
      }
      return out
    }

    const input: fc.Arbitrary<unknown> = fc.oneof(mutated(validRequest), validRequest, fc.jsonValue({ maxDepth: 4 }), hostileValue)

    it("agrees with validateBatch: its value, or its errors at the same places, numbers exactly where the container is an array", () => {
      fc.assert(
        fc.property(input, (request) => {
          const checked = validateBatch(request)
          const result = batchSchema()['~standard'].validate(request)
          if (checked._tag === 'Right') {
            expect(result).toStrictEqual({ value: checked.right.request })
            return
          }
          const errors = checked.left.filter((i) => i.severity === 'error')
          expect((result.issues ?? []).map((i) => [toPointer(i.path), i.code, i.message, i.params])).toStrictEqual(
            errors.map((i) => [i.path, i.code, i.message, i.params]),
          )
          for (const issue of result.issues ?? []) {
            const numbers = issue.path.map((k) => typeof k === 'number')
            expect(numbers).toStrictEqual(containers(request, issue.path).map((c) => Array.isArray(c)))
          }
        }),
        fuzzParams(),
      )
    })
  })
})

describe('fieldSchemas', () => {
  const fields = fieldSchemas({ now: NOW })

  it('gives one Standard Schema V1 of the vendor sms-preflight per field of the request', () => {
    expect(Object.keys(fields)).toStrictEqual([
      'sender',
      'recipients',
      'body',
      'type',
      'datacoding',
      'priority',
      'deliveryWindows',
      'deliveryReportUrl',
      'reference',
      'tags',
    ])
    for (const schema of Object.values(fields)) {
      expect([schema['~standard'].version, schema['~standard'].vendor]).toStrictEqual([1, 'sms-preflight'])
    }
  })

  it('checks the sender: a valid one is its value, a 13-character one sender.alphanumeric_length at []', () => {
    expect(fields.sender['~standard'].validate('iP1')).toStrictEqual({ value: 'iP1' })
    expect(fields.sender['~standard'].validate('TooLongSender')).toStrictEqual({
      issues: [
        {
          message: 'An alphanumeric sender has 3 to 11 characters; this one has 13.',
          path: [],
          code: 'sender.alphanumeric_length',
          params: { length: 13, min: 3, max: 11 },
        },
      ],
    })
  })

  it('checks the recipients in either form, each recipient at its index or key', () => {
    expect(fields.recipients['~standard'].validate(['46701234567', '46701234567'])).toStrictEqual({
      value: { recipients: [{ msisdn: '46701234567', at: 0, values: {} }], recipientsForm: 'list', defaults: {} },
    })
    expect(fields.recipients['~standard'].validate({ default: { name: 'you' }, '46701234567': { name: 'Ann' } })).toStrictEqual({
      value: { recipients: [{ msisdn: '46701234567', at: '46701234567', values: { name: 'Ann' } }], recipientsForm: 'dictionary', defaults: { name: 'you' } },
    })
    expect(issuesOf(fields.recipients['~standard'].validate(['46701234567', '4670x']))).toStrictEqual([[[1], 'recipient.non_digit']])
    expect(issuesOf(fields.recipients['~standard'].validate({ '46701234567': { name: 1 } }))).toStrictEqual([
      [['46701234567', 'name'], 'template.value_not_string'],
    ])
    expect(issuesOf(fields.recipients['~standard'].validate(null))).toStrictEqual([[[], 'recipients.missing']])
    expect(issuesOf(fields.recipients['~standard'].validate([]))).toStrictEqual([[[], 'recipients.empty']])
  })

  it('checks the body: a valid one is its value, an empty one body.empty at []', () => {
    expect(fields.body['~standard'].validate('Hi {name}')).toStrictEqual({ value: 'Hi {name}' })
    expect(issuesOf(fields.body['~standard'].validate(' '))).toStrictEqual([[[], 'body.empty']])
  })

  it('checks the type, normalised: FLASH is flash, flashsms type.invalid with its suggestion', () => {
    expect(fields.type['~standard'].validate('FLASH')).toStrictEqual({ value: 'flash' })
    expect(fields.type['~standard'].validate(undefined)).toStrictEqual({ value: 'sms' })
    expect(fields.type['~standard'].validate('flashsms')).toStrictEqual({
      issues: [{ message: 'The type is "sms" or "flash". Did you mean "flash"?', path: [], code: 'type.invalid', params: { suggestion: 'flash' } }],
    })
  })

  it('checks the datacoding: GSM is gsm, absent is ucs, utf8 datacoding.invalid', () => {
    expect(fields.datacoding['~standard'].validate('GSM')).toStrictEqual({ value: 'gsm' })
    expect(fields.datacoding['~standard'].validate(null)).toStrictEqual({ value: 'ucs' })
    expect(issuesOf(fields.datacoding['~standard'].validate('utf8'))).toStrictEqual([[[], 'datacoding.invalid']])
  })

  it('checks the priority: 2 is 2, absent is 1, "2" priority.invalid', () => {
    expect(fields.priority['~standard'].validate(2)).toStrictEqual({ value: 2 })
    expect(fields.priority['~standard'].validate(undefined)).toStrictEqual({ value: 1 })
    expect(issuesOf(fields.priority['~standard'].validate('2'))).toStrictEqual([[[], 'priority.invalid']])
  })

  it("checks the delivery windows against the options' now, each problem at its window and bound", () => {
    expect(fields.deliveryWindows['~standard'].validate([{ opens: '2036-12-02T09:00:00+01:00', closes: null }])).toStrictEqual({
      value: [{ opens: '2036-12-02T08:00:00.000Z', closes: '2036-12-09T08:00:00.000Z' }],
    })
    expect(issuesOf(fields.deliveryWindows['~standard'].validate([{ opens: null, closes: '2030-01-01T00:00:00Z' }, { opens: 'x', closes: null }]))).toStrictEqual([
      [[0], 'window.in_past'],
      [[1, 'opens'], 'window.opens_invalid'],
    ])
    expect(issuesOf(fields.deliveryWindows['~standard'].validate('soon'))).toStrictEqual([[[], 'windows.invalid_type']])
    // Without now, nothing is in the past and null bounds stay null.
    expect(fieldSchemas().deliveryWindows['~standard'].validate([{ opens: null, closes: '2030-01-01T00:00:00Z' }])).toStrictEqual({
      value: [{ opens: null, closes: '2030-01-01T00:00:00.000Z' }],
    })
  })

  it('checks the delivery report URL: "" is none, plain http passes (a warning), ftp deliveryReportUrl.invalid', () => {
    expect(fields.deliveryReportUrl['~standard'].validate('')).toStrictEqual({ value: null })
    expect(fields.deliveryReportUrl['~standard'].validate('http://example.com/dlr')).toStrictEqual({ value: 'http://example.com/dlr' })
    expect(issuesOf(fields.deliveryReportUrl['~standard'].validate('ftp://example.com'))).toStrictEqual([[[], 'deliveryReportUrl.invalid']])
  })

  it('checks the reference: 40 characters pass, 41 are reference.too_long', () => {
    expect(fields.reference['~standard'].validate('r'.repeat(40))).toStrictEqual({ value: 'r'.repeat(40) })
    expect(issuesOf(fields.reference['~standard'].validate('r'.repeat(41)))).toStrictEqual([[[], 'reference.too_long']])
  })

  it('checks the tags: repeats pass (a warning), a number is tag.not_string at its index', () => {
    expect(fields.tags['~standard'].validate(['a', 'a'])).toStrictEqual({ value: ['a', 'a'] })
    expect(issuesOf(fields.tags['~standard'].validate(['a', 1]))).toStrictEqual([[[1], 'tag.not_string']])
  })

  it("says every field's messages in the options' locale, as the field rules do", () => {
    const swedish = fieldSchemas({ locale: 'sv' })
    const message = (r: SchemaResult<unknown>): string | undefined => r.issues?.[0]?.message
    const english = validateSender('TooLongSender')
    expect(message(swedish.sender['~standard'].validate('TooLongSender'))).toBe(
      (validateSender('TooLongSender', { locale: 'sv' }) as { left: Array<{ message: string }> }).left[0]?.message,
    )
    expect(message(swedish.sender['~standard'].validate('TooLongSender'))).not.toBe((english as { left: Array<{ message: string }> }).left[0]?.message)
    const recipients = validateBatch({ ...VALID, recipients: ['4670x'] }, { locale: 'sv' })
    expect(message(swedish.recipients['~standard'].validate(['4670x']))).toBe(recipients._tag === 'Left' ? recipients.left[0]?.message : 'Right')
  })

  it('never throws: every field schema answers an input that throws when read with issues', () => {
    for (const [field, schema] of Object.entries(fields)) {
      const result = schema['~standard'].validate(hostile())
      expect({ field, failed: result.issues !== undefined && result.issues.length > 0 }).toStrictEqual({ field, failed: true })
    }
    expect(issuesOf(fields.recipients['~standard'].validate(hostile()))).toStrictEqual([[[], 'request.unreadable']])
    expect(issuesOf(fields.tags['~standard'].validate(new Proxy([], { get: () => { throw new Error('boom') } })))).toStrictEqual([
      [[], 'request.unreadable'],
    ])
  })
})
