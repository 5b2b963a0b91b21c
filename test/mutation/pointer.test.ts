/**
 * Tests written to kill mutants of src/issue.ts that its slice's tests left alive: JSON Pointer
 * tokens longer than one chunk of the escaping loops, the answers of toPointer for holes and
 * for a path that cannot be read, and the not_mobile message of a type it has no words for.
 */
import { catalogue, escapeToken, fromPointer, toPointer } from '../../src/issue'

/** RFC 6901 §3 written the obvious way: an oracle independent of the chunked loops. */
const escapeByReplace = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1')

describe('JSON Pointer tokens longer than one chunk (RFC 6901 §3)', () => {
  // 4,096 code units are turned into a string at a time; a token of 10,000 specials escapes to
  // 20,000 code units, five chunks joined with nothing between them.
  it('escapes ~ and / across chunk boundaries, the chunks joined as they are', () => {
    const token = 'a~b/'.repeat(2_500)
    const escaped = escapeToken(token)
    expect(escaped.length).toBe(15_000)
    expect(escaped).toBe(escapeByReplace(token))
  })

  it('unescapes a long token back to itself', () => {
    const token = '~/x'.repeat(3_000)
    expect(fromPointer('/' + escapeByReplace(token))).toStrictEqual([token])
  })

  // A single String.fromCharCode call over 600,000 code units overflows V8's argument limit (a
  // RangeError): the chunks are what keeps a long token from throwing.
  it('escapes and unescapes a token of 300,000 specials without an exception', () => {
    const token = '~'.repeat(300_000)
    const escaped = escapeToken(token)
    expect(escaped.length).toBe(600_000)
    expect(escaped.startsWith('~0~0') && escaped.endsWith('~0~0')).toBe(true)
    const back = fromPointer('/' + escaped)
    expect(back.length).toBe(1)
    expect(back[0] === token).toBe(true)
  })
})

describe('toPointer and escapeToken on values a JavaScript caller may pass', () => {
  it('escapes a token that is neither a string nor a number as the empty token', () => {
    expect([escapeToken(null as unknown as string), escapeToken({} as unknown as string), escapeToken(7)]).toStrictEqual(['', '', '7'])
  })

  it('writes a hole and an undefined or null token as the empty token', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['recipients', , 'x'] as unknown as string[]
    expect(toPointer(sparse)).toBe('/recipients//x')
    expect(toPointer(['a', undefined, null] as unknown as string[])).toBe('/a//')
  })

  it('answers "" for a path that throws when read (a revoked Proxy)', () => {
    const { proxy, revoke } = Proxy.revocable([] as string[], {})
    revoke()
    expect(toPointer(proxy)).toBe('')
  })
})

describe('recipient.not_mobile message', () => {
  it('names the type when it knows it, and leaves it out for a type it has no words for (an issue made by hand)', () => {
    const message = catalogue['recipient.not_mobile'].message
    expect(message({ msisdn: '46812345678', type: 'fixed_line' })).toBe(
      '46812345678 is not a mobile number but a fixed-line (landline) number: an SMS to it is usually lost, and still paid for.',
    )
    expect(message({ msisdn: '46812345678', type: 'satellite' as 'fixed_line' })).toBe(
      '46812345678 is not a mobile number: an SMS to it is usually lost, and still paid for.',
    )
  })
})
