// The enum fields (type, datacoding) at their edges, found by mutation testing: the near miss as
// long as the longest, and the rule of issue 12 §3 that a value longer than anything it could
// match is refused by its length, never copied into lower case to compare.
import * as E from 'fp-ts/Either'
import { matchEnum } from '../../../src/rules/enums'
import { validateType } from '../../../src/rules/type'

/** How many times `run` lowers a string (String.prototype.toLowerCase, spied on and restored). */
function lowerings(run: () => void): number {
  const spy = jest.spyOn(String.prototype, 'toLowerCase')
  try {
    run()
    return spy.mock.calls.length
  } finally {
    spy.mockRestore()
  }
}

const issuesOf = (r: ReturnType<typeof validateType>): unknown => (E.isLeft(r) ? r.left.map((i) => [i.code, i.params]) : [])

describe('matchEnum', () => {
  it('matches ignoring case, lowering the value once', () => {
    let match: string | undefined
    expect(lowerings(() => (match = matchEnum('FLASH', ['sms', 'flash'])))).toBe(1)
    expect(match).toBe('flash')
  })

  it('never lowers a value longer than every member, and matches none', () => {
    let match: string | undefined = 'not called'
    expect(lowerings(() => (match = matchEnum('FLASHY', ['sms', 'flash'])))).toBe(0)
    expect(match).toBeUndefined()
  })
})

describe('type near misses', () => {
  // decisions.md "type": flashsms, flash-sms, flash_sms, flashmessage → "did you mean flash".
  it('suggests "flash" for the longest near miss, "flashmessage" (12 characters), in any case', () => {
    expect(issuesOf(validateType('FlashMessage'))).toStrictEqual([['type.invalid', { suggestion: 'flash' }]])
  })

  it('never lowers a value longer than the longest near miss (13 characters or more)', () => {
    let r: ReturnType<typeof validateType> | undefined
    expect(lowerings(() => (r = validateType('FlashMessages')))).toBe(0)
    // Refused with no suggestion (and so no params).
    expect(r === undefined ? undefined : issuesOf(r)).toStrictEqual([['type.invalid', undefined]])
  })
})
