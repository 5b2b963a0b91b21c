/**
 * The `sender` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Issue, type Path } from '../issue.js'
import { isPairAt } from '../encoding/gsm.js'
import { isBlank, isDigits, offendingChars } from '../text.js'
import { fromIssues, invalid, toResult, type Result, type Validation } from '../validation.js'

declare const SenderBrand: unique symbol

/**
 * A sender that passed {@link validateSender}.
 *
 * @category Brands
 */
export type Sender = string & {
  /** The brand: only {@link validateSender} (or the request decoder) makes a `Sender`. */
  readonly [SenderBrand]: 'Sender'
}

/** The limits of a sender, from the source page. */
export const SENDER_LIMITS = Object.freeze({ numericMaxDigits: 15, alphanumericMin: 3, alphanumericMax: 11 })

const isAlphanumeric = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

/** `+` then digits, or digits only. */
function isNumericForm(s: string): boolean {
  return isDigits(s, s.charCodeAt(0) === 0x2b ? 1 : 0)
}

/** Whether a (valid) sender is alphanumeric rather than numeric. */
export function isAlphanumericSender(sender: string): boolean {
  return !isNumericForm(sender)
}

/**
 * The longest sender whose characters are read, in UTF-16 code units: 22, eleven characters of
 * two code units each (astral characters). A longer sender is over every form's limit in that
 * form's own unit (more than 15 digits, or more than 11 characters) and is refused by its
 * length; a shorter one, even past the 16 of `+` and 15 digits, gets every issue it has (nine
 * emoji are 18 code units but 9 characters: not too long, but not letters and digits).
 */
export const SENDER_MAX_LENGTH = 2 * SENDER_LIMITS.alphanumericMax

/** The code points of `s` (a surrogate pair counts one), counted without allocating. */
function codePoints(s: string): number {
  let n = s.length
  for (let i = 0; i + 1 < s.length; i++) {
    if (isPairAt(s, i)) {
      n--
      i++
    }
  }
  return n
}

/**
 * The one issue of a sender longer than {@link SENDER_MAX_LENGTH}, which no form allows: it is
 * refused by its length (at least 23 digits, or at least 12 characters). Which limit it passes (15 digits, or 11 characters) is the only thing
 * read, by scans that allocate nothing; its characters are not listed.
 */
function tooLong(value: string, path: Path): Issue {
  if (isNumericForm(value)) {
    const digits = value.charCodeAt(0) === 0x2b ? value.length - 1 : value.length
    return makeIssue('sender.numeric_too_long', path, { digits, max: SENDER_LIMITS.numericMaxDigits })
  }
  const { alphanumericMin: min, alphanumericMax: max } = SENDER_LIMITS
  return makeIssue('sender.alphanumeric_length', path, { length: codePoints(value), min, max })
}

/** The rule, at `path`. */
export function checkSender(value: unknown, path: Path): Validation<Sender> {
  if (value === undefined || value === null) return invalid(makeIssue('sender.missing', path))
  if (typeof value !== 'string') return invalid(makeIssue('sender.not_string', path))
  if (value.length > SENDER_MAX_LENGTH) return invalid(tooLong(value, path))
  if (isBlank(value)) return invalid(makeIssue('sender.empty', path))
  const issues: Issue[] = []
  if (isNumericForm(value)) {
    const plus = value.charCodeAt(0) === 0x2b
    const digits = plus ? value.length - 1 : value.length
    if (digits > SENDER_LIMITS.numericMaxDigits) {
      issues.push(makeIssue('sender.numeric_too_long', path, { digits, max: SENDER_LIMITS.numericMaxDigits }))
    }
    if (plus && value.charCodeAt(1) === 0x30) issues.push(makeIssue('sender.invalid_format', path))
  } else {
    const characters = offendingChars(value, isAlphanumeric)
    if (characters.length > 0) issues.push(makeIssue('sender.invalid_characters', path, { characters }))
    const length = codePoints(value)
    if (length < SENDER_LIMITS.alphanumericMin || length > SENDER_LIMITS.alphanumericMax) {
      issues.push(
        makeIssue('sender.alphanumeric_length', path, {
          length,
          min: SENDER_LIMITS.alphanumericMin,
          max: SENDER_LIMITS.alphanumericMax,
        }),
      )
    }
  }
  return fromIssues(issues, value as Sender)
}

/**
 * Checks a sender ID: numeric (digits with an optional leading `+`, at most 15 digits, E.164:
 * no `0` right after the `+`) or alphanumeric (`A-Z a-z 0-9`, 3 to 11 characters).
 *
 * A sender longer than 22 UTF-16 code units (past both forms' limits: 15 digits, or 11
 * characters of at most two code units each) is refused by its length alone:
 * `sender.numeric_too_long` when it is all digits, else `sender.alphanumeric_length`; its
 * characters are not looked at.
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateSender } from 'sms-preflight'
 * validateSender('iP1')          // Right({ value: 'iP1', warnings: [] })
 * validateSender('TooLongSender') // Left([{ code: 'sender.alphanumeric_length', … }])
 * validateSender('TooLongSender', { locale: 'sv' })
 * // Left([{ code: 'sender.alphanumeric_length', message: 'En alfanumerisk avsändare har 3–11 tecken; den här har 13.', … }])
 * ```
 * @category Field rules
 */
export function validateSender(value: unknown, options?: LocaleOptions): Result<Sender> {
  return localized(toResult(checkSender(value, [])), options)
}
