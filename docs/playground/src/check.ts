/**
 * What the page computes on each input, behind one function per mode: {@link checkRequest} for
 * the form (a request object) and {@link checkRequestText} for the JSON mode (the request as
 * text, every issue placed in it). Both answer an {@link Outcome}, which is all the page renders
 * from; nothing here touches the DOM.
 *
 * The form's requests go through one `createDraft` per settings (now, pricing, language, number
 * types): each input hands the draft only the top-level fields that changed, so typing in the
 * body of a request with 100,000 recipients costs what the body changes, not a whole
 * `prepareBatch`. The draft reuses its work on the recipients only while the `recipients` value
 * is the same object: the page keeps the object it parsed until the recipients' text changes.
 *
 * Messages are composed when asked (`message(i)`), and only for those the page shows; segment
 * texts are not asked for either: the page splits only the messages it shows.
 */
import {
  composeMessages,
  createDraft,
  prepareBatchJson,
  validateBatchJson,
  validatePricing,
  type Draft,
  type DraftState,
  type Issue,
  type Locale,
  type Message,
  type NumberTypeOf,
  type PricingOptions,
  type Summary,
} from 'sms-preflight'

/** What a check needs besides the request. */
export interface Settings {
  readonly now: Date
  readonly pricing: PricingOptions | undefined
  readonly locale: Locale
  /** Tells each recipient's number type (`numberType` of `sms-preflight/numbers`), when loaded. */
  readonly numberType: NumberTypeOf | undefined
}

/** What the page shows for one state of the request. */
export interface Outcome {
  /** The request's errors and warnings. */
  readonly issues: ReadonlyArray<Issue>
  /** The pricing options' own issues (their paths point into the options, not the request). */
  readonly pricingIssues: ReadonlyArray<Issue>
  /** How many messages the request composes to (one per distinct recipient); 0 when it cannot be composed. */
  readonly messageCount: number
  /** The message of the distinct recipient at `index`, composed when asked. */
  readonly message: (index: number) => Message | undefined
  /**
   * The summary (and price): in the form, whenever the recipients and the body compose, also
   * while other fields have errors; in the JSON mode, when the batch is ready to send.
   */
  readonly summary: Summary | undefined
}

const NO_MESSAGE = (): undefined => undefined

/** The pricing options checked on their own: their issues, and the options when they are valid. */
function checkPricing(pricing: PricingOptions | undefined): { issues: ReadonlyArray<Issue>; valid: PricingOptions | undefined } {
  if (pricing === undefined) return { issues: [], valid: undefined }
  const checked = validatePricing(pricing)
  return checked._tag === 'Left' ? { issues: checked.left, valid: undefined } : { issues: [], valid: checked.right.value }
}

/** The draft of the form's request, with what it was made for and the request it holds. */
interface Slot {
  readonly key: string
  readonly numberType: NumberTypeOf | undefined
  readonly draft: Draft
  request: Readonly<Record<string, unknown>>
}

let slot: Slot | undefined

/** The top-level fields of `next` that are not those of `previous` (`undefined` for one removed). */
function changes(previous: Readonly<Record<string, unknown>>, next: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const patch: Record<string, unknown> = {}
  for (const key of Object.keys(next)) {
    if (!Object.prototype.hasOwnProperty.call(previous, key) || previous[key] !== next[key]) patch[key] = next[key]
  }
  for (const key of Object.keys(previous)) {
    if (!Object.prototype.hasOwnProperty.call(next, key)) patch[key] = undefined
  }
  return patch
}

/**
 * The form's request, answered as `prepareBatch` answers it. The pricing options are checked on
 * their own: invalid ones never hide the request's issues, and the request is priced with valid
 * ones only.
 *
 * Pass the same object for a field whose value did not change (the recipients above all): a
 * field whose value is another object counts as changed.
 */
export function checkRequest(request: Readonly<Record<string, unknown>>, settings: Settings): Outcome {
  const pricing = checkPricing(settings.pricing)
  const { now, locale, numberType } = settings
  const key = JSON.stringify([now.getTime(), locale, pricing.valid?.account, pricing.valid?.pricePerSegment])
  let state: DraftState
  if (slot === undefined || slot.key !== key || slot.numberType !== numberType) {
    const options = { now, locale, ...(pricing.valid === undefined ? {} : { pricing: pricing.valid }), ...(numberType === undefined ? {} : { numberType }) }
    const draft = createDraft(request, options)
    slot = { key, numberType, draft, request }
    state = draft.state
  } else {
    const patch = changes(slot.request, request)
    state = Object.keys(patch).length === 0 ? slot.draft.state : slot.draft.update(patch)
    slot.request = request
  }
  const summary = state.summary ?? undefined
  return { issues: state.issues, pricingIssues: pricing.issues, messageCount: summary?.messages ?? 0, message: state.message, summary }
}

/** The request as JSON text, checked as `prepareBatchJson` checks it: every issue has a `source`. */
export function checkRequestText(text: string, settings: Settings): Outcome {
  const pricing = checkPricing(settings.pricing)
  const { now, locale, numberType } = settings
  const options = { now, locale, ...(numberType === undefined ? {} : { numberType }) }
  const result = prepareBatchJson(text, pricing.valid === undefined ? options : { ...options, pricing: pricing.valid })
  const from = (messages: ReadonlyArray<Message>, summary: Summary | undefined, issues: ReadonlyArray<Issue>): Outcome => ({
    issues,
    pricingIssues: pricing.issues,
    messageCount: messages.length,
    message: (index) => messages[index],
    summary,
  })
  if (result._tag === 'Right') return from(result.right.messages, result.right.summary, result.right.warnings)
  // The request may be valid with only message-level errors: still show what would be sent.
  const valid = validateBatchJson(text, { now, locale })
  if (valid._tag === 'Left') return { issues: result.left, pricingIssues: pricing.issues, messageCount: 0, message: NO_MESSAGE, summary: undefined }
  return from([...composeMessages(valid.right)], undefined, result.left)
}
