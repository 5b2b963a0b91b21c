/**
 * Recipient number analysis: E.164 calling codes, plausible lengths, alphanumeric-sender
 * reachability and the per-recipient warnings.
 *
 * @packageDocumentation
 */
export type { CallingCode } from './callingCodes.js'
export { callingCodes, findCallingCode } from './callingCodes.js'
export type { MsisdnAnalysis } from './analyzeMsisdn.js'
export { analyzeMsisdn } from './analyzeMsisdn.js'
export { alphanumericUnsupported, alphanumericUnsupportedRegions } from './alphanumeric.js'
export { msisdnWarnings } from './warnings.js'
