// Lone surrogates at a UCS-2 part boundary (found by mutation testing). SPEC "datacoding": "A
// long message's parts never split an escape pair or a UTF-16 surrogate pair" — a lone
// surrogate is no pair, so it must not move a boundary.
import { analyzeText, countText } from '../../src/encoding/analyze'
import { splitSegments } from '../../src/encoding/split'

const cyr = (n: number): string => 'ж'.repeat(n)

describe('UCS-2 part boundaries and lone surrogates', () => {
  it('keeps the 67-unit boundary after a lone high surrogate at unit 67', () => {
    // 66 ж + a lone high surrogate + 67 x: 134 units, parts of 67 + 67 → 2 segments.
    // (Moving the boundary back would leave 68 units for the second part: 3 segments.)
    const text = cyr(66) + '\ud800' + 'x'.repeat(67)
    expect(countText(text, 'ucs').segments).toBe(2)
    expect(analyzeText(text).segments).toBe(2)
    expect(splitSegments(text, 'ucs').map((p) => p.length)).toStrictEqual([67, 67])
  })

  it('keeps the 67-unit boundary before a lone low surrogate at unit 68', () => {
    // 67 ж + a lone low surrogate + 66 x: 134 units → 2 segments of 67.
    const text = cyr(67) + '\udc00' + 'x'.repeat(66)
    expect(countText(text, 'ucs').segments).toBe(2)
    expect(splitSegments(text, 'ucs').map((p) => p.length)).toStrictEqual([67, 67])
  })

  it('moves the boundary before a real surrogate pair at units 67–68', () => {
    // 66 ж + 😀 (2 units) + 66 x: 134 units, but the pair cannot straddle: 66 + 68 → 3 segments.
    const text = cyr(66) + '😀' + 'x'.repeat(66)
    expect(countText(text, 'ucs').segments).toBe(3)
  })
})

describe('splitSegments at its edges (found by mutation testing)', () => {
  it('keeps an astral character whole under gsm, counting it one septet', () => {
    // SPEC: with 'gsm', "a character outside the GSM tables counts one septet"; an astral
    // character is one character. 200 emoji = 200 septets → 153 + 47 emoji (306 + 94 units).
    expect(splitSegments('😀'.repeat(200), 'gsm').map((p) => p.length)).toStrictEqual([306, 94])
  })

  it('sends exactly 70 UCS-2 units as one part, and 71 as 67 + 4', () => {
    expect(splitSegments(cyr(70), 'ucs').map((p) => p.length)).toStrictEqual([70])
    expect(splitSegments(cyr(71), 'ucs').map((p) => p.length)).toStrictEqual([67, 4])
  })

  it('splits exactly 134 UCS-2 units into two parts of 67', () => {
    expect(splitSegments(cyr(134), 'ucs').map((p) => p.length)).toStrictEqual([67, 67])
  })

  it('answers [] for a text that is not a string (JavaScript callers)', () => {
    expect(splitSegments(5 as never, 'ucs')).toStrictEqual([])
  })
})
