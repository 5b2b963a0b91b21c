/**
 * The summary's `firstOpens` and `lastCloses` for a batch validated without "now" (SPEC:
 * `validateBatch` without `now` leaves null window bounds unresolved): a bound that depends on
 * "now" is not known, so the summary does not name an instant it cannot know.
 */
import fc from 'fast-check'
import { composeMessages, prepareBatch, summaryBuilder, type Summary } from '../src/compose'
import { validateBatch } from '../src/batch'
import { valueOf } from './helpers'

const BASE = { sender: 'Acme', recipients: ['46701234567'], body: 'Hi' }

/** The summary of a batch validated without now, through summaryBuilder and composeMessages. */
function summaryWithoutNow(deliveryWindows: unknown): Summary {
  const batch = valueOf(validateBatch({ ...BASE, deliveryWindows }))
  const builder = summaryBuilder(batch)
  for (const message of composeMessages(batch)) builder.add(message)
  return builder.result()
}

describe('summary windows of a batch validated without now', () => {
  it('has no first opening when a window opens at null (it opens "now", which the batch does not know)', () => {
    // Without now, the null-opens window opens at an unknown instant, earlier than 2027-01-05:
    // naming 2027-01-05 as the first opening would be wrong.
    const s = summaryWithoutNow([
      { opens: null, closes: '2027-01-03T00:00:00Z' },
      { opens: '2027-01-05T00:00:00Z', closes: '2027-01-06T00:00:00Z' },
    ])
    expect([s.firstOpens, s.lastCloses]).toStrictEqual([null, '2027-01-06T00:00:00.000Z'])
  })

  it('has no last closing when a window closes at null and opens at null (now + 168 hours)', () => {
    const s = summaryWithoutNow([
      { opens: '2027-01-05T00:00:00Z', closes: '2027-01-06T00:00:00Z' },
      { opens: null, closes: null },
    ])
    expect([s.firstOpens, s.lastCloses]).toStrictEqual([null, null])
  })

  it('names both when every bound is known: a null close after a known opening is that opening + 168 hours', () => {
    const s = summaryWithoutNow([
      { opens: '2027-01-05T00:00:00Z', closes: null },
      { opens: '2027-01-02T00:00:00Z', closes: '2027-01-04T00:00:00Z' },
    ])
    expect([s.firstOpens, s.lastCloses]).toStrictEqual(['2027-01-02T00:00:00.000Z', '2027-01-12T00:00:00.000Z'])
  })

  it('has neither for the default window (absent: now to now + 168 hours)', () => {
    const s = summaryWithoutNow(undefined)
    expect([s.firstOpens, s.lastCloses]).toStrictEqual([null, null])
  })

  it('never names an instant outside what prepareBatch says for any now (property)', () => {
    // Whatever "now" turns out to be (before every given bound), prepareBatch's resolved
    // summary must agree with every instant the unresolved summary names.
    const instant = fc.integer({ min: 0, max: 200 }).map((h) => new Date(Date.UTC(2027, 0, 10) + h * 3_600_000).toISOString())
    const bound = fc.option(instant, { nil: null })
    const windows = fc.array(fc.record({ opens: bound, closes: bound }), { minLength: 1, maxLength: 3 })
    fc.assert(
      fc.property(windows, (ws) => {
        const v = validateBatch({ ...BASE, deliveryWindows: ws })
        if (v._tag === 'Left') return
        const now = new Date(Date.UTC(2027, 0, 1))
        const p = prepareBatch({ ...BASE, deliveryWindows: ws }, { now })
        if (p._tag === 'Left') return
        const s = summaryWithoutNow(ws)
        if (s.firstOpens !== null) expect(s.firstOpens).toBe(p.right.summary.firstOpens)
        if (s.lastCloses !== null) expect(s.lastCloses).toBe(p.right.summary.lastCloses)
      }),
      { numRuns: 200 },
    )
  })
})
