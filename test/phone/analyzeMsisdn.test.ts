import fc from 'fast-check'
import { analyzeMsisdn, type MsisdnAnalysis } from '../../src/phone/analyzeMsisdn.js'
import { callingCodes } from '../../src/phone/callingCodes.js'

const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength, maxLength })

// NANP: the members of the North American Numbering Plan, all under +1, in libphonenumber's
// order (the main country, US, first; then the others alphabetically).
const NANP_REGIONS = ['US', 'AG', 'AI', 'AS', 'BB', 'BM', 'BS', 'CA', 'DM', 'DO', 'GD', 'GU', 'JM', 'KN', 'KY', 'LC', 'MP', 'MS', 'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI']

const unknown: MsisdnAnalysis = {
  callingCode: null,
  regions: [],
  nationalNumber: null,
  status: 'unknown_country',
}

describe('analyzeMsisdn', () => {
  // SPEC "Beyond the page": analyzeMsisdn(msisdn) → { callingCode, regions, nationalNumber, status }.

  it('analyses a Swedish mobile number as +46, SE, ok', () => {
    // Sweden is +46; its mobile numbers are 07x xxx xx xx nationally, so 9 digits after the
    // country code (701234567): libphonenumber's Swedish mobile pattern, 7[02369]\d{7}.
    expect(analyzeMsisdn('46701234567')).toStrictEqual({
      callingCode: '46',
      regions: ['SE'],
      nationalNumber: '701234567',
      status: 'ok',
      region: 'SE',
    })
  })

  it('resolves a +1 number with area code 202 (Washington, DC) to US', () => {
    // NANP: +1 then a 10-digit number, NPA-NXX-XXXX; 202 is not Canadian nor Caribbean.
    expect(analyzeMsisdn('12025550123')).toStrictEqual({
      callingCode: '1',
      regions: NANP_REGIONS,
      nationalNumber: '2025550123',
      status: 'ok',
      region: 'US',
    })
  })

  it('resolves a +1 number with area code 416 (Toronto) to CA', () => {
    const a = analyzeMsisdn('14165550123')
    expect([a.status, a.region, a.nationalNumber]).toStrictEqual(['ok', 'CA', '4165550123'])
  })

  it('resolves +1 787 and +1 939 to PR and +1 876 to JM', () => {
    // Puerto Rico has the area codes 787 and 939; Jamaica 876 (and 658).
    expect(analyzeMsisdn('17875550123').region).toBe('PR')
    expect(analyzeMsisdn('19395550123').region).toBe('PR')
    expect(analyzeMsisdn('18765550123').region).toBe('JM')
  })

  it('resolves a toll-free +1 800 number to US', () => {
    // Non-geographic NANP codes fall back to US: 800 is no Canadian or Caribbean area code.
    expect(analyzeMsisdn('18005550123').region).toBe('US')
  })

  it('analyses a UK mobile number as +44 with the crown dependencies and no single region', () => {
    // Ofcom's drama range 07700 900xxx: 10 digits after +44. +44 is shared by GB, GG, IM, JE.
    expect(analyzeMsisdn('447700900123')).toStrictEqual({
      callingCode: '44',
      regions: ['GB', 'GG', 'IM', 'JE'],
      nationalNumber: '7700900123',
      status: 'ok',
    })
  })

  it('accepts German mobile numbers of 10 and 11 digits, and calls a 9-digit Berlin landline too_short', () => {
    // Germany's mobile numbers have 10 or 11 digits after +49 (libphonenumber's pattern
    // 1(?:6[023]|7\d)\d{7,8}|15…\d{6}: 0160 + 7 digits is 10, 0151 + 8 is 11). Berlin 030 + 7
    // digits (9 after +49) is a fixed-line number, and Germany's fixed-line and mobile numbers
    // are told apart: no SMS recipient, so its length is not one the table takes (the
    // hand-written table covered fixed lines too, 5 to 13).
    expect(analyzeMsisdn('4915123456789')).toStrictEqual({
      callingCode: '49',
      regions: ['DE'],
      nationalNumber: '15123456789',
      status: 'ok',
      region: 'DE',
    })
    expect(analyzeMsisdn('491601234567').status).toBe('ok')
    expect(analyzeMsisdn('49301234567').status).toBe('too_short')
  })

  it('analyses an Indian mobile number as +91, IN, ok', () => {
    // India's numbers are 10 digits after +91 (mobile 9xxxx xxxxx).
    expect(analyzeMsisdn('919876543210')).toStrictEqual({
      callingCode: '91',
      regions: ['IN'],
      nationalNumber: '9876543210',
      status: 'ok',
      region: 'IN',
    })
  })

  it('analyses a Chinese mobile number as +86, CN, ok', () => {
    // China's mobile numbers are 11 digits after +86 (138 xxxx xxxx).
    expect(analyzeMsisdn('8613812345678')).toStrictEqual({
      callingCode: '86',
      regions: ['CN'],
      nationalNumber: '13812345678',
      status: 'ok',
      region: 'CN',
    })
  })

  it('shares +7 between RU and KZ without resolving a region', () => {
    expect(analyzeMsisdn('79161234567')).toStrictEqual({
      callingCode: '7',
      regions: ['RU', 'KZ'],
      nationalNumber: '9161234567',
      status: 'ok',
    })
  })

  it('gives a global non-geographic code no region', () => {
    // +882 is an international-networks code shared by no country.
    expect(analyzeMsisdn('88213712345')).toStrictEqual({
      callingCode: '882',
      regions: [],
      nationalNumber: '13712345',
      status: 'ok',
    })
  })

  it('reports unassigned calling codes as unknown_country', () => {
    // E.164 has no 999 (spare) and no 28x codes (zone 2 spares 280–289).
    expect(analyzeMsisdn('999123456789')).toStrictEqual(unknown)
    expect(analyzeMsisdn('28012345678')).toStrictEqual(unknown)
  })

  it('reports a national-format number (leading 0) as unknown_country', () => {
    // No calling code starts with 0: 0701234567 is a Swedish mobile number without +46.
    expect(analyzeMsisdn('0701234567')).toStrictEqual(unknown)
  })

  it('reports a too-short national number as too_short', () => {
    // +46 then 70123: 5 digits, under the 9 of Sweden's mobile numbers.
    expect(analyzeMsisdn('4670123')).toStrictEqual({
      callingCode: '46',
      regions: ['SE'],
      nationalNumber: '70123',
      status: 'too_short',
      region: 'SE',
    })
  })

  it('reports a too-long national number as too_long', () => {
    // +46 then 13 digits, over Sweden's 9; +1 then 11 digits, over NANP's 10.
    expect(analyzeMsisdn('467012345678901').status).toBe('too_long')
    expect(analyzeMsisdn('120255501234')).toStrictEqual({
      callingCode: '1',
      regions: NANP_REGIONS,
      nationalNumber: '20255501234',
      status: 'too_long',
      region: 'US',
    })
  })

  it('matches a bare calling code and leaves the national number empty', () => {
    expect(analyzeMsisdn('44')).toStrictEqual({
      callingCode: '44',
      regions: ['GB', 'GG', 'IM', 'JE'],
      nationalNumber: '',
      status: 'too_short',
    })
    // A +1 number too short to hold an area code gets no region.
    expect(analyzeMsisdn('120').region).toBeUndefined()
    // "4" is only the start of several codes (40–49): no country yet.
    expect(analyzeMsisdn('4')).toStrictEqual(unknown)
  })

  it('reports empty and non-digit input as unknown_country', () => {
    expect(analyzeMsisdn('')).toStrictEqual(unknown)
    expect(analyzeMsisdn('+46701234567')).toStrictEqual(unknown)
    expect(analyzeMsisdn('46 70 123 45 67')).toStrictEqual(unknown)
    expect(analyzeMsisdn(46701234567 as unknown as string)).toStrictEqual(unknown)
  })

  describe('properties', () => {
    it('should analyse every code followed by a national number of plausible length back to that code, ok', () => {
      const arb = fc
        .constantFrom(...callingCodes)
        .chain((entry) =>
          fc.tuple(fc.constant(entry), digits(entry.minLength, entry.maxLength)),
        )
      fc.assert(
        fc.property(arb, ([entry, nsn]) => {
          const a = analyzeMsisdn(entry.code + nsn)
          expect([a.callingCode, a.nationalNumber, a.status, a.regions]).toStrictEqual([
            entry.code,
            nsn,
            'ok',
            entry.regions,
          ])
        }),
        { numRuns: 2000 },
      )
    })

    it('should give back the input as callingCode + nationalNumber unless unknown_country', () => {
      fc.assert(
        fc.property(digits(0, 20), (msisdn) => {
          const a = analyzeMsisdn(msisdn)
          if (a.status === 'unknown_country') {
            expect(a).toStrictEqual(unknown)
          } else {
            expect(`${a.callingCode ?? ''}${a.nationalNumber ?? ''}`).toBe(msisdn)
          }
        }),
        { numRuns: 2000 },
      )
    })

    it('should never throw, and a resolved region is one of the regions', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), digits(0, 16)), (msisdn) => {
          const a = analyzeMsisdn(msisdn)
          if (a.region !== undefined) expect(a.regions).toContain(a.region)
        }),
        { numRuns: 2000 },
      )
    })
  })
})
