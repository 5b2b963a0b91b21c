/**
 * Tests written to kill mutants of src/numbers/numberType.ts that its slice left alive: a value
 * is refused by its length before libphonenumber-js reads it (issue 8's rule for bounded time: a
 * value longer than its field's limit is refused by its length before anything else reads it).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type * as Libphonenumber from 'libphonenumber-js/max'
import { numberType } from '../../src/numbers'

// The real library, its parser wrapped in a mock function that calls through.
jest.mock('libphonenumber-js/max', () => {
  const actual = jest.requireActual<typeof Libphonenumber>('libphonenumber-js/max')
  return { ...actual, parsePhoneNumberFromString: jest.fn(actual.parsePhoneNumberFromString) }
})
const parse = jest.mocked(parsePhoneNumberFromString)

describe('numberType refuses by length before the metadata reads the number', () => {
  beforeEach(() => parse.mockClear())

  it('never hands the empty value or one of 16 digits (past E.164’s 15) to libphonenumber-js', () => {
    expect([numberType(''), numberType('+'), numberType('4670123456789012'), numberType('9'.repeat(1_000))]).toStrictEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ])
    expect(parse).not.toHaveBeenCalled()
  })

  it('hands a number of 1 and of 15 digits to it, with the + it reads numbers by', () => {
    numberType('4')
    numberType('467012345678901')
    expect(parse.mock.calls.map((c) => c[0])).toStrictEqual(['+4', '+467012345678901'])
  })
})
