/**
 * The `type` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Path } from '../issue.js'
import { invalid, toResult, valid, type Result, type Validation } from '../validation.js'
import { matchEnum } from './enums.js'

/**
 * `sms` (a regular SMS) or `flash` (shown once, not stored by the handset).
 *
 * @category Request
 */
export type MessageType = 'sms' | 'flash'

/** The message types, in lower case (a request's value matches them case-insensitively). */
export const TYPES: ReadonlyArray<MessageType> = ['sms', 'flash']

/** Spellings that deserve a "did you mean" (the source page's garbled `flashsms`). */
const NEAR_MISSES: Readonly<Record<string, MessageType>> = Object.freeze({
  flashsms: 'flash',
  'flash-sms': 'flash',
  flash_sms: 'flash',
  flashmessage: 'flash',
  text: 'sms',
})

/** The longest near miss. */
const NEAR_MISS_MAX_LENGTH = 12

/** The rule, at `path`; `undefined` and `null` mean the default, `sms`. */
export function checkType(value: unknown, path: Path): Validation<MessageType> {
  if (value === undefined || value === null) return valid('sms')
  if (typeof value === 'string') {
    const match = matchEnum(value, TYPES)
    if (match !== undefined) return valid(match)
    // The near misses are short: a longer value is not copied into lower case to look for one.
    if (value.length <= NEAR_MISS_MAX_LENGTH) {
      const lower = value.toLowerCase()
      const suggestion = Object.prototype.hasOwnProperty.call(NEAR_MISSES, lower) ? NEAR_MISSES[lower] : undefined
      if (suggestion !== undefined) return invalid(makeIssue('type.invalid', path, { suggestion }))
    }
  }
  return invalid(makeIssue('type.invalid', path, {}))
}

/**
 * Checks the message type: `sms` (default) or `flash`, case-insensitively, normalised to lower
 * case. `flashsms` is refused with a "did you mean `flash`".
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateType } from 'sms-preflight'
 * validateType('SMS')      // Right({ value: 'sms', warnings: [] })
 * validateType('flashsms') // Left([{ code: 'type.invalid', params: { suggestion: 'flash' }, … }])
 * ```
 * @category Field rules
 */
export function validateType(value: unknown, options?: LocaleOptions): Result<MessageType> {
  return localized(toResult(checkType(value, [])), options)
}
