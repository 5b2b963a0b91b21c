/**
 * What the page computes on each input, behind one function per mode: {@link checkRequest} for
 * the form (a request object) and {@link checkRequestText} for the JSON mode (the request as
 * text, every issue placed in it). Both answer an {@link Outcome}, which is all the page renders
 * from; nothing here touches the DOM.
 *
 * Segment texts are not asked for: the page shows a few messages and splits only those.
 */
import {
  composeMessages,
  prepareBatch,
  prepareBatchJson,
  validateBatch,
  validateBatchJson,
  validatePricing,
  type Issue,
  type Locale,
  type Message,
  type PreparedBatch,
  type PricingOptions,
  type Summary,
} from 'sms-preflight'

/** What a check needs besides the request. */
export interface Settings {
  readonly now: Date
  readonly pricing: PricingOptions | undefined
  readonly locale: Locale
}

/** What the page shows for one state of the request. */
export interface Outcome {
  /** The request's errors and warnings. */
  readonly issues: ReadonlyArray<Issue>
  /** The pricing options' own issues (their paths point into the options, not the request). */
  readonly pricingIssues: ReadonlyArray<Issue>
  /** The composed messages, when the request can be composed (even with message-level errors). */
  readonly messages: ReadonlyArray<Message> | undefined
  /** The summary (and price), when the batch is ready to send. */
  readonly summary: Summary | undefined
}

type Prepared = { readonly _tag: 'Left'; readonly left: ReadonlyArray<Issue> } | { readonly _tag: 'Right'; readonly right: PreparedBatch }

/**
 * The pricing options are checked on their own: invalid ones make prepareBatch report only them,
 * and they must never hide the request's issues. The request is prepared with valid ones only.
 */
function settle(settings: Settings, prepare: (pricing: PricingOptions | undefined) => Prepared, compose: () => ReadonlyArray<Message> | undefined): Outcome {
  const pricingCheck = settings.pricing === undefined ? undefined : validatePricing(settings.pricing)
  const pricingIssues: ReadonlyArray<Issue> = pricingCheck?._tag === 'Left' ? pricingCheck.left : []
  const result = prepare(pricingCheck?._tag === 'Right' ? pricingCheck.right.value : undefined)
  if (result._tag === 'Right') {
    return { issues: result.right.warnings, pricingIssues, messages: result.right.messages, summary: result.right.summary }
  }
  // The request may be valid with only message-level errors: still show what would be sent.
  return { issues: result.left, pricingIssues, messages: compose(), summary: undefined }
}

/** The form's request, checked as `prepareBatch` checks it. */
export function checkRequest(request: unknown, settings: Settings): Outcome {
  const { now, locale } = settings
  return settle(
    settings,
    (pricing) => prepareBatch(request, pricing === undefined ? { now, locale } : { now, locale, pricing }),
    () => {
      const valid = validateBatch(request, { now, locale })
      return valid._tag === 'Right' ? [...composeMessages(valid.right)] : undefined
    },
  )
}

/** The request as JSON text, checked as `prepareBatchJson` checks it: every issue has a `source`. */
export function checkRequestText(text: string, settings: Settings): Outcome {
  const { now, locale } = settings
  return settle(
    settings,
    (pricing) => prepareBatchJson(text, pricing === undefined ? { now, locale } : { now, locale, pricing }),
    () => {
      const valid = validateBatchJson(text, { now, locale })
      return valid._tag === 'Right' ? [...composeMessages(valid.right)] : undefined
    },
  )
}
