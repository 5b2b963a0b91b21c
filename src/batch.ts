/**
 * Decoding a batch request (`POST /v2/batches`) from `unknown` JSON, and `validateBatch`.
 *
 * @packageDocumentation
 */
import * as E from './either.js'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import { excerpt, LISTED_MAX } from './excerpt.js'
import { makeIssue, type Issue, type IssueParams, type Path } from './issue.js'
import { checkBody, type Body } from './rules/body.js'
import { checkDatacoding, type Datacoding } from './rules/datacoding.js'
import { checkDeliveryReportUrl } from './rules/deliveryReportUrl.js'
import { isWellFormedMsisdn, msisdnError, msisdnErrorCode, nationalFormat, type Msisdn } from './rules/msisdn.js'
import { checkPriority, type Priority } from './rules/priority.js'
import { checkReference } from './rules/reference.js'
import { checkSender, type Sender } from './rules/sender.js'
import { checkTags } from './rules/tags.js'
import { checkType, type MessageType } from './rules/type.js'
import { checkWindows, usableNow, type WindowSpec } from './rules/windows.js'
import { isJsonArray, isJsonObject } from './json/guards.js'
import { eachNonGsm, type NonGsmChar } from './encoding/analyze.js'
import { suggestGsm } from './encoding/lookalikes.js'
import { compileTemplate, type CompiledTemplate } from './template.js'
import { localized } from './locale/format.js'
import type { LocaleOptions } from './locale/messages.js'
import { elementAt, ownValue } from './own.js'
import { editDistance, hasOwn } from './text.js'
import { fromIssues, guard, invalid, issueSink, mapValid, issuesOf, struct, type IssueSink, type Validation } from './validation.js'

/**
 * Template values of one recipient (or the `default`): key → value, own keys only.
 *
 * @category Request
 */
export type TemplateValues = Readonly<Record<string, string>>

/**
 * One recipient of a valid batch.
 *
 * @category Request
 */
export interface Recipient {
  /** The recipient's number, validated. */
  readonly msisdn: Msisdn
  /** Where it stands in the request: its index in the array form, its key in the dictionary form. */
  readonly at: number | string
  /** Its own template values (an empty object in the array form). */
  readonly values: TemplateValues
}

/**
 * A request that passed every rule, with every default filled.
 *
 * @category Request
 */
export interface BatchRequest {
  /** The sender, validated. */
  readonly sender: Sender
  /** Unique recipients, in request order (a repeat is composed once). */
  readonly recipients: ReadonlyArray<Recipient>
  /** `list` for an array of MSISDNs, `dictionary` for MSISDN → template values. */
  readonly recipientsForm: 'list' | 'dictionary'
  /** The `default` template values (empty when none were given). */
  readonly defaults: TemplateValues
  /** The body as written (placeholders not yet rendered). */
  readonly body: Body
  /** `sms` or `flash` (default `sms`). */
  readonly type: MessageType
  /** `ucs` or `gsm` (default `ucs`). */
  readonly datacoding: Datacoding
  /** 1 or 2 (default 1). */
  readonly priority: Priority
  /** Sorted and in UTC; resolved against "now" when it was given, else null bounds stay null. */
  readonly deliveryWindows: ReadonlyArray<WindowSpec>
  /** The delivery report URL, or `null` for none (an empty string counts as none). */
  readonly deliveryReportUrl: string | null
  /** The client reference, or `null` for none. */
  readonly reference: string | null
  /** The tags, as written (an empty array when none were given). */
  readonly tags: ReadonlyArray<string>
}

/**
 * The result of a successful {@link validateBatch}: the normalised request and its warnings.
 *
 * @category Request
 */
export interface ValidBatch {
  /** The normalised request. */
  readonly request: BatchRequest
  /** Every warning found; an empty array when there are none. */
  readonly warnings: ReadonlyArray<Issue>
  /**
   * The key each field was written with (`Recipients` if the client wrote that), so that later
   * issues point at the request as written.
   */
  readonly keys: Readonly<Record<RequestField, string>>
}

/**
 * Options of {@link validateBatch}.
 *
 * @category Request
 */
export interface ValidateOptions extends LocaleOptions {
  /** "Now", to resolve null window bounds and check windows in the past. Never read from a clock. */
  readonly now?: Date
}

/**
 * The fields of a request, as the source page names them.
 *
 * @category Request
 */
export const REQUEST_FIELDS = [
  'sender',
  'recipients',
  'body',
  'type',
  'datacoding',
  'priority',
  'deliveryWindows',
  'deliveryReportUrl',
  'reference',
  'tags',
] as const

/**
 * A field of the request.
 *
 * @category Request
 */
export type RequestField = (typeof REQUEST_FIELDS)[number]

export { ISSUES_PER_CODE_CAP } from './validation.js'

const FIELD_BY_LOWER: ReadonlyMap<string, RequestField> = /*#__PURE__*/ new Map(
  REQUEST_FIELDS.map((f) => [f.toLowerCase(), f]),
)

/** The length of the longest field name (`deliveryReportUrl`). */
const LONGEST_FIELD = 17

/** Names longer than this get no "did you mean" ({@link suggestField}). */
const SUGGEST_MAX_LENGTH = 64

/** Names the .NET client classes and other APIs use for a field of ours. */
const ALIASES: Readonly<Record<string, RequestField>> = Object.freeze({
  dataencoding: 'datacoding',
  encoding: 'datacoding',
  from: 'sender',
  originator: 'sender',
  to: 'recipients',
  message: 'body',
  text: 'body',
  windows: 'deliveryWindows',
  callbackurl: 'deliveryReportUrl',
  statusurl: 'deliveryReportUrl',
})

/**
 * The field a misspelt name most likely means: an alias, the same name without `_`/`-`, or the
 * closest name within an edit distance of a third of its length (at least 2).
 *
 * @example
 * ```ts
 * import { suggestField } from 'sms-preflight'
 * suggestField('datacodig') // 'datacoding'
 * suggestField('to')        // 'recipients'
 * suggestField('colour')    // undefined
 * ```
 * @category Request
 */
export function suggestField(name: string): RequestField | undefined {
  // A name this long is no field however it is spelt: it is not folded (copied) to find out.
  if (typeof name !== 'string' || name.length > SUGGEST_MAX_LENGTH) return undefined
  const folded = name.toLowerCase().replace(/[-_ ]/g, '')
  if (hasOwn(ALIASES, folded)) return ALIASES[folded]
  // A name of 41 to 64 letters is near no field: its distance to each (at least 24, the
  // difference in length) is over the threshold (at most 22, for 64 letters).
  let best: RequestField | undefined
  let bestDistance = Math.max(2, Math.floor(folded.length / 3)) + 1
  for (const field of REQUEST_FIELDS) {
    const d = editDistance(folded, field.toLowerCase())
    if (d < bestDistance) {
      best = field
      bestDistance = d
    }
  }
  return best
}

const EMPTY_VALUES: TemplateValues = Object.freeze({})

/**
 * A copy of checked template values: the ValidBatch must not change when the caller later
 * changes its own object. (Not frozen: freezing a million small objects was measured at about
 * 15% of validateBatch; the type is `Readonly`.)
 */
/**
 * Checks one template-values object, standing at `[...parent, key]`, and returns its copy
 * (everything downstream reads own keys only). The copy is made first and checked, so each value
 * is read once (a getter is called once) and what is checked is what is kept. An object with a
 * bad entry is copied too: the batch is invalid then, and its values are never used.
 */
function checkTemplateValues(value: unknown, parent: Path, key: string, sink: IssueSink, keys: Set<string> | undefined): TemplateValues {
  if (!isJsonObject(value)) {
    sink.add('template.values_not_object', () => makeIssue('template.values_not_object', [...parent, key]))
    return EMPTY_VALUES
  }
  // Spread copies own enumerable properties only (an own "__proto__" stays an own key).
  const copy: Readonly<Record<string, unknown>> = { ...value }
  // for-in allocates no array of keys; it walks the prototype chain, so own keys only.
  for (const k in copy) {
    if (!hasOwn(copy, k)) continue
    const v = copy[k]
    if (k.length === 0 || k.includes('{') || k.includes('}')) {
      sink.add('template.invalid_key', () => makeIssue('template.invalid_key', [...parent, key, k], { key: excerpt(k) }))
    } else if (typeof v !== 'string') {
      sink.add('template.value_not_string', () => makeIssue('template.value_not_string', [...parent, key, k]))
    } else keys?.add(k)
  }
  return copy as TemplateValues
}

interface DecodedRecipients {
  readonly recipients: ReadonlyArray<Recipient>
  readonly form: 'list' | 'dictionary'
  readonly defaults: TemplateValues
}

/**
 * The `recipients` rule's answer, with what the body's own findings need whether or not every
 * recipient is valid: the form, when the value has one, and the keys of the batch (SPEC
 * "Templating") as far as the valid parts of the value say — every key holding a string in the
 * values of a well-formed recipient or of `default`. For a valid value that is exactly
 * {@link templateKeysOf}; an invalid recipient or a bad template value adds no key, so it
 * cannot change what the body says.
 */
export interface RecipientsCheck {
  readonly result: Validation<DecodedRecipients>
  readonly form: 'list' | 'dictionary' | undefined
  /** The keys of the batch; empty unless they were asked for (a body with a placeholder). */
  readonly keys: ReadonlySet<string>
}

function checkRecipientList(value: ReadonlyArray<unknown>, path: Path): Validation<DecodedRecipients> {
  const sink = issueSink(path)
  const recipients: Recipient[] = []
  const first = new Map<string, number>()
  for (let i = 0; i < value.length; i++) {
    // A hole is a missing recipient (recipient.not_string), never one read through Array.prototype.
    const item: unknown = elementAt(value, i)
    if (typeof item === 'string' && isWellFormedMsisdn(item)) {
      const seen = first.get(item)
      if (seen === undefined) {
        first.set(item, i)
        recipients.push({ msisdn: item as Msisdn, at: i, values: EMPTY_VALUES })
        if (item.charCodeAt(0) === 0x30) sink.add('recipient.national_format', () => nationalFormat(item, [...path, i]))
      } else {
        sink.add('recipient.duplicate', () => makeIssue('recipient.duplicate', [...path, i], { msisdn: item, first: seen }))
      }
    } else {
      // Past the cap an invalid recipient is counted by its code, its issue never made.
      sink.add(msisdnErrorCode(item), () => msisdnError(item, [...path, i]))
    }
  }
  if (value.length === 0) sink.push(makeIssue('recipients.empty', path))
  return fromIssues(sink.issues(), { recipients, form: 'list', defaults: EMPTY_VALUES })
}

function checkRecipientDictionary(
  value: Readonly<Record<string, unknown>>,
  path: Path,
  batchKeys: Set<string> | undefined,
): Validation<DecodedRecipients> {
  const sink = issueSink(path)
  const keys = Object.keys(value)
  const recipients: Recipient[] = []
  let defaults = EMPTY_VALUES
  let anyRecipient = false
  for (const key of keys) {
    if (key === 'default') {
      defaults = checkTemplateValues(value[key], path, key, sink, batchKeys)
      continue
    }
    anyRecipient = true
    if (!isWellFormedMsisdn(key)) {
      sink.add(msisdnErrorCode(key), () => msisdnError(key, [...path, key]))
      checkTemplateValues(value[key], path, key, sink, undefined)
      continue
    }
    if (key.charCodeAt(0) === 0x30) sink.add('recipient.national_format', () => nationalFormat(key, [...path, key]))
    recipients.push({ msisdn: key as Msisdn, at: key, values: checkTemplateValues(value[key], path, key, sink, batchKeys) })
  }
  if (!anyRecipient) sink.push(makeIssue('recipients.empty', path))
  return fromIssues(sink.issues(), { recipients, form: 'dictionary', defaults })
}

const NO_KEYS: ReadonlySet<string> = /*#__PURE__*/ new Set()

/**
 * The keys of the batch of each recipients array of the dictionary form that this module made,
 * as the `recipients` rule found them: the composer takes them from here instead of reading
 * every recipient a second time. A private registry of arrays that only this module creates
 * (weakly held, so it keeps nothing alive); the composer reads the recipients themselves as
 * before.
 */
const BATCH_KEYS = /*#__PURE__*/ new WeakMap<object, ReadonlySet<string>>()

/**
 * The keys of the batch that the `recipients` rule found for `recipients`, when it is an array
 * a {@link ValidBatch} of the dictionary form holds; else `undefined`.
 *
 * @internal
 */
export function knownBatchKeys(recipients: unknown): ReadonlySet<string> | undefined {
  return typeof recipients === 'object' && recipients !== null ? BATCH_KEYS.get(recipients) : undefined
}

/** The `recipients` rule, at `path`; with `wantKeys`, the keys of the batch too. */
export function checkRecipients(value: unknown, path: Path, wantKeys: boolean): RecipientsCheck {
  if (value === undefined || value === null) return { result: invalid(makeIssue('recipients.missing', path)), form: undefined, keys: NO_KEYS }
  if (isJsonArray(value)) return { result: checkRecipientList(value, path), form: 'list', keys: NO_KEYS }
  if (isJsonObject(value)) {
    const keys = wantKeys ? new Set<string>() : undefined
    const result = checkRecipientDictionary(value, path, keys)
    if (keys !== undefined && result._tag !== 'Left') BATCH_KEYS.set(result.right.recipients, keys)
    return { result, form: 'dictionary', keys: keys ?? NO_KEYS }
  }
  return { result: invalid(makeIssue('recipients.invalid_type', path)), form: undefined, keys: NO_KEYS }
}

/**
 * The keys of the batch (SPEC "Templating"): every key of every recipient's values or of
 * `default`. Own keys only.
 */
export function templateKeysOf(recipients: Iterable<Recipient>, defaults: TemplateValues): Set<string> {
  const keys = new Set<string>(Object.keys(defaults))
  for (const r of recipients) for (const k of Object.keys(r.values)) keys.add(k)
  return keys
}

/**
 * The body as written without its resolved placeholders: the text every message shares, with
 * `offsets[i]` the index in the body of its i-th code unit.
 */
export function staticText(template: CompiledTemplate, batchKeys: ReadonlySet<string>): { text: string; offsets: number[] } {
  let text = ''
  const offsets: number[] = []
  let bodyIndex = 0
  const take = (chunk: string): void => {
    for (let j = 0; j < chunk.length; j++) offsets.push(bodyIndex + j)
    text += chunk
    bodyIndex += chunk.length
  }
  const { literals, keys } = template
  take(literals[0] ?? '')
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? ''
    if (batchKeys.has(key)) bodyIndex += key.length + 2
    else take(`{${key}}`)
    take(literals[i + 1] ?? '')
  }
  return { text, offsets }
}

/**
 * The params of `message.not_gsm`: the characters listed (at most LISTED_MAX), how many more
 * there are (`omitted`, when any), and the GSM look-alikes on offer for each character listed
 * (a curly quote has one; an emoji has none).
 */
export function notGsmParams(characters: ReadonlyArray<NonGsmChar>, omitted = 0): IssueParams<'message.not_gsm'> {
  const listed = omitted === 0 ? { characters } : { characters, omitted }
  const seen = new Set<string>()
  const lookalikes: Array<{ char: string; replacement: string }> = []
  for (const { char } of characters) {
    if (seen.has(char)) continue
    seen.add(char)
    // Destructured, never indexed: an empty list reads no Array.prototype[0].
    const [r] = suggestGsm(char).replacements
    if (r !== undefined) lookalikes.push({ char, replacement: r.to })
  }
  return lookalikes.length === 0 ? listed : { ...listed, lookalikes }
}

/**
 * What the body's own characters and placeholders say, whatever the other fields hold:
 * `template.unresolved` (w) for each placeholder of no key of the batch (dictionary form only;
 * once each), and under `gsm` a `message.not_gsm` for the body's own characters outside the GSM
 * tables (every message holds them, so the request is refused whatever the recipients' values).
 *
 * It needs a valid body and datacoding, and of the recipients only their form and the keys of
 * the batch ({@link RecipientsCheck}): an invalid recipient, a bad template value or any other
 * field's error never hides it. When the recipients have no form (missing, or of no valid
 * type), the keys are unknown: no placeholder is called unresolved, and under `gsm` only the
 * characters outside the placeholders are checked (docs/decisions.md).
 */
function checkBodyText(
  recipients: RecipientsCheck,
  body: Validation<Body>,
  datacoding: Validation<Datacoding>,
  path: Path,
): Validation<null> {
  if (body._tag === 'Left' || datacoding._tag === 'Left') return fromIssues([], null)
  const template = compileTemplate(body.right)
  const dictionary = recipients.form === 'dictionary'
  // Unknown form: every placeholder is taken as resolved (its text is not the body's own).
  const batchKeys: ReadonlySet<string> = recipients.form === undefined ? new Set(template.keys) : recipients.keys
  const issues: Issue[] = []
  if (dictionary) {
    const seen = new Set<string>()
    for (const key of template.keys) {
      if (!batchKeys.has(key) && !seen.has(key)) {
        seen.add(key)
        issues.push(makeIssue('template.unresolved', path, { placeholder: `{${key}}`, key }))
      }
    }
  }
  if (datacoding.right === 'gsm') {
    const fixed = staticText(template, batchKeys)
    const characters: NonGsmChar[] = []
    let omitted = 0
    eachNonGsm(fixed.text, (index, length) => {
      if (characters.length < LISTED_MAX) characters.push({ char: fixed.text.slice(index, index + length), index: fixed.offsets[index] ?? index })
      else omitted++
    })
    if (characters.length > 0) issues.push(makeIssue('message.not_gsm', path, notGsmParams(characters, omitted)))
  }
  return fromIssues(issues, null)
}

interface BoundFields {
  readonly fields: Partial<Record<RequestField, { readonly key: string; readonly value: unknown }>>
  readonly issues: ReadonlyArray<Issue>
}

/**
 * Binds the request's own keys to fields, case-insensitively, as the .NET server does. At most
 * ISSUES_PER_CODE_CAP issues of one code are made (a million unknown fields are counted, not
 * each given a suggestion, a path and a message); an unknown field's name is shown as an excerpt.
 */
function bindFields(input: Readonly<Record<string, unknown>>): BoundFields {
  // No prototype: a field name must never find an inherited value (a polluted Object.prototype).
  const fields: Partial<Record<RequestField, { key: string; value: unknown }>> = Object.create(null)
  const sink = issueSink([])
  for (const key of Object.keys(input)) {
    // A key longer than every field name is no field: it is not copied into lower case.
    const field = key.length <= LONGEST_FIELD ? FIELD_BY_LOWER.get(key.toLowerCase()) : undefined
    if (field === undefined) {
      sink.add('request.unknown_field', () => {
        const suggestion = suggestField(key)
        const shown = excerpt(key)
        return makeIssue('request.unknown_field', [key], suggestion === undefined ? { field: shown } : { field: shown, suggestion })
      })
      continue
    }
    const bound = fields[field]
    if (bound !== undefined) {
      const first = bound.key
      sink.add('request.duplicate_field', () => makeIssue('request.duplicate_field', [key], { field: key, first }))
      continue
    }
    fields[field] = { key, value: input[key] }
  }
  return { fields, issues: sink.issues() }
}

interface Checked {
  readonly request: BatchRequest
  readonly keys: Readonly<Record<RequestField, string>>
}

/**
 * The `recipients` rule's last answer, kept by a caller that checks one request again and again
 * as it is edited (createDraft): the same value at the same key gives the same answer, so it is
 * reused instead of reading a hundred thousand recipients again.
 *
 * @internal
 */
export interface RecipientsMemo {
  /** Gather the keys of the batch whatever the body is (a body being edited may gain a placeholder). */
  readonly allKeys: boolean
  /** The last answer; an own property from the start (never one inherited). */
  last: { readonly value: unknown; readonly key: string; readonly wantKeys: boolean; readonly check: RecipientsCheck } | undefined
}

/** {@link checkRecipients}, answered from `memo` when the same value was checked at the same key. */
function recipientsOf(value: unknown, path: Path, wantBodyKeys: boolean, memo: RecipientsMemo | undefined): RecipientsCheck {
  const wantKeys = wantBodyKeys || memo?.allKeys === true
  const key = String(path[0])
  const last = memo?.last
  // A value checked without the keys of the batch cannot answer a check that needs them.
  if (last !== undefined && last.value === value && last.key === key && (last.wantKeys || !wantKeys)) return last.check
  const check = checkRecipients(value, path, wantKeys)
  if (memo !== undefined) memo.last = { value, key, wantKeys, check }
  return check
}

/**
 * What {@link checkRequest} found field by field, for a caller that needs more than the whole
 * answer (createDraft composes the recipients and the body while other fields have errors).
 *
 * @internal
 */
export interface RequestParts {
  readonly checked: Validation<Checked>
  /** Undefined when the input is not an object. */
  readonly recipients: RecipientsCheck | undefined
  readonly body: Validation<Body> | undefined
  readonly datacoding: Validation<Datacoding> | undefined
  readonly priority: Validation<Priority> | undefined
  readonly deliveryWindows: Validation<ReadonlyArray<WindowSpec>> | undefined
  /** The key each field was written with. */
  readonly keys: Readonly<Record<RequestField, string>>
}

/** Every rule of the request, at the paths where each field belongs. */
function checkRequest(input: unknown, now: Date | undefined): Validation<Checked> {
  return checkRequestParts(input, now, undefined).checked
}

const FIELD_KEYS: Readonly<Record<RequestField, string>> = /*#__PURE__*/ Object.fromEntries(REQUEST_FIELDS.map((f) => [f, f])) as Record<RequestField, string>

/**
 * {@link checkRequest}, field by field; the `recipients` rule's answer is taken from `memo` when
 * it has one for the same value.
 *
 * @internal
 */
export function checkRequestParts(input: unknown, now: Date | undefined, memo: RecipientsMemo | undefined): RequestParts {
  if (!isJsonObject(input)) {
    return {
      checked: invalid(makeIssue('request.not_object', [])),
      recipients: undefined,
      body: undefined,
      datacoding: undefined,
      priority: undefined,
      deliveryWindows: undefined,
      keys: FIELD_KEYS,
    }
  }
  const { fields, issues } = bindFields(input)
  // A field is reported at the key it was written with (`/Sender`), or at its own name when absent.
  const at = (f: RequestField): Path => [fields[f]?.key ?? f]
  const value = (f: RequestField): unknown => fields[f]?.value
  const rawBody = value('body')
  const recipients = recipientsOf(value('recipients'), at('recipients'), typeof rawBody === 'string' && rawBody.includes('{'), memo)
  const body = checkBody(rawBody, at('body'))
  const datacoding = checkDatacoding(value('datacoding'), at('datacoding'))
  const priority = checkPriority(value('priority'), at('priority'))
  const deliveryWindows = checkWindows(value('deliveryWindows'), at('deliveryWindows'), now)
  const checked = struct({
    request: fromIssues(issues, null),
    sender: checkSender(value('sender'), at('sender')),
    recipients: recipients.result,
    body,
    bodyText: checkBodyText(recipients, body, datacoding, at('body')),
    type: checkType(value('type'), at('type')),
    datacoding,
    priority,
    deliveryWindows,
    deliveryReportUrl: checkDeliveryReportUrl(value('deliveryReportUrl'), at('deliveryReportUrl')),
    reference: checkReference(value('reference'), at('reference')),
    tags: checkTags(value('tags'), at('tags')),
  })
  const keys = Object.fromEntries(REQUEST_FIELDS.map((f) => [f, fields[f]?.key ?? f])) as Record<RequestField, string>
  const whole = mapValid(checked, (r) => ({
    keys,
    request: {
    sender: r.sender,
    recipients: r.recipients.recipients,
    recipientsForm: r.recipients.form,
    defaults: r.recipients.defaults,
    body: r.body,
    type: r.type,
    datacoding: r.datacoding,
    priority: r.priority,
    deliveryWindows: r.deliveryWindows,
    deliveryReportUrl: r.deliveryReportUrl,
    reference: r.reference,
    tags: r.tags,
  },
  }))
  return { checked: whole, recipients, body, datacoding, priority, deliveryWindows, keys }
}

function validateBatchUnguarded(input: unknown, options?: ValidateOptions): E.Either<NonEmptyArray<Issue>, ValidBatch> {
  // An own property only: an inherited (polluted) `now` is no "now" at all; one that throws when
  // read is given but unusable (options.now_invalid).
  const given: unknown = ownValue(options, 'now')
  const now = usableNow(given)
  if (given !== undefined && now === undefined) {
    // A "now" that is no date cannot be used, and must not be silently ignored either.
    const rest = checkRequest(input, undefined)
    return E.left([makeIssue('options.now_invalid', []), ...issuesOf(rest)])
  }
  return answerOf(checkRequest(input, now))
}

/**
 * The batch the recipients and the body make while some other field is invalid: the invalid
 * ones at their defaults (priority 1, no windows). `undefined` when the recipients, the body or
 * the datacoding are invalid. (prepareBatch and createDraft compose it for the issues and the
 * summary of a request with errors.)
 *
 * @internal
 */
export function composableOf(parts: RequestParts): { readonly batch: ValidBatch; readonly priced: boolean } | undefined {
  const { recipients, body, datacoding, priority, deliveryWindows } = parts
  if (recipients === undefined || body === undefined || datacoding === undefined) return undefined
  const r = recipients.result
  if (r._tag === 'Left' || body._tag === 'Left' || datacoding._tag === 'Left') return undefined
  const windowsOk = deliveryWindows !== undefined && deliveryWindows._tag !== 'Left'
  const priorityOk = priority !== undefined && priority._tag !== 'Left'
  const batch: ValidBatch = {
    request: {
      sender: '' as ValidBatch['request']['sender'],
      recipients: r.right.recipients,
      recipientsForm: r.right.form,
      defaults: r.right.defaults,
      body: body.right,
      type: 'sms',
      datacoding: datacoding.right,
      priority: priorityOk ? priority.right : 1,
      deliveryWindows: windowsOk ? deliveryWindows.right : [],
      deliveryReportUrl: null,
      reference: null,
      tags: [],
    },
    keys: parts.keys,
    warnings: [],
  }
  return { batch, priced: priorityOk }
}

/** validateBatch's answer for a checked request: its errors, or the batch with its warnings. */
function answerOf(v: Validation<Checked>): E.Either<NonEmptyArray<Issue>, ValidBatch> {
  return v._tag === 'Left' ? E.left(v.left) : E.right({ request: v.right.request, keys: v.right.keys, warnings: v._tag === 'Both' ? v.left : [] })
}

/**
 * {@link validateBatch}'s answer in English for a usable `now`, with what each field said
 * (createDraft); the `recipients` rule's answer comes from `memo` when it holds one for the same
 * value. May throw on a hostile value, as the rules do: its caller guards.
 *
 * @internal
 */
export function validateParts(
  input: unknown,
  now: Date,
  memo: RecipientsMemo | undefined,
): { readonly result: E.Either<NonEmptyArray<Issue>, ValidBatch>; readonly parts: RequestParts } {
  const parts = checkRequestParts(input, now, memo)
  return { result: answerOf(parts.checked), parts }
}

/**
 * Checks a whole batch request, as a client would POST it, against every rule of the request.
 * Every error is reported at once, each at its JSON Pointer path, with the warnings found.
 *
 * Without `options.now`, everything that does not depend on "now" is checked and null window
 * bounds stay null; with it, the windows are resolved and windows in the past are refused. A
 * `now` that is not a valid `Date` is `options.now_invalid`, reported with every other issue.
 * `now` counts only as an own property of `options` (an inherited or polluted one is not
 * given); a `Date` of another realm (a `vm` context, an iframe) is a `Date`, an object that only
 * inherits from `Date.prototype` is not. A hole in `recipients`, `tags` or `deliveryWindows` is
 * a missing element, never read through `Array.prototype`.
 * With `options.locale` (`'sv'`, or a table of one's own), every issue's message is in that
 * language; nothing else changes.
 *
 * @example
 * ```ts
 * import { validateBatch } from 'sms-preflight'
 * const result = validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'Hello' })
 * // Right({ request: { sender: 'iP1', …, type: 'sms', datacoding: 'ucs', priority: 1, … }, warnings: [], … })
 * validateBatch({ sender: 'iP1', recipients: [], body: 'Hej' }, { locale: 'sv' })
 * // Left([{ code: 'recipients.empty', message: 'Det måste finnas minst en mottagare (nyckeln "default" räknas inte som mottagare).', … }])
 * ```
 * @category Validation
 */
export function validateBatch(input: unknown, options?: ValidateOptions): E.Either<NonEmptyArray<Issue>, ValidBatch> {
  return localized(validateEnglish(input, options), options)
}

/**
 * {@link validateBatch} with English messages whatever `options.locale` says: for the functions
 * built on it, which say their whole result in the caller's language once.
 *
 * @internal
 */
export function validateEnglish(input: unknown, options?: ValidateOptions): E.Either<NonEmptyArray<Issue>, ValidBatch> {
  return guard(() => validateBatchUnguarded(input, options))
}
