/**
 * Where an issue stands, as the doors into other code say it: the segments of its JSON Pointer,
 * each with the value standing there in the checked input. A segment is a number when its
 * container is an array (`["recipients", 3]`) and a string otherwise, so a recipient key of the
 * dictionary form (`"46701234567"`) stays a string.
 *
 * @packageDocumentation
 */
import { fromPointer } from '../issue.js'

/** One step of a path: its key, and the value the input holds there (`undefined` when none). */
export interface Segment {
  /** A number inside an array, a string inside an object. */
  readonly key: string | number
  /** What stands at this step in the input; `undefined` when it is absent or cannot be read. */
  readonly value: unknown
}

/** Whether `token` is an array index as JSON Pointer writes one (`0`, `12`, never `01` or `-1`). */
function isIndex(token: string): boolean {
  const n = Number(token)
  return Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === token
}

/**
 * The value of the own data property `key` of `container`. A getter is not called again (the
 * check already read it once) and nothing inherited is read: either gives `undefined`.
 */
function ownData(container: unknown, key: string): unknown {
  // Objects only (never a string's characters); null and the other primitives have no keys.
  if (Object(container) !== container) return undefined
  const d = Object.getOwnPropertyDescriptor(container, key)
  return d !== undefined && 'value' in d ? d.value : undefined
}

/**
 * The segments of `pointer` inside `input`, walked from its root. Total: an input that throws
 * when read (a Proxy, a revoked Proxy) ends the walk there, and the remaining segments are
 * strings with no value.
 */
export function locate(input: unknown, pointer: string): Segment[] {
  const segments: Segment[] = []
  let at: unknown = input
  for (const token of fromPointer(pointer)) {
    let key: string | number = token
    let value: unknown = undefined
    try {
      if (Array.isArray(at) && isIndex(token)) key = Number(token)
      value = ownData(at, token)
    } catch {
      // Unreadable here: the walk goes on with no value.
    }
    segments.push({ key, value })
    at = value
  }
  return segments
}
