// The accumulation helpers, pinned one by one (found by mutation testing).
import * as E from 'fp-ts/Either'
import * as Th from 'fp-ts/These'
import { makeIssue } from '../../src/issue'
import { guard, issueSink, toNonEmpty, toResult } from '../../src/validation'

const w = (i: number) => makeIssue('tag.duplicate', ['tags', i], { tag: 't', first: 0 })
const e = makeIssue('sender.missing', ['sender'])

describe('toNonEmpty and toResult', () => {
  it('gives undefined for [] and a copy otherwise', () => {
    expect(toNonEmpty([])).toBeUndefined()
    const xs = [w(1), w(2)]
    expect(toNonEmpty(xs)).toStrictEqual(xs)
    expect(toNonEmpty(xs)).not.toBe(xs)
  })

  it('turns Both into a Right holding the warnings, Right into one with none, Left into Left', () => {
    expect(toResult(Th.both([w(1)], 5))).toStrictEqual(E.right({ value: 5, warnings: [w(1)] }))
    expect(toResult(Th.right(5))).toStrictEqual(E.right({ value: 5, warnings: [] }))
    expect(toResult(Th.left([e]))).toStrictEqual(E.left([e]))
  })
})

describe('issueSink', () => {
  it('keeps an issue object pushed twice once', () => {
    const sink = issueSink([])
    const i = w(1)
    sink.push(i)
    sink.push(i)
    expect(sink.issues()).toStrictEqual([i])
  })

  it('lists exactly cap issues of a code with no summary, and counts the rest past it', () => {
    const at = issueSink(['tags'], 2)
    at.push(w(1))
    at.push(w(2))
    expect(at.issues()).toStrictEqual([w(1), w(2)])
    at.push(w(3))
    expect(at.issues()).toStrictEqual([w(1), w(2), makeIssue('request.too_many_issues', ['tags'], { code: 'tag.duplicate', omitted: 1, cap: 2 })])
  })
})

describe('issueSink add', () => {
  it('makes an issue only while its code is under the cap, and counts the rest without making them', () => {
    const sink = issueSink(['tags'], 2)
    const made: number[] = []
    for (let i = 1; i <= 5; i++) {
      sink.add('tag.duplicate', () => {
        made.push(i)
        return w(i)
      })
    }
    sink.add('sender.missing', () => e)
    expect(made).toStrictEqual([1, 2])
    expect(sink.issues()).toStrictEqual([
      w(1),
      w(2),
      e,
      makeIssue('request.too_many_issues', ['tags'], { code: 'tag.duplicate', omitted: 3, cap: 2 }),
    ])
  })

  it('counts added and pushed issues of one code together', () => {
    const sink = issueSink([], 2)
    sink.push(w(1))
    sink.add('tag.duplicate', () => w(2))
    sink.add('tag.duplicate', () => w(3))
    expect(sink.issues()).toStrictEqual([w(1), w(2), makeIssue('request.too_many_issues', [], { code: 'tag.duplicate', omitted: 1, cap: 2 })])
  })
})

describe('guard', () => {
  // SPEC: "No exported function throws, for any input."
  it('turns a throw into request.unreadable at "" naming the error', () => {
    expect(
      guard(() => {
        throw new TypeError('boom')
      }),
    ).toStrictEqual(E.left([makeIssue('request.unreadable', [], { reason: 'TypeError: boom' })]))
  })

  it('names a thrown string as it is, and anything else by its type', () => {
    expect(
      guard(() => {
        throw 'plain'
      }),
    ).toStrictEqual(E.left([makeIssue('request.unreadable', [], { reason: 'plain' })]))
    expect(
      guard(() => {
        throw 42
      }),
    ).toStrictEqual(E.left([makeIssue('request.unreadable', [], { reason: 'number' })]))
  })

  it('survives an error whose message getter throws too', () => {
    const nasty = new Error('x')
    Object.defineProperty(nasty, 'message', {
      get() {
        throw new Error('again')
      },
    })
    expect(
      guard(() => {
        throw nasty
      }),
    ).toStrictEqual(E.left([makeIssue('request.unreadable', [], { reason: 'a property access threw' })]))
  })

  it('returns what the check returns when nothing throws', () => {
    expect(guard(() => E.right(1))).toStrictEqual(E.right(1))
  })
})
