// Delivery-window edges found by mutation testing.
import * as E from 'fp-ts/Either'
import { checkWindows, resolveWindows, usableNow, validateDeliveryWindows } from '../../../src/rules/windows'

const NOW = new Date('2026-11-25T00:00:00Z')
const at = (hhmm: string): string => `2026-12-01T${hhmm}:00Z`
const w = (opens: string, closes: string) => ({ opens: at(opens), closes: at(closes) })
const issues = (r: E.Either<ReadonlyArray<{ path: string; code: string; params?: unknown }>, unknown>) =>
  E.isLeft(r) ? r.left.map((i) => [i.path, i.code, i.params]) : []

describe('overlap: which window is named', () => {
  // SPEC: "window.overlap (… params names the other window's index)". Ties in opens keep input order.
  it('reports the later of two windows opening together, naming the earlier', () => {
    expect(issues(resolveWindows([w('10:00', '11:00'), w('10:00', '12:00')], NOW))).toStrictEqual([['/1', 'window.overlap', { other: 0 }]])
  })

  it('keeps input order among three windows opening together', () => {
    // decisions.md: sorted by opens, "ties by input index". 0 [9–12), 1 [9–17), 2 [9–10): 1 overlaps 0;
    // 2 overlaps both and 1 then holds the latest close. Another order of the tie would name others.
    expect(issues(resolveWindows([w('09:00', '12:00'), w('09:00', '17:00'), w('09:00', '10:00')], NOW))).toStrictEqual([
      ['/1', 'window.overlap', { other: 0 }],
      ['/2', 'window.overlap', { other: 1 }],
    ])
    expect(issues(resolveWindows([w('09:00', '10:00'), w('09:00', '17:00'), w('09:00', '12:00'), w('09:00', '11:00')], NOW))).toStrictEqual([
      ['/1', 'window.overlap', { other: 0 }],
      ['/2', 'window.overlap', { other: 1 }],
      ['/3', 'window.overlap', { other: 1 }],
    ])
  })

  it('names the first of two windows that close together as the one overlapped', () => {
    // 0 [10–12), 1 [11–12), 2 [11:30–13): 1 overlaps 0; 2 overlaps both, and 0 holds the latest close first.
    expect(issues(resolveWindows([w('10:00', '12:00'), w('11:00', '12:00'), w('11:30', '13:00')], NOW))).toStrictEqual([
      ['/1', 'window.overlap', { other: 0 }],
      ['/2', 'window.overlap', { other: 0 }],
    ])
  })

  it('leaves a window that closes at or before it opens out of the overlap check', () => {
    // 0 closes before it opens, 1 spans 09:30–11:00 around 0's opening: only closes_before_opens.
    expect(issues(resolveWindows([w('10:00', '09:00'), w('09:30', '11:00')], NOW)).map(([p, c]) => [p, c])).toStrictEqual([
      ['/0', 'window.closes_before_opens'],
    ])
    // A zero-length window (closes = opens) likewise.
    expect(issues(resolveWindows([w('10:00', '10:00'), w('09:00', '11:00')], NOW)).map(([p, c]) => [p, c])).toStrictEqual([
      ['/0', 'window.closes_before_opens'],
    ])
  })
})

describe('window keys', () => {
  it('suggests opens/closes for keys that fold to them over "_" and "-"', () => {
    const r = validateDeliveryWindows([{ opens: at('10:00'), closes: at('11:00'), o_p_e_n: 1, 'c-l-o-s-e': 2 }])
    expect(E.isRight(r) ? r.right.warnings.map((i) => [i.path, i.params]) : []).toStrictEqual([
      ['/0/o_p_e_n', { field: 'o_p_e_n', suggestion: 'opens' }],
      ['/0/c-l-o-s-e', { field: 'c-l-o-s-e', suggestion: 'closes' }],
    ])
  })

  it('suggests opens for a key as near to closes as to opens', () => {
    // decisions.md: "the nearer one; `opens` on a tie". "copes" is two edits from both.
    const r = validateDeliveryWindows([{ opens: at('10:00'), closes: at('11:00'), copes: 1 }])
    expect(E.isRight(r) ? r.right.warnings.map((i) => [i.path, i.params]) : []).toStrictEqual([
      ['/0/copes', { field: 'copes', suggestion: 'opens' }],
    ])
  })

  it('suggests nothing for a key of 9 letters, however near its first 8 are', () => {
    // decisions.md: a suggestion within an edit distance of 2. "closesxy" is 2 edits from
    // closes; "closesxyz" is 3, and "c_losesxy" folds to "closesxy".
    const r = validateDeliveryWindows([{ opens: at('10:00'), closes: at('11:00'), closesxyz: 1, c_losesxy: 2 }])
    expect(E.isRight(r) ? r.right.warnings.map((i) => [i.path, i.params]) : []).toStrictEqual([
      ['/0/closesxyz', { field: 'closesxyz' }],
      ['/0/c_losesxy', { field: 'c_losesxy', suggestion: 'closes' }],
    ])
  })

  it('never lower-cases a long key whole, to match it or to suggest for it', () => {
    // Issue 12 §3: a value past its limit is refused by its length before anything reads it;
    // only "closes" and shorter can be a window key, and a suggestion reads at most 9 letters.
    const key = 'X'.repeat(10_000)
    const spy = jest.spyOn(String.prototype, 'toLowerCase')
    try {
      const r = validateDeliveryWindows([{ opens: at('10:00'), closes: at('11:00'), [key]: 1, Closes2: 2 }])
      expect(E.isRight(r) ? r.right.warnings.map((i) => i.code) : []).toStrictEqual(['request.unknown_field', 'request.unknown_field'])
      expect(spy.mock.contexts.map((s) => String(s).length).filter((n) => n > 9)).toStrictEqual([])
    } finally {
      spy.mockRestore()
    }
  })

  it('reads an undefined bound from a JavaScript caller like null', () => {
    expect(validateDeliveryWindows([{ opens: at('10:00'), closes: undefined }])).toStrictEqual(
      E.right({ value: [{ opens: '2026-12-01T10:00:00.000Z', closes: '2026-12-08T10:00:00.000Z' }], warnings: [] }),
    )
  })
})

describe('the order of the windows checked without now', () => {
  it('puts a window whose opens is unknown first, then the others by opens', () => {
    // decisions.md: windows are sorted by opens; without "now" an omitted opens is unknown and
    // decides no overlap with a window whose bounds are known.
    const r = checkWindows([w('12:00', '13:00'), { closes: at('11:00') }, w('10:00', '11:00')], [], undefined)
    expect(r).toStrictEqual(
      E.right([
        { opens: null, closes: '2026-12-01T11:00:00.000Z' },
        { opens: '2026-12-01T10:00:00.000Z', closes: '2026-12-01T11:00:00.000Z' },
        { opens: '2026-12-01T12:00:00.000Z', closes: '2026-12-01T13:00:00.000Z' },
      ]),
    )
  })
})

describe('usableNow', () => {
  it('takes a valid Date, and nothing else', () => {
    expect(usableNow(new Date(0))).toStrictEqual(new Date(0))
    expect(usableNow(new Date(Number.NaN))).toBeUndefined()
    expect(usableNow(0)).toBeUndefined()
    // The last Date there is cannot hold now + 168 hours.
    expect(usableNow(new Date(8.64e15))).toBeUndefined()
  })

  it('answers a Date of its own realm, never the caller\'s object', () => {
    const given = new Date(0)
    expect(usableNow(given)).not.toBe(given)
  })
})

describe('own keys only, even when reading a key removes another', () => {
  // Issue 12 §2: "never read a property that is not an own property". A getter may delete a key
  // that Object.keys listed before it; the key is then no longer own, and its value is not read
  // (here it would be the prototype's).
  it('skips a listed key that an earlier getter deleted, and never reads it from the prototype', () => {
    const win = Object.create({ closes: 'not a date' }) as Record<string, unknown>
    Object.defineProperty(win, 'opens', {
      enumerable: true,
      configurable: true,
      get: () => {
        delete win.closes
        return at('09:00')
      },
    })
    win.closes = at('10:00')
    expect(issues(validateDeliveryWindows([win], { now: NOW }))).toStrictEqual([])
  })
})
