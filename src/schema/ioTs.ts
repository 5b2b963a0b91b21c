/**
 * `sms-preflight/io-ts`: the request and its fields as io-ts codecs, for code that composes
 * codecs. Failures are io-ts `ValidationError`s whose `context` continues the caller's with the
 * issue's path and whose `message` is the issue's message, so a reporter shows our words at our
 * paths. An entry point of its own: io-ts's codec module stays out of the main entry.
 *
 * @packageDocumentation
 * @module sms-preflight/io-ts
 */
import * as t from 'io-ts'
import { REQUEST_FIELDS, validateBatch, type BatchRequest, type RequestField, type ValidateOptions } from '../batch.js'
import { isError, type Issue } from '../issue.js'
import { isWellFormedMsisdn } from '../rules/msisdn.js'
import { fieldChecks, type FieldCheck, type FieldOutputs, type RecipientsValue } from './fields.js'
import { locate } from './path.js'

export type { FieldOutputs, RecipientsValue } from './fields.js'
export type { BatchRequest, ValidateOptions } from '../batch.js'

/** A type guard. */
type Guard<A> = (u: unknown) => u is A

/**
 * The errors of `issues` (warnings left out) as io-ts errors: each issue's path walked in
 * `input` and appended to `context`, one entry per key (`typeAt` names the codec standing
 * there), and the issue's message.
 */
function errorsOf(
  input: unknown,
  issues: ReadonlyArray<Issue>,
  context: t.Context,
  typeAt: (key: string | number, depth: number) => t.Decoder<unknown, unknown>,
): t.Errors {
  const errors: t.ValidationError[] = []
  const before = callerContext(context)
  for (const issue of issues) {
    if (!isError(issue)) continue
    const segments = locate(input, issue.path)
    const entries = segments.map((s, depth) => ({ key: String(s.key), type: typeAt(s.key, depth), actual: s.value }))
    const last = segments[segments.length - 1]
    errors.push({ value: last === undefined ? input : last.value, context: [...before, ...entries], message: issue.message })
  }
  return errors
}

/**
 * The caller's context as given when it is a list that can be read, else the empty context: io-ts
 * always passes one, but `validate` is public, and a caller's own call without one (or with a
 * Proxy that throws) gets errors at the root instead of an exception.
 */
function callerContext(context: unknown): t.ContextEntry[] {
  try {
    return Array.isArray(context) ? Array.from(context as t.Context) : []
  } catch {
    return []
  }
}

/** `guard(u)`, false when reading `u` throws (a Proxy): a guard answers, it never throws. */
function safely<A>(guard: Guard<A>): Guard<A> {
  return (u): u is A => {
    try {
      return guard(u)
    } catch {
      return false
    }
  }
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => t.UnknownRecord.is(u)

const isStringRecord = (u: unknown): boolean => isRecord(u) && Object.keys(u).every((k) => typeof u[k] === 'string')

/** A value the check gives back as it is: a valid, already normalised field value. */
function unchanged<A>(check: FieldCheck<A>): Guard<A> {
  return (u): u is A => {
    const r = check(u)
    return r._tag === 'Right' && r.right.value === u
  }
}

/**
 * A list the check gives back element by element: as long as the input, each output element
 * `same` as the input's (a list decoded to a longer one, as `[]` of the windows is, is not one).
 */
function unchangedList<A>(check: FieldCheck<ReadonlyArray<A>>, same: (a: A | undefined, u: unknown) => boolean): Guard<ReadonlyArray<A>> {
  return (u): u is ReadonlyArray<A> => {
    if (!Array.isArray(u)) return false
    const r = check(u)
    if (r._tag === 'Left') return false
    const out = r.right.value
    return out.length === u.length && u.every((x: unknown, i) => same(out[i], x))
  }
}

/** A list the check accepts, which it keeps exactly as written (the tags): valid is unchanged. */
function keptList<A>(check: FieldCheck<ReadonlyArray<A>>): Guard<ReadonlyArray<A>> {
  return (u): u is ReadonlyArray<A> => Array.isArray(u) && check(u)._tag === 'Right'
}

/** What the `recipients` field gives: well-formed numbers where the form says, string values. */
function isRecipientsValue(u: unknown): u is RecipientsValue {
  if (!isRecord(u)) return false
  const { recipients, recipientsForm, defaults } = u
  if ((recipientsForm !== 'list' && recipientsForm !== 'dictionary') || !Array.isArray(recipients) || !isStringRecord(defaults)) return false
  return recipients.every(
    (r: unknown) =>
      isRecord(r) &&
      typeof r.msisdn === 'string' &&
      isWellFormedMsisdn(r.msisdn) &&
      (recipientsForm === 'list' ? typeof r.at === 'number' : r.at === r.msisdn) &&
      isStringRecord(r.values),
  )
}

/**
 * An io-ts codec for each field of the request (see {@link FieldOutputs}).
 *
 * @category io-ts
 */
export interface FieldCodecs {
  /** The sender (`validateSender`). */
  readonly sender: t.Type<FieldOutputs['sender'], FieldOutputs['sender'], unknown>
  /** The recipients, either form, every recipient checked. */
  readonly recipients: t.Type<FieldOutputs['recipients'], FieldOutputs['recipients'], unknown>
  /** The body (`validateBody`). */
  readonly body: t.Type<FieldOutputs['body'], FieldOutputs['body'], unknown>
  /** The message type (`validateType`). */
  readonly type: t.Type<FieldOutputs['type'], FieldOutputs['type'], unknown>
  /** The datacoding (`validateDatacoding`). */
  readonly datacoding: t.Type<FieldOutputs['datacoding'], FieldOutputs['datacoding'], unknown>
  /** The priority (`validatePriority`). */
  readonly priority: t.Type<FieldOutputs['priority'], FieldOutputs['priority'], unknown>
  /** The delivery windows (`validateDeliveryWindows`, with the options' `now`). */
  readonly deliveryWindows: t.Type<FieldOutputs['deliveryWindows'], FieldOutputs['deliveryWindows'], unknown>
  /** The delivery report URL (`validateDeliveryReportUrl`). */
  readonly deliveryReportUrl: t.Type<FieldOutputs['deliveryReportUrl'], FieldOutputs['deliveryReportUrl'], unknown>
  /** The client reference (`validateReference`). */
  readonly reference: t.Type<FieldOutputs['reference'], FieldOutputs['reference'], unknown>
  /** The tags (`validateTags`). */
  readonly tags: t.Type<FieldOutputs['tags'], FieldOutputs['tags'], unknown>
}

/** A field's codec: its check, its errors below the caller's context (deeper keys as `unknown`). */
function fieldCodec<A>(name: string, is: Guard<A>, check: FieldCheck<A>): t.Type<A, A, unknown> {
  return new t.Type<A, A, unknown>(
    name,
    safely(is),
    (u, c) => {
      const r = check(u)
      return r._tag === 'Right' ? t.success(r.right.value) : t.failures(errorsOf(u, r.left, c, () => t.unknown))
    },
    t.identity,
  )
}

/**
 * One io-ts codec per field of the request, each running the field's rule on that field's
 * value alone: it decodes to the normalised value (defaults filled; warnings are not failures)
 * or fails with the rule's errors, each a `ValidationError` at the caller's context plus the
 * path below the field (`[1]` for the second tag), with the issue's message. `is` tells a value
 * the codec decodes to (normalised: `is('SMS')` is false, `is('sms')` true); `encode` is the
 * identity.
 *
 * @param options - `now`, used by `deliveryWindows` (windows in the past, null bounds resolved).
 * @example
 * ```ts
 * import * as t from 'io-ts'
 * import { PathReporter } from 'io-ts/PathReporter'
 * import { fieldCodecs } from 'sms-preflight/io-ts'
 * const { sender, tags } = fieldCodecs()
 * const Contact = t.type({ from: sender, labels: tags })
 * PathReporter.report(Contact.decode({ from: 'TooLongSender', labels: ['vip'] }))
 * // ['An alphanumeric sender has 3 to 11 characters; this one has 13.']
 * ```
 * @category io-ts
 */
export function fieldCodecs(options?: ValidateOptions): FieldCodecs {
  const checks = fieldChecks(options)
  const sameWindow = (w: { opens: string | null; closes: string | null } | undefined, u: unknown): boolean =>
    w !== undefined && isRecord(u) && u.opens === w.opens && u.closes === w.closes
  return {
    sender: fieldCodec('Sender', unchanged(checks.sender), checks.sender),
    recipients: fieldCodec('Recipients', isRecipientsValue, checks.recipients),
    body: fieldCodec('Body', unchanged(checks.body), checks.body),
    type: fieldCodec('MessageType', unchanged(checks.type), checks.type),
    datacoding: fieldCodec('Datacoding', unchanged(checks.datacoding), checks.datacoding),
    priority: fieldCodec('Priority', unchanged(checks.priority), checks.priority),
    deliveryWindows: fieldCodec('DeliveryWindows', unchangedList(checks.deliveryWindows, sameWindow), checks.deliveryWindows),
    deliveryReportUrl: fieldCodec('DeliveryReportUrl', unchanged(checks.deliveryReportUrl), checks.deliveryReportUrl),
    reference: fieldCodec('Reference', unchanged(checks.reference), checks.reference),
    tags: fieldCodec('Tags', keptList(checks.tags), checks.tags),
  }
}

/** The field a request key binds to (case-insensitively, as the request decoder binds them). */
function fieldNamed(key: string): RequestField | undefined {
  const lower = key.toLowerCase()
  return REQUEST_FIELDS.find((f) => f.toLowerCase() === lower)
}

/**
 * The whole request as an io-ts codec (`t.Type<BatchRequest, BatchRequest, unknown>`), built
 * on `validateBatch`: it decodes to the normalised `BatchRequest` (warnings alone are no
 * failure; `validateBatch` reports them) or fails with every error of the request. Each error
 * is an io-ts `ValidationError`: `context` is the caller's context followed by one entry per
 * key of the issue's path (the field's codec from {@link fieldCodecs} for the field, `t.unknown`
 * below it; `actual` the value standing there), `value` the value at the issue's path, and
 * `message` the issue's message. So it composes inside the caller's codecs, and their reporters
 * show our messages at our paths. `is` tells a `BatchRequest` (its fields as the codec decodes
 * them); `encode` is the identity.
 *
 * @param options - `now`, as for `validateBatch`.
 * @example
 * ```ts
 * import * as t from 'io-ts'
 * import { PathReporter } from 'io-ts/PathReporter'
 * import { batchCodec } from 'sms-preflight/io-ts'
 * const Campaign = t.type({ campaign: t.string, batch: batchCodec() })
 * const result = Campaign.decode({ campaign: 'spring', batch: { sender: 'iP1', recipients: ['4670x'], body: 'Hi' } })
 * PathReporter.report(result)
 * // ['A recipient MSISDN has digits only; found "x".']
 * result._tag === 'Left' ? result.left.map((e) => e.context.map((c) => c.key)) : []
 * // [['', 'batch', 'recipients', '0']]
 * ```
 * @category io-ts
 */
export function batchCodec(options?: ValidateOptions): t.Type<BatchRequest, BatchRequest, unknown> {
  const fields = fieldCodecs(options)
  const typeAt = (key: string | number, depth: number): t.Decoder<unknown, unknown> => {
    const field = depth === 0 && typeof key === 'string' ? fieldNamed(key) : undefined
    return field === undefined ? t.unknown : fields[field]
  }
  const isBatch = (u: unknown): u is BatchRequest =>
    isRecord(u) &&
    fields.sender.is(u.sender) &&
    fields.recipients.is({ recipients: u.recipients, recipientsForm: u.recipientsForm, defaults: u.defaults }) &&
    fields.body.is(u.body) &&
    fields.type.is(u.type) &&
    fields.datacoding.is(u.datacoding) &&
    fields.priority.is(u.priority) &&
    fields.deliveryWindows.is(u.deliveryWindows) &&
    fields.deliveryReportUrl.is(u.deliveryReportUrl) &&
    fields.reference.is(u.reference) &&
    fields.tags.is(u.tags)
  return new t.Type<BatchRequest, BatchRequest, unknown>(
    'BatchRequest',
    safely(isBatch),
    (u, c) => {
      const r = validateBatch(u, options)
      return r._tag === 'Right' ? t.success(r.right.request) : t.failures(errorsOf(u, r.left, c, typeAt))
    },
    t.identity,
  )
}
