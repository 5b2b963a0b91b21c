/**
 * What an issue shows of a caller's text. Issues are read, logged and sent back to clients, so
 * they stay small whatever the request holds: a string the caller wrote (an unknown field's
 * name, a tag, a template key, a price) appears in an issue's `params` and `message` cut to
 * {@link EXCERPT_MAX} code units with a closing `…`, and a listing of characters in one issue
 * stops after {@link LISTED_MAX} entries (the rest are counted). An issue's `path` is never
 * cut: a JSON Pointer must reach the member it names.
 *
 * @packageDocumentation
 */
import { isPairAt } from './encoding/gsm.js'

/**
 * The most UTF-16 code units of a caller's string an issue shows, the `…` included.
 *
 * @category Issues
 */
export const EXCERPT_MAX = 100

/**
 * The most entries a listing in one issue's params holds (`message.not_gsm`'s characters); the
 * rest are counted in its `omitted`.
 *
 * @category Issues
 */
export const LISTED_MAX = 100

/**
 * `text` as an issue shows it: unchanged up to {@link EXCERPT_MAX} code units, else its first
 * code units and `…`, {@link EXCERPT_MAX} in all (one fewer when the cut would fall inside a
 * surrogate pair: a pair is never split).
 */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT_MAX) return text
  let end = EXCERPT_MAX - 1
  if (isPairAt(text, end - 1)) end--
  return text.slice(0, end) + '…'
}

/**
 * `text` as a message quotes it: in double quotes, written as JSON writes a string (`"`, `\`
 * and the C0 controls escaped), and DEL, the C1 controls and the line and paragraph separators
 * escaped too (see {@link oneLine}).
 */
export function quoted(text: string): string {
  return oneLine(JSON.stringify(text))
}

/**
 * `text` with each control character written as an escape, as JSON writes one (`\n`, `\r`,
 * `\t`, else `\u001b`): the C0 controls, DEL, the C1 controls and the line and paragraph
 * separators. A message that shows a caller's text (a placeholder, a field name) then stays one
 * line and carries no terminal escape sequence; every other character is kept as written.
 */
export function oneLine(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x20 && (c < 0x7f || c > 0x9f) && c !== 0x2028 && c !== 0x2029) continue
    const escape = c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : `\\u${c.toString(16).padStart(4, '0')}`
    out += text.slice(from, i) + escape
    from = i + 1
  }
  return out + text.slice(from)
}
