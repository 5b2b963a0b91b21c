// Edges of analyzeMsisdn found by mutation testing.
import { analyzeMsisdn } from '../../src/phone/analyzeMsisdn'

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
