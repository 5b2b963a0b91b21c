/**
 * The `deliveryReportUrl` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Issue, type Path } from '../issue.js'
import { isDigits, isWhiteSpaceCode } from '../text.js'
import { fromIssues, invalid, toResult, valid, type Result, type Validation } from '../validation.js'

/** The longest delivery report URL, in characters. */
export const URL_MAX_LENGTH = 2047

const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

/** An IPv4 address in dotted decimal (RFC 3986 `IPv4address`: four `dec-octet`s, 0–255, no leading zero). */
function isIPv4(text: string): boolean {
  const octets = text.split('.')
  // Written as the number writes itself: digits only, no leading zero (a dot never reaches here).
  return octets.length === 4 && octets.every((o) => String(+o) === o && +o >= 0 && +o < 256)
}

/** One to four hex digits: a group of an IPv6 address. */
const GROUP = /^[\da-f]{1,4}$/i

/**
 * An IPv6 address in text (RFC 3986 `IPv6address`, the forms of RFC 4291 §2.2): groups of one
 * to four hex digits separated by `:`, the last two of which may be an IPv4 address; eight
 * groups, or fewer with one `::` standing for one or more groups of zeros.
 */
function isIPv6(text: string): boolean {
  const halves = text.split('::')
  const groups = halves.filter((h) => h !== '').flatMap((h) => h.split(':'))
  // An IPv4 address may only end the address, where it counts as two groups.
  const v4 = (halves[halves.length - 1] ?? '').includes('.')
  if (v4 && !isIPv4(groups.pop() ?? '')) return false
  const count = groups.length + (v4 ? 2 : 0)
  return halves.length < 3 && groups.every((g) => GROUP.test(g)) && (halves.length === 2 ? count < 8 : count === 8)
}

/** A host name (letters, digits, `-`, `.`, and non-ASCII for IDNs), an IPv4 or a bracketed IPv6. */
function isHost(host: string): boolean {
  if (host.charCodeAt(0) === 0x5b) return host.charCodeAt(host.length - 1) === 0x5d && isIPv6(host.slice(1, -1))
  const labels = host.split('.')
  if (labels[labels.length - 1] === '') labels.pop() // a trailing dot is a fully qualified name
  // An empty host (or a lone dot): no label.
  if (labels.length === 0) return false
  return labels.every((label) => {
    if (label.length === 0 || label.length > 63) return false
    if (label.charCodeAt(0) === 0x2d || label.charCodeAt(label.length - 1) === 0x2d) return false
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i)
      if (!isAsciiAlnum(c) && c !== 0x2d && c < 0x80) return false
    }
    return true
  })
}

function isPort(port: string): boolean {
  if (port.length > 5 || !isDigits(port)) return false
  const n = Number(port)
  return n >= 1 && n <= 65535
}

/**
 * Parses an absolute http(s) URL by hand, in one pass: `scheme://[userinfo@]host[:port][/…][?…][#…]`,
 * with no white space or control characters anywhere.
 *
 * @returns the scheme in lower case, or `undefined` when the URL is not acceptable.
 */
export function parseHttpUrl(url: string): 'http' | 'https' | undefined {
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i)
    // C0 controls, DEL and the C1 controls (U+0080–U+009F), and white space.
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isWhiteSpaceCode(c)) return undefined
  }
  const colon = url.indexOf('://')
  if (colon === -1) return undefined
  const scheme = url.slice(0, colon).toLowerCase()
  if (scheme !== 'http' && scheme !== 'https') return undefined
  const rest = url.slice(colon + 3)
  let end = rest.length
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i)
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) {
      end = i
      break
    }
  }
  const authority = rest.slice(0, end)
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1)
  const bracket = hostPort.lastIndexOf(']')
  const portColon = hostPort.lastIndexOf(':')
  const hasPort = portColon > bracket
  const host = hasPort ? hostPort.slice(0, portColon) : hostPort
  if (!isHost(host)) return undefined
  if (hasPort && !isPort(hostPort.slice(portColon + 1))) return undefined
  return scheme
}

/** The rule, at `path`; `undefined`, `null` and `""` mean no delivery reports (`null`). */
export function checkDeliveryReportUrl(value: unknown, path: Path): Validation<string | null> {
  if (value === undefined || value === null || value === '') return valid(null)
  if (typeof value !== 'string') return invalid(makeIssue('deliveryReportUrl.invalid', path))
  // Longer than the limit: refused by its length before it is parsed (the parser splits the
  // host into labels: 50 MB of dots were 50 million strings).
  if (value.length > URL_MAX_LENGTH) {
    return invalid(makeIssue('deliveryReportUrl.too_long', path, { length: value.length, max: URL_MAX_LENGTH }))
  }
  const issues: Issue[] = []
  const scheme = parseHttpUrl(value)
  if (scheme === undefined) issues.push(makeIssue('deliveryReportUrl.invalid', path))
  if (scheme === 'http') issues.push(makeIssue('deliveryReportUrl.not_https', path))
  return fromIssues(issues, value)
}

/**
 * Checks the delivery report URL: null or `""` for none (the source page's own example sends
 * `""`), else an absolute `http` or `https` URL of at most 2047 characters; `http` is a warning.
 * A longer string is refused by its length alone (`deliveryReportUrl.too_long`), unparsed.
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateDeliveryReportUrl } from 'sms-preflight'
 * validateDeliveryReportUrl('https://example.com/dlr') // Right
 * validateDeliveryReportUrl('example.com/dlr')         // Left([{ code: 'deliveryReportUrl.invalid', … }])
 * ```
 * @category Field rules
 */
export function validateDeliveryReportUrl(value: unknown, options?: LocaleOptions): Result<string | null> {
  return localized(toResult(checkDeliveryReportUrl(value, [])), options)
}
