/**
 * Values a hostile (or careless) JavaScript caller can pass, each made fresh by a factory: objects
 * that throw on every operation, revoked Proxies, throwing getters, objects without a prototype,
 * values whose conversion to a primitive throws, and primitives that break naive code (symbols,
 * bigints, NaN, and the property names that reach engine internals).
 */
import { REQUEST_FIELDS } from '../../src/batch'

/** A Proxy handler whose every trap throws. */
const throwingHandler: ProxyHandler<object> = new Proxy(
  {},
  {
    get(_target, trap) {
      return () => {
        throw new Error(`hostile: the ${String(trap)} trap`)
      }
    },
  },
)

/** A Proxy whose every trap (get, has, ownKeys, getPrototypeOf, apply, …) throws. */
export const throwingProxy = <T extends object>(target: T): T => new Proxy(target, throwingHandler) as T

/** A revoked Proxy: every operation on it throws a TypeError. */
export function revokedProxy<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {})
  revoke()
  return proxy
}

const thrower = (): never => {
  throw new Error('hostile: a getter')
}

/** Names a getter is planted under: the fields and options the library reads, and the usual suspects. */
const PLANTED: ReadonlyArray<PropertyKey> = [
  ...REQUEST_FIELDS,
  'now',
  'pricing',
  'parts',
  'account',
  'pricePerSegment',
  'segments',
  'messages',
  'request',
  'keys',
  'warnings',
  'literals',
  'firstOccurrence',
  'body',
  'values',
  'default',
  'msisdn',
  'at',
  'status',
  'encoding',
  'region',
  'regions',
  'callingCode',
  'nationalNumber',
  'opens',
  'closes',
  'has',
  'length',
  '0',
  'then',
  'toString',
  'valueOf',
  'toJSON',
  Symbol.iterator,
  Symbol.toPrimitive,
]

/** An object with an own, enumerable, throwing getter under every name in {@link PLANTED}. */
export function throwingGetters(): object {
  const o = {}
  for (const key of PLANTED) Object.defineProperty(o, key, { enumerable: true, configurable: true, get: thrower })
  return o
}

/** `['x', <throwing getter>]`: an array whose element 1 throws when read. */
export function arrayWithThrowingGetter(): unknown[] {
  const a: unknown[] = ['x', 'y']
  Object.defineProperty(a, 1, { enumerable: true, configurable: true, get: thrower })
  return a
}

/** An object whose conversion to a primitive throws (`String(o)`, `o + ''`, `o[k]` with it as key). */
export function unconvertible(): object {
  return { [Symbol.toPrimitive]: thrower, toString: thrower, valueOf: thrower }
}

/** The hostile values of the sweep, by name; each factory makes a fresh value. */
export const HOSTILE: ReadonlyArray<readonly [string, () => unknown]> = [
  ['a Proxy whose every trap throws', () => throwingProxy({})],
  ['an array Proxy whose every trap throws', () => throwingProxy([])],
  ['a function Proxy whose every trap throws', () => throwingProxy(() => undefined)],
  ['a revoked Proxy', () => revokedProxy({})],
  ['a revoked array Proxy', () => revokedProxy([])],
  ['a revoked function Proxy', () => revokedProxy(() => undefined)],
  ['an object of throwing getters', throwingGetters],
  ['an array with a throwing getter', arrayWithThrowingGetter],
  ['an object whose conversion to a primitive throws', unconvertible],
  ['Object.create(null)', () => Object.create(null) as unknown],
  ['Object.create(Date.prototype)', () => Object.create(Date.prototype) as unknown],
  // eslint-disable-next-line no-sparse-arrays
  ['a sparse array', () => [, 'x'] as unknown],
  ['a symbol', () => Symbol('hostile')],
  ['a bigint', () => 10n],
  ['a negative bigint', () => -(2n ** 70n)],
  ['NaN', () => NaN],
  ['-Infinity', () => -Infinity],
  ['-0', () => -0],
  ['2 ** 32', () => 2 ** 32],
  ["'__proto__'", () => '__proto__'],
  ["'constructor'", () => 'constructor'],
  ["'buffer'", () => 'buffer'],
  ["'length'", () => 'length'],
  ['a lone surrogate', () => '\uD800'],
  ['undefined', () => undefined],
  ['null', () => null],
]
