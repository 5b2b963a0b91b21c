import * as E from 'fp-ts/Either'
import fc from 'fast-check'
import { makeIssue } from '../../src/issue'
import { validateMsisdn } from '../../src/rules/msisdn'
import { errorsOf, valueOf } from '../helpers'

describe('validateMsisdn', () => {
  it('accepts the source page recipients', () => {
    for (const m of ['456189040623', '175368927054', '392094880589', '568798567631', '46712345678']) {
      expect(valueOf(validateMsisdn(m))).toStrictEqual({ value: m, warnings: [] })
    }
  })

  // "A request will be rejected if a recipients: is longer than 15 characters"
  it('accepts 15 digits and rejects 16 with recipient.too_long', () => {
    expect(E.isRight(validateMsisdn('123456789012345'))).toBe(true)
    expect(errorsOf(validateMsisdn('1234567890123456'))).toStrictEqual([['', 'recipient.too_long']])
  })

  // "contains non digit characters"
  it('rejects "+46…" with recipient.non_digit and a hint to drop the +', () => {
    const r = validateMsisdn('+46701234567')
    expect(errorsOf(r)).toStrictEqual([['', 'recipient.non_digit']])
    expect(E.isLeft(r) && r.left[0].message).toContain('without the leading "+"')
  })

  it('rejects spaces and dashes, naming each character once', () => {
    const r = validateMsisdn('46 70-123 45')
    expect(E.isLeft(r) && r.left[0].params).toStrictEqual({ characters: [' ', '-'] })
  })

  it('rejects non-ASCII digits (Arabic-Indic, full-width) with recipient.non_digit', () => {
    expect(errorsOf(validateMsisdn('٤٦٧٠١٢٣'))).toStrictEqual([['', 'recipient.non_digit']])
    expect(errorsOf(validateMsisdn('４６７０'))).toStrictEqual([['', 'recipient.non_digit']])
  })

  // Issue 8 §3: a value longer than its field's limit is refused by its length before anything
  // else reads it (its characters are not listed).
  it('refuses a number over 15 characters with recipient.too_long alone, its characters unread', () => {
    expect(validateMsisdn('+4670123456789012')).toStrictEqual(
      E.left([makeIssue('recipient.too_long', [], { length: 17, max: 15 })]),
    )
  })

  it('rejects numbers (JSON numbers are not MSISDN strings) with recipient.not_string', () => {
    expect(errorsOf(validateMsisdn(46701234567))).toStrictEqual([['', 'recipient.not_string']])
    expect(errorsOf(validateMsisdn(null))).toStrictEqual([['', 'recipient.not_string']])
  })

  it('rejects "" with recipient.empty', () => {
    expect(errorsOf(validateMsisdn(''))).toStrictEqual([['', 'recipient.empty']])
  })

  describe('properties', () => {
    it('accepts exactly the strings of 1 to 15 ASCII digits', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 20 }), (s) => {
          const expected = /^[0-9]{1,15}$/.test(s)
          return E.isRight(validateMsisdn(s)) === expected
        }),
      )
    })
  })
})

describe('validateMsisdn: numbers starting with 0', () => {
  // SPEC "recipients": "digits only (recipient.non_digit; a leading + or 00 gets a hint in the message)".
  it('accepts "0046…" with a recipient.national_format warning that says to drop the 00', () => {
    const r = valueOf(validateMsisdn('0046701234567'))
    expect(r.value).toBe('0046701234567')
    expect(r.warnings.map((w) => [w.path, w.code, w.params])).toStrictEqual([
      ['', 'recipient.national_format', { msisdn: '0046701234567', prefix: '00' }],
    ])
    expect(r.warnings[0]?.message).toContain('drop it and write country code + number (46701234567)')
  })

  it('warns a national number "070…" that the country code is missing', () => {
    const r = valueOf(validateMsisdn('0701234567'))
    expect(r.warnings.map((w) => [w.code, w.params])).toStrictEqual([['recipient.national_format', { msisdn: '0701234567' }]])
  })

  it('gives no "drop the 00" hint to a national number whose third digit is not 0 ("0812…" starts with one 0, not 00)', () => {
    const r = valueOf(validateMsisdn('0812345678'))
    expect(r.warnings.map((w) => [w.code, w.params])).toStrictEqual([['recipient.national_format', { msisdn: '0812345678' }]])
  })

  it('gives "00" alone, and "00" before another 0, the national-number warning: there is no number to write after dropping it', () => {
    for (const msisdn of ['00', '000701234567']) {
      const r = valueOf(validateMsisdn(msisdn))
      expect(r.warnings.map((w) => [w.code, w.params])).toStrictEqual([['recipient.national_format', { msisdn }]])
      expect(r.warnings[0]?.message).toBe(`${msisdn} starts with 0: it looks like a national number; write it as country code + number.`)
    }
  })
})
