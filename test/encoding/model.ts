/**
 * An independent, deliberately slow model of the encoding rules, written differently from the
 * library: per code point (`Array.from`), a plain `Map` from character to septets, parts built
 * as arrays of characters, no typed arrays and no shared code with src/encoding.
 *
 * The table is written from 3GPP TS 23.038 clause 6.2.1 as rules over ASCII rather than as one
 * string: the default alphabet agrees with ASCII from 0x20 to 0x7F except at the positions
 * listed in `DIFFERS_FROM_ASCII`; 0x00–0x1F are listed one by one.
 */

/** Septets 0x00–0x1F, by Unicode code point (null for 0x1B, the escape). */
const LOW_SEPTETS: ReadonlyArray<number | null> = [
  0x0040, 0x00a3, 0x0024, 0x00a5, 0x00e8, 0x00e9, 0x00f9, 0x00ec,
  0x00f2, 0x00c7, 0x000a, 0x00d8, 0x00f8, 0x000d, 0x00c5, 0x00e5,
  0x0394, 0x005f, 0x03a6, 0x0393, 0x039b, 0x03a9, 0x03a0, 0x03a8,
  0x03a3, 0x0398, 0x039e, null, 0x00c6, 0x00e6, 0x00df, 0x00c9,
]

/** Septets 0x20–0x7F whose character is not the ASCII character of the same value. */
const DIFFERS_FROM_ASCII: ReadonlyMap<number, number> = new Map([
  [0x24, 0x00a4], // ¤
  [0x40, 0x00a1], // ¡
  [0x5b, 0x00c4], // Ä
  [0x5c, 0x00d6], // Ö
  [0x5d, 0x00d1], // Ñ
  [0x5e, 0x00dc], // Ü
  [0x5f, 0x00a7], // §
  [0x60, 0x00bf], // ¿
  [0x7b, 0x00e4], // ä
  [0x7c, 0x00f6], // ö
  [0x7d, 0x00f1], // ñ
  [0x7e, 0x00fc], // ü
  [0x7f, 0x00e0], // à
])

/** Extension table (clause 6.2.1.1): code point → septet after the escape. */
const EXTENSION: ReadonlyMap<number, number> = new Map([
  [0x000c, 0x0a],
  [0x005e, 0x14],
  [0x007b, 0x28],
  [0x007d, 0x29],
  [0x005c, 0x2f],
  [0x005b, 0x3c],
  [0x007e, 0x3d],
  [0x005d, 0x3e],
  [0x007c, 0x40],
  [0x20ac, 0x65],
])

/** Character → [cost in septets, septet value]. */
export const MODEL_TABLE: ReadonlyMap<string, readonly [number, number]> = (() => {
  const m = new Map<string, readonly [number, number]>()
  for (let septet = 0; septet < 0x80; septet++) {
    const cp = septet < 0x20 ? LOW_SEPTETS[septet] : (DIFFERS_FROM_ASCII.get(septet) ?? septet)
    if (cp !== null && cp !== undefined) m.set(String.fromCodePoint(cp), [1, septet])
  }
  for (const [cp, septet] of EXTENSION) m.set(String.fromCodePoint(cp), [2, septet])
  return m
})()

export type ModelEncoding = 'gsm' | 'ucs'

export interface ModelAnalysis {
  encoding: ModelEncoding
  gsmCompatible: boolean
  units: number
  segments: number
  unitsPerSegment: number
  remaining: number
  text: string
  nonGsm: { char: string; index: number }[]
}

/** The code points of a text (a lone surrogate is its own code point). */
const codePoints = (text: string): string[] => Array.from(text)

/** Units of one code point: septets (non-GSM counts 1) or UTF-16 code units. */
const unitsOf = (ch: string, encoding: ModelEncoding): number =>
  encoding === 'gsm' ? (MODEL_TABLE.get(ch)?.[0] ?? 1) : ch.length

/** Parts as arrays of code points, filled greedily: a code point never straddles two parts. */
export function modelParts(text: string, encoding: ModelEncoding): string[] {
  const chars = codePoints(text)
  if (chars.length === 0) return []
  const single = encoding === 'gsm' ? 160 : 70
  const perPart = encoding === 'gsm' ? 153 : 67
  const total = chars.reduce((sum, ch) => sum + unitsOf(ch, encoding), 0)
  if (total <= single) return [text]
  const parts: string[][] = [[]]
  let room = perPart
  for (const ch of chars) {
    const u = unitsOf(ch, encoding)
    if (u > room) {
      parts.push([])
      room = perPart
    }
    const current = parts[parts.length - 1]
    if (current !== undefined) current.push(ch)
    room -= u
  }
  return parts.map((p) => p.join(''))
}

/** The model's analysis of a text. */
export function modelAnalyze(text: string, datacoding: ModelEncoding): ModelAnalysis {
  const nonGsm: { char: string; index: number }[] = []
  let offset = 0
  for (const ch of codePoints(text)) {
    if (!MODEL_TABLE.has(ch)) nonGsm.push({ char: ch, index: offset })
    offset += ch.length
  }
  const gsmCompatible = nonGsm.length === 0
  const encoding: ModelEncoding = datacoding === 'gsm' || gsmCompatible ? 'gsm' : 'ucs'
  const parts = modelParts(text, encoding)
  const partUnits = (p: string): number => codePoints(p).reduce((sum, ch) => sum + unitsOf(ch, encoding), 0)
  const units = parts.reduce((sum, p) => sum + partUnits(p), 0)
  const unitsPerSegment = parts.length > 1 ? (encoding === 'gsm' ? 153 : 67) : encoding === 'gsm' ? 160 : 70
  const last = parts[parts.length - 1]
  const remaining = unitsPerSegment - (last === undefined ? 0 : partUnits(last))
  return { encoding, gsmCompatible, units, segments: parts.length, unitsPerSegment, remaining, text, nonGsm }
}

/** Septets of a text per the model (escape 0x1B before an extension septet; unknown → 0x3F). */
export function modelSeptets(text: string): number[] {
  return codePoints(text).flatMap((ch) => {
    const entry = MODEL_TABLE.get(ch)
    if (entry === undefined) return [0x3f]
    return entry[0] === 2 ? [0x1b, entry[1]] : [entry[1]]
  })
}

/** Unpacks GSM 7-bit octets into septets (reading bit by bit, least significant first). */
export function modelUnpack(octets: Uint8Array, fillBits: number, count: number): number[] {
  const bits: number[] = []
  for (const o of octets) for (let b = 0; b < 8; b++) bits.push((o >> b) & 1)
  const out: number[] = []
  for (let s = 0; s < count; s++) {
    let v = 0
    for (let b = 0; b < 7; b++) v |= (bits[fillBits + 7 * s + b] ?? 0) << b
    out.push(v)
  }
  return out
}
