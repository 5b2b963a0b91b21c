import * as t from 'io-ts'
import { PathReporter } from 'io-ts/PathReporter'
import { validateBatch } from '../../src/batch'
import { batchCodec, fieldCodecs } from '../../src/schema/ioTs'
import { valueOf } from '../helpers'

const NOW = new Date('2036-12-01T00:00:00Z')
const VALID = { sender: 'iP1', recipients: ['46701234567'], body: 'Hello' }

/** The context keys and the message of each error of a failed decode (`[]` for a success). */
function failures(result: t.Validation<unknown>): Array<[string[], string | undefined]> {
  return result._tag === 'Right' ? [] : result.left.map((e) => [e.context.map((c) => c.key), e.message])
}

/** The names of the codecs of each context entry of each error. */
function typeNames(result: t.Validation<unknown>): string[][] {
  return result._tag === 'Right' ? [] : result.left.map((e) => e.context.map((c) => c.type.name))
}

/** What a caller's reporter prints: `where: message`, the key path joined with dots. */
const report = (result: t.Validation<unknown>): string[] =>
  result._tag === 'Right'
    ? []
    : result.left.map((e) => `${e.context.map((c) => c.key).filter((k) => k !== '').join('.')}: ${e.message ?? ''}`)

describe('batchCodec', () => {
  const Campaign = t.type({ campaign: t.string, batch: batchCodec({ now: NOW }) })

  it("decodes a valid request to validateBatch's normalised request, warnings alone being no failure", () => {
    const input = { ...VALID, recipients: ['046701234567'], type: 'FLASH' }
    expect(batchCodec().decode(input)).toStrictEqual({ _tag: 'Right', right: valueOf(validateBatch(input)).request })
  })

  it("composes inside a caller's codec: each error's context starts with the caller's keys, then the issue's path", () => {
    const result = Campaign.decode({
      campaign: 'spring',
      batch: { sender: 'TooLongSender', recipients: ['46701234567', '46701234568', '46701234569', '4670123456x'], body: 'Hi' },
    })
    expect(failures(result)).toStrictEqual([
      [['', 'batch', 'sender'], 'An alphanumeric sender has 3 to 11 characters; this one has 13.'],
      [['', 'batch', 'recipients', '3'], 'A recipient MSISDN has digits only; found "x".'],
    ])
    expect(typeNames(result)).toStrictEqual([
      [Campaign.name, 'BatchRequest', 'Sender'],
      [Campaign.name, 'BatchRequest', 'Recipients', 'unknown'],
    ])
  })

  it("reports its errors beside the caller's own, each reporter showing our messages", () => {
    const result = Campaign.decode({ campaign: 7, batch: { ...VALID, tags: ['a', 1] } })
    expect(PathReporter.report(result)).toStrictEqual([
      'Invalid value 7 supplied to : { campaign: string, batch: BatchRequest }/campaign: string',
      'A tag must be a string.',
    ])
    expect(report(result)).toStrictEqual(['campaign: ', 'batch.tags.1: A tag must be a string.'])
  })

  it('leaves the warnings of a failing request out of its errors', () => {
    expect(failures(batchCodec().decode({ ...VALID, body: '', tags: ['a', 'a'] }))).toStrictEqual([
      [['', 'body'], 'The body must not be empty or only white space.'],
    ])
  })

  it('gives each context entry the value standing there, and the error the value at its path', () => {
    const batch = { ...VALID, deliveryWindows: [{ opens: 'soon', closes: null }] }
    const result = Campaign.decode({ campaign: 'spring', batch })
    expect(result._tag).toBe('Left')
    const [error] = result._tag === 'Left' ? result.left : []
    expect(error?.value).toBe('soon')
    expect(error?.context.map((c) => c.actual)).toStrictEqual([{ campaign: 'spring', batch }, batch, batch.deliveryWindows, batch.deliveryWindows[0], 'soon'])
  })

  it("names the field's codec for a key written in another case, and reports an issue about the whole request at the caller's context", () => {
    expect(typeNames(batchCodec().decode({ ...VALID, Priority: 3 }))).toStrictEqual([['BatchRequest', 'Priority']])
    const notObject = Campaign.decode({ campaign: 'spring', batch: [] })
    expect(failures(notObject)).toStrictEqual([[['', 'batch'], 'The request must be a JSON object.']])
    expect(notObject._tag === 'Left' ? notObject.left[0]?.value : undefined).toStrictEqual([])
  })

  it("checks the windows against the options' now", () => {
    const input = { ...VALID, deliveryWindows: [{ opens: '2030-01-01T00:00:00Z', closes: '2030-01-02T00:00:00Z' }] }
    expect(batchCodec().decode(input)._tag).toBe('Right')
    expect(failures(batchCodec({ now: NOW }).decode(input))).toStrictEqual([
      [['', 'deliveryWindows', '0'], 'The window closes (2030-01-02T00:00:00.000Z) at or before now (2036-12-01T00:00:00.000Z).'],
    ])
  })

  it("says its messages in the options' locale, as validateBatch does", () => {
    const input = { ...VALID, body: '' }
    const swedish = validateBatch(input, { locale: 'sv' })
    const messages = (swedish._tag === 'Left' ? swedish.left : []).map((i) => i.message)
    expect(failures(batchCodec({ locale: 'sv' }).decode(input)).map(([, message]) => message)).toStrictEqual(messages)
    expect(failures(fieldCodecs({ locale: 'sv' }).body.decode('')).map(([, message]) => message)).toStrictEqual(messages)
  })

  it('never throws: an input that throws when read fails with the request.unreadable message', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom') }, getPrototypeOf: () => { throw new Error('boom') } })
    expect(failures(batchCodec().decode(hostile))).toStrictEqual([[[''], 'The input could not be read (Error: boom).']])
    expect(batchCodec().is(hostile)).toBe(false)
    const throwing = new Proxy({}, { get: () => { throw new Error('boom') } })
    expect([batchCodec().is(throwing), fieldCodecs().recipients.is(throwing), fieldCodecs().deliveryWindows.is([throwing])]).toStrictEqual([false, false, false])
  })

  it('never throws from validate called without a context, or with one that cannot be read: its errors start at the root', () => {
    // io-ts always passes a context; validate is public, and a caller may call it directly.
    const input = { ...VALID, sender: '' }
    const codec = batchCodec()
    const revoked = Proxy.revocable([], {})
    revoked.revoke()
    const unreadable = new Proxy([], { get: () => { throw new Error('boom') } })
    for (const context of [undefined, null, 'ctx', revoked.proxy, unreadable]) {
      const r = codec.validate(input, context as unknown as t.Context)
      expect(failures(r)).toStrictEqual([[['sender'], 'The sender must not be empty or only white space.']])
    }
    const field = fieldCodecs().sender.validate('', undefined as unknown as t.Context)
    expect(failures(field)).toStrictEqual([[[], 'The sender must not be empty or only white space.']])
  })

  it('tells a BatchRequest with is, and encodes it as itself', () => {
    const request = valueOf(validateBatch({ ...VALID, recipients: { default: { n: 'x' }, '46701234567': { n: 'y' } }, tags: ['a'] })).request
    const codec = batchCodec()
    expect(codec.is(request)).toBe(true)
    expect(codec.encode(request)).toBe(request)
    expect(codec.is(VALID)).toBe(false)
    expect(codec.is({ ...request, type: 'SMS' })).toBe(false)
    expect(codec.is({ ...request, recipients: [{ msisdn: '4670x', at: 0, values: {} }] })).toBe(false)
    expect(codec.is(null)).toBe(false)
    expect(t.array(codec).is([request, request])).toBe(true)
  })
})

describe('fieldCodecs', () => {
  const fields = fieldCodecs({ now: NOW })

  it('gives one codec per field of the request, named after what it decodes', () => {
    expect(Object.entries(fields).map(([field, codec]) => [field, codec.name])).toStrictEqual([
      ['sender', 'Sender'],
      ['recipients', 'Recipients'],
      ['body', 'Body'],
      ['type', 'MessageType'],
      ['datacoding', 'Datacoding'],
      ['priority', 'Priority'],
      ['deliveryWindows', 'DeliveryWindows'],
      ['deliveryReportUrl', 'DeliveryReportUrl'],
      ['reference', 'Reference'],
      ['tags', 'Tags'],
    ])
  })

  it("decodes each field to its normalised value, and fails with the rule's errors below the caller's key", () => {
    const Contact = t.type({ from: fields.sender, to: fields.recipients, kind: fields.type, labels: fields.tags })
    expect(Contact.decode({ from: 'iP1', to: ['46701234567'], kind: 'FLASH', labels: null })).toStrictEqual({
      _tag: 'Right',
      right: {
        from: 'iP1',
        to: { recipients: [{ msisdn: '46701234567', at: 0, values: {} }], recipientsForm: 'list', defaults: {} },
        kind: 'flash',
        labels: [],
      },
    })
    const result = Contact.decode({ from: 'TooLongSender', to: { '46701234567': { name: 1 } }, kind: 'flashsms', labels: ['a', 1] })
    expect(failures(result)).toStrictEqual([
      [['', 'from'], 'An alphanumeric sender has 3 to 11 characters; this one has 13.'],
      [['', 'to', '46701234567', 'name'], 'A template value must be a string.'],
      [['', 'kind'], 'The type is "sms" or "flash". Did you mean "flash"?'],
      [['', 'labels', '1'], 'A tag must be a string.'],
    ])
    expect(typeNames(result)[1]).toStrictEqual([Contact.name, 'Recipients', 'unknown', 'unknown'])
  })

  it('decodes and refuses every other field by its rule', () => {
    const ok = (codec: t.Decoder<unknown, unknown>, input: unknown): unknown => {
      const r = codec.decode(input)
      return r._tag === 'Right' ? r.right : 'failed'
    }
    expect([ok(fields.body, 'Hi'), ok(fields.body, '')]).toStrictEqual(['Hi', 'failed'])
    expect([ok(fields.datacoding, 'GSM'), ok(fields.datacoding, 'utf8')]).toStrictEqual(['gsm', 'failed'])
    expect([ok(fields.priority, null), ok(fields.priority, 3)]).toStrictEqual([1, 'failed'])
    expect([ok(fields.deliveryReportUrl, ''), ok(fields.deliveryReportUrl, 'ftp://x')]).toStrictEqual([null, 'failed'])
    expect([ok(fields.reference, 'r1'), ok(fields.reference, 'r'.repeat(41))]).toStrictEqual(['r1', 'failed'])
    expect([ok(fields.deliveryWindows, [{ opens: null, closes: null }]), ok(fields.deliveryWindows, [{ opens: '2030-01-01T00:00:00Z', closes: null }])]).toStrictEqual([
      [{ opens: '2036-12-01T00:00:00.000Z', closes: '2036-12-08T00:00:00.000Z' }],
      'failed',
    ])
  })

  it('tells the values each codec decodes to with is: normalised values only', () => {
    expect([fields.sender.is('iP1'), fields.sender.is('TooLongSender'), fields.sender.is(1)]).toStrictEqual([true, false, false])
    expect([fields.type.is('sms'), fields.type.is('SMS')]).toStrictEqual([true, false])
    expect([fields.priority.is(2), fields.priority.is(null)]).toStrictEqual([true, false])
    expect([fields.reference.is(null), fields.deliveryReportUrl.is('')]).toStrictEqual([true, false])
    expect([fields.tags.is(['a', 'a']), fields.tags.is(['a', 1]), fields.tags.is('a')]).toStrictEqual([true, false, false])
    expect([
      fields.deliveryWindows.is([{ opens: '2036-12-02T00:00:00.000Z', closes: '2036-12-03T00:00:00.000Z' }]),
      fields.deliveryWindows.is([{ opens: '2036-12-02T01:00:00+01:00', closes: '2036-12-03T00:00:00.000Z' }]),
      fields.deliveryWindows.is([null]),
    ]).toStrictEqual([true, false, false])
    const list = { recipients: [{ msisdn: '46701234567', at: 0, values: {} }], recipientsForm: 'list', defaults: {} }
    expect([
      fields.recipients.is(list),
      fields.recipients.is({ ...list, recipientsForm: 'dictionary' }),
      fields.recipients.is({ ...list, defaults: { n: 1 } }),
      fields.recipients.is(['46701234567']),
    ]).toStrictEqual([true, false, false, false])
  })
})
