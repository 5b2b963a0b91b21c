/**
 * Runs the examples of the rules table (test/rules-doc/table.ts): shared by the test that
 * renders docs/rules.md and the message tests of test/issue.test.ts.
 */
import * as E from 'fp-ts/Either'
import { validateBatch } from '../../src/batch'
import { validateBatchJson } from '../../src/batchJson'
import { prepareBatch } from '../../src/compose'
import type { Issue } from '../../src/issue'
import { priceBatch, validatePricing, type PriceInput } from '../../src/pricing'
import { resolveWindows } from '../../src/rules/windows'
import { NOW, type RuleEntry } from './table'

/** Runs an example through its function. */
export function run(entry: RuleEntry): E.Either<ReadonlyArray<Issue>, unknown> {
  const now = entry.options?.now ?? NOW
  switch (entry.call) {
    case 'validateBatch':
      return validateBatch(entry.input, { now })
    case 'prepareBatch':
      return prepareBatch(entry.input, entry.options?.numberType === undefined ? { now } : { now, numberType: entry.options.numberType })
    case 'validateBatchJson':
      // The JSON-text examples give the text itself.
      return validateBatchJson(typeof entry.input === 'string' ? entry.input : '', { now })
    case 'resolveWindows':
      return resolveWindows(entry.input, now)
    case 'priceBatch':
      // priceBatch reads its input's own properties defensively; the examples give wrong values on purpose.
      return priceBatch(entry.input as PriceInput, entry.options?.pricing)
    case 'validatePricing':
      return validatePricing(entry.input)
  }
}

/** Every issue of a result: the Left's, or the warnings of a Right. */
export function issuesOf(result: E.Either<ReadonlyArray<Issue>, unknown>): ReadonlyArray<Issue> {
  if (E.isLeft(result)) return result.left
  const right: unknown = result.right
  if (typeof right === 'object' && right !== null && 'warnings' in right) {
    return (right as { readonly warnings: ReadonlyArray<Issue> }).warnings
  }
  return []
}

/** The issues of an example that carry its code. */
export function produced(entry: RuleEntry): ReadonlyArray<Issue> {
  return issuesOf(run(entry)).filter((i) => i.code === entry.code)
}
