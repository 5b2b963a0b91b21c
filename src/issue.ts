/**
 * The issue model: what every rule reports, with a stable code, a JSON Pointer path and an
 * English message produced from one table keyed by code.
 *
 * @packageDocumentation
 */
import type { JsonExpected, JsonProblem } from './json/problems.js'
import type { NotMobileType } from './phone/numberTypes.js'
import { escapeHidden, quoted } from './escape.js'

/**
 * How serious an issue is. An `error` makes the request invalid; a `warning` never does.
 *
 * @category Issues
 */
export type Severity = 'error' | 'warning'

/**
 * One problem found in a request, as plain JSON.
 *
 * `path` is an RFC 6901 JSON Pointer into the request (`""` is the whole request).
 * `params` carries the values a translated message needs.
 *
 * @category Issues
 */
export interface Issue {
  /** `error` or `warning`, from the catalogue. */
  readonly severity: Severity
  /** The stable code, `field.snake_case`. */
  readonly code: IssueCode
  /** Where the issue stands: a JSON Pointer into the checked value. */
  readonly path: string
  /** The English message. */
  readonly message: string
  /** The values a translated message needs (absent when it needs none). */
  readonly params?: Readonly<Record<string, unknown>>
  /**
   * Where the issue stands in the JSON text, when the request was checked as text
   * (`validateBatchJson`, `prepareBatchJson`); absent for a request checked as a value.
   */
  readonly source?: SourcePosition
}

/**
 * A place in a JSON text: 1-based `line` and `column`, 0-based `offset`, and `length`, all in
 * UTF-16 code units as editors count them. It covers the value an issue is about (its key, for
 * an issue about a key).
 *
 * @category Issues
 */
export interface SourcePosition {
  /** The line, from 1. A line ends at `\n`, `\r\n` or `\r`. */
  readonly line: number
  /** The column in that line, from 1. */
  readonly column: number
  /** The offset from the start of the text, from 0. */
  readonly offset: number
  /** How many code units the issue covers (0 at the end of the text). */
  readonly length: number
}

/**
 * A path inside the library: an array of segments (object keys or array indices), turned into
 * a JSON Pointer only when an {@link Issue} is made.
 *
 * @category Issues
 */
export type Path = ReadonlyArray<string | number>

/** The words of `json.invalid`: each problem, and what was expected. */
const JSON_WORDS: Readonly<Record<JsonProblem | JsonExpected, string>> = {
  empty: 'the text is empty',
  not_text: 'a byte there is not UTF-8',
  not_string: 'the input is not a string',
  unexpected_end: 'the text ends too early',
  unexpected_character: 'an unexpected character',
  unterminated_string: 'a string has no closing quote',
  control_character: 'a control character must be escaped in a string',
  invalid_escape: 'a string holds an invalid escape sequence',
  invalid_number: 'a number is not written as JSON writes numbers',
  value: 'a value',
  key: 'a key in double quotes',
  colon: '":"',
  comma_or_close_object: '"," or "}"',
  comma_or_close_array: '"," or "]"',
  end: 'the end of the text',
}

/** The words of `recipient.not_mobile`: what each type of number is. */
const NOT_MOBILE_WORDS: Readonly<Record<NotMobileType, string>> = {
  fixed_line: 'a fixed-line (landline) number',
  toll_free: 'a toll-free number',
  premium_rate: 'a premium-rate number',
  shared_cost: 'a shared-cost number',
  voip: 'a VoIP number',
  pager: 'a pager number',
  uan: 'a universal access number (UAN)',
}

/**
 * What a type of number is, after `lead`; empty for a name that is not a type (an issue made by
 * hand, said again by `formatIssue`).
 */
function typeWords(words: Readonly<Record<NotMobileType, string>>, type: string, lead: string): string {
  return Object.prototype.hasOwnProperty.call(words, type) ? lead + words[type as NotMobileType] : ''
}

type MessageOf = (...params: never[]) => string

interface Entry<F extends MessageOf> {
  readonly severity: Severity
  readonly message: F
}

const error = <F extends MessageOf>(message: F): Entry<F> => ({ severity: 'error', message })
const warning = <F extends MessageOf>(message: F): Entry<F> => ({ severity: 'warning', message })

const list = (chars: ReadonlyArray<string>): string => chars.map((c) => quoted(c)).join(', ')

/**
 * Every issue code the library can emit, with its severity and its English message.
 * Codes are a public contract: user interfaces translate them.
 *
 * @category Issues
 */
export const catalogue = {
  /** Error at `""`: the request is not a JSON object. */
  'request.not_object': error(() => 'The request must be a JSON object.'),
  /** Error: two spellings of one field (names match case-insensitively). */
  'request.duplicate_field': error((p: { field: string; first: string }) =>
    `${quoted(p.field)} is a second spelling of ${quoted(p.first)} (field names match case-insensitively); remove one.`,
  ),
  /** Warning: a field the request does not define, with a "did you mean" suggestion. */
  'request.unknown_field': warning((p: { field: string; suggestion?: string }) =>
    p.suggestion === undefined
      ? `${quoted(p.field)} is not a known field and is ignored.`
      : `${quoted(p.field)} is not a known field and is ignored; did you mean "${p.suggestion}"?`,
  ),
  /** Warning: how many more issues of one code were left out past the cap. */
  'request.too_many_issues': warning((p: { code: string; omitted: number; cap: number }) =>
    `${p.omitted} more "${p.code}" ${p.omitted === 1 ? 'issue was' : 'issues were'} omitted (at most ${p.cap} of one code are listed).`,
  ),

  /** Error at `""`: the text is not JSON (RFC 8259); `source` says where it stops being JSON. */
  'json.invalid': error((p: { problem: JsonProblem; expected?: JsonExpected; found?: string; line: number; column: number }) =>
    `The request is not valid JSON at line ${p.line}, column ${p.column}: ${JSON_WORDS[p.problem]}${
      p.expected === undefined ? '' : `, expected ${JSON_WORDS[p.expected]}`
    }${p.found === undefined ? '' : `, found ${quoted(p.found)}`}.`,
  ),
  /** Error at the later key: a key written twice in one object (`JSON.parse` keeps the last silently). */
  'json.duplicate_key': error((p: { key: string }) =>
    `The key ${quoted(p.key)} is written twice in this object; JSON readers keep only one of the two, so remove one.`,
  ),

  /** Error at `""`: "now" is missing or not a valid `Date`. */
  'options.now_invalid': error(() => '"now" must be a valid Date: the library never reads the clock itself.'),

  /**
   * Error at `""`: reading the input threw (a getter or a Proxy from a JavaScript caller; JSON
   * never has them). The check stops there.
   */
  'request.unreadable': error((p: { reason: string }) => `The input could not be read (${escapeHidden(p.reason)}).`),

  /** Error at `/sender`: absent or null. */
  'sender.missing': error(() => 'The sender is required.'),
  /** Error at `/sender`: not a string. */
  'sender.not_string': error(() => 'The sender must be a string.'),
  /** Error at `/sender`: empty or only white space. */
  'sender.empty': error(() => 'The sender must not be empty or only white space.'),
  /** Error at `/sender`: a numeric sender longer than 15 digits. */
  'sender.numeric_too_long': error((p: { digits: number; max: number }) =>
    `A numeric sender has at most ${p.max} digits; this one has ${p.digits}.`,
  ),
  /** Error at `/sender`: an E.164 sender with 0 after the "+". */
  'sender.invalid_format': error(() =>
    'A numeric sender in E.164 form ("+" then digits) must not start with 0 after the "+".',
  ),
  /** Error at `/sender`: characters outside A-Z, a-z and 0-9. */
  'sender.invalid_characters': error((p: { characters: ReadonlyArray<string> }) =>
    `An alphanumeric sender may only use A-Z, a-z and 0-9; found ${list(p.characters)}.`,
  ),
  /** Error at `/sender`: an alphanumeric sender shorter than 3 or longer than 11 characters. */
  'sender.alphanumeric_length': error((p: { length: number; min: number; max: number }) =>
    `An alphanumeric sender has ${p.min} to ${p.max} characters; this one has ${p.length}.`,
  ),
  /** Warning at `/sender`: recipients in countries whose operators commonly refuse alphanumeric senders. */
  'sender.alphanumeric_unsupported': warning((p: { countries: ReadonlyArray<{ region: string; recipients: number }> }) =>
    `Operators in ${p.countries.map((c) => `${c.region} (${c.recipients} recipient${c.recipients === 1 ? '' : 's'})`).join(', ')} commonly refuse alphanumeric senders; use a numeric sender for them.`,
  ),

  /** Error at `/recipients`: absent or null. */
  'recipients.missing': error(() => 'The recipients are required.'),
  /** Error at `/recipients`: neither an array of MSISDNs nor an object of MSISDN → values. */
  'recipients.invalid_type': error(() =>
    'The recipients must be an array of MSISDN strings or an object of MSISDN → template values.',
  ),
  /** Error at `/recipients`: no recipient (`default` alone is not one). */
  'recipients.empty': error(() => 'There must be at least one recipient ("default" alone is not one).'),

  /** Error at a recipient: not a string (a number included). */
  'recipient.not_string': error(() => 'A recipient MSISDN must be a string of digits.'),
  /** Error at a recipient: an empty MSISDN. */
  'recipient.empty': error(() => 'A recipient MSISDN must not be empty.'),
  /** Error at a recipient: characters other than digits. */
  'recipient.non_digit': error((p: { characters: ReadonlyArray<string>; hint?: string; prefix?: '+' | '00' }) =>
    `A recipient MSISDN has digits only; found ${list(p.characters)}.${p.hint === undefined ? '' : ` ${p.hint}`}`,
  ),
  /** Error at a recipient: longer than 15 characters. */
  'recipient.too_long': error((p: { length: number; max: number }) =>
    `A recipient MSISDN has at most ${p.max} characters; this one has ${p.length}.`,
  ),
  /** Warning at a recipient: the same number again (it gets one message). */
  'recipient.duplicate': warning((p: { msisdn: string; first: number }) =>
    `${p.msisdn} is already a recipient (index ${p.first}); it gets one message.`,
  ),
  /** Warning at a recipient: no known country calling code. */
  'recipient.unknown_country': warning((p: { msisdn: string }) =>
    `${p.msisdn} does not start with a known country calling code.`,
  ),
  /** Warning at a recipient: a length its calling code does not use. */
  'recipient.implausible_length': warning(
    (p: { msisdn: string; callingCode: string; length: number; min: number; max: number }) =>
      `A number under +${p.callingCode} has ${p.min === p.max ? p.min : `${p.min} to ${p.max}`} digits after the country code; ${p.msisdn} has ${p.length}.`,
  ),
  /** Warning at a recipient: starts with 0, a national or "00"-prefixed number. */
  'recipient.national_format': warning((p: { msisdn: string; prefix?: '00' }) =>
    p.prefix === '00'
      ? `${p.msisdn} starts with the international prefix 00: drop it and write country code + number (${p.msisdn.slice(2)}).`
      : `${p.msisdn} starts with 0: it looks like a national number; write it as country code + number.`,
  ),
  /**
   * Warning at a recipient: the `numberType` option of `prepareBatch` gives it a type that cannot
   * receive SMS (a landline, a service number, a pager, …).
   */
  'recipient.not_mobile': warning((p: { msisdn: string; type: NotMobileType }) =>
    `${p.msisdn} is not a mobile number${typeWords(NOT_MOBILE_WORDS, p.type, ' but ')}: an SMS to it is usually lost, and still paid for.`,
  ),

  /** Error at a recipient: its template values are not an object. */
  'template.values_not_object': error(() => 'Template values must be an object of key → string.'),
  /** Error at a template value: not a string. */
  'template.value_not_string': error(() => 'A template value must be a string.'),
  /** Error at a template key: empty, or containing `{` or `}`. */
  'template.invalid_key': error((p: { key: string }) =>
    `The template key ${quoted(p.key)} must be non-empty and must not contain "{" or "}".`,
  ),
  /** Warning at a recipient: placeholders with no value and no default, replaced by "". */
  'template.empty_value': warning((p: { keys: ReadonlyArray<string> }) =>
    `No value and no default for ${p.keys.map((k) => `{${escapeHidden(k)}}`).join(', ')}: replaced by an empty string.`,
  ),
  /** Warning at `/body`: a placeholder that matches no key of the batch, sent as written. */
  'template.unresolved': warning((p: { placeholder: string; key: string }) =>
    `${escapeHidden(p.placeholder)} matches no template key and is sent as written.`,
  ),

  /** Error at `/body`: absent or null. */
  'body.missing': error(() => 'The body is required.'),
  /** Error at `/body`: not a string. */
  'body.not_string': error(() => 'The body must be a string.'),
  /** Error at `/body`: empty or only white space. */
  'body.empty': error(() => 'The body must not be empty or only white space.'),
  /** Error at `/body`: longer than 2000 characters. */
  'body.too_long': error((p: { length: number; max: number }) =>
    `The body has at most ${p.max} characters; this one has ${p.length}.`,
  ),

  /** Warning at a recipient: the composed message is longer than 2000 characters. */
  'message.too_long': warning((p: { length: number; max: number }) =>
    `The composed message has ${p.length} characters, over the ${p.max} allowed for a body.`,
  ),
  /**
   * Error: characters outside the GSM alphabet with datacoding "gsm": each occurrence with its
   * index, the first 100 of them (`omitted` counts the rest), and the look-alikes on offer for
   * the characters listed.
   */
  'message.not_gsm': error(
    (p: {
      characters: ReadonlyArray<{ char: string; index: number }>
      omitted?: number
      lookalikes?: ReadonlyArray<{ char: string; replacement: string }>
    }) =>
      `With datacoding "gsm" every character must be in the GSM 03.38 alphabet; found ${p.characters
        .map((c) => `${quoted(c.char)} at ${c.index}`)
        .join(', ')}${p.omitted === undefined ? '' : ` and ${p.omitted} more`}.${
        p.lookalikes === undefined
          ? ''
          : ` GSM look-alikes exist for ${p.lookalikes.map((l) => `${quoted(l.char)} (→ ${quoted(l.replacement)})`).join(', ')}.`
      }`,
  ),
  /** Warning: UCS-2 only because of characters with GSM look-alikes. */
  'message.ucs_lookalikes': warning(
    (p: { characters: ReadonlyArray<{ char: string; replacement: string }>; segmentsSaved: number }) =>
      `The message is sent as UCS-2 only because of ${p.characters
        .map((c) => `${quoted(c.char)} (→ ${quoted(c.replacement)})`)
        .join(', ')}; replacing ${p.characters.length === 1 ? 'it' : 'them'} would save ${p.segmentsSaved} segment${p.segmentsSaved === 1 ? '' : 's'}.`,
  ),
  /**
   * Error: more than 255 segments, which cannot be concatenated. For a composed message longer
   * than 78,030 characters (never built: see `Message`), `segments` is the fewest its units can
   * take and `atLeast` is `true`.
   */
  'message.too_many_segments': error((p: { segments: number; max: number; atLeast?: true }) =>
    `The message needs ${p.atLeast === true ? 'at least ' : ''}${p.segments} segments; at most ${p.max} can be concatenated.`,
  ),

  /** Error at `/type`: neither "sms" nor "flash". */
  'type.invalid': error((p: { suggestion?: string }) =>
    `The type is "sms" or "flash".${p.suggestion === undefined ? '' : ` Did you mean "${p.suggestion}"?`}`,
  ),
  /** Error at `/datacoding`: neither "ucs" nor "gsm". */
  'datacoding.invalid': error(() => 'The datacoding is "ucs" or "gsm".'),
  /** Error at `/priority`: neither 1 nor 2. */
  'priority.invalid': error(() => 'The priority is the number 1 or 2.'),

  /** Error at `/deliveryWindows`: not an array. */
  'windows.invalid_type': error(() => 'The delivery windows must be an array of { opens, closes }.'),
  /** Error at a window: not an object `{ opens, closes }`. */
  'window.invalid_type': error(() => 'A delivery window must be an object { opens, closes }.'),
  /** Error at a window's `opens`: not null nor an ISO-8601 date-time. */
  'window.opens_invalid': error(() =>
    '"opens" must be null or an ISO-8601 date-time such as "2026-05-01T09:00:00+02:00".',
  ),
  /** Error at a window's `closes`: not null nor an ISO-8601 date-time. */
  'window.closes_invalid': error(() =>
    '"closes" must be null or an ISO-8601 date-time such as "2026-05-01T17:00:00+02:00".',
  ),
  /** Error at a window: it closes at or before it opens. */
  'window.closes_before_opens': error((p: { opens: string; closes: string }) =>
    `The window closes (${p.closes}) at or before it opens (${p.opens}).`,
  ),
  /** Error at a window: it closes at or before now. */
  'window.in_past': error((p: { closes: string; now: string }) =>
    `The window closes (${p.closes}) at or before now (${p.now}).`,
  ),
  /** Error at a window: it closes after the last instant a date-time can be written in. */
  'window.too_late': error((p: { closes: string }) =>
    `The window closes at ${p.closes}, after 9999-12-31T23:59:59.999Z, the last date-time.`,
  ),
  /** Error at a window: it overlaps an earlier window. */
  'window.overlap': error((p: { other: number }) => `The window overlaps window ${p.other}.`),
  /** Warning at a window bound: a time without a UTC offset, read as UTC. */
  'window.no_offset': warning((p: { value: string }) =>
    `"${p.value}" has no UTC offset and is read as UTC; add "Z" or an offset such as "+02:00".`,
  ),

  /** Error at `/deliveryReportUrl`: not an absolute http or https URL. */
  'deliveryReportUrl.invalid': error(() =>
    'The delivery report URL must be an absolute http or https URL (or null or "" for none).',
  ),
  /** Error at `/deliveryReportUrl`: longer than 2047 characters. */
  'deliveryReportUrl.too_long': error((p: { length: number; max: number }) =>
    `The delivery report URL has at most ${p.max} characters; this one has ${p.length}.`,
  ),
  /** Warning at `/deliveryReportUrl`: plain http. */
  'deliveryReportUrl.not_https': warning(() =>
    'The delivery report URL uses http: reports would travel unencrypted; prefer https.',
  ),

  /** Error at `/reference`: not a string (or null). */
  'reference.not_string': error(() => 'The reference must be a string (or null).'),
  /** Error at `/reference`: empty or only white space. */
  'reference.empty': error(() => 'The reference must not be empty or only white space.'),
  /** Error at `/reference`: longer than 40 characters. */
  'reference.too_long': error((p: { length: number; max: number }) =>
    `The reference has at most ${p.max} characters; this one has ${p.length}.`,
  ),

  /** Error at `/tags`: not an array. */
  'tags.invalid_type': error(() => 'The tags must be an array of strings.'),
  /** Error at a tag: not a string. */
  'tag.not_string': error(() => 'A tag must be a string.'),
  /** Error at a tag: empty or only white space. */
  'tag.empty': error(() => 'A tag must not be empty or only white space.'),
  /** Warning at a tag: leading or trailing white space (kept as written). */
  'tag.whitespace': warning((p: { tag: string }) =>
    `The tag ${quoted(p.tag)} has leading or trailing white space; it is kept as written.`,
  ),
  /** Warning at a tag: it repeats an earlier tag. */
  'tag.duplicate': warning((p: { tag: string; first: number }) =>
    `The tag ${quoted(p.tag)} repeats tag ${p.first}.`,
  ),

  /** Error at `/account`: neither "SE" nor "international". */
  'pricing.invalid_account': error(() => 'The account is "SE" or "international".'),
  /** Error at `/pricePerSegment`: not a decimal string. */
  'pricing.price_not_string': error(() =>
    'The price per segment must be a decimal string such as "0.35" (not a number: money is exact).',
  ),
  /** Error at `/pricePerSegment`: not a plain decimal such as "0.35". */
  'pricing.price_invalid': error((p: { value: string }) =>
    `${quoted(p.value)} is not a plain decimal such as "0.35" or "0.0595".`,
  ),
  /** Error at `/pricePerSegment`: negative. */
  'pricing.price_negative': error(() => 'The price per segment must not be negative.'),
  /** Error at `/segments`: not a non-negative safe integer. */
  'pricing.segments_invalid': error((p: { value: string }) =>
    `The segment count must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}; this one is ${p.value}.`,
  ),
  /** Error at `/messages`: not a non-negative safe integer. */
  'pricing.messages_invalid': error((p: { value: string }) =>
    `The message count must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}; this one is ${p.value}.`,
  ),
  /** Error at `/pricePerSegment`: more than 4 decimals. */
  'pricing.price_too_precise': error((p: { decimals: number; max: number }) =>
    `The price per segment has at most ${p.max} decimals; this one has ${p.decimals}.`,
  ),
  /** Error at `/pricePerSegment`: longer than 32 characters (refused by its length before it is read). */
  'pricing.price_too_long': error((p: { length: number; max: number }) =>
    `The price per segment has at most ${p.max} characters; this one has ${p.length}.`,
  ),
} as const

/**
 * A stable issue code, `field.snake_case`.
 *
 * @category Issues
 */
export type IssueCode = keyof typeof catalogue

/**
 * The values an issue's message needs, by code.
 *
 * @category Issues
 */
export type IssueParams<C extends IssueCode> = Parameters<(typeof catalogue)[C]['message']>[0]

/**
 * The severity of a code, from the catalogue.
 *
 * @example
 * ```ts
 * import { severityOf } from 'sms-preflight'
 * severityOf('tag.duplicate') // 'warning'
 * ```
 * @category Issues
 */
export function severityOf(code: IssueCode): Severity | undefined {
  // A JavaScript caller may pass a value of its own: only the catalogue's own keys have a
  // severity. The type test is needed: `hasOwnProperty` converts a non-string key to a string,
  // which throws for an object without a prototype.
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(catalogue, code) ? catalogue[code].severity : undefined
}

/**
 * Every code of the catalogue, in catalogue order.
 *
 * @category Issues
 */
export const issueCodes: ReadonlyArray<IssueCode> = Object.freeze(Object.keys(catalogue) as IssueCode[])

/**
 * Escapes one JSON Pointer reference token (RFC 6901 §3: `~` → `~0`, `/` → `~1`).
 *
 * @example
 * ```ts
 * import { escapeToken } from 'sms-preflight'
 * escapeToken('a/b~c') // 'a~1b~0c'
 * escapeToken(2)       // '2'
 * ```
 * @category Issues
 */
export function escapeToken(token: string | number): string {
  // Total for JavaScript callers: anything but a string or a number is the empty token.
  const s = typeof token === 'string' ? token : typeof token === 'number' ? String(token) : ''
  return s.includes('~') || s.includes('/') ? rewriteSpecials(s, false) : s
}

/** How many code units {@link rewriteSpecials} turns into a string at a time. */
const ESCAPE_CHUNK = 4096

/**
 * RFC 6901's escaping (`~` → `~0`, `/` → `~1`), or with `unescape` its inverse (`~1` → `/`,
 * `~0` → `~`, left to right: what replacing `~1` first, then `~0`, gives), in one pass that
 * builds the result a chunk at a time: memory stays within the result and a chunk whatever the
 * token holds. (Two global `replace` calls on a 10 MB name of `~/` took 5 s and 860 MB; a `+=`
 * per escape builds a rope of one node each; one `fromCharCode` call over a long token overflows
 * the engine's argument limit.)
 */
function rewriteSpecials(s: string, unescape: boolean): string {
  const parts: string[] = []
  const codes: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (unescape) {
      const next = c === 0x7e ? s.charCodeAt(i + 1) : NaN
      if (next === 0x30 || next === 0x31) {
        codes.push(next === 0x30 ? 0x7e : 0x2f)
        i++
      } else codes.push(c)
    } else if (c === 0x7e || c === 0x2f) codes.push(0x7e, c === 0x7e ? 0x30 : 0x31)
    else codes.push(c)
    if (codes.length >= ESCAPE_CHUNK) {
      parts.push(String.fromCharCode(...codes))
      codes.length = 0
    }
  }
  parts.push(String.fromCharCode(...codes))
  return parts.join('')
}

/**
 * Turns a path into an RFC 6901 JSON Pointer (`[]` → `""`, `['recipients', 2]` → `/recipients/2`).
 *
 * @example
 * ```ts
 * import { toPointer } from 'sms-preflight'
 * toPointer(['recipients', 'a/b~c']) // '/recipients/a~1b~0c'
 * ```
 *
 * Total for JavaScript callers: a token that is neither a string nor a number, and a hole of a
 * sparse array (never read through `Array.prototype`), is the empty token; a path that is not
 * an array, or that throws when read (a revoked Proxy, a throwing getter), is `""`.
 *
 * @category Issues
 */
export function toPointer(path: Path): string {
  try {
    if (!Array.isArray(path)) return ''
    let out = ''
    for (let i = 0; i < path.length; i++) {
      out += '/' + escapeToken(Object.prototype.hasOwnProperty.call(path, i) ? (path[i] ?? '') : '')
    }
    return out
  } catch {
    return ''
  }
}

/**
 * Splits a JSON Pointer back into its unescaped tokens (the inverse of {@link toPointer} for
 * string tokens).
 *
 * @example
 * ```ts
 * import { fromPointer } from 'sms-preflight'
 * fromPointer('/recipients/a~1b~0c') // ['recipients', 'a/b~c']
 * fromPointer('')                    // []
 * ```
 * @category Issues
 */
export function fromPointer(pointer: string): string[] {
  if (typeof pointer !== 'string' || pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((t) => (t.includes('~') ? rewriteSpecials(t, true) : t))
}

type ParamArgs<C extends IssueCode> = Parameters<(typeof catalogue)[C]['message']>

/**
 * Makes an issue of `code` at `path`, with its severity and message from the catalogue:
 * `makeIssue('reference.too_long', ['reference'], { length: 41, max: 40 })` is the error at
 * `/reference` with the message "The reference has at most 40 characters; this one has 41.".
 * Internal: the rules are the only makers of issues.
 */
export function makeIssue<C extends IssueCode>(code: C, path: Path, ...args: ParamArgs<C>): Issue {
  const entry = catalogue[code]
  // ParamArgs<C> guarantees that `params` is what this entry's message takes: an object, or
  // nothing for a message without values.
  // By length, never `args[0]` of an empty list: that would read a polluted Array.prototype[0].
  const params = (args.length > 0 ? args[0] : undefined) as Readonly<Record<string, unknown>> | undefined
  // The message reads the params' own values only: a copy that inherits nothing, so that an
  // optional value left out (a suggestion, `atLeast`) is never read from a polluted prototype.
  // Absent params give an empty copy (`Object.assign` skips an undefined source), which a
  // message without values ignores.
  const own: Readonly<Record<string, unknown>> = Object.assign(Object.create(null) as Record<string, unknown>, params)
  const message = (entry.message as (params: unknown) => string)(own)
  const base = { severity: entry.severity, code, path: toPointer(path), message }
  // An empty params object (a message with nothing to fill in) is left out, like no params.
  return params === undefined || Object.keys(params).length === 0 ? base : { ...base, params }
}

/**
 * Whether an issue is an error.
 *
 * @category Issues
 */
export function isError(issue: Issue): boolean {
  return issue.severity === 'error'
}
