/**
 * The edge where `unknown` input becomes a raw JSON shape. io-ts's guards, narrowed to what
 * JSON can hold: an object is a plain object (`{}`, `Object.create(null)` or a class
 * instance), never a `Date`, `Map`, `Set`, `RegExp` or boxed primitive, which JSON cannot
 * produce and which a JavaScript caller may pass by mistake.
 *
 * @packageDocumentation
 */
import * as t from 'io-ts'

/** Whether `u` is a JSON object: io-ts's `UnknownRecord`, and `[object Object]` by its tag. */
export function isJsonObject(u: unknown): u is Readonly<Record<string, unknown>> {
  if (!t.UnknownRecord.is(u)) return false
  // Fast path: what JSON.parse makes (and Object.create(null)); else ask the tag (class instances).
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null || Object.prototype.toString.call(u) === '[object Object]'
}

/** Whether `u` is an array (io-ts's `UnknownArray`). */
export function isJsonArray(u: unknown): u is ReadonlyArray<unknown> {
  return t.UnknownArray.is(u)
}
