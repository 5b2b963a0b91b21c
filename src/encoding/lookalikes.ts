/**
 * Unicode look-alikes with a GSM replacement: the characters that push an otherwise GSM text
 * into UCS-2 (curly quotes from a word processor, long dashes, a non-breaking space, …).
 * Suggested, never applied: the caller decides.
 *
 * @packageDocumentation
 */
import { analyzeText, type TextAnalysis } from './analyze.js'
import { GSM_COST } from './gsm.js'

/**
 * The look-alike table: `[replacement, characters it replaces]`. Every replacement is GSM
 * (basic or extension). Full-width ASCII (U+FF01–U+FF5E) and decomposed accents are handled
 * by rule, not listed.
 */
const TABLE: ReadonlyArray<readonly [string, string]> = [
  // single quotes, apostrophes, primes, accents used as apostrophes, angled single quotes
  ["'", '\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u02b9\u00b4\u0060\u2039\u203a\uff40'],
  // double quotes, double primes, angled (guillemet) quotes
  ['"', '\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb'],
  // hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus sign, bullets
  ['-', '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\u2022\u2023\ufe58\ufe63\uff0d'],
  // ellipsis (three septets), one-dot leader
  ['...', '\u2026'],
  ['.', '\u2024'],
  // tab (0x09 is Ç in GSM), non-breaking space and the other Unicode spaces
  [' ', '\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000'],
  // line and paragraph separators, next line
  ['\n', '\u2028\u2029\u0085'],
  // invisible characters: soft hyphen, zero width space, word joiner, byte order mark
  ['', '\u00ad\u200b\u2060\ufeff'],
  // slashes, circumflex and tilde accents (extension characters)
  ['/', '\u2044\u2215'],
  ['^', '\u02c6'],
  ['~', '\u02dc'],
  // signs that are the same glyph as a GSM Greek capital
  ['\u03a9', '\u2126'], // ohm sign → Ω
  ['\u0394', '\u2206'], // increment → Δ
  // Greek capitals outside GSM that look like Latin capitals (Greek written in capitals)
  ['A', '\u0391'],
  ['B', '\u0392'],
  ['E', '\u0395'],
  ['Z', '\u0396'],
  ['H', '\u0397'],
  ['I', '\u0399'],
  ['K', '\u039a'],
  ['M', '\u039c'],
  ['N', '\u039d'],
  ['O', '\u039f'],
  ['P', '\u03a1'],
  ['T', '\u03a4'],
  ['Y', '\u03a5'],
  ['X', '\u03a7'],
  // full-width currency signs
  ['\u00a3', '\uffe1'],
  ['\u00a5', '\uffe5'],
]

function buildMap(): ReadonlyMap<number, string> {
  const m = new Map<number, string>()
  for (const [to, froms] of TABLE) for (let i = 0; i < froms.length; i++) m.set(froms.charCodeAt(i), to)
  return m
}

const LOOKALIKES: ReadonlyMap<number, string> = /*#__PURE__*/ buildMap()

/** The GSM replacement of one code unit, or undefined. */
function replacementOf(c: number): string | undefined {
  const listed = LOOKALIKES.get(c)
  if (listed !== undefined) return listed
  // Full-width ASCII → ASCII, when the ASCII character is GSM.
  if (c >= 0xff01 && c <= 0xff5e && GSM_COST[c - 0xfee0] !== 0) return String.fromCharCode(c - 0xfee0)
  return undefined
}

const isCombiningMark = (c: number): boolean => c >= 0x0300 && c <= 0x036f

/**
 * One suggested replacement.
 *
 * @category Encoding
 */
export interface GsmReplacement {
  /** Index of `from` in the original text, in UTF-16 code units. */
  readonly index: number
  /** The original character(s): one character, or a letter and its combining accent. */
  readonly from: string
  /** The GSM replacement (may be empty for an invisible character, or `...` for `…`). */
  readonly to: string
}

/**
 * What {@link suggestGsm} proposes.
 *
 * @category Encoding
 */
export interface GsmSuggestion {
  /** Each replacement, in text order. */
  readonly replacements: GsmReplacement[]
  /** The text with every replacement applied. */
  readonly text: string
  /** The analysis of the replaced text (`'ucs'`: GSM when everything now fits). */
  readonly analysis: TextAnalysis
  /** The analysis of the original text. */
  readonly before: TextAnalysis
  /** `before.segments - analysis.segments`; zero or negative when replacing does not help. */
  readonly segmentsSaved: number
  /** Whether the original is UCS-2 only because of the look-alikes: the replaced text is all GSM. */
  readonly becomesGsm: boolean
}

/**
 * Finds the Unicode look-alikes in a text that have a GSM replacement (curly and angled
 * quotes, primes, en and em dashes, the minus sign, the ellipsis, the non-breaking and other
 * spaces, bullets, full-width ASCII, an accent typed as a combining mark, …), and what
 * replacing them would save. Nothing is applied: the caller decides.
 *
 * @param text - the message text.
 * @returns the replacements, the replaced text, both analyses and the segments saved.
 * @example
 * ```ts
 * import { suggestGsm } from 'sms-preflight'
 * const s = suggestGsm('It’s done…')
 * s.replacements // [{ index: 2, from: '’', to: "'" }, { index: 9, from: '…', to: '...' }]
 * s.text // "It's done..."
 * s.becomesGsm // true
 * ```
 *
 * @category Encoding
 */
export function suggestGsm(text: string): GsmSuggestion {
  const source = typeof text === 'string' ? text : ''
  const before = analyzeText(source)
  const replacements: GsmReplacement[] = []
  let out = ''
  let copied = 0
  // Only the non-GSM characters are candidates, and a text that is all GSM has none.
  for (const { char, index } of before.nonGsm) {
    const c = char.charCodeAt(0)
    let to = char.length === 1 ? replacementOf(c) : undefined
    let from = char
    let at = index
    if (to === undefined && isCombiningMark(c) && index > 0) {
      // A letter followed by a combining accent that composes to one GSM letter (e.g. a + ring → å).
      const pair = source.slice(index - 1, index + 1)
      const composed = pair.normalize('NFC')
      if (composed.length === 1 && GSM_COST[composed.charCodeAt(0)] !== 0 && index - 1 >= copied) {
        to = composed
        from = pair
        at = index - 1
      }
    }
    if (to === undefined) continue
    replacements.push({ index: at, from, to })
    out += source.slice(copied, at) + to
    copied = at + from.length
  }
  const replaced = replacements.length === 0 ? source : out + source.slice(copied)
  const analysis = replacements.length === 0 ? before : analyzeText(replaced)
  return {
    replacements,
    text: replaced,
    analysis,
    before,
    segmentsSaved: before.segments - analysis.segments,
    becomesGsm: !before.gsmCompatible && analysis.gsmCompatible,
  }
}
