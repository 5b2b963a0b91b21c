/**
 * A request being edited: `createDraft` answers after every edit exactly what `prepareBatch`
 * would say, at the cost of what the edit changed.
 *
 * @packageDocumentation
 */
import * as E from './either.js'
import { composableOf, knownBatchKeys, validateParts, type RecipientsMemo, type Recipient, type ValidBatch } from './batch.js'
import {
  checkedPricing,
  composerOf,
  NONE,
  numberIssuesOf,
  planOf,
  prepareRead,
  sharedOutcome,
  summaryOfTotals,
  noTotals,
  type Totals,
  readPrepareOptions,
  regionOf,
  resolvedWindows,
  senderReachIssue,
  type Composer,
  type Message,
  type Plan,
  type PrepareOptions,
  type ReadOptions,
  type Summary,
} from './compose.js'
import { addPiece, addSums, segmentsFromSums, setSums, type PieceSums } from './encoding/analyze.js'
import { blocksLookalikes } from './encoding/lookalikes.js'
import { BODY_MAX_LENGTH } from './rules/body.js'
import { makeIssue, type Issue } from './issue.js'
import { localeOf, translator } from './locale/format.js'
import { analyzeMsisdn, type MsisdnAnalysis } from './phone/analyzeMsisdn.js'
import { usableNow, type ResolvedWindow } from './rules/windows.js'
import { hasOwn } from './text.js'
import { notMobileType, withNumberType, type NumberTypeOf } from './phone/notMobile.js'
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
   *
   * The recipients are checked once per object, as React compares state: to change them, pass
   * a new array or object. One changed in place (`recipients.push(n)`) and passed again is the
   * same value to the draft, and is not checked again.
   */
  readonly update: (patch: Readonly<Record<string, unknown>>) => DraftState
}

/**
 * Options of {@link createDraft}: those of `prepareBatch` (`now`, `pricing`, `parts`, `locale`).
 *
 * @category Forms
 */
export type DraftOptions = PrepareOptions

/**
 * A piece's sums and whether it holds a character that keeps a text from becoming GSM by
 * replacing its look-alikes (blocksLookalikes).
 */
interface Piece extends PieceSums {
  blocker: boolean
}

const noPiece = (): Piece => ({ septets: 0, length: 0, compatible: true, edge: false, extension: false, surrogate: false, blocker: false })

/** `piece` counted from `s`. */
function countPiece(piece: Piece, s: string): void {
  addPiece(piece, s)
  for (let i = 0; i < s.length && !piece.blocker; i++) if (blocksLookalikes(s.charCodeAt(i))) piece.blocker = true
}

/**
 * Flags of a recipient's value, one bit each. A value's edge (a surrogate half at either end,
 * which may pair with the next piece) needs none: such a value is not GSM, and a message that
 * is not GSM is counted from sums only as UCS-2, in code units, which a pair across pieces does
 * not change; past one part its surrogate flag sends it to the composer.
 */
const COMPATIBLE = 1
const EXTENSION = 2
const SURROGATE = 4
const BLOCKER = 8

/** The sums of one template key's values, recipient by recipient. */
interface KeySums {
  /** 1 when the recipient has its own value for the key. */
  readonly has: Uint8Array
  readonly septets: Int32Array
  readonly length: Int32Array
  readonly flags: Uint8Array
}

/** What the draft keeps of one list of recipients at one key: what no edit of the body changes. */
interface Roll {
  readonly recipients: ReadonlyArray<Recipient>
  readonly key: string
  readonly status: ReadonlyArray<MsisdnAnalysis>
  readonly numberIssues: Array<ReadonlyArray<Issue> | undefined>
  /** `recipient.not_mobile` of each recipient (null for none), once the option asked. */
  readonly notMobile: Array<Issue | null | undefined>
  /** How the summary names each recipient's destination: an index into `regionNames`. */
  readonly region: Int32Array
  readonly regionNames: ReadonlyArray<string>
  /** Recipients by the region of their number, for `sender.alphanumeric_unsupported`. */
  readonly regions: ReadonlyMap<string, number>
  readonly sums: Map<string, KeySums>
}

function rollOf(recipients: ReadonlyArray<Recipient>, key: string): Roll {
  const status = recipients.map((r) => analyzeMsisdn(r.msisdn))
  const names = new Map<string, number>()
  const region = new Int32Array(recipients.length)
  const regions = new Map<string, number>()
  status.forEach((s, i) => {
    const name = regionOf(s.region, s.regions)
    let index = names.get(name)
    if (index === undefined) {
      index = names.size
      names.set(name, index)
    }
    region[i] = index
    if (s.region !== undefined) regions.set(s.region, (regions.get(s.region) ?? 0) + 1)
  })
  return {
    recipients,
    key,
    status,
    // Filled, not holes: a hole would be read through a polluted Array.prototype.
    numberIssues: new Array<ReadonlyArray<Issue> | undefined>(recipients.length).fill(undefined),
    notMobile: new Array<Issue | null | undefined>(recipients.length).fill(undefined),
    region,
    regionNames: [...names.keys()],
    regions,
    sums: new Map(),
  }
}

/** The sums of `key`'s values over the roll, counted once per key. */
function keySumsOf(roll: Roll, key: string): KeySums {
  const known = roll.sums.get(key)
  if (known !== undefined) return known
  const n = roll.recipients.length
  const out: KeySums = { has: new Uint8Array(n), septets: new Int32Array(n), length: new Int32Array(n), flags: new Uint8Array(n) }
  const empty = noPiece()
  const piece = noPiece()
  roll.recipients.forEach((r, i) => {
    if (!hasOwn(r.values, key)) return
    setSums(piece, empty)
    piece.blocker = false
    countPiece(piece, r.values[key] ?? '')
    out.has[i] = 1
    out.septets[i] = piece.septets
    out.length[i] = piece.length
    out.flags[i] =
      (piece.compatible ? COMPATIBLE : 0) |
      (piece.extension ? EXTENSION : 0) |
      (piece.surrogate ? SURROGATE : 0) |
      (piece.blocker ? BLOCKER : 0)
  })
  roll.sums.set(key, out)
  return out
}

/**
 * What a body adds to every message: its own pieces, and for each placeholder that takes a
 * value, in order, the recipients' value counts and the default's (undefined without one).
 */
interface BodyPieces {
  readonly body: Piece
  readonly slots: ReadonlyArray<{ readonly values: KeySums; readonly fallback: Piece | undefined }>
}

function bodyPiecesOf(plan: Plan, roll: Roll): BodyPieces {
  const body = noPiece()
  for (const literal of plan.template.literals) countPiece(body, literal)
  for (const key of plan.template.keys) if (!plan.batchKeys.has(key)) countPiece(body, `{${key}}`)
  const defaults = plan.batch.request.defaults
  const slots = plan.template.keys
    .filter((key) => plan.batchKeys.has(key))
    .map((key) => {
      let fallback: Piece | undefined
      if (hasOwn(defaults, key)) {
        fallback = noPiece()
        countPiece(fallback, defaults[key] ?? '')
      }
      return { values: keySumsOf(roll, key), fallback }
    })
  return { body, slots }
}

/**
 * The segments of recipient `i`'s message from the sums alone (its encoding: UCS-2 when
 * `sums.compatible` is false under `ucs`), when it is plainly fine — what the composer would
 * give with no issue but the number's: no placeholder emptied, not longer than a body may be, and
 * GSM, GSM-compatible under `gsm`, or UCS-2 with a character that no look-alike replaces (so no
 * `message.ucs_lookalikes`). -1 otherwise: the composer builds it.
 */
function plainSegments(plan: Plan, i: number, pieces: BodyPieces, sums: Piece): number {
  const { body } = pieces
  setSums(sums, body)
  sums.blocker = body.blocker
  for (const slot of pieces.slots) {
    const k = slot.values
    if (k.has[i] === 1) {
      sums.septets += k.septets[i] ?? 0
      sums.length += k.length[i] ?? 0
      const flags = k.flags[i] ?? 0
      if ((flags & COMPATIBLE) === 0) sums.compatible = false
      if ((flags & EXTENSION) !== 0) sums.extension = true
      if ((flags & SURROGATE) !== 0) sums.surrogate = true
      if ((flags & BLOCKER) !== 0) sums.blocker = true
    } else {
      const d = slot.fallback
      // Neither the recipient nor the defaults: the placeholder is emptied (a warning).
      if (d === undefined) return -1
      addSums(sums, d)
      sums.blocker ||= d.blocker
    }
  }
  if (sums.length > BODY_MAX_LENGTH) return -1
  if (plan.datacoding === 'gsm' ? !sums.compatible : !sums.compatible && !sums.blocker) return -1
  return segmentsFromSums(sums, plan.datacoding)
}

/**
 * What composing every message of a batch gives, kept while the recipients, the body and the
 * datacoding stay as they are: each message's counts and issues, and the regions.
 */
interface Composition {
  readonly roll: Roll
  readonly body: string
  readonly datacoding: string
  readonly bodyKey: string
  readonly segments: Int32Array
  /** 1 for UCS-2. */
  readonly ucs: Uint8Array
  readonly totals: Totals
  readonly issues: Issue[]
  readonly composer: Composer
}

/**
 * Composes every message of `batch` over `roll`, building only those that are not plainly fine;
 * with `typeOf` (the `numberType` option), each message's `recipient.not_mobile` as prepareBatch
 * adds it.
 */
function composeAll(batch: ValidBatch, roll: Roll, typeOf: NumberTypeOf | undefined): Composition {
  const { recipients } = roll
  const plan = planOf(batch, recipients, knownBatchKeys(recipients))
  const composer = composerOf(plan)
  const segments = new Int32Array(recipients.length)
  const ucs = new Uint8Array(recipients.length)
  const issues: Issue[] = []
  // What the body adds to each message counted from sums (an untemplated body's are not used:
  // its messages share one count and the body's issues, and a body of at most 2,000 code units
  // is never past 255 segments).
  const pieces = bodyPiecesOf(plan, roll)
  const outcome = plan.templated ? undefined : sharedOutcome(plan, batch.request.body)
  const sums = noPiece()
  recipients.forEach((r, i) => {
    let parts: number
    let isUcs: boolean
    let own: ReadonlyArray<Issue> = NONE
    if (outcome === undefined) {
      parts = plainSegments(plan, i, pieces, sums)
      // Counted from sums, a message that is not GSM is UCS-2 (under gsm it is not counted so).
      isUcs = !sums.compatible
    } else {
      parts = outcome.count.segments
      isUcs = outcome.count.encoding === 'ucs'
      own = outcome.issues
    }
    if (parts >= 0) {
      let numbers = roll.numberIssues[i]
      if (numbers === undefined) {
        numbers = numberIssuesOf(plan, r, roll.status[i] ?? analyzeMsisdn(r.msisdn))
        roll.numberIssues[i] = numbers
      }
      pushAll(issues, own)
      pushAll(issues, numbers)
    } else {
      const m = composer(r, false)
      parts = m.segments
      isUcs = m.encoding === 'ucs'
      pushAll(issues, m.issues)
    }
    segments[i] = parts
    ucs[i] = isUcs ? 1 : 0
    if (typeOf !== undefined) {
      const notMobile = notMobileOf(roll, i, r, typeOf)
      if (notMobile !== null) issues.push(notMobile)
    }
  })
  const { request, keys } = batch
  return { roll, body: request.body, datacoding: request.datacoding, bodyKey: keys.body, segments, ucs, issues, composer, totals: totalsOf(roll, segments, ucs) }
}

/** Pushes the issues of `list` onto `to`; an empty list (most messages' own) costs no iterator. */
function pushAll(to: Issue[], list: ReadonlyArray<Issue>): void {
  if (list.length > 0) for (const issue of list) to.push(issue)
}

/** Recipient `i`'s `recipient.not_mobile`, or null: asked of `typeOf` once per roll. */
function notMobileOf(roll: Roll, i: number, r: Recipient, typeOf: NumberTypeOf): Issue | null {
  const known = roll.notMobile[i]
  if (known !== undefined) return known
  const type = notMobileType(typeOf, r.msisdn)
  const issue = type === undefined ? null : makeIssue('recipient.not_mobile', [roll.key, r.at], { msisdn: r.msisdn, type })
  roll.notMobile[i] = issue
  return issue
}

/** What the summary adds up, from each message's segments and encoding, region by region. */
function totalsOf(roll: Roll, segments: Int32Array, ucs: Uint8Array): Totals {
  const totals = noTotals()
  const names = roll.regionNames
  const recipients = new Int32Array(names.length)
  const regionSegments = new Float64Array(names.length)
  // Segment counts up to 255 (all but the messages refused) in an array, the rest in the map.
  const histogram = new Int32Array(256)
  for (let i = 0; i < segments.length; i++) {
    const n = segments[i] ?? 0
    const region = roll.region[i] ?? 0
    recipients[region] = (recipients[region] ?? 0) + 1
    regionSegments[region] = (regionSegments[region] ?? 0) + n
    if (n < 256) histogram[n] = (histogram[n] ?? 0) + 1
    else totals.histogram.set(n, (totals.histogram.get(n) ?? 0) + 1)
    const encoding = ucs[i] === 1 ? 'ucs' : 'gsm'
    totals.byEncoding[encoding] += n
    totals.messagesByEncoding[encoding]++
    totals.segments += n
  }
  totals.messages = segments.length
  histogram.forEach((count, n) => {
    if (count > 0) totals.histogram.set(n, count)
  })
  // Every name is some recipient's (rollOf).
  names.forEach((name, index) => totals.countries.set(name, { recipients: recipients[index] ?? 0, segments: regionSegments[index] ?? 0 }))
  return totals
}

/** A state with nothing composed. */
function stateOf(issues: ReadonlyArray<Issue>, summary: Summary | null, windows: ReadonlyArray<ResolvedWindow>, message: (i: number) => Message | undefined): DraftState {
  return { issues, summary, windows, message }
}

const NO_MESSAGE = (): undefined => undefined


/** A patch or request that could not even be listed (a Proxy whose traps throw): answered as itself. */
interface Unlisted {
  readonly unlisted: unknown
}

/**
 * The request after `patch`: `input`'s own enumerable fields in their order, each replaced by
 * `patch`'s field of the same key (removed when that is `undefined`), then `patch`'s other
 * fields — what `{ ...input, ...patch }` gives without the fields set to `undefined`, a
 * `"__proto__"` field kept as a field. A getter is moved as it is, not called here: one that
 * throws throws when the request is checked, as it would for `prepareBatch`. `input` when
 * `patch` is not an object; {@link Unlisted} when the fields of either cannot be listed or read
 * (a Proxy whose traps throw).
 */
function merged(input: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null) return input
  // What is being read when something throws: it is answered as prepareBatch answers it.
  let current: unknown = patch
  try {
    // A data field is read (a Proxy's get trap answers for it); an accessor is kept as it is.
    const field = (o: object, key: string): PropertyDescriptor | undefined => {
      const d = Object.getOwnPropertyDescriptor(o, key)
      // An accessor's descriptor has its `get` (undefined when it has only a setter).
      return d === undefined || 'get' in d ? d : { value: (o as Readonly<Record<string, unknown>>)[key] }
    }
    const changes = new Map<string, PropertyDescriptor | undefined>()
    for (const key of Object.keys(patch)) changes.set(key, field(patch, key))
    const out: Record<string, unknown> = {}
    const put = (key: string, d: PropertyDescriptor | undefined): void => {
      if (d === undefined || (!('get' in d) && d.value === undefined)) return
      Object.defineProperty(out, key, { ...d, enumerable: true })
    }
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      current = input
      for (const key of Object.keys(input)) {
        put(key, changes.has(key) ? changes.get(key) : field(input, key))
        changes.delete(key)
      }
    }
    for (const [key, d] of changes) put(key, d)
    return out
  } catch {
    const unlisted: Unlisted = { unlisted: current }
    UNLISTED.add(unlisted)
    return unlisted
  }
}

const isUnlisted = (v: unknown): v is Unlisted => typeof v === 'object' && v !== null && UNLISTED.has(v)

/** The {@link Unlisted} values merged made (by identity: a caller's object is never one). */
const UNLISTED = /*#__PURE__*/ new WeakSet<object>()

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
  // `last` an own property from the start: never one inherited from a polluted Object.prototype.
  const memo: RecipientsMemo = { allKeys: true, last: undefined }
  let roll: Roll | undefined
  let composition: Composition | undefined
  let current = input
  const localize = (issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> => (say === undefined ? issues : issues.map(say))
  const localMessage = (m: Message | undefined): Message | undefined =>
    m === undefined || say === undefined ? m : { ...m, issues: m.issues.map(say) }

  /** prepareBatch's own answer, with nothing composed. */
  const prepared = (request: unknown): DraftState => {
    const r = prepareRead(request, read)
    return stateOf(localize(E.isLeft(r) ? r.left : r.right.warnings), null, [], NO_MESSAGE)
  }

  const answer = (merge: unknown): DraftState => {
    // What cannot even be listed is answered as prepareBatch answers it (request.unreadable,
    // after a bad now or pricing options).
    const request = isUnlisted(merge) ? merge.unlisted : merge
    try {
      return answerUnguarded(request)
    } catch {
      // A value that throws when read: prepareBatch's own answer (request.unreadable).
      return prepared(request)
    }
  }

  const answerUnguarded = (request: unknown): DraftState => {
    const now = usableNow(read.now)
    const pricing = checkedPricing(read.pricing)
    // prepareBatch's first two checks stand alone; its answer is cheap without a usable now.
    if (now === undefined || E.isLeft(pricing)) return prepared(request)
    const { result, parts } = validateParts(request, now, memo)
    const composable = E.isRight(result) ? { batch: result.right, priced: true } : composableOf(parts)
    let composed: Composition | undefined
    let summary: Summary | null = null
    if (composable !== undefined) {
      const { batch } = composable
      const { request, keys } = batch
      // Recipients checked at another key are another list (the rule's memo holds one value at
      // one key): a roll's key is its list's.
      if (roll === undefined || roll.recipients !== request.recipients) roll = rollOf(request.recipients, keys.recipients)
      // What the messages are changes only with the recipients (the defaults come with them),
      // the body, the datacoding or the body's key.
      const c = composition
      composed =
        c !== undefined && c.roll === roll && c.body === request.body && c.datacoding === request.datacoding && c.bodyKey === keys.body
          ? c
          : composeAll(batch, roll, read.numberType)
      composition = composed
      summary = summaryOfTotals(composed.totals, batch.request, composable.priced ? pricing.right : undefined)
    }
    const windowsPart = parts.deliveryWindows
    const windows = windowsPart !== undefined && windowsPart._tag !== 'Left' ? resolvedWindows(windowsPart.right) : []
    const message = composed === undefined ? NO_MESSAGE : messageOf(composed)
    if (E.isLeft(result)) {
      // As prepareBatch answers a request with errors: its issues, then (when the messages can be
      // composed) each message's.
      if (composed === undefined) return stateOf(localize(result.left), summary, windows, message)
      const sink = issueSink([])
      for (const i of result.left) sink.push(i)
      for (const i of composed.issues) sink.push(i)
      return stateOf(localize(sink.issues()), summary, windows, message)
    }
    // As prepareBatch assembles them: the request's warnings, each message's issues, the batch's.
    const batch = result.right
    const sink = issueSink([])
    for (const w of batch.warnings) sink.push(w)
    for (const i of composed?.issues ?? []) sink.push(i)
    const reach = composed === undefined ? undefined : senderReachIssue(batch, composed.roll.regions)
    if (reach !== undefined) sink.push(reach)
    const all = sink.issues()
    // The windows are the request's (its windows part, valid): prepareBatch's when it answers Right.
    return stateOf(localize(all), summary, windows, message)
  }

  const messageOf = (composed: Composition): ((index: number) => Message | undefined) => (index) => {
    const list = composed.roll.recipients
    if (!Number.isSafeInteger(index) || index < 0 || index >= list.length) return undefined
    const r = list[index]
    if (r === undefined) return undefined
    try {
      const m = composed.composer(r, read.parts)
      return localMessage(read.numberType === undefined ? m : withNumberType(m, read.numberType))
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
      const next = merged(current, patch)
      state = answer(next)
      // A patch that cannot be listed leaves the request as it was.
      if (!isUnlisted(next)) current = next
      return state
    },
  }
}
