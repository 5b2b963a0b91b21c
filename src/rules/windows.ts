/**
 * The `deliveryWindows` field: parsing, defaults, ordering and overlap of delivery windows.
 *
 * @packageDocumentation
 */
import { addHours } from 'date-fns/addHours'
import { isJsonObject } from '../json/guards.js'
import * as E from '../either.js'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import { excerpt } from '../excerpt.js'
import { isError, makeIssue, type Issue, type Path } from '../issue.js'
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { elementAt, ownValue, timeOf } from '../own.js'
import { editDistance, hasOwn } from '../text.js'
import { fromIssues, guard, issueSink, issuesOf, toNonEmpty, toResult, type IssueSink, type Result, type Validation } from '../validation.js'

/**
 * A delivery window resolved against "now": both bounds are UTC ISO-8601 strings as
 * `Date.prototype.toISOString` writes them (`2026-05-01T07:00:00.000Z`).
 *
 * @category Delivery windows
 */
export interface ResolvedWindow {
  /** When the window opens, in UTC. */
  readonly opens: string
  /** When the window closes, in UTC. */
  readonly closes: string
}

/**
 * A normalised delivery window that may still wait for "now": a bound is a UTC ISO-8601 string,
 * or `null` when it can only be known from "now" (`opens: null` means "now"; `closes: null`
 * then means "now + 168 hours").
 *
 * @category Delivery windows
 */
export interface WindowSpec {
  /** When the window opens, in UTC, or `null` for "now". */
  readonly opens: string | null
  /** When the window closes, in UTC, or `null` for 168 hours after it opens. */
  readonly closes: string | null
}

/**
 * How long a window stays open when its `closes` is null: 168 hours (7 days of 24 hours, in
 * UTC, whatever the local clocks do meanwhile).
 *
 * @category Delivery windows
 */
export const DEFAULT_WINDOW_HOURS = 168

/**
 * The one shape a bound may have, checked before date-fns sees it. Linear and anchored: a full
 * extended-format date-time `YYYY-MM-DDThh:mm[:ss[.fraction]]`, then `Z`, `±hh:mm`, `±hhmm`,
 * `±hh` or nothing. Groups: 1 year, 2 month, 3 day, 4 hour, 5 minute, 6 second, 7 fraction,
 * 8 `Z`, 9 offset sign, 10 offset hours, 11 offset minutes.
 */
export const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/

/** The largest UTC offset accepted, in minutes (±14:00, the widest offset in use). */
const MAX_OFFSET_MINUTES = 14 * 60

const MS_PER_MINUTE = 60_000

/** A parsed bound: the instant in epoch milliseconds, and whether it was written without an offset. */
interface Instant {
  readonly ms: number
  readonly noOffset: boolean
}

/** The two ASCII digits at `i` and `i + 1` of a string already matched by {@link DATE_TIME}. */
const twoDigits = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48

/**
 * Parses one bound, or `undefined` when it is not an ISO-8601 date-time we accept. The string is
 * shape-checked by {@link DATE_TIME}, then its fields are read as a UTC wall-clock time (so a
 * time without an offset is never read as local time), and shifted by the written offset. A fraction finer than milliseconds is cut, never rounded. The
 * date must round-trip: `02-30` or `24:00` never rolls over. (date-fns `parseISO` was measured
 * 7× and `parseJSON` 2× slower than reading the fields the shape check already has.)
 */
function parseInstant(text: string): Instant | undefined {
  const m = DATE_TIME.exec(text)
  if (m === null) return undefined
  // The date and the time up to the minutes sit at fixed positions: YYYY-MM-DDThh:mm
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  const second = m[6] === undefined ? 0 : twoDigits(text, 17)
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const sign = m[9]
  const noOffset = m[8] === undefined && sign === undefined
  const offsetMinutes = m[11] === undefined ? 0 : twoDigits(m[11], 0)
  const offsetTotal = m[10] === undefined ? 0 : twoDigits(m[10], 0) * 60 + offsetMinutes
  if (offsetMinutes > 59 || offsetTotal > MAX_OFFSET_MINUTES) return undefined
  const fraction = m[7] ?? ''
  // The written wall-clock time, read as UTC field by field (setUTCFullYear keeps years below
  // 100 as written, where Date.UTC would make them 19xx); a fraction finer than milliseconds is
  // cut, never rounded.
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2)
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const wall = new Date(0)
  wall.setUTCFullYear(year, month - 1, day)
  wall.setUTCHours(hour, minute, second, Number(fraction.slice(0, 3).padEnd(3, '0')))
  // Four-digit years and two-digit fields always make a valid Date (far inside its range). A
  // date that does not exist rolls over, and always into another month: a day past the month's
  // end or 00 moves the month, a month 13 or more or 00 moves to a month from 1 to 12. The time
  // was checked above and moves nothing. So the month alone tells whether the date exists.
  const roundTrips = wall.getUTCMonth() + 1 === month
  const ms = wall.getTime() - (sign === '-' ? -offsetTotal : offsetTotal) * MS_PER_MINUTE
  return roundTrips ? { ms, noOffset } : undefined
}

/**
 * A date-time read by {@link parseDateTime}.
 *
 * @category Delivery windows
 */
export interface ParsedDateTime {
  /** The instant. */
  readonly date: Date
  /** Whether it was written without a UTC offset (and so read as UTC). */
  readonly noOffset: boolean
}

/**
 * Parses a date-time exactly as a delivery window bound is parsed (same grammar, same code):
 * `YYYY-MM-DDThh:mm[:ss[.fraction]]` (`T` or `t`), then `Z`/`z`, `±hh:mm`, `±hhmm`, `±hh` (at
 * most 14 hours) or nothing. Without an offset the time is read as UTC, never local time, and
 * `noOffset` is `true`. Anything else (date-only values, a space for `T`, hour 24, second 60,
 * dates that do not exist, free-form text) is `undefined`; it never throws.
 *
 * @param text - The date-time as written, e.g. the value of a command-line option.
 * @returns The instant and whether it was written without an offset, or `undefined`.
 * @example
 * ```ts
 * import { parseDateTime } from 'sms-preflight'
 * parseDateTime('2026-11-25T08:30:00+01:00') // { date: new Date('2026-11-25T07:30:00.000Z'), noOffset: false }
 * parseDateTime('2026-11-25T08:30:00')       // { date: new Date('2026-11-25T08:30:00.000Z'), noOffset: true }
 * parseDateTime('Nov 25 2026')               // undefined
 * ```
 * @category Delivery windows
 */
export function parseDateTime(text: string): ParsedDateTime | undefined {
  // A JavaScript caller may pass anything; the regular expression would coerce it to a string.
  if (typeof text !== 'string') return undefined
  const instant = parseInstant(text)
  return instant === undefined ? undefined : { date: new Date(instant.ms), noOffset: instant.noOffset }
}

const iso = (ms: number): string => new Date(ms).toISOString()

const plus168h = (ms: number): number => addHours(ms, DEFAULT_WINDOW_HOURS).getTime()

/**
 * The last instant a window may close at: 9999-12-31T23:59:59.999Z. Later ones exist as `Date`s
 * but not as four-digit years: ISO 8601 writes them `+010000-…` (which no bound may be written
 * as), and .NET's `DateTime`, the provider's, ends there.
 */
const LAST_INSTANT = 253_402_300_799_999 // Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/** One window after parsing: bounds in epoch milliseconds, `null` while unknown. */
interface Slot {
  readonly index: number
  readonly opens: number | null
  readonly closes: number | null
}

/** The two keys a window object defines, in lower case. */
type WindowKey = 'opens' | 'closes'

/**
 * The window key an unknown key most likely means: the same letters ignoring case, `_` and `-`
 * (`Open_s`), or the key within an edit distance of 2 (`open`, `close`, `opnes`); the nearer one
 * when both are (`opens` on a tie), else `undefined`.
 */
function suggestWindowKey(key: string): WindowKey | undefined {
  // Within distance 2 of a 5- or 6-letter key, a name has 3 to 8 letters: stop past 8.
  let folded = ''
  for (let i = 0; i < key.length && folded.length <= 8; i++) {
    const c = key[i]
    if (c !== '-' && c !== '_') folded += c
  }
  // At most 9 letters: a longer key is past the distance of 2 anyway (as is one of 2 or fewer).
  folded = folded.toLowerCase()
  const toOpens = editDistance(folded, 'opens')
  const toCloses = editDistance(folded, 'closes')
  if (Math.min(toOpens, toCloses) > 2) return undefined
  return toOpens <= toCloses ? 'opens' : 'closes'
}

/**
 * Reads one bound: the instant when it parses, else `undefined` after pushing the `*_invalid`
 * error (`null` and a missing value are handled by the caller). A bound without an offset also
 * pushes `window.no_offset`.
 */
function readBound(raw: unknown, key: WindowKey, at: Path, sink: IssueSink): number | undefined {
  const instant = typeof raw === 'string' ? parseInstant(raw) : undefined
  if (instant === undefined || typeof raw !== 'string') {
    const code = key === 'opens' ? 'window.opens_invalid' : 'window.closes_invalid'
    sink.add(code, () => makeIssue(code, at))
    return undefined
  }
  // The grammar allows a fraction of any length: the warning shows an excerpt of the bound.
  if (instant.noOffset) sink.add('window.no_offset', () => makeIssue('window.no_offset', at, { value: excerpt(raw) }))
  return instant.ms
}

/**
 * The bounds of one window object (`null` when absent or null, `undefined` when invalid), its
 * issues pushed in key order. Keys match case-insensitively and the first spelling wins: a later
 * spelling is `request.duplicate_field` at that key (its value is not read), every other key is
 * `request.unknown_field` (w), with a suggestion when one is near. Own keys only.
 */
function boundsOf(o: Readonly<Record<string, unknown>>, at: Path, sink: IssueSink): Record<WindowKey, number | null | undefined> {
  const bounds: Record<WindowKey, number | null | undefined> = { opens: null, closes: null }
  const firstKey: Record<WindowKey, string | undefined> = { opens: undefined, closes: undefined }
  for (const key of Object.keys(o)) {
    if (!hasOwn(o, key)) continue
    // Only a key as short as "closes" is lowered: a long one (10 MB) is never copied to compare.
    const lower = key.length > 6 ? key : key.toLowerCase()
    if (lower !== 'opens' && lower !== 'closes') {
      sink.add('request.unknown_field', () => {
        const suggestion = suggestWindowKey(key)
        const field = excerpt(key)
        return makeIssue('request.unknown_field', [...at, key], suggestion === undefined ? { field } : { field, suggestion })
      })
      continue
    }
    const first = firstKey[lower]
    if (first !== undefined) {
      sink.add('request.duplicate_field', () => makeIssue('request.duplicate_field', [...at, key], { field: key, first }))
      continue
    }
    firstKey[lower] = key
    const raw = o[key]
    bounds[lower] = raw === null || raw === undefined ? null : readBound(raw, lower, [...at, key], sink)
  }
  return bounds
}

/**
 * Orders slots by `opens`, unknown `opens` first. `Array.prototype.sort` is stable and the slots
 * come in input order, so ties keep it. Two unknown `opens` give `-Infinity - -Infinity`, `NaN`,
 * which the sort reads as a tie (ECMA-262, SortCompare).
 */
const bySlotOpens = (a: Slot, b: Slot): number => (a.opens ?? -Infinity) - (b.opens ?? -Infinity)

/** A window that overlaps an earlier one: its input index and the other window's. */
interface Overlap {
  readonly index: number
  readonly other: number
}

/**
 * Flags every window that overlaps a window before it in `sorted` order (which must be
 * {@link bySlotOpens} order), naming the input index of the earlier window with the latest
 * `closes`. One pass: a window overlaps some earlier one exactly when it opens before the
 * greatest `closes` seen so far (half-open intervals, so touching is fine). `found` holds the
 * overlaps already known (of windows that take no part in the sweep); all go to `sink` in input
 * order (each made only if the sink keeps it).
 */
function sweepOverlaps(sorted: ReadonlyArray<Slot>, at: Path, found: Overlap[], sink: IssueSink): void {
  // The window with the greatest closes seen so far (the first of them on a tie).
  let latest: { readonly index: number; readonly closes: number } | undefined
  for (const slot of sorted) {
    // Only proper intervals take part: both bounds known, closes after opens.
    if (slot.opens === null || slot.closes === null || slot.closes <= slot.opens) continue
    if (latest !== undefined && slot.opens < latest.closes) found.push({ index: slot.index, other: latest.index })
    if (latest === undefined || slot.closes > latest.closes) latest = { index: slot.index, closes: slot.closes }
  }
  // In input order (they follow the issues of each window, which are in input order too).
  found.sort((a, b) => a.index - b.index)
  for (const { index, other } of found) sink.add('window.overlap', () => makeIssue('window.overlap', [...at, index], { other }))
}

/** The outcome shared by the exported forms: the issues found and the windows, sorted. */
interface Outcome {
  readonly issues: ReadonlyArray<Issue>
  readonly slots: ReadonlyArray<Slot>
}

function run(value: unknown, path: Path, now: number | undefined): Outcome {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    // A usable now leaves room for the default window (see nowMs).
    const closes = now === undefined ? null : plus168h(now)
    return { issues: [], slots: [{ index: 0, opens: now ?? null, closes }] }
  }
  if (!Array.isArray(value)) return { issues: [makeIssue('windows.invalid_type', path)], slots: [] }
  // At most ISSUES_PER_CODE_CAP issues of one code are made; the rest are only counted (one
  // request.too_many_issues at `path` says how many).
  const sink = issueSink(path)
  const slots: Slot[] = []
  const found: Overlap[] = []
  let firstOpensNow: number | undefined
  // A for loop with an index visits holes of sparse arrays too: a hole is a missing window
  // (window.invalid_type), never one read through Array.prototype.
  for (let i = 0; i < value.length; i++) {
    const element: unknown = elementAt(value, i)
    if (!isJsonObject(element)) {
      sink.add('window.invalid_type', () => makeIssue('window.invalid_type', [...path, i]))
      continue
    }
    const bounds = boundsOf(element, [...path, i], sink)
    const givenOpens = bounds.opens
    const givenCloses = bounds.closes
    if (givenOpens === undefined || givenCloses === undefined) continue
    const opens = givenOpens ?? now ?? null
    const closes = givenCloses ?? (opens === null ? null : plus168h(opens))
    // With opens null the window opens "now": closing at or before it is window.in_past alone.
    if (givenOpens !== null && closes !== null && closes <= givenOpens) {
      const before = closes
      sink.add('window.closes_before_opens', () =>
        makeIssue('window.closes_before_opens', [...path, i], { opens: iso(givenOpens), closes: iso(before) }),
      )
    }
    if (closes !== null && closes > LAST_INSTANT) {
      const late = closes
      sink.add('window.too_late', () => makeIssue('window.too_late', [...path, i], { closes: iso(late) }))
    }
    if (now !== undefined && closes !== null && closes <= now) {
      const past = closes
      sink.add('window.in_past', () => makeIssue('window.in_past', [...path, i], { closes: iso(past), now: iso(now) }))
    }
    if (opens === null) {
      // Without "now", windows opening "now" all start at the same instant, whatever it is, and
      // each lasts until a closes after it (or is window.in_past, an error anyway): they overlap.
      // Against a window with known bounds it depends on "now", so nothing is decided.
      if (firstOpensNow === undefined) firstOpensNow = i
      else found.push({ index: i, other: firstOpensNow })
    }
    slots.push({ index: i, opens, closes })
  }
  slots.sort(bySlotOpens)
  sweepOverlaps(slots, path, found, sink)
  return { issues: sink.issues(), slots }
}

/**
 * `now` in epoch milliseconds, or `undefined` when absent, not a `Date`, an Invalid Date, or so
 * late that `now` + 168 hours (the default window's closing) is after {@link LAST_INSTANT}: in
 * the last week of 9999, or past the end of the `Date` range. A `Date` of another realm
 * (a `vm` context, an iframe) is a `Date`; an object that only inherits from `Date.prototype` is
 * not (see {@link timeOf}).
 */
function nowMs(now: unknown): number | undefined {
  const ms = timeOf(now)
  if (ms === undefined || Number.isNaN(ms)) return undefined
  // NaN past the end of the Date range, which compares false.
  return plus168h(ms) <= LAST_INSTANT ? ms : undefined
}

/**
 * "Now" as a `Date` of this realm, read once from what the caller gave, or `undefined` when it
 * cannot serve as "now": not a valid `Date` (of any realm), or too near the end of the `Date`
 * range for the default window (now + 168 hours) to be represented.
 */
export function usableNow(now: unknown): Date | undefined {
  const ms = nowMs(now)
  return ms === undefined ? undefined : new Date(ms)
}

const specOf = (slot: Slot): WindowSpec => ({
  opens: slot.opens === null ? null : iso(slot.opens),
  closes: slot.closes === null ? null : iso(slot.closes),
})

/**
 * The rule, with the field at `path` (issue paths are `[...path, i]`, `[...path, i, key]`).
 * With `now` every bound is resolved and every check runs; without it (or with an Invalid Date)
 * null bounds that need "now" stay null and `window.in_past` is never reported.
 */
export function checkWindows(value: unknown, path: Path, now: Date | undefined): Validation<ReadonlyArray<WindowSpec>> {
  const { issues, slots } = run(value, path, nowMs(now))
  return fromIssues(issues, slots.map(specOf))
}

function resolveWindowsUnguarded(windows: unknown, now: Date): E.Either<NonEmptyArray<Issue>, ResolvedWindow[]> {
  const ms = nowMs(now)
  const { issues, slots } = run(windows, [], ms)
  if (ms === undefined) {
    const nowInvalid = makeIssue('options.now_invalid', [])
    return E.left([nowInvalid, ...issues])
  }
  const found = toNonEmpty(issues)
  if (found !== undefined && found.some(isError)) return E.left(found)
  return E.right(slots.map((s) => ({ opens: iso(s.opens ?? ms), closes: iso(s.closes ?? plus168h(s.opens ?? ms)) })))
}

/**
 * Resolves the delivery windows against `now`: defaults filled, every bound in UTC, sorted by
 * `opens`, and every error of the field at once.
 *
 * - `opens` null → `now`; `closes` null → `opens` + 168 hours exactly.
 * - Absent, `null` or `[]` → one window from `now` to `now` + 168 hours.
 * - A bound is `null` or an ISO-8601 date-time string with both date and time (`T`, or `t` as
 *   RFC 3339 allows; minutes required, seconds and a fraction optional, a fraction finer than
 *   milliseconds is truncated) and an offset `Z`/`z`, `±hh:mm`, `±hhmm` or `±hh` of at most
 *   14 hours. Without an offset it is read as UTC (never local time) with the warning
 *   `window.no_offset`. Date-only values, week dates, a space instead of `T`, hour 24, leap
 *   second 60 and dates that do not exist (`2026-02-30`) are `window.opens_invalid` /
 *   `window.closes_invalid` at the bound's own path (its key as spelled). {@link parseDateTime}
 *   reads the same grammar.
 * - Inside a window, keys match case-insensitively and the first spelling wins: a later
 *   spelling (`{ opens, Opens }`) is `request.duplicate_field` at that key with
 *   `params.first`; every other key is `request.unknown_field` (w) at that key, with
 *   `params.suggestion` `'opens'` or `'closes'` when one is near (same letters ignoring case,
 *   `_` and `-`, or an edit distance of at most 2).
 * - `window.closes_before_opens`, `window.in_past` and `window.overlap` stand at the window's
 *   path (`/3`). A window whose `opens` was null and whose `closes` is at or before `now` gets
 *   `window.in_past` only.
 * - Overlap: windows are sorted once by `opens` (ties by input index) and swept keeping the
 *   window with the latest `closes` so far; a window that opens before that `closes` overlaps
 *   it and gets `window.overlap` with `params.other` = that window's input index. Intervals are
 *   half-open, so a window may open exactly when another closes. O(n log n), never pairwise.
 *   Windows with an invalid bound, or that close at or before they open, take no part.
 *
 * Warnings are dropped from a `Right`; {@link validateDeliveryWindows} keeps them.
 *
 * @remarks An Invalid Date as `now` (or one within 168 hours of 9999-12-31T23:59:59.999Z,
 * which leaves no room for the default window) cannot resolve anything nor prove a window is in the
 * future: the result is then a `Left` holding `options.now_invalid` at `""`, followed by the
 * issues that do not depend on `now`. A `Date` of another realm (a `vm` context, an iframe) is
 * a `Date`; an object that only inherits from `Date.prototype` is not. A hole in `windows` is
 * a missing window (`window.invalid_type`). The function never throws.
 *
 * @param windows - The `deliveryWindows` value of a request, as parsed from JSON.
 * @param now - The caller's current time.
 * @returns Every issue, or the resolved windows sorted by `opens`.
 * @example
 * ```ts
 * import { resolveWindows } from 'sms-preflight'
 * resolveWindows([{ opens: '2026-05-02T09:00:00+02:00', closes: null }], new Date('2026-05-01T00:00:00Z'))
 * // Right([{ opens: '2026-05-02T07:00:00.000Z', closes: '2026-05-09T07:00:00.000Z' }])
 * ```
 * @category Delivery windows
 */
export function resolveWindows(windows: unknown, now: Date): E.Either<NonEmptyArray<Issue>, ResolvedWindow[]> {
  return guard(() => resolveWindowsUnguarded(windows, now))
}

function validateDeliveryWindowsUnguarded(
  windows: unknown,
  options?: { readonly now?: Date },
): Result<ReadonlyArray<WindowSpec>> {
  // An own property only: an inherited (polluted) `now` is no "now"; one that throws is unusable.
  const now: unknown = ownValue(options, 'now')
  if (now !== undefined && nowMs(now) === undefined) {
    // A "now" that is no usable date is reported, not silently dropped.
    return E.left([makeIssue('options.now_invalid', []), ...issuesOf(checkWindows(windows, [], undefined))])
  }
  return toResult(checkWindows(windows, [], usableNow(now)))
}

/**
 * Checks the delivery windows as a field rule (paths relative to the field, `""` is the
 * array), keeping the warnings. With `options.now` it resolves them like
 * {@link resolveWindows}; without it, bounds that need "now" stay `null` and only the checks
 * that do not depend on "now" run (never `window.in_past`). Two windows whose `opens` is null
 * both open "now", whatever it is, so they overlap: the later one gets `window.overlap` naming
 * the first such window. Whether a window opening "now" overlaps a window with known bounds
 * depends on "now" and is left undecided.
 *
 * @remarks An Invalid Date as `options.now` (or one within 168 hours of
 * 9999-12-31T23:59:59.999Z) is `options.now_invalid`, with every issue that does not depend on "now". `now`
 * counts only as an own property of `options`, and a `Date` of any realm is a `Date`. With
 * `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateDeliveryWindows } from 'sms-preflight'
 * validateDeliveryWindows([{ opens: '2026-05-01T09:00:00', closes: null }])
 * // Right({ value: [{ opens: '2026-05-01T09:00:00.000Z', closes: '2026-05-08T09:00:00.000Z' }],
 * //         warnings: [{ code: 'window.no_offset', path: '/0/opens', … }] })
 * validateDeliveryWindows(null)
 * // Right({ value: [{ opens: null, closes: null }], warnings: [] })
 * ```
 * @category Field rules
 */
export function validateDeliveryWindows(
  windows: unknown,
  options?: { readonly now?: Date } & LocaleOptions,
): Result<ReadonlyArray<WindowSpec>> {
  return localized(guard(() => validateDeliveryWindowsUnguarded(windows, options)), options)
}
