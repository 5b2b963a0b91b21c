/**
 * `sms-preflight/national`: the national language shift tables of 3GPP TS 23.038 Annex A
 * (Turkish, Spanish, Portuguese, Bengali, Gujarati, Hindi, Kannada, Malayalam, Oriya, Punjabi,
 * Tamil, Telugu, Urdu) and the counts of a text sent with them. An entry of its own: the main
 * entry never loads the tables.
 *
 * The request of `POST /v2/batches` has only `gsm` and `ucs`; this is an analysis for users of
 * providers that send with these tables, and for a counter on its own, not a request option.
 *
 * @packageDocumentation
 */
export type { LockingLanguage, NationalLanguage } from './tables.js'
export { LOCKING_SHIFT_TABLES, NATIONAL_LANGUAGES, SINGLE_SHIFT_TABLES } from './tables.js'
export type { NationalAnalysis, NationalCount, NationalLanguages, NationalLanguagesByKind, NationalPair } from './analyze.js'
export { analyzeNational, splitNational, NATIONAL_PART, NATIONAL_SINGLE } from './analyze.js'
