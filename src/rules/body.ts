/**
 * The `body` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Path } from '../issue.js'
import { isBlank } from '../text.js'
import { invalid, toResult, valid, type Result, type Validation } from '../validation.js'

declare const BodyBrand: unique symbol

/**
 * A body that passed {@link validateBody}.
 *
 * @category Brands
 */
export type Body = string & {
  /** The brand: only {@link validateBody} (or the request decoder) makes a `Body`. */
  readonly [BodyBrand]: 'Body'
}

/** The longest body, in UTF-16 code units (the provider's .NET string length). */
export const BODY_MAX_LENGTH = 2000

/** The rule, at `path`. */
export function checkBody(value: unknown, path: Path): Validation<Body> {
  if (value === undefined || value === null) return invalid(makeIssue('body.missing', path))
  if (typeof value !== 'string') return invalid(makeIssue('body.not_string', path))
  if (value.length > BODY_MAX_LENGTH) {
    return invalid(makeIssue('body.too_long', path, { length: value.length, max: BODY_MAX_LENGTH }))
  }
  if (isBlank(value)) return invalid(makeIssue('body.empty', path))
  return valid(value as Body)
}

/**
 * Checks a message body: a string, not empty or only white space, at most 2000 UTF-16 code
 * units (an emoji outside the BMP counts 2).
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateBody } from 'sms-preflight'
 * validateBody('A very nice message') // Right
 * validateBody('   ')                 // Left([{ code: 'body.empty', … }])
 * ```
 * @category Field rules
 */
export function validateBody(value: unknown, options?: LocaleOptions): Result<Body> {
  return localized(toResult(checkBody(value, [])), options)
}
