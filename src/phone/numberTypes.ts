/**
 * The kinds of number libphonenumber's metadata tells apart, by the names `sms-preflight/numbers`
 * gives them, and which of them cannot receive SMS. Names and sets only: the metadata itself is
 * in the opt-in entry, never in the core.
 *
 * @packageDocumentation
 */

/**
 * A number's type: libphonenumber-js's `NumberType` in lower snake case (`FIXED_LINE` is
 * `fixed_line`), or `unknown` when the metadata gives the number no type (an invalid number, a
 * number of no known country, a value that is not a number).
 *
 * @category Numbering
 */
export type NumberType =
  | 'mobile'
  | 'fixed_line'
  | 'fixed_line_or_mobile'
  | 'toll_free'
  | 'premium_rate'
  | 'shared_cost'
  | 'voip'
  | 'personal_number'
  | 'pager'
  | 'uan'
  | 'voicemail'
  | 'unknown'

/**
 * The types that get `recipient.not_mobile`: numbers that are not handsets on a mobile network,
 * where an SMS is lost and still paid for.
 *
 * @category Numbering
 */
export type NotMobileType = 'fixed_line' | 'toll_free' | 'premium_rate' | 'shared_cost' | 'voip' | 'pager' | 'uan'

/**
 * Every {@link NumberType}, `unknown` last.
 *
 * @category Numbering
 */
export const NUMBER_TYPES: ReadonlyArray<NumberType> = Object.freeze([
  'mobile',
  'fixed_line',
  'fixed_line_or_mobile',
  'toll_free',
  'premium_rate',
  'shared_cost',
  'voip',
  'personal_number',
  'pager',
  'uan',
  'voicemail',
  'unknown',
] as const)

/**
 * The types that get `recipient.not_mobile`, in {@link NUMBER_TYPES} order. Not among them:
 * `mobile`; `fixed_line_or_mobile` (the US, Canada and other regions whose mobile numbers cannot
 * be told from fixed-line ones); `personal_number` and `voicemail` (numbers that forward to, or
 * belong to, a subscriber's phone, which may well be a mobile); and `unknown`.
 *
 * @category Numbering
 */
export const NOT_MOBILE_TYPES: ReadonlyArray<NotMobileType> = Object.freeze([
  'fixed_line',
  'toll_free',
  'premium_rate',
  'shared_cost',
  'voip',
  'pager',
  'uan',
] as const)
