/**
 * The per-recipient warnings drawn from an {@link MsisdnAnalysis}.
 *
 * @packageDocumentation
 */
import { makeIssue, type Issue, type Path } from '../issue.js'
import { ownValue } from '../own.js'
import { isDigits } from '../text.js'
import { analyzeMsisdn, type MsisdnAnalysis } from './analyzeMsisdn.js'
import { findCallingCode } from './callingCodes.js'
import { nationalFormat } from '../rules/msisdn.js'

const STATUSES: ReadonlyArray<unknown> = ['ok', 'unknown_country', 'too_short', 'too_long']

/** What the warnings read of a caller's analysis, each field once; `undefined` when it is not one. */
function readAnalysis(a: unknown): Pick<MsisdnAnalysis, 'status' | 'callingCode' | 'nationalNumber'> | undefined {
  const status = ownValue(a, 'status')
  const callingCode = ownValue(a, 'callingCode')
  const nationalNumber = ownValue(a, 'nationalNumber')
  const ok = (v: unknown): v is string | null => v === null || typeof v === 'string'
  return STATUSES.includes(status) && ok(callingCode) && ok(nationalNumber)
    ? { status: status as MsisdnAnalysis['status'], callingCode, nationalNumber }
    : undefined
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
 * Total for JavaScript callers: without `analysis`, or with one that is not an analysis (its
 * own `status`, `callingCode` and `nationalNumber` of the types {@link analyzeMsisdn} gives, or
 * one that throws when read), the number is analysed here. A `path` that is not an array of
 * tokens stands at `""` (see `toPointer`).
 *
 * @param msisdn - the recipient as written in the request
 * @param path - where the recipient stands in the request
 * @param analysis - `analyzeMsisdn(msisdn)`, when the caller has it already
 * @returns zero or one warning
 * @example
 * ```ts
 * import { analyzeMsisdn, msisdnWarnings } from 'sms-preflight'
 * msisdnWarnings('0701234567', ['recipients', 0], analyzeMsisdn('0701234567'))
 * // [{ severity: 'warning', code: 'recipient.national_format', path: '/recipients/0', … }]
 * ```
 * @category Numbering
 */
export function msisdnWarnings(msisdn: string, path: Path, analysis?: MsisdnAnalysis): Issue[] {
  if (typeof msisdn !== 'string' || !isDigits(msisdn)) return []
  if (msisdn.charCodeAt(0) === 48) return [nationalFormat(msisdn, path)]
  const { status, callingCode, nationalNumber } = readAnalysis(analysis) ?? analyzeMsisdn(msisdn)
  if (status === 'ok') return []
  const code = callingCode === null ? undefined : findCallingCode(callingCode)
  if (status === 'unknown_country' || code === undefined || nationalNumber === null) {
    return [makeIssue('recipient.unknown_country', path, { msisdn })]
  }
  return [
    makeIssue('recipient.implausible_length', path, {
      msisdn,
      callingCode: code.code,
      length: nationalNumber.length,
      min: code.minLength,
      max: code.maxLength,
    }),
  ]
}
