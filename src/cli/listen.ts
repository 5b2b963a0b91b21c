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
 *   body refused from its `Content-Length` is never sent at all. What is still coming of a
 *   refused body is read and dropped, never kept, so that the client reads its 413 (the
 *   request timeout bounds how long).
 * - SIGINT and SIGTERM stop it: no new connections, idle ones closed, busy ones given 5 s.
 *
 * @packageDocumentation
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
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

/** The URL's host part of an address (`[::1]` for IPv6). */
const hostPart = (address: string): string => (address.includes(':') ? `[${address}]` : address)

/** The body as a web stream that pulls from Node's request (paused while the handler does not read). */
function bodyOf(req: IncomingMessage, res: ServerResponse, expectsContinue: boolean): ReadableStream<Uint8Array> {
  let finished = false
  let continued = !expectsContinue
  const finish = (): boolean => {
    if (finished) return false
    finished = true
    return true
  }
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
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
    { highWaterMark: 4 },
  )
}

/** The web request of a Node request (the origin is the server's own, never the Host header). */
function requestOf(req: IncomingMessage, res: ServerResponse, origin: string, expectsContinue: boolean): Request {
  const target = req.url ?? '/'
  const url = target.startsWith('/') ? new URL(origin + target) : new URL(target, origin)
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] ?? '', raw[i + 1] ?? '')
  const method = req.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD'
  // `duplex: 'half'` is what Node's fetch needs for a streamed body; its types predate it.
  const init: RequestInit & { duplex?: 'half' } = hasBody
    ? { method, headers, body: bodyOf(req, res, expectsContinue), duplex: 'half' }
    : { method, headers }
  return new Request(url, init)
}

/** Writes a web response to Node's response. */
async function writeResponse(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = req.method === 'HEAD' || response.body === null ? undefined : new Uint8Array(await response.arrayBuffer())
  res.statusCode = response.status
  response.headers.forEach((value, name) => res.setHeader(name, value))
  if (body !== undefined) res.setHeader('Content-Length', body.byteLength)
  res.end(body)
}

/** A problem response written straight to a socket, for what never reached the handler. */
function rawProblem(status: number, detail: string): string {
  const p = httpProblem(status, detail)
  const body = JSON.stringify(p)
  return `HTTP/1.1 ${status} ${p.title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
}

/** A problem answered by this adapter itself (the handler never saw the request). */
function sendProblem(res: ServerResponse, status: number, detail: string): void {
  res.writeHead(status, { 'Content-Type': 'application/problem+json' })
  res.end(JSON.stringify(httpProblem(status, detail)))
}

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
    keepAliveTimeout: 5000,
  })
  let origin = `http://${hostPart(config.host)}`
  // The last exchange on each socket, so that an error never writes over a response.
  const exchanges = new WeakMap<Socket, { readonly req: IncomingMessage; readonly res: ServerResponse }>()

  const handle = (req: IncomingMessage, res: ServerResponse, expectsContinue: boolean): void => {
    const started = performance.now()
    exchanges.set(req.socket, { req, res })
    const line = (status: number | string): string =>
      `${new Date().toISOString()} ${req.method ?? '-'} ${req.url ?? '-'} ${status} ${Math.round(performance.now() - started)} ms`
    let request: Request
    try {
      request = requestOf(req, res, origin, expectsContinue)
    } catch (e) {
      sendProblem(res, 400, `The request cannot be read: ${String(e)}`)
      out.log(line(400))
      return
    }
    handler(request)
      .then((response) => {
        if (res.destroyed || req.socket.destroyed) {
          out.log(line(`${response.status} not sent (the connection was closed)`))
          void response.body?.cancel()
          return undefined
        }
        return writeResponse(response, req, res).then(() => out.log(line(response.status)))
      })
      .catch((e: unknown) => {
        out.log(line(`500 (${String(e)})`))
        if (!res.headersSent && !res.destroyed) sendProblem(res, 500, `The response could not be written: ${String(e)}`)
        else res.destroy()
      })
  }
  server.on('request', (req: IncomingMessage, res: ServerResponse) => handle(req, res, false))
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => handle(req, res, true))
  server.on('clientError', (e: NodeJS.ErrnoException, socket: Socket) => {
    // A client that hangs up mid-request has nobody left to answer.
    if (e.code === 'ECONNRESET' || e.code === 'HPE_INVALID_EOF_STATE' || !socket.writable) {
      socket.destroy()
      return
    }
    const timeout = e.code === 'ERR_HTTP_REQUEST_TIMEOUT'
    const status = timeout ? 408 : 400
    const detail = timeout
      ? `The request did not arrive within ${config.requestTimeoutMs / 1000} s; the connection is closed.`
      : `The request is not HTTP this server can read (${e.code ?? e.message}).`
    out.log(`${new Date().toISOString()} - - ${status} (${timeout ? 'request timeout: cut off' : (e.code ?? e.message)})`)
    // The error is about a new request unless an exchange is still under way on the socket;
    // then only while its response has not started.
    const last = exchanges.get(socket)
    const answerable = last === undefined || (last.req.complete && last.res.writableFinished) || !last.res.headersSent
    if (answerable) socket.write(rawProblem(status, detail))
    socket.destroy()
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
