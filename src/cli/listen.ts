/**
 * The stand-in on Node's `http`: a thin adapter from Node's request and response to the
 * library's fetch handler, in the manner of Hono's Node adapter.
 *
 * - Binds where it is told (loopback by default) and prints the address it got.
 * - One log line per request: time, method, target, status, milliseconds.
 * - A request must arrive (headers and body) within the timeout, headers within 10 s: a client
 *   that trickles is answered 408 and cut off.
 * - The body reaches the handler as a stream, pulled as the handler reads it; a client that
 *   sent `Expect: 100-continue` is told to go on only when the handler starts reading, so a
 *   body refused from its `Content-Length` (or by a 401, 404, 405) is never sent at all, and
 *   the connection is closed after the answer. What is still coming of a body the answer came
 *   before is read and dropped, never kept, so that the client reads its answer and the next
 *   request on the connection is read (the request timeout bounds how long).
 * - Answers go in the order the requests came (RFC 9112 §9.3.2): a request the parser cannot
 *   read, pipelined behind one still being answered, is refused after that answer.
 * - Its own answers are problem details with `Cache-Control: no-store`, as the handler's are,
 *   and each is logged: 400 for what its parser cannot read and for a Host header field that
 *   is missing (HTTP/1.1) or repeated, 408, 431 for headers too large, 417 for an expectation
 *   other than `100-continue`, and 405 (or the handler's 404) for `CONNECT` and `TRACE`, which a
 *   fetch `Request` cannot carry. Node's own bare answers are turned off or taken over. An
 *   answer to `HEAD` has no body, whenever the method is known: only a request the parser fails
 *   on before it has read the header section gets its problem with the body, and the
 *   connection closed after it.
 * - SIGINT and SIGTERM stop it: no new connections, idle ones closed, busy ones given 5 s.
 *
 * @packageDocumentation
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { createHandler, type FetchHandler, type HandlerOptions } from '../server/handler.js'
import { httpProblem } from '../server/problem.js'
import type { ServeConfig } from './io.js'

/** The handler's options of a configuration: the key and the number types, when there are. */
function handlerOptions({ apiKey, numberType }: ServeConfig): HandlerOptions {
  return { ...(apiKey === undefined ? {} : { apiKey }), ...(numberType === undefined ? {} : { numberType }) }
}

/** Where the server's words go. */
export interface ServeOutput {
  /** The address line and one line per request. */
  readonly log: (line: string) => void
  /** Failures (the port is taken, …). */
  readonly error: (line: string) => void
}

/** How long headers may take to arrive, at most. */
const HEADERS_TIMEOUT_MS = 10_000
/** How long busy connections get to finish once a stop is asked for. */
const STOP_GRACE_MS = 5_000
/** How long an idle connection is kept open: between requests, or after an answer to `CONNECT`. */
const KEEP_ALIVE_MS = 5_000

/** The URL's host part of an address (`[::1]` for IPv6). */
const hostPart = (address: string): string => (address.includes(':') ? `[${address}]` : address)

/** A request's body as a web stream, and what becomes of its rest once the answer is given. */
interface NodeBody {
  readonly stream: ReadableStream<Uint8Array>
  /** Whether the client may send the body: always, unless it asked with `Expect: 100-continue` and was not told to go on. */
  readonly continued: () => boolean
  /** The handler reads no more: what is still coming is read and dropped, never kept. */
  readonly drain: () => void
}

/**
 * The body as a web stream that pulls from Node's request: nothing is read before the handler
 * reads (high-water mark 0), so `100 Continue` goes out only on the handler's first read, and
 * Node's request stays paused while the handler does not read.
 */
function bodyOf(req: IncomingMessage, res: ServerResponse, expectsContinue: boolean): NodeBody {
  let finished = false
  let continued = !expectsContinue
  let control: ReadableStreamDefaultController<Uint8Array> | undefined
  const finish = (): boolean => {
    if (finished) return false
    finished = true
    return true
  }
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        control = controller
        req.pause()
        req.on('data', (chunk: Buffer) => {
          if (finished) return
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
          if ((controller.desiredSize ?? 0) <= 0) req.pause()
        })
        req.once('end', () => {
          if (finish()) controller.close()
        })
        req.once('error', (e) => {
          if (finish()) controller.error(e)
        })
        req.once('close', () => {
          if (!req.complete && finish()) controller.error(new Error('the client closed the connection before the body ended'))
        })
      },
      pull() {
        if (!continued) {
          continued = true
          res.writeContinue()
        }
        req.resume()
      },
      cancel() {
        // The handler wants no more: what is still coming is read and dropped (never kept).
        finished = true
        req.resume()
      },
    },
    { highWaterMark: 0 },
  )
  return {
    stream,
    continued: () => continued,
    drain: () => {
      if (finish()) control?.error(new Error('the answer was given before the body was read'))
      req.resume()
    },
  }
}

/**
 * The methods the Fetch standard forbids (a `Request` refuses them): the handler never sees
 * them, so the adapter answers them as the handler answers any method it does not allow.
 */
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** A Node request as the handler reads it, or why it cannot be one. */
type Incoming =
  | { readonly ok: true; readonly request: Request; readonly body: NodeBody | undefined }
  | { readonly ok: false; readonly forbidden: true; readonly url: URL; readonly headers: Headers }
  | { readonly ok: false; readonly forbidden: false; readonly detail: string }

/** The URL and headers of a Node request (the origin is the server's own, never the Host header); throws for a target that is no URL. */
function targetOf(req: IncomingMessage, origin: string): { readonly url: URL; readonly headers: Headers } {
  const target = req.url ?? '/'
  const url = target.startsWith('/') ? new URL(origin + target) : new URL(target, origin)
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] ?? '', raw[i + 1] ?? '')
  return { url, headers }
}

/** The web request of a Node request. */
function requestOf(req: IncomingMessage, res: ServerResponse, origin: string, expectsContinue: boolean): Incoming {
  try {
    const { url, headers } = targetOf(req, origin)
    const method = req.method ?? 'GET'
    if (FORBIDDEN_METHODS.has(method.toUpperCase())) return { ok: false, forbidden: true, url, headers }
    if (method === 'GET' || method === 'HEAD') return { ok: true, request: new Request(url, { method, headers }), body: undefined }
    const body = bodyOf(req, res, expectsContinue)
    // `duplex: 'half'` is what Node's fetch needs for a streamed body; its types predate it.
    const init: RequestInit & { duplex?: 'half' } = { method, headers, body: body.stream, duplex: 'half' }
    return { ok: true, request: new Request(url, init), body }
  } catch (e) {
    return { ok: false, forbidden: false, detail: String(e) }
  }
}

/**
 * What the handler answers for a method a `Request` cannot carry: 405 with the `Allow` the
 * handler gives to `OPTIONS` on the same target, or the handler's own answer to that `OPTIONS`
 * when it is no success (404 for a path it does not serve, 500 when it is misconfigured) — the
 * same answer, in the same order of checks, as for any other method it does not allow.
 */
async function forbiddenMethod(handler: FetchHandler, method: string, url: URL, headers: Headers): Promise<Response> {
  const probe = await handler(new Request(url, { method: 'OPTIONS', headers }))
  if (!probe.ok) return probe
  void probe.body?.cancel()
  const allow = probe.headers.get('allow') ?? ''
  const p = httpProblem(405, `${method} is not allowed on ${url.pathname}; allowed: ${allow}.`)
  return new Response(JSON.stringify(p), { status: 405, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', Allow: allow } })
}

/**
 * Before an answer is written: when the body has not all arrived, its rest is drained (read
 * and dropped), so that the next request on the connection is read; when the client asked
 * with `Expect: 100-continue` and was never told to go on, it may never send the body, so the
 * connection is closed after the answer (RFC 9110 §10.1.1).
 */
function settle(req: IncomingMessage, res: ServerResponse, body: NodeBody | undefined): void {
  if (body === undefined || req.complete) return
  if (!body.continued() && !res.headersSent) res.setHeader('Connection', 'close')
  body.drain()
}

/** Writes a web response to Node's response. */
async function writeResponse(response: Response, req: IncomingMessage, res: ServerResponse, body: NodeBody | undefined): Promise<void> {
  const bytes = req.method === 'HEAD' || response.body === null ? undefined : new Uint8Array(await response.arrayBuffer())
  res.statusCode = response.status
  response.headers.forEach((value, name) => res.setHeader(name, value))
  if (bytes !== undefined) res.setHeader('Content-Length', bytes.byteLength)
  settle(req, res, body)
  res.end(bytes)
}

/**
 * An answer written straight to a socket, for a request Node's server no longer answers (its
 * parser failed, or it handed the socket over for `CONNECT`); the connection closes after it.
 * Without a body (the answer to `HEAD`), the header fields are all that is written.
 */
function rawAnswer(status: number, headers: Iterable<readonly [string, string]>, body: string | undefined): string {
  const lines = [`HTTP/1.1 ${status} ${httpProblem(status, '').title}`]
  for (const [name, value] of headers) lines.push(`${name}: ${value}`)
  if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`)
  lines.push('Connection: close', '', body ?? '')
  return lines.join('\r\n')
}

/** The header fields of every problem this adapter answers itself. */
const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' } as const

/** A problem written straight to a socket, with its body unless it answers `HEAD`. */
function rawProblem(status: number, detail: string, head: boolean): string {
  return rawAnswer(status, Object.entries(PROBLEM_HEADERS), head ? undefined : JSON.stringify(httpProblem(status, detail)))
}

/**
 * A problem answered by this adapter itself (the handler never saw the request, or failed).
 * Node's response sends no body to `HEAD`.
 */
function sendProblem(res: ServerResponse, status: number, detail: string, headers: Readonly<Record<string, string>> = {}): void {
  const body = JSON.stringify(httpProblem(status, detail))
  res.writeHead(status, { ...PROBLEM_HEADERS, 'Content-Length': Buffer.byteLength(body), ...headers })
  res.end(body)
}

/**
 * Why a request's Host header field is wrong, or undefined: RFC 9112 §3.2 has a server answer
 * 400 to an HTTP/1.1 request without one and to any request with more than one. Node's own
 * check is turned off (`requireHostHeader: false`): its bare 400 had no problem details, no
 * `Cache-Control` and no log line, and it let a repeated Host pass.
 */
function hostProblem(req: IncomingMessage): string | undefined {
  let hosts = 0
  const raw = req.rawHeaders
  for (let i = 0; i < raw.length; i += 2) if (raw[i]?.toLowerCase() === 'host') hosts++
  if (hosts > 1) return `The request has ${hosts} Host header fields; HTTP allows one (RFC 9112 §3.2).`
  if (hosts === 0 && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) return 'An HTTP/1.1 request needs a Host header field (RFC 9112 §3.2).'
  return undefined
}

/**
 * The answer to `CONNECT`, which Node hands over with the socket instead of answering: the same
 * as for `TRACE` when its target is a path (405 with the path's `Allow`, or the handler's 404),
 * and 405 with an empty `Allow` for the authority form (`host:port`), which asks for a tunnel
 * this stand-in, no proxy, never opens.
 */
function connectAnswer(handler: FetchHandler, req: IncomingMessage, origin: string): Promise<Response> {
  const target = req.url ?? ''
  const problem = (status: number, detail: string, headers: Readonly<Record<string, string>> = {}): Promise<Response> =>
    Promise.resolve(new Response(JSON.stringify(httpProblem(status, detail)), { status, headers: { ...PROBLEM_HEADERS, ...headers } }))
  const host = hostProblem(req)
  if (host !== undefined) return problem(400, host)
  if (!target.startsWith('/')) {
    return problem(405, `CONNECT ${target} is not allowed: this stand-in is no proxy; it answers /v2/batches and /v2/batches/{id}.`, { Allow: '' })
  }
  try {
    const { url, headers } = targetOf(req, origin)
    return forbiddenMethod(handler, 'CONNECT', url, headers)
  } catch (e) {
    return problem(400, `The request cannot be read: ${String(e)}`)
  }
}

/** What the parser's error codes are answered with: 431 for headers too large (RFC 6585 §5), else 400. */
function clientErrorOf(e: NodeJS.ErrnoException, timeoutMs: number): { readonly status: number; readonly detail: string; readonly logged: string } {
  if (e.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, detail: `The request did not arrive within ${timeoutMs / 1000} s; the connection is closed.`, logged: 'request timeout: cut off' }
  }
  const code = e.code ?? e.message
  if (e.code === 'HPE_HEADER_OVERFLOW') return { status: 431, detail: `The request's header fields are larger than this server reads (${code}).`, logged: code }
  return { status: 400, detail: `The request is not HTTP this server can read (${code}).`, logged: code }
}

/** A request and its answer on a socket. */
interface Exchange {
  readonly req: IncomingMessage
  readonly res: ServerResponse
}

/** Whether an exchange's answer has gone (or never will: its connection is gone). */
const answerGone = (x: Exchange): boolean => x.res.writableFinished || x.res.destroyed

/**
 * Starts the stand-in: a Node `http` server around {@link createHandler}, bound as `config`
 * says, until SIGINT or SIGTERM.
 */
export function startServer(config: ServeConfig, out: ServeOutput, handler: FetchHandler = createHandler(handlerOptions(config))): Server {
  const server = createServer({
    requestTimeout: config.requestTimeoutMs,
    headersTimeout: Math.min(HEADERS_TIMEOUT_MS, config.requestTimeoutMs),
    // How often the timeouts are checked (Node's default is 30 s).
    connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs),
    keepAliveTimeout: KEEP_ALIVE_MS,
    // The Host header field is checked here, so that a request without one is answered as every
    // other refused request is (Node 18 has no such check, and ignores the option).
    requireHostHeader: false,
  })
  let origin = `http://${hostPart(config.host)}`
  // The last exchange on each socket, so that an error never writes over a response.
  // With it, the one before it while that one's answer is still to go: a request pipelined
  // behind another is read (and may fail) while the earlier answer is being made.
  const exchanges = new WeakMap<Socket, Exchange & { readonly before: Exchange | undefined }>()

  /** The log line of a request: time, method, target, status, milliseconds since `started`. */
  const lineOf = (req: IncomingMessage, started: number, status: number | string): string =>
    `${new Date().toISOString()} ${req.method ?? '-'} ${req.url ?? '-'} ${status} ${Math.round(performance.now() - started)} ms`

  /**
   * Runs `write` once the answer to the last request on the socket has gone, at once when none
   * is under way: a later request's answer never goes first (RFC 9112 §9.3.2).
   */
  const afterPending = (socket: Socket, write: () => void): void => after(exchanges.get(socket), write)

  /** Runs `write` once the answer of `exchange` has gone (at once when it has, or there is none). */
  const after = (last: Exchange | undefined, write: () => void): void => {
    if (last === undefined || answerGone(last)) {
      write()
      return
    }
    let done = false
    const writeOnce = (): void => {
      if (done) return
      done = true
      write()
    }
    last.res.once('finish', writeOnce)
    last.res.once('close', writeOnce)
  }

  /**
   * A request Node's server read, in three kinds: a plain one, one whose client awaits
   * `100 Continue`, and one with another expectation, which is answered 417 (RFC 9110 §10.1.1)
   * instead of Node's bare one. A missing or repeated Host is a 400 first.
   */
  const handle = (req: IncomingMessage, res: ServerResponse, expects: 'nothing' | 'continue' | 'other'): void => {
    const started = performance.now()
    const prior = exchanges.get(req.socket)
    exchanges.set(req.socket, { req, res, before: prior !== undefined && !answerGone(prior) ? { req: prior.req, res: prior.res } : undefined })
    const line = (status: number | string): string => lineOf(req, started, status)
    const host = hostProblem(req)
    if (host !== undefined || expects === 'other') {
      const status = host === undefined ? 417 : 400
      const detail = host ?? `This server meets no expectation but 100-continue, not "Expect: ${req.headers.expect ?? ''}".`
      // Closed after the answer: the client may send its body or not.
      sendProblem(res, status, detail, { Connection: 'close' })
      out.log(line(status))
      return
    }
    const incoming = requestOf(req, res, origin, expects === 'continue')
    if (!incoming.ok && !incoming.forbidden) {
      sendProblem(res, 400, `The request cannot be read: ${incoming.detail}`)
      out.log(line(400))
      return
    }
    const body = incoming.ok ? incoming.body : undefined
    const answered = incoming.ok ? handler(incoming.request) : forbiddenMethod(handler, req.method ?? '', incoming.url, incoming.headers)
    answered
      .then((response) => {
        if (res.destroyed || req.socket.destroyed) {
          out.log(line(`${response.status} not sent (the connection was closed)`))
          void response.body?.cancel()
          return undefined
        }
        return writeResponse(response, req, res, body).then(() => out.log(line(response.status)))
      })
      .catch((e: unknown) => {
        out.log(line(`500 (${String(e)})`))
        if (!res.headersSent && !res.destroyed) {
          settle(req, res, body)
          sendProblem(res, 500, `The response could not be written: ${String(e)}`)
        } else res.destroy()
      })
  }
  server.on('request', (req: IncomingMessage, res: ServerResponse) => handle(req, res, 'nothing'))
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => handle(req, res, 'continue'))
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => handle(req, res, 'other'))
  // Node hands CONNECT over with the socket (and destroys it unanswered when nobody listens):
  // it is answered here, after any answer still due on the socket, and the connection closed.
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    const started = performance.now()
    // Node's own listeners are gone from the socket: an error (a reset) only ends it.
    socket.on('error', () => socket.destroy())
    // Whatever the client sends after its request is read and dropped, never kept.
    socket.resume()
    connectAnswer(handler, req, origin)
      .then(async (response) => {
        const body = await response.text()
        afterPending(req.socket, () => {
          if (!socket.writable) {
            out.log(lineOf(req, started, `${response.status} not sent (the connection was closed)`))
            return
          }
          socket.end(rawAnswer(response.status, response.headers, body))
          // A client that keeps its end open is cut off once idle.
          req.socket.setTimeout(KEEP_ALIVE_MS, () => socket.destroy())
          out.log(lineOf(req, started, response.status))
        })
      })
      .catch((e: unknown) => {
        out.log(lineOf(req, started, `500 (${String(e)})`))
        socket.destroy()
      })
  })
  // Sockets whose parse error is answered (or waits to be): one answer each.
  const refusing = new WeakSet<Socket>()
  server.on('clientError', (e: NodeJS.ErrnoException, socket: Socket) => {
    // A client that hangs up mid-request has nobody left to answer.
    if (e.code === 'ECONNRESET' || e.code === 'HPE_INVALID_EOF_STATE' || !socket.writable) {
      socket.destroy()
      return
    }
    // A second error (a timeout) while the first waits for an earlier answer: the first says it.
    if (refusing.has(socket)) return
    refusing.add(socket)
    const { status, detail, logged } = clientErrorOf(e, config.requestTimeoutMs)
    out.log(`${new Date().toISOString()} - - ${status} (${logged})`)
    const last = exchanges.get(socket)
    // The method is known when the error is in the request under way (its header section was
    // read): an answer to HEAD has no body. An error before that (in a new request's header
    // section) leaves the method unknown, and the problem goes with its body.
    const head = last !== undefined && !last.req.complete && last.req.method === 'HEAD'
    const refuse = (): void => {
      if (socket.writable) socket.write(rawProblem(status, detail, head))
      socket.destroy()
    }
    if (last !== undefined && last.req.complete && !answerGone(last)) {
      // The error is in a later request, pipelined behind one whose answer is still to come:
      // that answer first, then this one (RFC 9112 §9.3.2: answers go in the order asked).
      afterPending(socket, refuse)
      return
    }
    // The error is in a new request, or in the body of the one under way: that one is answered
    // only while its answer has not started, and after the answer of a request before it that
    // is still to go (a body that fails while an earlier request is being answered).
    if (last === undefined || last.req.complete) refuse()
    else if (!last.res.headersSent) after(last.before, refuse)
    else socket.destroy()
  })

  const stop = (signal: string): void => {
    out.log(`sms-preflight serve: ${signal}, stopping`)
    process.removeListener('SIGINT', onSigint)
    process.removeListener('SIGTERM', onSigterm)
    server.close(() => out.log('sms-preflight serve: stopped'))
    server.closeIdleConnections()
    setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref()
  }
  const onSigint = (): void => stop('SIGINT')
  const onSigterm = (): void => stop('SIGTERM')
  process.on('SIGINT', onSigint)
  process.on('SIGTERM', onSigterm)

  server.once('error', (e: NodeJS.ErrnoException) => {
    process.removeListener('SIGINT', onSigint)
    process.removeListener('SIGTERM', onSigterm)
    out.error(`sms-preflight serve: cannot listen on ${config.host}:${config.port} (${e.code ?? e.message})`)
    process.exitCode = 1
  })
  server.listen(config.port, config.host, () => {
    const address = server.address()
    const bound = typeof address === 'object' && address !== null ? `http://${hostPart(address.address)}:${address.port}` : String(address)
    origin = bound
    const key = config.apiKey === undefined ? 'no API key required' : 'API key required'
    out.log(`sms-preflight serve: listening on ${bound} (POST /v2/batches, GET /v2/batches/{id}, GET /v2/batches?tag=…; ${key}; Ctrl-C stops)`)
  })
  return server
}
