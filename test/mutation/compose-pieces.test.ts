// Composition edges a mutation run of src/compose.ts found unpinned: what summaryBuilder counts
// of a caller's values, the price it gives, a message too long to build, the characters a value
// brings under gsm, and what composeMessages reads of a batch, a recipient and its options.
// Every expectation is worked out from SPEC and decisions.md (segment arithmetic: 160 septets
// single, 153 per part; 70 code units single, 67 per part).
import * as E from 'fp-ts/Either'
import { validateBatch, type ValidBatch } from '../../src/batch'
import { composeMessages, prepareBatch, summaryBuilder, type Message } from '../../src/compose'
import type { Issue } from '../../src/issue'
import { valueOf } from '../helpers'

const now = new Date('2026-11-25T00:00:00Z')
const valid = (input: unknown): ValidBatch => valueOf(validateBatch(input, { now }))
const composed = (b: ValidBatch, options?: { parts?: boolean }): Message[] => Array.from(composeMessages(b, options))
const described = (list: ReadonlyArray<Issue>): Array<[string, string, unknown]> => list.map((i) => [i.path, i.code, i.params])
/** A batch as a caller may hand it back (outside validateBatch): one field of its request changed. */
const changed = (b: ValidBatch, request: Record<string, unknown>): ValidBatch => ({ ...b, request: { ...b.request, ...request } }) as ValidBatch

describe('summaryBuilder reads a caller’s message (own segments, encoding and status only)', () => {
  const base = (): ValidBatch => valid({ sender: 'iP1', recipients: ['46701234567'], body: 'x' })

  it('counts a message by its region, else the regions sharing its code, else "unknown"; ignores what is no message', () => {
    const s = summaryBuilder(base())
    s.add({ segments: 2, encoding: 'gsm', status: { region: 'SE' } } as unknown as Message)
    s.add({ segments: 3, encoding: 'ucs', status: { regions: ['RU', 'KZ'] } } as unknown as Message)
    // A segment count of 0 is a non-negative integer; a status that cannot be read is "unknown".
    s.add({ segments: 0, encoding: 'ucs' } as unknown as Message)
    // A list of regions with something that is no region is not read: "unknown".
    s.add({ segments: 1, encoding: 'gsm', status: { regions: ['RU', 7] } } as unknown as Message)
    // Not messages: a negative, fractional, unsafe or textual count, an encoding not gsm or ucs,
    // an inherited count.
    for (const junk of [
      { segments: -1, encoding: 'gsm' },
      { segments: 1.5, encoding: 'gsm' },
      { segments: 2 ** 53, encoding: 'gsm' },
      { segments: '1', encoding: 'gsm' },
      { segments: 1, encoding: 'GSM' },
      { segments: 1 },
      Object.create({ segments: 1, encoding: 'gsm' }),
      null,
    ]) {
      s.add(junk as Message)
    }
    const r = s.result()
    expect([r.recipients, r.messages, r.segments, r.segmentsByEncoding, r.messagesByEncoding]).toStrictEqual([4, 4, 6, { gsm: 3, ucs: 3 }, { gsm: 2, ucs: 2 }])
    expect(r.histogram).toStrictEqual([
      { segments: 0, messages: 1 },
      { segments: 1, messages: 1 },
      { segments: 2, messages: 1 },
      { segments: 3, messages: 1 },
    ])
    // 'unknown' has two recipients; RU/KZ and SE one each, by their code.
    expect(r.countries).toStrictEqual([
      { region: 'unknown', recipients: 2, segments: 1 },
      { region: 'RU/KZ', recipients: 1, segments: 3 },
      { region: 'SE', recipients: 1, segments: 2 },
    ])
  })

  it('prices with the batch’s priority: 3 segments at 0.35 SEK plus 10 öre each at priority 2', () => {
    const b = valid({ sender: 'iP1', recipients: ['46701234567'], body: 'x', priority: 2 })
    const s = summaryBuilder(b, { account: 'SE', pricePerSegment: '0.35' })
    s.add({ segments: 3, encoding: 'gsm', status: { region: 'SE' } } as unknown as Message)
    expect(s.result().price).toStrictEqual({
      currency: 'SEK',
      account: 'SE',
      segments: 3,
      pricePerSegment: '0.3500',
      surchargePerSegment: '0.1000',
      base: { amount: '1.0500', minorUnits: '105' },
      surcharge: { amount: '0.3000', minorUnits: '30' },
      total: { amount: '1.3500', minorUnits: '135' },
      averagePerMessage: '1.3500',
    })
  })

  it('prices a value that is no ValidBatch at priority 1, and gives no price for pricing options it refuses', () => {
    const s = summaryBuilder(null as unknown as ValidBatch, { account: 'international', pricePerSegment: '0.05' })
    s.add({ segments: 2, encoding: 'gsm', status: { region: 'DE' } } as unknown as Message)
    expect(s.result().price?.surcharge).toStrictEqual({ amount: '0.0000', minorUnits: '0' })
    expect(s.result().price?.total).toStrictEqual({ amount: '0.1000', minorUnits: '10' })
    const refused = summaryBuilder(base(), { account: 'SE', pricePerSegment: 'ten' })
    expect('price' in refused.result()).toBe(false)
    expect('price' in summaryBuilder(base()).result()).toBe(false)
  })
})

describe('a message too long to build (decisions.md "A composed message is measured before it is built")', () => {
  // 80,000 code units is past 78,030: never built, counted from its pieces.
  const long = 'a'.repeat(80_000)

  it('refuses it with template.empty_value, message.too_long and message.too_many_segments "at least" (80,000 septets: 523 parts of 153)', () => {
    const r = prepareBatch({ sender: 'iP1', recipients: { '46701234567': { m: long }, '46701234568': { m: 'b', e: 'x' } }, body: '{m}{e}{e}' }, { now })
    expect(E.isLeft(r) ? described(r.left) : []).toStrictEqual([
      ['/recipients/46701234567', 'template.empty_value', { keys: ['e'] }],
      ['/recipients/46701234567', 'message.too_long', { length: 80_000, max: 2000 }],
      ['/recipients/46701234567', 'message.too_many_segments', { segments: 523, max: 255, atLeast: true }],
    ])
  })

  it('gives no template.empty_value for a key with a default or an own empty value', () => {
    const b = valid({ sender: 'iP1', recipients: { '46701234567': { m: long, e: '' }, '46701234568': { m: long }, default: { d: '' } }, body: '{m}{e}{d}' })
    expect(composed(b).map((m) => m.issues.map((i) => i.code))).toStrictEqual([
      ['message.too_long', 'message.too_many_segments'],
      ['template.empty_value', 'message.too_long', 'message.too_many_segments'],
    ])
  })

  it('has no text, and the encoding, units and segments of its pieces, gsm and ucs', () => {
    const counts = (m: Message) => [m.text, m.encoding, m.units, m.segments]
    // 'ж' is outside GSM: UCS-2, 80,001 code units over 67 per part is 1,195 parts (1,194 × 67 = 79,998).
    const ucs = valid({ sender: 'iP1', recipients: { '46701234567': { m: long, n: 'ж' } }, body: '{m}{n}' })
    expect(composed(ucs).map(counts)).toStrictEqual([['', 'ucs', 80_001, 1195]])
    // '€' costs 2 septets: 80,000 of them are 160,000 septets, 1,046 parts (1,045 × 153 = 159,885).
    const euro = valid({ sender: 'iP1', recipients: { '46701234567': { m: '€'.repeat(80_000) } }, body: '{m}' })
    expect(composed(euro).map(counts)).toStrictEqual([['', 'gsm', 160_000, 1046]])
    // Under gsm a character outside GSM counts one septet (SPEC "analyzeText"): 80,001 septets, 523 parts.
    expect(composed(changed(ucs, { datacoding: 'gsm' })).map(counts)).toStrictEqual([['', 'gsm', 80_001, 523]])
    // A placeholder no recipient has a key for stays as written: '{x}' is 5 septets (the braces
    // are extension characters, 2 each), so 80,005 septets, 523 parts (523 × 153 = 80,019).
    const unresolved = valid({ sender: 'iP1', recipients: { '46701234567': { m: long } }, body: '{m}{x}' })
    expect(composed(unresolved).map(counts)).toStrictEqual([['', 'gsm', 80_005, 523]])
  })
})

describe('the longest message that is built', () => {
  it('builds a message of exactly 78,030 characters (510 parts of 153) and refuses it without "at least"', () => {
    const b = valid({ sender: 'iP1', recipients: { '46701234567': { m: 'a'.repeat(78_030) } }, body: '{m}' })
    expect(composed(b).map((m) => [m.text.length, m.units, m.segments, described(m.issues)])).toStrictEqual([
      [
        78_030,
        78_030,
        510,
        [
          ['/recipients/46701234567', 'message.too_long', { length: 78_030, max: 2000 }],
          ['/recipients/46701234567', 'message.too_many_segments', { segments: 510, max: 255 }],
        ],
      ],
    ])
  })
})

describe('message.too_many_segments of a body without placeholders', () => {
  it('stands at the body’s path, without "at least" (a body of 39,016 septets needs 256 parts)', () => {
    // validateBatch refuses such a body (body.too_long); a caller may still compose a batch it changed.
    const b = changed(valid({ sender: 'iP1', recipients: ['46701234567'], body: 'x' }), { body: 'a'.repeat(153 * 255 + 1) })
    expect(composed(b).map((m) => described(m.issues))).toStrictEqual([[['/body', 'message.too_many_segments', { segments: 256, max: 255 }]]])
  })
})

describe('message.not_gsm of a template value under gsm', () => {
  const notGsm = (values: Record<string, string>, body: string): unknown[][] => {
    const b = changed(valid({ sender: 'iP1', recipients: { '46701234567': values }, body }), { datacoding: 'gsm' })
    return composed(b).map((m) => m.issues.filter((i) => i.code === 'message.not_gsm').map((i) => i.params))
  }

  it('lists an astral character once at its index, and only the value’s characters', () => {
    // The body's 'ж' is the request's (validateBatch says it at /body); in 'жa😀й😀й' the
    // value's '😀' starts at 2 and 5 (two code units each), its 'й' at 4 and 7.
    expect(notGsm({ m: '😀й' }, 'жa{m}{m}')).toStrictEqual([
      [{ characters: [{ char: '😀', index: 2 }, { char: 'й', index: 4 }, { char: '😀', index: 5 }, { char: 'й', index: 7 }] }],
    ])
  })

  it('lists a lone surrogate half of a value as one character', () => {
    // A low half with no high one before it, and a high half with no low one after it.
    expect(notGsm({ m: '\ude00' }, 'a{m}')).toStrictEqual([[{ characters: [{ char: '\ude00', index: 1 }] }]])
    expect(notGsm({ m: '\ud83db' }, 'a{m}')).toStrictEqual([[{ characters: [{ char: '\ud83d', index: 1 }] }]])
  })

  it('tells a GSM value from one that is not, whatever message came before with as many septets', () => {
    // 'a' and 'й' are one septet each under gsm; only 'й' is refused.
    const b = changed(valid({ sender: 'iP1', recipients: { '46701234567': { m: 'a' }, '46701234568': { m: 'й' } }, body: '{m}' }), { datacoding: 'gsm' })
    expect(composed(b).map((m) => m.issues.map((i) => [i.path, i.code]))).toStrictEqual([[], [['/recipients/46701234568', 'message.not_gsm']]])
  })

  it('does not give the value a low surrogate that ends a pair the body starts', () => {
    // The body ends in a high surrogate, the value starts with its low one: '😀' is the body's.
    expect(notGsm({ m: '\ude00й' }, 'a\ud83d{m}')).toStrictEqual([[{ characters: [{ char: 'й', index: 3 }] }]])
  })

  it('lists the first 100 characters and counts the rest in omitted (decisions.md "Listings stop")', () => {
    // 'a' then 103 × 'й' at 1 to 103: the first 100 are at 1 to 100.
    const indices = Array.from({ length: 100 }, (_, i) => ({ char: 'й', index: i + 1 }))
    expect(notGsm({ m: 'й'.repeat(103) }, 'a{m}')).toStrictEqual([[{ characters: indices, omitted: 3 }]])
  })
})

describe('what composeMessages reads of a batch and its options', () => {
  it('puts paths under the field names as the request spelled them (Recipients, Body)', () => {
    const b = valid({ sender: 'iP1', Recipients: ['46701234567'], Body: 'It’s' })
    expect(composed(b).map((m) => [m.path, m.issues.map((i) => [i.path, i.code])])).toStrictEqual([
      ['/Recipients/0', [['/Body', 'message.ucs_lookalikes']]],
    ])
  })

  it('includes the segment texts only for an own parts: true', () => {
    const b = valid({ sender: 'iP1', recipients: ['46701234567'], body: 'a'.repeat(161) })
    // 161 septets: 153 and 8.
    expect(composed(b, { parts: true }).map((m) => m.parts?.map((p) => p.length))).toStrictEqual([[153, 8]])
    expect(composed(b, Object.create({ parts: true }) as { parts: boolean }).map((m) => 'parts' in m)).toStrictEqual([false])
    expect(composed(b).map((m) => 'parts' in m)).toStrictEqual([false])
  })

  it('composes nothing from a batch whose form, encoding, priority, defaults, keys or windows are not validateBatch’s', () => {
    const b = valid({ sender: 'iP1', recipients: { '46701234567': { m: 'x' } }, body: '{m}' })
    const throwing = Object.defineProperty({}, 'm', { enumerable: true, get: () => { throw new Error('boom') } })
    const recipients = new Proxy([...b.request.recipients], { get: (t, k) => (k === 'length' ? '1' : Reflect.get(t, k)) })
    for (const broken of [
      changed(b, { recipientsForm: 'map' }),
      changed(b, { datacoding: 'utf8' }),
      changed(b, { priority: 3 }),
      changed(b, { defaults: null }),
      changed(b, { defaults: { m: 1 } }),
      changed(b, { defaults: throwing }),
      changed(b, { deliveryWindows: [{ opens: 1, closes: null }] }),
      changed(b, { recipients }),
      { ...b, keys: { ...b.keys, body: 1 } } as unknown as ValidBatch,
      { ...b, keys: { ...b.keys, recipients: 1 } } as unknown as ValidBatch,
    ]) {
      expect(composed(broken)).toStrictEqual([])
    }
    // Each differs from this one, which composes, in one part.
    expect(composed(changed(b, { deliveryWindows: [{ opens: null, closes: '2026-12-01T00:00:00.000Z' }] })).map((m) => m.text)).toStrictEqual(['x'])
  })

  it('composes no message for a recipient of a list it did not make that is not a recipient', () => {
    const b = valid({ sender: 'iP1', recipients: ['46701234567'], body: 'x' })
    const good = { msisdn: '46701234568', at: 1, values: {} }
    const throwing = Object.defineProperty({ at: 0, values: {} }, 'msisdn', { get: () => { throw new Error('boom') } })
    const list: unknown[] = [
      null,
      'x',
      { msisdn: '+46701234567', at: 0, values: {} },
      { msisdn: 46701234567, at: 0, values: {} },
      { msisdn: '46701234567', at: true, values: {} },
      { msisdn: '46701234567', at: 0 },
      { msisdn: '46701234567', at: 0, values: null },
      { msisdn: '46701234567', at: 0, values: { m: 1 } },
      Object.create({ msisdn: '46701234567', at: 0, values: {} }),
      throwing,
      good,
      { msisdn: '46701234569', at: '46701234569', values: { m: 'y' } },
    ]
    expect(composed(changed(b, { recipients: list })).map((m) => [m.recipient, m.path])).toStrictEqual([
      ['46701234568', '/recipients/1'],
      ['46701234569', '/recipients/46701234569'],
    ])
  })

  it('composes no message for a recipient validateBatch made whose values were changed to hold a number', () => {
    const b = valid({ sender: 'iP1', recipients: { '46701234567': { m: 'x' }, '46701234568': { m: 'y' } }, body: '{m}' })
    const first = b.request.recipients[0]
    if (first !== undefined) Reflect.set(first.values, 'm', 1)
    expect(composed(b).map((m) => m.text)).toStrictEqual(['y'])
  })
})

describe('a polluted Object.prototype (SPEC: "Only own keys count")', () => {
  it('changes no message: an inherited value that is no string is not one of the values', () => {
    const dict = valid({ sender: 'iP1', recipients: { '46701234567': { m: 'x' }, default: { d: '!' } }, body: '{m}{d}' })
    const list = valid({ sender: 'iP1', recipients: ['46701234567'], body: 'x' })
    // A list validateBatch did not make: its recipients' values are copied when read.
    const copied = changed(list, { recipients: [{ msisdn: '46701234568', at: 0, values: { m: 'y' } }] })
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true })
    try {
      expect([...composed(dict), ...composed(copied)].map((m) => m.text)).toStrictEqual(['x!', 'x'])
    } finally {
      Reflect.deleteProperty(Object.prototype, 'polluted')
    }
  })
})

describe('prepareBatch without a usable now (options.now_invalid)', () => {
  it('gives options.now_invalid with the warnings of a request that is otherwise valid', () => {
    const r = prepareBatch({ sender: 'iP1', recipients: ['46701234567', '46701234567'], body: 'x' }, { now: new Date(Number.NaN) })
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code]) : []).toStrictEqual([
      ['', 'options.now_invalid'],
      ['/recipients/1', 'recipient.duplicate'],
    ])
  })
})
