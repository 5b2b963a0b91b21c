import fc from 'fast-check'
import { makeIssue } from '../../src/issue.js'
import { analyzeMsisdn } from '../../src/phone/analyzeMsisdn.js'
import { msisdnWarnings } from '../../src/phone/warnings.js'

const at = ['recipients', 2] as const
const warn = (msisdn: string) => msisdnWarnings(msisdn, at, analyzeMsisdn(msisdn))

describe('msisdnWarnings', () => {
  it('gives no warning for a plausible number', () => {
    expect(warn('46701234567')).toStrictEqual([])
  })

  it('warns with recipient.national_format, and not also unknown_country, for 0701234567', () => {
    // Issue 7: "recipient.national_format (starts with 0: country code missing?)".
    expect(warn('0701234567')).toStrictEqual([
      {
        severity: 'warning',
        code: 'recipient.national_format',
        path: '/recipients/2',
        message: makeIssue('recipient.national_format', at, { msisdn: '0701234567' }).message,
        params: { msisdn: '0701234567' },
      },
    ])
  })

  it('warns with recipient.national_format for a "00"-prefixed number, saying to drop the 00 as validateMsisdn does', () => {
    const [w] = warn('0046701234567')
    expect([w?.code, w?.params]).toStrictEqual(['recipient.national_format', { msisdn: '0046701234567', prefix: '00' }])
    expect(w?.message).toBe('0046701234567 starts with the international prefix 00: drop it and write country code + number (46701234567).')
  })

  it('warns with recipient.unknown_country for an unassigned code', () => {
    // +999 is spare in E.164.
    expect(warn('999123456789')).toStrictEqual([
      makeIssue('recipient.unknown_country', at, { msisdn: '999123456789' }),
    ])
  })

  it('warns with recipient.implausible_length for a too-short Swedish number', () => {
    // 4670123: +46 then 5 digits; Sweden's mobile numbers have 9.
    expect(warn('4670123')).toStrictEqual([
      makeIssue('recipient.implausible_length', at, { msisdn: '4670123', callingCode: '46', length: 5, min: 9, max: 9 }),
    ])
  })

  it('warns with recipient.implausible_length for a too-long NANP number', () => {
    // +1 then 11 digits; NANP numbers have exactly 10.
    expect(warn('120255501234')).toStrictEqual([
      makeIssue('recipient.implausible_length', at, { msisdn: '120255501234', callingCode: '1', length: 11, min: 10, max: 10 }),
    ])
  })

  it('leaves non-digit and empty values to the field rule', () => {
    expect(warn('+46701234567')).toStrictEqual([])
    expect(warn('')).toStrictEqual([])
    // The characters just past "9" ("a", ":") are non-digits too.
    expect(warn('46701234567a')).toStrictEqual([])
    expect(warn('4670123456:')).toStrictEqual([])
    // A JavaScript caller's number is no MSISDN string: no warning, and no exception.
    expect(msisdnWarnings(46701234567 as unknown as string, at, analyzeMsisdn('46701234567'))).toStrictEqual([])
  })

  describe('properties', () => {
    it('should give at most one warning, and never national_format with unknown_country', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('0', '1', '4', '6', '7', '9'), maxLength: 16 }), (msisdn) => {
          const codes = warn(msisdn).map((i) => i.code)
          expect(codes.length).toBeLessThanOrEqual(1)
          if (msisdn.startsWith('0')) expect(codes).toStrictEqual(['recipient.national_format'])
        }),
      )
    })
  })
})
