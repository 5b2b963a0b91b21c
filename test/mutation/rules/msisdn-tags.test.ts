// Boundaries of the MSISDN and tags rules found by mutation testing.
import * as E from 'fp-ts/Either'
import { isWellFormedMsisdn, validateMsisdn } from '../../../src/rules/msisdn'
import { validateTags } from '../../../src/rules/tags'

const params = (r: ReturnType<typeof validateMsisdn>): unknown => (E.isLeft(r) ? r.left.map((i) => i.params) : [])

describe('validateMsisdn at its edges', () => {
  // Source page: "A request will be rejected if a recipients: … contains non digit characters"
  it('names ":" (just after "9") as a non-digit and never "9" itself', () => {
    expect(params(validateMsisdn('+49:9'))).toStrictEqual([
      { characters: ['+', ':'], hint: 'Write the number without the leading "+": country code then number, e.g. 46701234567.', prefix: '+' },
    ])
  })

  it('hints at the "00" prefix only when the number starts with it', () => {
    expect(params(validateMsisdn('0046-70'))).toStrictEqual([
      { characters: ['-'], hint: 'Write the number without the "00" prefix: country code then number, e.g. 46701234567.', prefix: '00' },
    ])
    expect(params(validateMsisdn('46-7000'))).toStrictEqual([{ characters: ['-'] }])
  })

  // SPEC: recipient.empty and recipient.not_string say all there is; no characters to list.
  it('gives an empty number and a number that is no string no params', () => {
    expect(params(validateMsisdn(''))).toStrictEqual([undefined])
    expect(params(validateMsisdn(46701234567))).toStrictEqual([undefined])
  })

  // "is longer than 15 characters": 15 is allowed.
  it('warns a 15-digit number starting with 0 (the fast path covers 15 characters)', () => {
    const r = validateMsisdn('012345678901234')
    expect(E.isRight(r) ? r.right.warnings.map((w) => w.code) : []).toStrictEqual(['recipient.national_format'])
  })

  it('does not call a 15-character number with a "+" too long', () => {
    const r = validateMsisdn('+12345678901234')
    expect(E.isLeft(r) ? r.left.map((i) => i.code) : []).toStrictEqual(['recipient.non_digit'])
  })
})

describe('validateTags at its edges', () => {
  it('takes an absent value (undefined) as no tags, like null', () => {
    expect(validateTags(undefined)).toStrictEqual(E.right({ value: [], warnings: [] }))
  })
})

describe('isWellFormedMsisdn (the fast path of the recipients rule)', () => {
  // Source page: an MSISDN is digits only, at most 15; SPEC: an empty one is recipient.empty.
  it('is true for 1 to 15 digits only', () => {
    expect(['', '4', '0'.repeat(15), '0'.repeat(16), '4670123456a', '+46701234567'].map(isWellFormedMsisdn)).toStrictEqual([false, true, true, false, false, false])
  })
})
