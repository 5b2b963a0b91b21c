/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038, clause 6.2.1 and
 * 6.2.1.1), as data, and the lookups built from them once.
 *
 * Traps, each easy to get wrong when the table is typed from memory:
 *
 * - septet 0x09 is CAPITAL `Ç` (U+00C7). Some old handsets and many web tables show `ç`;
 *   the standard says capital, and lower-case `ç` is not GSM.
 * - septet 0x02 is `$`, but 0x24 is the currency sign `¤` (U+00A4), not `$`.
 * - `€` and form feed are extension characters (escape 0x1B, then 0x65 / 0x0A): 2 septets,
 *   like `^ { } \ [ ~ ] |`.
 * - the Greek capitals `Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ` are in the basic table (U+0394 etc., not the
 *   look-alike mathematical signs); the other Greek capitals and all lower-case Greek are not.
 * - CR (0x0D) and LF (0x0A) are basic (1 septet each, so CR LF is 2 septets).
 * - U+001B (ESC) as text is not a character: septet 0x1B is the escape to the extension
 *   table. The tab (U+0009), the back-tick (U+0060), the non-breaking space (U+00A0) and the
 *   curly quotes are not GSM either.
 *
 * @packageDocumentation
 */

/**
 * The septet that escapes to the extension table (3GPP TS 23.038, clause 6.2.1, 0x1B).
 *
 * @category Encoding
 */
export const GSM_ESCAPE = 0x1b

/**
 * The GSM 7-bit default alphabet: the character at index `i` is septet `i`
 * (3GPP TS 23.038, clause 6.2.1). Index 0x1B holds U+001B only as a placeholder: that septet
 * is the escape to the extension table, never a character of its own.
 *
 * @example
 * ```ts
 * import { GSM_BASIC } from 'sms-preflight'
 * GSM_BASIC[0x09] // 'Ç' (capital: the trap)
 * ```
 *
 * @category Encoding
 */
export const GSM_BASIC: string =
  // 0x00-0x0F: @ £ $ ¥ è é ù ì ò Ç(capital, U+00C7) LF Ø ø CR Å å
  '@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5' +
  // 0x10-0x1F: Δ _ Φ Γ Λ Ω Π Ψ Σ Θ Ξ ESC Æ æ ß É   (Greek capitals, U+0393..U+03A9)
  '\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u001b\u00c6\u00e6\u00df\u00c9' +
  // 0x20-0x2F: SP ! " # ¤(U+00A4, not $) % & ' ( ) * + , - . /
  ' !"#\u00a4%&\'()*+,-./' +
  // 0x30-0x3F: 0-9 : ; < = > ?
  '0123456789:;<=>?' +
  // 0x40-0x4F: ¡ A-O
  '\u00a1ABCDEFGHIJKLMNO' +
  // 0x50-0x5F: P-Z Ä Ö Ñ Ü §
  'PQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7' +
  // 0x60-0x6F: ¿ a-o
  '\u00bfabcdefghijklmno' +
  // 0x70-0x7F: p-z ä ö ñ ü à
  'pqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0'

const deepFreeze = (rows: ReadonlyArray<readonly [number, string]>): ReadonlyArray<readonly [number, string]> =>
  Object.freeze(rows.map((row) => Object.freeze(row)))

/**
 * The GSM 7-bit extension table (3GPP TS 23.038, clause 6.2.1.1): `[septet after the
 * escape, character]`. Each costs 2 septets. 0x0D (CR2) and 0x1B (escape to a further table)
 * are control codes with no character of their own and are left out.
 *
 * @example
 * ```ts
 * import { GSM_EXTENSION } from 'sms-preflight'
 * GSM_EXTENSION.find(([, c]) => c === '€') // [0x65, '€']
 * ```
 *
 * @category Encoding
 */
export const GSM_EXTENSION: ReadonlyArray<readonly [number, string]> = /*#__PURE__*/ deepFreeze([
  [0x0a, '\f'], // form feed (page break): an extension character, not basic
  [0x14, '^'],
  [0x28, '{'],
  [0x29, '}'],
  [0x2f, '\\'],
  [0x3c, '['],
  [0x3d, '~'],
  [0x3e, ']'],
  [0x40, '|'],
  [0x65, '\u20ac'], // € (euro sign): an extension character, 2 septets
])

/** Cost in septets per UTF-16 code unit: 0 = not GSM, 1 = basic, 2 = extension. */
function buildCost(): Uint8Array {
  const t = new Uint8Array(0x10000)
  for (let i = 0; i < 128; i++) if (i !== GSM_ESCAPE) t[GSM_BASIC.charCodeAt(i)] = 1
  for (const [, ch] of GSM_EXTENSION) t[ch.charCodeAt(0)] = 2
  return t
}

/** Septet value per UTF-16 code unit (the value after the escape for extension characters). */
function buildSeptet(): Uint8Array {
  const t = new Uint8Array(0x10000)
  for (let i = 0; i < 128; i++) t[GSM_BASIC.charCodeAt(i)] = i
  for (const [s, ch] of GSM_EXTENSION) t[ch.charCodeAt(0)] = s
  return t
}

/**
 * Septet cost of every BMP code unit (0 = not GSM, 1 = basic, 2 = extension). A typed array
 * cannot be frozen; this one is module-private and only ever read.
 *
 * @internal
 */
export const GSM_COST: Uint8Array = /*#__PURE__*/ buildCost()

const GSM_SEPTET: Uint8Array = /*#__PURE__*/ buildSeptet()

/**
 * Whether `code` is a UTF-16 code unit: an integer from 0 to 0xFFFF, the only numbers that keep
 * their value through `& 0xffff` (a fraction, NaN, a negative number or a larger one does not).
 * Only such a number may index the tables: a typed array also answers other keys (`'buffer'` is
 * the engine's `ArrayBuffer` behind it, `'constructor'` is `Uint8Array`), and an object would be
 * converted by calling the caller's code (`valueOf`), hence the type first.
 */
const isCodeUnit = (code: unknown): code is number => typeof code === 'number' && (code & 0xffff) === code

/**
 * How many septets a UTF-16 code unit costs in GSM 7-bit: 1 for the basic table, 2 for the
 * extension table, 0 when it is not a GSM character.
 *
 * @param code - a UTF-16 code unit (`charCodeAt`); anything else (a string such as `'buffer'`,
 *   a fraction, a number out of range, an object) gives 0, and is never used as a key.
 * @example
 * ```ts
 * import { gsmCost } from 'sms-preflight'
 * gsmCost('A'.charCodeAt(0)) // 1
 * gsmCost('€'.charCodeAt(0)) // 2
 * gsmCost('ç'.charCodeAt(0)) // 0
 * ```
 *
 * @category Encoding
 */
export function gsmCost(code: number): 0 | 1 | 2 {
  return isCodeUnit(code) ? (GSM_COST[code] as 0 | 1 | 2) : 0
}

/**
 * The septet value of a GSM character: its position in the basic table, or for an extension
 * character the septet that follows the escape (0x1B). -1 when the code unit is not GSM.
 *
 * @param code - a UTF-16 code unit (`charCodeAt`); anything else gives -1, like {@link gsmCost}.
 * @example
 * ```ts
 * import { gsmSeptet } from 'sms-preflight'
 * gsmSeptet('@'.charCodeAt(0)) // 0x00
 * gsmSeptet('Ç'.charCodeAt(0)) // 0x09
 * gsmSeptet('€'.charCodeAt(0)) // 0x65 (sent as 0x1B 0x65)
 * gsmSeptet('ç'.charCodeAt(0)) // -1
 * ```
 *
 * @category Encoding
 */
export function gsmSeptet(code: number): number {
  return isCodeUnit(code) && GSM_COST[code] !== 0 ? (GSM_SEPTET[code] as number) : -1
}

/**
 * Whether a UTF-16 code unit is a high surrogate (U+D800–U+DBFF).
 *
 * @internal
 */
export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff

/**
 * Whether a UTF-16 code unit is a low surrogate (U+DC00–U+DFFF).
 *
 * @internal
 */
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/**
 * Whether the code units at `i` and `i + 1` of `s` are a surrogate pair: one character, never
 * cut between them (`charCodeAt` past the end is NaN, and NaN & x is 0).
 *
 * @internal
 */
export const isPairAt = (s: string, i: number): boolean =>
  (s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
