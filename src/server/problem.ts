/**
 * Problem details (RFC 9457, `application/problem+json`): how the stand-in, and any server
 * that reuses the rules, says what is wrong with a request.
 *
 * The shape is the one ASP.NET's `ValidationProblemDetails` gives, which the provider's .NET
 * server returns: `type`, `title`, `status`, `detail`, and `errors`, a map from where each error
 * stands to its messages. The library adds `issues`, every issue as it is (code, severity, path,
 * params and, for JSON text, its line and column), for clients that want more than messages.
 *
 * @packageDocumentation
 */
import { severityOf, type Issue, type IssueCode } from '../issue.js'
import { isArray, ownValue } from '../own.js'

/**
 * A problem details object (RFC 9457) without extension members: what the stand-in answers for
 * a problem that is not about the request's content (401, 404, 405, 408, 413, 415, 417, 431, 500).
 *
 * @category Server
 */
export interface HttpProblem {
  /** A URI reference naming the kind of problem. */
  readonly type: string
  /** A short summary of the kind of problem, the same for every occurrence. */
  readonly title: string
  /** The HTTP status code. */
  readonly status: number
  /** What went wrong this time, for a person to read. */
  readonly detail: string
  /** A URI reference naming this occurrence, when given. */
  readonly instance?: string
}

/**
 * A problem details object about a request's issues: {@link HttpProblem} with the issues and
 * ASP.NET's `errors` map.
 *
 * @category Server
 */
export interface ProblemDetails extends HttpProblem {
  /** Every issue, errors and warnings, in the order found, each with its code and position. */
  readonly issues: ReadonlyArray<Issue>
  /**
   * The errors' messages by JSON Pointer (`""` for the request as a whole), in the order found:
   * the shape of ASP.NET's `ValidationProblemDetails.Errors`. Warnings are not in it.
   */
  readonly errors: Readonly<Record<string, ReadonlyArray<string>>>
}

/**
 * Options of {@link toProblemDetails}: each member replaces what it names.
 *
 * @category Server
 */
export interface ProblemOptions {
  /** The status, 400 to 599; default 400. */
  readonly status?: number
  /**
   * The `type` URI; default: the section of RFC 9110 that defines the status (of RFC 6585 for
   * 428, 429, 431 and 511), as ASP.NET writes it; `about:blank` for a status neither defines.
   */
  readonly type?: string
  /**
   * The `title`; default: `"One or more validation errors occurred."` for 400, else the status's
   * reason phrase (`Client Error` or `Server Error` for a status neither RFC defines).
   */
  readonly title?: string
  /** The `detail`; default: how many errors there are, and the first one with its place. */
  readonly detail?: string
  /** The `instance` URI reference; absent by default. */
  readonly instance?: string
}

/**
 * The statuses RFC 9110 defines from 400 to 599, each with its reason phrase, in the order of
 * their sections: a class's n-th entry is defined in §15.5.n (4xx) or §15.6.n (5xx). An entry's
 * code is written where it does not follow the one before. 418 keeps its place (§15.5.19 marks
 * it unused) with no phrase. One string: the table costs little in a browser bundle.
 */
const RFC9110 =
  '400Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|' +
  'Proxy Authentication Required|Request Timeout|Conflict|Gone|Length Required|Precondition Failed|Content Too Large|' +
  'URI Too Long|Unsupported Media Type|Range Not Satisfiable|Expectation Failed||421Misdirected Request|' +
  'Unprocessable Content|426Upgrade Required|500Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|' +
  'Gateway Timeout|HTTP Version Not Supported'

/** The statuses RFC 6585 adds, defined in its §3 to §6 in this order (written the same way). */
const RFC6585 = '428Precondition Required|Too Many Requests|431Request Header Fields Too Large|511Network Authentication Required'

/** A status the tables define: its reason phrase and the `type` ASP.NET writes for it. */
interface KnownStatus {
  readonly phrase: string
  readonly type: string
}

/** The statuses RFC 9110 and RFC 6585 define, read from their tables. */
function readStatuses(): ReadonlyMap<number, KnownStatus> {
  const table = new Map<number, KnownStatus>()
  // Each entry's section: its place in its class (RFC 9110) or in the list (RFC 6585).
  const read = (list: string, sectionOf: (code: number, index: number) => string): void => {
    let code = 0
    list.split('|').forEach((entry, i) => {
      const written = /^\d{3}/.test(entry)
      code = written ? Number(entry.slice(0, 3)) : code + 1
      const phrase = written ? entry.slice(3) : entry
      const section = sectionOf(code, i)
      if (phrase !== '') table.set(code, { phrase, type: `https://tools.ietf.org/html/${section}` })
    })
  }
  let n = 0
  let kind = 0
  read(RFC9110, (code) => {
    n = Math.floor(code / 100) === kind ? n + 1 : 1
    kind = Math.floor(code / 100)
    return `rfc9110#section-15.${kind + 1}.${n}`
  })
  read(RFC6585, (_, i) => `rfc6585#section-${i + 3}`)
  return table
}

/** The statuses RFC 9110 and RFC 6585 define: read once, and left out of a bundle that does not use them. */
const STATUSES = /*#__PURE__*/ readStatuses()

/** The title of ASP.NET's `ValidationProblemDetails`. */
const VALIDATION_TITLE = 'One or more validation errors occurred.'

/** A status code as given when it is a client or server error, else 400. */
const statusOf = (status: unknown): number => (typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599 ? status : 400)

/** What is read of one issue: the fields the problem is made of, each read once. */
interface ReadIssue {
  readonly issue: Issue
  readonly severity: string
  readonly path: string
  readonly message: string
}

/**
 * The issues as given, each read once: a JavaScript caller's value that is not an array, an
 * element that is not an issue (no string `severity`, `path` and `message`), a hole or an
 * element that throws when read is left out, never an exception.
 */
function readIssues(issues: unknown): ReadIssue[] {
  const out: ReadIssue[] = []
  const length = isArray(issues) ? ownValue(issues, 'length') : 0
  if (typeof length !== 'number') return out
  for (let i = 0; i < length; i++) {
    const issue = ownValue(issues, i)
    // null is no object here either: it has no fields, so the checks below leave it out.
    if (typeof issue !== 'object') continue
    const severity = ownValue(issue, 'severity')
    const path = ownValue(issue, 'path')
    const message = ownValue(issue, 'message')
    if (typeof severity === 'string' && typeof path === 'string' && typeof message === 'string') out.push({ issue: issue as Issue, severity, path, message })
  }
  return out
}

/** A string option, when given as one. */
function text(options: unknown, key: string): string | undefined {
  const v = ownValue(options, key)
  return typeof v === 'string' ? v : undefined
}

/**
 * The `type` ASP.NET writes for a status: the section of RFC 9110 defining it (of RFC 6585 for
 * 428, 429, 431 and 511, which RFC 9110 does not define), else `about:blank`.
 */
function typeOf(status: number): string {
  return STATUSES.get(status)?.type ?? 'about:blank'
}

/** The reason phrase of a status (`Client Error` or `Server Error` for one neither RFC 9110 nor RFC 6585 defines). */
function phraseOf(status: number): string {
  return STATUSES.get(status)?.phrase ?? (status >= 500 ? 'Server Error' : 'Client Error')
}

/** Where an issue stands, for a sentence: its pointer and, in JSON text, its line and column. */
function where(read: ReadIssue): string {
  const at = read.path === '' ? 'the request' : read.path
  const source = ownValue(read.issue, 'source')
  const line = ownValue(source, 'line')
  const column = ownValue(source, 'column')
  return typeof line === 'number' && typeof column === 'number' ? `${at} (line ${line}, column ${column})` : at
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** How many errors and warnings a list of issues stands for, and how many of them it does not list. */
export interface IssueCounts {
  readonly errors: number
  readonly warnings: number
  readonly notListed: number
}

/**
 * How many errors and warnings the issues stand for. Past the cap of one code the rest are not
 * listed but counted by a `request.too_many_issues` notice (itself no problem of the request):
 * they count under their own code's severity, and the notice does not count.
 */
function tally(issues: ReadonlyArray<ReadIssue>): IssueCounts {
  let errors = 0
  let warnings = 0
  let notListed = 0
  for (const read of issues) {
    const params = ownValue(read.issue, 'params')
    const omitted = ownValue(read.issue, 'code') === 'request.too_many_issues' ? ownValue(params, 'omitted') : undefined
    const code = ownValue(params, 'code')
    if (typeof omitted === 'number' && Number.isSafeInteger(omitted) && omitted >= 0 && typeof code === 'string') {
      notListed += omitted
      // The library writes the notice with one of its own codes; severityOf answers any string.
      if (severityOf(code as IssueCode) === 'error') errors += omitted
      else warnings += omitted
    } else if (read.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings, notListed }
}

/**
 * {@link tally} of a list of issues as given (each read once, own properties only; what is no
 * issue is left out): what `detail` and the command line's header count.
 *
 * @internal
 */
export function countIssues(issues: unknown): IssueCounts {
  return tally(readIssues(issues))
}

/** The default `detail`: the errors counted (those past the cap of one code too), the first one said with its place. */
function detailOf(issues: ReadonlyArray<ReadIssue>): string {
  const { errors, warnings } = tally(issues)
  const first = issues.find((i) => i.severity === 'error')
  if (first === undefined) return errors === 0 ? `The request has no errors (${plural(warnings, 'warning')}).` : `${plural(errors, 'error')}, none of them listed.`
  // json.invalid says its own line and column.
  const said = ownValue(first.issue, 'code') === 'json.invalid' ? first.message : `At ${where(first)}: ${first.message}`
  return errors === 1 ? said : `${plural(errors, 'error')}; the first: ${said}`
}

/**
 * The problem details (RFC 9457) of a request's issues, as a server answers them: `type`,
 * `title`, `status` (400 unless given), `detail`, every issue in `issues`, and the errors'
 * messages by JSON Pointer in `errors`, the shape ASP.NET's `ValidationProblemDetails` gives
 * (the provider's own server is .NET, so its clients already read it). Serve it with
 * `Content-Type: application/problem+json`.
 *
 * Total, like every function of the library: from a JavaScript caller, anything in `issues`
 * that is not an issue (or `issues` itself when it is not an array) is left out, and an option
 * of the wrong type is not given.
 *
 * @param issues - the issues of a `Left` (errors and warnings), e.g. from `prepareBatchJson`
 * @param options - replaces `status`, `type`, `title`, `detail`; adds `instance`
 * @example
 * ```ts
 * import { prepareBatchJson, toProblemDetails } from 'sms-preflight'
 * const result = prepareBatchJson('{"sender":"iP","recipients":["46701234567"],"body":"Hi"}', { now: new Date('2030-01-01T00:00:00Z') })
 * if (result._tag === 'Left') toProblemDetails(result.left)
 * // {
 * //   type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
 * //   title: 'One or more validation errors occurred.',
 * //   status: 400,
 * //   detail: 'At /sender (line 1, column 11): An alphanumeric sender has 3 to 11 characters; this one has 2.',
 * //   issues: [{ severity: 'error', code: 'sender.alphanumeric_length', path: '/sender', …, source: { line: 1, column: 11, offset: 10, length: 4 } }],
 * //   errors: { '/sender': ['An alphanumeric sender has 3 to 11 characters; this one has 2.'] }
 * // }
 * ```
 * @category Server
 */
export function toProblemDetails(issues: ReadonlyArray<Issue>, options?: ProblemOptions): ProblemDetails {
  const read = readIssues(issues)
  const status = statusOf(ownValue(options, 'status'))
  const errors = new Map<string, string[]>()
  for (const { severity, path, message } of read) {
    if (severity !== 'error') continue
    const messages = errors.get(path)
    if (messages === undefined) errors.set(path, [message])
    else messages.push(message)
  }
  const instance = text(options, 'instance')
  return {
    type: text(options, 'type') ?? typeOf(status),
    title: text(options, 'title') ?? (status === 400 ? VALIDATION_TITLE : phraseOf(status)),
    status,
    detail: text(options, 'detail') ?? detailOf(read),
    ...(instance === undefined ? {} : { instance }),
    issues: read.map((r) => r.issue),
    errors: Object.fromEntries(errors),
  }
}

/**
 * A problem without issues: the status's `type` and reason phrase as `title`, and `detail`.
 * Extension members, when given, follow (RFC 9457 §3.2).
 */
export function httpProblem<X extends Readonly<Record<string, unknown>>>(status: number, detail: string, extensions?: X): HttpProblem & X {
  const s = statusOf(status)
  return { type: typeOf(s), title: phraseOf(s), status: s, detail, ...extensions } as HttpProblem & X
}
