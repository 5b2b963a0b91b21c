import * as E from 'fp-ts/Either'
import type { Issue } from '../src/issue'

/** The codes of a result's issues (Left) or warnings (Right), in order. */
export function codes<A>(r: E.Either<ReadonlyArray<Issue>, { readonly warnings: ReadonlyArray<Issue> }> | E.Either<ReadonlyArray<Issue>, A>): string[] {
  if (E.isLeft(r)) return r.left.map((i) => i.code)
  const right: unknown = r.right
  if (typeof right === 'object' && right !== null && 'warnings' in right) {
    return (right as { warnings: ReadonlyArray<Issue> }).warnings.map((i) => i.code)
  }
  return []
}

/** `[path, code]` pairs of a Left, or throws a readable failure. */
export function errorsOf<A>(r: E.Either<ReadonlyArray<Issue>, A>): Array<[string, string]> {
  if (E.isRight(r)) throw new Error(`expected Left, got Right: ${JSON.stringify(r.right).slice(0, 300)}`)
  return r.left.map((i) => [i.path, i.code])
}

/** The value of a Right, or throws a readable failure. */
export function valueOf<A>(r: E.Either<ReadonlyArray<Issue>, A>): A {
  if (E.isLeft(r)) throw new Error(`expected Right, got Left: ${JSON.stringify(r.left, null, 1).slice(0, 600)}`)
  return r.right
}

/** Deeply freezes a JSON-like value (and returns it). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

/**
 * A size at SPEC's scale ("a million recipients"), in full in `npm test`; mutation runs set
 * MUTATION_SCALE (test/mutation/setup.ts) to run the same logic on a fraction of it.
 */
export function scaled(n: number): number {
  const factor = Number(process.env['MUTATION_SCALE'] ?? '1')
  return Number.isFinite(factor) && factor > 0 && factor <= 1 ? Math.round(n * factor) : n
}
