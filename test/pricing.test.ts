import * as E from 'fp-ts/Either'
import fc from 'fast-check'
import { makeIssue } from '../src/issue.js'
import { formatUnits, parsePrice, priceBatch, validatePricing, type Price, type PriceInput } from '../src/pricing.js'

/** The price, or fails the test. */
function priced(input: PriceInput, pricing: unknown): Price {
  const result = priceBatch(input, pricing)
  if (E.isLeft(result)) throw new Error(`expected a price, got ${JSON.stringify(result.left)}`)
  return result.right
}

/** Units (1/10,000) of a non-negative 4-decimal amount, written independently of the library. */
function unitsOfAmount(amount: string): bigint {
  const [whole = '', fraction = ''] = amount.split('.')
  return BigInt(whole + fraction)
}

const SE = { account: 'SE', pricePerSegment: '0.35' } as const

describe('parsePrice', () => {
  it('parses plain decimals into units of 1/10,000', () => {
    expect(parsePrice('0.35')).toStrictEqual(E.right(3500n))
    expect(parsePrice('0.0595')).toStrictEqual(E.right(595n))
    expect(parsePrice('1')).toStrictEqual(E.right(10000n))
    expect(parsePrice('12.5')).toStrictEqual(E.right(125000n))
    expect(parsePrice('0')).toStrictEqual(E.right(0n))
    expect(parsePrice('007.50')).toStrictEqual(E.right(75000n))
  })

  it('parses a price beyond the precision of a binary float exactly', () => {
    expect(parsePrice('123456789012345678.9999')).toStrictEqual(E.right(1234567890123456789999n))
  })

  it('rejects a negative price with pricing.price_negative', () => {
    expect(parsePrice('-0.35')).toStrictEqual(E.left([makeIssue('pricing.price_negative', [])]))
    expect(parsePrice('-0')).toStrictEqual(E.left([makeIssue('pricing.price_negative', [])]))
  })

  // SPEC: "it may have up to 4 decimals, e.g. 0.0595".
  it('rejects more than 4 decimals with pricing.price_too_precise', () => {
    expect(parsePrice('0.05951')).toStrictEqual(
      E.left([makeIssue('pricing.price_too_precise', [], { decimals: 5, max: 4 })]),
    )
  })

  it('reports a negative and too precise price with both codes', () => {
    expect(parsePrice('-1.23456')).toStrictEqual(
      E.left([
        makeIssue('pricing.price_negative', []),
        makeIssue('pricing.price_too_precise', [], { decimals: 5, max: 4 }),
      ]),
    )
  })

  it.each(['NaN', '1e3', '', ' 1', '1 ', '1.', '.5', '+1', '0x10', '١', 'Infinity', '1,5', '1.2.3', '-', '--1', '-.5', '１'])(
    'rejects %j with pricing.price_invalid',
    (value) => {
      expect(parsePrice(value)).toStrictEqual(E.left([makeIssue('pricing.price_invalid', [], { value })]))
    },
  )

  it.each([0.35, 1, null, undefined, 1n, {}, ['0.35']])('rejects the non-string %p with pricing.price_not_string', (value) => {
    expect(parsePrice(value)).toStrictEqual(E.left([makeIssue('pricing.price_not_string', [])]))
  })
})

describe('formatUnits', () => {
  it('writes units with exactly 4 decimals', () => {
    expect(formatUnits(595000000n)).toBe('59500.0000')
    expect(formatUnits(595n)).toBe('0.0595')
    expect(formatUnits(0n)).toBe('0.0000')
    expect(formatUnits(10000n)).toBe('1.0000')
  })
})

describe('validatePricing', () => {
  it('accepts an SE and an international account with a decimal price', () => {
    expect(validatePricing({ account: 'SE', pricePerSegment: '0.35' })).toStrictEqual(
      E.right({ value: { account: 'SE', pricePerSegment: '0.35' }, warnings: [] }),
    )
    expect(validatePricing({ account: 'international', pricePerSegment: '0.0595', extra: 1 })).toStrictEqual(
      E.right({ value: { account: 'international', pricePerSegment: '0.0595' }, warnings: [] }),
    )
  })

  it.each(['se', 'SEK', 'EUR', 'International', '', null, undefined, 1])(
    'rejects the account %p with pricing.invalid_account at /account',
    (account) => {
      expect(validatePricing({ account, pricePerSegment: '0.35' })).toStrictEqual(
        E.left([makeIssue('pricing.invalid_account', ['account'])]),
      )
    },
  )

  it('reports every problem at once, at paths relative to the options', () => {
    expect(validatePricing({ account: 'se', pricePerSegment: 0.35 })).toStrictEqual(
      E.left([makeIssue('pricing.invalid_account', ['account']), makeIssue('pricing.price_not_string', ['pricePerSegment'])]),
    )
    expect(validatePricing({ account: 'SE', pricePerSegment: '-0.12345' })).toStrictEqual(
      E.left([
        makeIssue('pricing.price_negative', ['pricePerSegment']),
        makeIssue('pricing.price_too_precise', ['pricePerSegment'], { decimals: 5, max: 4 }),
      ]),
    )
  })

  it.each([null, undefined, 'SE', 42, []])('reports both fields missing for the non-object %p', (options) => {
    expect(validatePricing(options)).toStrictEqual(
      E.left([makeIssue('pricing.invalid_account', ['account']), makeIssue('pricing.price_not_string', ['pricePerSegment'])]),
    )
  })

  it('reads own properties only', () => {
    const inherited: unknown = Object.create({ account: 'SE', pricePerSegment: '1' })
    expect(validatePricing(inherited)).toStrictEqual(
      E.left([makeIssue('pricing.invalid_account', ['account']), makeIssue('pricing.price_not_string', ['pricePerSegment'])]),
    )
    const bare = Object.assign(Object.create(null) as object, { account: 'SE', pricePerSegment: '1' })
    expect(E.isRight(validatePricing(bare))).toBe(true)
  })
})

describe('priceBatch', () => {
  // Issue 3: "1,000,000 segments × "0.0595" is exactly 59500.0000".
  it('prices 1,000,000 segments at "0.0595" at exactly 59500.0000', () => {
    expect(priceBatch({ segments: 1_000_000, priority: 1 }, { account: 'SE', pricePerSegment: '0.0595' })).toStrictEqual(
      E.right({
        currency: 'SEK',
        account: 'SE',
        segments: 1_000_000,
        pricePerSegment: '0.0595',
        surchargePerSegment: '0.0000',
        base: { amount: '59500.0000', minorUnits: '5950000' },
        surcharge: { amount: '0.0000', minorUnits: '0' },
        total: { amount: '59500.0000', minorUnits: '5950000' },
      }),
    )
  })

  // Source page: "if you set a higher priority, the price per SMS increases by 10 öre if you use a
  // Swedish account". 3 × 0.35 = 1.05; 3 × 0.10 = 0.30; 1.35 SEK = 135 öre.
  it('adds 10 öre per segment at priority 2 on an SE account', () => {
    expect(priceBatch({ segments: 3, priority: 2 }, SE)).toStrictEqual(
      E.right({
        currency: 'SEK',
        account: 'SE',
        segments: 3,
        pricePerSegment: '0.3500',
        surchargePerSegment: '0.1000',
        base: { amount: '1.0500', minorUnits: '105' },
        surcharge: { amount: '0.3000', minorUnits: '30' },
        total: { amount: '1.3500', minorUnits: '135' },
      }),
    )
  })

  // Source page: "… or € 0.01 if you use an international account". 3 × 0.05 = 0.15; 3 × 0.01 = 0.03.
  it('adds €0.01 per segment at priority 2 on an international account, in EUR', () => {
    expect(priceBatch({ segments: 3, priority: 2 }, { account: 'international', pricePerSegment: '0.05' })).toStrictEqual(
      E.right({
        currency: 'EUR',
        account: 'international',
        segments: 3,
        pricePerSegment: '0.0500',
        surchargePerSegment: '0.0100',
        base: { amount: '0.1500', minorUnits: '15' },
        surcharge: { amount: '0.0300', minorUnits: '3' },
        total: { amount: '0.1800', minorUnits: '18' },
      }),
    )
  })

  it('prices 1e15 segments exactly, as a number or a bigint', () => {
    // 10^15 × 0.0595 = 5.95 × 10^13; surcharge 10^15 × 0.10 = 10^14.
    const expected = {
      currency: 'SEK',
      account: 'SE',
      segments: 1e15,
      pricePerSegment: '0.0595',
      surchargePerSegment: '0.1000',
      base: { amount: '59500000000000.0000', minorUnits: '5950000000000000' },
      surcharge: { amount: '100000000000000.0000', minorUnits: '10000000000000000' },
      total: { amount: '159500000000000.0000', minorUnits: '15950000000000000' },
    }
    const pricing = { account: 'SE', pricePerSegment: '0.0595' }
    expect(priceBatch({ segments: 1e15, priority: 2 }, pricing)).toStrictEqual(E.right(expected))
    expect(priceBatch({ segments: 10n ** 15n, priority: 2 }, pricing)).toStrictEqual(E.right(expected))
  })

  it('prices 0 segments at zero', () => {
    expect(priced({ segments: 0, priority: 2 }, SE).total).toStrictEqual({ amount: '0.0000', minorUnits: '0' })
  })

  it('rounds minor units half away from zero', () => {
    const minor = (price: string): string => priced({ segments: 1, priority: 1 }, { account: 'SE', pricePerSegment: price }).total.minorUnits
    expect(minor('0.0050')).toBe('1')
    expect(minor('0.0049')).toBe('0')
    expect(minor('0.0150')).toBe('2')
    expect(minor('0.0249')).toBe('2')
  })

  it('gives the average per message with 4 decimals, rounded half up, when messages > 0', () => {
    // 1.3500 / 2 = 0.675
    expect(priced({ segments: 3, priority: 2, messages: 2 }, SE).averagePerMessage).toBe('0.6750')
    const tiny = { account: 'SE', pricePerSegment: '0.0001' }
    // 0.0001 / 2 = 0.00005 → 0.0001; 0.0001 / 3 = 0.0000333… → 0.0000
    expect(priced({ segments: 1, priority: 1, messages: 2 }, tiny).averagePerMessage).toBe('0.0001')
    expect(priced({ segments: 1, priority: 1, messages: 3 }, tiny).averagePerMessage).toBe('0.0000')
    expect(priced({ segments: 3, priority: 2, messages: 0 }, SE)).not.toHaveProperty('averagePerMessage')
  })

  it.each([
    [-1, '-1'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [2 ** 53, '9007199254740992'],
    [-1n, '-1'],
    [2n ** 53n, '9007199254740992'],
  ])('rejects the segment count %p with pricing.segments_invalid', (segments, value) => {
    expect(priceBatch({ segments, priority: 1 }, SE)).toStrictEqual(
      E.left([makeIssue('pricing.segments_invalid', ['segments'], { value })]),
    )
  })

  it('rejects a segment count that is not a number at run time with pricing.segments_invalid', () => {
    const input = { segments: '3', priority: 1 } as unknown as PriceInput
    expect(priceBatch(input, SE)).toStrictEqual(E.left([makeIssue('pricing.segments_invalid', ['segments'], { value: '"3"' })]))
  })

  it('rejects a missing or null segment count with pricing.segments_invalid', () => {
    for (const [segments, value] of [[undefined, 'undefined'], [null, 'null']] as const) {
      const input = { segments, priority: 1 } as unknown as PriceInput
      expect(priceBatch(input, SE)).toStrictEqual(E.left([makeIssue('pricing.segments_invalid', ['segments'], { value })]))
    }
  })

  it('shows a count of another type as JavaScript writes it, in signs the Swedish message can quote too (pricing.segments_invalid)', () => {
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    const cases: ReadonlyArray<readonly [unknown, string]> = [
      [true, 'true'],
      [false, 'false'],
      [{ n: 3 }, '{…}'],
      [[3], '[…]'],
      [revoked.proxy, '{…}'],
      [() => 3, 'function'],
      [Symbol('3'), 'symbol'],
    ]
    for (const [segments, value] of cases) {
      const input = { segments, priority: 1 } as unknown as PriceInput
      expect(priceBatch(input, SE)).toStrictEqual(E.left([makeIssue('pricing.segments_invalid', ['segments'], { value })]))
    }
    const r = priceBatch({ segments: { n: 3 }, priority: 1 } as unknown as PriceInput, SE)
    expect(E.isLeft(r) && r.left[0]?.message).toBe('The segment count must be a whole number from 0 to 9007199254740991; this one is {…}.')
  })

  it('says the largest count in the message: 2^53 is a non-negative integer, but past the safe ones', () => {
    const result = priceBatch({ segments: 2 ** 53, priority: 1 }, SE)
    expect(E.isLeft(result) && result.left[0]?.message).toBe(
      'The segment count must be a whole number from 0 to 9007199254740991; this one is 9007199254740992.',
    )
  })

  it('rejects a bad message count with pricing.messages_invalid at /messages', () => {
    expect(priceBatch({ segments: 3, priority: 1, messages: -2 }, SE)).toStrictEqual(
      E.left([makeIssue('pricing.messages_invalid', ['messages'], { value: '-2' })]),
    )
  })

  it('rejects a priority other than 1 or 2 with priority.invalid', () => {
    const input = { segments: 3, priority: 3 } as unknown as PriceInput
    expect(priceBatch(input, SE)).toStrictEqual(E.left([makeIssue('priority.invalid', ['priority'])]))
  })

  it('reports bad pricing options, segments and priority all at once', () => {
    const input = { segments: -1, priority: '2' } as unknown as PriceInput
    expect(priceBatch(input, { account: 'SEK', pricePerSegment: '1e3' })).toStrictEqual(
      E.left([
        makeIssue('pricing.invalid_account', ['account']),
        makeIssue('pricing.price_invalid', ['pricePerSegment'], { value: '1e3' }),
        makeIssue('pricing.segments_invalid', ['segments'], { value: '-1' }),
        makeIssue('priority.invalid', ['priority']),
      ]),
    )
  })
})

// ---------------------------------------------------------------------------------------------

const countArb = fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) })
const priorityArb = fc.constantFrom<1 | 2>(1, 2)
const accountArb = fc.constantFrom<'SE' | 'international'>('SE', 'international')
/** A price string: up to 20 whole digits (beyond a double's precision) and 0 to 4 decimals. */
const priceArb = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: 1, maxLength: 20 }),
    fc.option(fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 4 }), { nil: undefined }),
  )
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`))

describe('properties', () => {
  it('should be linear in segments: price(a + b) = price(a) + price(b), in exact units', () => {
    const half = fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) / 2n })
    fc.assert(
      fc.property(half, half, priorityArb, accountArb, priceArb, (a, b, priority, account, pricePerSegment) => {
        const pricing = { account, pricePerSegment }
        const total = (segments: bigint): bigint => unitsOfAmount(priced({ segments, priority }, pricing).total.amount)
        expect(total(a + b)).toBe(total(a) + total(b))
      }),
    )
  })

  it('should make the total the sum of base and surcharge, in amounts and in minor units', () => {
    fc.assert(
      fc.property(countArb, priorityArb, accountArb, priceArb, (segments, priority, account, pricePerSegment) => {
        const p = priced({ segments, priority }, { account, pricePerSegment })
        expect(unitsOfAmount(p.total.amount)).toBe(unitsOfAmount(p.base.amount) + unitsOfAmount(p.surcharge.amount))
        expect(BigInt(p.total.minorUnits)).toBe(BigInt(p.base.minorUnits) + BigInt(p.surcharge.minorUnits))
      }),
    )
  })

  it('should round-trip units through formatUnits and parsePrice', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (units) => {
        expect(parsePrice(formatUnits(units))).toStrictEqual(E.right(units))
      }),
    )
  })

  it('should round-trip a decimal string to its 4-decimal form', () => {
    fc.assert(
      fc.property(priceArb, (s) => {
        const [whole = '', fraction = ''] = s.split('.')
        const normalised = `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(4, '0')}`
        expect(E.map(formatUnits)(parsePrice(s))).toStrictEqual(E.right(normalised))
      }),
    )
  })

  it('should equal a bigint reference exactly, far beyond a double’s precision', () => {
    fc.assert(
      fc.property(countArb, priorityArb, accountArb, priceArb, (segments, priority, account, pricePerSegment) => {
        const [whole = '', fraction = ''] = pricePerSegment.split('.')
        const perSegment = BigInt(whole + fraction.padEnd(4, '0'))
        const surcharge = priority === 1 ? 0n : account === 'SE' ? 1000n : 100n
        const total = segments * (perSegment + surcharge)
        const digits = total.toString().padStart(5, '0')
        const p = priced({ segments, priority }, { account, pricePerSegment })
        expect(p.total).toStrictEqual({ amount: `${digits.slice(0, -4)}.${digits.slice(-4)}`, minorUnits: ((total + 50n) / 100n).toString() })
        expect(p.currency).toBe(account === 'SE' ? 'SEK' : 'EUR')
      }),
    )
  })

  it('should not mutate its inputs', () => {
    fc.assert(
      fc.property(countArb, priorityArb, accountArb, priceArb, (segments, priority, account, pricePerSegment) => {
        const input = Object.freeze({ segments, priority })
        const pricing = Object.freeze({ account, pricePerSegment })
        priceBatch(input, pricing)
        expect(input).toStrictEqual({ segments, priority })
        expect(pricing).toStrictEqual({ account, pricePerSegment })
      }),
    )
  })
})
