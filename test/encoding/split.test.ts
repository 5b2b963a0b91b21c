import fc from 'fast-check'
import { analyzeText, splitSegments } from '../../src/encoding/index.js'
import { anyText, datacoding, gsmText, mixedText } from './arbitraries.js'
import { modelParts } from './model.js'

const a = (n: number): string => 'a'.repeat(n)
const zh = (n: number): string => 'ж'.repeat(n)

describe('splitSegments', () => {
  it('gives no part for the empty text', () => {
    expect(splitSegments('', 'gsm')).toStrictEqual([])
    expect(splitSegments('', 'ucs')).toStrictEqual([])
  })

  it('keeps a 160-septet GSM text whole', () => {
    expect(splitSegments(a(160), 'gsm')).toStrictEqual([a(160)])
  })

  it('splits 161 septets into 153 + 8', () => {
    expect(splitSegments(a(161), 'gsm')).toStrictEqual([a(153), a(8)])
  })

  it('splits 307 septets into 153 + 153 + 1', () => {
    expect(splitSegments(a(307), 'gsm')).toStrictEqual([a(153), a(153), a(1)])
  })

  // SPEC: "A long message's parts never split an escape pair or a UTF-16 surrogate pair."
  it('never splits an escape pair: € at septets 153–154 opens the next part', () => {
    expect(splitSegments(a(152) + '€' + a(10), 'gsm')).toStrictEqual([a(152), '€' + a(10)])
  })

  it('keeps € at septets 152–153 in the first part', () => {
    expect(splitSegments(a(151) + '€' + a(10), 'gsm')).toStrictEqual([a(151) + '€', a(10)])
  })

  it('keeps a 2-character GSM text whole even when it holds a non-GSM character (1 septet)', () => {
    expect(splitSegments('a😀', 'gsm')).toStrictEqual(['a😀'])
  })

  it('splits 71 UCS-2 units into 67 + 4', () => {
    expect(splitSegments(zh(71), 'ucs')).toStrictEqual([zh(67), zh(4)])
  })

  it('splits 135 UCS-2 units into 67 + 67 + 1', () => {
    expect(splitSegments(zh(135), 'ucs')).toStrictEqual([zh(67), zh(67), zh(1)])
  })

  it('never splits a surrogate pair: 😀 at units 67–68 opens the next part', () => {
    expect(splitSegments(zh(66) + '😀' + zh(66), 'ucs')).toStrictEqual([zh(66), '😀' + zh(65), zh(1)])
  })

  it("splits an all-GSM text by UTF-16 units when asked for 'ucs' (UCS-2 itself)", () => {
    expect(splitSegments(a(71), 'ucs')).toStrictEqual([a(67), a(4)])
  })

  it('may split a ZWJ sequence between its code points (a handset joins the parts back)', () => {
    // 33 families of 8 units = 264 units; part 1 holds 8 whole families (64) and 👨 (2) + ZWJ (1).
    const parts = splitSegments('👨‍👩‍👧'.repeat(33), 'ucs')
    expect(parts[0]).toBe('👨‍👩‍👧'.repeat(8) + '👨\u200d')
  })
})

describe('properties', () => {
  const texts = fc.oneof(mixedText(), anyText(), gsmText(1000))

  it('should give back the text when the parts are joined', () => {
    fc.assert(
      fc.property(texts, datacoding, (text, enc) => {
        expect(splitSegments(text, enc).join('')).toBe(text)
      }),
    )
  })

  it('should fit every part in its budget, and have no empty part', () => {
    fc.assert(
      fc.property(texts, datacoding, (text, enc) => {
        const parts = splitSegments(text, enc)
        const budget = parts.length > 1 ? (enc === 'gsm' ? 153 : 67) : enc === 'gsm' ? 160 : 70
        for (const p of parts) {
          expect(p.length).toBeGreaterThan(0)
          expect(enc === 'gsm' ? analyzeText(p, 'gsm').units : p.length).toBeLessThanOrEqual(budget)
        }
      }),
    )
  })

  it('should never end a part inside a surrogate pair', () => {
    fc.assert(
      fc.property(texts, datacoding, (text, enc) => {
        const parts = splitSegments(text, enc)
        parts.slice(1).forEach((next, i) => {
          const end = (parts[i] ?? '').charCodeAt((parts[i] ?? '').length - 1)
          const start = next.charCodeAt(0)
          expect(end >= 0xd800 && end <= 0xdbff && start >= 0xdc00 && start <= 0xdfff).toBe(false)
        })
      }),
    )
  })

  it('should agree with the independent slow model', () => {
    fc.assert(
      fc.property(texts, datacoding, (text, enc) => {
        expect(splitSegments(text, enc)).toStrictEqual(modelParts(text, enc))
      }),
      { numRuns: 300 },
    )
  })
})
