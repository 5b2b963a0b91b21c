// Where `unknown` input becomes a JSON shape. decisions.md: an object is a plain object, an
// Object.create(null) object or a class instance (read for its own enumerable properties);
// never a Date, Map, Set, RegExp or boxed primitive, which JSON cannot produce.
import { isJsonArray, isJsonObject } from '../../src/json/guards'

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

describe('isJsonObject', () => {
  it('accepts what JSON.parse makes, prototype-less objects and class instances', () => {
    expect([JSON.parse('{"a":1}'), {}, Object.create(null), new Point(1, 2)].map(isJsonObject)).toStrictEqual([true, true, true, true])
  })

  it('refuses arrays, null, primitives, functions and the built-in objects JSON cannot hold', () => {
    const others: unknown[] = [[], null, undefined, 'a', 1, true, () => 1, new Date(0), new Map(), new Set(), /a/, new String('a'), new Number(1)]
    expect(others.map(isJsonObject)).toStrictEqual(others.map(() => false))
  })

  it('goes by the prototype first: a plain object whose Symbol.toStringTag lies is still one', () => {
    const plain = { [Symbol.toStringTag]: 'Date' }
    const bare = Object.assign(Object.create(null) as object, { [Symbol.toStringTag]: 'Map' })
    expect([isJsonObject(plain), isJsonObject(bare)]).toStrictEqual([true, true])
  })
})

describe('isJsonArray', () => {
  it('accepts arrays (sparse ones too) and nothing else', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect([[], [1, , 3], new Array(3)].map(isJsonArray)).toStrictEqual([true, true, true])
    expect([{ length: 0 }, 'ab', new Uint8Array(2), null].map(isJsonArray)).toStrictEqual([false, false, false, false])
  })
})
