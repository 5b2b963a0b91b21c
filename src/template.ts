/**
 * Placeholder scanning and rendering: the provider's templating rule (SPEC "Templating").
 *
 * A body is scanned once into a {@link CompiledTemplate}: literal chunks between placeholder
 * keys. Rendering a recipient's message is then only string concatenation and own-key look-ups
 * — no regular expression and no re-scan per recipient.
 *
 * What counts as a placeholder. Braces are matched like parentheses, left to right: a `}`
 * closes the nearest `{` still open; a `}` with no open `{` and a `{` still open at the end are
 * unmatched. Unmatched braces are literal text and enclose nothing. A matched pair `{…}` is a
 * placeholder when its key (the text between) is non-empty and has no brace, and no other
 * matched pair encloses it. Everything else is literal text, so:
 * - `{a}{b}` has the placeholders `{a}` and `{b}`;
 * - `{}` and `{{}}` are literal (a key is never empty);
 * - nested braces are literal, inner pair included: `{{a}}`, `{a{b}}` and `x{ {a} }y` are
 *   text exactly as written;
 * - an unmatched brace does not hide a placeholder next to it: in `{ {a}` the first `{` is
 *   unmatched and `{a}` is a placeholder; so is `{a}` in `{a} }` and in `}{a}`, where the
 *   lone `}` is literal;
 * - `{` without a closing brace (`"50% {off"`) is literal.
 *
 * @packageDocumentation
 */
import { ownValue, readEach } from './own.js'
import { hasOwn } from './text.js'

/**
 * A body scanned once into literal chunks and placeholder keys, ready to render for many
 * recipients.
 *
 * The rendered text is `literals[0] + v(keys[0]) + literals[1] + … + v(keys[n-1]) + literals[n]`,
 * so `literals.length === keys.length + 1`.
 *
 * @category Templating
 */
export interface CompiledTemplate {
  /** The body as written. */
  readonly body: string
  /** The literal text around the placeholders; one more than `keys`. */
  readonly literals: ReadonlyArray<string>
  /** The key of each placeholder, in order of appearance (a key may repeat). */
  readonly keys: ReadonlyArray<string>
  /** `firstOccurrence[i]` is whether `keys[i]` appears here for the first time. */
  readonly firstOccurrence: ReadonlyArray<boolean>
  /** Whether the body has at least one placeholder. */
  readonly hasPlaceholders: boolean
}

/**
 * What rendering reads of a compiled template.
 *
 * @internal
 */
export type TemplateParts = Omit<CompiledTemplate, 'hasPlaceholders'>

/**
 * The result of rendering a body for one recipient.
 *
 * @category Templating
 */
export interface Rendered {
  /** The composed text. */
  readonly text: string
  /**
   * Keys of the placeholders left as written because their key is no key of the batch (`'name'`
   * for `{name}`, like {@link Rendered.emptied}), once each, in order of first appearance.
   */
  readonly unresolved: string[]
  /**
   * Keys of the batch that had neither an own value nor a default and became `''`, once each,
   * in order of first appearance.
   */
  readonly emptied: string[]
}

const OPEN = 0x7b // '{'
const CLOSE = 0x7d // '}'

/**
 * Scans a body once into literal chunks and placeholder keys, in linear time.
 *
 * Braces are matched like parentheses; unmatched braces are literal. A matched pair is a
 * placeholder when the text between is non-empty without braces and no other matched pair
 * encloses it: nested braces such as `{{a}}` or `{a{b}}` are literal text as written, while in
 * `{ {a}` the first `{` is unmatched and `{a}` is a placeholder (see the module comment).
 *
 * @param body - The message body as written (a non-string, from untyped callers, compiles as `''`).
 * @returns The compiled form, to be rendered with {@link renderCompiled}.
 * @example
 * ```ts
 * import { compileTemplate } from 'sms-preflight'
 * const t = compileTemplate('Hi {name}, {{x}} {} { {y}')
 * t.literals        // ['Hi ', ', {{x}} {} { ', '']
 * t.keys            // ['name', 'y']
 * t.hasPlaceholders // true
 * ```
 * @category Templating
 */
export function compileTemplate(body: string): CompiledTemplate {
  const text = typeof body === 'string' ? body : ''
  // Indices of the '{' still open; the open brace at level k (1-based) is opens[k - 1].
  const opens: number[] = []
  // Candidates: matched pairs with a non-empty key without braces, not (yet) known to be
  // enclosed by a matched pair. `candDepth[j]` is the number of braces open around it; it is
  // non-decreasing along the list, since a candidate is dropped as soon as a brace open around
  // it closes.
  const candOpen: number[] = []
  const candClose: number[] = []
  const candDepth: number[] = []
  let lastBrace = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === OPEN) {
      opens.push(i)
      lastBrace = i
    } else if (c === CLOSE) {
      const o = opens.pop()
      if (o !== undefined) {
        const depth = opens.length
        // The pair (o, i) encloses every candidate opened at a deeper level.
        // (An empty list reads -1: below every depth.)
        while ((candDepth[candDepth.length - 1] ?? -1) >= depth + 1) {
          candOpen.pop()
          candClose.pop()
          candDepth.pop()
        }
        // Every brace between o and i would have been matched inside, so "no brace between"
        // is "o is the last brace seen".
        if (o === lastBrace && i > o + 1) {
          candOpen.push(o)
          candClose.push(i)
          candDepth.push(depth)
        }
      }
      lastBrace = i
    }
  }
  // The braces still open are unmatched and enclose nothing: every remaining candidate stands.
  const literals: string[] = []
  const keys: string[] = []
  const firstOccurrence: boolean[] = []
  const seen = new Set<string>()
  let literalStart = 0
  for (let j = 0; j < candOpen.length; j++) {
    const o = candOpen[j] ?? 0
    const cl = candClose[j] ?? 0
    const key = text.slice(o + 1, cl)
    literals.push(text.slice(literalStart, o))
    keys.push(key)
    firstOccurrence.push(!seen.has(key))
    seen.add(key)
    literalStart = cl + 1
  }
  literals.push(text.slice(literalStart))
  return { body: text, literals, keys, firstOccurrence, hasPlaceholders: keys.length > 0 }
}

/**
 * The distinct placeholder keys of a compiled body, in order of first appearance.
 *
 * @example
 * ```ts
 * import { compileTemplate, placeholderKeys } from 'sms-preflight'
 * placeholderKeys(compileTemplate('{a}{b}{a}')) // ['a', 'b']
 * ```
 * @category Templating
 */
export function placeholderKeys(t: CompiledTemplate): string[] {
  // From JavaScript, anything that is not a compiled template has no keys (readCompiled).
  const compiled = readCompiled(t)
  return compiled === undefined ? [] : distinctKeys(compiled)
}

/** The distinct keys of a compiled template that is known to have its shape. */
function distinctKeys(t: TemplateParts): string[] {
  const out: string[] = []
  t.keys.forEach((key, i) => {
    if (t.firstOccurrence[i] === true) out.push(key)
  })
  return out
}

const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const asBoolean = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined)

/**
 * A compiled template from a JavaScript caller, read once (own properties only, never a
 * prototype's) into a copy; or `undefined` when it does not have the shape
 * {@link compileTemplate} gives — arrays of string literals and keys and of booleans, one more
 * literal than keys — or throws when read (a getter, a Proxy). Its `body` is not read: the
 * copy's is the literals with the placeholders between them, as {@link compileTemplate} found them.
 */
function readCompiled(t: unknown): TemplateParts | undefined {
  const literals = readEach(ownValue(t, 'literals'), asString)
  const keys = readEach(ownValue(t, 'keys'), asString)
  const firstOccurrence = readEach(ownValue(t, 'firstOccurrence'), asBoolean)
  if (literals === undefined || keys === undefined || firstOccurrence === undefined) return undefined
  if (literals.length !== keys.length + 1 || firstOccurrence.length !== keys.length) return undefined
  let body = literals[0] ?? ''
  for (let i = 0; i < keys.length; i++) body += '{' + (keys[i] ?? '') + '}' + (literals[i + 1] ?? '')
  return { body, literals, keys, firstOccurrence }
}

const NO_KEYS: Readonly<Record<string, string>> = /*#__PURE__*/ Object.freeze(Object.create(null) as Record<string, string>)

/**
 * The own value of `key` when it is a string. Anything else — `null`, a number, an object — is no
 * value: it is never turned into text (no `String()`, no call of the caller's `toString`).
 */
function stringAt(o: Readonly<Record<string, unknown>>, key: string): string | undefined {
  if (!hasOwn(o, key)) return undefined
  const v = o[key]
  return typeof v === 'string' ? v : undefined
}

function asRecord(o: Readonly<Record<string, string>> | undefined): Readonly<Record<string, string>> {
  return typeof o === 'object' && o !== null ? o : NO_KEYS
}

/**
 * Renders a compiled body for one recipient (SPEC "Templating").
 *
 * For each placeholder `{key}`, in one left-to-right pass:
 * - `key` is a key of the batch (in `batchKeys`): the recipient's own value, else the own
 *   default, else `''` (and `key` is listed in `emptied`);
 * - otherwise the placeholder stays as written (and is listed in `unresolved`).
 *
 * Inserted values are never expanded again. Only own properties count, so `{constructor}` or
 * `{__proto__}` resolve only when they really are keys of the objects; `Object.create(null)`
 * objects are fine. Only a string is a value: an own `null`, number or object is as if absent,
 * never turned into text (no `'[object Object]'`, no call of its `toString`, no silent `''`).
 * When `batchKeys` is given it is authoritative (the composer passes the keys of every
 * recipient and `default`); when it is omitted the batch keys are the own keys of `values` and
 * `defaults` that hold a string — so a placeholder whose only value is not a string stays as
 * written and is listed in `unresolved`, and one of `batchKeys` without a string value is
 * emptied and listed in `emptied`. Nothing is mutated. Never throws: objects from JavaScript
 * that throw when read (a getter, a Proxy) leave the body as written, every placeholder
 * unresolved; a `t` that is not what {@link compileTemplate} gives (read once, own properties
 * only) renders as the empty text.
 *
 * @param t - The compiled body.
 * @param values - The recipient's own template values.
 * @param defaults - The batch's `default` values.
 * @param batchKeys - Every key of the batch.
 * @returns The text, the keys of the unresolved placeholders and the emptied keys.
 * @example
 * ```ts
 * import { compileTemplate, renderCompiled } from 'sms-preflight'
 * const t = compileTemplate('A very nice message{sign}')
 * renderCompiled(t, { sign: 'sent by Bob' }, { sign: ' sent by iP.1' }).text
 * // 'A very nice messagesent by Bob'
 * ```
 * @category Templating
 */
export function renderCompiled(
  t: CompiledTemplate,
  values: Readonly<Record<string, string>>,
  defaults?: Readonly<Record<string, string>>,
  batchKeys?: ReadonlySet<string>,
): Rendered {
  // From JavaScript, anything that is not a compiled template renders as the empty text.
  const compiled = readCompiled(t)
  if (compiled === undefined) return { text: '', unresolved: [], emptied: [] }
  try {
    return renderChecked(compiled, values, defaults, batchKeys)
  } catch {
    // Only a JavaScript caller's objects can throw here (a getter, a Proxy, a `has` that
    // throws): nothing is substituted, and every placeholder is reported unresolved.
    return { text: compiled.body, unresolved: distinctKeys(compiled), emptied: [] }
  }
}

/**
 * {@link renderCompiled} without its guard, for values known to be plain string records (the
 * composer's, which validateBatch has checked and copied).
 *
 * @internal
 */
export function renderChecked(
  t: TemplateParts,
  values: Readonly<Record<string, string>>,
  defaults?: Readonly<Record<string, string>>,
  batchKeys?: ReadonlySet<string>,
): Rendered {
  const unresolved: string[] = []
  const emptied: string[] = []
  const { literals, keys, firstOccurrence } = t
  let text = literals[0] ?? ''
  const own = asRecord(values)
  const fallback = asRecord(defaults)
  // From JavaScript, anything that is not a set of keys counts as omitted.
  const keySet = typeof batchKeys === 'object' && batchKeys !== null && typeof batchKeys.has === 'function' ? batchKeys : undefined
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? ''
    const first = firstOccurrence[i] === true
    const mine = stringAt(own, key)
    const shared = stringAt(fallback, key)
    const isBatchKey = keySet === undefined ? mine !== undefined || shared !== undefined : keySet.has(key) === true
    if (!isBatchKey) {
      text += '{' + key + '}'
      if (first) unresolved.push(key)
    } else if (mine !== undefined) {
      text += mine
    } else if (shared !== undefined) {
      text += shared
    } else if (first) {
      emptied.push(key)
    }
    text += literals[i + 1] ?? ''
  }
  return { text, unresolved, emptied }
}

/**
 * Renders a body for one recipient: {@link compileTemplate} then {@link renderCompiled}. To
 * render one body for many recipients, compile it once instead.
 *
 * A placeholder is `{key}` with a non-empty key without braces, not inside another matched
 * pair of braces; `{` without a closing brace, `{}` and nested braces are literal text:
 * `{{a}}` and `{a{b}}` stay exactly as written (and `{a}` is then neither unresolved nor
 * emptied), while in `{ {a}` the unmatched first `{` is text and `{a}` is a placeholder.
 *
 * Only a string is a value (see {@link renderCompiled}): `renderTemplate('Hi {name}', { name:
 * {} })` is `'Hi {name}'` with `name` unresolved, never `'Hi [object Object]'`.
 *
 * @param body - The message body as written.
 * @param values - The recipient's own template values.
 * @param defaults - The batch's `default` values.
 * @param batchKeys - Every key of the batch; by default the own keys of `values` and `defaults`.
 * @returns The text, the keys of the unresolved placeholders and the emptied keys.
 * @example
 * ```ts
 * import { renderTemplate } from 'sms-preflight'
 * renderTemplate('A very nice message{sign}', {}, { sign: ' sent by iP.1' })
 * // { text: 'A very nice message sent by iP.1', unresolved: [], emptied: [] }
 * renderTemplate('Hi {name} {x}', {}, {}, new Set(['name']))
 * // { text: 'Hi  {x}', unresolved: ['x'], emptied: ['name'] }
 * renderTemplate('{{a}} {a}', { a: 'X' })
 * // { text: '{{a}} X', unresolved: [], emptied: [] }
 * ```
 * @category Templating
 */
export function renderTemplate(
  body: string,
  values: Readonly<Record<string, string>>,
  defaults?: Readonly<Record<string, string>>,
  batchKeys?: ReadonlySet<string>,
): Rendered {
  return renderCompiled(compileTemplate(body), values, defaults, batchKeys)
}
