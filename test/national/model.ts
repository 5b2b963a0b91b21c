/**
 * A slow, independent model of the national tables for the tests: Android's tables
 * (fixtures/android.json) with the standard's values at the two positions where Android departs
 * from it, as sets of characters; and the septets of a text with a pair of tables.
 */
import android from './fixtures/android.json'

type Tables = Record<string, Record<string, string>>

const chars = (table: Record<string, string> | undefined): Set<string> =>
  new Set(Object.values(table ?? {}).map((u) => String.fromCharCode(parseInt(u.slice(2), 16))))

const locking = android.locking as Tables
const single = android.single as Tables

/** The characters of each locking table (`default` the default alphabet). */
export const MODEL_LOCKING: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.keys(locking).map((l) => {
    const set = chars(locking[l])
    if (l === 'kn') set.delete('\u0ca1') // the standard has ಪ at 0x24 (also at 0x3D)
    return [l, set]
  }),
)

/** The characters of each single shift table (`default` the extension table). */
export const MODEL_SINGLE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.keys(single).map((l) => {
    const set = chars(single[l])
    if (l === 'te') set.delete('\u20ac') // the standard leaves Telugu single shift 0x65 unassigned
    return [l, set]
  }),
)

/** Septets of each character of `text` with the pair, or `undefined` when the pair does not cover it. */
export function modelSeptets(text: string, lockingShift: string | null, singleShift: string | null): number[] | undefined {
  const l = MODEL_LOCKING.get(lockingShift ?? 'default') ?? new Set<string>()
  const s = MODEL_SINGLE.get(singleShift ?? 'default') ?? new Set<string>()
  const out: number[] = []
  for (const ch of text.split('')) {
    if (l.has(ch)) out.push(1)
    else if (s.has(ch)) out.push(2)
    else return undefined
  }
  return out
}

/** The sum of a list of numbers. */
export const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0)
