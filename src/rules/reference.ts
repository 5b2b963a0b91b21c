/**
 * The `reference` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Path } from '../issue.js'
import { isBlank } from '../text.js'
import { invalid, toResult, valid, type Result, type Validation } from '../validation.js'

/** The longest reference, in UTF-16 code units. */
export const REFERENCE_MAX_LENGTH = 40

/** The rule, at `path`; `undefined` and `null` mean none (`null`). */
export function checkReference(value: unknown, path: Path): Validation<string | null> {
  if (value === undefined || value === null) return valid(null)
  if (typeof value !== 'string') return invalid(makeIssue('reference.not_string', path))
  // By its length first, like the body: a long reference is never scanned.
  if (value.length > REFERENCE_MAX_LENGTH) {
    return invalid(makeIssue('reference.too_long', path, { length: value.length, max: REFERENCE_MAX_LENGTH }))
  }
  if (isBlank(value)) return invalid(makeIssue('reference.empty', path))
  return valid(value)
}

/**
 * Checks the client reference: null (the default), or a string that is not empty or only white
 * space, of at most 40 characters.
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateReference } from 'sms-preflight'
 * validateReference('A client reference') // Right
 * validateReference(' ')                  // Left([{ code: 'reference.empty', … }])
 * ```
 * @category Field rules
 */
export function validateReference(value: unknown, options?: LocaleOptions): Result<string | null> {
  return localized(toResult(checkReference(value, [])), options)
}
