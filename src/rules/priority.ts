/**
 * The `priority` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Path } from '../issue.js'
import { invalid, toResult, valid, type Result, type Validation } from '../validation.js'

/**
 * `1` (default, lowest) or `2` (highest, with a price surcharge).
 *
 * @category Request
 */
export type Priority = 1 | 2

/** The priorities, lowest first: 1 (the default) and 2. */
export const PRIORITIES: ReadonlyArray<Priority> = [1, 2]

/** The rule, at `path`; `undefined` and `null` mean the default, `1`. */
export function checkPriority(value: unknown, path: Path): Validation<Priority> {
  if (value === undefined || value === null) return valid(1)
  const match = PRIORITIES.find((p) => p === value)
  if (match !== undefined) return valid(match)
  return invalid(makeIssue('priority.invalid', path))
}

/**
 * Checks the priority: the JSON number 1 or 2 (not the string `"1"`).
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validatePriority } from 'sms-preflight'
 * validatePriority(2)   // Right({ value: 2, warnings: [] })
 * validatePriority('2') // Left([{ code: 'priority.invalid', … }])
 * ```
 * @category Field rules
 */
export function validatePriority(value: unknown, options?: LocaleOptions): Result<Priority> {
  return localized(toResult(checkPriority(value, [])), options)
}
