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
