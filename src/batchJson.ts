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
import { makeIssue, type Issue } from './issue.js'
import { validateEnglish, type ValidateOptions, type ValidBatch } from './batch.js'
import { prepareRead, readPrepareOptions, type Message, type PrepareOptions, type PreparedBatch } from './compose.js'
import { validatePricing } from './pricing.js'
import { parseJson, type DuplicateKey } from './json/parse.js'
import { lineColumns, placeIssues, sourceOf } from './json/locate.js'
import { guard, issueSink, ISSUES_PER_CODE_CAP, toNonEmpty } from './validation.js'
import { localized, localizedMessages } from './locale/format.js'

/** The duplicate keys of a text: those the parse listed, and how many more it counted. */
interface Duplicates {
  readonly list: ReadonlyArray<DuplicateKey>
  readonly omitted: number
}

const NO_DUPLICATES: Duplicates = { list: [], omitted: 0 }

type Parsed = { readonly ok: true; readonly value: unknown; readonly duplicates: Duplicates } | { readonly ok: false; readonly issue: Issue }

function parse(text: string): Parsed {
  const parsed = parseJson(text)
  if (parsed.ok) return { ok: true, value: parsed.value, duplicates: { list: parsed.duplicates, omitted: parsed.duplicatesOmitted ?? 0 } }
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

/**
 * Issues about the options (not the text) stand nowhere in it: they carry no `source`. Only
 * `options.*` reach {@link place}: invalid pricing options are reported before it, alone.
 */
const aboutOptions = (issue: Issue): boolean => issue.code.startsWith('options.')

/**
 * The duplicate keys as issues (at most ISSUES_PER_CODE_CAP of them, the rest counted, with
 * those the parse only counted), then `issues`, every one placed in the text but those about
 * the options.
 */
function place(text: string, duplicates: Duplicates, issues: ReadonlyArray<Issue>): ReadonlyArray<Issue> {
  const lines = lineColumns(text)
  // Past the cap a duplicate is counted, never made; the key is shown as an excerpt.
  const sink = issueSink([])
  for (const d of duplicates.list) {
    sink.add('json.duplicate_key', () => ({ ...makeIssue('json.duplicate_key', d.path, { key: excerpt(d.key) }), source: sourceOf(d.span, lines) }))
  }
  let keys = sink.issues()
  if (duplicates.omitted > 0) {
    // The sink's own notice (if any) counts only the listed ones past the cap: one notice counts all.
    const made = keys.filter((k) => k.code === 'json.duplicate_key')
    const omitted = duplicates.list.length - made.length + duplicates.omitted
    keys = [...made, makeIssue('request.too_many_issues', [], { code: 'json.duplicate_key', omitted, cap: ISSUES_PER_CODE_CAP })]
  }
  return placeIssues(text, [...keys, ...issues], lines, aboutOptions)
}

/**
 * The answer for a request that is valid but for its duplicate keys: an error each, so a `Left`
 * of them (placed) and the request's warnings (placed) after them; `undefined` when there are none.
 */
function duplicatesFound(text: string, duplicates: Duplicates, warnings: ReadonlyArray<Issue>): E.Either<NonEmptyArray<Issue>, never> | undefined {
  // A text with duplicates lists at least the first: its path always fits in the text's length.
  const all = duplicates.list.length === 0 ? undefined : toNonEmpty(place(text, duplicates, warnings))
  return all === undefined ? undefined : E.left(all)
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
    const refused = duplicatesFound(text, parsed.duplicates, valid.warnings)
    if (refused !== undefined) return refused
    if (valid.warnings.length === 0) return result
    return E.right({ ...valid, warnings: place(text, NO_DUPLICATES, valid.warnings) })
  })
  return localized(checked, options)
}

/** The messages with their issues placed (the same objects as in the warnings). */
function placeMessages(messages: ReadonlyArray<Message>, placed: ReadonlyMap<Issue, Issue>): ReadonlyArray<Message> {
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
    const refused = duplicatesFound(text, parsed.duplicates, prepared.warnings)
    if (refused !== undefined) return refused
    if (prepared.warnings.length === 0) return result
    const placed = place(text, NO_DUPLICATES, prepared.warnings)
    // The messages' issues are the warnings' own objects: each is swapped for its placed copy.
    const byIssue = new Map<Issue, Issue>()
    prepared.warnings.forEach((w, k) => byIssue.set(w, placed[k] ?? w))
    return E.right({ ...prepared, warnings: placed, messages: placeMessages(prepared.messages, byIssue) })
  })
  return localizedMessages(checked, options)
}
