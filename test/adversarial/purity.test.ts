/**
 * Purity and isolation: deep-frozen inputs work and are never changed; the same input gives a
 * deep-equal answer every time; nothing carries over from one call to the next (answers to
 * interleaved requests equal the answers each gets in a fresh module).
 */
import fc from 'fast-check'
import * as lib from '../../src/index'
import { NOW, validRequest } from '../arbitraries'
import { FUZZ_RUNS, fuzzParams, hostileValue, mutated } from '../fuzz/support'
import { deepFreeze } from '../helpers'

/** A deep copy that keeps holes, null prototypes and own `__proto__` keys (structuredClone drops prototypes). */
function clone<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length)
    for (const k of Object.keys(value)) out[Number(k)] = clone(value[Number(k)])
    return out as T
  }
  if (Object.prototype.toString.call(value) !== '[object Object]') return value
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>
  for (const k of Object.keys(value)) {
    Object.defineProperty(out, k, { value: clone((value as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true })
  }
  return out as T
}

/**
 * The first place where `a` and `b` differ (own keys, holes, prototypes, `Object.is` leaves), or
 * `undefined`. (jest's toStrictEqual reads `.constructor`, which an own "constructor" key shadows.)
 */
function difference(a: unknown, b: unknown, at = ''): string | undefined {
  if (Object.is(a, b)) return undefined
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${at}: ${String(a)} ≠ ${String(b)}`
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: another prototype`
  const tag = Object.prototype.toString.call(a)
  if (tag !== '[object Object]' && tag !== '[object Array]') return `${at}: two distinct ${tag}`
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${at}: keys [${ka.join(',')}] ≠ [${kb.join(',')}]`
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${at}: length ${a.length} ≠ ${b.length}`
  for (const k of ka) {
    const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}/${k}`)
    if (d !== undefined) return d
  }
  return undefined
}

/** Deeply freezes the plain objects and arrays of a value (typed arrays cannot be frozen). */
function freezePlain<T>(value: T): T {
  const tag = Object.prototype.toString.call(value)
  if (typeof value === 'object' && value !== null && (tag === '[object Object]' || tag === '[object Array]')) {
    for (const k of Object.keys(value)) freezePlain((value as Record<string, unknown>)[k])
    Object.freeze(value)
  }
  return value
}

const PRICING: lib.PricingOptions = { account: 'international', pricePerSegment: '0.0595' }

/** Every entry point that takes a request or part of one, on one input. */
function everything(input: unknown): unknown[] {
  const r = input as Record<string, unknown>
  const field = (name: string): unknown => (typeof r === 'object' && r !== null ? r[name] : undefined)
  return [
    lib.validateBatch(input),
    lib.validateBatch(input, { now: NOW }),
    lib.prepareBatch(input, { now: NOW, pricing: PRICING, parts: true }),
    lib.validateSender(field('sender')),
    lib.validateBody(field('body')),
    lib.validateTags(field('tags')),
    lib.validateDeliveryWindows(field('deliveryWindows'), { now: NOW }),
    lib.resolveWindows(field('deliveryWindows'), NOW),
    lib.validatePricing(field('pricing')),
    lib.priceBatch({ segments: 7, priority: 2, messages: 3 }, PRICING),
  ]
}

const inputs: fc.Arbitrary<unknown> = fc.oneof(validRequest, mutated(validRequest), hostileValue)

describe('purity', () => {
  describe('properties', () => {
    it('never changes its input, even unfrozen', () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const before = clone(input)
          everything(input)
          expect(difference(input, before)).toBeUndefined()
        }),
        fuzzParams(),
      )
    })

    it('works on deep-frozen inputs exactly as on unfrozen copies', () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const frozen = freezePlain(clone(input))
          expect(difference(everything(frozen), everything(clone(input)))).toBeUndefined()
        }),
        fuzzParams(),
      )
    })

    it('gives deep-equal answers when called twice with the same input', () => {
      fc.assert(
        fc.property(inputs, (input) => {
          expect(difference(everything(input), everything(input))).toBeUndefined()
        }),
        fuzzParams(),
      )
    })
  })

  it('composes the page example from a deep-frozen request', () => {
    const request = deepFreeze({
      sender: 'iP1',
      recipients: deepFreeze({ '46701234567': { sign: 'sent by Bob' }, default: { sign: ' sent by iP.1' }, '46709876543': {} }),
      body: 'A very nice message{sign}',
    })
    const r = lib.prepareBatch(request, { now: NOW })
    expect(r._tag === 'Right' && r.right.messages.map((m) => m.text)).toStrictEqual([
      'A very nice messagesent by Bob',
      'A very nice message sent by iP.1',
    ])
  })
})

describe('isolation', () => {
  describe('properties', () => {
    it('answers interleaved requests exactly as a fresh copy of the library answers each alone', () => {
      fc.assert(
        fc.property(fc.array(inputs, { minLength: 2, maxLength: 6 }), (batch) => {
          // Interleaved: every request through every entry point, round robin, twice.
          const interleaved = batch.map(() => [] as unknown[])
          for (let round = 0; round < 2; round++) {
            batch.forEach((input, i) => interleaved[i]?.push(everything(input)))
          }
          // Fresh: each request alone in a newly loaded copy of the library (no shared module state).
          batch.forEach((input, i) => {
            jest.isolateModules(() => {
              // eslint-disable-next-line @typescript-eslint/no-require-imports
              const fresh = require('../../src/index') as typeof lib
              expect(fresh).not.toBe(lib)
              const alone = [
                fresh.validateBatch(input),
                fresh.validateBatch(input, { now: NOW }),
                fresh.prepareBatch(input, { now: NOW, pricing: PRICING, parts: true }),
              ]
              const [first, second] = interleaved[i] as [unknown[], unknown[]]
              expect(difference(first.slice(0, 3), alone)).toBeUndefined()
              expect(difference(second, first)).toBeUndefined()
            })
          })
        }),
        fuzzParams(Math.max(10, Math.floor(FUZZ_RUNS / 10))),
      )
    })
  })

  it('keeps no memo across batches: one text under gsm, then under ucs, then again under gsm', () => {
    const text = 'Price: 5€ {x}'
    const request = (datacoding: string): unknown => ({ sender: 'iP1', recipients: { '46701234567': { x: 'ü' } }, body: text, datacoding })
    const gsm1 = lib.prepareBatch(request('gsm'), { now: NOW })
    const ucs = lib.prepareBatch(request('ucs'), { now: NOW })
    const gsm2 = lib.prepareBatch(request('gsm'), { now: NOW })
    expect(gsm2).toStrictEqual(gsm1)
    // "Price: 5€ ü": € costs 2 septets, ü is GSM basic: 12 septets in gsm, and gsm too under ucs.
    expect([gsm1._tag === 'Right' && gsm1.right.messages[0]?.units, ucs._tag === 'Right' && ucs.right.messages[0]?.units]).toStrictEqual([12, 12])
  })
})
