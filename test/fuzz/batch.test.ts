/**
 * Fuzzing the whole request: arbitrary values and deep mutations of valid requests through
 * validateBatch and prepareBatch. Each must answer (never throw) with a well-formed Either whose
 * issues are in the catalogue, graded as the catalogue says and point into the input.
 */
import fc from 'fast-check'
import { prepareBatch, validateBatch, type Issue, type PreparedBatch, type PricingOptions } from '../../src/index'
import { NOW, validRequest, validValues } from '../arbitraries'
import { PRICING_OPTION_CODES, expectWellFormed, fuzzParams, hostileString, hostileValue, logConfiguration, mutated, type Resolver } from './support'


/** prepareBatch's issues resolve in the request, except the pricing options' own. */
const inRequestOrPricing =
  (input: unknown, pricing: unknown): Resolver =>
  (issue) =>
    PRICING_OPTION_CODES.has(issue.code) ? pricing : input

/** The warnings of a prepared batch, and every message's own issues (all warnings in a Right). */
const preparedIssues = (right: unknown): ReadonlyArray<Issue> => {
  const p = right as PreparedBatch
  return [...p.warnings, ...p.messages.flatMap((m) => m.issues)]
}

/** Pricing options as a caller might pass them: valid, broken, or anything at all. */
const pricing: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record({ account: fc.constantFrom('SE', 'international'), pricePerSegment: fc.constantFrom('0.35', '0.0595', '1', '0') }),
  fc.record({ account: fc.oneof(fc.constantFrom('SE', 'se', 'EU'), hostileString), pricePerSegment: fc.oneof(hostileString, fc.constantFrom('-0', '1e3', '0.00001')) }),
  hostileValue,
)

/** "Now" as a caller might pass it (an Invalid Date and the ends of the Date range included). */
const now: fc.Arbitrary<Date> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(NOW) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(NaN)) },
  // from JavaScript: anything at all
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constantFrom('2026-01-01T00:00:00Z', null, undefined), hostileValue) as fc.Arbitrary<Date> },
)

/** A request with one field (of any spelling) replaced by the mutation of a valid value. */
const requestWithMutatedField: fc.Arbitrary<unknown> = fc
  .tuple(validRequest, fc.constantFrom(...(Object.keys(validValues) as Array<keyof typeof validValues>)))
  .chain(([request, field]) =>
    mutated(validValues[field]).map((value) => ({ ...request, [field]: value })),
  )

/** Everything the request fuzz feeds in. */
const input: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 5 }) },
  { weight: 2, arbitrary: hostileValue },
  { weight: 5, arbitrary: mutated(validRequest) },
  { weight: 3, arbitrary: requestWithMutatedField },
  { weight: 1, arbitrary: validRequest },
)

beforeAll(() => logConfiguration('fuzz/batch'))

describe('validateBatch', () => {
  describe('properties', () => {
    it('never throws and answers a well-formed Either whose issues point into the request', () => {
      fc.assert(
        fc.property(input, (request) => {
          expectWellFormed(validateBatch(request), () => request)
        }),
        fuzzParams(),
      )
    })

    it('does the same with any "now" and any options (an Invalid Date included)', () => {
      fc.assert(
        fc.property(input, now, hostileValue, (request, at, options) => {
          expectWellFormed(validateBatch(request, { now: at }), () => request)
          expectWellFormed(validateBatch(request, options as { now?: Date }), () => request)
        }),
        fuzzParams(),
      )
    })
  })
})

describe('prepareBatch', () => {
  describe('properties', () => {
    it('never throws and answers a well-formed Either; pricing issues point into the pricing options', () => {
      fc.assert(
        fc.property(input, now, pricing, fc.boolean(), (request, at, price, parts) => {
          const result = prepareBatch(request, { now: at, pricing: price as PricingOptions, parts })
          expectWellFormed(result, inRequestOrPricing(request, price), preparedIssues)
        }),
        fuzzParams(),
      )
    })

    it('never throws whatever the options are (from JavaScript: missing, null, anything)', () => {
      fc.assert(
        fc.property(input, fc.oneof(fc.constantFrom(undefined, null, {}), hostileValue), (request, options) => {
          const result = prepareBatch(request, options as { now: Date })
          expectWellFormed(result, (issue) => (PRICING_OPTION_CODES.has(issue.code) ? (options as { pricing?: unknown } | null)?.pricing : request), preparedIssues)
        }),
        fuzzParams(),
      )
    })
  })
})
