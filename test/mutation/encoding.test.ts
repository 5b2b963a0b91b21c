// Lone surrogates at a UCS-2 part boundary (found by mutation testing). SPEC "datacoding": "A
// long message's parts never split an escape pair or a UTF-16 surrogate pair" — a lone
// surrogate is no pair, so it must not move a boundary.
import { analyzeText, countText } from '../../src/encoding/analyze'
import { isHighSurrogate, isLowSurrogate } from '../../src/encoding/gsm'
import { suggestGsm } from '../../src/encoding/lookalikes'
import { encodeParts, encodeUcs2, gsmSeptets } from '../../src/encoding/pack'
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

describe('suggestGsm at its edges (found by mutation testing)', () => {
  const replacements = (text: string) => suggestGsm(text).replacements

  // encoding.md: an accent typed as a combining mark is offered as the precomposed letter when
  // that letter is in the GSM alphabet (å and é are; ó is not).
  it('composes a letter and its combining accent into one GSM letter', () => {
    expect(replacements('Ha\u030aj')).toStrictEqual([{ index: 1, from: 'a\u030a', to: 'å' }])
    expect(replacements('e\u0301')).toStrictEqual([{ index: 0, from: 'e\u0301', to: 'é' }])
    expect(replacements('a\u0300')).toStrictEqual([{ index: 0, from: 'a\u0300', to: 'à' }])
  })

  it('offers nothing when the composed letter is not GSM, or nothing composes', () => {
    expect(replacements('o\u0301')).toStrictEqual([]) // ó is not in the GSM alphabet
    expect(replacements('x\u0300y')).toStrictEqual([]) // no precomposed x with grave
  })

  // Full-width ASCII U+FF01–U+FF5E is ASCII + 0xFEE0; the half-width forms after it are not.
  it('maps the last full-width character, U+FF5E, and nothing past it', () => {
    expect(replacements('\uff5e')).toStrictEqual([{ index: 0, from: '\uff5e', to: '~' }])
    expect(replacements('\uff01')).toStrictEqual([{ index: 0, from: '\uff01', to: '!' }])
    // U+FF83 HALFWIDTH KATAKANA TE is 0xFF83 − 0xFEE0 = 0xA3 (£) by arithmetic, but no look-alike.
    expect(replacements('\uff83')).toStrictEqual([])
  })

  it('treats a value that is not a string as the empty text (JavaScript callers)', () => {
    const s = suggestGsm(42 as unknown as string)
    expect([s.text, s.replacements, s.before.units, s.becomesGsm]).toStrictEqual(['', [], 0, false])
  })
})

describe('octets at their edges (found by mutation testing)', () => {
  // encoding.md: a character outside the tables is sent as "?" (0x3F), one septet for a whole
  // surrogate pair; a lone surrogate is one character of its own.
  it('sends a surrogate pair as one "?" and a lone surrogate or a non-GSM letter as one "?"', () => {
    expect(Array.from(gsmSeptets('a\ud83d\ude00b'))).toStrictEqual([0x61, 0x3f, 0x62])
    expect(Array.from(gsmSeptets('\ud83db'))).toStrictEqual([0x3f, 0x62])
    expect(Array.from(gsmSeptets('\u00e7b'))).toStrictEqual([0x3f, 0x62])
  })

  it('encodes nothing for a part that is not a string (JavaScript callers)', () => {
    expect(Array.from(gsmSeptets(undefined as unknown as string))).toStrictEqual([])
    expect(Array.from(encodeUcs2(42 as unknown as string))).toStrictEqual([])
  })

  // SPEC: at most 255 segments can be concatenated (the UDH's part count is one octet).
  it('encodes exactly 255 parts, and refuses 256', () => {
    const r = encodeParts('a'.repeat(153 * 255), 'gsm')
    expect(r._tag === 'Right' ? [r.right.length, Array.from(r.right[254]?.udh ?? [])] : r.left).toStrictEqual([255, [5, 0, 3, 0, 255, 255]])
    expect(encodeParts('a'.repeat(153 * 255 + 1), 'gsm')).toStrictEqual({
      _tag: 'Left',
      left: { code: 'message.too_many_segments', segments: 256, max: 255 },
    })
  })
})

describe('surrogate predicates', () => {
  // UTF-16: high surrogates are U+D800–U+DBFF, low surrogates U+DC00–U+DFFF.
  it('have exactly the UTF-16 ranges', () => {
    expect([0xd7ff, 0xd800, 0xdbff, 0xdc00].map(isHighSurrogate)).toStrictEqual([false, true, true, false])
    expect([0xdbff, 0xdc00, 0xdfff, 0xe000].map(isLowSurrogate)).toStrictEqual([false, true, true, false])
  })
})
