/**
 * Exported functions that threw (issue "8 · Hardening", part 1), one example each: every one of
 * these threw before the fix. The sweep (sweep.test.ts) holds every export to the same rule;
 * these pin the answer each function gives. docs/decisions.md, "Hostile callers".
 */
import * as E from 'fp-ts/Either'
import {
  analyzeMsisdn,
  composeMessages,
  gsmCost,
  gsmSeptet,
  parsePrice,
  placeholderKeys,
  summaryBuilder,
  toPointer,
  validateBatch,
  type Message,
  type ValidBatch,
} from '../../src/index'
import { makeIssue } from '../../src/issue'
import { msisdnWarnings } from '../../src/phone/warnings'
import { valueOf } from '../helpers'
import { arrayWithThrowingGetter, revokedProxy, throwingGetters, throwingProxy } from './hostile'

const NOW = new Date('2026-11-25T00:00:00Z')
const valid: ValidBatch = valueOf(
  validateBatch({ sender: 'iP1', recipients: { '46701234567': { name: 'Ann' }, '14165550123': {} }, body: 'Hi {name}', priority: 2 }, { now: NOW }),
)
/** A batch as validateBatch gives it, with its recipients replaced (a JavaScript caller's forgery). */
const forged = (recipients: unknown): ValidBatch => ({ ...valid, request: { ...valid.request, recipients: recipients as ValidBatch['request']['recipients'] } })

describe('msisdnWarnings', () => {
  it('analyses the number itself when the caller omits the analysis (the third argument)', () => {
    // '123' is +1 with a national number of 2 digits (NANP numbers have 10).
    const expected = [makeIssue('recipient.implausible_length', [], { msisdn: '123', callingCode: '1', length: 2, min: 10, max: 10 })]
    expect((msisdnWarnings as (m: string, p: ReadonlyArray<string>) => unknown)('123', [])).toStrictEqual(expected)
    expect(msisdnWarnings('123', [], analyzeMsisdn('123'))).toStrictEqual(expected)
  })

  it('analyses the number itself when the analysis is no analysis or throws when read', () => {
    const expected = msisdnWarnings('123', ['recipients', 0], analyzeMsisdn('123'))
    for (const analysis of [null, {}, { status: 'bogus' }, throwingProxy({}), revokedProxy({}), throwingGetters()]) {
      expect(msisdnWarnings('123', ['recipients', 0], analysis as never)).toStrictEqual(expected)
    }
  })

  it('places the warning at "" when the path cannot be read', () => {
    const at = (path: unknown): string | undefined => msisdnWarnings('0701234567', path as never, analyzeMsisdn('0701234567'))[0]?.path
    expect([at(throwingProxy([])), at(revokedProxy([])), at(arrayWithThrowingGetter())]).toStrictEqual(['', '', ''])
  })
})

describe('summaryBuilder', () => {
  it('ignores an added value that is not a message (null, a number, a Proxy, a message whose segments are no count)', () => {
    const builder = summaryBuilder(valid)
    const message = [...composeMessages(valid)][0] as Message
    for (const m of [null, undefined, 3, 'x', throwingProxy({}), revokedProxy({}), throwingGetters(), { ...message, segments: -1 }, { ...message, encoding: '__proto__' }]) {
      builder.add(m as never)
    }
    expect(builder.result()).toStrictEqual(summaryBuilder(valid).result())
  })

  it('counts a message whose status cannot be read under the region "unknown"', () => {
    const builder = summaryBuilder(valid)
    const message = [...composeMessages(valid)][0] as Message
    builder.add({ ...message, status: throwingProxy({}) as never })
    expect(builder.result().countries).toStrictEqual([{ region: 'unknown', recipients: 1, segments: 1 }])
  })

  it('summarises a batch that throws when read (a Proxy) as a batch without windows at priority 1', () => {
    const empty = summaryBuilder(null as never, { account: 'SE', pricePerSegment: '1' }).result()
    for (const batch of [throwingProxy({}), revokedProxy({}), throwingGetters(), { ...valid, request: { ...valid.request, deliveryWindows: [null] } }]) {
      expect(summaryBuilder(batch as never, { account: 'SE', pricePerSegment: '1' }).result()).toStrictEqual(empty)
    }
    expect([empty.firstOpens, empty.lastCloses, empty.price?.surchargePerSegment]).toStrictEqual([null, null, '0.0000'])
  })

  it('gives no price for pricing options that throw when read', () => {
    expect(summaryBuilder(valid, throwingProxy({}) as never).result()).toStrictEqual(summaryBuilder(valid).result())
  })
})

describe('composeMessages', () => {
  it('reads a "parts" that throws as not given: the messages come without their segment texts', () => {
    const options = {
      get parts(): boolean {
        throw new Error('hostile')
      },
    }
    expect([...composeMessages(valid, options)]).toStrictEqual([...composeMessages(valid)])
    expect([...composeMessages(valid, throwingProxy({}))]).toStrictEqual([...composeMessages(valid)])
  })

  it('composes nothing from a forged batch whose recipients hold null, a number or a Proxy', () => {
    for (const recipient of [null, 46701234567, '46701234567', throwingProxy({}), { msisdn: '+46', at: 0, values: {} }, { msisdn: '46701234567', at: 0, values: { a: 1 } }]) {
      expect([...composeMessages(forged([recipient]))]).toStrictEqual([])
    }
  })

  it('composes the recipients that are recipients and skips the others', () => {
    const [ann] = valid.request.recipients
    const messages = [...composeMessages(forged([null, ann, throwingProxy({}), { ...ann, values: { name: 5 } }]))]
    expect(messages.map((m) => [m.recipient, m.text])).toStrictEqual([['46701234567', 'Hi Ann']])
  })

  it('composes nothing from a batch that is a Proxy, revoked, or made of throwing getters', () => {
    const request = valid.request
    const parts = [{ ...request, deliveryWindows: revokedProxy([]) }, { ...request, defaults: throwingGetters() }, { ...request, defaults: { a: 1 } }]
    const broken = parts.map((r) => ({ ...valid, request: r }))
    for (const batch of [throwingProxy({}), revokedProxy({}), throwingGetters(), forged(throwingProxy([])), forged(revokedProxy([])), forged(arrayWithThrowingGetter()), ...broken]) {
      expect([...composeMessages(batch as never)]).toStrictEqual([])
    }
  })

  it('reads a recipient once, into a copy, when it is reached: a getter is not asked again', () => {
    const plain = valueOf(validateBatch({ sender: 'iP1', recipients: { '46701234567': {} }, body: 'Hi' }, { now: NOW }))
    const forgedPlain = (recipients: unknown): ValidBatch => ({ ...plain, request: { ...plain.request, recipients: recipients as ValidBatch['request']['recipients'] } })
    let reads = 0
    const recipient = {
      get msisdn(): string {
        reads++
        return reads === 1 ? '46701234567' : 'not a number'
      },
      at: 0,
      values: {},
    }
    const messages = [...composeMessages(forgedPlain([recipient]))]
    expect([messages.map((m) => m.recipient), reads]).toStrictEqual([['46701234567'], 1])
    // A templated body reads its recipients twice: first to gather the keys of the batch.
    reads = 0
    expect([...composeMessages(forged([recipient]))]).toStrictEqual([])
    expect(reads).toBe(2)
  })
})

describe('gsmCost', () => {
  it('answers 0 for an object without a prototype (no conversion to a primitive is attempted)', () => {
    expect(gsmCost(Object.create(null) as never)).toBe(0)
    expect(gsmCost(throwingProxy({}) as never)).toBe(0)
  })
})

describe('gsmSeptet', () => {
  it('answers -1 for an object without a prototype (no conversion to a primitive is attempted)', () => {
    expect(gsmSeptet(Object.create(null) as never)).toBe(-1)
    expect(gsmSeptet(throwingProxy({}) as never)).toBe(-1)
  })
})

describe('toPointer', () => {
  it('answers "" for a path that throws when read: a Proxy, a revoked Proxy, a throwing element', () => {
    expect([toPointer(throwingProxy([])), toPointer(revokedProxy([])), toPointer(arrayWithThrowingGetter() as never)]).toStrictEqual(['', '', ''])
  })
})

describe('placeholderKeys', () => {
  it('answers [] for a template that throws when read', () => {
    expect([placeholderKeys(throwingProxy({}) as never), placeholderKeys(revokedProxy({}) as never), placeholderKeys(throwingGetters() as never)]).toStrictEqual([[], [], []])
  })
})

describe('parsePrice', () => {
  it('refuses a price of 330 million digits by its length, with pricing.price_too_long, before BigInt sees it', () => {
    const length = 330e6
    expect(parsePrice('9'.repeat(length))).toStrictEqual(E.left([makeIssue('pricing.price_too_long', [], { length, max: 32 })]))
  })
})
