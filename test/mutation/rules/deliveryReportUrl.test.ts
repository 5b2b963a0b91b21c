// The URL grammar of the delivery report URL, boundary by boundary (found by mutation testing).
// decisions.md "deliveryReportUrl": an http(s) scheme, "://", an optional user:pass@, a host
// (DNS labels of letters, digits and inner hyphens, non-ASCII allowed; IPv4; bracketed IPv6),
// an optional port 1–65535, then anything without white space or control characters.
import { parseHttpUrl, validateDeliveryReportUrl } from '../../../src/rules/deliveryReportUrl'

const ok = (url: string): void => {
  expect([url, parseHttpUrl(url)]).toStrictEqual([url, url.toLowerCase().startsWith('https') ? 'https' : 'http'])
}
const bad = (url: string): void => {
  expect([url, parseHttpUrl(url)]).toStrictEqual([url, undefined])
}

describe('parseHttpUrl: host names', () => {
  it('accepts letters and digits at both ends of each range (0 9 A Z a z) and inner hyphens', () => {
    for (const host of ['0.9', 'A.Z', 'a.z', 'a-b.c-d', 'x0-9', 'example.com.', 'bücher.example', 'a'.repeat(63) + '.com']) ok(`https://${host}/x`)
  })

  it('refuses the characters just outside those ranges, and bad labels', () => {
    for (const host of ['a%b', 'a:b:c', 'a@b@', 'a[b', 'a`b', 'a{b', 'a_b', 'a!b', '-a', 'a-', 'a..b', '.', '', 'a'.repeat(64) + '.com']) {
      bad(`https://${host}`)
    }
  })

  it('accepts bracketed IPv6 with every hex digit range, and refuses other characters', () => {
    for (const host of ['[::]', '[::1]', '[0:9:a:f:A:F::]', '[::ffff:1.2.3.4]']) ok(`https://${host}/x`)
    for (const host of ['[]', '[:]', '[g::1]', '[G::1]', '[::1', '[::/]', '[::@]', '[::`]']) bad(`https://${host}/x`)
    // An opening bracket with no closing one, long enough and with no colon to be read as a port.
    for (const host of ['[1.2', '[abcd']) bad(`https://${host}/x`)
    // Just below "0" and between "9" and "A", inside the brackets ("/" and "@" end the host first).
    for (const host of ['[::-1]', '[::!1]', '[::;1]', '[::=1]', '[::>1]']) bad(`https://${host}/x`)
  })
})

describe('parseHttpUrl: ports', () => {
  it('accepts 1 to 65535, up to 5 digits', () => {
    for (const port of ['1', '9', '80', '00080', '65535']) ok(`https://example.com:${port}/x`)
  })

  it('refuses 0, 65536, 6 digits, an empty port and non-digits on both sides of 0–9', () => {
    for (const port of ['0', '65536', '000080', '', '8a', '/8', '8:', '8`']) bad(`https://example.com:${port}`)
  })

  it('refuses ports that Number() would read but are not plain digits: "+80", "1e3", "0x1f", "8.0"', () => {
    for (const port of ['+80', '1e3', '0x1f', '8.0']) bad(`https://example.com:${port}/x`)
  })

  it('reads a colon inside IPv6 brackets as part of the host, not a port', () => {
    ok('https://[::1]:8443/x')
    bad('https://[::1]:0/x')
  })
})

describe('parseHttpUrl: the parts around the host', () => {
  it('ends the host at "/", "?", "#" or "\\"', () => {
    for (const url of ['https://example.com/p', 'https://example.com?q=1', 'https://example.com#f', 'https://example.com\\p']) ok(url)
    // …so what follows them may hold characters a host may not
    for (const url of ['https://example.com/a_b', 'https://example.com?a_b', 'https://example.com#a_b', 'https://example.com\\a_b']) ok(url)
  })

  it('skips user information up to the last "@"', () => {
    ok('https://user:pa@ss@example.com:8080/x')
    bad('https://user@/x')
  })

  it('needs "://" after an http or https scheme, in any case', () => {
    ok('HTTP://example.com')
    ok('Https://example.com')
    for (const url of ['https:/example.com', 'https//example.com', 'httpx://example.com', 'ftp://example.com', '://example.com']) bad(url)
  })

  it('refuses control characters (below U+0020, U+007F) and white space (U+0085, U+00A0) anywhere', () => {
    for (const c of ['\u0000', '\u001f', '\u007f', '\u0085', '\u00a0', ' ']) bad(`https://example.com/a${c}b`)
  })
})

describe('validateDeliveryReportUrl', () => {
  // Issue 8 §3: a value longer than its field's limit is refused by its length before anything
  // else reads it: an invalid URL over 2047 characters is too long, and is not parsed.
  it('refuses an invalid URL over 2047 characters with deliveryReportUrl.too_long alone', () => {
    const url = 'ftp://' + 'a'.repeat(2048)
    const r = validateDeliveryReportUrl(url)
    expect(r._tag === 'Left' ? r.left.map((i) => i.code) : []).toStrictEqual(['deliveryReportUrl.too_long'])
  })

  it('warns not_https only for an http URL that parses', () => {
    const r = validateDeliveryReportUrl('http://example.com')
    expect(r._tag === 'Right' ? r.right.warnings.map((i) => i.code) : []).toStrictEqual(['deliveryReportUrl.not_https'])
    const s = validateDeliveryReportUrl('https://example.com')
    expect(s._tag === 'Right' ? s.right.warnings : ['?']).toStrictEqual([])
  })
})

describe('parseHttpUrl: control characters anywhere', () => {
  // decisions.md: "anything without white space or control characters". The C1 controls
  // U+0080–U+009F are control characters too (found by mutation testing: U+0080 passed).
  it('refuses C0, DEL and C1 controls in the host, the path and the query', () => {
    for (const c of ['\u0000', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f']) {
      bad(`https://exa${c}mple.com/x`)
      bad(`https://example.com/a${c}b`)
      bad(`https://example.com/?q=${c}`)
    }
  })

  it('accepts the first characters after them (U+0020 aside, which is white space)', () => {
    ok('https://example.com/a\u00a1b') // U+00A1 ¡ in a path
    ok('https://ex\u00a1mple.com/') // and in a host label (non-ASCII is allowed for IDNs)
    ok('https://example.com/~') // U+007E, just before DEL
  })
})

describe('parseHttpUrl: the scheme', () => {
  // decisions.md "deliveryReportUrl": the URL must be absolute, `scheme://…`.
  it('refuses a text with no "://" even when all but its last character is a scheme', () => {
    for (const url of ['httpsA', 'httpA', 'https:/x', 'https']) bad(url)
  })
})
