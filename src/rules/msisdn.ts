/**
 * A recipient's MSISDN.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Issue, type Path } from '../issue.js'
import { isDigits, offendingChars } from '../text.js'
import { fromIssues, invalid, toResult, type Result, type Validation } from '../validation.js'

declare const MsisdnBrand: unique symbol

/**
 * An MSISDN that passed {@link validateMsisdn}: 1 to 15 ASCII digits.
 *
 * @category Brands
 */
export type Msisdn = string & {
  /** The brand: only {@link validateMsisdn} (or the request decoder) makes an `Msisdn`. */
  readonly [MsisdnBrand]: 'Msisdn'
}

/** The longest MSISDN the source page allows. */
export const MSISDN_MAX_LENGTH = 15

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/** The prefix a number was written with, `+` or `00`, whose hint the message gives. */
function prefixOf(s: string): '+' | '00' | undefined {
  return s.startsWith('+') ? '+' : s.startsWith('00') ? '00' : undefined
}

/** The English hint for a prefix (`params.prefix` lets a translation say it in its words). */
function hintFor(prefix: '+' | '00'): string {
  return prefix === '+'
    ? 'Write the number without the leading "+": country code then number, e.g. 46701234567.'
    : 'Write the number without the "00" prefix: country code then number, e.g. 46701234567.'
}

/**
 * `recipient.national_format` (w) for a well-formed number that starts with 0: no country code
 * starts with 0, so it is a national number (country code missing) or written with the `00`
 * international prefix — the hint SPEC asks for a leading `00`, when a number follows it (`00`
 * alone, or `000…`, has nothing to write instead).
 */
export function nationalFormat(msisdn: string, path: Path): Issue {
  const prefixed = msisdn.startsWith('00') && (msisdn[2] ?? '') > '0'
  return makeIssue('recipient.national_format', path, prefixed ? { msisdn, prefix: '00' } : { msisdn })
}

/**
 * Whether `s` is a well-formed MSISDN (1 to 15 ASCII digits): the allocation-free test the
 * request decoder runs on every recipient before the full rule.
 */
export function isWellFormedMsisdn(s: string): boolean {
  return s.length <= MSISDN_MAX_LENGTH && isDigits(s)
}

/** The code of the one error of a value that is not a well-formed MSISDN ({@link isWellFormedMsisdn}). */
export type MsisdnErrorCode = 'recipient.not_string' | 'recipient.empty' | 'recipient.too_long' | 'recipient.non_digit'

/**
 * The code of the error of a value that is not a well-formed MSISDN, found without reading
 * more than its type, its length and its digits: the request decoder counts an invalid
 * recipient past the cap by it, and makes its issue ({@link msisdnError}) only when it is kept.
 */
export function msisdnErrorCode(value: unknown): MsisdnErrorCode {
  if (typeof value !== 'string') return 'recipient.not_string'
  if (value.length === 0) return 'recipient.empty'
  // Longer than any MSISDN: refused by its length before anything else reads it (so its
  // characters are not listed, however long it is).
  return value.length > MSISDN_MAX_LENGTH ? 'recipient.too_long' : 'recipient.non_digit'
}

/** The one error of a value that is not a well-formed MSISDN, at `path`. */
export function msisdnError(value: unknown, path: Path): Issue {
  const code = msisdnErrorCode(value)
  // Not a string (recipient.not_string) or empty (recipient.empty): the code says it all.
  if (typeof value !== 'string' || code === 'recipient.empty') return makeIssue(code, path)
  if (code === 'recipient.too_long') return makeIssue(code, path, { length: value.length, max: MSISDN_MAX_LENGTH })
  const characters = offendingChars(value, isDigit)
  const prefix = prefixOf(value)
  return makeIssue(code, path, prefix === undefined ? { characters } : { characters, hint: hintFor(prefix), prefix })
}

/** The rule, at `path`. */
export function checkMsisdn(value: unknown, path: Path): Validation<Msisdn> {
  // The common case (a well-formed number) allocates nothing.
  if (typeof value === 'string' && isWellFormedMsisdn(value)) {
    return value.charCodeAt(0) === 0x30 ? fromIssues([nationalFormat(value, path)], value as Msisdn) : fromIssues([], value as Msisdn)
  }
  return invalid(msisdnError(value, path))
}

/**
 * Checks one recipient number in MSISDN form: a string of digits only (no `+`, no spaces), at
 * most 15 characters. A longer string is refused by its length alone (`recipient.too_long`),
 * before its characters are read.
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateMsisdn } from 'sms-preflight'
 * validateMsisdn('46701234567')  // Right
 * validateMsisdn('+46701234567') // Left([{ code: 'recipient.non_digit', … }])
 * ```
 * @category Field rules
 */
export function validateMsisdn(value: unknown, options?: LocaleOptions): Result<Msisdn> {
  return localized(toResult(checkMsisdn(value, [])), options)
}
