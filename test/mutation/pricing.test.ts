// Pricing counts at their bound (found by mutation testing). decisions.md: segment and message
// counts are non-negative safe integers, as numbers or as bigints.
import * as E from 'fp-ts/Either'
import { priceBatch } from '../../src/pricing'

describe('priceBatch counts at Number.MAX_SAFE_INTEGER', () => {
  const pricing = { account: 'SE', pricePerSegment: '0.0001' } as const
  it('accepts the largest safe integer as a bigint, and refuses the next one', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER)
    expect(E.isRight(priceBatch({ segments: max, priority: 1 }, pricing))).toBe(true)
    const r = priceBatch({ segments: max + 1n, priority: 1 }, pricing)
    expect(E.isLeft(r) ? r.left.map((i) => i.code) : []).toStrictEqual(['pricing.segments_invalid'])
  })
})

describe('a price at its length limit (decisions.md: 32 characters)', () => {
  const price = (pricePerSegment: string) => priceBatch({ segments: 1, priority: 1 }, { account: 'SE', pricePerSegment })

  it('prices a price of 32 characters and refuses one of 33 by its length', () => {
    // 27 zeros and '.0001': 32 characters, one unit (0.0001 SEK) per segment.
    const at32 = price(`${'0'.repeat(27)}.0001`)
    expect(E.isRight(at32) ? [at32.right.pricePerSegment, at32.right.total] : undefined).toStrictEqual(['0.0001', { amount: '0.0001', minorUnits: '0' }])
    const r = price(`${'0'.repeat(28)}.0001`)
    expect(E.isLeft(r) ? r.left.map((i) => [i.code, i.params]) : []).toStrictEqual([['pricing.price_too_long', { length: 33, max: 32 }]])
  })
})

describe('a bigint count in an issue (written out up to 100 digits)', () => {
  const pricing = { account: 'SE', pricePerSegment: '0.0001' } as const
  const value = (segments: bigint): unknown => {
    const r = priceBatch({ segments, priority: 1 }, pricing)
    return E.isLeft(r) ? r.left.map((i) => i.params) : []
  }
  const big = 10n ** 100n - 1n

  it('writes out a count of 100 digits, negative or not, and shows one of 101 as a bound, `> 10^100` or `< -10^100`', () => {
    expect(value(big)).toStrictEqual([{ value: big.toString() }])
    expect(value(-big)).toStrictEqual([{ value: (-big).toString() }])
    expect(value(big + 1n)).toStrictEqual([{ value: '> 10^100' }])
    expect(value(-big - 1n)).toStrictEqual([{ value: '< -10^100' }])
  })
})
