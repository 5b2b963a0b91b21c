/**
 * Encoding detection, units and segment counts: one pass over the UTF-16 code units with a
 * typed-array lookup, no allocation per character, no string building.
 *
 * Budgets (3GPP TS 23.040, clause 9.2.3.24.1; TS 23.038, clause 6.1.2): a single message
 * carries 140 octets of user data, i.e. 160 GSM septets or 70 UCS-2 code units. A part of a
 * concatenated message gives 6 of those octets to the concatenation header, leaving 153
 * septets (1072 bits after 1 fill bit) or 67 code units.
 *
 * @packageDocumentation
 */
import { GSM_COST, isPairAt } from './gsm.js'

// Surrogate tests are written inline in the loops below: a call through another module's
// export costs a property read per character once compiled to CommonJS.

/**
 * An encoding: `'gsm'` (GSM 7-bit default alphabet) or `'ucs'` (UCS-2, i.e. UTF-16 code
 * units). As a request's `datacoding` it is the largest character set allowed: `'ucs'` sends
 * GSM when every character fits.
 *
 * @category Encoding
 */
export type Encoding = 'gsm' | 'ucs'

/**
 * Septets in a single (unconcatenated) GSM message.
 *
 * @category Encoding
 */
export const GSM_SINGLE = 160
/**
 * Septets in each part of a concatenated GSM message (after the 6-octet header and 1 fill bit).
 *
 * @category Encoding
 */
export const GSM_PART = 153
/**
 * UTF-16 code units in a single UCS-2 message.
 *
 * @category Encoding
 */
export const UCS_SINGLE = 70
/**
 * UTF-16 code units in each part of a concatenated UCS-2 message.
 *
 * @category Encoding
 */
export const UCS_PART = 67

/**
 * The counts of a text as sent: what the composer needs per message.
 *
 * @category Encoding
 */
export interface TextCount {
  /** The encoding the text is sent in. */
  readonly encoding: Encoding
  /** Whether every character is in the GSM basic or extension table. */
  readonly gsmCompatible: boolean
  /** Septets for `gsm`, UTF-16 code units for `ucs`. */
  readonly units: number
  /** Parts as the text is really split (0 for the empty text); may exceed 255. */
  readonly segments: number
  /** 160 / 70 when the text fits one segment (or is empty), else 153 / 67. */
  readonly unitsPerSegment: number
  /** Units still free in the last segment (the whole single-segment budget for the empty text). */
  readonly remaining: number
}

/**
 * A character outside the GSM tables and where it stands.
 *
 * @category Encoding
 */
export interface NonGsmChar {
  /** The character: one code point (two code units for an astral character, or a lone surrogate). */
  readonly char: string
  /** Its index in UTF-16 code units. */
  readonly index: number
}

/**
 * What {@link analyzeText} reports: the counts, the text and every character outside the GSM
 * tables.
 *
 * @category Encoding
 */
export interface TextAnalysis extends TextCount {
  /**
   * The text analysed, as given (`''` for a value that is not a string); `nonGsm` is listed
   * from it on its first read. Writing another text here (the type forbids it) is not
   * supported: the counts stay those of the text given, and `nonGsm` lists the text this field
   * held at its first read.
   */
  readonly text: string
  /**
   * Each character outside the GSM tables, in order (an astral character once): all of them for
   * any text that can be sent, the first 78,030 of a longer one (a text of more than 78,030 code
   * units needs more than 255 segments in any encoding).
   */
  readonly nonGsm: NonGsmChar[]
  /** How many characters outside the GSM tables `nonGsm` leaves out; absent when it lists them all. */
  readonly nonGsmOmitted?: number
}

/**
 * The longest text, in UTF-16 code units, that 255 segments can hold in any encoding: 78,030,
 * twice the 39,015 septets of 255 parts of 153 (a GSM character costs at least one septet, and
 * only a surrogate pair, two code units, can cost one). A longer text needs more than 255
 * parts, which cannot be concatenated: no message that can be sent is longer. Listings of a
 * text stop there ({@link TextAnalysis.nonGsm}, `suggestGsm`'s replacements), so their memory
 * is bounded whatever the text; the composer builds no longer message.
 *
 * @internal
 */
export const LONGEST_SENDABLE = 2 * 255 * GSM_PART

/**
 * Calls `visit(index, length)` for each character of `text` outside the GSM tables, in order:
 * `length` 2 for a surrogate pair (one astral character), else 1. Allocates nothing.
 *
 * @internal
 */
export function eachNonGsm(text: string, visit: (index: number, length: 1 | 2) => void): void {
  const n = text.length
  const cost = GSM_COST
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (cost[c] !== 0) continue
    if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      visit(i, 2)
      i++
    } else visit(i, 1)
  }
}

/** UCS-2 counts of a text that holds a non-GSM character (so it is not empty). */
const ucsCount = (text: string): TextCount => {
  const n = text.length
  if (n <= UCS_SINGLE) {
    return { encoding: 'ucs', gsmCompatible: false, units: n, segments: 1, unitsPerSegment: UCS_SINGLE, remaining: UCS_SINGLE - n }
  }
  // Only the part boundaries matter: a part ends early when it would split a surrogate pair.
  let start = 0
  let segments = 1
  while (n - start > UCS_PART) {
    let end = start + UCS_PART
    if (isPairAt(text, end - 1)) end--
    start = end
    segments++
  }
  return { encoding: 'ucs', gsmCompatible: false, units: n, segments, unitsPerSegment: UCS_PART, remaining: UCS_PART - (n - start) }
}

/**
 * Sums over pieces of a text, enough to count it without reading it again when one part holds
 * it ({@link countFromSums}): the septets as `'gsm'` counts them, the length, whether every
 * piece is GSM, and whether a piece starts or ends with a surrogate (a pair could then span two
 * pieces, and the sums would not be the text's).
 *
 * @internal
 */
export interface PieceSums {
  septets: number
  length: number
  compatible: boolean
  edge: boolean
  /** Whether a piece holds a character of the extension table (2 septets). */
  extension: boolean
  /** Whether a piece holds a surrogate (half of an astral character). */
  surrogate: boolean
}

/**
 * Adds the piece `s` to `sums`: septets as {@link countText} with `'gsm'` counts them (a
 * character outside the tables 1, an astral character once).
 *
 * @internal
 */
export function addPiece(sums: PieceSums, s: string): void {
  const n = s.length
  sums.length += n
  if ((s.charCodeAt(0) & 0xfc00) === 0xdc00 || (s.charCodeAt(n - 1) & 0xfc00) === 0xd800) sums.edge = true
  const cost = GSM_COST
  let septets = 0
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    let k = cost[c] as number
    if (k === 0) {
      sums.compatible = false
      k = 1
      if ((c & 0xf800) === 0xd800) sums.surrogate = true
      if (isPairAt(s, i)) i++
    } else if (k === 2) sums.extension = true
    septets += k
  }
  sums.septets += septets
}

/**
 * Sets `sums` to `from` (`from` more sums: a piece already counted).
 *
 * @internal
 */
export function setSums(sums: PieceSums, from: Readonly<PieceSums>): void {
  sums.septets = from.septets
  sums.length = from.length
  sums.compatible = from.compatible
  sums.edge = from.edge
  sums.extension = from.extension
  sums.surrogate = from.surrogate
}

/**
 * Adds the sums of a piece already counted to `sums`.
 *
 * @internal
 */
export function addSums(sums: PieceSums, piece: Readonly<PieceSums>): void {
  sums.septets += piece.septets
  sums.length += piece.length
  sums.compatible &&= piece.compatible
  sums.edge ||= piece.edge
  sums.extension ||= piece.extension
  sums.surrogate ||= piece.surrogate
}

/**
 * What {@link countText}`(text, datacoding)` says of a text whose pieces sum to `sums`, when it
 * follows from the sums alone: the text is not empty, no pair can span two pieces, and either one
 * part holds it (160 septets, or 70 UCS-2 code units) or the split cannot move a part's end (in
 * GSM every character is one septet: no escape pair to keep whole; in UCS-2 no surrogate pair).
 * Else `undefined`: count the text itself. The composer counts a message from its body's pieces,
 * counted once, and its own values.
 *
 * @internal
 */
export function countFromSums(sums: PieceSums, datacoding: Encoding): TextCount | undefined {
  const segments = segmentsFromSums(sums, datacoding)
  if (segments === -1) return undefined
  const { septets, length, compatible } = sums
  if (compatible || datacoding === 'gsm') {
    const per = segments === 1 ? GSM_SINGLE : GSM_PART
    return { encoding: 'gsm', gsmCompatible: compatible, units: septets, segments, unitsPerSegment: per, remaining: segments * per - septets }
  }
  const per = segments === 1 ? UCS_SINGLE : UCS_PART
  return { encoding: 'ucs', gsmCompatible: false, units: length, segments, unitsPerSegment: per, remaining: segments * per - length }
}

/**
 * The segments of {@link countFromSums} without making its answer (the encoding is GSM when
 * `sums.compatible` or under `'gsm'`, else UCS-2); -1 when the sums do not tell.
 *
 * @internal
 */
export function segmentsFromSums(sums: PieceSums, datacoding: Encoding): number {
  const { septets, length, compatible } = sums
  if (length === 0 || sums.edge) return -1
  if (compatible || datacoding === 'gsm') {
    if (septets <= GSM_SINGLE) return 1
    // Parts of 153, each full but the last, when no character takes 2 septets.
    return sums.extension ? -1 : Math.ceil(septets / GSM_PART)
  }
  if (length <= UCS_SINGLE) return 1
  // Parts of 67 code units, each full but the last, when no pair can straddle a part's end.
  return sums.surrogate ? -1 : Math.ceil(length / UCS_PART)
}

const EMPTY: TextCount = Object.freeze({ encoding: 'gsm', gsmCompatible: true, units: 0, segments: 0, unitsPerSegment: GSM_SINGLE, remaining: GSM_SINGLE })

/**
 * Counts a text without listing anything: encoding, units, segments (from the real split
 * semantics, simulated without building strings). The fast path the composer calls per message.
 *
 * With `'ucs'` it stops scanning at the first non-GSM character (the answer is then UCS-2,
 * and only the part boundaries are inspected for surrogate pairs). With `'gsm'` a character
 * outside the tables counts 1 septet (an astral character once) and `gsmCompatible` is false.
 *
 * @param text - the message text.
 * @param datacoding - `'ucs'` (default: GSM when all fits, else UCS-2) or `'gsm'` (GSM only).
 * @example
 * ```ts
 * import { countText } from 'sms-preflight'
 * countText('Hello €', 'ucs')
 * // { encoding: 'gsm', gsmCompatible: true, units: 8, segments: 1, unitsPerSegment: 160, remaining: 152 }
 * ```
 *
 * @category Encoding
 */
export function countText(text: string, datacoding: Encoding = 'ucs'): TextCount {
  if (typeof text !== 'string' || text.length === 0) return EMPTY
  const ucs = datacoding !== 'gsm'
  const n = text.length
  const cost = GSM_COST
  let septets = 0
  // The 153-septet split, simulated: `limit` is the septet count at which the current part is
  // full. A character that would cross it (only an escape pair can straddle) opens the next
  // part, which starts where that character starts.
  let limit = GSM_PART
  let parts = 1
  let compatible = true
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    // In bounds: i < n, so c is a code unit 0..0xFFFF and the table covers them all.
    let k = cost[c] as number
    if (k === 0) {
      if (ucs) return ucsCount(text)
      compatible = false
      k = 1
      if (isPairAt(text, i)) i++
    }
    septets += k
    if (septets > limit) {
      parts++
      limit = septets - k + GSM_PART
    }
  }
  return septets <= GSM_SINGLE
    ? { encoding: 'gsm', gsmCompatible: compatible, units: septets, segments: 1, unitsPerSegment: GSM_SINGLE, remaining: GSM_SINGLE - septets }
    : { encoding: 'gsm', gsmCompatible: compatible, units: septets, segments: parts, unitsPerSegment: GSM_PART, remaining: limit - septets }
}

/**
 * Every character of `text` outside the GSM tables, with its UTF-16 index; an astral
 * character (a surrogate pair) is one entry, a lone surrogate is one entry.
 *
 * @example
 * ```ts
 * import { listNonGsm } from 'sms-preflight'
 * listNonGsm('a’b😀') // [{ char: '’', index: 1 }, { char: '😀', index: 3 }]
 * ```
 *
 * @category Encoding
 */
export function listNonGsm(text: string): NonGsmChar[] {
  return typeof text === 'string' ? nonGsmOf(text, Infinity) : []
}

/**
 * Every character of `text` outside the GSM tables, the first `max` of them: {@link eachNonGsm}
 * written out, without a call per character.
 */
function nonGsmOf(text: string, max: number): NonGsmChar[] {
  const out: NonGsmChar[] = []
  const n = text.length
  const cost = GSM_COST
  for (let i = 0; i < n && out.length < max; i++) {
    const c = text.charCodeAt(i)
    if (cost[c] !== 0) continue
    if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out.push({ char: text.slice(i, i + 2), index: i })
      i++
    } else out.push({ char: String.fromCharCode(c), index: i })
  }
  return out
}

/**
 * Where a result of {@link analyzeText} keeps its `nonGsm` list once built: a symbol defined
 * non-enumerable on the first read, so no spread, `Object.keys`, `JSON.stringify`, structured
 * clone or deep equality sees it. Not defined when the result is made: a second property per
 * result would cost as much as the rest of `analyzeText` on a short text.
 */
const KEPT: unique symbol = /*#__PURE__*/ Symbol('nonGsm')

/** A result of {@link analyzeText} seen from its `nonGsm` getter. */
type Listed = { readonly text?: unknown; readonly [KEPT]?: NonGsmChar[] }

/**
 * The lists of results that cannot keep one themselves: frozen, sealed or not extensible (as
 * state libraries make what they hold), or behind a Proxy that refuses the definition or throws. A memo
 * only: what a read answers does not depend on it, only whether two reads answer the same array.
 */
const ASIDE = /*#__PURE__*/ new WeakMap<object, NonGsmChar[]>()

// Not text.ts's hasOwn: the encoding modules import nothing from outside encoding/ (a bundle of
// analyzeText alone holds only them; test/package/size.test.ts).
const hasOwn = Object.prototype.hasOwnProperty

/**
 * The `nonGsm` getter of every result of {@link analyzeText}, one function for all of them (a
 * getter per result would give each result a shape of its own, and V8 then makes every result
 * slow). It lists the characters of the result's `text` on the first read and keeps the list
 * (see {@link KEPT} and {@link ASIDE}): every later read answers the same array; the property
 * stays the getter. Called on anything without a string `text` (the getter taken off a result),
 * it answers an empty list.
 */
function readNonGsm(this: Listed | null | undefined): NonGsmChar[] {
  // Called on undefined or null, a primitive, or an object without a string text: no result.
  const text = this?.text
  if (typeof text !== 'string') return []
  const self = this as Listed
  const kept = hasOwn.call(self, KEPT) ? self[KEPT] : ASIDE.get(self)
  if (kept !== undefined) return kept
  const nonGsm = nonGsmOf(text, LONGEST_SENDABLE)
  // Kept only for the result itself: an object made from it by Object.create lists on each read.
  // Object.defineProperty throws where the key cannot be defined (a frozen, sealed or not
  // extensible result, a Proxy that refuses it or whose trap throws): the list is kept aside.
  if (hasOwn.call(self, 'nonGsm')) {
    try {
      Object.defineProperty(self, KEPT, { value: nonGsm })
    } catch {
      ASIDE.set(self, nonGsm)
    }
  }
  return nonGsm
}

/** The one descriptor every result's `nonGsm` is defined with. */
const NON_GSM_GETTER: PropertyDescriptor = /*#__PURE__*/ Object.freeze({ get: readNonGsm, enumerable: true, configurable: true })

/**
 * Analyses a message text: the encoding it is sent in, its length in units, its segment
 * count as really split, and every character outside the GSM tables.
 *
 * `'ucs'` (the default, the request's default) sends GSM when every character fits, else
 * UCS-2. `'gsm'` sends GSM only: a character outside the tables counts 1 septet and is listed
 * in `nonGsm` (it cannot be sent). `analyzeText('')` is 0 units and 0 segments.
 *
 * The counts come from {@link countText}; `text` is the text analysed. `nonGsm` is an enumerable
 * own getter that lists the characters of `text` on its first read and keeps the list: the
 * result spreads, `JSON.stringify`s, clones and compares as plain data, and a caller that
 * reads only the counts pays nothing for the listing. The list stops after 78,030 characters
 * (more than any message that can be sent holds: see {@link TextAnalysis.nonGsm}), and
 * `nonGsmOmitted` counts the rest, so the list's memory stays bounded for a text of any length.
 *
 * The result holds the whole text: log its counts, not the result, where message bodies are
 * private.
 *
 * @param text - the message text.
 * @param datacoding - `'ucs'` (default) or `'gsm'`.
 * @returns the counts, the text and `nonGsm`.
 * @example
 * ```ts
 * import { analyzeText } from 'sms-preflight'
 * analyzeText('Hej då!')
 * // { encoding: 'gsm', gsmCompatible: true, units: 7, segments: 1, unitsPerSegment: 160, remaining: 153, text: 'Hej då!', nonGsm: [] }
 * analyzeText('Hi “you”').encoding // 'ucs'
 * ```
 *
 * @category Encoding
 */
export function analyzeText(text: string, datacoding: Encoding = 'ucs'): TextAnalysis {
  // What is not a string is analysed as the empty text, and the result says so.
  const given = typeof text === 'string' ? text : ''
  // Destructured and written out: a spread of the count (it has several shapes) made a UCS-2
  // result about 18× slower.
  const { encoding, gsmCompatible, units, segments, unitsPerSegment, remaining } = countText(given, datacoding)
  if (gsmCompatible) return { encoding, gsmCompatible, units, segments, unitsPerSegment, remaining, text: given, nonGsm: [] }
  // Only a text longer than any that can be sent can have more to list than the list keeps:
  // its listing is made now, to know nonGsmOmitted.
  if (given.length > LONGEST_SENDABLE) {
    const nonGsm = nonGsmOf(given, LONGEST_SENDABLE)
    let omitted = -nonGsm.length
    eachNonGsm(given, () => omitted++)
    const analysis: TextAnalysis = { encoding, gsmCompatible, units, segments, unitsPerSegment, remaining, text: given, nonGsm }
    return omitted === 0 ? analysis : { ...analysis, nonGsmOmitted: omitted }
  }
  // The accessor is added to an object that has no `nonGsm` yet: turning a data property into
  // an accessor costs V8 a new shape for every result, several times the whole count.
  return Object.defineProperty({ encoding, gsmCompatible, units, segments, unitsPerSegment, remaining, text: given }, 'nonGsm', NON_GSM_GETTER) as TextAnalysis
}
