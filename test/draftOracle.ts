/**
 * The oracle of the draft's tests: a draft's state must be exactly what prepareBatch answers for
 * the same request and options (SPEC, createDraft), field by field.
 */
import * as E from 'fp-ts/Either'
import { prepareBatch, type PrepareOptions } from '../src/compose'
import type { DraftState } from '../src/draft'

/** The request as the draft holds it after `patch`: top-level fields replaced, `undefined` removes one. */
export function apply(input: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...input, ...patch }).filter(([, v]) => v !== undefined))
}

/** Expects `state` to be prepareBatch's answer for `request`: issues, summary, windows and every message. */
export function expectSameAsPrepare(state: DraftState, request: unknown, options: PrepareOptions): void {
  const r = prepareBatch(request, options)
  if (E.isLeft(r)) {
    expect(state.issues).toStrictEqual(r.left)
    return
  }
  expect(state.issues).toStrictEqual(r.right.warnings)
  expect(state.summary).toStrictEqual(r.right.summary)
  expect(state.windows).toStrictEqual(r.right.windows)
  r.right.messages.forEach((m, i) => expect(state.message(i)).toStrictEqual(m))
  expect(state.message(r.right.messages.length)).toBeUndefined()
}
