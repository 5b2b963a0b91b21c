// The character classes every rule shares: .NET white space, blank strings, edit distance.
import * as fc from 'fast-check'
import { editDistance, hasOuterWhiteSpace, hasOwn, isBlank, isDigits, isWhiteSpaceCode, offendingChars } from '../src/text'

/**
 * .NET's `char.IsWhiteSpace`, from its documentation: the members of the Unicode categories
 * SpaceSeparator, LineSeparator and ParagraphSeparator, plus U+0009–U+000D and U+0085. The
 * categories come from the engine's own Unicode data, independently of the table under test.
 */
const dotNetWhiteSpace = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) || c === 0x85 || /[\p{Zs}\p{Zl}\p{Zp}]/u.test(String.fromCharCode(c))

describe('isWhiteSpaceCode', () => {
  // decisions.md: "empty or only white space" means .NET string.IsNullOrWhiteSpace.
  it('agrees with .NET char.IsWhiteSpace on every BMP code unit', () => {
    const disagreements: string[] = []
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpaceCode(c) !== dotNetWhiteSpace(c)) disagreements.push(c.toString(16))
    expect(disagreements).toStrictEqual([])
  })

  it('does not count U+200B ZERO WIDTH SPACE or U+FEFF as white space, as .NET does not', () => {
    expect([isWhiteSpaceCode(0x200b), isWhiteSpaceCode(0xfeff)]).toStrictEqual([false, false])
  })
})

describe('isBlank and hasOuterWhiteSpace', () => {
  it('isBlank: empty or only white space', () => {
    expect(['', ' ', '\t\n\u00a0\u3000'].map(isBlank)).toStrictEqual([true, true, true])
    expect(['a', ' a ', '\u200b'].map(isBlank)).toStrictEqual([false, false, false])
  })

  it('hasOuterWhiteSpace: white space at the first or the last character only', () => {
    expect([' a', 'a ', '\u2028a', 'a\u0085'].map(hasOuterWhiteSpace)).toStrictEqual([true, true, true, true])
    expect(['', 'a', 'a b', '\u200ba\u200b'].map(hasOuterWhiteSpace)).toStrictEqual([false, false, false, false])
  })
})

describe('offendingChars', () => {
  const digit = (c: number): boolean => c >= 0x30 && c <= 0x39
  it('lists each failing code point once, in order of first appearance, surrogate pairs whole', () => {
    expect(offendingChars('4a6b7a😀b', digit)).toStrictEqual(['a', 'b', '😀'])
    expect(offendingChars('4670', digit)).toStrictEqual([])
  })
})

describe('isDigits', () => {
  it('answers true for one or more ASCII digits from the start index on, false for none', () => {
    expect(['0', '46701234567', '+4670'].map((s) => isDigits(s))).toStrictEqual([true, true, false])
    expect(['', '12a', '١٢', '１２', ' 12'].map((s) => isDigits(s))).toStrictEqual([false, false, false, false, false])
    expect([isDigits('+4670', 1), isDigits('+', 1), isDigits('4', 1), isDigits('a12', 1)]).toStrictEqual([true, false, false, true])
  })

  it('should agree with /^[0-9]+$/ on the rest of the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '9', '/', ':', 'a', '+', '٣') }), fc.nat({ max: 4 }), (s, from) => {
        expect(isDigits(s, from)).toBe(/^[0-9]+$/.test(s.slice(from)))
      }),
    )
  })
})

describe('hasOwn', () => {
  it('sees own keys only, on plain and prototype-less objects', () => {
    expect([hasOwn({ a: 1 }, 'a'), hasOwn({}, 'toString'), hasOwn({}, '__proto__')]).toStrictEqual([true, false, false])
    const bare = Object.create(null) as Record<string, unknown>
    bare['k'] = 1
    expect([hasOwn(bare, 'k'), hasOwn(bare, 'hasOwnProperty')]).toStrictEqual([true, false])
    expect(hasOwn(JSON.parse('{"__proto__": 1}') as object, '__proto__')).toBe(true)
  })
})

describe('editDistance', () => {
  it('is the Levenshtein distance (insertions, deletions, substitutions)', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('datacodig', 'datacoding')).toBe(1)
    expect(editDistance('opnes', 'opens')).toBe(2) // a transposition is two edits
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('abc', '')).toBe(3)
    expect(editDistance('same', 'same')).toBe(0)
  })

  describe('properties', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 })
    it('is a metric: zero exactly on equal strings, symmetric, triangle inequality', () => {
      fc.assert(
        fc.property(word, word, word, (a, b, c) => {
          expect(editDistance(a, b) === 0).toBe(a === b)
          expect(editDistance(a, b)).toBe(editDistance(b, a))
          expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c))
        }),
      )
    })
    it('lies between the difference of the lengths and the longer length', () => {
      fc.assert(
        fc.property(word, word, (a, b) => {
          const d = editDistance(a, b)
          expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length))
          expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
        }),
      )
    })
    it('one edit away is distance 1', () => {
      fc.assert(
        fc.property(word, fc.nat(), fc.constantFrom('a', 'b', 'c', 'd'), (a, at, ch) => {
          const i = a.length === 0 ? 0 : at % (a.length + 1)
          expect(editDistance(a, a.slice(0, i) + ch + a.slice(i))).toBe(1)
        }),
      )
    })
  })
})
