/**
 * `sms-preflight/numbers`: a recipient number's type (mobile, landline, toll-free, …) from
 * libphonenumber-js's full metadata. An entry of its own, and libphonenumber-js an optional peer
 * dependency: install it to use this entry; the main entry never loads either.
 *
 * Pass {@link numberType} as the `numberType` option of `prepareBatch` (`prepareBatchJson`, the
 * `check` command of the command line) to warn of recipients that cannot receive SMS:
 *
 * ```ts
 * import { prepareBatch } from 'sms-preflight'
 * import { numberType } from 'sms-preflight/numbers'
 * prepareBatch(request, { now: new Date('2026-05-01T00:00:00Z'), numberType })
 * ```
 *
 * @packageDocumentation
 */
export { numberType } from './numberType.js'
export type { NotMobileType, NumberType } from '../phone/numberTypes.js'
export { NOT_MOBILE_TYPES, NUMBER_TYPES } from '../phone/numberTypes.js'
