/**
 * Saying an issue in a language: {@link formatIssue}, and the `locale` option of the functions
 * that return issues, applied to their results at the public boundary (the rules themselves
 * always write English).
 *
 * @packageDocumentation
 */
import type { Either } from 'fp-ts/Either'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import { catalogue, type Issue, type IssueCode, type IssueParams } from '../issue.js'
import type { CustomMessages, Locale } from './messages.js'
import { ownValue } from '../own.js'
import type { JsonExpected, JsonProblem } from '../json/problems.js'
import { JSON_EXPECTED, JSON_PROBLEM, swedishMessages } from './sv.js'

/**
 * The kind of a param a message needs: a finite number, a string, a list, one of the JSON
 * problems `json.invalid` names, or (absent or) one of the things it says were expected.
 */
type Kind = 'n' | 's' | 'l' | 'p' | 'e'

type KindOf<V> = V extends JsonProblem
  ? 'p'
  : V extends JsonExpected
    ? 'e'
    : V extends number
      ? 'n'
      : V extends string
        ? 's'
        : V extends ReadonlyArray<unknown>
          ? 'l'
          : never

/** The keys of `P` that are not optional. */
type RequiredKeys<P> = { [K in keyof P]-?: Pick<P, K> extends Required<Pick<P, K>> ? K : never }[keyof P]

/** The codes whose messages take params. */
type ParamsCode = { [C in IssueCode]: IssueParams<C> extends object ? C : never }[IssueCode]

/**
 * The params each message needs, with their kinds: a message function is only called with
 * params of this shape, so that an issue made by hand (or by a hostile caller) without them, or
 * with a value no message can say (`NaN`, a JSON problem that is not one), keeps its own message
 * instead of saying "undefined". Typed from the catalogue: a code whose message takes params
 * must be listed, with exactly its required params, and may list an optional one the message
 * looks a word up by.
 */
const SHAPES: {
  readonly [C in ParamsCode]: { readonly [K in RequiredKeys<IssueParams<C>>]: KindOf<IssueParams<C>[K]> } & {
    readonly [K in keyof IssueParams<C>]?: KindOf<Exclude<IssueParams<C>[K], undefined>>
  }
} = {
  'request.duplicate_field': { field: 's', first: 's' },
  'request.unknown_field': { field: 's' },
  'request.too_many_issues': { code: 's', omitted: 'n', cap: 'n' },
  'json.invalid': { problem: 'p', expected: 'e', line: 'n', column: 'n' },
  'json.duplicate_key': { key: 's' },
  'request.unreadable': { reason: 's' },
  'sender.numeric_too_long': { digits: 'n', max: 'n' },
  'sender.invalid_characters': { characters: 'l' },
  'sender.alphanumeric_length': { length: 'n', min: 'n', max: 'n' },
  'sender.alphanumeric_unsupported': { countries: 'l' },
  'recipient.non_digit': { characters: 'l' },
  'recipient.too_long': { length: 'n', max: 'n' },
  'recipient.duplicate': { msisdn: 's', first: 'n' },
  'recipient.unknown_country': { msisdn: 's' },
  'recipient.implausible_length': { msisdn: 's', callingCode: 's', length: 'n', min: 'n', max: 'n' },
  'recipient.national_format': { msisdn: 's' },
  'recipient.not_mobile': { msisdn: 's', type: 's' },
  'template.invalid_key': { key: 's' },
  'template.empty_value': { keys: 'l' },
  'template.unresolved': { placeholder: 's', key: 's' },
  'body.too_long': { length: 'n', max: 'n' },
  'message.too_long': { length: 'n', max: 'n' },
  'message.not_gsm': { characters: 'l' },
  'message.ucs_lookalikes': { characters: 'l', segmentsSaved: 'n' },
  'message.too_many_segments': { segments: 'n', max: 'n' },
  'type.invalid': {},
  'window.closes_before_opens': { opens: 's', closes: 's' },
  'window.in_past': { closes: 's', now: 's' },
  'window.too_late': { closes: 's' },
  'window.overlap': { other: 'n' },
  'window.no_offset': { value: 's' },
  'deliveryReportUrl.too_long': { length: 'n', max: 'n' },
  'reference.too_long': { length: 'n', max: 'n' },
  'tag.whitespace': { tag: 's' },
  'tag.duplicate': { tag: 's', first: 'n' },
  'pricing.price_invalid': { value: 's' },
  'pricing.segments_invalid': { value: 's' },
  'pricing.messages_invalid': { value: 's' },
  'pricing.price_too_precise': { decimals: 'n', max: 'n' },
  'pricing.price_too_long': { length: 'n', max: 'n' },
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

const fitsKind = (value: unknown, kind: Kind): boolean =>
  kind === 'n'
    ? Number.isFinite(value)
    : kind === 's'
      ? typeof value === 'string'
      : kind === 'l'
        ? Array.isArray(value)
        : typeof value === 'string'
          ? hasOwn(kind === 'p' ? JSON_PROBLEM : JSON_EXPECTED, value)
          : kind === 'e' && value === undefined

/**
 * The params to call `code`'s message with, or `null` when the issue's params do not have the
 * shape it needs. An issue whose message needs no values has none (makeIssue leaves an empty
 * object out): `{}` for a code whose params are all optional, `undefined` for a code without.
 * The params are the issue's own values, copied into an object that inherits nothing, so that
 * no message reads a value from a (polluted) prototype; params that are not an object give no
 * values.
 */
function paramsFor(code: IssueCode, params: unknown): unknown {
  if (!hasOwn(SHAPES, code)) return undefined
  const shape = SHAPES[code as ParamsCode] as Readonly<Record<string, Kind>>
  const given = Object.assign(Object.create(null) as Record<string, unknown>, params)
  for (const [key, kind] of Object.entries(shape)) if (!fitsKind(given[key], kind)) return null
  return given
}

/** Calls a message function; `undefined` when it is none, throws or says no string. */
function say(message: unknown, params: unknown): string | undefined {
  try {
    const said: unknown = (message as (p: unknown) => unknown)(params)
    return typeof said === 'string' ? said : undefined
  } catch {
    return undefined
  }
}

/** The table of a locale or a caller's messages; `undefined` for English (the catalogue's). */
function tableOf(messages: unknown): CustomMessages | undefined {
  if (typeof messages === 'string') return SWEDISH.test(messages) ? swedishMessages : undefined
  return typeof messages === 'object' && messages !== null ? (messages as CustomMessages) : undefined
}

/**
 * A locale string whose language is Swedish: `sv` in any case, alone or before a region or
 * other subtags, after `-` (BCP 47: `sv-SE`) or what a POSIX locale puts after its language
 * (`sv_SE`, `sv.UTF-8`, `sv@euro`).
 */
const SWEDISH = /^sv(?:[-_.@]|$)/i

/**
 * Says an issue in a language: `'en'`, `'sv'`, or a table of the caller's own messages (a
 * code it lacks is said in English). The message is made from the issue's `code` and `params`,
 * so an issue already said in one language can be said in another.
 *
 * Total, for any input: an issue whose code is not in the catalogue, or whose params lack a
 * value its message needs, keeps its own `message` (`''` when it has none it can give); a
 * message function of the caller's that throws or gives no string falls back to English. A
 * message function gets the issue's own params, in an object that inherits nothing. A language
 * tag such as `'sv-SE'` counts as its language; any other string, and any value that is neither
 * a string nor an object, is English.
 *
 * @param issue - An issue returned by the library (or one with the same `code` and `params`).
 * @param messages - `'en'`, `'sv'`, or the caller's {@link CustomMessages}.
 * @returns The message.
 * @example
 * ```ts
 * import { formatIssue, validateBody } from 'sms-preflight'
 * const r = validateBody('x'.repeat(2001))
 * if (r._tag === 'Left') {
 *   formatIssue(r.left[0], 'sv') // 'Meddelandetexten får ha högst 2\u00a0000 tecken; den här har 2\u00a0001.'
 *   formatIssue(r.left[0], { 'body.too_long': (p) => `Enintään ${p.max} merkkiä.` }) // 'Enintään 2000 merkkiä.'
 *   formatIssue(r.left[0], { 'body.empty': () => 'Tyhjä.' }) // 'The body has at most 2000 characters; this one has 2001.'
 * }
 * ```
 * @category Messages
 */
export function formatIssue(issue: Issue, messages: Locale | CustomMessages): string {
  let own = ''
  try {
    const message: unknown = issue.message
    if (typeof message === 'string') own = message
  } catch {
    // No message of its own: one is still made from the code and params when they can be read.
  }
  try {
    const code: unknown = issue.code
    if (typeof code !== 'string' || !hasOwn(catalogue, code)) return own
    const params = paramsFor(code as IssueCode, issue.params)
    if (params === null) return own
    const table = tableOf(messages)
    const custom = table !== undefined && hasOwn(table, code) ? say(table[code as IssueCode], params) : undefined
    return custom ?? say(catalogue[code as IssueCode].message, params) ?? own
  } catch {
    return own
  }
}

/**
 * The table of the `locale` option of a caller's options, read without throwing (a getter that
 * throws, a Proxy, a value of the wrong type: no locale); `undefined` also for English, whose
 * messages the issues already have.
 */
export function localeOf(options: unknown): CustomMessages | undefined {
  // An own property only, as every option is read: an inherited (polluted) one is no option.
  return tableOf(ownValue(options, 'locale'))
}

/**
 * Says issues in one table's language. An issue object met twice (a body-level issue shared
 * by many messages and the warnings) is said once and stays one object; an issue whose message
 * does not change is kept as it is.
 */
export function translator(table: CustomMessages): (issue: Issue) => Issue {
  const said = new Map<Issue, Issue>()
  return (issue) => {
    const known = said.get(issue)
    if (known !== undefined) return known
    const message = formatIssue(issue, table)
    const out = message === issue.message ? issue : { ...issue, message }
    said.set(issue, out)
    return out
  }
}

/**
 * A non-empty array mapped (the map of `NonEmptyArray`, without fp-ts's module): `map` gives
 * one element for each of a non-empty array's, so the result is non-empty too.
 */
const mapNonEmpty = <A, B>(xs: NonEmptyArray<A>, f: (a: A) => B): NonEmptyArray<B> => xs.map((x) => f(x)) as NonEmptyArray<B>

/**
 * A result with its issues said in the language of `options.locale` (the issues of a `Left`,
 * the warnings of a `Right`); the result itself when the locale is English or absent.
 */
export function localized<A extends { readonly warnings: ReadonlyArray<Issue> }>(
  result: Either<NonEmptyArray<Issue>, A>,
  options: unknown,
): Either<NonEmptyArray<Issue>, A> {
  const table = localeOf(options)
  return table === undefined ? result : localizedWith(result, translator(table))
}

/** {@link localized} with a translator of the caller's (to share it with more issues of the same result). */
export function localizedWith<A extends { readonly warnings: ReadonlyArray<Issue> }>(
  result: Either<NonEmptyArray<Issue>, A>,
  say: (issue: Issue) => Issue,
): Either<NonEmptyArray<Issue>, A> {
  if (result._tag === 'Left') return { _tag: 'Left', left: mapNonEmpty(result.left, say) }
  const value = result.right
  return value.warnings.length === 0 ? result : { _tag: 'Right', right: { ...value, warnings: value.warnings.map(say) } }
}

/**
 * {@link localized} for a result with messages that carry their own issues (`prepareBatch`):
 * a message's issues are the same objects as the warnings, and stay so.
 */
export function localizedMessages<
  M extends { readonly issues: ReadonlyArray<Issue> },
  A extends { readonly warnings: ReadonlyArray<Issue>; readonly messages: ReadonlyArray<M> },
>(result: Either<NonEmptyArray<Issue>, A>, options: unknown): Either<NonEmptyArray<Issue>, A> {
  const table = localeOf(options)
  if (table === undefined) return result
  const say = translator(table)
  const out = localizedWith(result, say)
  if (out._tag === 'Left') return out
  const value = out.right
  const messages = value.messages.map((m) => (m.issues.length === 0 ? m : { ...m, issues: m.issues.map(say) }))
  return { _tag: 'Right', right: { ...value, messages } }
}
