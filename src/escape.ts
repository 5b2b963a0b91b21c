/**
 * How a message shows a caller's text: every character that does not show written as an
 * escape, as JSON writes one, so that an issue stays one line and says which invisible
 * character it means. A module of its own, with no imports: the message tables (the Swedish
 * one is opt-in) take it alone.
 *
 * @packageDocumentation
 */

/**
 * `text` as a message quotes it: in double quotes, written as JSON writes a string (`"`, `\`
 * and the C0 controls escaped), and every other character that does not show escaped too (see
 * {@link escapeHidden}).
 */
export function quoted(text: string): string {
  return escapeHidden(JSON.stringify(text))
}

/**
 * What a message writes as an escape in a caller's text: controls (Cc), format characters
 * (Cf: zero width space and joiners, the soft hyphen, bidirectional controls, the byte order
 * mark), separators (Z: spaces other than U+0020, which the replacer keeps, and the line and
 * paragraph separators) and lone surrogates (Cs). One character class: one step per character.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}]/gu

/** One code unit as JSON escapes it: `\n`, `\r`, `\t`, else `\u` and four lower-case hex digits. */
const unitEscape = (c: number): string => (c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : `\\u${c.toString(16).padStart(4, '0')}`)

/** A character of {@link HIDDEN} (one or two code units) escaped, U+0020 kept. */
function escaped(ch: string): string {
  if (ch === ' ') return ch
  let out = ''
  for (let i = 0; i < ch.length; i++) out += unitEscape(ch.charCodeAt(i))
  return out
}

/**
 * `text` with every character that does not show written as an escape, as JSON writes one
 * (`\n`, `\u00a0`, `\u200b`): controls, format characters, separators other than U+0020 and
 * lone surrogates. A message that shows a caller's text (a placeholder, a key, a quoted field
 * name or character) then stays one line, carries no terminal escape sequence, and shows which
 * invisible character it means (`"promo\u00a0"`, not `"promo "`). Every other character is
 * kept as written, a combining mark on its letter included.
 */
export function escapeHidden(text: string): string {
  return text.replace(HIDDEN, escaped)
}

/**
 * `text` with each control character written as an escape, as JSON writes one (`\n`, `\r`,
 * `\t`, else `\u001b`): the C0 controls, DEL, the C1 controls and the line and paragraph
 * separators; every other character is kept as written (a Swedish number's no-break space too).
 * For a whole message on a line of its own (the command line's output); within a message, a
 * caller's text is shown by {@link escapeHidden}.
 */
export function oneLine(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x20 && (c < 0x7f || c > 0x9f) && c !== 0x2028 && c !== 0x2029) continue
    out += text.slice(from, i) + unitEscape(c)
    from = i + 1
  }
  return out + text.slice(from)
}
