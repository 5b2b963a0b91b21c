/**
 * Text for a terminal: colours, counted nouns, columns, and characters a person can see.
 *
 * @packageDocumentation
 */

/** Colours (ANSI), or plain text when colour is off. */
export interface Style {
  readonly red: (s: string) => string
  readonly green: (s: string) => string
  readonly yellow: (s: string) => string
  readonly dim: (s: string) => string
  readonly bold: (s: string) => string
}

/** The colours, on or off. */
export function style(color: boolean): Style {
  const wrap =
    (open: number, close: number) =>
    (s: string): string =>
      color ? `\u001b[${open}m${s}\u001b[${close}m` : s
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) }
}

/** `1 septet`, `2 septets`, `0 septets`: a count with its noun in the right number. */
export function counted(n: number | bigint, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 || n === 1n ? one : many}`
}

/** `U+00EB`, `U+1F600`. */
export function codePointOf(char: string): string {
  return 'U+' + (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
}

/**
 * The kinds of character a terminal shows as nothing or as a plain space, by group: a mark
 * (drawn on the letter before it), a space separator, a format or control character.
 */
const INVISIBLE = /^(?:(\p{M})|(\p{Z})|[\p{Cf}\p{Cc}])$/u
/** Characters a terminal draws two columns wide: emoji, and the CJK and full-width blocks. */
const WIDE = /^[\p{Emoji_Presentation}\u{1100}-\u{115F}\u{2E80}-\u{303E}\u{3041}-\u{33FF}\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{A000}-\u{A4CF}\u{AC00}-\u{D7A3}\u{F900}-\u{FAFF}\u{FE30}-\u{FE4F}\u{FF00}-\u{FF60}\u{FFE0}-\u{FFE6}\u{20000}-\u{3FFFD}]$/u

type Kind = 'visible' | 'mark' | 'space' | 'other'

/** What kind of character one code point is (U+0020 is visible: it is what a space looks like). */
function kindOf(char: string): Kind {
  if (char === ' ') return 'visible'
  const m = INVISIBLE.exec(char)
  return m === null ? 'visible' : m[1] !== undefined ? 'mark' : m[2] !== undefined ? 'space' : 'other'
}

/** Names of the invisible characters people meet in message texts. */
const NAMES: ReadonlyMap<number, string> = new Map([
  [0x0009, 'tab'],
  [0x00a0, 'no-break space'],
  [0x00ad, 'soft hyphen'],
  [0x034f, 'combining grapheme joiner'],
  [0x061c, 'Arabic letter mark'],
  [0x1680, 'Ogham space mark'],
  [0x180e, 'Mongolian vowel separator'],
  [0x2000, 'en quad'],
  [0x2001, 'em quad'],
  [0x2002, 'en space'],
  [0x2003, 'em space'],
  [0x2004, 'three-per-em space'],
  [0x2005, 'four-per-em space'],
  [0x2006, 'six-per-em space'],
  [0x2007, 'figure space'],
  [0x2008, 'punctuation space'],
  [0x2009, 'thin space'],
  [0x200a, 'hair space'],
  [0x200b, 'zero width space'],
  [0x200c, 'zero width non-joiner'],
  [0x200d, 'zero width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x2028, 'line separator'],
  [0x2029, 'paragraph separator'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x202f, 'narrow no-break space'],
  [0x205f, 'medium mathematical space'],
  [0x2060, 'word joiner'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0x3000, 'ideographic space'],
  [0xfe0e, 'variation selector-15 (text style)'],
  [0xfe0f, 'variation selector-16 (emoji style)'],
  [0xfeff, 'zero width no-break space (byte order mark)'],
])

/** Whether a character (one code point) shows as nothing or as a plain space. */
export function isInvisible(char: string): boolean {
  return kindOf(char) !== 'visible'
}

/**
 * One character as a person can identify it: `"ë" U+00EB`; a combining mark on a dotted
 * circle, `"◌́" U+0301 (combining mark)`; an invisible character by its code point and name,
 * `U+200D (zero width joiner)`.
 */
export function describeChar(char: string): string {
  const cp = codePointOf(char)
  const c = char.codePointAt(0) ?? 0
  const kind = kindOf(char)
  if (kind === 'visible') return `${JSON.stringify(char)} ${cp}`
  if (kind === 'mark') return `"◌${char}" ${cp} (${NAMES.get(c) ?? 'combining mark'})`
  const name = NAMES.get(c) ?? (kind === 'space' ? 'space' : c < 0x20 || (c >= 0x7f && c <= 0x9f) ? 'control character' : 'format character')
  return `${cp} (${name})`
}

/**
 * A character as the terminal line shows it, with its width in columns: line breaks and
 * tabs and controls as symbols (`⏎`, `␍`, `⇥`, `·`), other spaces as `␣`, format characters as `·`, marks on
 * their letter (0 columns), wide characters (emoji, CJK) 2 columns. An estimate: terminals differ.
 */
export function shown(char: string): { readonly text: string; readonly width: number } {
  const c = char.codePointAt(0) ?? 0
  if (c === 0x0a) return { text: '⏎', width: 1 }
  if (c === 0x0d) return { text: '␍', width: 1 }
  if (c === 0x09) return { text: '⇥', width: 1 }
  const kind = kindOf(char)
  if (kind === 'mark') return { text: char, width: 0 }
  if (kind !== 'visible') return { text: kind === 'space' ? '␣' : '·', width: 1 }
  return { text: char, width: WIDE.test(char) ? 2 : 1 }
}

/** A text on one line, every character visible (see {@link shown}). */
export function visible(text: string): string {
  let out = ''
  for (const ch of text) out += shown(ch).text
  return out
}

/** A one-line preview of at most `width` characters, cut with `…`. */
export function preview(text: string, width: number): string {
  const chars = [...visible(text)]
  return chars.length <= width ? chars.join('') : chars.slice(0, width - 1).join('') + '…'
}

/** The width of a text in terminal columns (see {@link shown}). */
export function widthOf(text: string): number {
  let n = 0
  for (const ch of text) n += shown(ch).width
  return n
}

/** Pads to a width in terminal columns. */
export function pad(s: string, width: number): string {
  const n = widthOf(s)
  return n >= width ? s : s + ' '.repeat(width - n)
}

/** Rows as columns, each as wide as its widest cell; the last column is not padded. */
export function table(rows: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, widthOf(cell))))
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0))).join('  '))
}

/**
 * The characters `JSON.stringify` leaves as they are that a terminal acts on or that reorder
 * what it shows: DEL, the C1 controls (U+009B is a CSI: it begins an escape sequence), the
 * bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and
 * paragraph separators. In JSON text they stand only inside strings (JSON's white space is
 * space, tab, line feed and carriage return), so an escape there is the same value.
 */
const JSON_UNSAFE = /[\u007f-\u009f\p{Bidi_Control}\u2028\u2029]/gu

/**
 * A value as the command line prints JSON: `JSON.stringify` with two spaces, and the characters
 * it leaves raw that a terminal would act on written as `\u009b`-style escapes. Still JSON, and
 * it parses to the same value.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}
