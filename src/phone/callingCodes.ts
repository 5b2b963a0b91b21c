/**
 * ITU-T E.164 country calling codes as data: each code with the ISO 3166-1 alpha-2 regions that
 * share it and the plausible lengths of a national significant number (NSN) behind it.
 *
 * The data is generated from libphonenumber-js's metadata (`callingCodes.data.ts`, written by
 * `scripts/gen-calling-codes.mjs`); what is taken and every departure is in `docs/numbering.md`.
 * The table is small on purpose: it says which country a number belongs to and whether its
 * length is plausible there for a number that can receive SMS, nothing more (no per-range
 * validity, no number types).
 *
 * @packageDocumentation
 */
import { CALLING_CODE_DATA, NANP_AREA_CODE_DATA } from './callingCodes.data.js'

/**
 * One E.164 country calling code.
 *
 * `regions` lists every ISO 3166-1 alpha-2 region that shares the code (empty for a global,
 * non-geographic code such as +800 or +882). `minLength` and `maxLength` bound the length of the
 * national significant number (the digits after the calling code) of the code's numbers that can
 * receive SMS: its mobile numbers, and the fixed-line numbers of a region where fixed-line and
 * mobile numbers cannot be told apart (libphonenumber's MOBILE and FIXED_LINE_OR_MOBILE).
 *
 * @category Numbering
 */
export interface CallingCode {
  /** The calling code's digits, without `+` (`'46'`). */
  readonly code: string
  /** The ISO 3166-1 alpha-2 regions that share it. */
  readonly regions: ReadonlyArray<string>
  /** The length of the shortest plausible national significant number. */
  readonly minLength: number
  /** The length of the longest plausible national significant number. */
  readonly maxLength: number
}

function parseCallingCodes(data: string): ReadonlyArray<CallingCode> {
  const out: CallingCode[] = []
  for (const token of data.split(/\s+/)) {
    if (token === '') continue
    const colon1 = token.indexOf(':')
    const colon2 = token.indexOf(':', colon1 + 1)
    const code = token.slice(0, colon1)
    const regionList = token.slice(colon1 + 1, colon2)
    const lengths = token.slice(colon2 + 1)
    const dash = lengths.indexOf('-')
    const minLength = Number(dash < 0 ? lengths : lengths.slice(0, dash))
    const maxLength = Number(dash < 0 ? lengths : lengths.slice(dash + 1))
    const regions = Object.freeze(regionList === '-' ? [] : regionList.split(','))
    out.push(Object.freeze({ code, regions, minLength, maxLength }))
  }
  return Object.freeze(out)
}

/**
 * Every assigned E.164 country calling code this library knows, in numeric order by zone.
 * The table is prefix-free: no code is a prefix of another.
 *
 * @example
 * ```ts
 * import { callingCodes } from 'sms-preflight'
 * callingCodes.find((c) => c.code === '46') // { code: '46', regions: ['SE'], minLength: 9, maxLength: 9 }
 * ```
 * @category Numbering
 */
export const callingCodes: ReadonlyArray<CallingCode> = /*#__PURE__*/ parseCallingCodes(CALLING_CODE_DATA)

/*
 * Index by the first three digits of a number: every 3-digit string that starts with a code
 * points at that code (prefix-freeness makes this unique). 1000 slots.
 */
function indexByPrefix(codes: ReadonlyArray<CallingCode>): ReadonlyArray<CallingCode | undefined> {
  const slots: Array<CallingCode | undefined> = new Array<CallingCode | undefined>(1000).fill(undefined)
  for (const entry of codes) {
    const width = 10 ** (3 - entry.code.length)
    const first = Number(entry.code) * width
    for (let i = first; i < first + width; i++) slots[i] = entry
  }
  return Object.freeze(slots)
}

/** Any character that is not an ASCII digit. */
const NOT_DIGIT = /\D/

/** @internal The calling code for each 3-digit prefix `000`–`999`, or `undefined`. */
export const codeByPrefix: ReadonlyArray<CallingCode | undefined> = /*#__PURE__*/ indexByPrefix(callingCodes)

function indexNanp(data: string): ReadonlyArray<string | undefined> {
  const slots: Array<string | undefined> = new Array<string | undefined>(1000).fill(undefined)
  for (const token of data.split(/\s+/)) {
    const region = token.slice(0, 2)
    for (let i = 2; i + 3 <= token.length; i += 3) slots[Number(token.slice(i, i + 3))] = region
  }
  return Object.freeze(slots)
}

/** @internal The non-US region of each NANP area code `000`–`999`, or `undefined` (US). */
export const nanpRegionByAreaCode: ReadonlyArray<string | undefined> = /*#__PURE__*/ indexNanp(NANP_AREA_CODE_DATA)

/**
 * Looks up one calling code (`'46'`, `'1'`), or `undefined` when it is not an assigned code.
 *
 * @example
 * ```ts
 * import { findCallingCode } from 'sms-preflight'
 * findCallingCode('44')?.regions // ['GB', 'GG', 'IM', 'JE']
 * findCallingCode('999')         // undefined
 * ```
 * @category Numbering
 */
export function findCallingCode(code: string): CallingCode | undefined {
  if (typeof code !== 'string') return undefined
  // The slot of the code's first three characters (padded with zeros) holds the only code that
  // can match, and the comparison refuses whatever is not exactly that code (a prefix of it, a
  // longer string). Only three digits name a slot (0–999): `'-12'` or `'1.5'` would read a
  // property off Array.prototype.
  const prefix = (code + '00').slice(0, 3)
  const entry = NOT_DIGIT.test(prefix) ? undefined : codeByPrefix[Number(prefix)]
  return entry !== undefined && entry.code === code ? entry : undefined
}
