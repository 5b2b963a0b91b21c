/**
 * Unicode look-alikes with a GSM replacement: the characters that push an otherwise GSM text
 * into UCS-2 (curly quotes from a word processor, long dashes, a non-breaking space, …).
 * Suggested, never applied: the caller decides.
 *
 * @packageDocumentation
 */
import { analyzeText, GSM_PART, GSM_SINGLE, LONGEST_SENDABLE, type TextAnalysis } from './analyze.js'
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
  // signs that are the same glyph as a GSM Latin letter (Unicode maps each to it under NFC)
  ['K', '\u212a'], // Kelvin sign → K
  ['\u00c5', '\u212b'], // Ångström sign → Å
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

/**
 * The GSM replacement of one code unit, or undefined.
 *
 * @internal
 */
export function replacementOf(c: number): string | undefined {
  const listed = LOOKALIKES.get(c)
  if (listed !== undefined) return listed
  // Full-width ASCII → ASCII. Every ASCII character U+0021–U+007E is GSM but the back-tick,
  // whose full-width form (U+FF40) is listed above as an apostrophe.
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
  return undefined
}

const isCombiningMark = (c: number): boolean => c >= 0x0300 && c <= 0x036f

/**
 * Whether the code unit `c`, wherever it stands, keeps a text from becoming GSM by replacing its
 * look-alikes: outside GSM, with no replacement, and not a combining mark (a mark may join the
 * letter before it into a GSM letter). A letter outside GSM followed by a mark never composes
 * into a GSM letter: GSM's accented letters are all ASCII letters with a mark.
 *
 * @internal
 */
export const blocksLookalikes = (c: number): boolean => GSM_COST[c] === 0 && replacementOf(c) === undefined && !isCombiningMark(c)

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
  /**
   * Each replacement, in text order: all of them for any text that can be sent, the first
   * 78,030 of a longer one (as {@link TextAnalysis.nonGsm}).
   */
  readonly replacements: GsmReplacement[]
  /** How many replacements `replacements` leaves out; absent when it lists them all. */
  readonly replacementsOmitted?: number
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
  let omitted = 0
  const out = textBuilder()
  walkLookalikes(
    source,
    false,
    (index, length, to) => {
      if (replacements.length < LONGEST_SENDABLE) replacements.push({ index, from: source.slice(index, index + length), to })
      else omitted++
    },
    out,
  )
  if (replacements.length === 0) {
    return { replacements, text: source, analysis: before, before, segmentsSaved: 0, becomesGsm: false }
  }
  const replaced = out.text()
  const analysis = analyzeText(replaced)
  const suggestion: GsmSuggestion = {
    replacements,
    text: replaced,
    analysis,
    before,
    segmentsSaved: before.segments - analysis.segments,
    becomesGsm: !before.gsmCompatible && analysis.gsmCompatible,
  }
  return omitted === 0 ? suggestion : { ...suggestion, replacementsOmitted: omitted }
}

/**
 * The replacements {@link suggestGsm} proposes, one call of `visit(index, length, to)` each in
 * text order (`length` code units at `index` become `to`). A character outside GSM is replaced
 * by its look-alike, or with the letter before it when the two compose to one GSM letter (a +
 * ring → å; a letter that is a look-alike itself is replaced on its own). `out`, when given,
 * receives the replaced text piece by piece. With `stop` the walk ends at the first character
 * outside GSM that has no replacement, answering -1 (the text cannot become GSM); else it
 * answers the segments of the replaced text when that is all GSM, counted as countText counts
 * them (a number of no meaning otherwise). One loop with the table in a local (an import is a
 * property read per use once compiled to CommonJS): the composer runs it over every character
 * of every UCS-2 message.
 */
function walkLookalikes(
  source: string,
  stop: boolean,
  visit: (index: number, length: number, to: string) => void,
  out?: TextBuilder,
): number {
  const cost = GSM_COST
  let copied = 0
  // The 153-septet split of the replaced text, as countText simulates it.
  let septets = 0
  let limit = GSM_PART
  let parts = 1
  const feed = (k: number): void => {
    septets += k
    if (septets > limit) {
      parts++
      limit = septets - k + GSM_PART
    }
  }
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    let to = cost[c] === 0 ? replacementOf(c) : undefined
    let length = 1
    if (to === undefined && isCombiningMark(source.charCodeAt(i + 1))) {
      const composed = source.slice(i, i + 2).normalize('NFC')
      if (composed.length === 1 && cost[composed.charCodeAt(0)] !== 0) {
        to = composed
        length = 2
      }
    }
    if (to === undefined) {
      if (stop && cost[c] === 0) return -1
      feed(cost[c] as number)
      continue
    }
    visit(i, length, to)
    for (let j = 0; j < to.length; j++) feed(cost[to.charCodeAt(j)] as number)
    if (out !== undefined) {
      out.add(source.slice(copied, i))
      out.add(to)
    }
    copied = i + length
    i += length - 1
  }
  out?.add(source.slice(copied))
  return septets === 0 ? 0 : septets <= GSM_SINGLE ? 1 : parts
}

/**
 * What {@link suggestGsm} says of a text, in the form the composer keeps for every UCS-2
 * message: whether replacing the look-alikes makes it GSM, the segments of the replaced text,
 * each character replaced (once, in order of first appearance) and where each replacement
 * starts.
 *
 * @internal
 */
export interface LookalikeScan {
  /** Whether the text has characters outside GSM and every one of them has a replacement. */
  readonly becomesGsm: boolean
  /** The segments of the replaced text, when `becomesGsm` (else 0). */
  readonly segments: number
  /** Each character replaced, once, with its replacement (empty unless `becomesGsm`). */
  readonly characters: ReadonlyArray<{ readonly char: string; readonly replacement: string }>
  /** Where each replacement starts, in increasing order (empty unless `becomesGsm`). */
  readonly indices: Int32Array
}

const NOT_GSM: LookalikeScan = Object.freeze({ becomesGsm: false, segments: 0, characters: [], indices: new Int32Array(0) })

/** No indices: what {@link scanLookalikes} starts from. */
const NO_INDICES = /*#__PURE__*/ new Int32Array(0)

/**
 * {@link LookalikeScan} of a text, equal to what {@link suggestGsm} gives, without an object per
 * replacement or per character outside GSM, stopping at the first character that has no
 * replacement. (Through suggestGsm, 200 messages of 77,256 curly quotes took 21 s.)
 *
 * @internal
 */
export function scanLookalikes(text: string): LookalikeScan {
  const characters: Array<{ char: string; replacement: string }> = []
  // A typed array filled in place (pushing 77,256 numbers onto an array took 7 times as long),
  // made when the first look-alike is found and doubled when full: most texts have none.
  let indices = NO_INDICES
  let count = 0
  // What is replaced is one code unit or two (a letter and its accent): a number tells them apart.
  let seen: Set<number> | undefined
  let last = -1
  const segments = walkLookalikes(text, true, (index, length, to) => {
    if (count === indices.length) {
      const grown = new Int32Array(Math.min(Math.max(16, count * 2), text.length))
      grown.set(indices)
      indices = grown
    }
    indices[count++] = index
    const key = length === 1 ? text.charCodeAt(index) : text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1)
    // Look-alikes come in runs ('’’’'): the one before is checked without a set look-up.
    seen ??= new Set()
    if (key !== last && !seen.has(key)) {
      seen.add(key)
      characters.push({ char: text.slice(index, index + length), replacement: to })
    }
    last = key
  })
  if (segments < 0 || count === 0) return NOT_GSM
  return { becomesGsm: true, segments, characters, indices: indices.slice(0, count) }
}

/** Pieces joined into one string at a time. */
const CHUNK = 4096

/** A text built from pieces: `add` one, `text` to end. */
interface TextBuilder {
  readonly add: (piece: string) => void
  readonly text: () => string
}

/**
 * Builds a text from many pieces without a rope node per piece (a `+=` per replacement kept one
 * for each of 50 million replacements): every {@link CHUNK} pieces are joined into one string,
 * and the strings joined at the end.
 */
function textBuilder(): TextBuilder {
  const joined: string[] = []
  let pieces: string[] = []
  return {
    add(piece) {
      pieces.push(piece)
      if (pieces.length < CHUNK) return
      joined.push(pieces.join(''))
      pieces = []
    },
    text() {
      joined.push(pieces.join(''))
      return joined.join('')
    },
  }
}
