/**
 * Tests written to kill mutants of src/own.ts that its slice left alive: the helpers that read a
 * JavaScript caller's values, tested directly (the slice's own tests reach them through the
 * public functions, where an unreadable value and a missing one often give the same answer).
 */
import vm from 'vm'
import { UNREADABLE, elementAt, isArray, ownValue, readEach, timeOf } from '../../src/own'

describe('ownValue', () => {
  it('reads an own property of an object and of a function', () => {
    const f = Object.assign(() => 0, { x: 2 })
    expect([ownValue({ a: 1 }, 'a'), ownValue(f, 'x'), ownValue([7], 0)]).toStrictEqual([1, 2, 7])
  })

  it('answers undefined for a value that is not an object: null, and a string whose characters are own properties', () => {
    expect([ownValue(null, 'a'), ownValue(undefined, 'a'), ownValue('abc', 0), ownValue('abc', 'length'), ownValue(42, 'toFixed')]).toStrictEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })

  it('answers undefined for an inherited property and UNREADABLE for one that throws when read', () => {
    const throwing = Object.defineProperty({}, 'a', { get: () => { throw new Error('boom') }, enumerable: true })
    expect([ownValue(Object.create({ a: 1 }), 'a'), ownValue(throwing, 'a')]).toStrictEqual([undefined, UNREADABLE])
  })
})

describe('timeOf', () => {
  it('gives the time of a Date of this realm and of another', () => {
    const other: unknown = vm.runInNewContext('new Date(86400000)')
    expect([timeOf(new Date(0)), timeOf(other)]).toStrictEqual([0, 86_400_000])
  })

  it('answers undefined for anything without a date inside: primitives, null, a look-alike object', () => {
    expect([timeOf(0), timeOf('2026-01-01'), timeOf(null), timeOf(undefined), timeOf(Object.create(Date.prototype))]).toStrictEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})

describe('isArray, elementAt and readEach', () => {
  it('answers false, never throwing, for a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable([], {})
    revoke()
    expect([isArray(proxy), isArray([]), isArray({ length: 0 })]).toStrictEqual([false, true, false])
  })

  it('reads a hole as undefined, never through Array.prototype', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, 'b'] as unknown[]
    expect([elementAt(sparse, 0), elementAt(sparse, 1)]).toStrictEqual([undefined, 'b'])
  })

  it('copies an array element by element, and refuses an array-like object that is not an array', () => {
    const id = (v: unknown): unknown => v
    expect(readEach(['a', 'b'], id)).toStrictEqual(['a', 'b'])
    expect(readEach({ length: 1, 0: 'a' }, id)).toBeUndefined()
    expect(readEach(['a', 1], (v) => (typeof v === 'string' ? v : undefined))).toBeUndefined()
  })
})
