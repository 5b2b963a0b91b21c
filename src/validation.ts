/**
 * Accumulating validation with warnings on both sides.
 *
 * Inside the library a check returns fp-ts `These<NonEmptyArray<Issue>, A>`:
 * - `Right(a)`: valid, nothing to say;
 * - `Both(warnings, a)`: valid, with warnings;
 * - `Left(issues)`: invalid; `issues` holds at least one error and the warnings found so far.
 *
 * `These`'s applicative over the `NonEmptyArray` semigroup is exactly the accumulation we
 * want: a `Left` met with a `Both` keeps both sides' issues, so an invalid result still carries
 * every warning. (fp-ts `Either`'s validation applicative would drop the warnings of the valid
 * fields.) At the public boundary it becomes `Either<NonEmptyArray<Issue>, Checked<A>>`.
 *
 * @packageDocumentation
 */
import * as E from './either.js'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import * as Th from './these.js'
import { excerpt } from './excerpt.js'
import { isError, makeIssue, type Issue, type IssueCode, type Path } from './issue.js'

/**
 * A value that passed its checks, with the warnings found on the way.
 *
 * @category Validation
 */
export interface Checked<A> {
  /** The checked (and normalised) value. */
  readonly value: A
  /** The warnings found on the way; an empty array when there are none. */
  readonly warnings: ReadonlyArray<Issue>
}

/**
 * The public result of a check: every error (and the warnings so far) on the left, the checked
 * value with its warnings on the right.
 *
 * @category Validation
 */
export type Result<A> = E.Either<NonEmptyArray<Issue>, Checked<A>>

/** The internal result of a check (see the module comment). */
export type Validation<A> = Th.These<NonEmptyArray<Issue>, A>

/** The value type of a validation. */
type ValueOf<V> = [V] extends [Th.These<NonEmptyArray<Issue>, infer A>] ? A : never

/**
 * Combines independent checks into one: `sequenceS(Applicative)` from fp-ts, written out.
 * The issues of every field, in field order, concatenated (`NonEmptyArray` semigroup); `Left` as
 * soon as one field is `Left`, else `Both` when some field has warnings, else `Right`.
 *
 * Written by hand because `fp-ts/Apply`'s `sequenceS` weighs 0.4 KB min+gz in a browser bundle
 * for one call; a property test proves it equal to `sequenceS(Applicative)`.
 */
export function struct<R extends Readonly<Record<string, Validation<unknown>>>>(
  fields: R,
): Validation<{ readonly [K in keyof R]: ValueOf<R[K]> }> {
  const issues: Issue[] = []
  let failed = false
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(fields)) {
    const v = fields[key]
    if (v === undefined) continue
    // A loop, not push(...v.left): a spread of 150,000 issues overflows the call stack.
    if (v._tag !== 'Right') for (const i of v.left) issues.push(i)
    if (v._tag === 'Left') failed = true
    else out[key] = v.right
  }
  const value = out as { readonly [K in keyof R]: ValueOf<R[K]> }
  const nea = toNonEmpty(issues)
  if (nea === undefined) return Th.right(value)
  return failed ? Th.left(nea) : Th.both(nea, value)
}

/**
 * Maps the value of a validation, keeping its issues (`These`'s `map`, written out so that a
 * browser bundle does not carry fp-ts's functor machinery for two calls).
 */
export function mapValid<A, B>(v: Validation<A>, f: (a: A) => B): Validation<B> {
  return v._tag === 'Left' ? v : v._tag === 'Right' ? Th.right(f(v.right)) : Th.both(v.left, f(v.right))
}

/** A valid value with no issues. */
export const valid = <A>(a: A): Validation<A> => Th.right(a)

/** A copy of `xs` as a `NonEmptyArray`, or `undefined` when it is empty. */
export function toNonEmpty<T>(xs: ReadonlyArray<T>): NonEmptyArray<T> | undefined {
  // A copy of an array with an element has an element: the cast only says what the length did.
  return xs.length > 0 ? ([...xs] as NonEmptyArray<T>) : undefined
}

/** An invalid result holding one issue (an error). */
export const invalid = <A = never>(issue: Issue): Validation<A> => Th.left([issue])

/**
 * Builds a result from issues found by a hand-written loop: `Left` if one is an error,
 * else the value with the warnings.
 */
export function fromIssues<A>(issues: ReadonlyArray<Issue>, a: A): Validation<A> {
  const nea = toNonEmpty(issues)
  if (nea === undefined) return Th.right(a)
  return nea.some(isError) ? Th.left(nea) : Th.both(nea, a)
}

/** The issues of a result, errors and warnings, in the order found. */
export function issuesOf<A>(v: Validation<A>): ReadonlyArray<Issue> {
  return Th.isRight(v) ? [] : v.left
}

/** Converts an internal result to the public `Either`. */
export function toResult<A>(v: Validation<A>): Result<A> {
  return v._tag === 'Left' ? E.left(v.left) : E.right({ value: v.right, warnings: v._tag === 'Both' ? v.left : [] })
}

/**
 * How many issues of one code a list reports before it only counts them.
 *
 * @category Validation
 */
export const ISSUES_PER_CODE_CAP = 1000

/**
 * Collects issues for a long list (a million recipients must not make a million issues): at
 * most `cap` of one code are kept, the rest are counted in one `request.too_many_issues`
 * warning at `summaryPath`. An issue object added twice (a shared body-level issue) is kept once.
 */
export interface IssueSink {
  readonly push: (issue: Issue) => void
  /**
   * Counts one issue of `code` and makes it with `make` only when it is kept: past the cap an
   * issue is counted, never built (no path, no message, no params).
   */
  readonly add: (code: IssueCode, make: () => Issue) => void
  readonly issues: () => Issue[]
}

/** Starts an {@link IssueSink}. */
export function issueSink(summaryPath: Path, cap: number = ISSUES_PER_CODE_CAP): IssueSink {
  const list: Issue[] = []
  const seen = new Set<Issue>()
  const counts = new Map<IssueCode, number>()
  return {
    push(issue) {
      if (seen.has(issue)) return
      const n = (counts.get(issue.code) ?? 0) + 1
      counts.set(issue.code, n)
      if (n > cap) return
      // Only kept issues are remembered: the set stays within cap × codes.
      seen.add(issue)
      list.push(issue)
    },
    add(code, make) {
      const n = (counts.get(code) ?? 0) + 1
      counts.set(code, n)
      // A fresh issue is never one already kept: no need to remember it in `seen`.
      if (n <= cap) list.push(make())
    },
    issues() {
      const omitted: Issue[] = []
      for (const [code, n] of counts) {
        if (n > cap) omitted.push(makeIssue('request.too_many_issues', summaryPath, { code, omitted: n - cap, cap }))
      }
      return omitted.length === 0 ? list : [...list, ...omitted]
    },
  }
}

/** A short description of something thrown, without calling back into caller code twice. */
function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`
  return typeof e === 'string' ? e : typeof e
}

/**
 * Runs a check over caller-supplied input so that it never throws: JSON input cannot throw
 * when read, but a JavaScript caller may pass a getter or a Proxy that does. Such a throw
 * becomes one `request.unreadable` error at `""` instead of an exception.
 */
export function guard<A>(run: () => E.Either<NonEmptyArray<Issue>, A>): E.Either<NonEmptyArray<Issue>, A> {
  try {
    return run()
  } catch (e) {
    let reason: string
    try {
      // A caller's error message can be of any length: the issue shows an excerpt.
      reason = excerpt(describeThrown(e))
    } catch {
      reason = 'a property access threw'
    }
    return E.left([makeIssue('request.unreadable', [], { reason })])
  }
}

