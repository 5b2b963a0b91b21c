/**
 * Tests added from the mutation run: each one fails on a mutant the other suites let survive.
 * SPEC "sender": "A sender is numeric if it is all digits with an optional leading `+` …
 * Otherwise it is alphanumeric: only `[0-9A-Za-z]` (`sender.invalid_characters`, naming the
 * characters) and 3 to 11 characters".
 */
import * as E from 'fp-ts/Either'
import { validateSender } from '../../../src/index'
import { errorsOf } from '../../helpers'

describe('validateSender', () => {
  // The numeric form must reject characters just below '0' (U+002F '/', U+002D '-', U+0020
  // space) as well as those just above '9' (U+003A ':'): with either, the sender is not all
  // digits, so it is alphanumeric and the character is named.
  it.each([
    ['123/45', '/'],
    ['12-34', '-'],
    ['123 45', ' '],
    ['123:45', ':'],
  ])('rejects the digits-with-a-separator sender %j with sender.invalid_characters naming %j', (sender, ch) => {
    const r = validateSender(sender)
    expect(errorsOf(r)).toStrictEqual([['', 'sender.invalid_characters']])
    expect(E.isLeft(r) ? r.left[0].params : undefined).toStrictEqual({ characters: [ch] })
  })
})

describe('validateSender: the alphanumeric alphabet and the numeric form', () => {
  // Source page: alphanumeric senders use "A-Z, a-z and 0-9": both ends of each range are in.
  it.each(['09A', 'AZa', 'zzz', 'Z9z'])('accepts %j, whose characters are the ends of the ranges', (sender) => {
    expect(validateSender(sender)).toStrictEqual(E.right({ value: sender, warnings: [] }))
  })

  // A letter first makes a sender alphanumeric whatever follows: 'a' + 16 digits is 17
  // characters (over 11), not a 16-digit numeric sender.
  it('reads a letter followed by digits as alphanumeric, not numeric', () => {
    expect(errorsOf(validateSender('a' + '1'.repeat(16)))).toStrictEqual([['', 'sender.alphanumeric_length']])
  })
})
