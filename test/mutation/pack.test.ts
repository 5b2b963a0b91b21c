// Septets and UCS-2 octets at their edges (found by mutation testing).
import { encodeUcs2, gsmSeptets } from '../../src/encoding/pack'

describe('gsmSeptets and encodeUcs2 at their edges', () => {
  // encoding.md: only a high surrogate followed by a low one is one character; a lone low
  // surrogate after a non-GSM letter is a character of its own, sent as "?" too.
  it('sends a non-GSM letter followed by a lone low surrogate as two "?"', () => {
    expect(Array.from(gsmSeptets('\u00e7\udc00'))).toStrictEqual([0x3f, 0x3f])
  })

  it('encodes nothing for null (JavaScript callers)', () => {
    expect(Array.from(encodeUcs2(null as unknown as string))).toStrictEqual([])
  })
})
