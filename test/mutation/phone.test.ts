// Edges of analyzeMsisdn found by mutation testing.
import { analyzeMsisdn, type MsisdnAnalysis } from '../../src/phone/analyzeMsisdn'
import { findCallingCode } from '../../src/phone/callingCodes'
import { msisdnWarnings } from '../../src/phone/warnings'

describe('analyzeMsisdn at its edges', () => {
  it('refuses a character just above "9" as no number at all', () => {
    // ':' and 'a' are not digits: no calling code is read from "46:" or "46a".
    expect(analyzeMsisdn('46:')).toStrictEqual({ callingCode: null, regions: [], nationalNumber: null, status: 'unknown_country' })
    expect(analyzeMsisdn('46a').status).toBe('unknown_country')
  })

  it('reads the one-digit code of "1" alone, with an empty national number (too short)', () => {
    expect(analyzeMsisdn('1')).toMatchObject({ callingCode: '1', nationalNumber: '', status: 'too_short' })
  })

  it('resolves a NANP region from the area code as soon as it is complete (4 digits)', () => {
    // +1 416 is Toronto: Canada, even before the rest of the number is there.
    expect(analyzeMsisdn('1416')).toMatchObject({ callingCode: '1', status: 'too_short', region: 'CA' })
  })
})

describe('findCallingCode reads table data only', () => {
  // Issue 12 §2: no lookup keyed by a caller's value may reach a property that is not table data.
  it.each(['-12', '1.5'])('never reads the slot of %p off a polluted Array.prototype', (code) => {
    const planted = { code, regions: ['XX'], minLength: 1, maxLength: 1 }
    const slot = String(Number(`${code}00`.slice(0, 3)))
    Object.defineProperty(Array.prototype, slot, { value: planted, configurable: true })
    try {
      expect(findCallingCode(code)).toBeUndefined()
    } finally {
      Reflect.deleteProperty(Array.prototype, slot)
    }
  })
})

describe('msisdnWarnings and the analysis a caller passes', () => {
  // msisdnWarnings' doc: an analysis is used when its own status, callingCode and nationalNumber
  // have the types analyzeMsisdn gives (a string or null for the last two); else the number is
  // analysed here. 46701234567 is a Swedish mobile number of the right length: no warning.
  const SE = '46701234567'
  const codes = (issues: ReadonlyArray<{ code: string; params?: unknown }>): unknown => issues.map((i) => [i.code, i.params])

  it('uses a well-formed analysis as given, even one that differs from its own', () => {
    expect(codes(msisdnWarnings(SE, [], { status: 'too_short', callingCode: '46', nationalNumber: '70', regions: ['SE'] }))).toStrictEqual([
      ['recipient.implausible_length', { msisdn: SE, callingCode: '46', length: 2, min: 9, max: 9 }],
    ])
  })

  it('takes null for callingCode and nationalNumber', () => {
    expect(codes(msisdnWarnings(SE, [], { status: 'unknown_country', callingCode: null, nationalNumber: null, regions: [] }))).toStrictEqual([
      ['recipient.unknown_country', { msisdn: SE }],
    ])
  })

  it('analyses the number itself when callingCode or nationalNumber is of another type', () => {
    const forged = (callingCode: unknown, nationalNumber: unknown): MsisdnAnalysis =>
      ({ status: 'too_short', callingCode, nationalNumber, regions: [] }) as unknown as MsisdnAnalysis
    expect([msisdnWarnings(SE, [], forged(46, '70')), msisdnWarnings(SE, [], forged('46', 70))]).toStrictEqual([[], []])
  })

  it('warns unknown_country whenever the status says so, even with a code and a national number', () => {
    expect(codes(msisdnWarnings(SE, [], { status: 'unknown_country', callingCode: '46', nationalNumber: '701234567', regions: ['SE'] }))).toStrictEqual([
      ['recipient.unknown_country', { msisdn: SE }],
    ])
  })
})
