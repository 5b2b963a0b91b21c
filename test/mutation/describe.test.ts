// Character details at their edges (found by mutation testing): the cap on describeText's list,
// lone surrogates next to other characters outside GSM, and charactersToSaveSegment where a text
// turns UCS-2 after a surrogate pair or past the first part.
import { charactersToSaveSegment, describeText } from '../../src/encoding/describe'

const a = (n: number): string => 'a'.repeat(n)

describe('describeText', () => {
  // 78,030 (255 parts × 153 septets × 2) code units is more than any message that can be sent.
  it('lists the first 78,030 characters of a longer text and stops', () => {
    const details = describeText(a(78_031))
    expect([details.length, details[78_029]]).toStrictEqual([78_030, { char: 'a', codePoint: 97, index: 78_029, septets: 1, units: 1, set: 'basic' }])
  })

  it('makes a lone low surrogate after a letter outside GSM an entry of its own', () => {
    // ç (U+00E7) is not GSM; U+DC00 after it is no pair: two characters, one code unit each.
    expect(describeText('\u00e7\udc00')).toStrictEqual([
      { char: '\u00e7', codePoint: 0xe7, index: 0, septets: 1, units: 1, set: 'none' },
      { char: '\udc00', codePoint: 0xdc00, index: 1, septets: 1, units: 1, set: 'none' },
    ])
  })
})

describe('charactersToSaveSegment', () => {
  // SPEC: a long message's parts never split a UTF-16 surrogate pair. 66 a, 😀, 65 a, ж and a
  // are 135 UCS-2 units in 3 parts: 66 a | 😀 and 65 a (67) | ж and a. Without the last a still
  // 3 (66 | 67 | 1); without ж too, 2. Counting the units before ж one by one (as if the pair
  // could be split: 67 | 66) would put ж in the second part and answer 1.
  it('keeps a surrogate pair whole in the parts before a later character outside GSM', () => {
    expect(charactersToSaveSegment(a(66) + '😀' + a(65) + 'ж' + 'a')).toBe(2)
  })

  // A lone surrogate is no pair: it is one character of one code unit and moves no boundary.
  // 66 中, 'a' and a lone low surrogate (or a lone high one and 'a'), 67 中: 135 UCS-2 units,
  // 67 | 67 | 1; without the last 中, 134 = 2 × 67.
  it('lets a lone surrogate next to another character move no part boundary', () => {
    const zh = (n: number): string => '中'.repeat(n)
    expect([charactersToSaveSegment(zh(66) + 'a\udc00' + zh(67)), charactersToSaveSegment(zh(66) + '\ud800a' + zh(67))]).toStrictEqual([1, 1])
  })

  // Near the end: 70 中 then two characters of one unit each, 72 units in 2 parts; removing both
  // leaves 70 units, one message. A lone surrogate and the letter beside it are two characters.
  it('counts a lone surrogate and the letter beside it as two characters to remove', () => {
    const zh70 = '中'.repeat(70)
    expect([charactersToSaveSegment(zh70 + '\ud800a'), charactersToSaveSegment(zh70 + 'a\udc00')]).toStrictEqual([2, 2])
  })

  // SPEC: with 'gsm' a character outside the GSM tables counts one septet. ж and 306 a: 307
  // septets, 153 + 153 + 1; one character off the end leaves 306, two parts.
  it("counts a character outside GSM as one septet under 'gsm'", () => {
    expect(charactersToSaveSegment('ж' + a(306), 'gsm')).toBe(1)
  })

  it('answers 0 for the empty text: it has no segment to save', () => {
    expect([charactersToSaveSegment(''), charactersToSaveSegment('', 'gsm')]).toStrictEqual([0, 0])
  })
})
