import * as E from 'fp-ts/Either'
import fc from 'fast-check'
import { validateSender } from '../../src/rules/sender'
import { errorsOf, valueOf } from '../helpers'

describe('validateSender', () => {
  it('accepts the source page example sender "iP1"', () => {
    expect(valueOf(validateSender('iP1'))).toStrictEqual({ value: 'iP1', warnings: [] })
  })

  it('rejects an absent or null sender with sender.missing', () => {
    expect(errorsOf(validateSender(undefined))).toStrictEqual([['', 'sender.missing']])
    expect(errorsOf(validateSender(null))).toStrictEqual([['', 'sender.missing']])
  })

  it('rejects a number with sender.not_string', () => {
    expect(errorsOf(validateSender(46701234567))).toStrictEqual([['', 'sender.not_string']])
  })

  it('rejects an empty or white-space-only sender with sender.empty', () => {
    for (const s of ['', '   ', '\t\n', '\u00a0', '\u3000']) {
      expect(errorsOf(validateSender(s))).toStrictEqual([['', 'sender.empty']])
    }
  })

  // "Is a number longer than 15 digits"
  it('accepts a 15-digit numeric sender and rejects 16 digits with sender.numeric_too_long', () => {
    expect(E.isRight(validateSender('123456789012345'))).toBe(true)
    expect(E.isRight(validateSender('+461234567890123'))).toBe(true)
    expect(errorsOf(validateSender('1234567890123456'))).toStrictEqual([['', 'sender.numeric_too_long']])
    expect(errorsOf(validateSender('+4612345678901234'))).toStrictEqual([['', 'sender.numeric_too_long']])
  })

  // "Does not match the regex … or follow the E164 standard"
  it('rejects "+0…" with sender.invalid_format (E.164 has no leading 0)', () => {
    expect(errorsOf(validateSender('+046701234567'))).toStrictEqual([['', 'sender.invalid_format']])
  })

  // "Is an alphanumeric sender shorter than 3 characters or longer than 11 characters"
  it('rejects 2 and 12 alphanumeric characters with sender.alphanumeric_length, accepts 3 and 11', () => {
    expect(errorsOf(validateSender('iP'))).toStrictEqual([['', 'sender.alphanumeric_length']])
    expect(errorsOf(validateSender('ABCDEFGHIJKL'))).toStrictEqual([['', 'sender.alphanumeric_length']])
    expect(E.isRight(validateSender('iP1'))).toBe(true)
    expect(E.isRight(validateSender('ABCDEFGHIJK'))).toBe(true)
  })

  it('gives the length and the limits in params', () => {
    const r = validateSender('TooLongSender')
    expect(E.isLeft(r) && r.left[0].params).toStrictEqual({ length: 13, min: 3, max: 11 })
  })

  // decisions.md "refused by its length": past 22 code units no form fits, in its own unit.
  it('counts characters, not code units: nine or eleven emoji are sender.invalid_characters, twelve are sender.alphanumeric_length', () => {
    const described = (s: string) => {
      const r = validateSender(s)
      return E.isLeft(r) ? r.left.map((i) => [i.code, i.params]) : []
    }
    // 18 and 22 code units, 9 and 11 characters: within 3 to 11, but not letters and digits.
    expect(described('😀'.repeat(9))).toStrictEqual([['sender.invalid_characters', { characters: ['😀'] }]])
    expect(described('😀'.repeat(11))).toStrictEqual([['sender.invalid_characters', { characters: ['😀'] }]])
    // 24 code units: refused by its length alone, which counts 12 characters.
    expect(described('😀'.repeat(12))).toStrictEqual([['sender.alphanumeric_length', { length: 12, min: 3, max: 11 }]])
  })

  it('counts the digits of a numeric sender past every limit without its "+"', () => {
    const described = (s: string) => {
      const r = validateSender(s)
      return E.isLeft(r) ? r.left.map((i) => [i.code, i.params]) : []
    }
    // '+' and 22 digits: 23 code units, past 22, refused by its length; 22 digits.
    expect(described(`+${'4'.repeat(22)}`)).toStrictEqual([['sender.numeric_too_long', { digits: 22, max: 15 }]])
    expect(described('4'.repeat(23))).toStrictEqual([['sender.numeric_too_long', { digits: 23, max: 15 }]])
    // '+' and 20 digits: 21 code units, read in full: the same issue.
    expect(described(`+${'4'.repeat(20)}`)).toStrictEqual([['sender.numeric_too_long', { digits: 20, max: 15 }]])
  })

  // "Aa-Zz, 0 - 9"
  it('rejects other characters with sender.invalid_characters, naming each once', () => {
    const r = validateSender('iP.1 .')
    expect(errorsOf(r)).toStrictEqual([['', 'sender.invalid_characters']])
    expect(E.isLeft(r) && r.left[0].params).toStrictEqual({ characters: ['.', ' '] })
  })

  it('reports both the characters and the length of "å"', () => {
    expect(errorsOf(validateSender('å'))).toStrictEqual([
      ['', 'sender.invalid_characters'],
      ['', 'sender.alphanumeric_length'],
    ])
  })

  it('treats a lone "+" as an alphanumeric sender with an invalid character', () => {
    expect(errorsOf(validateSender('+'))).toStrictEqual([
      ['', 'sender.invalid_characters'],
      ['', 'sender.alphanumeric_length'],
    ])
  })

  it('never throws on arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (v) => typeof validateSender(v)._tag === 'string'))
  })

  describe('properties', () => {
    it('accepts every string of 3 to 11 ASCII letters and digits', () => {
      const alnum = fc.constantFrom(...'abcXYZ0189'.split(''))
      fc.assert(
        fc.property(fc.array(alnum, { minLength: 3, maxLength: 11 }), (cs) => {
          const s = cs.join('')
          // an all-digit string is numeric, which is fine up to 15 digits
          return E.isRight(validateSender(s))
        }),
      )
    })
  })
})
