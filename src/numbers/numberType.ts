/**
 * A number's type from libphonenumber-js's full metadata (`libphonenumber-js/max`): whether an
 * MSISDN is a mobile, a landline, a toll-free number, … The module of the opt-in
 * `sms-preflight/numbers` entry; the core never imports it.
 *
 * @packageDocumentation
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { NumberType } from '../phone/numberTypes.js'

/** libphonenumber-js's names, each with ours. */
const TYPES: ReadonlyMap<string, NumberType> = new Map<string, NumberType>([
  ['MOBILE', 'mobile'],
  ['FIXED_LINE', 'fixed_line'],
  ['FIXED_LINE_OR_MOBILE', 'fixed_line_or_mobile'],
  ['TOLL_FREE', 'toll_free'],
  ['PREMIUM_RATE', 'premium_rate'],
  ['SHARED_COST', 'shared_cost'],
  ['VOIP', 'voip'],
  ['PERSONAL_NUMBER', 'personal_number'],
  ['PAGER', 'pager'],
  ['UAN', 'uan'],
  ['VOICEMAIL', 'voicemail'],
])

/** The longest E.164 number: 15 digits, the country code included. */
const E164_MAX = 15

/** Whether `s` is 1 to 15 ASCII digits. */
function isMsisdn(s: string): boolean {
  if (s.length === 0 || s.length > E164_MAX) return false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return false
  }
  return true
}

/**
 * The type of an MSISDN's number by libphonenumber-js's full metadata, in lower snake case:
 * `mobile`, `fixed_line`, `fixed_line_or_mobile` (a region whose mobile and fixed-line numbers
 * cannot be told apart, as the US and Canada), `toll_free`, `premium_rate`, `shared_cost`,
 * `voip`, `personal_number`, `pager`, `uan`, `voicemail`, or `unknown`.
 *
 * The MSISDN is written as the request writes it: digits, country code first, no `+` (a single
 * leading `+` is accepted too). Its type is the type of `+` and those digits. `unknown` for a
 * number the metadata calls invalid (no type of its region matches it), for a value that is not
 * 1 to 15 digits, and for anything that is not a string: never an exception.
 *
 * Pass it as the `numberType` option of `prepareBatch` to warn of recipients that cannot
 * receive SMS (`recipient.not_mobile`).
 *
 * @param msisdn - the number: country code and national number, digits only.
 * @returns its type, or `unknown`.
 * @example
 * ```ts
 * import { numberType } from 'sms-preflight/numbers'
 * numberType('46701234567') // 'mobile'
 * numberType('46812345678') // 'fixed_line'
 * numberType('12015550123') // 'fixed_line_or_mobile'
 * numberType('448001234567') // 'toll_free'
 * numberType('4670') // 'unknown'
 * ```
 * @category Numbering
 */
export function numberType(msisdn: string): NumberType {
  if (typeof msisdn !== 'string') return 'unknown'
  const digits = msisdn.charCodeAt(0) === 0x2b ? msisdn.slice(1) : msisdn
  if (!isMsisdn(digits)) return 'unknown'
  try {
    const type = parsePhoneNumberFromString(`+${digits}`)?.getType()
    return (type === undefined ? undefined : TYPES.get(type)) ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
