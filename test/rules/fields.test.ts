import * as E from 'fp-ts/Either'
import fc from 'fast-check'
import { validateBody } from '../../src/rules/body'
import { validateDatacoding } from '../../src/rules/datacoding'
import { validateDeliveryReportUrl } from '../../src/rules/deliveryReportUrl'
import { validatePriority } from '../../src/rules/priority'
import { validateReference } from '../../src/rules/reference'
import { validateTags } from '../../src/rules/tags'
import { validateType } from '../../src/rules/type'
import { errorsOf, valueOf } from '../helpers'

describe('validateBody', () => {
  it('accepts the source page body', () => {
    expect(valueOf(validateBody('A very nice message'))).toStrictEqual({ value: 'A very nice message', warnings: [] })
  })

  // "A request will be rejected if the body: Is null, empty or only whitespace"
  it('rejects null and absence with body.missing, "" and white space with body.empty', () => {
    expect(errorsOf(validateBody(null))).toStrictEqual([['', 'body.missing']])
    expect(errorsOf(validateBody(undefined))).toStrictEqual([['', 'body.missing']])
    expect(errorsOf(validateBody(''))).toStrictEqual([['', 'body.empty']])
    expect(errorsOf(validateBody(' \r\n\t\u2028\u0085'))).toStrictEqual([['', 'body.empty']])
  })

  it('does not count the zero width space as white space (.NET char.IsWhiteSpace)', () => {
    expect(E.isRight(validateBody('\u200b'))).toBe(true)
  })

  it('rejects a non-string with body.not_string', () => {
    expect(errorsOf(validateBody(['a']))).toStrictEqual([['', 'body.not_string']])
  })

  // "is longer than 2000 characters" — counted in UTF-16 code units
  it('accepts 2000 characters and rejects 2001 with body.too_long', () => {
    expect(E.isRight(validateBody('a'.repeat(2000)))).toBe(true)
    expect(errorsOf(validateBody('a'.repeat(2001)))).toStrictEqual([['', 'body.too_long']])
  })

  it('counts an emoji as 2 characters: 999 emoji + 2 letters is 2000, 1000 emoji + 1 letter is 2001', () => {
    expect(E.isRight(validateBody('😀'.repeat(999) + 'ab'))).toBe(true)
    expect(errorsOf(validateBody('😀'.repeat(1000) + 'a'))).toStrictEqual([['', 'body.too_long']])
  })
})

describe('validateType', () => {
  // "Default is sms"
  it('defaults null and absence to "sms"', () => {
    expect(valueOf(validateType(null)).value).toBe('sms')
    expect(valueOf(validateType(undefined)).value).toBe('sms')
  })

  it('accepts sms and flash case-insensitively, normalised to lower case', () => {
    expect(valueOf(validateType('SMS')).value).toBe('sms')
    expect(valueOf(validateType('Flash')).value).toBe('flash')
  })

  it('rejects "flashsms" with type.invalid and a suggestion of "flash"', () => {
    const r = validateType('flashsms')
    expect(errorsOf(r)).toStrictEqual([['', 'type.invalid']])
    expect(E.isLeft(r) && r.left[0].params).toStrictEqual({ suggestion: 'flash' })
    expect(E.isLeft(r) && r.left[0].message).toContain('Did you mean "flash"?')
  })

  it('rejects other values with type.invalid', () => {
    for (const v of ['mms', ' sms', 1, true, {}]) expect(errorsOf(validateType(v))).toStrictEqual([['', 'type.invalid']])
  })
})

describe('validateDatacoding', () => {
  // "Default is ucs."
  it('defaults to ucs and normalises "GSM" to "gsm"', () => {
    expect(valueOf(validateDatacoding(null)).value).toBe('ucs')
    expect(valueOf(validateDatacoding(undefined)).value).toBe('ucs')
    expect(valueOf(validateDatacoding('GSM')).value).toBe('gsm')
    expect(valueOf(validateDatacoding('Ucs')).value).toBe('ucs')
  })

  it('rejects anything else with datacoding.invalid', () => {
    for (const v of ['utf8', 'ucs2', 'gsm7', 7, '']) expect(errorsOf(validateDatacoding(v))).toStrictEqual([['', 'datacoding.invalid']])
  })
})

describe('validatePriority', () => {
  // "If priority is set then 1 and 2 are the only allowed values."
  it('accepts 1 and 2 and defaults to 1', () => {
    expect(valueOf(validatePriority(1)).value).toBe(1)
    expect(valueOf(validatePriority(2)).value).toBe(2)
    expect(valueOf(validatePriority(null)).value).toBe(1)
    expect(valueOf(validatePriority(undefined)).value).toBe(1)
  })

  it('rejects strings, 0, 3, 1.5, NaN with priority.invalid', () => {
    for (const v of ['1', '2', 0, 3, 1.5, Number.NaN, true]) expect(errorsOf(validatePriority(v))).toStrictEqual([['', 'priority.invalid']])
  })
})

describe('validateReference', () => {
  // "null is default value."
  it('defaults to null', () => {
    expect(valueOf(validateReference(null)).value).toBeNull()
    expect(valueOf(validateReference(undefined)).value).toBeNull()
  })

  // "May be a maximum of 40 characters"
  it('accepts 40 characters and rejects 41 with reference.too_long', () => {
    expect(E.isRight(validateReference('r'.repeat(40)))).toBe(true)
    expect(errorsOf(validateReference('r'.repeat(41)))).toStrictEqual([['', 'reference.too_long']])
  })

  // "Can not be empty string or whitespace."
  it('rejects "" and white space with reference.empty', () => {
    expect(errorsOf(validateReference(''))).toStrictEqual([['', 'reference.empty']])
    expect(errorsOf(validateReference('  \t'))).toStrictEqual([['', 'reference.empty']])
  })

  it('rejects a number with reference.not_string', () => {
    expect(errorsOf(validateReference(42))).toStrictEqual([['', 'reference.not_string']])
  })
})

describe('validateTags', () => {
  it('keeps the source page tags as written and warns about " ux"', () => {
    const r = valueOf(validateTags(['marketing', ' ux', 'design']))
    expect(r.value).toStrictEqual(['marketing', ' ux', 'design'])
    expect(r.warnings.map((w) => [w.path, w.code])).toStrictEqual([['/1', 'tag.whitespace']])
  })

  it('warns about a repeat at the later occurrence with tag.duplicate', () => {
    const r = valueOf(validateTags(['a', 'b', 'a']))
    expect(r.value).toStrictEqual(['a', 'b', 'a'])
    expect(r.warnings.map((w) => [w.path, w.code, w.params])).toStrictEqual([['/2', 'tag.duplicate', { tag: 'a', first: 0 }]])
  })

  it('rejects a non-array with tags.invalid_type, and elements with tag.not_string / tag.empty', () => {
    expect(errorsOf(validateTags('marketing'))).toStrictEqual([['', 'tags.invalid_type']])
    expect(errorsOf(validateTags(['ok', 1, '', '  ', null]))).toStrictEqual([
      ['/1', 'tag.not_string'],
      ['/2', 'tag.empty'],
      ['/3', 'tag.empty'],
      ['/4', 'tag.not_string'],
    ])
  })

  it('reports a hole of a sparse array as tag.not_string', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(errorsOf(validateTags(['a', , 'b']))).toStrictEqual([['/1', 'tag.not_string']])
  })

  it('defaults null to []', () => {
    expect(valueOf(validateTags(null)).value).toStrictEqual([])
  })
})

describe('validateDeliveryReportUrl', () => {
  it('treats null and "" (the source page example) as no delivery reports', () => {
    expect(valueOf(validateDeliveryReportUrl('')).value).toBeNull()
    expect(valueOf(validateDeliveryReportUrl(null)).value).toBeNull()
  })

  it('accepts https URLs with ports, paths, queries, IPv4 and IPv6 hosts', () => {
    for (const u of [
      'https://example.com',
      'https://example.com/dlr?x=1#f',
      'HTTPS://Example.COM:8443/a/b',
      'https://user:pw@example.com/dlr',
      'https://127.0.0.1:65535/',
      'https://[::1]/dlr',
      'https://bücher.example/dlr',
    ]) {
      expect(valueOf(validateDeliveryReportUrl(u)).warnings).toStrictEqual([])
    }
  })

  it('warns on http with deliveryReportUrl.not_https', () => {
    expect(valueOf(validateDeliveryReportUrl('http://example.com/dlr')).warnings.map((w) => w.code)).toStrictEqual([
      'deliveryReportUrl.not_https',
    ])
  })

  it('rejects relative, other schemes, bad hosts and ports, white space with deliveryReportUrl.invalid', () => {
    for (const u of [
      'example.com/dlr',
      '/dlr',
      'ftp://example.com',
      'https://',
      'https:///path',
      'https://exa mple.com',
      'https://example.com:0/',
      'https://example.com:65536/',
      'https://-bad-.com/',
      'https://a..b/',
      'javascript:alert(1)',
      ' https://example.com',
      42,
    ]) {
      expect(errorsOf(validateDeliveryReportUrl(u))).toStrictEqual([['', 'deliveryReportUrl.invalid']])
    }
  })

  it('accepts a bracketed host only when it is an IPv6 address (RFC 3986 IPv6address; RFC 4291 §2.2)', () => {
    // Eight groups; fewer with one "::" (one or more groups of zeros); an IPv4 address as the last two.
    for (const host of ['[1:2:3:4:5:6:7:8]', '[2001:db8::1]', '[::]', '[1::]', '[1:2:3:4:5:6:7::]', '[::1:2:3:4:5:6:7]', '[::ffff:192.0.2.1]', '[1:2:3:4:5:6:1.2.3.4]']) {
      expect(valueOf(validateDeliveryReportUrl(`https://${host}/dlr`)).warnings).toStrictEqual([])
    }
    for (const host of [
      '[....]', // no group
      '[1::2::3]', // two "::"
      '[12345::]', // five hex digits
      '[fffff]', // one group, no "::"
      '[1:2:3:4:5:6:7]', // seven groups without "::"
      '[1:2:3:4:5:6:7:8:9]', // nine groups
      '[1:2:3:4::5:6:7:8]', // "::" standing for no group
      '[:1]', // a lone leading colon
      '[1:]', // a lone trailing colon
      '[::1.2.3]', // three octets
      '[::256.0.0.1]', // an octet over 255
      '[::1.2.3.04]', // a leading zero
      '[1.2.3.4]', // IPv4 alone in brackets
      '[::1.2.3.4:5]', // IPv4 before the last group
      '[1:2:3:4:5:6::1.2.3.4]', // nine groups' worth with "::"
      '[1:2:3::4:5::6:7:8]', // two "::" around eight groups
      '[::-1.2.3.4]', // a negative octet
    ]) {
      expect([host, errorsOf(validateDeliveryReportUrl(`https://${host}/dlr`))]).toStrictEqual([host, [['', 'deliveryReportUrl.invalid']]])
    }
  })

  it('refuses an opening bracket without its closing one, also where a port would leave an IPv6 address inside', () => {
    // "[1::2:80": the last colon starts a port (80), the host is "[1::2", and "1::" (what lies
    // between the brackets were the last character one) is an IPv6 address.
    expect(errorsOf(validateDeliveryReportUrl('https://[1::2:80/dlr'))).toStrictEqual([['', 'deliveryReportUrl.invalid']])
  })

  it('agrees with the WHATWG URL parser on every bracketed host of hex digits, colons and dots', () => {
    // The URL standard, as Node implements it, is the oracle: it refuses what is no IPv6 address.
    const whatwg = (host: string): boolean => {
      try {
        new URL(`https://[${host}]/dlr`)
        return true
      } catch {
        return false
      }
    }
    const group = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 0x1ffff }).map((n) => n.toString(16)))
    const ipv4 = fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 3, maxLength: 5 }).map((o) => o.join('.'))
    const host = fc.oneof(
      fc.string({ unit: fc.constantFrom('0', '1', '9', 'a', 'f', 'F', ':', '.'), maxLength: 24 }),
      fc.tuple(fc.array(group, { minLength: 1, maxLength: 10 }), fc.option(ipv4)).map(([gs, v4]) => gs.join(':') + (v4 === null ? '' : `:${v4}`)),
    )
    fc.assert(
      fc.property(host, (h) => {
        expect(E.isRight(validateDeliveryReportUrl(`https://[${h}]/dlr`))).toBe(whatwg(h))
      }),
      { numRuns: 2000 },
    )
  })

  it('accepts 2047 characters and rejects 2048 with deliveryReportUrl.too_long', () => {
    const base = 'https://example.com/'
    expect(E.isRight(validateDeliveryReportUrl(base + 'a'.repeat(2047 - base.length)))).toBe(true)
    expect(errorsOf(validateDeliveryReportUrl(base + 'a'.repeat(2048 - base.length)))).toStrictEqual([
      ['', 'deliveryReportUrl.too_long'],
    ])
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof validateDeliveryReportUrl('https://' + s)._tag === 'string'))
  })
})
