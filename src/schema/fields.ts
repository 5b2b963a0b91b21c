/**
 * The fields of a request, each as one check from `unknown`: the field rules behind
 * `fieldSchemas` and the io-ts entry's field codecs. Every check is guarded (a Proxy or a
 * throwing getter gives `request.unreadable`, never an exception) and keeps the warnings, as the
 * field rules do, and says them in the caller's `locale`.
 *
 * @packageDocumentation
 */
import { checkRecipients, type BatchRequest, type Recipient, type RequestField, type TemplateValues, type ValidateOptions } from '../batch.js'
import type { Body } from '../rules/body.js'
import { validateBody } from '../rules/body.js'
import { validateDatacoding, type Datacoding } from '../rules/datacoding.js'
import { validateDeliveryReportUrl } from '../rules/deliveryReportUrl.js'
import { validatePriority, type Priority } from '../rules/priority.js'
import { validateReference } from '../rules/reference.js'
import { validateSender, type Sender } from '../rules/sender.js'
import { validateTags } from '../rules/tags.js'
import { validateType, type MessageType } from '../rules/type.js'
import { validateDeliveryWindows, type WindowSpec } from '../rules/windows.js'
import { localized } from '../locale/format.js'
import { guard, mapValid, toResult, type Result } from '../validation.js'

/**
 * What the `recipients` field gives when it is valid: the fields of {@link BatchRequest} that
 * come from it.
 *
 * @category Schemas
 */
export interface RecipientsValue {
  /** Unique recipients, in request order (a repeat is composed once). */
  readonly recipients: ReadonlyArray<Recipient>
  /** `list` for an array of MSISDNs, `dictionary` for MSISDN → template values. */
  readonly recipientsForm: BatchRequest['recipientsForm']
  /** The `default` template values (empty when none were given). */
  readonly defaults: TemplateValues
}

/**
 * What each field of a request gives when it is valid (normalised, defaults filled), by field.
 *
 * @category Schemas
 */
export interface FieldOutputs {
  /** The sender, validated. */
  readonly sender: Sender
  /** The recipients, their form and the `default` values. */
  readonly recipients: RecipientsValue
  /** The body as written. */
  readonly body: Body
  /** `sms` or `flash` (default `sms`). */
  readonly type: MessageType
  /** `ucs` or `gsm` (default `ucs`). */
  readonly datacoding: Datacoding
  /** 1 or 2 (default 1). */
  readonly priority: Priority
  /** The windows, sorted and in UTC (resolved against "now" when it was given). */
  readonly deliveryWindows: ReadonlyArray<WindowSpec>
  /** The URL, or `null` for none. */
  readonly deliveryReportUrl: string | null
  /** The client reference, or `null` for none. */
  readonly reference: string | null
  /** The tags, as written. */
  readonly tags: ReadonlyArray<string>
}

/** One field's check: the field rule with paths relative to the field (`""` is the field). */
export type FieldCheck<A> = (value: unknown) => Result<A>

/** Every field's check, by field. */
export type FieldChecks = { readonly [F in RequestField]: FieldCheck<FieldOutputs[F]> }

/** The `recipients` rule as a field rule (the request decoder's own, at the field's root). */
function checkRecipientsField(value: unknown): Result<RecipientsValue> {
  const { result } = checkRecipients(value, [], false)
  return toResult(mapValid(result, (r) => ({ recipients: r.recipients, recipientsForm: r.form, defaults: r.defaults })))
}

/**
 * The checks of every field, each saying its issues in `options.locale`; `options.now` reaches
 * the delivery windows, the one field that needs it.
 */
export function fieldChecks(options: ValidateOptions | undefined): FieldChecks {
  return {
    sender: (v) => guard(() => validateSender(v, options)),
    recipients: (v) => localized(guard(() => checkRecipientsField(v)), options),
    body: (v) => guard(() => validateBody(v, options)),
    type: (v) => guard(() => validateType(v, options)),
    datacoding: (v) => guard(() => validateDatacoding(v, options)),
    priority: (v) => guard(() => validatePriority(v, options)),
    deliveryWindows: (v) => guard(() => validateDeliveryWindows(v, options)),
    deliveryReportUrl: (v) => guard(() => validateDeliveryReportUrl(v, options)),
    reference: (v) => guard(() => validateReference(v, options)),
    tags: (v) => guard(() => validateTags(v, options)),
  }
}
