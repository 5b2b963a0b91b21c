/**
 * Counting and splitting a text with the national language shift tables of 3GPP TS 23.038
 * Annex A, and choosing the cheapest (locking, single) pair among the enabled languages.
 *
 * Budgets. Every national table in use is announced in each part's user data header by an
 * information element of 3 octets (TS 23.040 9.2.3.24.15 single shift, 9.2.3.24.16 locking
 * shift: IEI, length 1, the language). The header (with its length octet) is padded to a septet
 * boundary with fill bits, and the 140 octets (1120 bits, 160 septets) of user data lose the
 * septets the header takes:
 *
 * | tables announced | single message: header | septets | part of a long message: header (with the 5-octet concatenation IE) | septets |
 * | --- | --- | --- | --- | --- |
 * | none | none | 160 | 6 octets = 48 bits → 7 septets (1 fill bit) | 153 |
 * | one (locking or single) | 4 octets = 32 bits → 5 septets (3 fill bits) | 155 | 9 octets = 72 bits → 11 septets (5 fill bits) | 149 |
 * | both | 7 octets = 56 bits → 8 septets (0 fill bits) | 152 | 12 octets = 96 bits → 14 septets (2 fill bits) | 146 |
 *
 * @packageDocumentation
 */
import { GSM_BASIC, GSM_ESCAPE, GSM_EXTENSION } from '../encoding/gsm.js'
import { isArray, ownValue } from '../own.js'
import { LOCKING_SHIFT_TABLES, NATIONAL_LANGUAGES, SINGLE_SHIFT_TABLES, type LockingLanguage, type NationalLanguage } from './tables.js'

/**
 * Septets in a single message by the number of national language IEs in its header (0, 1, 2).
 *
 * @category National language tables
 */
export const NATIONAL_SINGLE: readonly [number, number, number] = /*#__PURE__*/ Object.freeze([160, 155, 152] as const)

/**
 * Septets in each part of a concatenated message by the number of national language IEs in
 * each part's header (0, 1, 2).
 *
 * @category National language tables
 */
export const NATIONAL_PART: readonly [number, number, number] = /*#__PURE__*/ Object.freeze([153, 149, 146] as const)

/**
 * A pair of tables: the locking shift table (`null` for the default alphabet) and the single
 * shift table (`null` for the default alphabet's extension table).
 *
 * @category National language tables
 */
export interface NationalPair {
  /** The locking shift table's language, or `null` for the GSM 7-bit default alphabet. */
  readonly lockingShift: LockingLanguage | null
  /** The single shift table's language, or `null` for the default extension table. */
  readonly singleShift: NationalLanguage | null
}

/**
 * The counts of a text sent with one pair of tables.
 *
 * @category National language tables
 */
export interface NationalCount extends NationalPair {
  /** Septets: 1 per character of the locking table, 2 per character of the single shift table (escape and septet). */
  readonly units: number
  /** Parts as the text is really split (0 for the empty text); may exceed 255. */
  readonly segments: number
  /** The single-message budget when the text fits one message (or is empty), else the per-part budget (see {@link NATIONAL_SINGLE}, {@link NATIONAL_PART}). */
  readonly unitsPerSegment: number
  /** Septets still free in the last segment (the whole single-message budget for the empty text). */
  readonly remaining: number
}

/**
 * What {@link analyzeNational} reports.
 *
 * @category National language tables
 */
export interface NationalAnalysis {
  /** The pair with the fewest segments, then the most septets left; `null` when no enabled pair covers the text. */
  readonly best: NationalCount | null
  /**
   * Every enabled pair that covers the text, best first: fewest segments, then most septets
   * left, then by language identifier (the default tables first, then Turkish … Urdu), locking
   * table before single shift table.
   */
  readonly options: NationalCount[]
}

/**
 * The languages enabled: one list for both kinds of table, or a list for each (as a route
 * enables them). Spanish has no locking shift table: in a locking list it enables nothing.
 *
 * @category National language tables
 */
export type NationalLanguages = ReadonlyArray<NationalLanguage> | NationalLanguagesByKind

/**
 * The languages enabled for each kind of table, as a route enables them.
 *
 * @category National language tables
 */
export interface NationalLanguagesByKind {
  /** The languages whose locking shift table is enabled (Spanish has none). */
  readonly locking: ReadonlyArray<NationalLanguage>
  /** The languages whose single shift table is enabled. */
  readonly single: ReadonlyArray<NationalLanguage>
}

/** The default extension table as a 128-character string, like the national ones. */
function defaultSingle(): string {
  const chars: string[] = []
  for (let s = 0; s < 128; s++) chars.push('\u0000')
  for (const [s, ch] of GSM_EXTENSION) chars[s] = ch
  return chars.join('')
}

/** Table index: 0 for the default tables, then 1 … 13, the national language identifier. */
const LANGUAGE_COUNT = 13

/**
 * For each UTF-16 code unit of any table: bit `k` set when locking table `k` holds it, bit
 * `16 + k` when single shift table `k` does (index 0 the default alphabet and its extension
 * table; Spanish has no locking table).
 */
function buildMasks(): Map<number, number> {
  const masks = new Map<number, number>()
  const add = (table: string, bit: number): void => {
    for (let s = 0; s < 128; s++) {
      const c = table.charCodeAt(s)
      if (s === GSM_ESCAPE || c === 0) continue
      masks.set(c, (masks.get(c) ?? 0) | bit)
    }
  }
  add(GSM_BASIC, 1)
  add(defaultSingle(), 1 << 16)
  NATIONAL_LANGUAGES.forEach((code, i) => {
    if (code !== 'es') add(LOCKING_SHIFT_TABLES[code], 1 << (i + 1))
    add(SINGLE_SHIFT_TABLES[code], 1 << (16 + i + 1))
  })
  return masks
}

const MASKS: ReadonlyMap<number, number> = /*#__PURE__*/ buildMasks()

/** Every locking table (the default and the twelve national ones), as bits. */
const ALL_LOCKING = 0x3fff & ~(1 << 2)
/** Every single shift table, as bits. */
const ALL_SINGLE = 0x3fff

/** A list longer than this is read no further: there are only thirteen languages. */
const MAX_LIST = 1024

/** The bits of the languages of a caller's list (own elements only; anything else skipped). */
function languageBits(list: unknown): number {
  if (!isArray(list)) return 0
  const length = ownValue(list, 'length')
  if (typeof length !== 'number') return 0
  let bits = 0
  for (let i = 0; i < length && i < MAX_LIST; i++) {
    const code = ownValue(list, i)
    if (typeof code !== 'string' || code.length !== 2) continue
    // An unknown code (index -1) sets bit 0, the default tables', which are always enabled.
    bits |= 1 << (NATIONAL_LANGUAGES.indexOf(code.toLowerCase() as NationalLanguage) + 1)
  }
  return bits
}

/** The enabled tables as bits (the default tables always), from a caller's `languages`. */
function enabled(languages: unknown): { readonly locking: number; readonly single: number } {
  if (languages === undefined || languages === null) return { locking: ALL_LOCKING, single: ALL_SINGLE }
  if (isArray(languages)) {
    const bits = languageBits(languages)
    return { locking: (bits | 1) & ALL_LOCKING, single: bits | 1 }
  }
  return {
    locking: (languageBits(ownValue(languages, 'locking')) | 1) & ALL_LOCKING,
    single: languageBits(ownValue(languages, 'single')) | 1,
  }
}

const codeOf = (k: number): NationalLanguage | null => NATIONAL_LANGUAGES[k - 1] ?? null

/**
 * Walks the part boundaries of `text` sent with locking table `k` (every character of the text
 * is in it or in the single shift table in use, which the caller has checked), `part` septets a
 * part: a part ends before a character that would cross its end, so an escape pair is never
 * cut. Calls `cut(index)` at the start of each part after the first; answers the septets left
 * in the last part.
 */
function walkParts(text: string, k: number, part: number, cut: (index: number) => void): number {
  const bit = 1 << k
  let septets = 0
  let limit = part
  for (let i = 0; i < text.length; i++) {
    const cost = ((MASKS.get(text.charCodeAt(i)) ?? 0) & bit) === 0 ? 2 : 1
    septets += cost
    if (septets > limit) {
      cut(i)
      limit = septets - cost + part
    }
  }
  return limit - septets
}

/** The counts with locking table `k` and `headers` national IEs, the text covered. */
function countWith(text: string, k: number, headers: 0 | 1 | 2, units: number, escapes: number): Omit<NationalCount, keyof NationalPair> {
  const single = NATIONAL_SINGLE[headers]
  if (units <= single) return { units, segments: units === 0 ? 0 : 1, unitsPerSegment: single, remaining: single - units }
  const part = NATIONAL_PART[headers]
  if (escapes === 0) {
    const segments = Math.ceil(units / part)
    return { units, segments, unitsPerSegment: part, remaining: segments * part - units }
  }
  let segments = 1
  const remaining = walkParts(text, k, part, () => {
    segments++
  })
  return { units, segments, unitsPerSegment: part, remaining }
}

const NONE: NationalAnalysis = /*#__PURE__*/ Object.freeze({ best: null, options: [] })

/**
 * Counts a text with the national language shift tables of 3GPP TS 23.038 Annex A and finds
 * the cheapest pair of tables among the enabled languages: the one with the fewest segments,
 * then the most septets left. Each national table in use costs every part a 3-octet
 * information element in its header, so the budgets drop from 160 / 153 septets to 155 / 149
 * with one table and 152 / 146 with both (see {@link NATIONAL_SINGLE}, {@link NATIONAL_PART}).
 * A character of the locking table costs 1 septet, one of the single shift table 2 (the
 * escape and its septet); a part never ends between the two.
 *
 * The request of `POST /v2/batches` has only `gsm` and `ucs`: this is an analysis for a
 * provider or handset that sends with these tables, not a request option.
 *
 * @param text - the message text; anything that is not a string is read as the empty text.
 * @param languages - the enabled languages (ISO 639-1: `tr es pt bn gu hi kn ml or pa ta te
 *   ur`), for both kinds of table or `{ locking, single }`; default: all. The default alphabet
 *   and its extension table are always available. Unknown codes, holes and values that are not
 *   strings are skipped; a value that is neither a list nor `{ locking, single }` enables none.
 * @returns the best pair and every pair that covers the text, best first; `best` is `null`
 *   (and `options` empty) when no enabled pair covers it.
 * @example
 * ```ts
 * import { analyzeNational } from 'sms-preflight/national'
 * analyzeNational('Günaydın İstanbul', ['tr']).best
 * // { lockingShift: 'tr', singleShift: null, units: 17, segments: 1, unitsPerSegment: 155, remaining: 138 }
 * analyzeNational('Hello').best
 * // { lockingShift: null, singleShift: null, units: 5, segments: 1, unitsPerSegment: 160, remaining: 155 }
 * analyzeNational('ç', ['es']).best?.singleShift // 'es'
 * analyzeNational('Привет').best // null
 * ```
 *
 * @category National language tables
 */
export function analyzeNational(text: string, languages?: NationalLanguages): NationalAnalysis {
  const t = typeof text === 'string' ? text : ''
  const on = enabled(languages)
  // Per enabled locking table: the characters it holds, and the single shift tables that hold
  // all the others.
  const tallies: Array<{ readonly k: number; held: number; allowed: number }> = []
  for (let k = 0; k <= LANGUAGE_COUNT; k++) if ((on.locking >> k) & 1) tallies.push({ k, held: 0, allowed: on.single })
  const n = t.length
  for (let i = 0; i < n; i++) {
    const mask = MASKS.get(t.charCodeAt(i)) ?? 0
    const single = (mask >>> 16) & on.single
    // No enabled table holds it: no pair covers the text (the loop below would find none, after
    // reading the rest of the text).
    if ((mask & on.locking) === 0 && single === 0) return NONE
    for (const tally of tallies) {
      if ((mask >> tally.k) & 1) tally.held++
      else tally.allowed &= single
    }
  }
  const options: NationalCount[] = []
  for (const { k, held, allowed } of tallies) {
    const units = held + 2 * (n - held)
    // Counts by the number of IEs: they depend on the locking table, not on which single shift table.
    const counts: Array<Omit<NationalCount, keyof NationalPair> | undefined> = []
    for (let s = 0; s <= LANGUAGE_COUNT; s++) {
      if (((allowed >> s) & 1) === 0) continue
      const headers = ((k === 0 ? 0 : 1) + (s === 0 ? 0 : 1)) as 0 | 1 | 2
      const count = counts[headers] ?? countWith(t, k, headers, units, n - held)
      counts[headers] = count
      options.push({ lockingShift: codeOf(k) as LockingLanguage | null, singleShift: codeOf(s), ...count })
    }
  }
  options.sort((a, b) => a.segments - b.segments || b.remaining - a.remaining)
  return { best: options[0] ?? null, options }
}

/** A table's index from a caller's value: 0 for `null` or `undefined`, -1 for anything else but a code. */
function tableIndex(value: unknown, locking: boolean): number {
  if (value === null || value === undefined) return 0
  // Anything that is not one of the codes, a string or not, is at index -1 of the list.
  const k = NATIONAL_LANGUAGES.indexOf(value as NationalLanguage) + 1
  return k === 0 || (locking && value === 'es') ? -1 : k
}

/**
 * Splits a text into the parts a handset receives when it is sent with the given pair of
 * tables (for instance {@link analyzeNational}'s `best`): 160 / 155 / 152 septets for a single
 * message, 153 / 149 / 146 a part, by the number of national tables in use. A part never ends
 * between the escape and the septet of a single shift character; the parts joined give back
 * the text; `''` gives no part.
 *
 * @param text - the message text; anything that is not a string is read as the empty text.
 * @param pair - `{ lockingShift, singleShift }`, each a language code or `null` (a missing
 *   one is `null`, the default table).
 * @returns the parts, or `null` when the pair does not cover the text or is not a pair of
 *   tables (an unknown code, or Spanish as a locking table, which does not exist).
 * @example
 * ```ts
 * import { splitNational } from 'sms-preflight/national'
 * splitNational('ş'.repeat(78), { lockingShift: null, singleShift: 'tr' })?.map((p) => p.length) // [74, 4]
 * splitNational('Привет', { lockingShift: 'tr', singleShift: 'tr' }) // null
 * ```
 *
 * @category National language tables
 */
export function splitNational(text: string, pair: NationalPair | null): string[] | null {
  if (typeof pair !== 'object' || pair === null) return null
  const k = tableIndex(ownValue(pair, 'lockingShift'), true)
  const s = tableIndex(ownValue(pair, 'singleShift'), false)
  if (k === -1 || s === -1) return null
  const t = typeof text === 'string' ? text : ''
  const covered = (1 << k) | (1 << (16 + s))
  let units = 0
  for (let i = 0; i < t.length; i++) {
    const mask = MASKS.get(t.charCodeAt(i)) ?? 0
    if ((mask & covered) === 0) return null
    units += ((mask >> k) & 1) === 0 ? 2 : 1
  }
  if (t.length === 0) return []
  const headers = ((k === 0 ? 0 : 1) + (s === 0 ? 0 : 1)) as 0 | 1 | 2
  if (units <= NATIONAL_SINGLE[headers]) return [t]
  const parts: string[] = []
  let start = 0
  walkParts(t, k, NATIONAL_PART[headers], (index) => {
    parts.push(t.slice(start, index))
    start = index
  })
  parts.push(t.slice(start))
  return parts
}
