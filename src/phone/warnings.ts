/**
 * The per-recipient warnings drawn from an {@link MsisdnAnalysis}.
 *
 * @packageDocumentation
 */
import { makeIssue, type Issue, type Path } from '../issue.js'
import type { MsisdnAnalysis } from './analyzeMsisdn.js'
import { findCallingCode } from './callingCodes.js'

function isDigits(s: string): boolean {
  if (s.length === 0) return false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/**
 * The warnings for one recipient, at `path`, from its analysis:
 *
 * - `recipient.national_format` when it starts with `0` (a national number, or one written with
 *   the `00` international prefix) — and then no `recipient.unknown_country` as well;
 * - `recipient.unknown_country` when no assigned calling code starts it;
 * - `recipient.implausible_length` when its national number is too short or too long.
 *
 * A value that is not a non-empty digit string gets none: the MSISDN field rule reports it as
 * an error.
 *
 * @param msisdn - the recipient as written in the request
 * @param path - where the recipient stands in the request
 * @param analysis - `analyzeMsisdn(msisdn)`
 * @returns zero or one warning
 * @example
 * ```ts
 * import { analyzeMsisdn, msisdnWarnings } from 'sms-preflight'
 * msisdnWarnings('0701234567', ['recipients', 0], analyzeMsisdn('0701234567'))
 * // [{ severity: 'warning', code: 'recipient.national_format', path: '/recipients/0', … }]
 * ```
 * @category Numbering
 */
export function msisdnWarnings(msisdn: string, path: Path, analysis: MsisdnAnalysis): Issue[] {
  if (typeof msisdn !== 'string' || !isDigits(msisdn)) return []
  if (msisdn.charCodeAt(0) === 48) return [makeIssue('recipient.national_format', path, { msisdn })]
  if (analysis.status === 'ok') return []
  const code = analysis.callingCode === null ? undefined : findCallingCode(analysis.callingCode)
  if (analysis.status === 'unknown_country' || code === undefined || analysis.nationalNumber === null) {
    return [makeIssue('recipient.unknown_country', path, { msisdn })]
  }
  return [
    makeIssue('recipient.implausible_length', path, {
      msisdn,
      callingCode: code.code,
      length: analysis.nationalNumber.length,
      min: code.minLength,
      max: code.maxLength,
    }),
  ]
}
