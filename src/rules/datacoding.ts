/**
 * The `datacoding` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Path } from '../issue.js'
import { invalid, toResult, valid, type Result, type Validation } from '../validation.js'
import { matchEnum } from './enums.js'

/**
 * The largest character set the batch allows: `gsm` (GSM 03.38 only) or `ucs` (GSM where it
 * fits, else UCS-2).
 *
 * @category Request
 */
export type Datacoding = 'gsm' | 'ucs'

/** The datacodings, in lower case (a request's value matches them case-insensitively). */
export const DATACODINGS: ReadonlyArray<Datacoding> = ['ucs', 'gsm']

/** The rule, at `path`; `undefined` and `null` mean the default, `ucs`. */
export function checkDatacoding(value: unknown, path: Path): Validation<Datacoding> {
  if (value === undefined || value === null) return valid('ucs')
  const match = typeof value === 'string' ? matchEnum(value, DATACODINGS) : undefined
  return match === undefined ? invalid(makeIssue('datacoding.invalid', path)) : valid(match)
}

/**
 * Checks the datacoding: `ucs` (default) or `gsm`, case-insensitively, normalised to lower case.
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateDatacoding } from 'sms-preflight'
 * validateDatacoding('GSM')  // Right({ value: 'gsm', warnings: [] })
 * validateDatacoding('utf8') // Left([{ code: 'datacoding.invalid', … }])
 * ```
 * @category Field rules
 */
export function validateDatacoding(value: unknown, options?: LocaleOptions): Result<Datacoding> {
  return localized(toResult(checkDatacoding(value, [])), options)
}
