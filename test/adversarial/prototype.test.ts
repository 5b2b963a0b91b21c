/**
 * Shared state and prototype reads (issue "8 · Hardening", part 2), one example each: every one
 * of these failed before the fix. A prototype is polluted only inside a `try`, restored in its
 * `finally`, and the answers are compared after the restore. docs/decisions.md, "Hostile callers".
 */
import * as E from 'fp-ts/Either'
import * as vm from 'node:vm'
import {
  analyzeText,
  composeMessages,
  findCallingCode,
  gsmCost,
  gsmSeptet,
  parseJson,
  prepareBatch,
  renderTemplate,
  resolveWindows,
  validateBatch,
  validateDeliveryWindows,
  validateTags,
  type Issue,
} from '../../src/index'
import { errorsOf, valueOf } from '../helpers'

const NOW = new Date('2026-11-25T00:00:00Z')
const REQUEST = {
  sender: 'iP1',
  recipients: ['46701234567'],
  body: 'Hello',
  deliveryWindows: [{ opens: '2026-12-01T08:00:00Z', closes: '2026-12-01T20:00:00Z' }],
}

/** Runs `f` with `value` planted at `key` of `proto`, and removes it again whatever happens. */
function polluted<T>(proto: object, key: PropertyKey, value: unknown, f: () => T): T {
  Object.defineProperty(proto, key, { value, configurable: true, writable: true, enumerable: false })
  try {
    return f()
  } finally {
    Reflect.deleteProperty(proto, key)
  }
}

const codesOf = (r: E.Either<ReadonlyArray<Issue>, unknown>): string[] => (E.isLeft(r) ? r.left.map((i) => i.code) : [])

describe('gsmCost', () => {
  it("answers 0 for 'buffer' and 'constructor': the table's engine properties are never handed out", () => {
    expect([gsmCost('buffer' as never), gsmCost('constructor' as never), gsmCost('length' as never), gsmCost('__proto__' as never)]).toStrictEqual([0, 0, 0, 0])
  })

  it("cannot be used to overwrite the table: new Uint8Array(gsmCost('buffer')).fill(0) changes no later analysis", () => {
    const before = analyzeText('Hello')
    new Uint8Array(gsmCost('buffer' as never) as never).fill(0)
    expect(analyzeText('Hello')).toStrictEqual(before)
    expect(before.encoding).toBe('gsm')
  })

  it('answers 0 for a number that is no code unit: a fraction, a negative, past 0xFFFF, a numeric string', () => {
    expect([gsmCost(65.5), gsmCost(-1), gsmCost(0x10000), gsmCost(NaN), gsmCost('65' as never), gsmCost(65)]).toStrictEqual([0, 0, 0, 0, 0, 1])
  })
})

describe('gsmSeptet', () => {
  it("answers -1 for 'buffer', 'constructor' and a numeric string", () => {
    expect([gsmSeptet('buffer' as never), gsmSeptet('constructor' as never), gsmSeptet('64' as never), gsmSeptet(64)]).toStrictEqual([-1, -1, -1, 0x00])
  })
})

describe('findCallingCode', () => {
  it('reads no slot outside the table, even when Array.prototype holds one there', () => {
    const planted = Object.freeze({ code: '1e9', regions: [], minLength: 1, maxLength: 1 })
    const answers = polluted(Array.prototype, '1000000000', planted, () => [findCallingCode('1e9'), findCallingCode('-12')])
    expect(answers).toStrictEqual([undefined, undefined])
  })
})

describe('prepareBatch', () => {
  it('refuses a "now" that is only inherited (Object.create({ now })) with options.now_invalid', () => {
    const r = prepareBatch(REQUEST, Object.create({ now: NOW }) as never)
    expect(codesOf(r)).toStrictEqual(['options.now_invalid'])
  })

  it('answers the same when Object.prototype holds now, pricing or parts', () => {
    const clean = prepareBatch(REQUEST, { now: NOW })
    const withPricing = polluted(Object.prototype, 'pricing', { account: 'SE', pricePerSegment: '1' }, () => prepareBatch(REQUEST, { now: NOW }))
    const withParts = polluted(Object.prototype, 'parts', true, () => prepareBatch(REQUEST, { now: NOW }))
    const withNow = polluted(Object.prototype, 'now', NOW, () => prepareBatch(REQUEST, {} as never))
    expect(withPricing).toStrictEqual(clean)
    expect(withParts).toStrictEqual(clean)
    expect(valueOf(clean).summary.price).toBeUndefined()
    expect(codesOf(withNow)).toStrictEqual(['options.now_invalid'])
  })

  it('takes a Date of another realm (a vm context) as "now"', () => {
    const foreign = vm.runInNewContext('new Date("2026-11-25T00:00:00Z")') as Date
    expect(foreign instanceof Date).toBe(false)
    expect(prepareBatch(REQUEST, { now: foreign })).toStrictEqual(prepareBatch(REQUEST, { now: NOW }))
  })

  it('refuses an object that only inherits from Date.prototype with options.now_invalid, not request.unreadable', () => {
    expect(codesOf(prepareBatch(REQUEST, { now: Object.create(Date.prototype) as Date }))).toStrictEqual(['options.now_invalid'])
  })

  it('refuses a "now" that throws when read with options.now_invalid', () => {
    const options = {
      get now(): Date {
        throw new Error('hostile')
      },
    }
    expect(codesOf(prepareBatch(REQUEST, options))).toStrictEqual(['options.now_invalid'])
  })
})

describe('validateBatch', () => {
  it('answers the same when Object.prototype holds a "now" (one that would put the window in the past)', () => {
    const clean = validateBatch(REQUEST, {})
    const answer = polluted(Object.prototype, 'now', new Date('2030-01-01T00:00:00Z'), () => validateBatch(REQUEST, {}))
    expect(answer).toStrictEqual(clean)
    expect(E.isRight(clean)).toBe(true)
  })

  it('takes a Date of another realm as "now", and refuses Object.create(Date.prototype) with options.now_invalid', () => {
    const foreign = vm.runInNewContext('new Date("2026-11-25T00:00:00Z")') as Date
    expect(validateBatch(REQUEST, { now: foreign })).toStrictEqual(validateBatch(REQUEST, { now: NOW }))
    expect(codesOf(validateBatch(REQUEST, { now: Object.create(Date.prototype) as Date }))).toStrictEqual(['options.now_invalid'])
  })

  it('reports a hole in the recipients as recipient.not_string, never the number Array.prototype holds', () => {
    // eslint-disable-next-line no-sparse-arrays
    const request = { ...REQUEST, recipients: [, '46701234567'] }
    const r = polluted(Array.prototype, 0, '46709999999', () => validateBatch(request))
    expect(errorsOf(r)).toStrictEqual([['/recipients/0', 'recipient.not_string']])
    expect(r).toStrictEqual(validateBatch(request))
  })

  it('reports a hole in the tags as tag.not_string, never the tag Array.prototype holds', () => {
    // eslint-disable-next-line no-sparse-arrays
    const request = { ...REQUEST, tags: [, 'b'] }
    const r = polluted(Array.prototype, 0, 'a', () => validateBatch(request))
    expect(errorsOf(r)).toStrictEqual([['/tags/0', 'tag.not_string']])
  })

  it('reports a hole in the windows as window.invalid_type, never the window Array.prototype holds', () => {
    // eslint-disable-next-line no-sparse-arrays
    const request = { ...REQUEST, deliveryWindows: [, REQUEST.deliveryWindows[0]] }
    const r = polluted(Array.prototype, 0, { opens: null, closes: null }, () => validateBatch(request, { now: NOW }))
    expect(errorsOf(r)).toStrictEqual([['/deliveryWindows/0', 'window.invalid_type']])
  })
})

describe('makeIssue, through validateBatch', () => {
  it('gives an issue without params none from a polluted Array.prototype[0]', () => {
    const request = { sender: 'iP1', recipients: ['46701234567'] }
    const r = polluted(Array.prototype, 0, { polluted: true }, () => validateBatch(request))
    expect(r).toStrictEqual(validateBatch(request))
    expect(errorsOf(r)).toStrictEqual([['/body', 'body.missing']])
  })

  // An optional param left out is read by the message as absent, never from Object.prototype:
  // before the fix, type.invalid said 'Did you mean "EVIL"?' with a polluted suggestion.
  it('says a message without the optional params it lacks, whatever Object.prototype holds', () => {
    const request = { ...REQUEST, type: 'qqqqq', body: 'x'.repeat(1600), datacoding: 'ucs' }
    const clean = validateBatch(request)
    for (const [key, value] of [['suggestion', 'EVIL'], ['atLeast', true], ['omitted', 7], ['lookalikes', []]] as const) {
      expect(polluted(Object.prototype, key, value, () => validateBatch(request))).toStrictEqual(clean)
      expect(polluted(Object.prototype, key, value, () => validateBatch(request, { locale: 'sv' }))).toStrictEqual(validateBatch(request, { locale: 'sv' }))
    }
    expect(errorsOf(clean).map(([, code]) => code)).toContain('type.invalid')
  })

  it('offers no look-alike for a character without one, whatever Array.prototype[0] holds', () => {
    const request = { ...REQUEST, body: 'Hi 😀', datacoding: 'gsm' }
    const planted = { index: 0, from: '😀', to: ':)' }
    expect(polluted(Array.prototype, 0, planted, () => validateBatch(request))).toStrictEqual(validateBatch(request))
  })
})

describe('parseJson', () => {
  it("reads a whole document the same when Array.prototype['-1'] holds something", () => {
    const text = '{"a":[1,{"b":2}]}'
    expect(polluted(Array.prototype, '-1', { isArray: true, container: [] }, () => parseJson(text))).toStrictEqual(parseJson(text))
    expect(polluted(Array.prototype, '-1', { isArray: true, container: [] }, () => parseJson('1'))).toStrictEqual({ ok: true, value: 1, duplicates: [] })
  })
})

describe('validateTags', () => {
  it('reports a hole as tag.not_string with Array.prototype polluted', () => {
    // eslint-disable-next-line no-sparse-arrays
    const r = polluted(Array.prototype, 0, 'a', () => validateTags([, 'b']))
    expect(errorsOf(r)).toStrictEqual([['/0', 'tag.not_string']])
  })
})

describe('resolveWindows', () => {
  it('takes a Date of another realm as "now", and refuses Object.create(Date.prototype) with options.now_invalid', () => {
    const foreign = vm.runInNewContext('new Date("2026-11-25T00:00:00Z")') as Date
    expect(resolveWindows(REQUEST.deliveryWindows, foreign)).toStrictEqual(resolveWindows(REQUEST.deliveryWindows, NOW))
    expect(codesOf(resolveWindows(REQUEST.deliveryWindows, Object.create(Date.prototype) as Date))).toStrictEqual(['options.now_invalid'])
  })

  it('reports a hole as window.invalid_type with Array.prototype polluted', () => {
    // eslint-disable-next-line no-sparse-arrays
    const r = polluted(Array.prototype, 0, { opens: null, closes: null }, () => resolveWindows([, REQUEST.deliveryWindows[0]], NOW))
    expect(errorsOf(r)).toStrictEqual([['/0', 'window.invalid_type']])
  })
})

describe('validateDeliveryWindows', () => {
  it('answers the same when Object.prototype holds a "now"', () => {
    const clean = validateDeliveryWindows(REQUEST.deliveryWindows, {})
    const answer = polluted(Object.prototype, 'now', new Date('2030-01-01T00:00:00Z'), () => validateDeliveryWindows(REQUEST.deliveryWindows, {}))
    expect(answer).toStrictEqual(clean)
  })

  it('refuses Object.create(Date.prototype) as "now" with options.now_invalid', () => {
    expect(codesOf(validateDeliveryWindows(REQUEST.deliveryWindows, { now: Object.create(Date.prototype) as Date }))).toStrictEqual(['options.now_invalid'])
  })
})

describe('composeMessages', () => {
  it('answers the same when Object.prototype holds parts', () => {
    const valid = valueOf(validateBatch(REQUEST, { now: NOW }))
    const clean = [...composeMessages(valid, {})]
    expect(polluted(Object.prototype, 'parts', true, () => [...composeMessages(valid, {})])).toStrictEqual(clean)
    expect(clean[0]?.parts).toBeUndefined()
  })
})

describe('renderTemplate', () => {
  /** A value that records every attempt to turn it into text. */
  const traced = (): { value: object; calls: string[] } => {
    const calls: string[] = []
    const value = {
      toString: (): string => {
        calls.push('toString')
        return 'called'
      },
      [Symbol.toPrimitive]: (): string => {
        calls.push('toPrimitive')
        return 'called'
      },
    }
    return { value, calls }
  }

  it('leaves a placeholder whose value is an object as written, unresolved, never calling its toString', () => {
    const { value, calls } = traced()
    expect(renderTemplate('Hi {name}', { name: value } as never)).toStrictEqual({ text: 'Hi {name}', unresolved: ['name'], emptied: [] })
    expect(renderTemplate('Hi {name}', { name: {} } as never)).toStrictEqual({ text: 'Hi {name}', unresolved: ['name'], emptied: [] })
    expect(calls).toStrictEqual([])
  })

  it('never silently empties a placeholder whose value is null: unresolved without batch keys, emptied with them', () => {
    expect(renderTemplate('Hi {name}', { name: null } as never)).toStrictEqual({ text: 'Hi {name}', unresolved: ['name'], emptied: [] })
    expect(renderTemplate('Hi {name}', { name: null } as never, {}, new Set(['name']))).toStrictEqual({ text: 'Hi ', unresolved: [], emptied: ['name'] })
  })

  it('falls back to the default when the own value is not a string', () => {
    const { value, calls } = traced()
    expect(renderTemplate('{a}{b}', { a: 5, b: value } as never, { a: 'A', b: 'B' })).toStrictEqual({ text: 'AB', unresolved: [], emptied: [] })
    expect(calls).toStrictEqual([])
  })
})
