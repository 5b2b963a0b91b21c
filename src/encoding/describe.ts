/**
 * Character details: what each character of a text costs and why, and the characters to remove
 * to save a segment — the reasons behind a count, for a counter, the CLI and the playground.
 *
 * @packageDocumentation
 */
import { countText, GSM_PART, GSM_SINGLE, LONGEST_SENDABLE, UCS_PART, UCS_SINGLE, type Encoding } from './analyze.js'
import { GSM_COST } from './gsm.js'
import { replacementOf } from './lookalikes.js'

/**
 * Which GSM table holds a character: the default alphabet (`'basic'`, 1 septet), the extension
 * table (`'extension'`, the escape and a septet: 2), or neither (`'none'`).
 *
 * @category Encoding
 */
export type GsmSet = 'basic' | 'extension' | 'none'

/**
 * One character of a text, as {@link describeText} describes it.
 *
 * @category Encoding
 */
export interface CharDetail {
  /** The character: one code point (two code units for an astral character, or a lone surrogate). */
  readonly char: string
  /** Its code point (a lone surrogate's own code unit). */
  readonly codePoint: number
  /** Its index in UTF-16 code units. */
  readonly index: number
  /**
   * Its septets as `countText(text, 'gsm')` counts them: 1 in the default alphabet, 2 in the
   * extension table, and 1 for a character outside both (it cannot be sent as GSM; `'gsm'`
   * counts it 1 and refuses the message). The septets of all characters add up to
   * `countText(text, 'gsm').units`.
   */
  readonly septets: 1 | 2
  /**
   * What it costs in the encoding the whole text is sent in with this datacoding: its septets
   * when that is GSM, its UTF-16 code units (1, or 2 for an astral character) when it is UCS-2.
   * The units of all characters add up to `countText(text, datacoding).units`.
   */
  readonly units: 1 | 2
  /** The GSM table that holds it. */
  readonly set: GsmSet
  /**
   * Its GSM look-alike, when it is outside GSM and has one (as `suggestGsm` replaces it on its
   * own): `'` for `’`, `...` for `…`, `''` for an invisible character that is removed. Absent
   * otherwise. A combining accent that composes with the letter before it into a GSM letter is
   * replaced together with that letter (`suggestGsm`), not on its own: it has no look-alike here.
   */
  readonly lookalike?: string
}

/**
 * One entry per character of a text: its code point, its UTF-16 index, its septets and its cost
 * in the encoding the text is sent in, the GSM table that holds it, and its GSM look-alike when
 * it has one. An astral character (a surrogate pair) is one entry; a lone surrogate is one entry.
 *
 * Total: anything but a string describes as `[]`. The list stops after 78,030 characters, more
 * than any message that can be sent holds (as `analyzeText`'s `nonGsm`).
 *
 * @param text - the message text.
 * @param datacoding - `'ucs'` (default: GSM when every character fits, else UCS-2) or `'gsm'`; it
 *   decides only `units`.
 * @example
 * ```ts
 * import { describeText } from 'sms-preflight'
 * describeText('a€’')
 * // [
 * //   { char: 'a', codePoint: 97, index: 0, septets: 1, units: 1, set: 'basic' },
 * //   { char: '€', codePoint: 8364, index: 1, septets: 2, units: 1, set: 'extension' },
 * //   { char: '’', codePoint: 8217, index: 2, septets: 1, units: 1, set: 'none', lookalike: "'" },
 * // ]
 * ```
 *
 * @category Encoding
 */
export function describeText(text: string, datacoding: Encoding = 'ucs'): CharDetail[] {
  const out: CharDetail[] = []
  if (typeof text !== 'string') return out
  const ucs = countText(text, datacoding === 'gsm' ? 'gsm' : 'ucs').encoding === 'ucs'
  const cost = GSM_COST
  const n = text.length
  for (let i = 0; i < n && out.length < LONGEST_SENDABLE; i++) {
    const c = text.charCodeAt(i)
    const k = cost[c] as number
    if (k !== 0) {
      out.push({ char: text.charAt(i), codePoint: c, index: i, septets: k === 2 ? 2 : 1, units: ucs || k === 1 ? 1 : 2, set: k === 2 ? 'extension' : 'basic' })
      continue
    }
    if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out.push({ char: text.slice(i, i + 2), codePoint: text.codePointAt(i) ?? c, index: i, septets: 1, units: ucs ? 2 : 1, set: 'none' })
      i++
      continue
    }
    const lookalike = replacementOf(c)
    const detail: CharDetail = { char: text.charAt(i), codePoint: c, index: i, septets: 1, units: 1, set: 'none' }
    out.push(lookalike === undefined ? detail : { ...detail, lookalike })
  }
  return out
}

/**
 * The fewest characters to remove from the end of a text so that it needs fewer segments, as
 * sent with this datacoding; 0 for the empty text (it has no segment to save) and for anything
 * but a string.
 *
 * A character is one code point, as in {@link describeText}: an astral character (a surrogate
 * pair) is one, a lone surrogate is one. The count is exact: removing that many characters from
 * the end lowers the segment count, removing one fewer does not. A text's segment count never
 * falls as characters are added at its end (a single message holds more than a part, and UCS-2
 * parts hold fewer characters than GSM parts), so the answer is where the text's last segment
 * count is first reached. With `'ucs'`, removing the characters outside GSM from the end turns
 * the text into GSM, which can save several segments at once (`'a' × 150 + 'ж'` is 3 UCS-2
 * parts; without the `ж`, 1 GSM segment): the answer is still the characters to remove, 1 there.
 * Removing from anywhere else can save a segment with fewer characters (an extension character
 * is 2 septets, a look-alike can be replaced: see `suggestGsm`); this answers what trimming the
 * end does, which a user typing can always take.
 *
 * @param text - the message text.
 * @param datacoding - `'ucs'` (default) or `'gsm'`, as for `countText`.
 * @example
 * ```ts
 * import { charactersToSaveSegment } from 'sms-preflight'
 * // 160 characters are one segment:
 * charactersToSaveSegment('a'.repeat(161)) // 1
 * // '€' is 2 septets: 172 septets are 2 parts, 160 are one
 * charactersToSaveSegment('a'.repeat(170) + '€') // 11
 * // the empty text has no segment:
 * charactersToSaveSegment('Hej') // 3
 * ```
 *
 * @category Encoding
 */
export function charactersToSaveSegment(text: string, datacoding: Encoding = 'ucs'): number {
  if (typeof text !== 'string') return 0
  const gsm = datacoding === 'gsm'
  const target = countText(text, gsm ? 'gsm' : 'ucs').segments
  const cost = GSM_COST
  const n = text.length
  // The split of the text read so far, simulated as countText simulates it: in GSM (septets,
  // 160 single or parts of 153), switching to UCS-2 (code units, 70 or parts of 67) at the first
  // character outside GSM when `'ucs'` allows it. `units > single` is a text of several parts.
  let units = 0
  let single = GSM_SINGLE
  let part = GSM_PART
  let limit = GSM_PART
  let parts = 1
  let ucs = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const pair = (c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    let k = cost[c] as number
    if (k === 0 && !gsm && !ucs) {
      // UCS-2 from here on: what was read so far counted again in code units.
      ucs = true
      units = 0
      single = UCS_SINGLE
      part = UCS_PART
      limit = UCS_PART
      parts = 1
      for (let j = 0; j < i; j++) feed(1)
    }
    if (ucs) k = pair ? 2 : 1
    else if (k === 0) k = 1
    feed(k)
    const segments = units <= single ? 1 : parts
    if (segments >= target) return charactersFrom(text, i)
    if (pair) i++
  }
  // Only the empty text gets here (a text's last character reaches its own count): no segment.
  return 0

  function feed(k: number): void {
    units += k
    if (units > limit) {
      parts++
      limit = units - k + part
    }
  }
}

/** The characters (code points; a lone surrogate is one) of `text` from the index `i` on. */
function charactersFrom(text: string, i: number): number {
  let count = 0
  for (let j = i; j < text.length; j++) {
    count++
    if ((text.charCodeAt(j) & 0xfc00) === 0xd800 && (text.charCodeAt(j + 1) & 0xfc00) === 0xdc00) j++
  }
  return count
}
