/**
 * A request being edited: `createDraft` answers after every edit exactly what `prepareBatch`
 * would say, at the cost of what the edit changed.
 *
 * @packageDocumentation
 */
import * as E from './either.js'
import { validateParts, type RecipientsMemo, type Recipient, type RequestParts, type ValidBatch, type TemplateValues } from './batch.js'
import {
  checkedPricing,
  composerOf,
  MAX_SEGMENTS,
  NONE,
  numberIssuesOf,
  planOf,
  prepareRead,
  sharedOutcome,
  readPrepareOptions,
  regionOf,
  senderReachIssue,
  summaryOf,
  type Composer,
  type Message,
  type Plan,
  type PrepareOptions,
  type ReadOptions,
  type Summary,
} from './compose.js'
import { addPiece, countFromSums, GSM_SINGLE, type PieceSums, type TextCount } from './encoding/analyze.js'
import { isError, type Issue } from './issue.js'
import { localeOf, translator } from './locale/format.js'
import type { Locale } from './locale/messages.js'
import { ownValue } from './own.js'
import { analyzeMsisdn, type MsisdnAnalysis } from './phone/analyzeMsisdn.js'
import type { PricingOptions } from './pricing.js'
import { usableNow, type ResolvedWindow } from './rules/windows.js'
import { hasOwn } from './text.js'
import { issueSink } from './validation.js'

/**
 * What a {@link Draft} says of the request as it stands.
 *
 * @category Forms
 */
export interface DraftState {
  /**
   * Exactly the issues `prepareBatch` gives for the same request and options: its `Left`, or the
   * warnings of its `Right`.
   */
  readonly issues: ReadonlyArray<Issue>
  /**
   * The summary (segments, messages, countries, price) whenever the recipients and the body can
   * be composed — also while other fields have errors, so that a form shows the price while the
   * sender is still being typed; `null` when the recipients, the body or the datacoding are
   * invalid. Equal to `prepareBatch`'s when it answers `Right`. While the priority is invalid
   * there is no price; while the windows are invalid, no first opening or last closing.
   */
  readonly summary: Summary | null
  /** The delivery windows resolved against "now"; empty while they are invalid. */
  readonly windows: ReadonlyArray<ResolvedWindow>
  /**
   * The message of the unique recipient at `index` (in request order), composed when asked —
   * the draft keeps no message text; `undefined` past the end, or while the recipients, the body
   * or the datacoding are invalid. Equal to `prepareBatch`'s `messages[index]` when it answers
   * `Right`.
   */
  readonly message: (index: number) => Message | undefined
}

/**
 * A request being edited (see {@link createDraft}).
 *
 * @category Forms
 */
export interface Draft {
  /** What the draft says of the request as it stands now. */
  readonly state: DraftState
  /**
   * Merges `patch` into the request, top-level field by field (a field in `patch` replaces the
   * request's field of that key; `undefined` removes it), and answers for the result.
   */
  readonly update: (patch: Readonly<Record<string, unknown>>) => DraftState
}

/**
 * Options of {@link createDraft}: those of `prepareBatch`.
 *
 * @category Forms
 */
export interface DraftOptions extends PrepareOptions {
  readonly locale?: Locale
}

/** The sums of one template key's values, recipient by recipient. */
interface KeySums {
  /** 1 when the recipient has its own value for the key. */
  readonly has: Uint8Array
  readonly septets: Int32Array
  readonly length: Int32Array
  /** Bit 1: every character is GSM; bit 2: starts or ends with a surrogate. */
  readonly flags: Uint8Array
}

/** What the draft keeps of one list of recipients at one key: what no edit of the body changes. */
interface Roll {
  readonly recipients: ReadonlyArray<Recipient>
  readonly key: string
  readonly status: ReadonlyArray<MsisdnAnalysis>
  readonly numberIssues: Array<ReadonlyArray<Issue> | undefined>
  /** How the summary names each recipient's destination. */
  readonly region: ReadonlyArray<string>
  readonly sums: Map<string, KeySums>
}

function rollOf(recipients: ReadonlyArray<Recipient>, key: string): Roll {
  const status = recipients.map((r) => analyzeMsisdn(r.msisdn))
  return {
    recipients,
    key,
    status,
    numberIssues: new Array<ReadonlyArray<Issue> | undefined>(recipients.length),
    region: status.map((s) => regionOf(s.region, s.regions)),
    sums: new Map(),
  }
}

/** The sums of `key`'s values over the roll, counted once per key. */
function keySumsOf(roll: Roll, key: string): KeySums {
  const known = roll.sums.get(key)
  if (known !== undefined) return known
  const n = roll.recipients.length
  const out: KeySums = { has: new Uint8Array(n), septets: new Int32Array(n), length: new Int32Array(n), flags: new Uint8Array(n) }
  const sums: PieceSums = { septets: 0, length: 0, compatible: true, edge: false }
  roll.recipients.forEach((r, i) => {
    if (!hasOwn(r.values, key)) return
    sums.septets = 0
    sums.length = 0
    sums.compatible = true
    sums.edge = false
    addPiece(sums, r.values[key] ?? '')
    out.has[i] = 1
    out.septets[i] = sums.septets
    out.length[i] = sums.length
    out.flags[i] = (sums.compatible ? 1 : 0) | (sums.edge ? 2 : 0)
  })
  roll.sums.set(key, out)
  return out
}

/** The sums of the defaults, by key. */
function defaultSumsOf(defaults: TemplateValues): Map<string, PieceSums> {
  const out = new Map<string, PieceSums>()
  for (const key of Object.keys(defaults)) {
    const sums: PieceSums = { septets: 0, length: 0, compatible: true, edge: false }
    addPiece(sums, defaults[key] ?? '')
    out.set(key, sums)
  }
  return out
}

/**
 * The count of recipient `i`'s message from the sums alone, when it is plainly fine: no
 * placeholder emptied, one part, GSM (or GSM-compatible under `gsm`). Such a message's issues
 * are its number warnings only. `undefined` otherwise: the composer builds it.
 */
function plainCount(plan: Plan, roll: Roll, i: number, defaults: Map<string, PieceSums>, sums: PieceSums): TextCount | undefined {
  const body = plan.bodySums
  sums.septets = body.septets
  sums.length = body.length
  sums.compatible = body.compatible
  sums.edge = body.edge
  for (const key of plan.template.keys) {
    if (!plan.batchKeys.has(key)) continue
    const k = keySumsOf(roll, key)
    if (k.has[i] === 1) {
      sums.septets += k.septets[i] ?? 0
      sums.length += k.length[i] ?? 0
      const flags = k.flags[i] ?? 0
      if ((flags & 1) === 0) sums.compatible = false
      if ((flags & 2) !== 0) sums.edge = true
    } else {
      const d = defaults.get(key)
      // Neither the recipient nor the defaults: the placeholder is emptied (a warning).
      if (d === undefined) return undefined
      sums.septets += d.septets
      sums.length += d.length
      sums.compatible &&= d.compatible
      sums.edge ||= d.edge
    }
    if (sums.length > 2 * GSM_SINGLE) return undefined
  }
  const count = countFromSums(sums, plan.datacoding)
  if (count === undefined) return undefined
  return (plan.datacoding === 'gsm' ? count.gsmCompatible : count.encoding === 'gsm') ? count : undefined
}

/** What one composition of the draft gives: the messages' issues in order, the summary, the regions. */
interface Composed {
  readonly issues: Issue[]
  readonly summary: Summary
  readonly regions: Map<string, number>
  readonly composer: Composer
  readonly recipients: ReadonlyArray<Recipient>
}

/** Composes every message of `batch` over `roll`, building only those that are not plainly fine. */
function composeAll(batch: ValidBatch, roll: Roll, pricing: PricingOptions | undefined): Composed {
  const { recipients } = roll
  const plan = planOf(batch, recipients, undefined)
  const composer = composerOf(plan)
  const summary = summaryOf(batch.request, pricing, false)
  const regions = new Map<string, number>()
  const issues: Issue[] = []
  const defaults = defaultSumsOf(batch.request.defaults)
  const sums: PieceSums = { septets: 0, length: 0, compatible: true, edge: false }
  // An untemplated body: every message shares one count and the body's issues.
  const outcome = plan.templated ? undefined : sharedOutcome(plan, batch.request.body)
  for (let i = 0; i < recipients.length; i++) {
    const r = recipients[i]
    if (r === undefined) continue
    const status = roll.status[i] ?? analyzeMsisdn(r.msisdn)
    let count: Pick<TextCount, 'encoding' | 'segments'> | undefined
    let own: ReadonlyArray<Issue> = NONE
    if (outcome === undefined) count = plainCount(plan, roll, i, defaults, sums)
    else if (outcome.count.segments <= MAX_SEGMENTS) {
      // Past 255 segments each message has its own too_many_segments issue: the composer's.
      count = outcome.count
      own = outcome.issues
    }
    let messageIssues: ReadonlyArray<Issue>
    if (count !== undefined) {
      let numbers = roll.numberIssues[i]
      if (numbers === undefined) {
        numbers = numberIssuesOf(plan, r, status)
        roll.numberIssues[i] = numbers
      }
      messageIssues = own.length === 0 ? numbers : numbers.length === 0 ? own : [...own, ...numbers]
    } else {
      const m = composer(r, false)
      count = m
      messageIssues = m.issues
    }
    summary.count(count.segments, count.encoding, roll.region[i] ?? 'unknown')
    for (const issue of messageIssues) issues.push(issue)
    const region = status.region
    if (region !== undefined) regions.set(region, (regions.get(region) ?? 0) + 1)
  }
  return { issues, summary: summary.result(), regions, composer, recipients }
}

/** A state with nothing composed. */
function stateOf(issues: ReadonlyArray<Issue>, summary: Summary | null, windows: ReadonlyArray<ResolvedWindow>, message: (i: number) => Message | undefined): DraftState {
  return { issues, summary, windows, message }
}

const NO_MESSAGE = (): undefined => undefined

/** The windows of a batch whose bounds are all resolved (with a "now" they are). */
function resolvedWindows(windows: ReadonlyArray<{ readonly opens: string | null; readonly closes: string | null }>): ResolvedWindow[] {
  return windows.flatMap((w) => (w.opens !== null && w.closes !== null ? [{ opens: w.opens, closes: w.closes }] : []))
}

/**
 * The batch the recipients and the body make while some other field is invalid: the invalid
 * ones at their defaults (priority 1, no windows). `undefined` when the recipients, the body or
 * the datacoding are invalid.
 */
function composableOf(parts: RequestParts): { readonly batch: ValidBatch; readonly priced: boolean } | undefined {
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

/** The own enumerable fields of `patch` over `input`'s (`undefined` removes a field). */
function merged(input: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null) return input
  const out: Record<string, unknown> = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...(input as Readonly<Record<string, unknown>>) } : {}
  for (const key of Object.keys(patch)) {
    const v = ownValue(patch, key)
    if (v === undefined) delete out[key]
    else out[key] = v
  }
  return out
}

/**
 * Holds a request being edited, for forms: after each {@link Draft.update} it answers exactly
 * what {@link prepareBatch} would say of the request and the same options — the issues, the
 * summary, the windows, each message on demand — at the cost of what changed.
 *
 * The recipients are checked, and their numbers and template values analysed, once per value of
 * the `recipients` field: an edit of the body at 100,000 recipients counts each message from its
 * values' counts, kept, and the body's, without building its text (a message that is not plainly
 * fine — a placeholder emptied, more than one part, UCS-2 — is composed as `prepareBatch` composes
 * it). The summary is there while fields other than the recipients, the body and the datacoding
 * have errors. No message text is kept: `message(i)` composes one when asked.
 *
 * Total for JavaScript callers: a patch that is not an object changes nothing; a field that
 * throws when read gives `request.unreadable`, as `prepareBatch` does.
 *
 * @example
 * ```ts
 * import { createDraft } from 'sms-preflight'
 * const draft = createDraft(
 *   { sender: 'iP', recipients: { '46701234567': { name: 'Ada' } }, body: 'Hi {name}' },
 *   { now: new Date('2026-05-01T00:00:00Z') },
 * )
 * draft.state.issues.map((i) => i.code) // ['sender.alphanumeric_length']
 * draft.state.summary?.segments // 1
 * draft.update({ sender: 'iP1' }).issues // []
 * draft.update({ body: 'Hello {name}, welcome!' }).message(0)?.text // 'Hello Ada, welcome!'
 * ```
 * @category Forms
 */
export function createDraft(input: unknown, options: DraftOptions): Draft {
  const read: ReadOptions = readPrepareOptions(options)
  const table = localeOf(options)
  const say = table === undefined ? undefined : translator(table)
  const memo: RecipientsMemo = { allKeys: true }
  let roll: Roll | undefined
  let current = input
  const localize = (issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> => (say === undefined ? issues : issues.map(say))
  const localMessage = (m: Message | undefined): Message | undefined =>
    m === undefined || say === undefined || m.issues.length === 0 ? m : { ...m, issues: m.issues.map(say) }

  const answer = (request: unknown): DraftState => {
    try {
      return answerUnguarded(request)
    } catch {
      // A value that throws when read: prepareBatch's own answer (request.unreadable).
      const r = prepareRead(request, read)
      return stateOf(localize(E.isLeft(r) ? r.left : r.right.warnings), null, [], NO_MESSAGE)
    }
  }

  const answerUnguarded = (request: unknown): DraftState => {
    const now = usableNow(read.now)
    const pricing = checkedPricing(read.pricing)
    if (now === undefined || E.isLeft(pricing)) {
      // prepareBatch's first two checks stand alone; its answer is cheap without a usable now.
      const r = prepareRead(request, read)
      return stateOf(localize(E.isLeft(r) ? r.left : r.right.warnings), null, [], NO_MESSAGE)
    }
    const { result, parts } = validateParts(request, now, memo)
    const composable = E.isRight(result) ? { batch: result.right, priced: true } : composableOf(parts)
    let composed: Composed | undefined
    if (composable !== undefined) {
      const { batch } = composable
      const list = batch.request.recipients
      const key = batch.keys.recipients
      if (roll === undefined || roll.recipients !== list || roll.key !== key) roll = rollOf(list, key)
      composed = composeAll(batch, roll, composable.priced ? pricing.right : undefined)
    }
    const windowsPart = parts.deliveryWindows
    const windows = windowsPart !== undefined && windowsPart._tag !== 'Left' ? resolvedWindows(windowsPart.right) : []
    const message = composed === undefined ? NO_MESSAGE : messageOf(composed)
    if (E.isLeft(result)) return stateOf(localize(result.left), composed?.summary ?? null, windows, message)
    // As prepareBatch assembles them: the request's warnings, each message's issues, the batch's.
    const batch = result.right
    const sink = issueSink([])
    for (const w of batch.warnings) sink.push(w)
    for (const i of composed?.issues ?? []) sink.push(i)
    const reach = composed === undefined ? undefined : senderReachIssue(batch, composed.regions)
    if (reach !== undefined) sink.push(reach)
    const all = sink.issues()
    return stateOf(localize(all), composed?.summary ?? null, all.some(isError) ? windows : resolvedWindows(batch.request.deliveryWindows), message)
  }

  const messageOf = (composed: Composed): ((index: number) => Message | undefined) => (index) => {
    if (!Number.isSafeInteger(index) || index < 0) return undefined
    const r = composed.recipients[index]
    if (r === undefined) return undefined
    try {
      return localMessage(composed.composer(r, read.parts))
    } catch {
      return undefined
    }
  }

  let state = answer(current)
  return {
    get state() {
      return state
    },
    update(patch) {
      current = merged(current, patch)
      state = answer(current)
      return state
    },
  }
}
