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
