// gsmCost and gsmSeptet on values that are not code units (found by mutation testing): both are
// public and take whatever a JavaScript caller passes.
import { gsmCost, gsmSeptet } from '../../src/encoding/gsm'

describe('gsmCost and gsmSeptet outside the code units', () => {
  // A UTF-16 code unit is an integer from 0 to 0xFFFF; '@' is septet 0x00 at U+0040 and the last
  // code unit, U+FFFF, is no character of either GSM table.
  it('answer for the first and last code units, and nothing past them', () => {
    expect([gsmCost(0), gsmCost(0xffff), gsmCost(-1), gsmCost(0x10000), gsmCost(0x10041)]).toStrictEqual([0, 0, 0, 0, 0])
    expect([gsmSeptet(0), gsmSeptet(0xffff), gsmSeptet(-1), gsmSeptet(0x10000), gsmSeptet(0x10041)]).toStrictEqual([-1, -1, -1, -1, -1])
  })

  it('give no septet for a fraction, NaN, infinity or a number written as a string', () => {
    const values: unknown[] = [64.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY, '65', 'buffer']
    expect(values.map((v) => [gsmCost(v as number), gsmSeptet(v as number)])).toStrictEqual(values.map(() => [0, -1]))
  })

  it("never call a caller's valueOf", () => {
    let calls = 0
    const sneaky = {
      valueOf(): number {
        calls++
        return 0x41
      },
    }
    expect([gsmCost(sneaky as unknown as number), gsmSeptet(sneaky as unknown as number), calls]).toStrictEqual([0, -1, 0])
  })

  it("give a GSM character's cost and septet, and -1 for a character outside GSM", () => {
    expect([gsmCost(0x40), gsmSeptet(0x40), gsmCost(0x20ac), gsmSeptet(0x20ac), gsmCost(0xe7), gsmSeptet(0xe7)]).toStrictEqual([1, 0x00, 2, 0x65, 0, -1])
  })
})
