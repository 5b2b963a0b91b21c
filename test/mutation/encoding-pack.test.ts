// The concatenation reference of encodeParts from a JavaScript caller (found by mutation
// testing): TS 23.040 9.2.3.24.1 gives it one octet, so a number is taken modulo 256 and a value
// that is not a finite number is 0, never converted.
import { encodeParts } from '../../src/encoding/pack'

/** The reference octet (the fourth of `05 00 03 ref total seq`) of each part of 161 a: 2 parts. */
const references = (reference: unknown): number[] => {
  const r = encodeParts('a'.repeat(161), 'gsm', reference as number)
  return r._tag === 'Right' ? r.right.map((p) => p.udh[3] ?? -1) : []
}

describe('encodeParts reference', () => {
  it('takes a number modulo 256 after dropping its fraction', () => {
    expect([references(7), references(7.9), references(-1), references(256 + 9)]).toStrictEqual([
      [7, 7],
      [7, 7],
      [255, 255],
      [9, 9],
    ])
  })

  it('reads a value that is not a finite number as 0, without converting it', () => {
    let calls = 0
    const sneaky = {
      valueOf(): number {
        calls++
        return 7
      },
    }
    expect([references('7'), references(sneaky), references(Number.POSITIVE_INFINITY), calls]).toStrictEqual([[0, 0], [0, 0], [0, 0], 0])
  })
})
