/**
 * The request as JSON *text*, the way SDKs, servers and editors hold it: `validateBatchJson`
 * and `prepareBatchJson` check what `JSON.parse` would hide (a key written twice) and place
 * every issue in the text with its line, column, offset and length.
 *
 * Only a caller who imports these functions carries the parser in a bundle.
 *
 * @packageDocumentation
 */
import * as E from './either.js'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import { excerpt } from './excerpt.js'
import { isError, makeIssue, type Issue } from './issue.js'
import { validateEnglish, type ValidateOptions, type ValidBatch } from './batch.js'
import { prepareRead, readPrepareOptions, type Message, type PrepareOptions, type PreparedBatch } from './compose.js'
import { validatePricing } from './pricing.js'
import { parseJson, type DuplicateKey } from './json/parse.js'
import { lineColumns, placeIssues, sourceOf } from './json/locate.js'
import { guard, issueSink, toNonEmpty } from './validation.js'
import { localized, localizedMessages } from './locale/format.js'

type Parsed =
  | { readonly ok: true; readonly value: unknown; readonly duplicates: ReadonlyArray<DuplicateKey> }
  | { readonly ok: false; readonly issue: Issue }

function parse(text: string): Parsed {
  const parsed = parseJson(text)
  if (parsed.ok) return parsed
  const error = parsed.error
  const source = sourceOf(error, lineColumns(typeof text === 'string' ? text : ''))
  const params = {
    problem: error.problem,
    ...(error.expected === undefined ? {} : { expected: error.expected }),
    ...(error.found === undefined ? {} : { found: error.found }),
    line: source.line,
    column: source.column,
  }
  return { ok: false, issue: { ...makeIssue('json.invalid', [], params), source } }
}

/** Issues about the options (not the text) stand nowhere in it: they carry no `source`. */
const aboutOptions = (issue: Issue): boolean => issue.code === 'options.now_invalid' || issue.code.startsWith('pricing.')

/**
 * The duplicate keys as issues (at most ISSUES_PER_CODE_CAP of them, the rest counted), then
 * `issues`, every one placed in the text but those about the options.
 */
function place(text: string, duplicates: ReadonlyArray<DuplicateKey>, issues: ReadonlyArray<Issue>): Issue[] {
  const lines = lineColumns(text)
  // Past the cap a duplicate is counted, never made; the key is shown as an excerpt.
  const sink = issueSink([])
  for (const d of duplicates) {
    sink.add('json.duplicate_key', () => ({ ...makeIssue('json.duplicate_key', d.path, { key: excerpt(d.key) }), source: sourceOf(d.span, lines) }))
  }
  const all = [...sink.issues(), ...issues]
  const placed = placeIssues(text, all.filter((i) => !aboutOptions(i)), lines)
  let k = 0
  return all.map((i) => (aboutOptions(i) ? i : (placed[k++] ?? i)))
}

/** The issues when one is an error, else the warnings with the value. */
function settle<A>(issues: ReadonlyArray<Issue>, value: (warnings: ReadonlyArray<Issue>) => A): E.Either<NonEmptyArray<Issue>, A> {
  const all = toNonEmpty(issues)
  return all !== undefined && all.some(isError) ? E.left(all) : E.right(value(issues))
}

/**
 * {@link validateBatch} for a request held as JSON text. Every issue carries `source` (line,
 * column, offset, length) pointing at the value it is about, or at the key for an issue about a
 * key (an unknown field, a dictionary recipient); a missing field points at the opening brace
 * of the object it belongs in. A key written twice in one object, anywhere in the document, is
 * `json.duplicate_key` at the later one (`JSON.parse` would silently keep the last); text that
 * is not JSON is one `json.invalid` with its position. The value checked is the one `JSON.parse`
 * gives.
 *
 * @example
 * ```ts
 * import { validateBatchJson } from 'sms-preflight'
 * validateBatchJson('{"sender":"iP1","sender":"Acme","recipients":["46701234567"],"body":"Hi"}')
 * // Left([{ code: 'json.duplicate_key', path: '/sender', source: { line: 1, column: 17, offset: 16, length: 8 }, … }])
 * ```
 * @category JSON text
 */
export function validateBatchJson(text: string, options?: ValidateOptions): E.Either<NonEmptyArray<Issue>, ValidBatch> {
  // Checked in English; the whole result is said in the caller's language once, at the end.
  const checked = guard((): E.Either<NonEmptyArray<Issue>, ValidBatch> => {
    const parsed = parse(text)
    if (!parsed.ok) return E.left([parsed.issue])
    const result = validateEnglish(parsed.value, options)
    if (E.isLeft(result)) return E.left(toNonEmpty(place(text, parsed.duplicates, result.left)) ?? result.left)
    const valid = result.right
    if (parsed.duplicates.length === 0 && valid.warnings.length === 0) return result
    return settle(place(text, parsed.duplicates, valid.warnings), (warnings) => ({ ...valid, warnings }))
  })
  return localized(checked, options)
}

/** The messages with their issues placed (the same objects as in the warnings). */
function placeMessages(messages: ReadonlyArray<Message>, placed: ReadonlyMap<Issue, Issue>): ReadonlyArray<Message> {
  if (placed.size === 0) return messages
  return messages.map((m) => (m.issues.length === 0 ? m : { ...m, issues: m.issues.map((i) => placed.get(i) ?? i) }))
}

/**
 * {@link prepareBatch} for a request held as JSON text: like {@link validateBatchJson}, every
 * issue about the text carries `source`, including the messages' own issues. Issues about the
 * options (`options.now_invalid`, `pricing.*`) stand in no text and carry none. Invalid pricing
 * options do not hide the request's issues: both are reported.
 *
 * @example
 * ```ts
 * import { prepareBatchJson } from 'sms-preflight'
 * prepareBatchJson('{"sender":"iP1","recipients":["46701234567"],"body":"Hi 😀","datacoding":"gsm"}', { now: new Date('2030-01-01T00:00:00Z') })
 * // Left([{ code: 'message.not_gsm', path: '/body', source: { line: 1, column: 53, offset: 52, length: 7 }, … }])
 * ```
 * @category JSON text
 */
export function prepareBatchJson(text: string, options: PrepareOptions): E.Either<NonEmptyArray<Issue>, PreparedBatch> {
  // Checked in English; the whole result is said in the caller's language once, at the end.
  const checked = guard((): E.Either<NonEmptyArray<Issue>, PreparedBatch> => {
    const parsed = parse(text)
    if (!parsed.ok) return E.left([parsed.issue])
    // The options are read once, own properties only, as prepareBatch reads them.
    const read = readPrepareOptions(options)
    // Invalid pricing options make prepareBatch report them alone; here the request's issues
    // come with them (the options' first, as prepareBatch orders them).
    const pricingCheck = read.pricing === undefined ? undefined : validatePricing(read.pricing)
    if (pricingCheck !== undefined && E.isLeft(pricingCheck)) {
      const request = prepareRead(parsed.value, { ...read, pricing: undefined })
      const requestIssues = E.isLeft(request) ? request.left : request.right.warnings
      const [first, ...more] = pricingCheck.left
      return E.left([first, ...more, ...place(text, parsed.duplicates, requestIssues)])
    }
    const result = prepareRead(parsed.value, read)
    if (E.isLeft(result)) return E.left(toNonEmpty(place(text, parsed.duplicates, result.left)) ?? result.left)
    const prepared = result.right
    if (parsed.duplicates.length === 0 && prepared.warnings.length === 0) return result
    const placed = place(text, parsed.duplicates, prepared.warnings)
    // The messages' issues are the warnings' own objects: each is swapped for its placed copy.
    const byIssue = new Map<Issue, Issue>()
    const skipped = placed.length - prepared.warnings.length
    prepared.warnings.forEach((w, k) => byIssue.set(w, placed[skipped + k] ?? w))
    return settle(placed, (warnings) => ({ ...prepared, warnings, messages: placeMessages(prepared.messages, byIssue) }))
  })
  return localizedMessages(checked, options)
}
