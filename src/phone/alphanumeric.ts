/**
 * Destinations whose operators commonly refuse (drop or overwrite) alphanumeric sender IDs.
 *
 * @packageDocumentation
 */

/**
 * ISO 3166-1 alpha-2 regions where providers' public documentation says alphanumeric sender
 * IDs are not supported: the message is dropped, or its sender is replaced by a number or a
 * short code. Sources are listed in `docs/numbering.md`.
 *
 * @example
 * ```ts
 * import { alphanumericUnsupportedRegions } from 'sms-preflight'
 * alphanumericUnsupportedRegions.includes('US') // true
 * ```
 * @category Numbering
 */
export const alphanumericUnsupportedRegions: ReadonlyArray<string> = Object.freeze([
  'US',
  'CA',
  'PR',
  'CN',
  'AR',
  'BR',
  'CL',
  'CO',
  'PE',
])

/**
 * Whether an alphanumeric sender is commonly refused in `region` (an upper-case ISO 3166-1
 * alpha-2 code, as `analyzeMsisdn(…).region` gives it).
 *
 * @param region - e.g. `'US'`
 * @returns `true` when a numeric sender should be used for that destination
 * @example
 * ```ts
 * import { alphanumericUnsupported } from 'sms-preflight'
 * alphanumericUnsupported('CA') // true
 * alphanumericUnsupported('SE') // false
 * ```
 * @category Numbering
 */
export function alphanumericUnsupported(region: string): boolean {
  // `includes` compares with SameValueZero: a value that is not one of the strings is simply absent.
  return alphanumericUnsupportedRegions.includes(region)
}
