// analyzeText's edges that only the adversarial suites reached: a text longer than any that can
// be sent (its listing made at once, the rest counted), the boundary between that and the lazy
// listing, and eachNonGsm, which counts the rest.
import { analyzeText, countText, eachNonGsm, listNonGsm, LONGEST_SENDABLE } from '../../src/encoding/analyze'

describe('analyzeText past the longest text that can be sent', () => {
  // Issue 12 §3: memory bounded by the input; analyzeText's doc: "The list stops after 78,030
  // characters … and nonGsmOmitted counts the rest".
  it('lists the first LONGEST_SENDABLE characters outside GSM and counts the rest, an astral character once', () => {
    const text = '😀'.repeat(LONGEST_SENDABLE + 3)
    const r = analyzeText(text, 'gsm')
    expect([r.nonGsm.length, r.nonGsm[0], r.nonGsm[LONGEST_SENDABLE - 1], r.nonGsmOmitted]).toStrictEqual([
      LONGEST_SENDABLE,
      { char: '😀', index: 0 },
      { char: '😀', index: 2 * (LONGEST_SENDABLE - 1) },
      3,
    ])
  })

  it('lists everything, with no nonGsmOmitted, when a long text holds few characters outside GSM', () => {
    const text = `${'a'.repeat(LONGEST_SENDABLE)}ж`
    const r = analyzeText(text)
    expect([r.nonGsm, 'nonGsmOmitted' in r]).toStrictEqual([[{ char: 'ж', index: LONGEST_SENDABLE }], false])
  })

  it('makes the listing at once only past LONGEST_SENDABLE code units; up to it nonGsm is a getter', () => {
    const isGetter = (t: string): boolean => typeof Object.getOwnPropertyDescriptor(analyzeText(t), 'nonGsm')?.get === 'function'
    expect([isGetter('ж'.repeat(LONGEST_SENDABLE)), isGetter('ж'.repeat(LONGEST_SENDABLE + 1))]).toStrictEqual([true, false])
  })
})

describe('eachNonGsm', () => {
  it('visits each character outside GSM with its index and length: 2 for a pair, 1 for a lone surrogate', () => {
    const seen: Array<[number, number]> = []
    eachNonGsm('a😀\ud800ж\udc00b', (i, n) => seen.push([i, n]))
    expect(seen).toStrictEqual([
      [1, 2],
      [3, 1],
      [4, 1],
      [5, 1],
    ])
  })
})

describe('what is not a string', () => {
  // Issue 12 §1: every export is total; a JavaScript caller's number is no text.
  it('counts and lists nothing', () => {
    expect([countText(42 as unknown as string), listNonGsm(42 as unknown as string)]).toStrictEqual([countText(''), []])
  })
})
