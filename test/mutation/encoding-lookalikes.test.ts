// Look-alikes at their edges (found by mutation testing): the one-pass scan the composer keeps
// for every UCS-2 message (scanLookalikes), which characters block a text from becoming GSM
// (blocksLookalikes), and suggestGsm past the longest text that can be sent.
import { blocksLookalikes, scanLookalikes, suggestGsm } from '../../src/encoding/lookalikes'

const a = (n: number): string => 'a'.repeat(n)
const code = (s: string): number => s.charCodeAt(0)

describe('scanLookalikes', () => {
  it('answers "not GSM" for a text with no character outside GSM (nothing to replace)', () => {
    for (const text of ['', 'abc', 'Hej då! €']) expect(scanLookalikes(text)).toStrictEqual({ becomesGsm: false, segments: 0, characters: [], indices: new Int32Array(0) })
  })

  it('answers "not GSM" when one character outside GSM has no look-alike, wherever it stands', () => {
    for (const text of ['’ж', 'ж’', '’a😀', 'ç’']) expect(scanLookalikes(text).becomesGsm).toBe(false)
  })

  it('lists every index of a run of look-alikes past the first 16, and the character once', () => {
    // 40 curly apostrophes, each replaced by "'" (1 septet): 40 septets, one segment.
    const scan = scanLookalikes('’'.repeat(40))
    expect(Array.from(scan.indices)).toStrictEqual(Array.from({ length: 40 }, (_, i) => i))
    expect([scan.becomesGsm, scan.segments, scan.characters]).toStrictEqual([true, 1, [{ char: '’', replacement: "'" }]])
  })

  it('lists each character once in order of first appearance, also when its repeats are apart', () => {
    const scan = scanLookalikes('’a“b’c”d“')
    expect(scan.characters).toStrictEqual([
      { char: '’', replacement: "'" },
      { char: '“', replacement: '"' },
      { char: '”', replacement: '"' },
    ])
    expect(Array.from(scan.indices)).toStrictEqual([0, 2, 4, 6, 8])
  })

  it('tells apart two accents typed as combining marks on the same letter (å and à)', () => {
    // a + ring above composes to å, a + grave to à: both GSM letters, two different replacements.
    const scan = scanLookalikes('a\u030aa\u0300a\u030a')
    expect(scan.characters).toStrictEqual([
      { char: 'a\u030a', replacement: 'å' },
      { char: 'a\u0300', replacement: 'à' },
    ])
    expect(Array.from(scan.indices)).toStrictEqual([0, 2, 4])
    expect(scan.segments).toBe(1)
  })

  it('counts a text that becomes empty (only invisible characters) as GSM with no segment', () => {
    // A soft hyphen and a zero width space are removed: the replaced text is '', all GSM, 0 segments.
    expect(scanLookalikes('\u00ad\u200b')).toStrictEqual({
      becomesGsm: true,
      segments: 0,
      characters: [
        { char: '\u00ad', replacement: '' },
        { char: '\u200b', replacement: '' },
      ],
      indices: Int32Array.of(0, 1),
    })
  })

  // GSM: 160 septets in a single message, 153 per part of a long one.
  it.each([
    ['159 a + ’: 160 septets, one message', a(159) + '’', 1],
    ['160 a + ’: 161 septets, 153 + 8', a(160) + '’', 2],
    ['305 a + ’: 306 septets, 153 + 153', a(305) + '’', 2],
    ['306 a + ’: 307 septets, 153 + 153 + 1', a(306) + '’', 3],
    ['152 a + … + 151 a: 306 septets, the three dots of … may be split', a(152) + '…' + a(151), 2],
    ['152 a + € + 151 a + ’: 306 septets, but € cannot straddle: 152 + 153 + 1', a(152) + '€' + a(151) + '’', 3],
  ])('counts the segments of the replaced text: %s', (_name, text, segments) => {
    expect(scanLookalikes(text).segments).toBe(segments)
    // The same count as the analysis of the text suggestGsm builds.
    expect(suggestGsm(text).analysis.segments).toBe(segments)
  })
})

describe('blocksLookalikes', () => {
  it('is true for a character outside GSM with no look-alike that is not a combining mark', () => {
    // U+02FF (a modifier letter) and U+0370 (Greek capital heta) sit either side of the combining
    // diacritical marks U+0300–U+036F; Cyrillic Л has no look-alike.
    expect(['\u02ff', '\u0370', 'Л', 'ç'].map((c) => blocksLookalikes(code(c)))).toStrictEqual([true, true, true, true])
  })

  it('is false for a GSM character, a look-alike and every combining mark (it may compose)', () => {
    expect(['a', '€', '’', '…', 'Ａ', '\u0300', '\u0301', '\u036f'].map((c) => blocksLookalikes(code(c)))).toStrictEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('suggestGsm past the longest text that can be sent', () => {
  // 255 parts × 153 septets × 2 = 78,030: replacements lists at most that many, and counts the rest.
  it('lists the first 78,030 replacements and counts the one after them as omitted', () => {
    const s = suggestGsm('’'.repeat(78_031))
    expect([s.replacements.length, s.replacementsOmitted, s.replacements[78_029]]).toStrictEqual([78_030, 1, { index: 78_029, from: '’', to: "'" }])
    // The text still has every replacement applied (pieces are joined by the thousand).
    expect(s.text).toBe("'".repeat(78_031))
  })

  it('has no replacementsOmitted when every replacement is listed, 78,030 of them included', () => {
    // GsmSuggestion.replacementsOmitted: absent (not 0) when replacements lists them all.
    expect(Object.prototype.hasOwnProperty.call(suggestGsm('it’s'), 'replacementsOmitted')).toBe(false)
    expect(Object.prototype.hasOwnProperty.call(suggestGsm('’'.repeat(78_030)), 'replacementsOmitted')).toBe(false)
  })

  it('keeps the text between replacements across many pieces', () => {
    // 5,000 times "x’": 10,000 pieces, more than one joined chunk.
    const s = suggestGsm('x’'.repeat(5000))
    expect(s.text).toBe("x'".repeat(5000))
  })
})

describe('full-width ASCII', () => {
  // U+FF01–U+FF5E are ASCII U+0021–U+007E + 0xFEE0. Each ASCII character there is GSM (basic or
  // extension) but the back-tick, so full-width back-tick (U+FF40) becomes an apostrophe instead.
  it('replaces every full-width ASCII character by a GSM one: its ASCII form, the back-tick by an apostrophe', () => {
    for (let c = 0xff01; c <= 0xff5e; c++) {
      const s = suggestGsm(String.fromCharCode(c))
      expect([s.text, s.becomesGsm]).toStrictEqual([c === 0xff40 ? "'" : String.fromCharCode(c - 0xfee0), true])
    }
  })
})
