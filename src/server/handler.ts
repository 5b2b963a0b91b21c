/**
 * The fetch handler: a local stand-in for the provider's `POST /v2/batches` that checks, stores
 * and never sends. Web standards only (`Request`, `Response`, `ReadableStream`, `TextDecoder`,
 * `URL`), so it runs as it is on Node 18+, Deno, Bun and Cloudflare Workers, and mounts in Hono.
 *
 * @packageDocumentation
 */
import * as E from '../either.js'
import { makeIssue, type Issue } from '../issue.js'
import { usableNow } from '../rules/windows.js'
import { numberTypeOption, type NumberTypeOf } from '../phone/notMobile.js'
import { prepareBatchJson } from '../batchJson.js'
import type { PreparedBatch } from '../compose.js'
import { validatePricing, type PricingOptions } from '../pricing.js'
import { cancelQuietly, decodeUtf8, describeError, readBody } from './body.js'
import { httpProblem, toProblemDetails, type HttpProblem } from './problem.js'
import { createStore, idOf, positiveDecimal, seqOf, type BatchStore, type StoredBatch } from './store.js'

/**
 * Options of {@link createHandler}.
 *
 * @category Server
 */
export interface HandlerOptions {
  /**
   * When set, every request must carry `Authorization: Bearer <apiKey>` (else 401). Visible
   * ASCII only (`!` to `~`), what a header can carry; any other key makes every answer a 500.
   */
  readonly apiKey?: string
  /** "Now", read once per accepted request; default: the clock (the library's one clock read). */
  readonly now?: () => Date
  /** Price every batch: the summary of a 201 then carries `price`. */
  readonly pricing?: PricingOptions
  /** The largest body accepted, in bytes; default 10 MiB (10,485,760). A larger one is a 413. */
  readonly maxBodyBytes?: number
  /** The most bytes of stored batches (their 201 answers as JSON); default 64 MiB. The oldest are dropped past it. */
  readonly maxStoredBytes?: number
  /** The most stored batches; default 10,000. The oldest are dropped past it. */
  readonly maxStoredBatches?: number
  /**
   * Tells each recipient's number type, as `prepareBatch`'s option does (`numberType` of
   * `sms-preflight/numbers`): a 201 then warns `recipient.not_mobile` for a landline.
   */
  readonly numberType?: NumberTypeOf
}

/**
 * A web-standard (fetch) handler.
 *
 * @category Server
 */
export type FetchHandler = (request: Request) => Promise<Response>

/** The default of {@link HandlerOptions.maxBodyBytes}: 10 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
/** The default of {@link HandlerOptions.maxStoredBytes}: 64 MiB. */
export const DEFAULT_MAX_STORED_BYTES = 64 * 1024 * 1024
/** The default of {@link HandlerOptions.maxStoredBatches}. */
export const DEFAULT_MAX_STORED_BATCHES = 10_000
/** A listing's page size when `limit` is not given, and the largest `limit`. */
export const LIST_LIMIT = { default: 50, max: 500 } as const

const COLLECTION = '/v2/batches'
const ALLOW_COLLECTION = 'GET, HEAD, POST, OPTIONS'
const ALLOW_ITEM = 'GET, HEAD, OPTIONS'

/** The handler's settings, once the options are checked. */
interface Settings {
  readonly apiKey: Uint8Array | undefined
  readonly now: () => Date
  readonly pricing: PricingOptions | undefined
  readonly numberType: NumberTypeOf | undefined
  readonly maxBodyBytes: number
  readonly maxStoredBytes: number
  readonly maxStoredBatches: number
}

/** Options that cannot be used: every request is then a 500 that says why. */
interface Misconfigured {
  readonly problems: ReadonlyArray<string>
  readonly issues: ReadonlyArray<Issue>
}

/**
 * UTF-8 bytes of a text. The encoder is made per call, never when the module loads: the library
 * loads in a realm without the web's globals (a bare JavaScript engine), where only calling the
 * handler needs them.
 */
const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text)

/** An own property of the options (never an inherited one), or undefined. */
function own(options: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(options, key) ? (options as Record<string, unknown>)[key] : undefined
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0

/**
 * Whether a key can be sent as `Authorization: Bearer <key>`: one visible ASCII character or
 * more (0x21 to 0x7E), nothing else. A header value carries no character above U+00FF (Node
 * reads one byte per character, so a key beyond that can never match) and loses white space at
 * its ends; control characters are refused in it. RFC 6750's `b64token` is stricter (letters,
 * digits and `-._~+/`, then `=`): visible ASCII is the lenient form, so that any key a client
 * can send is accepted.
 */
export function isSendableKey(key: string): boolean {
  if (key === '') return false
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if (c < 0x21 || c > 0x7e) return false
  }
  return true
}

/** Reads and checks the options; never throws. */
function settingsOf(options: unknown): Settings | Misconfigured {
  const problems: string[] = []
  let issues: ReadonlyArray<Issue> = []
  try {
    const o = typeof options === 'object' && options !== null ? options : {}
    if (options !== undefined && o !== options) problems.push('the options must be an object')
    const apiKey = own(o, 'apiKey')
    if (apiKey !== undefined && (typeof apiKey !== 'string' || !isSendableKey(apiKey))) {
      problems.push('apiKey must be a non-empty string of visible ASCII characters (! to ~: no space, no control, nothing beyond ASCII), which an Authorization header can carry')
    }
    const now = own(o, 'now')
    if (now !== undefined && typeof now !== 'function') problems.push('now must be a function that returns a Date')
    const numberType = own(o, 'numberType')
    if (numberType !== undefined && typeof numberType !== 'function') {
      problems.push('numberType must be a function that gives a number\'s type (numberType of sms-preflight/numbers)')
    }
    const pricing = own(o, 'pricing')
    const checked = pricing === undefined ? undefined : validatePricing(pricing)
    if (checked !== undefined && E.isLeft(checked)) {
      issues = checked.left
      problems.push(`pricing is invalid: ${checked.left.map((i) => i.message).join(' ')}`)
    }
    const limit = (key: string, fallback: number): number => {
      const v = own(o, key)
      if (v === undefined) return fallback
      if (!isCount(v)) problems.push(`${key} must be a positive integer`)
      return isCount(v) ? v : fallback
    }
    const maxBodyBytes = limit('maxBodyBytes', DEFAULT_MAX_BODY_BYTES)
    const maxStoredBytes = limit('maxStoredBytes', DEFAULT_MAX_STORED_BYTES)
    const maxStoredBatches = limit('maxStoredBatches', DEFAULT_MAX_STORED_BATCHES)
    if (problems.length > 0) return { problems, issues }
    return {
      apiKey: typeof apiKey === 'string' ? utf8(apiKey) : undefined,
      now: typeof now === 'function' ? () => (now as () => unknown)() as Date : () => new Date(),
      pricing: checked === undefined || E.isLeft(checked) ? undefined : checked.right.value,
      numberType: numberTypeOption(numberType),
      maxBodyBytes,
      maxStoredBytes,
      maxStoredBatches,
    }
  } catch (e) {
    return { problems: [`the options could not be read (${describeError(e)})`], issues }
  }
}

/** A JSON response. */
function json(status: number, body: unknown, headers: Record<string, string>, type = 'application/json'): Response {
  return bytes(status, utf8(JSON.stringify(body)), headers, type)
}

/** A response of encoded JSON. */
function bytes(status: number, body: Uint8Array<ArrayBuffer>, headers: Record<string, string>, type = 'application/json'): Response {
  return new Response(body, { status, headers: { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers } })
}

/** A problem response (`application/problem+json`). */
function problem(p: HttpProblem, headers: Record<string, string> = {}): Response {
  return json(p.status, p, headers, 'application/problem+json')
}

/** The same response without its body, for `HEAD`. */
function headOf(response: Response): Response {
  void cancelQuietly(response.body)
  return new Response(null, { status: response.status, headers: response.headers })
}

/** The request's method, or undefined when it cannot be read (what was given is no `Request`). */
function methodOf(request: Request): string | undefined {
  try {
    const method: unknown = request.method
    return typeof method === 'string' ? method : undefined
  } catch {
    return undefined
  }
}

/**
 * Cancels what the route left unread of the body (a 401, 404, 405 or 415 reads none of it):
 * a server that streams the body to the handler, as Node's adapter does, then drops the rest
 * instead of leaving it on the connection, where it would stall the next request.
 */
function cancelUnread(request: Request): void {
  try {
    if (!request.bodyUsed) void cancelQuietly(request.body)
  } catch {
    // Not a Request: there is no body to cancel.
  }
}

/** The answer as sent: the unread body cancelled, and no body at all for `HEAD` (GET without the body). */
function finished(request: Request, response: Response): Response {
  cancelUnread(request)
  return methodOf(request) === 'HEAD' ? headOf(response) : response
}

/**
 * Compares a presented key with the expected one in time that depends only on the expected
 * key's length: every byte of it is visited, with no exit at the first difference, and a
 * presented key of another length differs by its length alone.
 */
export function sameKey(given: Uint8Array, expected: Uint8Array): boolean {
  let diff = given.length ^ expected.length
  expected.forEach((byte, i) => {
    diff |= (given[i] ?? 0) ^ byte
  })
  return diff === 0
}

/** The scheme of an `Authorization` header that carries a bearer token, with its space. */
const BEARER = 'bearer '

/** Whether a character code is HTTP white space inside a header value: a space or a tab. */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09

/**
 * The bearer token of an `Authorization` header (`Bearer` in any case, then one space or more:
 * RFC 6750 §2.1), or undefined for another scheme or none. Only spaces and tabs are stripped
 * around the token (the white space of a header value; the Fetch standard strips it at the
 * value's ends already), never another character JavaScript's `trim` would strip: Node reads a
 * header one byte a character, so a byte 0xA0 is U+00A0 and stays part of the token.
 */
function bearerOf(header: string | null): string | undefined {
  if (header === null || header.slice(0, BEARER.length).toLowerCase() !== BEARER) return undefined
  let start = BEARER.length
  let end = header.length
  while (start < end && isBlank(header.charCodeAt(start))) start++
  while (end > start && isBlank(header.charCodeAt(end - 1))) end--
  return header.slice(start, end)
}

/** 401 unless the request carries the key (or no key is set). */
function unauthorized(request: Request, key: Uint8Array | undefined): Response | undefined {
  if (key === undefined) return undefined
  const token = bearerOf(request.headers.get('authorization'))
  if (token !== undefined && sameKey(utf8(token), key)) return undefined
  const challenge = token === undefined ? 'Bearer realm="sms-preflight"' : 'Bearer realm="sms-preflight", error="invalid_token"'
  const detail =
    token === undefined
      ? 'Send the API key as "Authorization: Bearer <key>".'
      : 'The API key in "Authorization: Bearer <key>" is not the one this stand-in was started with.'
  return problem(httpProblem(401, detail), { 'WWW-Authenticate': challenge })
}

/** A media type's essence (`application/json`) and its charset parameter as written, lower case. */
function mediaTypeOf(header: string): { readonly essence: string; readonly charset: string | undefined } {
  const [essence = '', ...params] = header.split(';').map((p) => p.trim().toLowerCase())
  const charset = params.find((p) => p.startsWith(CHARSET))?.slice(CHARSET.length)
  return { essence, charset }
}

const CHARSET = 'charset='

/** The charset parameters that name UTF-8, quoted or not (RFC 9110 §8.3.2: a value may be quoted). */
const UTF8_CHARSETS: ReadonlyArray<string> = ['utf-8', 'utf8', '"utf-8"', '"utf8"']

/** Whether a media type's essence is JSON: `application/json` or a `+json` type. */
function isJson(essence: string): boolean {
  if (essence === 'application/json') return true
  const slash = essence.indexOf('/')
  return essence.startsWith('application/') && essence.endsWith('+json') && slash === essence.lastIndexOf('/') && essence.length > 'application/+json'.length
}

/** 415 unless the body is JSON in UTF-8, with no content coding. */
function unsupported(request: Request): Response | undefined {
  const coding = request.headers.get('content-encoding')
  if (coding !== null && coding.toLowerCase() !== 'identity') {
    return problem(httpProblem(415, `The body must not be encoded (Content-Encoding: ${coding}); send it as it is.`), { 'Accept-Encoding': 'identity' })
  }
  const header = request.headers.get('content-type')
  const accept = { Accept: 'application/json', 'Accept-Post': 'application/json' }
  const wanted = 'The body must be JSON, sent with "Content-Type: application/json"'
  if (header === null) return problem(httpProblem(415, `${wanted}.`), accept)
  const { essence, charset } = mediaTypeOf(header)
  if (!isJson(essence)) return problem(httpProblem(415, `${wanted}, not ${JSON.stringify(header)}.`), accept)
  if (charset !== undefined && !UTF8_CHARSETS.includes(charset)) {
    return problem(httpProblem(415, `The body must be UTF-8 JSON, not charset=${charset}.`), accept)
  }
  return undefined
}

/** 413: the body passed the limit. */
function tooLarge(max: number): Response {
  const detail = `The body is larger than ${max} bytes, the most this stand-in accepts.`
  return problem(httpProblem(413, detail, { maxBodyBytes: max }))
}

/**
 * Whether the body's declared length (`Content-Length`) passes `max`. A missing header reads as
 * 0 and one that holds no number as `NaN`: neither passes, and the body is read, its bytes
 * counted as they come.
 */
const declaredPast = (request: Request, max: number): boolean => Number(request.headers.get('content-length')) > max

/** The 201 answer's body. */
function accepted(id: string, created: string, prepared: PreparedBatch): Record<string, unknown> {
  return { id, created, request: prepared.request, windows: prepared.windows, summary: prepared.summary, warnings: prepared.warnings }
}

/** `POST /v2/batches`. */
async function create(request: Request, settings: Settings, store: BatchStore): Promise<Response> {
  const refused = unsupported(request)
  if (refused !== undefined) {
    void cancelQuietly(request.body)
    return refused
  }
  if (declaredPast(request, settings.maxBodyBytes)) {
    void cancelQuietly(request.body)
    return tooLarge(settings.maxBodyBytes)
  }
  const read = await readBody(request.body, settings.maxBodyBytes)
  if (!read.ok) {
    if (read.reason === 'too_large') return tooLarge(settings.maxBodyBytes)
    return problem(httpProblem(400, `The body could not be read to its end (${read.detail}).`))
  }
  const decoded = decodeUtf8(read.bytes)
  if (!decoded.ok) {
    const { byte, byteOffset, line, column } = decoded
    const detail = `The body is not UTF-8: the byte 0x${byte} at byte offset ${byteOffset} (line ${line}, column ${column}) begins no UTF-8 sequence.`
    return problem(toProblemDetails([decoded.issue], { detail }))
  }
  let now: Date | undefined
  try {
    now = usableNow(settings.now())
  } catch (e) {
    return problem(httpProblem(500, `The stand-in's clock (the "now" option) threw: ${describeError(e)}.`))
  }
  // A "now" that is no valid Date is the server's fault, never the client's: checked here, so
  // that every issue prepareBatchJson gives is about the request (pricing was checked once,
  // when the handler was made, and its own copy cannot change).
  if (now === undefined) {
    const issue = makeIssue('options.now_invalid', [])
    return problem(toProblemDetails([issue], { status: 500, detail: `The stand-in is misconfigured: ${issue.message}` }))
  }
  const { pricing, numberType } = settings
  const result = prepareBatchJson(decoded.text, { now, ...(pricing === undefined ? {} : { pricing }), ...(numberType === undefined ? {} : { numberType }) })
  if (E.isLeft(result)) return problem(toProblemDetails(result.left))
  const prepared = result.right
  const created = now.toISOString()
  const batch = store.put((id) => ({
    created,
    tags: prepared.request.tags,
    reference: prepared.request.reference,
    summary: prepared.summary,
    body: utf8(JSON.stringify(accepted(id, created, prepared))),
  }))
  return bytes(201, batch.body, { Location: `${COLLECTION}/${batch.id}` })
}

/** One batch of a listing. */
function listed(b: StoredBatch): Record<string, unknown> {
  return { id: b.id, location: `${COLLECTION}/${b.id}`, created: b.created, reference: b.reference, tags: b.tags, summary: b.summary }
}

/** `GET /v2/batches?tag=…&limit=…&before=…`. */
function list(url: URL, store: BatchStore): Response {
  const params = url.searchParams
  for (const key of params.keys()) {
    if (key !== 'tag' && key !== 'limit' && key !== 'before') {
      return problem(httpProblem(400, `Unknown query parameter ${JSON.stringify(key)}: a listing takes tag (repeatable), limit and before.`))
    }
  }
  const limits = params.getAll('limit')
  const befores = params.getAll('before')
  if (limits.length > 1 || befores.length > 1) return problem(httpProblem(400, 'limit and before may each be given once.'))
  const limitText = limits[0]
  const limit = limitText === undefined ? LIST_LIMIT.default : positiveDecimal(limitText, LIST_LIMIT.max)
  if (limit === undefined) {
    return problem(httpProblem(400, `limit must be an integer from 1 to ${LIST_LIMIT.max}, not ${JSON.stringify(limitText)}.`))
  }
  const beforeText = befores[0]
  const before = beforeText === undefined ? undefined : seqOf(beforeText)
  if (beforeText !== undefined && before === undefined) {
    return problem(httpProblem(400, `before must be a batch id such as "b12", not ${JSON.stringify(beforeText)}.`))
  }
  const tags = params.getAll('tag')
  const page = store.list({ tags, before, limit })
  const last = page.batches[page.batches.length - 1]
  let next: string | null = null
  if (page.more && last !== undefined) {
    const q = new URLSearchParams(tags.map((t): [string, string] => ['tag', t]))
    q.set('limit', String(limit))
    q.set('before', idOf(last.seq))
    next = `${COLLECTION}?${q.toString()}`
  }
  return json(200, { batches: page.batches.map(listed), next }, next === null ? {} : { Link: `<${next}>; rel="next"` })
}

/** `GET /v2/batches/{id}`. */
function read(id: string, store: BatchStore): Response {
  const batch = store.get(id)
  if (batch === undefined) {
    return problem(httpProblem(404, `No batch ${JSON.stringify(id)} is stored here (this stand-in keeps batches in memory, the oldest dropped past its limits).`))
  }
  return bytes(200, batch.body, {})
}

/** Routes one request. */
async function route(request: Request, settings: Settings, store: BatchStore): Promise<Response> {
  const url = new URL(request.url)
  const path = url.pathname
  const item = path.startsWith(`${COLLECTION}/`) ? path.slice(COLLECTION.length + 1) : undefined
  if (path !== COLLECTION && (item === undefined || item === '' || item.includes('/'))) {
    return problem(httpProblem(404, `Nothing is at ${path}: this stand-in answers ${COLLECTION} and ${COLLECTION}/{id}.`))
  }
  const method = request.method
  const allow = item === undefined ? ALLOW_COLLECTION : ALLOW_ITEM
  if (!allow.split(', ').includes(method)) {
    return problem(httpProblem(405, `${method} is not allowed on ${path}; allowed: ${allow}.`), { Allow: allow })
  }
  if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: allow, 'Cache-Control': 'no-store' } })
  const denied = unauthorized(request, settings.apiKey)
  if (denied !== undefined) return denied
  if (method === 'POST') return create(request, settings, store)
  return item === undefined ? list(url, store) : read(item, store)
}

/**
 * A local stand-in for the provider's endpoint, as a web-standard (fetch) handler
 * `(Request) => Promise<Response>`: it checks, stores and never sends. It runs as it is on
 * Node 18+, Deno, Bun and Cloudflare Workers, and mounts in Hono (`app.mount('/', handler)`).
 *
 * - `POST /v2/batches`: JSON only (else 415); the body is read as a stream and refused with 413
 *   as soon as it passes `maxBodyBytes` (default 10 MiB), or at once when `Content-Length`
 *   says so; decoded as UTF-8 (bytes that are not UTF-8 are a 400, never replaced); checked by
 *   `prepareBatchJson`. Valid: **201** with `Location: /v2/batches/{id}` and the id, the
 *   normalised request, the resolved windows, the summary (with the price when `pricing` is
 *   set) and the warnings. Invalid: **400** `application/problem+json` from
 *   {@link toProblemDetails}, every issue with its line and column.
 * - `GET /v2/batches/{id}`: the 201's body again (200), or 404.
 * - `GET /v2/batches?tag=…`: the batches carrying every tag given, newest first, at most
 *   `limit` (default 50, at most 500) from `before` (an id), with `next` (and a `Link` header)
 *   when more match.
 * - Other methods: 405 with `Allow`; other paths: 404; `OPTIONS`: 204 with `Allow`; `HEAD`:
 *   `GET` without the body (every answer to it bodiless). With `apiKey` (visible ASCII only),
 *   every request but `OPTIONS` to a path and method it serves needs
 *   `Authorization: Bearer <apiKey>` (else 401 with `WWW-Authenticate`), compared in constant
 *   time: the path is checked first, then the method, then the key.
 * - A body the answer does not need (a 401, 404, 405) is cancelled, never left unread.
 *
 * Batches are kept in memory in the handler's closure, the oldest dropped past
 * `maxStoredBytes` (default 64 MiB of stored answers) or `maxStoredBatches` (default 10,000);
 * ids (`b1`, `b2`, …) come from a counter, unique within the handler. The default `now` reads
 * the clock: the one place the library does.
 *
 * It never throws: options it cannot use make every answer a 500 saying why, and anything that
 * fails inside is a 500 problem.
 *
 * @example
 * ```ts
 * import { createHandler } from 'sms-preflight'
 * const handler = createHandler({ apiKey: 'secret' })
 * typeof handler // 'function'
 *
 * // Logs 201 /v2/batches/b1; Deno.serve(handler), Bun.serve({ fetch: handler }) or a Worker's
 * // `fetch` serve it as it is.
 * void handler(
 *   new Request('http://localhost/v2/batches', {
 *     method: 'POST',
 *     headers: { 'Content-Type': 'application/json', Authorization: 'Bearer secret' },
 *     body: JSON.stringify({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }),
 *   }),
 * ).then((response) => console.log(response.status, response.headers.get('Location')))
 * ```
 * @category Server
 */
export function createHandler(options?: HandlerOptions): FetchHandler {
  const settings = settingsOf(options)
  if ('problems' in settings) {
    const misconfigured = toProblemDetails(settings.issues, {
      status: 500,
      detail: `The stand-in is misconfigured: ${settings.problems.join('; ')}.`,
    })
    return (request: Request) => Promise.resolve(finished(request, problem(misconfigured)))
  }
  const store = createStore({ maxBytes: settings.maxStoredBytes, maxBatches: settings.maxStoredBatches })
  return async (request: Request): Promise<Response> => {
    let response: Response
    try {
      response = await route(request, settings, store)
    } catch (e) {
      response = problem(httpProblem(500, `The stand-in failed on this request: ${describeError(e)}.`))
    }
    return finished(request, response)
  }
}
