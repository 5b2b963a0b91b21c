import fc from 'fast-check'
import { analyzeText, countText, listNonGsm, splitSegments, type TextAnalysis } from '../../src/encoding/index.js'
import { anyText, datacoding, gsmText, mixedText } from './arbitraries.js'
import { modelAnalyze } from './model.js'

const a = (n: number): string => 'a'.repeat(n)
const zh = (n: number): string => 'ж'.repeat(n)

const gsm = (units: number, segments: number, unitsPerSegment: number, remaining: number, text: string): TextAnalysis => ({
  encoding: 'gsm',
  gsmCompatible: true,
  units,
  segments,
  unitsPerSegment,
  remaining,
  text,
  nonGsm: [],
})

describe('analyzeText', () => {
  describe('the empty text', () => {
    // SPEC: "analyzeText('') is 0 units and 0 segments."
    it('is 0 units and 0 segments, GSM, with the whole single budget remaining', () => {
      expect(analyzeText('')).toStrictEqual(gsm(0, 0, 160, 160, ''))
      expect(analyzeText('', 'gsm')).toStrictEqual(gsm(0, 0, 160, 160, ''))
    })
  })

  describe('GSM boundaries (SPEC: "160 septets single, 153 per part of a long message")', () => {
    it('fits 160 septets in one segment with 0 remaining', () => {
      expect(analyzeText(a(160))).toStrictEqual(gsm(160, 1, 160, 0, a(160)))
    })

    it('needs 2 segments for 161 septets: 153 + 8, so 145 remaining in the last', () => {
      expect(analyzeText(a(161))).toStrictEqual(gsm(161, 2, 153, 145, a(161)))
    })

    it('fits 306 septets in 2 segments exactly (2 × 153)', () => {
      expect(analyzeText(a(306))).toStrictEqual(gsm(306, 2, 153, 0, a(306)))
    })

    it('needs 3 segments for 307 septets: 153 + 153 + 1, 152 remaining', () => {
      expect(analyzeText(a(307))).toStrictEqual(gsm(307, 3, 153, 152, a(307)))
    })

    it.each([
      // 153·k − 1 leaves 1 free in the k-th part; 153·k fills it; 153·k + 1 opens part k + 1 with 1.
      [3, 458, 3, 1],
      [3, 459, 3, 0],
      [3, 460, 4, 152],
      [10, 1529, 10, 1],
      [10, 1530, 10, 0],
      [10, 1531, 11, 152],
    ])('around 153·%i: %i septets are %i segments with %i remaining', (_k, n, segments, remaining) => {
      expect(analyzeText(a(n))).toStrictEqual(gsm(n, segments, 153, remaining, a(n)))
    })

    it('fits an extension character at septets 152–153 in the first part (151 + 2 = 153)', () => {
      // 151 a, €, 10 a: 163 septets. Part 1 = 151 a + € = 153 septets; part 2 = 10 a.
      expect(analyzeText(a(151) + '€' + a(10))).toStrictEqual(gsm(163, 2, 153, 143, a(151) + '€' + a(10)))
    })

    it('pushes an extension character at septets 153–154 to the next part, leaving a 1-septet gap', () => {
      // 152 a, €, 10 a: 164 septets. € would straddle 153/154, so part 1 = 152 a (152 septets),
      // part 2 = € + 10 a = 12 septets: 141 remaining (a division would say 142).
      expect(analyzeText(a(152) + '€' + a(10))).toStrictEqual(gsm(164, 2, 153, 141, a(152) + '€' + a(10)))
    })

    it('counts a segment more than a division when the pushed escape pair spills over (306 septets, 3 parts)', () => {
      // 152 a, €, 152 a = 306 septets = 2 × 153, but part 1 = 152 a, part 2 = € + 151 a = 153,
      // part 3 = 1 a: 3 segments, 152 remaining.
      expect(analyzeText(a(152) + '€' + a(152))).toStrictEqual(gsm(306, 3, 153, 152, a(152) + '€' + a(152)))
    })

    it('keeps a 160-septet text with € at 153–154 in one segment (a single message has no parts)', () => {
      expect(analyzeText(a(152) + '€' + a(6))).toStrictEqual(gsm(160, 1, 160, 0, a(152) + '€' + a(6)))
    })

    it('counts a 2000-character body of a as 2000 septets in 14 segments (13 × 153 = 1989, 11 over)', () => {
      expect(analyzeText(a(2000))).toStrictEqual(gsm(2000, 14, 153, 142, a(2000)))
    })

    it('counts 2000 € as 4000 septets in 27 segments (76 € = 152 septets per part; 24 € = 48 in the last)', () => {
      expect(analyzeText('€'.repeat(2000))).toStrictEqual(gsm(4000, 27, 153, 105, '€'.repeat(2000)))
    })
  })

  describe('UCS-2 boundaries (SPEC: "70 UTF-16 code units single, 67 per part")', () => {
    const ucs = (units: number, segments: number, unitsPerSegment: number, remaining: number, text: string): TextAnalysis => ({
      encoding: 'ucs',
      gsmCompatible: false,
      units,
      segments,
      unitsPerSegment,
      remaining,
      text,
      nonGsm: listNonGsm(text),
    })

    it.each([
      [70, 1, 70, 0],
      [71, 2, 67, 63], // 67 + 4
      [134, 2, 67, 0], // 2 × 67
      [135, 3, 67, 66], // 67 + 67 + 1
      [2000, 30, 67, 10], // 29 × 67 = 1943, 57 in the last
    ])('counts %i Cyrillic letters as %i segments of %i with %i remaining', (n, segments, per, remaining) => {
      expect(analyzeText(zh(n))).toStrictEqual(ucs(n, segments, per, remaining, zh(n)))
    })

    it('keeps a surrogate pair at units 66–67 in the first part (65 + 2 = 67)', () => {
      const text = zh(65) + '😀' + zh(10) // 77 units: part 1 = 67, part 2 = 10
      expect(analyzeText(text)).toStrictEqual(ucs(77, 2, 67, 57, text))
    })

    it('pushes a surrogate pair at units 67–68 to the next part', () => {
      const text = zh(66) + '😀' + zh(10) // 78 units: part 1 = 66, part 2 = 2 + 10 = 12
      expect(analyzeText(text)).toStrictEqual(ucs(78, 2, 67, 55, text))
    })

    it('counts a segment more than a division when the pushed pair spills over (134 units, 3 parts)', () => {
      const text = zh(66) + '😀' + zh(66) // part 1 = 66, part 2 = 😀 + 65 = 67, part 3 = 1
      expect(analyzeText(text)).toStrictEqual(ucs(134, 3, 67, 66, text))
    })
  })

  describe('the traps of the tables', () => {
    it('sends capital Ç as GSM but lower-case ç as UCS-2', () => {
      expect(analyzeText('Ç')).toStrictEqual(gsm(1, 1, 160, 159, 'Ç'))
      expect(analyzeText('ç').encoding).toBe('ucs')
    })

    it('counts € and form feed as 2 septets each (extension characters)', () => {
      expect(analyzeText('€\f')).toStrictEqual(gsm(4, 1, 160, 156, '€\f'))
    })

    it('counts each of ^ { } \\ [ ~ ] | as 2 septets', () => {
      expect(analyzeText('^{}\\[~]|').units).toBe(16)
    })

    it('sends the Greek capitals Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ as GSM, 1 septet each', () => {
      expect(analyzeText('ΔΦΓΛΩΠΨΣΘΞ')).toStrictEqual(gsm(10, 1, 160, 150, 'ΔΦΓΛΩΠΨΣΘΞ'))
    })

    it('sends lower-case Greek as UCS-2', () => {
      expect(analyzeText('αβγ').encoding).toBe('ucs')
    })

    it('counts CR LF as 2 basic septets', () => {
      expect(analyzeText('a\r\nb')).toStrictEqual(gsm(4, 1, 160, 156, 'a\r\nb'))
    })

    it.each([
      ['non-breaking space', 'a\u00a0b'],
      ['curly double quotes', '“a”'],
      ['curly apostrophe', 'it’s'],
      ['tab (0x09 is Ç, not a tab)', 'a\tb'],
      ['back-tick', '`a`'],
      ['ESC as text (0x1B is the escape, not a character)', 'a\u001bb'],
    ])('sends a text with a %s as UCS-2', (_name, text) => {
      expect(analyzeText(text).encoding).toBe('ucs')
    })

    it('sends Swedish å ä ö Å Ä Ö é É ü as GSM, 1 septet each', () => {
      expect(analyzeText('åäöÅÄÖéÉü')).toStrictEqual(gsm(9, 1, 160, 151, 'åäöÅÄÖéÉü'))
    })
  })

  describe('emoji and combining marks', () => {
    it('lists a ZWJ family as five characters: three astral (once each) and two joiners', () => {
      // 👨 U+1F468, ZWJ, 👩 U+1F469, ZWJ, 👧 U+1F467: 3 × 2 + 2 = 8 UTF-16 units.
      expect(analyzeText('👨‍👩‍👧')).toStrictEqual({
        encoding: 'ucs',
        gsmCompatible: false,
        units: 8,
        segments: 1,
        unitsPerSegment: 70,
        remaining: 62,
        text: '👨‍👩‍👧',
        nonGsm: [
          { char: '👨', index: 0 },
          { char: '\u200d', index: 2 },
          { char: '👩', index: 3 },
          { char: '\u200d', index: 5 },
          { char: '👧', index: 6 },
        ],
      })
    })

    it('lists a flag as its two regional indicators, 4 units', () => {
      // 🇸🇪 = U+1F1F8 U+1F1EA.
      expect(analyzeText('🇸🇪')).toStrictEqual({
        encoding: 'ucs',
        gsmCompatible: false,
        units: 4,
        segments: 1,
        unitsPerSegment: 70,
        remaining: 66,
        text: '🇸🇪',
        nonGsm: [
          { char: '\ud83c\uddf8', index: 0 },
          { char: '\ud83c\uddea', index: 2 },
        ],
      })
    })

    it('sends a decomposed é (e + U+0301) as UCS-2 though the composed é is GSM', () => {
      expect(analyzeText('e\u0301')).toStrictEqual({
        encoding: 'ucs',
        gsmCompatible: false,
        units: 2,
        segments: 1,
        unitsPerSegment: 70,
        remaining: 68,
        text: 'e\u0301',
        nonGsm: [{ char: '\u0301', index: 1 }],
      })
      expect(analyzeText('\u00e9')).toStrictEqual(gsm(1, 1, 160, 159, '\u00e9'))
    })

    it('lists a lone surrogate as one entry', () => {
      expect(analyzeText('a\ud800b').nonGsm).toStrictEqual([{ char: '\ud800', index: 1 }])
    })
  })

  describe("with 'gsm' (SPEC: a character outside the GSM tables counts one septet and is listed)", () => {
    it('counts each non-GSM character as 1 septet, an astral one once, and lists them', () => {
      // H i space “ x ” space 😀 = 8 characters, 8 septets; 😀 is at UTF-16 index 7.
      expect(analyzeText('Hi “x” 😀', 'gsm')).toStrictEqual({
        encoding: 'gsm',
        gsmCompatible: false,
        units: 8,
        segments: 1,
        unitsPerSegment: 160,
        remaining: 152,
        text: 'Hi “x” 😀',
        nonGsm: [
          { char: '“', index: 3 },
          { char: '”', index: 5 },
          { char: '😀', index: 7 },
        ],
      })
    })
  })

  it('never throws on a value that is not a string', () => {
    expect(analyzeText(undefined as unknown as string)).toStrictEqual(gsm(0, 0, 160, 160, ''))
  })
})

describe('countText', () => {
  it('counts segments beyond 255 (the composer reports them)', () => {
    expect(countText(a(153 * 300), 'gsm')).toStrictEqual({ encoding: 'gsm', gsmCompatible: true, units: 45900, segments: 300, unitsPerSegment: 153, remaining: 0 })
  })

  it("stops at the first non-GSM character with 'ucs' and reports UCS-2", () => {
    expect(countText('€' + zh(70), 'ucs')).toStrictEqual({ encoding: 'ucs', gsmCompatible: false, units: 71, segments: 2, unitsPerSegment: 67, remaining: 63 })
  })
})

describe('listNonGsm', () => {
  it('lists each occurrence with its UTF-16 index', () => {
    expect(listNonGsm('ç a ç 😀')).toStrictEqual([
      { char: 'ç', index: 0 },
      { char: 'ç', index: 4 },
      { char: '😀', index: 6 },
    ])
  })

  it('lists nothing for a value that is not a string', () => {
    expect(listNonGsm(null as unknown as string)).toStrictEqual([])
  })
})

describe('properties', () => {
  const texts = fc.oneof(mixedText(), anyText(), gsmText())

  it('should agree with the independent slow model on any code points', () => {
    fc.assert(
      fc.property(anyText(), datacoding, (text, dc) => {
        expect(analyzeText(text, dc)).toStrictEqual(modelAnalyze(text, dc))
      }),
      { numRuns: 300 },
    )
  })

  it('should agree with the independent slow model on strings mixing basic, extension and non-GSM characters', () => {
    fc.assert(
      fc.property(mixedText(), datacoding, (text, dc) => {
        expect(analyzeText(text, dc)).toStrictEqual(modelAnalyze(text, dc))
      }),
      { numRuns: 300 },
    )
  })

  it('should agree with the independent slow model on long GSM texts around the part boundaries', () => {
    fc.assert(
      fc.property(gsmText(1000), datacoding, (text, dc) => {
        expect(analyzeText(text, dc)).toStrictEqual(modelAnalyze(text, dc))
      }),
      { numRuns: 200 },
    )
  })

  it('should give countText the same counts as analyzeText', () => {
    fc.assert(
      fc.property(texts, datacoding, (text, dc) => {
        const r = analyzeText(text, dc)
        expect(countText(text, dc)).toStrictEqual({
          encoding: r.encoding,
          gsmCompatible: r.gsmCompatible,
          units: r.units,
          segments: r.segments,
          unitsPerSegment: r.unitsPerSegment,
          remaining: r.remaining,
        })
      }),
    )
  })

  it('should take segments from the real split', () => {
    fc.assert(
      fc.property(texts, datacoding, (text, dc) => {
        const r = analyzeText(text, dc)
        expect(r.segments).toBe(splitSegments(text, r.encoding).length)
      }),
    )
  })

  it("should choose 'gsm' under 'ucs' exactly when nonGsm is empty", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const r = analyzeText(text, 'ucs')
        expect(r.encoding === 'gsm').toBe(r.nonGsm.length === 0)
        expect(r.gsmCompatible).toBe(r.nonGsm.length === 0)
      }),
    )
  })

  it("should keep units monotone when appending ('gsm', and 'ucs' while the encoding stays)", () => {
    fc.assert(
      fc.property(texts, texts, datacoding, (x, y, dc) => {
        const before = analyzeText(x, dc)
        const after = analyzeText(x + y, dc)
        if (after.encoding === before.encoding) expect(after.units).toBeGreaterThanOrEqual(before.units)
        expect(after.segments).toBeGreaterThanOrEqual(before.segments)
      }),
    )
  })

  it('should keep remaining within the segment budget', () => {
    fc.assert(
      fc.property(texts, datacoding, (text, dc) => {
        const r = analyzeText(text, dc)
        expect(r.remaining).toBeGreaterThanOrEqual(0)
        expect(r.remaining).toBeLessThanOrEqual(r.unitsPerSegment)
      }),
    )
  })
})
