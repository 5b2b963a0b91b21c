/**
 * Which country an MSISDN belongs to and whether its length is plausible there.
 *
 * @packageDocumentation
 */
import { isDigits } from '../text.js'
import { codeByPrefix, nanpRegionByAreaCode } from './callingCodes.js'

/**
 * What {@link analyzeMsisdn} found in one MSISDN.
 *
 * - `callingCode`: the E.164 country calling code it starts with (`'46'`), or `null`.
 * - `regions`: every ISO 3166-1 alpha-2 region sharing that code (`['GB', 'GG', 'IM', 'JE']`).
 * - `nationalNumber`: the digits after the calling code, or `null`.
 * - `status`: `ok`, `unknown_country` (no assigned code, or not a digit string), `too_short` or
 *   `too_long` (the national number's length is outside the plausible range of that code).
 * - `region`: the single region, when the code has one or (for +1) the area code tells it.
 *
 * When `status` is not `unknown_country`, `callingCode + nationalNumber` is the input.
 *
 * @category Numbering
 */
export interface MsisdnAnalysis {
  /** The country calling code the number starts with, or `null` when none is known. */
  readonly callingCode: string | null
  /** Every region that shares the calling code. */
  readonly regions: ReadonlyArray<string>
  /** The digits after the calling code, or `null` when none is known. */
  readonly nationalNumber: string | null
  /** Whether the number looks plausible, and why not. */
  readonly status: 'ok' | 'unknown_country' | 'too_short' | 'too_long'
  /** The resolved single region, when known. */
  readonly region?: string
}

const NO_REGIONS: ReadonlyArray<string> = Object.freeze([])

const UNKNOWN: MsisdnAnalysis = Object.freeze({
  callingCode: null,
  regions: NO_REGIONS,
  nationalNumber: null,
  status: 'unknown_country',
})

/**
 * Analyses an MSISDN (digits only, country code first): its country calling code, the regions
 * sharing it, the national number and whether that number's length is plausible.
 *
 * Pure and total: every string is accepted (a non-digit or empty string is `unknown_country`).
 * A number starting with `0` is never a country code; see `msisdnWarnings` for the
 * `recipient.national_format` hint. For +1 (NANP) the area code resolves `region`
 * (CA, PR, the Caribbean members, otherwise US); other shared codes leave `region` unset.
 *
 * @param msisdn - the number as the request writes it, e.g. `'46701234567'`
 * @returns the analysis; `status` says whether the number looks plausible
 * @example
 * ```ts
 * import { analyzeMsisdn } from 'sms-preflight'
 * analyzeMsisdn('46701234567')
 * // { callingCode: '46', regions: ['SE'], nationalNumber: '701234567', status: 'ok', region: 'SE' }
 * analyzeMsisdn('14165550123').region // 'CA'
 * analyzeMsisdn('0701234567').status  // 'unknown_country'
 * ```
 * @category Numbering
 */
export function analyzeMsisdn(msisdn: string): MsisdnAnalysis {
  if (typeof msisdn !== 'string') return UNKNOWN
  if (!isDigits(msisdn)) return UNKNOWN
  const n = msisdn.length
  // The first three digits (zero-padded) pick the only code that can match: the table is
  // prefix-free, so a code of length <= n is a prefix of the input exactly when it sits here.
  const index =
    (msisdn.charCodeAt(0) - 48) * 100 +
    (n > 1 ? msisdn.charCodeAt(1) - 48 : 0) * 10 +
    (n > 2 ? msisdn.charCodeAt(2) - 48 : 0)
  const entry = codeByPrefix[index]
  if (entry === undefined || entry.code.length > n) return UNKNOWN
  const codeLength = entry.code.length
  const nsnLength = n - codeLength
  const status = nsnLength < entry.minLength ? 'too_short' : nsnLength > entry.maxLength ? 'too_long' : 'ok'
  const nationalNumber = msisdn.slice(codeLength)
  const region = resolveRegion(entry.code, entry.regions, msisdn)
  return region === undefined
    ? { callingCode: entry.code, regions: entry.regions, nationalNumber, status }
    : { callingCode: entry.code, regions: entry.regions, nationalNumber, status, region }
}

function resolveRegion(code: string, regions: ReadonlyArray<string>, msisdn: string): string | undefined {
  if (regions.length === 1) return regions[0]
  if (code !== '1' || msisdn.length < 4) return undefined
  const areaCode =
    (msisdn.charCodeAt(1) - 48) * 100 + (msisdn.charCodeAt(2) - 48) * 10 + (msisdn.charCodeAt(3) - 48)
  return nanpRegionByAreaCode[areaCode] ?? 'US'
}
