/**
 * fp-ts's `These` values, built as the plain data they are, typed with fp-ts's own `These`
 * (see src/either.ts for why: `fp-ts/These` runs top-level code a bundler cannot drop).
 *
 * @packageDocumentation
 */
import type { These } from 'fp-ts/These'
import type { Right } from 'fp-ts/Either'

export type { These }

/** `Left(e)`: invalid. */
export const left = <E, A = never>(e: E): These<E, A> => ({ _tag: 'Left', left: e })

/** `Right(a)`: valid, nothing to say. */
export const right = <A, E = never>(a: A): These<E, A> => ({ _tag: 'Right', right: a })

/** `Both(e, a)`: valid, with something to say. */
export const both = <E, A>(e: E, a: A): These<E, A> => ({ _tag: 'Both', left: e, right: a })

/** Whether `x` is a `Right`. */
export const isRight = <E, A>(x: These<E, A>): x is Right<A> => x._tag === 'Right'
