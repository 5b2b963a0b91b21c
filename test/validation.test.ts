import { sequenceS } from 'fp-ts/Apply'
import * as Th from 'fp-ts/These'
import fc from 'fast-check'
import { makeIssue, type Issue } from '../src/issue'
import * as NEA from 'fp-ts/NonEmptyArray'
import { fromIssues, struct, toResult, type Validation } from '../src/validation'

/** fp-ts's own accumulation: These over the NonEmptyArray semigroup. */
const Applicative = Th.getApplicative(NEA.getSemigroup<Issue>())

const issue = fc.constantFrom<Issue>(
  makeIssue('sender.missing', ['sender']),
  makeIssue('tag.duplicate', ['tags', 1], { tag: 'a', first: 0 }),
  makeIssue('body.empty', ['body']),
  makeIssue('deliveryReportUrl.not_https', ['deliveryReportUrl']),
)
const validation: fc.Arbitrary<Validation<number>> = fc
  .tuple(fc.array(issue, { maxLength: 3 }), fc.integer())
  .map(([issues, n]) => fromIssues(issues, n))

describe('struct', () => {
  it('combines a Left and a Both into a Left holding both sides’ issues, in field order', () => {
    const w = makeIssue('tag.duplicate', ['tags', 1], { tag: 'a', first: 0 })
    const e = makeIssue('sender.missing', ['sender'])
    expect(struct({ a: Th.both([w], 1), b: Th.left([e]) })).toStrictEqual(Th.left([w, e]))
  })

  describe('properties', () => {
    it('equals fp-ts sequenceS over the These applicative', () => {
      fc.assert(
        fc.property(validation, validation, validation, (a, b, c) => {
          expect(struct({ a, b, c })).toStrictEqual(sequenceS(Applicative)({ a, b, c }))
        }),
      )
    })

    it('never holds an error on the right side of the public result', () => {
      fc.assert(
        fc.property(validation, validation, (a, b) => {
          const r = toResult(struct({ a, b }))
          return r._tag === 'Left' ? r.left.some((i) => i.severity === 'error') : r.right.warnings.every((i) => i.severity === 'warning')
        }),
      )
    })
  })
})
