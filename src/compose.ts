/**
 * Composition: one message per recipient (templating, encoding, units, segments, number
 * analysis), the batch summary, and `prepareBatch`.
 *
 * @packageDocumentation
 */
import * as E from './either.js'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import {
  composableOf,
  knownBatchKeys,
  notGsmParams,
  REQUEST_FIELDS,
  templateKeysOf,
  validateBatch,
  validateParts,
  type BatchRequest,
  type Recipient,
  type RequestField,
  type TemplateValues,
  type ValidBatch,
} from './batch.js'
import {
  addPiece,
  addSums,
  countFromSums,
  setSums,
  countText,
  GSM_PART,
  GSM_SINGLE,
  LONGEST_SENDABLE,
  UCS_PART,
  type Encoding,
  type NonGsmChar,
  type PieceSums,
  type TextCount,
} from './encoding/analyze.js'
import { GSM_COST } from './encoding/gsm.js'
import { scanLookalikes } from './encoding/lookalikes.js'
import { splitSegments } from './encoding/split.js'
import { LISTED_MAX } from './excerpt.js'
import { escapeToken, isError, makeIssue, type Issue, type Path } from './issue.js'
import { elementAt, isArray, ownValue, readEach } from './own.js'
import { alphanumericUnsupported } from './phone/alphanumeric.js'
import { analyzeMsisdn, type MsisdnAnalysis } from './phone/analyzeMsisdn.js'
import { msisdnWarnings } from './phone/warnings.js'
import { numberTypeOption, withNumberType, type NumberTypeOf } from './phone/notMobile.js'
import { priceBatch, validatePricing, type Price, type PricingOptions } from './pricing.js'
import { BODY_MAX_LENGTH } from './rules/body.js'
import { isWellFormedMsisdn, type Msisdn } from './rules/msisdn.js'
import { isAlphanumericSender } from './rules/sender.js'
import { usableNow, type ResolvedWindow, type WindowSpec } from './rules/windows.js'
import { compileTemplate, renderChecked, type CompiledTemplate } from './template.js'
import { localizedMessages } from './locale/format.js'
import type { LocaleOptions } from './locale/messages.js'
import { hasOwn } from './text.js'
import { guard, issueSink, toNonEmpty } from './validation.js'

/**
 * The most parts a concatenated SMS can have (the UDH's part count is one octet).
 *
 * @category Composition
 */
export const MAX_SEGMENTS = 255

/**
 * What will be sent to one recipient.
 *
 * @category Composition
 */
export interface Message {
  /** The recipient's MSISDN. */
  readonly recipient: Msisdn
  /** The JSON Pointer of the recipient in the request (`/recipients/2`, `/recipients/4670…`). */
  readonly path: string
  /**
   * The text after templating, exactly as sent; `''` for a message longer than 78,030
   * characters. Such a message needs more than 255 segments in any encoding, so it cannot be
   * sent, and it is never built: its length is known from its parts before (its
   * `message.too_long` gives it) and `message.too_many_segments` refuses it.
   */
  readonly text: string
  /** The encoding it is sent in. */
  readonly encoding: Encoding
  /**
   * Septets (gsm) or UTF-16 code units (ucs); for a message too long to build, counted from the
   * body's parts and the values it is made of.
   */
  readonly units: number
  /**
   * The parts of the concatenated SMS; for a message too long to build, the fewest its units
   * can take (`units` over 153 or 67, rounded up).
   */
  readonly segments: number
  /** The number analysis, like the provider's per-message status. */
  readonly status: MsisdnAnalysis
  /** This message's own errors and warnings (shared body-level issues included). */
  readonly issues: ReadonlyArray<Issue>
  /** The segment texts, when asked for (`parts: true`). */
  readonly parts?: ReadonlyArray<string>
}

/**
 * Recipients and segments of one destination region.
 *
 * @category Composition
 */
export interface CountrySummary {
  /**
   * ISO 3166-1 alpha-2; the regions joined by `/` when the calling code is shared and the number
   * does not tell which (`RU/KZ`, `GB/GG/IM/JE`); or `'unknown'`.
   */
  readonly region: string
  /** Unique recipients in the region. */
  readonly recipients: number
  /** Segments sent to the region. */
  readonly segments: number
}

/**
 * The batch at a glance, shaped like the provider's own batch summary.
 *
 * @category Composition
 */
export interface Summary {
  /** Unique recipients (a repeat is composed once). */
  readonly recipients: number
  /** Messages composed (one per unique recipient). */
  readonly messages: number
  /** Segments of every message. */
  readonly segments: number
  /** Segments by the encoding their message is sent in. */
  readonly segmentsByEncoding: {
    /** Segments of GSM 7-bit messages. */
    readonly gsm: number
    /** Segments of UCS-2 messages. */
    readonly ucs: number
  }
  /** Messages by the encoding they are sent in. */
  readonly messagesByEncoding: {
    /** GSM 7-bit messages. */
    readonly gsm: number
    /** UCS-2 messages. */
    readonly ucs: number
  }
  /** How many messages have each segment count, by ascending segment count. */
  readonly histogram: ReadonlyArray<{
    /** A segment count. */
    readonly segments: number
    /** How many messages have that many segments. */
    readonly messages: number
  }>
  /** Per destination region, most recipients first. */
  readonly countries: ReadonlyArray<CountrySummary>
  /**
   * When the first window opens (UTC ISO-8601); `null` when it is not known: a batch validated
   * without "now" whose windows include one opening at null (at "now").
   */
  readonly firstOpens: string | null
  /**
   * When the last window closes (UTC ISO-8601); `null` when it is not known: a batch validated
   * without "now" whose windows include one closing at null 168 hours after a null opening.
   */
  readonly lastCloses: string | null
  /** The price, when pricing options were given. */
  readonly price?: Price
}

/**
 * What {@link prepareBatch} returns: every message, the resolved windows, the summary and the
 * warnings.
 *
 * @category Composition
 */
export interface PreparedBatch {
  /** The normalised request. */
  readonly request: BatchRequest
  /** One message per unique recipient, in request order. */
  readonly messages: ReadonlyArray<Message>
  /** The delivery windows resolved against "now". */
  readonly windows: ReadonlyArray<ResolvedWindow>
  /** The batch at a glance. */
  readonly summary: Summary
  /** Every warning: the request's, then the messages', then the batch's. */
  readonly warnings: ReadonlyArray<Issue>
}

/**
 * Options of {@link prepareBatch}.
 *
 * @category Composition
 */
export interface PrepareOptions extends LocaleOptions {
  /** "Now", to resolve the delivery windows. Never read from a clock. */
  readonly now: Date
  /** Price the batch. */
  readonly pricing?: PricingOptions
  /** Include each message's segment texts. */
  readonly parts?: boolean
  /**
   * Tells each recipient's number type (`numberType` of `sms-preflight/numbers`, or a function
   * of one's own): a message to a `fixed_line`, `toll_free`, `premium_rate`, `shared_cost`,
   * `voip`, `pager` or `uan` number gets `recipient.not_mobile`. A value that is not a function,
   * a call that throws and an answer that is not such a name give no warning.
   */
  readonly numberType?: NumberTypeOf
}

/**
 * Options of {@link composeMessages}.
 *
 * @category Composition
 */
export interface ComposeOptions {
  /** Include each message's segment texts. */
  readonly parts?: boolean
}

/** @internal */
export const NONE: ReadonlyArray<Issue> = Object.freeze([])

/**
 * Everything about a composition that is the same for every recipient.
 *
 * @internal
 */
export interface Plan {
  readonly batch: ValidBatch
  readonly template: CompiledTemplate
  readonly templated: boolean
  readonly batchKeys: ReadonlySet<string>
  /** The key of each placeholder that takes a value (a key of the batch), in order, repeats kept. */
  readonly valueKeys: ReadonlyArray<string>
  /** The length of what every message has: the literals and the placeholders left as written. */
  readonly staticLength: number
  readonly bodyPath: Path
  readonly recipientsKey: string
  readonly datacoding: Encoding
  /** The sums over the pieces every message has: the literals, and the placeholders left as written. */
  readonly bodySums: Readonly<PieceSums>
  /** The sums of each default value, counted once ({@link countMessage}). */
  readonly defaultSums: Map<string, Readonly<PieceSums>>
  /** Where {@link countMessage} adds up a message's pieces (one message at a time). */
  readonly sums: PieceSums
}


/** The value a key of the batch takes for one recipient: its own, else the default, else `''`. */
function valueFor(key: string, values: TemplateValues, defaults: TemplateValues): string {
  const value = hasOwn(values, key) ? values[key] : hasOwn(defaults, key) ? defaults[key] : undefined
  return value ?? ''
}

/** The text a placeholder becomes for one recipient, as `renderChecked` resolves it. */
function resolved(key: string, values: TemplateValues, defaults: TemplateValues, batchKeys: ReadonlySet<string>): string | undefined {
  return batchKeys.has(key) ? valueFor(key, values, defaults) : undefined
}

/**
 * Where each part of a composed text came from: for the text of `template` rendered with
 * `values`, the `[start, end)` spans (UTF-16) that template values brought.
 */
function valueSpans(plan: Plan, values: TemplateValues): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = []
  const { literals, keys } = plan.template
  let offset = (literals[0] ?? '').length
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? ''
    const v = resolved(key, values, plan.batch.request.defaults, plan.batchKeys)
    const inserted = v === undefined ? `{${key}}`.length : v.length
    if (v !== undefined && v.length > 0) spans.push([offset, offset + v.length])
    offset += inserted + (literals[i + 1] ?? '').length
  }
  return spans
}

/**
 * For increasing indices, in one walk: whether each lies in one of `spans` (which are in order
 * and do not overlap). A walk, not a search per index: 78,030 indices against 666 spans.
 */
function spanWalker(spans: ReadonlyArray<readonly [number, number]>): (index: number) => boolean {
  let k = 0
  return (index) => {
    for (;;) {
      const span = spans[k]
      if (span === undefined) return false
      if (index < span[1]) return index >= span[0]
      k++
    }
  }
}

/**
 * The characters outside the GSM tables that start inside `spans` (in order, not overlapping),
 * as `listNonGsm` would list them over the whole text and keep those in the spans: the
 * first LISTED_MAX, and how many more. Only the spans are read, in one loop.
 */
function nonGsmInSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): { characters: NonGsmChar[]; omitted: number } {
  const characters: NonGsmChar[] = []
  let omitted = 0
  // In a local: an import is a property read per use once compiled to CommonJS.
  const cost = GSM_COST
  for (const [start, end] of spans) {
    let i = start
    // A low surrogate after a high one ends a pair that starts before the span: not the span's.
    if ((text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i++
    for (; i < end; i++) {
      const c = text.charCodeAt(i)
      if (cost[c] !== 0) continue
      const length = (c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1
      if (characters.length < LISTED_MAX) characters.push({ char: text.slice(i, i + length), index: i })
      else omitted++
      i += length - 1
    }
  }
  return { characters, omitted }
}

/**
 * The length of the text a recipient's message would have, from the lengths of the body's
 * literal text and of what each placeholder becomes: known before the text is built.
 */
function composedLength(plan: Plan, values: TemplateValues): number {
  let length = plan.staticLength
  const { defaults } = plan.batch.request
  for (const key of plan.valueKeys) length += valueFor(key, values, defaults).length
  return length
}

/** Sums with nothing in them. */
/** @internal */
export const noSums = (): PieceSums => ({ septets: 0, length: 0, compatible: true, edge: false, extension: false, surrogate: false })

/**
 * What `countText(text, plan.datacoding)` says of a recipient's text: from the sums over its
 * pieces — the body's, counted once for the batch, and the values it takes (a default's once)
 * — when one part holds it ({@link countFromSums}); else from the text itself. So a message's
 * cost is its values', not its body's.
 */
function countMessage(plan: Plan, values: TemplateValues, text: string): TextCount {
  // A text one part holds is at most 320 code units (160 septets, astral characters once).
  if (text.length <= 2 * GSM_SINGLE) {
    const { sums } = plan
    setSums(sums, plan.bodySums)
    const { defaults } = plan.batch.request
    for (const key of plan.valueKeys) {
      if (hasOwn(values, key)) addPiece(sums, values[key] ?? '')
      else if (hasOwn(defaults, key)) {
        let d = plan.defaultSums.get(key)
        if (d === undefined) {
          const counted = noSums()
          addPiece(counted, defaults[key] ?? '')
          plan.defaultSums.set(key, counted)
          d = counted
        }
        addSums(sums, d)
      }
    }
    const fast = countFromSums(sums, plan.datacoding)
    if (fast !== undefined) return fast
  }
  return countText(text, plan.datacoding)
}

/**
 * What is the same for every recipient. The keys of the batch are those the `recipients` rule
 * found (`known`) when validateBatch made the recipients, else read from every recipient.
 *
 * @internal
 */
export function planOf(batch: ValidBatch, recipients: Iterable<Recipient>, known: ReadonlySet<string> | undefined): Plan {
  const { request } = batch
  const template = compileTemplate(request.body)
  const templated = request.recipientsForm === 'dictionary' && template.hasPlaceholders
  const batchKeys: ReadonlySet<string> = templated ? (known ?? templateKeysOf(recipients, request.defaults)) : new Set()
  const bodyPath: Path = [batch.keys.body]
  const bodySums = noSums()
  let staticLength = 0
  for (const literal of template.literals) {
    staticLength += literal.length
    addPiece(bodySums, literal)
  }
  for (const key of template.keys) {
    if (batchKeys.has(key)) continue
    addPiece(bodySums, `{${key}}`)
    staticLength += key.length + 2
  }
  // The body's own issues (template.unresolved, message.not_gsm of the body) are the request's:
  // validateBatch reports them. What messages share is found per text, while composing.
  return {
    batch,
    template,
    templated,
    batchKeys,
    valueKeys: template.keys.filter((key) => batchKeys.has(key)),
    staticLength,
    bodyPath,
    recipientsKey: batch.keys.recipients,
    datacoding: request.datacoding,
    bodySums,
    defaultSums: new Map(),
    sums: noSums(),
  }
}

/**
 * What the composer keeps of what `suggestGsm` would say of a text: the characters to
 * replace (each once) and where each replacement starts; never the replaced text nor its
 * analyses.
 */
interface Lookalikes {
  readonly becomesGsm: boolean
  readonly segmentsSaved: number
  readonly characters: ReadonlyArray<{ readonly char: string; readonly replacement: string }>
  /** The index of each replacement, in increasing order. */
  readonly indices: Int32Array
}

/** What `suggestGsm` says of a text whose count (`'ucs'`) is `before`, in one pass (scanLookalikes). */
function lookalikesIn(text: string, before: TextCount): Lookalikes {
  const scan = scanLookalikes(text)
  return { becomesGsm: scan.becomesGsm, segmentsSaved: before.segments - scan.segments, characters: scan.characters, indices: scan.indices }
}

/** The look-alike warning for a UCS-2 text, when replacing them would make it GSM. */
function lookalikeIssue(s: Lookalikes, path: Path): Issue | undefined {
  // Replacing must make the message GSM and must not cost segments (70 '…' are 1 UCS-2
  // segment but 210 septets as '...'). A text that becomes GSM has a character to replace
  // (scanLookalikes), so the list is never empty here.
  if (!s.becomesGsm || s.segmentsSaved < 0) return undefined
  return makeIssue('message.ucs_lookalikes', path, { characters: [...s.characters], segmentsSaved: s.segmentsSaved })
}

/** @internal */
export interface TextOutcome {
  readonly count: TextCount
  /** Issues that depend only on the text (for an untemplated batch: at the body's path). */
  readonly issues: ReadonlyArray<Issue>
}

/**
 * The analysis of a text that every recipient shares (no template values in it).
 *
 * @internal
 */
export function sharedOutcome(plan: Plan, text: string): TextOutcome {
  const count = countText(text, plan.datacoding)
  // Only a UCS-2 text has look-alikes to offer (under 'gsm' a text is always counted as GSM).
  if (count.encoding !== 'ucs') return { count, issues: NONE }
  const w = lookalikeIssue(lookalikesIn(text, count), plan.bodyPath)
  return { count, issues: w === undefined ? NONE : [w] }
}

/**
 * Body-level issues of a templated batch, one object per distinct content, so that the batch's
 * list holds each once however many messages share it.
 */
type Shared = Map<string, Issue | undefined>

/** The look-alike offer of the last UCS-2 message a composer checked, with its text. */
interface Recent {
  last?: { readonly text: string; readonly offer: Lookalikes }
}

/** The body-path look-alike issue for a suggestion, made once per distinct content. */
function sharedLookalike(cache: Shared, s: Lookalikes, path: Path): Issue | undefined {
  // The issue says the characters (each once) and the segments saved: that is its content.
  let key = String(s.segmentsSaved)
  for (const c of s.characters) key += '\u0000' + c.char
  if (cache.has(key)) return cache.get(key)
  const issue = lookalikeIssue(s, path)
  cache.set(key, issue)
  return issue
}

/** The issues of one templated message that is not plainly fine. */
function templatedIssues(
  plan: Plan,
  text: string,
  count: TextCount,
  values: TemplateValues,
  at: Path,
  emptied: ReadonlyArray<string>,
  cache: Shared,
  recent: Recent,
): Issue[] {
  const issues: Issue[] = []
  if (emptied.length > 0) issues.push(makeIssue('template.empty_value', at, { keys: emptied }))
  if (text.length > BODY_MAX_LENGTH) issues.push(makeIssue('message.too_long', at, { length: text.length, max: BODY_MAX_LENGTH }))
  if (!count.gsmCompatible && plan.datacoding === 'gsm') {
    // The body's own characters are the request's (validateBatch); here only the values'.
    const { characters, omitted } = nonGsmInSpans(text, valueSpans(plan, values))
    if (characters.length > 0) issues.push(makeIssue('message.not_gsm', at, notGsmParams(characters, omitted)))
  }
  if (count.encoding === 'ucs') {
    // Recipients whose values all come from `default` get the same text one after the other:
    // the offer of the last one is kept for the next (one text, never more).
    let last = recent.last
    if (last === undefined || last.text !== text) {
      last = { text, offer: lookalikesIn(text, count) }
      recent.last = last
    }
    const s = last.offer
    if (s.becomesGsm) {
      const inValue = spanWalker(valueSpans(plan, values))
      const fromValue = s.indices.some(inValue)
      const w = fromValue ? lookalikeIssue(s, at) : sharedLookalike(cache, s, plan.bodyPath)
      if (w !== undefined) issues.push(w)
    }
  }
  return issues
}

/**
 * A copy of a caller's template values: its own enumerable properties, each read once (spread
 * defines an own `"__proto__"` key as a key; everything downstream reads own keys only);
 * `undefined` when it is not an object or holds a value that is not a string. May throw (a
 * getter, a Proxy): its callers catch.
 */
function copyValues(v: unknown): TemplateValues | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  const copy: Readonly<Record<string, unknown>> = { ...v }
  // for-in allocates no array of keys; it walks the prototype chain, so own keys only.
  for (const key in copy) if (hasOwn(copy, key) && typeof copy[key] !== 'string') return undefined
  return copy as TemplateValues
}

/** One delivery window read from a caller's object: bounds that are strings or null, else undefined. */
function readWindow(v: unknown): WindowSpec | undefined {
  const opens = ownValue(v, 'opens')
  const closes = ownValue(v, 'closes')
  const isBound = (b: unknown): b is string | null => b === null || typeof b === 'string'
  return isBound(opens) && isBound(closes) ? { opens, closes } : undefined
}

/** Whether `v` is an object whose own enumerable values are all strings (each read once). */
function holdsStrings(v: unknown): v is TemplateValues {
  if (typeof v !== 'object' || v === null) return false
  for (const key in v) if (hasOwn(v, key) && typeof (v as Readonly<Record<string, unknown>>)[key] !== 'string') return false
  return true
}

/**
 * Recipient `i` of a caller's list, read once (own properties only); `undefined` for anything
 * but an object with a well-formed MSISDN, a string or number `at` and values of strings, a
 * hole, or an element that throws when read. From a list validateBatch made (`made`), whose
 * values are its own copies, the recipient itself once checked; from any other list, a fresh
 * copy (values included), so that nothing the caller's objects do later reaches composition.
 */
function readRecipient(list: ReadonlyArray<unknown>, i: number, made: boolean): Recipient | undefined {
  try {
    const r = elementAt(list, i)
    if (typeof r !== 'object' || r === null) return undefined
    const o = r as Readonly<Record<string, unknown>>
    const msisdn = hasOwn(o, 'msisdn') ? o['msisdn'] : undefined
    const at = hasOwn(o, 'at') ? o['at'] : undefined
    if (typeof msisdn !== 'string' || !isWellFormedMsisdn(msisdn) || (typeof at !== 'number' && typeof at !== 'string')) return undefined
    if (made) return hasOwn(o, 'values') && holdsStrings(o['values']) ? (o as unknown as Recipient) : undefined
    const values = hasOwn(o, 'values') ? copyValues(o['values']) : undefined
    return values === undefined ? undefined : { msisdn: msisdn as Msisdn, at, values }
  } catch {
    return undefined
  }
}

/**
 * The recipients of a caller's list, each read when it is reached ({@link readRecipient}), so
 * that a million of them are never copied at once; one that is not a recipient is skipped.
 * Iterable again from the start (the keys of the batch are gathered in a first pass).
 */
function readRecipients(list: ReadonlyArray<unknown>, length: number, made: boolean): Iterable<Recipient> {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < length; i++) {
        const r = readRecipient(list, i, made)
        if (r !== undefined) yield r
      }
    },
  }
}

/** Each field of the request under its own name. */
const FIELD_NAMES = /*#__PURE__*/ Object.fromEntries(REQUEST_FIELDS.map((f) => [f, f])) as Record<RequestField, string>

/** A batch read from a caller: its copy (recipients left out) and its recipients, read lazily. */
interface ReadBatch {
  readonly batch: ValidBatch
  readonly recipients: Iterable<Recipient>
  /** The keys of the batch, when validateBatch made its recipients ({@link knownBatchKeys}). */
  readonly batchKeys: ReadonlySet<string> | undefined
}

/**
 * A batch from a JavaScript caller, read once and checked to have the shape {@link validateBatch}
 * gives; or `undefined`. Only own properties are read (never a polluted prototype's), each once,
 * and nothing throws: a getter that throws, a Proxy or a revoked Proxy makes the value no batch.
 * What composition and the summary use is copied (the body, the encoding, the form, the
 * priority, the defaults, the windows, the keys), so nothing the caller's objects do later
 * reaches them; the recipients are read one at a time while composing ({@link readRecipients}),
 * and the copy's own `recipients` is left empty.
 */
function readBatch(v: unknown): ReadBatch | undefined {
  const request = ownValue(v, 'request')
  const keys = ownValue(v, 'keys')
  const recipientsKey = ownValue(keys, 'recipients')
  const bodyKey = ownValue(keys, 'body')
  const body = ownValue(request, 'body')
  const form = ownValue(request, 'recipientsForm')
  const datacoding = ownValue(request, 'datacoding')
  const priority = ownValue(request, 'priority')
  const list = ownValue(request, 'recipients')
  const length = ownValue(list, 'length')
  if (typeof recipientsKey !== 'string' || typeof bodyKey !== 'string' || typeof body !== 'string') return undefined
  if (!isArray(list) || typeof length !== 'number') return undefined
  if ((form !== 'list' && form !== 'dictionary') || (datacoding !== 'gsm' && datacoding !== 'ucs') || (priority !== 1 && priority !== 2)) return undefined
  let defaults: TemplateValues | undefined
  try {
    defaults = copyValues(ownValue(request, 'defaults'))
  } catch {
    // A getter or a Proxy that throws: no defaults, so no batch.
  }
  const deliveryWindows = readEach(ownValue(request, 'deliveryWindows'), readWindow)
  if (defaults === undefined || deliveryWindows === undefined) return undefined
  // Composition and the summary read only these fields; the others keep their defaults.
  const read: BatchRequest = {
    sender: '' as BatchRequest['sender'],
    recipients: [],
    recipientsForm: form,
    defaults,
    body: body as BatchRequest['body'],
    type: 'sms',
    datacoding,
    priority,
    deliveryWindows,
    deliveryReportUrl: null,
    reference: null,
    tags: [],
  }
  // Only the paths under recipients and body are ever made from a read batch.
  const readKeys: Record<RequestField, string> = { ...FIELD_NAMES, recipients: recipientsKey, body: bodyKey }
  const batchKeys = knownBatchKeys(list)
  return { batch: { request: read, keys: readKeys, warnings: [] }, recipients: readRecipients(list, length, batchKeys !== undefined), batchKeys }
}

/** What a message says of its counts. */
type Counts = Pick<TextCount, 'encoding' | 'units' | 'segments'>

/**
 * `message.too_many_segments` for a text of more than {@link MAX_SEGMENTS} segments; `atLeast`
 * when the count is the fewest a message too long to build can take.
 */
function tooMany(count: Counts, path: Path, atLeast: boolean): Issue {
  const params = { segments: count.segments, max: MAX_SEGMENTS }
  return makeIssue('message.too_many_segments', path, atLeast ? { ...params, atLeast } : params)
}

/** The counts of a message too long to build, and its issues but `message.too_many_segments`. */
interface Unbuilt extends Counts {
  readonly issues: ReadonlyArray<Issue>
}

/**
 * A message longer than {@link LONGEST_SENDABLE} code units, which needs more than 255 segments
 * in any encoding: refused by its length, never built. Its counts come from its pieces (each
 * literal and each distinct inserted text counted once, septets as `gsm` counts them); its
 * issues are `template.empty_value` and `message.too_long` with its exact length (the composer
 * adds `message.too_many_segments` with the fewest segments its units take). What only its
 * characters could say (`message.not_gsm`, `message.ucs_lookalikes` from a value) is not looked
 * for: it is refused whatever they are.
 */
function unbuilt(plan: Plan, values: TemplateValues, length: number, at: Path): Unbuilt {
  const { literals, keys, firstOccurrence } = plan.template
  const { defaults } = plan.batch.request
  const counted = new Map<string, TextCount>()
  let septets = 0
  let compatible = true
  const add = (piece: string): void => {
    let c = counted.get(piece)
    if (c === undefined) {
      c = countText(piece, 'gsm')
      counted.set(piece, c)
    }
    septets += c.units
    compatible &&= c.gsmCompatible
  }
  const emptied: string[] = []
  for (const literal of literals) add(literal)
  keys.forEach((key, i) => {
    const v = resolved(key, values, defaults, plan.batchKeys)
    add(v === undefined ? `{${key}}` : v)
    if (v === '' && firstOccurrence[i] === true && !hasOwn(values, key) && !hasOwn(defaults, key)) emptied.push(key)
  })
  const encoding: Encoding = plan.datacoding === 'ucs' && !compatible ? 'ucs' : 'gsm'
  const units = encoding === 'ucs' ? length : septets
  const segments = Math.ceil(units / (encoding === 'ucs' ? UCS_PART : GSM_PART))
  const issues: Issue[] = []
  if (emptied.length > 0) issues.push(makeIssue('template.empty_value', at, { keys: emptied }))
  issues.push(makeIssue('message.too_long', at, { length, max: BODY_MAX_LENGTH }))
  return { encoding, units, segments, issues }
}

/**
 * Composes the messages of a valid batch one at a time, in recipient order: the streaming
 * form {@link prepareBatch} is built on. Memory stays flat: nothing is kept between messages
 * but the look-alike offer of the last UCS-2 message and its text, for the next message when
 * its text is the same (one text, never more). A message is measured before it is
 * built: one longer than 78,030 characters needs more than 255 segments in any encoding and is
 * never built (see {@link Message.text}).
 *
 * Each message carries its own issues: `template.empty_value`, `message.too_long`,
 * `message.not_gsm` / `message.ucs_lookalikes` brought by a template value (at the recipient's
 * path), `message.too_many_segments`, the number warnings, and the body-level issues every
 * message shares (`template.unresolved`, and `message.not_gsm` / `message.ucs_lookalikes` that
 * the body itself causes, at the body's path — the same objects for every message).
 *
 * Total for JavaScript callers: a value that does not have the shape {@link validateBatch}
 * gives (a window whose bounds are not strings or null, a part that throws when read, as a
 * Proxy or a getter may) composes nothing, and a recipient that is not one (an object with a
 * well-formed MSISDN, a string or number `at` and values of strings) composes no message. The
 * batch is read once, own properties only, into a copy before the first message; each
 * recipient is read, once, when it is reached. `options.parts` counts only when it is an own
 * property holding `true`.
 *
 * @example
 * ```ts
 * import { composeMessages, validateBatch } from 'sms-preflight'
 * const valid = validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' })
 * if (valid._tag === 'Right') Array.from(composeMessages(valid.right), (m) => [m.recipient, m.text, m.encoding, m.segments])
 * // [['46701234567', 'Hi', 'gsm', 1]]
 * ```
 * @category Composition
 */
export function* composeMessages(batch: ValidBatch, options?: ComposeOptions): Generator<Message, void, undefined> {
  // From JavaScript, a value that is not a ValidBatch composes nothing (and never throws); it is
  // read once, own properties only, into a copy (readBatch). So is `parts`: an inherited `parts`,
  // or one that throws when read, is not `true`.
  const read = readBatch(batch)
  if (read === undefined) return
  const wantParts = ownValue(options, 'parts') === true
  const composer = composerOf(planOf(read.batch, read.recipients, read.batchKeys))
  for (const r of read.recipients) {
    // A recipient read from the caller's objects, which may have changed since they were
    // checked (a getter installed later), composes no message rather than throwing.
    let m: Message | undefined
    try {
      m = composer(r, wantParts)
    } catch {
      // m stays undefined: no message for this recipient.
    }
    if (m !== undefined) yield m
  }
}

/**
 * {@link composeMessages} of a batch known to have its shape: prepareBatch's own, or a copy from
 * readBatch with its recipients read one at a time.
 */
function* composeValid(
  batch: ValidBatch,
  wantParts: boolean,
  recipients: Iterable<Recipient> = batch.request.recipients,
  known: ReadonlySet<string> | undefined = knownBatchKeys(batch.request.recipients),
): Generator<Message, void, undefined> {
  const composer = composerOf(planOf(batch, recipients, known))
  for (const r of recipients) yield composer(r, wantParts)
}

/**
 * Composes one recipient's message (see {@link composeMessages}).
 *
 * @internal
 */
export type Composer = (r: Recipient, wantParts: boolean) => Message

/**
 * The composer of a batch: what its messages share (the body-level issues
 * made once, the last look-alike offer) lives as long as it does.
 *
 * @internal
 */
export function composerOf(plan: Plan): Composer {
  const { request } = plan.batch
  const cache: Shared = new Map()
  const recent: Recent = {}
  let bodyOutcome: TextOutcome | undefined
  const prefix = `/${escapeToken(plan.recipientsKey)}/`
  return (r, wantParts) => {
    const path = prefix + escapeToken(r.at)
    let text: string = request.body
    let count: Counts
    let issues: ReadonlyArray<Issue>
    // Its length first: a message too long for 255 segments in any encoding is never built.
    const length = plan.templated ? composedLength(plan, r.values) : text.length
    const built = length <= LONGEST_SENDABLE
    if (!plan.templated) {
      bodyOutcome ??= sharedOutcome(plan, text)
      count = bodyOutcome.count
      issues = bodyOutcome.issues
    } else if (!built) {
      text = ''
      const u = unbuilt(plan, r.values, length, [plan.recipientsKey, r.at])
      count = u
      issues = u.issues
    } else {
      const rendered = renderChecked(plan.template, r.values, request.defaults, plan.batchKeys)
      text = rendered.text
      // Counted from the body's pieces (counted once) and this recipient's values; no composed
      // text is kept beyond the message that holds it.
      const counted = countMessage(plan, r.values, text)
      count = counted
      // GSM-compatible is GSM under either datacoding: such a message has no encoding issue.
      const simple = rendered.emptied.length === 0 && text.length <= BODY_MAX_LENGTH && counted.gsmCompatible
      issues = simple ? NONE : templatedIssues(plan, text, counted, r.values, [plan.recipientsKey, r.at], rendered.emptied, cache, recent)
    }
    const status = analyzeMsisdn(r.msisdn)
    const numberIssues = numberIssuesOf(plan, r, status)
    const segmentIssue = count.segments > MAX_SEGMENTS ? tooMany(count, plan.templated ? [plan.recipientsKey, r.at] : plan.bodyPath, !built) : undefined
    if (numberIssues.length > 0 || segmentIssue !== undefined) {
      issues = segmentIssue === undefined ? [...issues, ...numberIssues] : [...issues, segmentIssue, ...numberIssues]
    }
    const message: Message = {
      recipient: r.msisdn,
      path,
      text,
      encoding: count.encoding,
      units: count.units,
      segments: count.segments,
      status,
      issues,
    }
    return wantParts ? { ...message, parts: splitSegments(text, count.encoding) } : message
  }
}

/**
 * The number warnings of a recipient's message. A plausible number has none; one starting with
 * 0 has had `recipient.national_format` from the MSISDN rule already (validateBatch).
 *
 * @internal
 */
export function numberIssuesOf(plan: Plan, r: Recipient, status: MsisdnAnalysis): ReadonlyArray<Issue> {
  return status.status === 'ok' || r.msisdn.charCodeAt(0) === 0x30 ? NONE : msisdnWarnings(r.msisdn, [plan.recipientsKey, r.at], status)
}

/**
 * Accumulates a {@link Summary} from messages one at a time, without holding them.
 *
 * @category Composition
 */
export interface SummaryBuilder {
  /** Adds one message. */
  readonly add: (message: Message) => void
  /** The summary of the messages added so far. */
  readonly result: () => Summary
}

/**
 * Starts a {@link SummaryBuilder} for a valid batch (its windows give the first open and last
 * close; its priority and `pricing` give the price).
 *
 * Total for JavaScript callers: a value that is not a ValidBatch (see {@link composeMessages})
 * summarises as a batch with no windows at priority 1; pricing options that
 * {@link validatePricing} refuses give no price; `add` ignores a value that is not a
 * {@link Message} (no own `segments` that is a non-negative integer, no own `encoding` `gsm` or
 * `ucs`) and counts a message whose status cannot be read under the region `'unknown'`. Only
 * own properties are read, each once, and nothing throws.
 *
 * @example
 * ```ts
 * import { composeMessages, summaryBuilder, validateBatch } from 'sms-preflight'
 * const valid = validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' })
 * if (valid._tag === 'Right') {
 *   const summary = summaryBuilder(valid.right)
 *   for (const m of composeMessages(valid.right)) summary.add(m)
 *   summary.result().segments // 1
 * }
 * ```
 * @category Composition
 */
export function summaryBuilder(batch: ValidBatch, pricing?: PricingOptions): SummaryBuilder {
  // From JavaScript, a value that is not a ValidBatch (readBatch) has no windows and priority 1,
  // and pricing options that validatePricing refuses give no price. Both are read once, here.
  const read = readBatch(batch)
  const checked = pricing === undefined ? undefined : validatePricing(pricing)
  const priced = checked !== undefined && E.isRight(checked) ? checked.right.value : undefined
  return summaryOf(read === undefined ? NO_REQUEST : read.batch.request, priced, true)
}

const NO_REQUEST: Pick<BatchRequest, 'deliveryWindows' | 'priority'> = Object.freeze({ deliveryWindows: [], priority: 1 })

/**
 * How the summary names a message's destination: its region, else the regions sharing its code.
 *
 * @internal
 */
export function regionOf(region: string | undefined, regions: ReadonlyArray<string>): string {
  // A code shared by several regions (+7 RU/KZ, +44 GB/GG/IM/JE) is not guessed at.
  return region ?? (regions.length > 0 ? regions.join('/') : 'unknown')
}

/**
 * Counts a message from a JavaScript caller, read once, own properties only; nothing when it is
 * not a message (no segment count that is a non-negative integer, no encoding `gsm` or `ucs`). A
 * status that cannot be read counts under `'unknown'`; its `regions` are read only when it has
 * no `region`.
 */
function countRead(m: unknown, count: (n: number, encoding: Encoding, region: string) => void): void {
  const segments = ownValue(m, 'segments')
  const encoding = ownValue(m, 'encoding')
  if (typeof segments !== 'number' || !Number.isSafeInteger(segments) || segments < 0) return
  if (encoding !== 'gsm' && encoding !== 'ucs') return
  const status = ownValue(m, 'status')
  const region = ownValue(status, 'region')
  if (typeof region === 'string') return count(segments, encoding, region)
  const regions = readEach(ownValue(status, 'regions'), (r) => (typeof r === 'string' ? r : undefined))
  count(segments, encoding, regionOf(undefined, regions ?? []))
}

/**
 * The builder behind {@link summaryBuilder}, for windows and a priority already read and pricing
 * options already checked. With `read`, `add` reads each message as a caller's value
 * (readCounted) and ignores one that is not a message; prepareBatch adds its own messages.
 */
/**
 * What a summary adds up over its messages (createDraft adds them up itself).
 *
 * @internal
 */
export interface Totals {
  messages: number
  segments: number
  readonly byEncoding: { gsm: number; ucs: number }
  readonly messagesByEncoding: { gsm: number; ucs: number }
  /** Messages by their segment count. */
  readonly histogram: Map<number, number>
  /** Recipients and segments by region, as {@link regionOf} names it. */
  readonly countries: Map<string, { recipients: number; segments: number }>
}

/** @internal */
export const noTotals = (): Totals => ({
  messages: 0,
  segments: 0,
  byEncoding: { gsm: 0, ucs: 0 },
  messagesByEncoding: { gsm: 0, ucs: 0 },
  histogram: new Map(),
  countries: new Map(),
})

/**
 * The summary of `totals` for a batch with these windows and priority, priced with `pricing`.
 *
 * @internal
 */
export function summaryOfTotals(totals: Totals, request: Pick<BatchRequest, 'deliveryWindows' | 'priority'>, pricing: PricingOptions | undefined): Summary {
  // A bound left null (a batch validated without "now") opens at, or closes 168 hours after, an
  // instant the batch does not know: the first opening, or the last closing, is then unknown.
  let firstOpens: string | null = null
  let lastCloses: string | null = null
  let opensKnown = true
  let closesKnown = true
  for (const w of request.deliveryWindows) {
    // As instants, not as strings: years past 9999 are written '+010000-…', which sorts before '9999-…'.
    if (w.opens === null) opensKnown = false
    else if (firstOpens === null || Date.parse(w.opens) < Date.parse(firstOpens)) firstOpens = w.opens
    if (w.closes === null) closesKnown = false
    else if (lastCloses === null || Date.parse(w.closes) > Date.parse(lastCloses)) lastCloses = w.closes
  }
  if (!opensKnown) firstOpens = null
  if (!closesKnown) lastCloses = null
  const { messages, segments } = totals
  const summary: Summary = {
    recipients: messages,
    messages,
    segments,
    segmentsByEncoding: { ...totals.byEncoding },
    messagesByEncoding: { ...totals.messagesByEncoding },
    histogram: [...totals.histogram].sort((a, b) => a[0] - b[0]).map(([s, n]) => ({ segments: s, messages: n })),
    countries: [...totals.countries]
      .map(([region, c]) => ({ region, recipients: c.recipients, segments: c.segments }))
      .sort((a, b) => b.recipients - a.recipients || (a.region < b.region ? -1 : 1)),
    firstOpens,
    lastCloses,
  }
  if (pricing === undefined) return summary
  const price = priceBatch({ segments, priority: request.priority, messages }, pricing)
  return E.isRight(price) ? { ...summary, price: price.right } : summary
}

/**
 * The builder behind {@link summaryBuilder}, for windows and a priority already read and pricing
 * options already checked. With `read`, `add` reads each message as a caller's value
 * (countRead) and ignores one that is not a message; prepareBatch adds its own messages.
 *
 * @internal
 */
export function summaryOf(request: Pick<BatchRequest, 'deliveryWindows' | 'priority'>, pricing: PricingOptions | undefined, read: boolean): SummaryBuilder {
  const totals = noTotals()
  const count = (n: number, encoding: Encoding, region: string): void => {
    totals.messages++
    totals.segments += n
    totals.byEncoding[encoding] += n
    totals.messagesByEncoding[encoding]++
    totals.histogram.set(n, (totals.histogram.get(n) ?? 0) + 1)
    const c = totals.countries.get(region)
    if (c === undefined) totals.countries.set(region, { recipients: 1, segments: n })
    else {
      c.recipients++
      c.segments += n
    }
  }
  return {
    add(m) {
      if (!read) return count(m.segments, m.encoding, regionOf(m.status.region, m.status.regions))
      countRead(m, count)
    },
    result: () => summaryOfTotals(totals, request, pricing),
  }
}

/**
 * The `sender.alphanumeric_unsupported` warning, when an alphanumeric sender meets such regions.
 *
 * @internal
 */
export function senderReachIssue(batch: ValidBatch, regions: ReadonlyMap<string, number>): Issue | undefined {
  if (!isAlphanumericSender(batch.request.sender)) return undefined
  const countries = [...regions]
    .filter(([region]) => alphanumericUnsupported(region))
    .map(([region, recipients]) => ({ region, recipients }))
    .sort((a, b) => b.recipients - a.recipients || (a.region < b.region ? -1 : 1))
  return countries.length === 0 ? undefined : makeIssue('sender.alphanumeric_unsupported', [batch.keys.sender], { countries })
}

/**
 * The options of {@link prepareBatch} as read from a JavaScript caller, each once: own properties
 * only, so an inherited `now`, `pricing` or `parts` (a polluted `Object.prototype`) is not given;
 * one that throws when read is given but unusable (`options.now_invalid`, pricing issues).
 *
 * @internal
 */
export interface ReadOptions {
  readonly now: unknown
  readonly pricing: unknown
  readonly parts: boolean
  readonly numberType?: NumberTypeOf | undefined
}

/**
 * Reads the options of {@link prepareBatch} (see {@link ReadOptions}); never throws.
 *
 * @internal
 */
export function readPrepareOptions(options: unknown): ReadOptions {
  return {
    now: ownValue(options, 'now'),
    pricing: ownValue(options, 'pricing'),
    parts: ownValue(options, 'parts') === true,
    numberType: numberTypeOption(ownValue(options, 'numberType')),
  }
}

/**
 * The pricing options checked: none when not given, else their issues or their normalised copy.
 *
 * @internal
 */
export function checkedPricing(given: unknown): E.Either<NonEmptyArray<Issue>, PricingOptions | undefined> {
  if (given === undefined) return E.right(undefined)
  const r = validatePricing(given)
  return E.isLeft(r) ? r : E.right(r.right.value)
}

/**
 * A request with errors, with the issues of its messages after its own when its recipients, body
 * and datacoding are valid: the messages are composed with the invalid fields at their defaults
 * (as `createDraft` composes its summary), so that an error of a message (`message.not_gsm` from
 * a template value, `message.too_long`) is reported with an invalid sender, not after it is fixed.
 */
function withMessageIssues(
  left: NonEmptyArray<Issue>,
  composable: { readonly batch: ValidBatch } | undefined,
  typeOf: NumberTypeOf | undefined,
): E.Either<NonEmptyArray<Issue>, never> {
  if (composable === undefined) return E.left(left)
  const issues = issueSink([])
  for (const i of left) issues.push(i)
  for (const composed of composeValid(composable.batch, false)) {
    const m = typeOf === undefined ? composed : withNumberType(composed, typeOf)
    for (const i of m.issues) issues.push(i)
  }
  return E.left(toNonEmpty(issues.issues()) ?? left)
}

function prepareBatchUnguarded(input: unknown, options: ReadOptions): E.Either<NonEmptyArray<Issue>, PreparedBatch> {
  // A JavaScript caller may omit the options: then there is no "now" (options.now_invalid).
  const now = usableNow(options.now)
  if (now === undefined) {
    // Still every issue that does not depend on "now", as validateBatch gives them.
    const rest = validateBatch(input)
    return E.left([makeIssue('options.now_invalid', []), ...(E.isLeft(rest) ? rest.left : rest.right.warnings)])
  }
  // The pricing options come first and alone: their paths point into the options, and must
  // never be mixed with paths into the request.
  const pricing = checkedPricing(options.pricing)
  if (E.isLeft(pricing)) return pricing
  const { result: validated, parts } = validateParts(input, now, undefined)
  if (E.isLeft(validated)) return withMessageIssues(validated.left, composableOf(parts), options.numberType)
  const batch = validated.right
  const issues = issueSink([])
  for (const w of batch.warnings) issues.push(w)
  const messages: Message[] = []
  const summary = summaryOf(batch.request, pricing.right, false)
  const regions = new Map<string, number>()
  // Once a message has an error the answer is a Left, which holds no message: from then on
  // none is kept (a million long texts must not stay only to be dropped).
  let failing = false
  const typeOf = options.numberType
  for (const composed of composeValid(batch, options.parts)) {
    const m = typeOf === undefined ? composed : withNumberType(composed, typeOf)
    if (!failing && m.issues.some(isError)) {
      failing = true
      messages.length = 0
    }
    if (!failing) messages.push(m)
    summary.add(m)
    for (const i of m.issues) issues.push(i)
    const region = m.status.region
    if (region !== undefined) regions.set(region, (regions.get(region) ?? 0) + 1)
  }
  const reach = senderReachIssue(batch, regions)
  if (reach !== undefined) issues.push(reach)
  const all = issues.issues()
  const failed = toNonEmpty(all)
  if (failed !== undefined && all.some(isError)) return E.left(failed)
  const windows = resolvedWindows(batch.request.deliveryWindows)
  return E.right({ request: batch.request, messages, windows, summary: summary.result(), warnings: all })
}

/**
 * The windows whose bounds are both known (with a "now" every bound is resolved: the filter
 * only narrows the type).
 *
 * @internal
 */
export function resolvedWindows(windows: ReadonlyArray<WindowSpec>): ResolvedWindow[] {
  return windows.flatMap((w) => (w.opens !== null && w.closes !== null ? [{ opens: w.opens, closes: w.closes }] : []))
}

/**
 * {@link prepareBatch} with its options already read.
 *
 * @internal
 */
export function prepareRead(input: unknown, options: ReadOptions): E.Either<NonEmptyArray<Issue>, PreparedBatch> {
  return guard(() => prepareBatchUnguarded(input, options))
}

/**
 * Turns a request into exactly what will be sent: {@link validateBatch} with `now`, then one
 * message per unique recipient, the resolved windows, the summary (with the price when
 * `pricing` is given) and every warning. Any error of the request or of a message makes it a
 * `Left` with every issue found: while another field has errors, the messages are still
 * composed whenever the recipients, the body and the datacoding are valid, and their issues
 * come after the request's (a value outside GSM is reported with an invalid sender, not after
 * it is fixed).
 *
 * Two checks come first and stand alone: a `now` that is not a usable `Date` gives
 * `options.now_invalid` with every issue that does not depend on "now"; invalid pricing options
 * give their own issues only, whose paths point into the options object (`/pricePerSegment`),
 * never mixed with paths into the request.
 *
 * The options are read once, own properties only: an inherited `now`, `pricing` or `parts`
 * (`Object.create({ now })`, a polluted `Object.prototype`) is not given. "Now" is any valid
 * `Date`, one from another realm (a `vm` context, an iframe) included; an object that only
 * inherits from `Date.prototype`, and an option that throws when read, are
 * `options.now_invalid` (or pricing issues for `pricing`).
 *
 * With `options.locale` (`'sv'`, or a table of one's own), every issue's message is in that
 * language, the messages' own issues included; nothing else changes.
 *
 * @example
 * ```ts
 * import { prepareBatch } from 'sms-preflight'
 * const r = prepareBatch(
 *   { sender: 'iP1', recipients: ['46701234567'], body: 'A very nice message', priority: 2 },
 *   { now: new Date('2026-05-01T00:00:00Z'), pricing: { account: 'SE', pricePerSegment: '0.35' } },
 * )
 * // Right({ messages: [{ recipient: '46701234567', encoding: 'gsm', units: 19, segments: 1, … }],
 * //         summary: { segments: 1, price: { total: { amount: '0.4500', … }, currency: 'SEK', … }, … }, … })
 * ```
 * @category Composition
 */
export function prepareBatch(input: unknown, options: PrepareOptions): E.Either<NonEmptyArray<Issue>, PreparedBatch> {
  return localizedMessages(prepareRead(input, readPrepareOptions(options)), options)
}
