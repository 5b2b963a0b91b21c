/**
 * The issue model: what every rule reports, with a stable code, a JSON Pointer path and an
 * English message produced from one table keyed by code.
 *
 * @packageDocumentation
 */

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
  readonly severity: Severity
  readonly code: IssueCode
  readonly path: string
  readonly message: string
  readonly params?: Readonly<Record<string, unknown>>
}

/**
 * A path inside the library: an array of segments (object keys or array indices), turned into
 * a JSON Pointer only when an {@link Issue} is made.
 *
 * @category Issues
 */
export type Path = ReadonlyArray<string | number>

type MessageOf = (...params: never[]) => string

interface Entry<F extends MessageOf> {
  readonly severity: Severity
  readonly message: F
}

const error = <F extends MessageOf>(message: F): Entry<F> => ({ severity: 'error', message })
const warning = <F extends MessageOf>(message: F): Entry<F> => ({ severity: 'warning', message })

const list = (chars: ReadonlyArray<string>): string => chars.map((c) => JSON.stringify(c)).join(', ')

/**
 * Every issue code the library can emit, with its severity and its English message.
 * Codes are a public contract: user interfaces translate them.
 *
 * @category Issues
 */
export const catalogue = {
  'request.not_object': error(() => 'The request must be a JSON object.'),
  'request.duplicate_field': error((p: { field: string; first: string }) =>
    `"${p.field}" is a second spelling of "${p.first}" (field names match case-insensitively); remove one.`,
  ),
  'request.unknown_field': warning((p: { field: string; suggestion?: string }) =>
    p.suggestion === undefined
      ? `"${p.field}" is not a field of the request and is ignored.`
      : `"${p.field}" is not a field of the request and is ignored; did you mean "${p.suggestion}"?`,
  ),
  'request.too_many_issues': warning((p: { code: string; omitted: number; cap: number }) =>
    `${p.omitted} more "${p.code}" issues were omitted (at most ${p.cap} of one code are listed).`,
  ),

  'options.now_invalid': error(() => '"now" must be a valid Date: the library never reads the clock itself.'),

  'sender.missing': error(() => 'The sender is required.'),
  'sender.not_string': error(() => 'The sender must be a string.'),
  'sender.empty': error(() => 'The sender must not be empty or only white space.'),
  'sender.numeric_too_long': error((p: { digits: number; max: number }) =>
    `A numeric sender has at most ${p.max} digits; this one has ${p.digits}.`,
  ),
  'sender.invalid_format': error(() =>
    'A numeric sender in E.164 form ("+" then digits) must not start with 0 after the "+".',
  ),
  'sender.invalid_characters': error((p: { characters: ReadonlyArray<string> }) =>
    `An alphanumeric sender may only use A-Z, a-z and 0-9; found ${list(p.characters)}.`,
  ),
  'sender.alphanumeric_length': error((p: { length: number; min: number; max: number }) =>
    `An alphanumeric sender has ${p.min} to ${p.max} characters; this one has ${p.length}.`,
  ),
  'sender.alphanumeric_unsupported': warning((p: { countries: ReadonlyArray<{ region: string; recipients: number }> }) =>
    `Operators in ${p.countries.map((c) => `${c.region} (${c.recipients} recipient${c.recipients === 1 ? '' : 's'})`).join(', ')} commonly refuse alphanumeric senders; use a numeric sender for them.`,
  ),

  'recipients.missing': error(() => 'The recipients are required.'),
  'recipients.invalid_type': error(() =>
    'The recipients must be an array of MSISDN strings or an object of MSISDN → template values.',
  ),
  'recipients.empty': error(() => 'There must be at least one recipient ("default" alone is not one).'),

  'recipient.not_string': error(() => 'A recipient MSISDN must be a string of digits.'),
  'recipient.empty': error(() => 'A recipient MSISDN must not be empty.'),
  'recipient.non_digit': error((p: { characters: ReadonlyArray<string>; hint?: string }) =>
    `A recipient MSISDN has digits only; found ${list(p.characters)}.${p.hint === undefined ? '' : ` ${p.hint}`}`,
  ),
  'recipient.too_long': error((p: { length: number; max: number }) =>
    `A recipient MSISDN has at most ${p.max} characters; this one has ${p.length}.`,
  ),
  'recipient.duplicate': warning((p: { msisdn: string; first: number }) =>
    `${p.msisdn} is already a recipient (index ${p.first}); it gets one message.`,
  ),
  'recipient.unknown_country': warning((p: { msisdn: string }) =>
    `${p.msisdn} does not start with a known country calling code.`,
  ),
  'recipient.implausible_length': warning(
    (p: { msisdn: string; callingCode: string; length: number; min: number; max: number }) =>
      `A number under +${p.callingCode} has ${p.min === p.max ? p.min : `${p.min} to ${p.max}`} digits after the country code; ${p.msisdn} has ${p.length}.`,
  ),
  'recipient.national_format': warning((p: { msisdn: string }) =>
    `${p.msisdn} starts with 0: it looks like a national or "00"-prefixed number; write it as country code + number.`,
  ),

  'template.values_not_object': error(() => 'Template values must be an object of key → string.'),
  'template.value_not_string': error(() => 'A template value must be a string.'),
  'template.invalid_key': error((p: { key: string }) =>
    `The template key ${JSON.stringify(p.key)} must be non-empty and must not contain "{" or "}".`,
  ),
  'template.empty_value': warning((p: { keys: ReadonlyArray<string> }) =>
    `No value and no default for ${p.keys.map((k) => `{${k}}`).join(', ')}: replaced by an empty string.`,
  ),
  'template.unresolved': warning((p: { placeholder: string }) =>
    `${p.placeholder} matches no template key and is sent as written.`,
  ),

  'body.missing': error(() => 'The body is required.'),
  'body.not_string': error(() => 'The body must be a string.'),
  'body.empty': error(() => 'The body must not be empty or only white space.'),
  'body.too_long': error((p: { length: number; max: number }) =>
    `The body has at most ${p.max} characters; this one has ${p.length}.`,
  ),

  'message.too_long': warning((p: { length: number; max: number }) =>
    `The composed message has ${p.length} characters, over the ${p.max} allowed for a body.`,
  ),
  'message.not_gsm': error((p: { characters: ReadonlyArray<{ char: string; index: number }> }) =>
    `With datacoding "gsm" every character must be in the GSM 03.38 alphabet; found ${p.characters
      .map((c) => `${JSON.stringify(c.char)} at ${c.index}`)
      .join(', ')}.`,
  ),
  'message.ucs_lookalikes': warning(
    (p: { characters: ReadonlyArray<{ char: string; replacement: string }>; segmentsSaved: number }) =>
      `The message is sent as UCS-2 only because of ${p.characters
        .map((c) => `${JSON.stringify(c.char)} (→ ${JSON.stringify(c.replacement)})`)
        .join(', ')}; replacing them would save ${p.segmentsSaved} segment${p.segmentsSaved === 1 ? '' : 's'}.`,
  ),
  'message.too_many_segments': error((p: { segments: number; max: number }) =>
    `The message needs ${p.segments} segments; at most ${p.max} can be concatenated.`,
  ),

  'type.invalid': error((p: { suggestion?: string }) =>
    `The type is "sms" or "flash".${p.suggestion === undefined ? '' : ` Did you mean "${p.suggestion}"?`}`,
  ),
  'datacoding.invalid': error(() => 'The datacoding is "ucs" or "gsm".'),
  'priority.invalid': error(() => 'The priority is the number 1 or 2.'),

  'windows.invalid_type': error(() => 'The delivery windows must be an array of { opens, closes }.'),
  'window.invalid_type': error(() => 'A delivery window must be an object { opens, closes }.'),
  'window.opens_invalid': error(() =>
    '"opens" must be null or an ISO-8601 date-time such as "2026-05-01T09:00:00+02:00".',
  ),
  'window.closes_invalid': error(() =>
    '"closes" must be null or an ISO-8601 date-time such as "2026-05-01T17:00:00+02:00".',
  ),
  'window.closes_before_opens': error((p: { opens: string; closes: string }) =>
    `The window closes (${p.closes}) at or before it opens (${p.opens}).`,
  ),
  'window.in_past': error((p: { closes: string; now: string }) =>
    `The window closes (${p.closes}) at or before now (${p.now}).`,
  ),
  'window.overlap': error((p: { other: number }) => `The window overlaps window ${p.other}.`),
  'window.no_offset': warning((p: { value: string }) =>
    `"${p.value}" has no UTC offset and is read as UTC; add "Z" or an offset such as "+02:00".`,
  ),

  'deliveryReportUrl.invalid': error(() =>
    'The delivery report URL must be an absolute http or https URL (or null or "" for none).',
  ),
  'deliveryReportUrl.too_long': error((p: { length: number; max: number }) =>
    `The delivery report URL has at most ${p.max} characters; this one has ${p.length}.`,
  ),
  'deliveryReportUrl.not_https': warning(() =>
    'The delivery report URL uses http: reports would travel unencrypted; prefer https.',
  ),

  'reference.not_string': error(() => 'The reference must be a string (or null).'),
  'reference.empty': error(() => 'The reference must not be empty or only white space.'),
  'reference.too_long': error((p: { length: number; max: number }) =>
    `The reference has at most ${p.max} characters; this one has ${p.length}.`,
  ),

  'tags.invalid_type': error(() => 'The tags must be an array of strings.'),
  'tag.not_string': error(() => 'A tag must be a string.'),
  'tag.empty': error(() => 'A tag must not be empty or only white space.'),
  'tag.whitespace': warning((p: { tag: string }) =>
    `The tag ${JSON.stringify(p.tag)} has leading or trailing white space; it is kept as written.`,
  ),
  'tag.duplicate': warning((p: { tag: string; first: number }) =>
    `The tag ${JSON.stringify(p.tag)} repeats tag ${p.first}.`,
  ),

  'pricing.invalid_account': error(() => 'The account is "SE" or "international".'),
  'pricing.price_not_string': error(() =>
    'The price per segment must be a decimal string such as "0.35" (not a number: money is exact).',
  ),
  'pricing.price_invalid': error((p: { value: string }) =>
    `${JSON.stringify(p.value)} is not a plain decimal such as "0.35" or "0.0595".`,
  ),
  'pricing.price_negative': error(() => 'The price per segment must not be negative.'),
  'pricing.segments_invalid': error((p: { value: string }) =>
    `${p.value} is not a segment count (a non-negative integer).`,
  ),
  'pricing.messages_invalid': error((p: { value: string }) =>
    `${p.value} is not a message count (a non-negative integer).`,
  ),
  'pricing.price_too_precise': error((p: { decimals: number; max: number }) =>
    `The price per segment has at most ${p.max} decimals; this one has ${p.decimals}.`,
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
export function severityOf(code: IssueCode): Severity {
  return catalogue[code].severity
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
 * @category Issues
 */
export function escapeToken(token: string | number): string {
  const s = String(token)
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s
}

/**
 * Turns a path into an RFC 6901 JSON Pointer (`[]` → `""`, `['recipients', 2]` → `/recipients/2`).
 *
 * @example
 * ```ts
 * import { toPointer } from 'sms-preflight'
 * toPointer(['recipients', 'a/b~c']) // '/recipients/a~1b~0c'
 * ```
 * @category Issues
 */
export function toPointer(path: Path): string {
  let out = ''
  for (const token of path) out += '/' + escapeToken(token)
  return out
}

/**
 * Splits a JSON Pointer back into its unescaped tokens (the inverse of {@link toPointer} for
 * string tokens).
 *
 * @category Issues
 */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
}

type ParamArgs<C extends IssueCode> = Parameters<(typeof catalogue)[C]['message']>

/**
 * Makes an issue of `code` at `path`, with its severity and message from the catalogue.
 *
 * @category Issues
 */
export function makeIssue<C extends IssueCode>(code: C, path: Path, ...args: ParamArgs<C>): Issue {
  const entry = catalogue[code]
  const params: unknown = args[0]
  // ParamArgs<C> guarantees that `params` is what this entry's message takes.
  const message = (entry.message as (params: unknown) => string)(params)
  const base = { severity: entry.severity, code, path: toPointer(path), message }
  return params === undefined ? base : { ...base, params: params as Readonly<Record<string, unknown>> }
}

/**
 * Whether an issue is an error.
 *
 * @category Issues
 */
export function isError(issue: Issue): boolean {
  return issue.severity === 'error'
}
