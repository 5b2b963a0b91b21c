import { alphanumericUnsupported, alphanumericUnsupportedRegions } from '../../src/phone/alphanumeric.js'

describe('alphanumericUnsupported', () => {
  it('is true for the destinations SPEC names: the US, Canada, China, and Puerto Rico', () => {
    // SPEC: "sender.alphanumeric_unsupported (w) where an alphanumeric sender is commonly
    // refused by the destination's operators (the US, Canada, China, …)".
    for (const region of ['US', 'CA', 'CN', 'PR']) expect(alphanumericUnsupported(region)).toBe(true)
  })

  it('is false where alphanumeric senders are common (Sweden, the UK, Germany)', () => {
    for (const region of ['SE', 'GB', 'DE']) expect(alphanumericUnsupported(region)).toBe(false)
  })

  it('is false for anything that is not an upper-case region code', () => {
    expect(alphanumericUnsupported('us')).toBe(false)
    expect(alphanumericUnsupported('')).toBe(false)
    expect(alphanumericUnsupported(undefined as unknown as string)).toBe(false)
  })

  it('keeps its table frozen', () => {
    expect(Object.isFrozen(alphanumericUnsupportedRegions)).toBe(true)
  })
})
