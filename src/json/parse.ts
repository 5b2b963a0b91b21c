/**
 * JSON text, read as written: one parser that builds the same value as `JSON.parse`, and also
 * reports what `JSON.parse` hides — a key written twice in one object (it silently keeps the
 * last) — and where each part of the document stands in the text.
 *
 * The parser is iterative (a 100,000-deep document never overflows the stack), never throws,
 * and never calls a setter: a `"__proto__"` key becomes an own property, as with `JSON.parse`.
 * Positions are offsets in UTF-16 code units, as editors and JavaScript count them.
 *
 * Why our own and not `jsonc-parser` (the parser editors use): `docs/json-text.md`.
 *
 * @packageDocumentation
 */
import type { Path } from '../issue.js'
import type { JsonExpected, JsonProblem } from './problems.js'

export type { JsonExpected, JsonProblem } from './problems.js'

/**
 * A stretch of the text: its 0-based offset and its length, in UTF-16 code units.
 *
 * @category JSON text
 */
export interface Span {
  /** Where it starts, 0-based. */
  readonly offset: number
  /** How many code units it covers. */
  readonly length: number
}

/**
 * The first place where a text stops being JSON.
 *
 * @category JSON text
 */
export interface JsonSyntaxError extends Span {
  /** What is wrong there. */
  readonly problem: JsonProblem
  /** What was due there, for `unexpected_character` and `unexpected_end`. */
  readonly expected?: JsonExpected
  /** The character found (a whole astral character), for `unexpected_character` and `control_character`. */
  readonly found?: string
}

/**
 * A key written a second time in one object: `path` is the later occurrence's path, `span` its
 * key (quotes included).
 *
 * @category JSON text
 */
export interface DuplicateKey {
  /** The path of the later occurrence (its object's path, then the key). */
  readonly path: Path
  /** The key as decoded. */
  readonly key: string
  /** The later occurrence's key in the text, quotes included. */
  readonly span: Span
}

/**
 * Where a path stands in the text: its value's span, and for an object member its key's span.
 *
 * @category JSON text
 */
export interface Located {
  /** The value (a container from its opening to its closing bracket). */
  readonly value: Span
  /** The member's key, quotes included, when the value is an object member. */
  readonly key?: Span
}

/** The paths whose positions a parse records, as a tree of path tokens. */
export interface Targets {
  readonly children: Map<string, Targets>
  found?: Located
}

/**
 * The result of {@link parseJson}: the value with every duplicate key, or the first syntax
 * error.
 *
 * @category JSON text
 */
export type JsonParse = JsonParsed | JsonNotParsed

/**
 * A text that is JSON: its value, and every key written twice.
 *
 * @category JSON text
 */
export interface JsonParsed {
  /** It is JSON. */
  readonly ok: true
  /** The value `JSON.parse` gives. */
  readonly value: unknown
  /**
   * Every key written a second time in one object, in text order (a repeat inside a member's
   * value comes after that member's key), while their paths stay within the text's length in
   * all; one whose path would pass it is counted in `duplicatesOmitted` instead.
   */
  readonly duplicates: ReadonlyArray<DuplicateKey>
  /**
   * How many duplicate keys `duplicates` leaves out; absent when it lists them all. A
   * duplicate's path is as long as the key is deep, so an object nested 30,000 deep that
   * repeats its key 30,000 times (360 KB of text) would otherwise list 900 million path
   * segments: a duplicate whose path would take the paths' total length past the text's is
   * left out (a shallower one later in the text, whose path still fits, is listed).
   */
  readonly duplicatesOmitted?: number
}

/**
 * A text that is not JSON: where and why.
 *
 * @category JSON text
 */
export interface JsonNotParsed {
  /** It is not JSON. */
  readonly ok: false
  /** The first place where the text stops being JSON. */
  readonly error: JsonSyntaxError
}

/** An empty tree of targets. */
export const targetTree = (): Targets => ({ children: new Map() })

/** Adds a path (tokens as strings: array indices in decimal) to a tree of targets. */
export function addTarget(tree: Targets, tokens: ReadonlyArray<string>): void {
  let node = tree
  for (const token of tokens) {
    let child = node.children.get(token)
    if (child === undefined) {
      child = targetTree()
      node.children.set(token, child)
    }
    node = child
  }
}

interface Frame {
  readonly container: Record<string, unknown> | unknown[]
  readonly isArray: boolean
  /** The targets below this container, when some are. */
  readonly node: Targets | undefined
  readonly start: number
  /** The container's own key span, when it is an object member. */
  readonly keySpan: Span | undefined
  /** The key being filled (objects only). */
  key: string
  keyStart: number
  keyEnd: number
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

/** The innermost open container, by length: `stack[-1]` would read a polluted `Array.prototype['-1']`. */
const topOf = (stack: ReadonlyArray<Frame>): Frame | undefined => (stack.length > 0 ? stack[stack.length - 1] : undefined)

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  if (c >= 0x41 && c <= 0x46) return c - 0x37
  return -1
}

/** The character at `i`, a whole astral character when a surrogate pair starts there. */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

/** The two-character escapes of RFC 8259 §7, by the character after the backslash (a `Map`: no prototype to read). */
const ESCAPES: ReadonlyMap<string, string> = /*#__PURE__*/ new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
])

/**
 * Parses JSON text into the value `JSON.parse` would give, listing every key written twice in
 * one object, or gives the first syntax error with its position.
 *
 * A leading byte order mark (U+FEFF) is skipped, as RFC 8259 §8.1 allows; offsets still count it.
 * Anything but a string is `not_string`; it takes one argument (from JavaScript, any more are
 * ignored, never written into).
 *
 * @example
 * ```ts
 * import { parseJson } from 'sms-preflight'
 * parseJson('{"a":1,"a":2}')
 * // { ok: true, value: { a: 2 }, duplicates: [{ path: ['a'], key: 'a', span: { offset: 7, length: 3 } }] }
 * parseJson('{"a":}')
 * // { ok: false, error: { problem: 'unexpected_character', expected: 'value', found: '}', offset: 5, length: 1 } }
 * ```
 * @category JSON text
 */
export function parseJson(text: string): JsonParse {
  return parseJsonAt(text, undefined)
}

/**
 * {@link parseJson}, also recording in each node of `targets` reached where its value (and key)
 * stands in the text. The targets are the library's own (`placeIssues`), never a caller's.
 *
 * @internal
 */
export function parseJsonAt(text: string, targets: Targets | undefined): JsonParse {
  if (typeof text !== 'string') return { ok: false, error: { problem: 'not_string', offset: 0, length: 0 } }
  const n = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const duplicates: DuplicateKey[] = []
  // Path segments the listed duplicates may still take (see JsonParsed.duplicatesOmitted).
  let pathBudget = n
  let duplicatesOmitted = 0
  const stack: Frame[] = []
  // The string just read by readString (closures share it; nothing outlives the call).
  let str = ''

  const fail = (problem: JsonProblem, expected?: JsonExpected): JsonParse => {
    if (i >= n) return { ok: false, error: expected === undefined ? { problem, offset: n, length: 0 } : { problem: 'unexpected_end', expected, offset: n, length: 0 } }
    const found = charAt(text, i)
    const base = { problem, offset: i, length: found.length, found }
    return { ok: false, error: expected === undefined ? base : { ...base, expected } }
  }

  const skipWs = (): void => {
    // Past the end charCodeAt is NaN, which is no white space: the loop stops there.
    while (isWs(text.charCodeAt(i))) i++
  }

  /** Reads the string whose opening quote is at `i` into `str`; `undefined` when it is one. */
  const readString = (): JsonParse | undefined => {
    const start = ++i
    // Piece by piece: the characters up to a quote, a backslash or a control character are
    // taken in one slice (a string without escapes is one slice of the text).
    let out = ''
    for (;;) {
      if (i >= n) return { ok: false, error: { problem: 'unterminated_string', offset: start - 1, length: n - start + 1 } }
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        str = out
        i++
        return undefined
      }
      if (c < 0x20) return fail('control_character')
      if (c !== 0x5c) {
        // Up to a quote, a backslash or a control character. Past the end charCodeAt is NaN,
        // which fails every test: the loop stops there. (Inline: a helper here cost 20 %.)
        const from = i
        let d = c
        while (d >= 0x20 && d !== 0x22 && d !== 0x5c) d = text.charCodeAt(++i)
        out += text.slice(from, i)
        continue
      }
      const e = text.charAt(i + 1)
      if (e === 'u') {
        let code = 0
        for (let k = 2; k < 6; k++) {
          const h = hexValue(text.charCodeAt(i + k))
          if (h < 0) return { ok: false, error: { problem: 'invalid_escape', offset: i, length: k } }
          code = code * 16 + h
        }
        out += String.fromCharCode(code)
        i += 6
      } else {
        const unescaped = ESCAPES.get(e)
        if (unescaped === undefined) return { ok: false, error: { problem: 'invalid_escape', offset: i, length: e === '' ? 1 : 2 } }
        out += unescaped
        i += 2
      }
    }
  }

  /** Reads the number at `i`; `undefined` when it is one (then `num` holds it). */
  let num = 0
  const readNumber = (): JsonParse | undefined => {
    const start = i
    const bad = (): JsonParse => ({ ok: false, error: { problem: 'invalid_number', offset: start, length: Math.max(1, i - start) } })
    if (text.charCodeAt(i) === 0x2d) i++
    const c = text.charCodeAt(i)
    if (c === 0x30) i++
    else if (c >= 0x31 && c <= 0x39) {
      i++
      while (isDigit(text.charCodeAt(i))) i++
    } else return bad()
    if (text.charCodeAt(i) === 0x2e) {
      i++
      if (!isDigit(text.charCodeAt(i))) return bad()
      while (isDigit(text.charCodeAt(i))) i++
    }
    const e = text.charCodeAt(i)
    if (e === 0x65 || e === 0x45) {
      i++
      const s = text.charCodeAt(i)
      if (s === 0x2b || s === 0x2d) i++
      if (!isDigit(text.charCodeAt(i))) return bad()
      while (isDigit(text.charCodeAt(i))) i++
    }
    num = Number(text.slice(start, i))
    return undefined
  }

  /** The path of the member being filled in the innermost container, for a duplicate key. */
  const currentPath = (): Path => {
    const path: Array<string | number> = []
    for (const f of stack) path.push(f.isArray ? (f.container as unknown[]).length : f.key)
    return path
  }

  /**
   * Stores a member as `JSON.parse` does, as an own data property (CreateDataProperty): a plain
   * assignment would call a setter the prototype has (`__proto__`, or one planted on
   * `Object.prototype` or `Array.prototype`) and leave the property out. Only a name the
   * prototype chain has needs `defineProperty`; the others are assigned, which is faster.
   */
  const store = (frame: Frame, value: unknown): void => {
    const { container } = frame
    const key = frame.isArray ? (container as unknown[]).length : frame.key
    if (key in container) Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true })
    else (container as Record<string | number, unknown>)[key] = value
  }

  /** Reads `"key" :` in the object on top of the stack. */
  const readKey = (top: Frame): JsonParse | undefined => {
    skipWs()
    if (text.charCodeAt(i) !== 0x22) return fail('unexpected_character', 'key')
    top.keyStart = i
    const err = readString()
    if (err !== undefined) return err
    top.keyEnd = i
    top.key = str
    // A key the object already has is a duplicate, found here, as the keys are read, so that the
    // listing is in text order (a duplicate inside its value comes after it). Its path has one
    // segment per open container; one that no longer fits the budget is counted instead, and a
    // shallower one after it may still fit.
    if (hasOwn(top.container, str)) {
      if (stack.length <= pathBudget) {
        pathBudget -= stack.length
        duplicates.push({ path: currentPath(), key: str, span: { offset: top.keyStart, length: i - top.keyStart } })
      } else duplicatesOmitted++
    }
    skipWs()
    if (text.charCodeAt(i) !== 0x3a) return fail('unexpected_character', 'colon')
    i++
    return undefined
  }

  // The targets for the value about to be read, and that value's key span.
  const childTargets = (top: Frame | undefined): Targets | undefined => {
    if (top === undefined) return targets
    if (top.node === undefined) return undefined
    return top.node.children.get(top.isArray ? String((top.container as unknown[]).length) : top.key)
  }

  for (;;) {
    // Read one value: a scalar completes at once; a container is pushed and its first member read.
    skipWs()
    if (i >= n) return stack.length === 0 ? fail('empty') : fail('unexpected_end', 'value')
    const top = topOf(stack)
    const node = childTargets(top)
    const keySpan = top !== undefined && !top.isArray ? { offset: top.keyStart, length: top.keyEnd - top.keyStart } : undefined
    const start = i
    const c = text.charCodeAt(i)
    let value: unknown
    if (c === 0x7b || c === 0x5b) {
      const isArray = c === 0x5b
      i++
      skipWs()
      const frame: Frame = {
        container: isArray ? [] : {},
        isArray,
        node,
        start,
        keySpan,
        key: '',
        keyStart: 0,
        keyEnd: 0,
      }
      if (text.charCodeAt(i) !== (isArray ? 0x5d : 0x7d)) {
        stack.push(frame)
        if (!isArray) {
          const err = readKey(frame)
          if (err !== undefined) return err
        }
        continue
      }
      i++
      value = frame.container
    } else if (c === 0x22) {
      const err = readString()
      if (err !== undefined) return err
      value = str
    } else if (c === 0x2d || isDigit(c)) {
      const err = readNumber()
      if (err !== undefined) return err
      value = num
    } else if (text.startsWith('true', i)) {
      i += 4
      value = true
    } else if (text.startsWith('false', i)) {
      i += 5
      value = false
    } else if (text.startsWith('null', i)) {
      i += 4
      value = null
    } else return fail('unexpected_character', 'value')
    if (node !== undefined) node.found = keySpan === undefined ? { value: { offset: start, length: i - start } } : { value: { offset: start, length: i - start }, key: keySpan }

    // Store the value, then close every container that ends here.
    for (;;) {
      const frame = topOf(stack)
      if (frame === undefined) {
        skipWs()
        if (i < n) return fail('unexpected_character', 'end')
        return duplicatesOmitted === 0 ? { ok: true, value, duplicates } : { ok: true, value, duplicates, duplicatesOmitted }
      }
      store(frame, value)
      skipWs()
      const d = text.charCodeAt(i)
      if (d === 0x2c) {
        i++
        if (!frame.isArray) {
          const err = readKey(frame)
          if (err !== undefined) return err
        }
        break
      }
      if (d === (frame.isArray ? 0x5d : 0x7d)) {
        i++
        stack.pop()
        value = frame.container
        if (frame.node !== undefined) {
          const span = { offset: frame.start, length: i - frame.start }
          frame.node.found = frame.keySpan === undefined ? { value: span } : { value: span, key: frame.keySpan }
        }
        continue
      }
      return fail('unexpected_character', frame.isArray ? 'comma_or_close_array' : 'comma_or_close_object')
    }
  }
}
