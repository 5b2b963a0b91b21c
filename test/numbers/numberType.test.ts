// sms-preflight/numbers: a number's type from libphonenumber-js's full metadata (pinned 1.13.16).
import fc from 'fast-check'
import { NOT_MOBILE_TYPES, NUMBER_TYPES, numberType, type NumberType } from '../../src/numbers'

describe('numberType', () => {
  // Real numbers of several countries, each the type the metadata gives it (checked against
  // parsePhoneNumber('+' + digits).getType() of libphonenumber-js 1.13.16).
  const REAL: ReadonlyArray<readonly [string, NumberType, string]> = [
    ['46701234567', 'mobile', 'a Swedish mobile (070)'],
    ['46812345678', 'fixed_line', 'a Stockholm landline (08)'],
    ['4620123456', 'toll_free', 'a Swedish toll-free number (020)'],
    ['46900123456', 'premium_rate', 'a Swedish premium-rate number (0900)'],
    ['46771234567', 'shared_cost', 'a Swedish shared-cost number (0771)'],
    ['46101234567', 'uan', 'a Swedish nationwide business number (010)'],
    ['46742123456', 'pager', 'a Swedish pager (074)'],
    ['12015550123', 'fixed_line_or_mobile', 'a US number in New Jersey (201): landline and mobile share the ranges'],
    ['14165550123', 'fixed_line_or_mobile', 'a Toronto number (416)'],
    ['18005551234', 'toll_free', 'a NANP toll-free number (800)'],
    ['448001234567', 'toll_free', 'a UK freephone number (0800)'],
    ['449091234567', 'premium_rate', 'a UK premium-rate number (0909)'],
    ['442071234567', 'fixed_line', 'a London landline (020)'],
    ['447400123456', 'mobile', 'a UK mobile (074)'],
    ['445612345678', 'voip', 'a UK VoIP number (056)'],
    ['447640123456', 'pager', 'a UK pager (076)'],
    ['443001234567', 'uan', 'a UK non-geographic number at geographic rates (030)'],
    ['447012345678', 'personal_number', 'a UK personal number (070)'],
    ['4930123456', 'fixed_line', 'a Berlin landline (030)'],
    ['4917612345678', 'mobile', 'a German mobile (0176)'],
    ['33612345678', 'mobile', 'a French mobile (06)'],
    ['393401234567', 'mobile', 'an Italian mobile (340)'],
    ['5511961234567', 'mobile', 'a São Paulo mobile'],
    ['37270123456', 'personal_number', 'an Estonian personal number (70)'],
  ]

  it.each(REAL)('gives %s the type %s (%s)', (msisdn, type) => {
    expect(numberType(msisdn)).toBe(type)
  })

  it('accepts one leading "+" before the digits', () => {
    expect(numberType('+46701234567')).toBe('mobile')
    expect(numberType('+46812345678')).toBe('fixed_line')
    expect(numberType('++46701234567')).toBe('unknown')
  })

  it('is unknown for a number the metadata calls invalid: too short, too long, no known country, an unassigned range', () => {
    for (const msisdn of ['4670', '467012345678901', '99912345678', '0701234567', '0046701234567', '491521234567', '3912345678', '44']) {
      expect([msisdn, numberType(msisdn)]).toStrictEqual([msisdn, 'unknown'])
    }
  })

  it('is unknown for a value that is not 1 to 15 ASCII digits, never an exception', () => {
    const hostile: unknown[] = [
      '',
      '+',
      '4670123456789012', // 16 digits
      '46 70 123 45 67',
      '46-70-1234567',
      '٤٦٧٠١٢٣٤٥٦٧', // Arabic-Indic digits
      '46701234567\n',
      '46701234567;ext=1',
      'tel:+46701234567',
      '9'.repeat(100_000),
      46701234567,
      null,
      undefined,
      {},
      [],
      ['46701234567'],
      Symbol('46701234567'),
      46701234567n,
      () => '46701234567',
      { toString: () => '46701234567' },
      Object.create(null),
    ]
    for (const value of hostile) expect(numberType(value as string)).toBe('unknown')
  })

  describe('properties', () => {
    it('should give one of the NUMBER_TYPES for any value, and never throw', () => {
      const seed = 20_261_125
      console.log(`numberType property seed: ${seed}`)
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\+?\d{1,15}$/), fc.anything()), (value) => {
          expect(NUMBER_TYPES).toContain(numberType(value as string))
        }),
        { seed, numRuns: 500 },
      )
    })
  })
})

describe('NUMBER_TYPES and NOT_MOBILE_TYPES', () => {
  it('list every type once, unknown last, and the types that get recipient.not_mobile', () => {
    expect(NUMBER_TYPES).toStrictEqual([
      'mobile',
      'fixed_line',
      'fixed_line_or_mobile',
      'toll_free',
      'premium_rate',
      'shared_cost',
      'voip',
      'personal_number',
      'pager',
      'uan',
      'voicemail',
      'unknown',
    ])
    expect(NOT_MOBILE_TYPES).toStrictEqual(['fixed_line', 'toll_free', 'premium_rate', 'shared_cost', 'voip', 'pager', 'uan'])
    expect(Object.isFrozen(NUMBER_TYPES) && Object.isFrozen(NOT_MOBILE_TYPES)).toBe(true)
  })
})
