/**
 * Reading what a JavaScript caller passes besides the request: options, a batch or a template it
 * kept, a `Date`. Only own properties count — nothing inherited, so a polluted `Object.prototype`
 * or `Array.prototype` changes no answer — and nothing here throws, whatever the value is (a
 * getter that throws, a Proxy whose traps throw, a revoked Proxy).
 *
 * @packageDocumentation
 */

/**
 * What {@link ownValue} gives for a property that throws when read. No valid option or field
 * is ever this value, so every check refuses it as it refuses any other wrong value.
 */
export const UNREADABLE: unique symbol = /*#__PURE__*/ Symbol('unreadable')

/**
 * The value of the own property `key` of `o` (its getter, when it has one, called once), or
 * `undefined` when `o` is not an object or has no such own property — an inherited value, from
 * a polluted `Object.prototype` too, is never read. {@link UNREADABLE} when reading throws (a
 * getter that throws, a Proxy, a revoked Proxy).
 */
export function ownValue(o: unknown, key: string | number): unknown {
  if ((typeof o !== 'object' && typeof o !== 'function') || o === null) return undefined
  try {
    return Object.prototype.hasOwnProperty.call(o, key) ? (o as Readonly<Record<string | number, unknown>>)[key] : undefined
  } catch {
    return UNREADABLE
  }
}

/**
 * The time value of a `Date` from any realm (a `vm` context, an iframe), or `undefined` for
 * anything else. No `instanceof`, which fails across realms, and no `Symbol.toStringTag`, which
 * anyone can set: `Date.prototype.getTime` itself refuses every object without a date's
 * internal slot (`Object.create(Date.prototype)`, a Proxy of a `Date`). NaN for an Invalid Date.
 */
export function timeOf(d: unknown): number | undefined {
  // A primitive, null or undefined is refused the same way: getTime throws on it.
  try {
    return Date.prototype.getTime.call(d)
  } catch {
    return undefined
  }
}

/**
 * The element at `i` of an array, `undefined` for a hole: a hole is a missing value, never one
 * read through `Array.prototype` (which someone else's code may have polluted).
 */
export function elementAt(a: ReadonlyArray<unknown>, i: number): unknown {
  return Object.prototype.hasOwnProperty.call(a, i) ? a[i] : undefined
}

/** `Array.isArray`, answering `false` for a revoked Proxy (on which it throws). */
export function isArray(v: unknown): v is ReadonlyArray<unknown> {
  try {
    return Array.isArray(v)
  } catch {
    return false
  }
}

/**
 * A copy of a caller's array, each element read once (own properties only, a hole as
 * `undefined`) and taken by `read`; or `undefined` when it is not an array, cannot be read, or
 * has an element `read` refuses (answers `undefined` for). Stops at the first refusal.
 */
export function readEach<T>(list: unknown, read: (v: unknown) => T | undefined): T[] | undefined {
  if (!isArray(list)) return undefined
  const length = ownValue(list, 'length')
  if (typeof length !== 'number') return undefined
  const out: T[] = []
  for (let i = 0; i < length; i++) {
    const item = read(ownValue(list, i))
    if (item === undefined) return undefined
    out.push(item)
  }
  return out
}
