/**
 * User-data octets: GSM 7-bit septet packing (3GPP TS 23.038, clause 6.1.2.1), UTF-16BE for
 * UCS-2, and the concatenation header of a long message (3GPP TS 23.040, clause 9.2.3.24.1).
 *
 * @packageDocumentation
 */
import { left, right, type Either } from '../either.js'
import { type Encoding } from './analyze.js'
import { GSM_COST, GSM_ESCAPE, gsmSeptet, isPairAt } from './gsm.js'
import { splitSegments } from './split.js'

/** The septet sent for a character outside the GSM tables: `?` (0x3F). */
const UNKNOWN_SEPTET = 0x3f

/**
 * The septets of a text in GSM 7-bit: one per basic character, the escape 0x1B and a second
 * septet per extension character. A character outside the tables (an astral character once)
 * becomes `?` (0x3F): check {@link analyzeText} first if that matters.
 *
 * @example
 * ```ts
 * import { gsmSeptets } from 'sms-preflight'
 * Array.from(gsmSeptets('A€')) // [0x41, 0x1b, 0x65]
 * ```
 *
 * @category Octets
 */
export function gsmSeptets(part: string): Uint8Array {
  const n = typeof part === 'string' ? part.length : 0
  const out = new Uint8Array(2 * n)
  let j = 0
  for (let i = 0; i < n; i++) {
    const c = part.charCodeAt(i)
    const k = GSM_COST[c]
    if (k === 2) out[j++] = GSM_ESCAPE
    // A surrogate pair is one character, one `?` (no surrogate is in the tables: its cost is 0).
    if (isPairAt(part, i)) i++
    out[j++] = k === 0 ? UNKNOWN_SEPTET : gsmSeptet(c)
  }
  return out.slice(0, j)
}

/**
 * Packs a text's septets into octets, least significant bit first (3GPP TS 23.038, clause
 * 6.1.2.1.1), after `fillBits` zero bits. After the 6-octet concatenation header the next
 * septet boundary is 1 bit away (48 + 1 = 49 = 7 × 7), so a part of a long message is packed
 * with 1 fill bit (3GPP TS 23.040, clause 9.2.3.24).
 *
 * @param part - the text (characters outside the tables are sent as `?`).
 * @param fillBits - zero bits before the first septet, 0–6 (others are clamped).
 * @returns `ceil((fillBits + 7 × septets) / 8)` octets.
 * @example
 * ```ts
 * import { packGsm7 } from 'sms-preflight'
 * Array.from(packGsm7('hellohello'))
 * // [0xe8, 0x32, 0x9b, 0xfd, 0x46, 0x97, 0xd9, 0xec, 0x37]
 * ```
 *
 * @category Octets
 */
export function packGsm7(part: string, fillBits = 0): Uint8Array {
  const fill = Number.isFinite(fillBits) ? Math.min(6, Math.max(0, Math.trunc(fillBits))) : 0
  const septets = gsmSeptets(part)
  const out = new Uint8Array(Math.ceil((fill + 7 * septets.length) / 8))
  let bit = fill
  for (const s of septets) {
    const o = bit >> 3
    const shift = bit & 7
    out[o] = (out[o] ?? 0) | ((s << shift) & 0xff)
    // What does not fit in octet o begins the next (0 when shift is 0 or 1: the septet fitted;
    // the next octet is not written yet, and a typed array ignores a write past its end).
    out[o + 1] = s >> (8 - shift)
    bit += 7
  }
  return out
}

/**
 * A text's UTF-16 code units as big-endian octets (UCS-2 user data, 3GPP TS 23.038,
 * clause 6.2.3).
 *
 * @example
 * ```ts
 * import { encodeUcs2 } from 'sms-preflight'
 * Array.from(encodeUcs2('Ж€')) // [0x04, 0x16, 0x20, 0xac]
 * ```
 *
 * @category Octets
 */
export function encodeUcs2(part: string): Uint8Array {
  const n = typeof part === 'string' ? part.length : 0
  const out = new Uint8Array(2 * n)
  for (let i = 0; i < n; i++) {
    const c = part.charCodeAt(i)
    out[2 * i] = c >> 8
    out[2 * i + 1] = c & 0xff
  }
  return out
}

/**
 * One part of a message as user data, ready for an SMS PDU.
 *
 * @category Octets
 */
export interface EncodedPart {
  /** The part's text. */
  readonly text: string
  /** The user-data header: empty for a single message, else the 6-octet concatenation header. */
  readonly udh: Uint8Array
  /** The whole user data: the header, then the packed septets or UTF-16BE octets; at most 140 octets. */
  readonly userData: Uint8Array
  /** TP-UDL: in septets (header included, fill bit counted) for GSM, in octets for UCS-2. */
  readonly userDataLength: number
}

/**
 * Why a message cannot be encoded: it needs more than 255 parts, more than the 8-bit
 * concatenation header can number (3GPP TS 23.040, clause 9.2.3.24.1).
 *
 * @category Octets
 */
export interface TooManySegments {
  /** The issue code this failure becomes. */
  readonly code: 'message.too_many_segments'
  /** The number of segments the message needs. */
  readonly segments: number
  /** The most parts a concatenated message can have. */
  readonly max: 255
}

/**
 * Each part of a message as user data: for a long message, the 8-bit-reference concatenation
 * header (`05 00 03 ref total seq`, 3GPP TS 23.040, clause 9.2.3.24.1) and the part packed
 * after it (GSM with 1 fill bit); a single message has no header. Every part is at most 140
 * octets.
 *
 * @param text - the message text.
 * @param encoding - the encoding it is sent in (`analyzeText(text).encoding`).
 * @param reference - the concatenation reference, 0–255 (taken modulo 256).
 * @returns the parts, or `Left` when more than 255 parts would be needed.
 * @example
 * ```ts
 * import { encodeParts } from 'sms-preflight'
 * import { isRight } from 'fp-ts/Either'
 * const r = encodeParts('a'.repeat(200), 'gsm', 7)
 * if (isRight(r)) r.right.map((p) => Array.from(p.udh)) // [[5, 0, 3, 7, 2, 1], [5, 0, 3, 7, 2, 2]]
 * encodeParts('a'.repeat(153 * 256), 'gsm')
 * // Left({ code: 'message.too_many_segments', segments: 256, max: 255 })
 * ```
 *
 * @category Octets
 */
export function encodeParts(text: string, encoding: Encoding, reference = 0): Either<TooManySegments, EncodedPart[]> {
  const gsm = encoding === 'gsm'
  const texts = splitSegments(text, encoding)
  const total = texts.length
  if (total > 255) return left({ code: 'message.too_many_segments', segments: total, max: 255 })
  const ref = Number.isFinite(reference) ? Math.trunc(reference) & 0xff : 0
  return right(
    texts.map((part, i): EncodedPart => {
      const udh = total === 1 ? new Uint8Array(0) : Uint8Array.of(0x05, 0x00, 0x03, ref, total, i + 1)
      const payload = gsm ? packGsm7(part, udh.length === 0 ? 0 : 1) : encodeUcs2(part)
      const userData = new Uint8Array(udh.length + payload.length)
      userData.set(udh, 0)
      userData.set(payload, udh.length)
      const userDataLength = gsm ? (udh.length === 0 ? 0 : 7) + gsmSeptets(part).length : userData.length
      return { text: part, udh, userData, userDataLength }
    }),
  )
}
