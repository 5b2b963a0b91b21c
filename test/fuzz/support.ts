/**
 * Shared pieces of the fuzz suite: the run configuration, hostile value generators, deep
 * mutations of valid values, and the checks every result must pass (a well-formed Either whose
 * issues are catalogued, correctly graded and point into the input).
 */
import fc from 'fast-check'
import { catalogue, fromPointer, type Issue } from '../../src/issue'

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

/** Runs per property: `FUZZ_RUNS` (the long run sets 20000), else a short run for `npm test`. */
export const FUZZ_RUNS: number = (() => {
  const n = Number(process.env['FUZZ_RUNS'])
  return Number.isSafeInteger(n) && n > 0 ? n : 150
})()

/** The seed of this run: `FUZZ_SEED` to replay one, else a fresh one (printed below). */
export const FUZZ_SEED: number = (() => {
  const n = Number(process.env['FUZZ_SEED'])
  return Number.isSafeInteger(n) ? n : Math.floor(Math.random() * 0x7fffffff)
})()

/** The parameters of every fuzz property (fast-check also prints the seed and path on failure). */
export const fuzzParams = (runs: number = FUZZ_RUNS): fc.Parameters<unknown> => ({ numRuns: runs, seed: FUZZ_SEED })

/** Logs the configuration once per file, so a failing run can be replayed with FUZZ_SEED. */
export function logConfiguration(file: string): void {
  console.log(`${file}: ${FUZZ_RUNS} runs per property, seed ${FUZZ_SEED} (replay with FUZZ_SEED=${FUZZ_SEED})`)
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

/** Characters that break naive code: lone surrogates, NUL, controls, separators, BOM, RTL marks. */
export const NASTY_CHARS: ReadonlyArray<string> = [
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u200B',
  '\u200E',
  '\u202E',
  '\uFEFF',
  '\uFFFD',
  '\uFFFF',
  '😀',
  '€',
  '{',
  '}',
  '~',
  '/',
  '+',
  '0',
  '٣', // an Arabic-Indic digit
  '７', // a full-width digit
  'İ', // lower-cases to two code units
  'K', // the Kelvin sign lower-cases to ASCII k
]

/** One UTF-16 code unit of any value (so lone surrogates too), a nasty one, or any code point. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_CHARS) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
)

/** A string mixing every kind of unit. */
export const hostileString: fc.Arbitrary<string> = fc.string({ unit: hostileUnit, maxLength: 40 })

/** Numbers that are not what they look like. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 2, 1.5, -1, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 46701234567),
  fc.double(),
)

/** A class whose instances carry own data, an accessor on the prototype and a method. */
export class Widget {
  readonly sender: unknown
  readonly opens: unknown
  constructor(value: unknown) {
    this.sender = value
    this.opens = value
  }
  get body(): string {
    return 'from a getter on the prototype'
  }
  toJSON(): string {
    return 'widget'
  }
}

/** A value of a class from JavaScript callers (own enumerable data; never a throwing getter). */
export const classInstance: fc.Arbitrary<unknown> = fc.oneof(
  hostileString.map((s) => new Widget(s)),
  fc.constantFrom<unknown>(new Date(0), new Date(NaN), new Map([['sender', 'iP1']]), new Set(['1']), /x/g, new Uint8Array(3), new String('46701234567'), new Number(1), new Boolean(true)),
  // an object with an own enumerable (non-throwing) accessor
  hostileString.map((s) => Object.defineProperty({}, 'sender', { enumerable: true, get: () => s })),
)

/** Keys that collide with Object.prototype, plus field names in other spellings and anything. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'default', 'length', '0', ''),
  fc.constantFrom('sender', 'SENDER', 'Recipients', 'body', 'BODY', 'opens', 'Closes', 'deliveryWindows', 'tags', 'priority'),
  hostileString,
)

/**
 * Anything a JavaScript caller could pass: JSON values, `Object.create(null)` objects, boxed
 * values, sparse arrays, dates, maps, typed arrays, bigints, special numbers, class instances.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 4,
    arbitrary: fc.anything({
      maxDepth: 4,
      key: hostileKey,
      values: [hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.constant(undefined), classInstance],
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withBigInt: true,
      withObjectString: true,
    }),
  },
  { weight: 1, arbitrary: classInstance },
)

// ---------------------------------------------------------------------------------------------
// Deep mutations of valid values
// ---------------------------------------------------------------------------------------------

/** What a mutation does to the node it targets. */
export type MutationKind = 'drop' | 'duplicate' | 'retype' | 'enlarge' | 'unicodeify'

export interface Mutation {
  readonly kind: MutationKind
  /** Which node (modulo the number of nodes, in depth-first order; 0 is the root). */
  readonly target: number
  /** A free choice for the operation (which spelling, which character, which position…). */
  readonly variant: number
  /** The replacement for `retype`. */
  readonly payload: unknown
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<MutationKind>('drop', 'duplicate', 'retype', 'enlarge', 'unicodeify'),
  target: fc.nat(),
  variant: fc.nat(),
  payload: hostileValue,
})

type Key = string | number

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => typeof v === 'object' && v !== null

/** Every path of a JSON-like value, depth first (the root first). */
function pathsOf(value: unknown, at: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(at)
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out))
  else if (isContainer(value)) for (const k of Object.keys(value)) pathsOf((value as Record<string, unknown>)[k], [...at, k], out)
  return out
}

/** A shallow copy that keeps holes, null prototypes and own keys (`__proto__` included). */
function shallowCopy(v: Record<string, unknown> | unknown[]): Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return v.slice()
  const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(v) as object | null) as Record<string, unknown>
  for (const k of Object.keys(v)) Object.defineProperty(copy, k, { value: (v as Record<string, unknown>)[k], enumerable: true, writable: true, configurable: true })
  return copy
}

const defineOwn = (o: Record<string, unknown> | unknown[], k: Key, value: unknown): void => {
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true })
}

/** Another spelling of a key: upper case, lower case, capitalised, or with a nasty character. */
function respell(key: string, variant: number): string {
  switch (variant % 4) {
    case 0:
      return key.toUpperCase()
    case 1:
      return key.charAt(0).toUpperCase() + key.slice(1)
    case 2:
      return key.toLowerCase() === key ? key.toUpperCase() : key.toLowerCase()
    default:
      return key + (NASTY_CHARS[variant % NASTY_CHARS.length] ?? '')
  }
}

function unicodeify(value: unknown, variant: number): unknown {
  const nasty = NASTY_CHARS[variant % NASTY_CHARS.length] ?? ''
  if (typeof value === 'string') {
    const at = value.length === 0 ? 0 : variant % (value.length + 1)
    return value.slice(0, at) + nasty + value.slice(at)
  }
  if (typeof value === 'number') return `${nasty}${String(value)}`
  return nasty
}

function enlarge(value: unknown, variant: number): unknown {
  if (typeof value === 'string') return value.repeat(2 + (variant % 3)) + 'x'.repeat([1, 2000, 5000][variant % 3] ?? 1)
  if (Array.isArray(value)) return Array.from({ length: 50 + (variant % 200) }, (_, i) => value[i % Math.max(1, value.length)])
  if (typeof value === 'number') return [1e21, 2 ** 53 + 2, -1e308, 1234567890123456e2][variant % 4]
  if (isContainer(value)) {
    const bigger = shallowCopy(value)
    for (let i = 0; i < 50; i++) defineOwn(bigger, `k${i}`, `v${i}`)
    return bigger
  }
  return 'x'.repeat(3000)
}

/** Applies one mutation to `root`, copying along the path (the input is never changed). */
export function applyMutation(root: unknown, m: Mutation): unknown {
  const paths = pathsOf(root)
  const path = paths[m.target % paths.length] ?? []
  const edit = (node: unknown, depth: number): unknown => {
    if (depth < path.length) {
      if (!isContainer(node)) return node
      const key = path[depth] as Key
      const copy = shallowCopy(node)
      const child = (node as Record<Key, unknown>)[key]
      if (depth === path.length - 1 && (m.kind === 'drop' || m.kind === 'duplicate')) {
        if (m.kind === 'drop') {
          if (Array.isArray(copy) && m.variant % 2 === 0) copy.splice(Number(key), 1)
          else Reflect.deleteProperty(copy, key) // an array gets a hole
        } else if (Array.isArray(copy)) {
          copy.push(child)
        } else {
          defineOwn(copy, respell(String(key), m.variant), m.variant % 3 === 0 ? m.payload : child)
        }
        return copy
      }
      defineOwn(copy, key, edit(child, depth + 1))
      return copy
    }
    switch (m.kind) {
      case 'retype':
        return m.payload
      case 'enlarge':
        return enlarge(node, m.variant)
      case 'unicodeify':
        return unicodeify(node, m.variant)
      default:
        // drop / duplicate at the root: drop makes it undefined, duplicate wraps it
        return m.kind === 'drop' ? undefined : [node, node]
    }
  }
  return edit(root, 0)
}

/** A valid value deeply mutated 1 to 4 times. */
export const mutated = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([v, ms]) => ms.reduce(applyMutation, v))

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Codes reported where a required field of the request is absent: the last token need not exist. */
const MISSING_CODES: ReadonlySet<string> = new Set(['sender.missing', 'recipients.missing', 'body.missing'])

/**
 * Codes of pricing arguments that may stand where a member is absent, of any value: "anything
 * that is not an object has neither field" (validatePricing, priceBatch).
 */
const ABSENT_ARGUMENT_CODES: ReadonlySet<string> = new Set([
  'pricing.invalid_account',
  'pricing.price_not_string',
  'pricing.segments_invalid',
])

/** Whether `token` names an existing own member of `node`. */
function hasMember(node: unknown, token: string): boolean {
  if (typeof node !== 'object' || node === null) return false
  if (Array.isArray(node)) {
    // A canonical array index below the length (a hole is a location too: it reads as undefined).
    return /^(0|[1-9][0-9]*)$/.test(token) && Number(token) < node.length
  }
  return Object.prototype.hasOwnProperty.call(node, token)
}

/** Whether a string is a syntactically valid RFC 6901 JSON Pointer. */
export function isJsonPointer(p: string): boolean {
  return p === '' || (p.startsWith('/') && !/~(?![01])/.test(p))
}

/**
 * Why `issue.path` does not resolve in `root`, or `undefined` when it does: every token must be
 * an own member of its parent, except the last one of a "missing" issue, whose parent must be
 * an object.
 */
export function unresolved(root: unknown, issue: Issue): string | undefined {
  if (!isJsonPointer(issue.path)) return `not a JSON Pointer: ${JSON.stringify(issue.path)}`
  const tokens = fromPointer(issue.path)
  let node: unknown = root
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    if (!hasMember(node, token)) {
      const last = i === tokens.length - 1
      if (last && MISSING_CODES.has(issue.code) && typeof node === 'object' && node !== null && !Array.isArray(node)) return undefined
      if (last && ABSENT_ARGUMENT_CODES.has(issue.code)) return undefined
      return `${issue.code} at ${JSON.stringify(issue.path)}: no member ${JSON.stringify(token)}`
    }
    node = (node as Record<string, unknown>)[token]
  }
  return undefined
}

/** Why an issue is malformed (code, severity, message, params), or `undefined`. */
export function malformed(issue: unknown): string | undefined {
  if (typeof issue !== 'object' || issue === null) return 'an issue is not an object'
  const i = issue as Record<string, unknown>
  const code = i['code']
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(catalogue, code)) return `unknown code ${String(code)}`
  const expected = catalogue[code as keyof typeof catalogue].severity
  if (i['severity'] !== expected) return `${code} has severity ${String(i['severity'])}, the catalogue says ${expected}`
  if (typeof i['message'] !== 'string' || i['message'] === '') return `${code} has no message`
  if (typeof i['path'] !== 'string') return `${code} has no path`
  if ('params' in i && (typeof i['params'] !== 'object' || i['params'] === null)) return `${code} has params that are not an object`
  return undefined
}

/** Where each issue should resolve: in the input, or (for some codes) in another argument. */
export type Resolver = (issue: Issue) => unknown

/**
 * Asserts that `result` is a well-formed Either: a Left with at least one error and only
 * well-formed issues, or a Right whose `warnings` (when `warningsOf` finds them) are all
 * well-formed warnings. Each issue's path must resolve in `rootOf(issue)`.
 */
export function expectWellFormed(
  result: unknown,
  rootOf: Resolver,
  warningsOf: (right: unknown) => ReadonlyArray<Issue> = (right) =>
    typeof right === 'object' && right !== null && 'warnings' in right ? (right as { warnings: ReadonlyArray<Issue> }).warnings : [],
): void {
  const problems: string[] = []
  if (typeof result !== 'object' || result === null) throw new Error('the result is not an object')
  const r = result as { _tag?: unknown; left?: unknown; right?: unknown }
  let issues: ReadonlyArray<Issue>
  if (r._tag === 'Left') {
    if (!Array.isArray(r.left) || r.left.length === 0) throw new Error('a Left without issues')
    issues = r.left as Issue[]
    if (!issues.some((i) => i.severity === 'error')) problems.push('a Left without an error')
  } else if (r._tag === 'Right') {
    issues = warningsOf(r.right)
    if (!Array.isArray(issues)) throw new Error('warnings is not an array')
    for (const w of issues) if (w.severity !== 'warning') problems.push(`a Right holds the error ${w.code}`)
  } else {
    throw new Error(`not an Either: ${String(r._tag)}`)
  }
  for (const issue of issues) {
    const bad = malformed(issue) ?? unresolved(rootOf(issue), issue)
    if (bad !== undefined) problems.push(bad)
  }
  if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'))
}

/** The codes of the pricing options' own issues: their paths point into the options, not the request. */
export const PRICING_OPTION_CODES: ReadonlySet<string> = new Set([
  'pricing.invalid_account',
  'pricing.price_not_string',
  'pricing.price_invalid',
  'pricing.price_negative',
  'pricing.price_too_precise',
  'pricing.price_too_long',
])
