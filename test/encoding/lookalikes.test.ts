import fc from 'fast-check'
import { analyzeText, gsmCost, suggestGsm } from '../../src/encoding/index.js'
import { anyText, basicChars, mixedText } from './arbitraries.js'

describe('suggestGsm', () => {
  it("replaces a curly apostrophe and an ellipsis: \"It’s done…\" → \"It's done...\"", () => {
    const s = suggestGsm('It’s done…')
    expect(s.replacements).toStrictEqual([
      { index: 2, from: '’', to: "'" },
      { index: 9, from: '…', to: '...' },
    ])
    expect(s.text).toBe("It's done...")
    expect(s.becomesGsm).toBe(true)
    // 10 UCS-2 units in 1 segment before; 12 septets in 1 segment after: nothing saved.
    expect([s.before.encoding, s.before.units, s.analysis.encoding, s.analysis.units, s.segmentsSaved]).toStrictEqual(['ucs', 10, 'gsm', 12, 0])
  })

  // SPEC: "When a message is UCS-2 only because of characters that have GSM look-alikes …, it gets
  // message.ucs_lookalikes (w) with the characters and the segments that replacing them would save."
  it('saves a segment when a 100-character text is UCS-2 only because of “quotes”', () => {
    // 98 a + 2 quotes: 100 UCS-2 units = 2 segments (67 + 33); as GSM 100 septets = 1 segment.
    const s = suggestGsm('“' + 'a'.repeat(98) + '”')
    expect(s.text).toBe('"' + 'a'.repeat(98) + '"')
    expect([s.before.segments, s.analysis.segments, s.segmentsSaved, s.becomesGsm]).toStrictEqual([2, 1, 1, true])
  })

  it.each([
    ['left and right single quotes', '‘a’', "'a'"],
    ['low and angled quotes', '„a‟ «b» ‹c›', `"a" "b" 'c'`],
    ['primes', '5′ 11″', `5' 11"`],
    ['en dash, em dash, minus sign, non-breaking hyphen', '1–2—3−4‑5', '1-2-3-4-5'],
    ['non-breaking, thin and ideographic spaces', 'a\u00a0b\u2009c\u3000d', 'a b c d'],
    ['a tab (0x09 is Ç, not a tab)', 'a\tb', 'a b'],
    ['bullets', '• one ‣ two', '- one - two'],
    ['full-width ASCII, an extension character among them', 'ＡＢＣ１２３！［］', 'ABC123![]'],
    ['a soft hyphen and a zero width space (removed)', 'co\u00adop\u200b', 'coop'],
    ['the ohm sign and the increment sign (the GSM Greek capitals)', '5\u2126 \u2206t', '5Ω Δt'],
    // Unicode's own canonical mappings (NFC): U+212A is K, U+212B is Å (GSM 0x0E).
    ['the Kelvin sign and the Ångström sign (the GSM Latin letters)', '300 \u212a, 1 \u212b', '300 K, 1 Å'],
    ['Greek capitals that look like Latin ones', 'ΑΘΗΝΑ', 'AΘHNA'],
    ['a ring written as a combining mark', 'a\u030a Sa\u0308vsja\u0308n', 'å Sävsjän'],
  ])('suggests GSM replacements for %s', (_name, text, replaced) => {
    const s = suggestGsm(text)
    expect(s.text).toBe(replaced)
    expect(s.analysis.encoding).toBe('gsm')
    expect(s.becomesGsm).toBe(true)
  })

  it('suggests the replacements but not GSM when an emoji remains', () => {
    const s = suggestGsm('“Hi” 😀')
    expect(s.replacements).toStrictEqual([
      { index: 0, from: '“', to: '"' },
      { index: 3, from: '”', to: '"' },
    ])
    expect([s.analysis.encoding, s.becomesGsm, s.segmentsSaved]).toStrictEqual(['ucs', false, 0])
  })

  it('can report a negative saving: 70 ellipses are 1 UCS-2 segment but 210 septets', () => {
    // 210 septets = 153 + 57: 2 segments.
    const s = suggestGsm('…'.repeat(70))
    expect([s.before.segments, s.analysis.segments, s.segmentsSaved, s.becomesGsm]).toStrictEqual([1, 2, -1, true])
  })

  it('suggests nothing for a GSM text, or for a character with no look-alike (lower-case ç)', () => {
    for (const text of ['Hej då!', 'ça']) {
      const before = analyzeText(text)
      expect(suggestGsm(text)).toStrictEqual({ replacements: [], text, analysis: before, before, segmentsSaved: 0, becomesGsm: false })
    }
  })

  it('leaves a combining mark at the start of the text alone (nothing to compose with)', () => {
    expect(suggestGsm('\u0301a').replacements).toStrictEqual([])
  })

  it('does not change the input (suggests, never applies)', () => {
    const text = 'It’s'
    suggestGsm(text)
    expect(text).toBe('It’s')
  })
})

describe('properties', () => {
  const lookalikeText = fc.string({
    unit: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...basicChars) },
      { weight: 2, arbitrary: fc.constantFrom('’', '“', '”', '–', '—', '…', '\u00a0', '•', 'Ａ', '［', '\u2212', '\u00ad', 'e\u0301') },
    ),
    maxLength: 300,
  })
  const texts = fc.oneof(lookalikeText, mixedText(), anyText())

  it('should rebuild its text by applying the replacements to the original', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const s = suggestGsm(text)
        let out = ''
        let at = 0
        for (const r of s.replacements) {
          expect(text.slice(r.index, r.index + r.from.length)).toBe(r.from)
          out += text.slice(at, r.index) + r.to
          at = r.index + r.from.length
        }
        expect(out + text.slice(at)).toBe(s.text)
      }),
    )
  })

  it('should only replace non-GSM characters, and only with GSM ones', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const r of suggestGsm(text).replacements) {
          expect(analyzeText(r.from).gsmCompatible).toBe(false)
          for (let i = 0; i < r.to.length; i++) expect(gsmCost(r.to.charCodeAt(i))).toBeGreaterThan(0)
        }
      }),
    )
  })

  it('should carry the analyses of both texts and their difference in segments', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const s = suggestGsm(text)
        expect(s.before).toStrictEqual(analyzeText(text))
        expect(s.analysis).toStrictEqual(analyzeText(s.text))
        expect(s.segmentsSaved).toBe(s.before.segments - s.analysis.segments)
        expect(s.becomesGsm).toBe(!s.before.gsmCompatible && s.analysis.gsmCompatible)
      }),
    )
  })

  it('should make a text of GSM characters and look-alikes entirely GSM', () => {
    fc.assert(
      fc.property(lookalikeText, (text) => {
        expect(suggestGsm(text).analysis.gsmCompatible).toBe(true)
      }),
    )
  })
})
