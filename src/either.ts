/**
 * fp-ts's `Either` values, built as the plain data they are (`{ _tag: 'Left', left }`,
 * `{ _tag: 'Right', right }`), typed with fp-ts's own `Either`.
 *
 * Why not `fp-ts/Either`'s constructors: that module runs top-level code (its type-class
 * instances) that a bundler cannot drop, and with `fp-ts/These` it weighed 0.7 KB min+gzip in
 * the browser bundle for four one-line functions (measured with esbuild; see
 * docs/performance.md). The values are the same, so every fp-ts function works on our results.
 *
 * @packageDocumentation
 */
import type { Either, Left, Right } from 'fp-ts/Either'

export type { Either }

/** `Left(e)`. */
export const left = <E, A = never>(e: E): Either<E, A> => ({ _tag: 'Left', left: e })

/** `Right(a)`. */
export const right = <A, E = never>(a: A): Either<E, A> => ({ _tag: 'Right', right: a })

/** Whether `x` is a `Left`. */
export const isLeft = <E, A>(x: Either<E, A>): x is Left<E> => x._tag === 'Left'

/** Whether `x` is a `Right`. */
export const isRight = <E, A>(x: Either<E, A>): x is Right<A> => x._tag === 'Right'
