// `sms-preflight serve` over real HTTP, on 127.0.0.1 with ports the system picks: the built
// command line (bin/sms-preflight.cjs) answering Node's fetch, curl, a raw socket and the
// source page's PHP client. The build goes to a temporary directory so that it never races
// other tests reading dist/. No assertion depends on tight timing: bounds are generous.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { Agent, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareBatchJson } from '../../src/batchJson'
import { startServer } from '../../src/cli/listen'
import { toProblemDetails } from '../../src/server/problem'
import { ensureProgram } from '../programs'

const root = join(__dirname, '..', '..')
const KEY = 'sk-test-7Hq2'
const PAGE = { sender: 'iP1', recipients: ['46712345678'], body: 'Test message rest v2', type: 'sms', datacoding: 'gsm', priority: 1, reference: 'Test', tags: ['Test SMS'] }
const MB = 1024 * 1024

let tmp = ''
let bin = ''

interface Running {
  readonly child: ChildProcessWithoutNullStreams
  readonly url: string
  readonly lines: string[]
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Starts `serve --port 0 …` and waits for the address it prints. */
function start(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const base: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...env }
  if (env['SMS_PREFLIGHT_API_KEY'] === undefined) delete base['SMS_PREFLIGHT_API_KEY']
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd: tmp, env: base })
  const lines: string[] = []
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  return new Promise((resolve, reject) => {
    let buffered = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (d: string) => lines.push(...d.split('\n').filter((l) => l !== '').map((l) => `stderr: ${l}`)))
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (d: string) => {
      buffered += d
      const parts = buffered.split('\n')
      buffered = parts.pop() ?? ''
      for (const line of parts) {
        lines.push(line)
        const m = /listening on (http:\/\/\S+) /.exec(line)
        if (m?.[1] !== undefined) resolve({ child, url: m[1], lines, exited })
      }
    })
    void exited.then(({ code }) => reject(new Error(`serve exited (${String(code)}) before listening: ${lines.join('\n')}`)))
  })
}

/** Stops a server with a signal and waits for it to exit. */
async function stop(server: Running, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (server.child.exitCode === null) server.child.kill(signal)
  return server.exited
}

/** The server process's resident memory now and at its peak, in MB (Linux /proc; else ps, now only). */
function memoryOf(pid: number | undefined): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8')
    const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
  } catch {
    const rss = Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()) / 1024
    return { rss, peak: rss }
  }
}

const json = { 'Content-Type': 'application/json' }
const auth = { ...json, Authorization: `Bearer ${KEY}` }

/**
 * Writes `text` on a new connection and gives everything read until the server closes it (each
 * use makes the server close: `Connection: close`, or an answer that cuts the connection off).
 * With `latin1`, each character of `text` is written as the one byte it codes (`\xa0` is 0xA0).
 */
function raw(base: string, text: string, encoding: 'utf8' | 'latin1' = 'utf8'): Promise<string> {
  const url = new URL(base)
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname)
    let received = ''
    socket.setEncoding('latin1')
    socket.on('data', (d: string) => (received += d))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve(received))
    socket.write(text, encoding)
  })
}

/** An answer read by {@link raw}: its status, its header fields (names in lower case), and its body as UTF-8. */
function parsed(received: string): { readonly status: number; readonly headers: Record<string, string>; readonly body: string } {
  const end = received.indexOf('\r\n\r\n')
  const [statusLine = '', ...fields] = received.slice(0, end).split('\r\n')
  const headers: Record<string, string> = {}
  for (const field of fields) {
    const colon = field.indexOf(':')
    headers[field.slice(0, colon).toLowerCase()] = field.slice(colon + 1).trim()
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(received.slice(end + 4), 'latin1').toString('utf8') }
}

/** The problem's `detail` of an answer's body, or the body as it is when it holds none. */
const detailOf = (body: string): string => {
  try {
    return (JSON.parse(body) as { detail: string }).detail
  } catch {
    return body
  }
}

/** Waits until the server has printed a line that matches (the test's own timeout is the bound). */
function logged(server: Running, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    const found = (): boolean => {
      const line = server.lines.find((l) => pattern.test(l))
      if (line === undefined) return false
      server.child.stdout.off('data', look)
      resolve(line)
      return true
    }
    // Listening after the server's own listener, so that the line is in server.lines when this runs.
    const look = (): void => void found()
    if (!found()) server.child.stdout.on('data', look)
  })
}

interface Exchange {
  readonly status: number | undefined
  readonly headers: IncomingHttpHeaders
  readonly body: string
  /** Whether the request went on a connection an earlier request used (Node's `reusedSocket`). */
  readonly reused: boolean
  /** Whether the server sent `100 Continue`. */
  readonly continued: boolean
}

/**
 * One request with Node's http client. With `expectContinue`, the body is sent only when the
 * server says `100 Continue` (as curl and .NET's HttpClient do), else at once.
 */
function exchange(base: string, agent: Agent | false, method: string, path: string, headers: OutgoingHttpHeaders, body?: Uint8Array, expectContinue = false): Promise<Exchange> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    let continued = false
    const req = httpRequest({ host: url.hostname, port: Number(url.port), agent, method, path, headers: expectContinue ? { ...headers, Expect: '100-continue' } : headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d: string) => (text += d))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text, reused: req.reusedSocket, continued }))
    })
    req.on('error', reject)
    if (expectContinue) {
      req.on('continue', () => {
        continued = true
        req.end(body)
      })
      req.flushHeaders()
    } else req.end(body)
  })
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sms-preflight-serve-'))
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', join(tmp, 'dist')], { cwd: root, encoding: 'utf8' })
  if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`)
  mkdirSync(join(tmp, 'bin'))
  copyFileSync(join(root, 'bin', 'sms-preflight.cjs'), join(tmp, 'bin', 'sms-preflight.cjs'))
  copyFileSync(join(root, 'package.json'), join(tmp, 'package.json'))
  symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir')
  bin = join(tmp, 'bin', 'sms-preflight.cjs')
}, 240_000)

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

describe('sms-preflight serve over HTTP', () => {
  let server: Running
  beforeAll(async () => {
    // A request timeout no upload of these tests comes near, however loaded the machine: the
    // 50 MB bodies are drained after their 413, and a server that cut them off would make the
    // client's next write fail. The trickling client has a server of its own with 2 s.
    server = await start(['--api-key', KEY, '--timeout', '600'])
    // curl and the page's PHP client are real clients of the stand-in: found, or installed.
    await ensureProgram('curl', 'curl')
    await ensureProgram('php', 'php-cli')
  }, 900_000)
  afterAll(async () => {
    await stop(server, 'SIGKILL')
  })

  it('prints the loopback address it bound to on a port the system picked', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.url).not.toBe('http://127.0.0.1:0')
  })

  it("answers Node's fetch: 201 with Location for the page's request, then the same body at its Location", async () => {
    const created = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: auth, body: JSON.stringify(PAGE) })
    const body = (await created.json()) as { id: string; request: { sender: string }; summary: { segments: number } }
    const location = created.headers.get('location') ?? ''
    const again = await fetch(`${server.url}${location}`, { headers: auth })
    expect([created.status, location, body.request.sender, body.summary.segments, again.status, await again.json()]).toStrictEqual([
      201,
      `/v2/batches/${body.id}`,
      'iP1',
      1,
      200,
      body,
    ])
  })

  it('warns recipient.not_mobile for a landline, with libphonenumber-js installed (a dev dependency here), as check does', async () => {
    const text = JSON.stringify({ ...PAGE, recipients: ['46712345678', '46812345678'] })
    const r = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: auth, body: text })
    const body = (await r.json()) as { warnings: Array<{ code: string; path: string }> }
    expect([r.status, body.warnings.map((w) => [w.code, w.path])]).toStrictEqual([201, [['recipient.not_mobile', '/recipients/1']]])
  })

  it('answers malformed JSON with 400 problem details giving its line and column', async () => {
    const r = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: auth, body: '{\n  "sender": "iP1",\n  "recipients": ["46712345678"]\n  "body": "Hi"\n}' })
    const body = (await r.json()) as { issues: Array<{ code: string; source: { line: number; column: number } }>; detail: string }
    expect([r.status, r.headers.get('content-type'), body.issues.map((i) => [i.code, i.source.line, i.source.column]), body.detail]).toStrictEqual([
      400,
      'application/problem+json',
      [['json.invalid', 4, 3]],
      'The request is not valid JSON at line 4, column 3: an unexpected character, expected "," or "}", found "\\"".',
    ])
  })

  it('answers bad or missing credentials with 401 and WWW-Authenticate', async () => {
    const wrong = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: { ...json, Authorization: 'Bearer nope' }, body: JSON.stringify(PAGE) })
    const none = await fetch(`${server.url}/v2/batches`, { headers: json })
    expect([wrong.status, wrong.headers.get('www-authenticate'), none.status, none.headers.get('www-authenticate')]).toStrictEqual([
      401,
      'Bearer realm="sms-preflight", error="invalid_token"',
      401,
      'Bearer realm="sms-preflight"',
    ])
  })

  it('rule: a refused request\'s unread body never stalls the connection: after a 401, 404 or 405 to a 2 MB POST, the next request on the same socket is answered', async () => {
    // One socket at most: every request after the first must go on the connection the 2 MB
    // bodies were sent on. Before the fix the rest of the body stayed unread and the GET after
    // it was never parsed (the test then ran into its timeout).
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const big = new Uint8Array(2 * MB).fill(0x20)
    const seen: Array<Array<unknown>> = []
    try {
      for (const [method, path, headers] of [
        ['POST', '/v2/batches', { ...json, Authorization: 'Bearer nope' }],
        ['POST', '/v2/nothing', auth],
        ['POST', '/v2/batches/b1', auth],
      ] as const) {
        const refused = await exchange(server.url, agent, method, path, { ...headers, 'Content-Length': big.byteLength }, big)
        const next = await exchange(server.url, agent, 'GET', '/v2/batches?limit=1', { Authorization: `Bearer ${KEY}` })
        seen.push([refused.status, refused.headers['connection'], next.status, next.reused])
      }
    } finally {
      agent.destroy()
    }
    expect(seen).toStrictEqual([
      [401, 'keep-alive', 200, true],
      [404, 'keep-alive', 200, true],
      [405, 'keep-alive', 200, true],
    ])
  }, 120_000)

  it('rule: 100 Continue only when the handler reads the body: Expect: 100-continue gets a 401, 404 or 405 without it (and the connection closed), a good request gets it', async () => {
    const body = new TextEncoder().encode(JSON.stringify(PAGE))
    const sized = (headers: Record<string, string>): OutgoingHttpHeaders => ({ ...headers, 'Content-Length': body.byteLength })
    // A keep-alive client, so that "close" is the server's word, not the client's.
    const agent = new Agent({ keepAlive: true })
    const answers = await Promise.all([
      exchange(server.url, agent, 'POST', '/v2/batches', sized({ ...json, Authorization: 'Bearer nope' }), body, true),
      exchange(server.url, agent, 'POST', '/v2/nothing', sized(auth), body, true),
      exchange(server.url, agent, 'PUT', '/v2/batches', sized(auth), body, true),
      exchange(server.url, agent, 'POST', '/v2/batches', sized(auth), body, true),
    ]).finally(() => agent.destroy())
    expect(answers.map((a) => [a.status, a.continued, a.headers['connection']])).toStrictEqual([
      [401, false, 'close'],
      [404, false, 'close'],
      [405, false, 'close'],
      [201, true, 'keep-alive'],
    ])
  }, 60_000)

  it('rule: answers go in the order asked (RFC 9112 §9.3.2): a valid POST pipelined with garbage gets its 201 first, then the 400', async () => {
    const body = JSON.stringify(PAGE)
    const received = await raw(
      server.url,
      `POST /v2/batches HTTP/1.1\r\nHost: stand-in\r\nContent-Type: application/json\r\nAuthorization: Bearer ${KEY}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}NOT HTTP AT ALL\r\n\r\n`,
    )
    // The 400 after it is optional (the connection may close first); the 201 is not.
    expect(received).toMatch(/^HTTP\/1\.1 201 Created\r\n[^]*?\r\n\r\n\{"id":"b\d+"[^]*?\}(HTTP\/1\.1 400 Bad Request\r\n[^]*)?$/)
  }, 60_000)

  it('rule: answers go in the order asked when the later request\'s body is what fails: a valid POST, then a chunked POST with a bad chunk size, gets its 201 first, then the 400', async () => {
    const body = JSON.stringify(PAGE)
    const received = await raw(
      server.url,
      `POST /v2/batches HTTP/1.1\r\nHost: stand-in\r\nContent-Type: application/json\r\nAuthorization: Bearer ${KEY}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}` +
        `POST /v2/batches HTTP/1.1\r\nHost: stand-in\r\nContent-Type: application/json\r\nAuthorization: Bearer ${KEY}\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n`,
    )
    // The stored batch's 201 must reach the client before anything else: a 400 first would be
    // read as the answer to the batch the server stored.
    expect(received).toMatch(/^HTTP\/1\.1 201 Created\r\n[^]*?\r\n\r\n\{"id":"b\d+"[^]*?\}HTTP\/1\.1 400 Bad Request\r\n/)
  }, 60_000)

  it('rule: headers too large are 431 Request Header Fields Too Large (RFC 6585 §5), with Cache-Control: no-store', async () => {
    const received = await raw(server.url, `GET /v2/batches HTTP/1.1\r\nHost: stand-in\r\nAuthorization: Bearer ${KEY}\r\nX-Padding: ${'a'.repeat(64 * 1024)}\r\n\r\n`)
    expect(received).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n[^]*\r\nCache-Control: no-store\r\n[^]*"type":"https:\/\/tools\.ietf\.org\/html\/rfc6585#section-5","title":"Request Header Fields Too Large","status":431/)
  }, 60_000)

  it('rule: a method a fetch Request refuses (TRACE) is 405 with Allow like any other unsupported method, 404 on another path', async () => {
    const answers = await Promise.all(
      [
        ['TRACE', '/v2/batches'],
        ['TRACE', '/v2/batches/b1'],
        ['TRACE', '/v2/nothing'],
      ].map(async ([method, path]) => exchange(server.url, false, method ?? '', path ?? '', { Authorization: `Bearer ${KEY}` })),
    )
    expect(answers.map((a) => [a.status, a.headers['allow'], a.headers['cache-control'], (JSON.parse(a.body) as { detail: string }).detail])).toStrictEqual([
      [405, 'GET, HEAD, POST, OPTIONS', 'no-store', 'TRACE is not allowed on /v2/batches; allowed: GET, HEAD, POST, OPTIONS.'],
      [405, 'GET, HEAD, OPTIONS', 'no-store', 'TRACE is not allowed on /v2/batches/b1; allowed: GET, HEAD, OPTIONS.'],
      [404, undefined, 'no-store', 'Nothing is at /v2/nothing: this stand-in answers /v2/batches and /v2/batches/{id}.'],
    ])
  }, 60_000)

  it('rule: CONNECT is answered as TRACE is (405 with the path\'s Allow, 404 on another path; for host:port, 405 with an empty Allow: no proxy here), as problem details, logged', async () => {
    const answers = await Promise.all(
      [
        ['/v2/batches', 'stand-in'],
        ['/v2/batches/b1', 'stand-in'],
        ['/v2/nothing', 'stand-in'],
        ['127.0.0.1:9', '127.0.0.1:9'],
      ].map(async ([target = '', host = '']) => parsed(await raw(server.url, `CONNECT ${target} HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${KEY}\r\n\r\n`))),
    )
    expect(answers.map((a) => [a.status, a.headers['allow'], a.headers['content-type'], a.headers['cache-control'], a.headers['connection'], detailOf(a.body)])).toStrictEqual([
      [405, 'GET, HEAD, POST, OPTIONS', 'application/problem+json', 'no-store', 'close', 'CONNECT is not allowed on /v2/batches; allowed: GET, HEAD, POST, OPTIONS.'],
      [405, 'GET, HEAD, OPTIONS', 'application/problem+json', 'no-store', 'close', 'CONNECT is not allowed on /v2/batches/b1; allowed: GET, HEAD, OPTIONS.'],
      [404, undefined, 'application/problem+json', 'no-store', 'close', 'Nothing is at /v2/nothing: this stand-in answers /v2/batches and /v2/batches/{id}.'],
      [405, '', 'application/problem+json', 'no-store', 'close', 'CONNECT 127.0.0.1:9 is not allowed: this stand-in is no proxy; it answers /v2/batches and /v2/batches/{id}.'],
    ])
    await expect(logged(server, / CONNECT \/v2\/batches\/b1 405 \d+ ms$/)).resolves.toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z CONNECT/)
    await expect(logged(server, / CONNECT 127\.0\.0\.1:9 405 \d+ ms$/)).resolves.toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z CONNECT/)
  }, 60_000)

  it('rule: an HTTP/1.1 request without Host, or any with two, is 400 problem details with no-store, logged (RFC 9112 §3.2); HTTP/1.0 needs no Host', async () => {
    const asked = [
      `GET /v2/batches/no-host HTTP/1.1\r\nAuthorization: Bearer ${KEY}\r\n\r\n`,
      `GET /v2/batches/two-hosts HTTP/1.1\r\nHost: a\r\nHost: b\r\nAuthorization: Bearer ${KEY}\r\nConnection: close\r\n\r\n`,
      `GET /v2/batches?limit=1 HTTP/1.0\r\nAuthorization: Bearer ${KEY}\r\n\r\n`,
    ]
    const answers = await Promise.all(asked.map(async (text) => parsed(await raw(server.url, text))))
    expect(answers.map((a) => [a.status, a.headers['content-type'], a.headers['cache-control'], a.status === 200 ? '' : detailOf(a.body)])).toStrictEqual([
      [400, 'application/problem+json', 'no-store', 'An HTTP/1.1 request needs a Host header field (RFC 9112 §3.2).'],
      [400, 'application/problem+json', 'no-store', 'The request has 2 Host header fields; HTTP allows one (RFC 9112 §3.2).'],
      [200, 'application/json', 'no-store', ''],
    ])
    await logged(server, / GET \/v2\/batches\/no-host 400 \d+ ms$/)
    await logged(server, / GET \/v2\/batches\/two-hosts 400 \d+ ms$/)
  }, 60_000)

  it('rule: an expectation other than 100-continue is 417 Expectation Failed as problem details with no-store, logged, the connection closed', async () => {
    const answer = parsed(await raw(server.url, `POST /v2/batches/expect HTTP/1.1\r\nHost: stand-in\r\nAuthorization: Bearer ${KEY}\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n`))
    expect([answer.status, answer.headers['content-type'], answer.headers['cache-control'], answer.headers['connection'], JSON.parse(answer.body)]).toStrictEqual([
      417,
      'application/problem+json',
      'no-store',
      'close',
      {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.18',
        title: 'Expectation Failed',
        status: 417,
        detail: 'This server meets no expectation but 100-continue, not "Expect: 200-ok".',
      },
    ])
    await logged(server, / POST \/v2\/batches\/expect 417 \d+ ms$/)
  }, 60_000)

  it('rule: every answer to HEAD is bodiless, the adapter\'s own too (a body it cannot read, no Host); only a request refused before its method is read (headers too large) gets its body', async () => {
    const chunked = (method: string): string => `${method} /v2/batches HTTP/1.1\r\nHost: stand-in\r\nAuthorization: Bearer ${KEY}\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n`
    const answers = await Promise.all(
      [
        chunked('HEAD'),
        chunked('GET'),
        'HEAD /v2/batches HTTP/1.1\r\n\r\n',
        `HEAD /v2/batches HTTP/1.1\r\nHost: stand-in\r\nX-Padding: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
      ].map(async (text) => parsed(await raw(server.url, text))),
    )
    expect(answers.map((a) => [a.status, a.headers['content-type'], a.headers['cache-control'], detailOf(a.body)])).toStrictEqual([
      [400, 'application/problem+json', 'no-store', ''],
      [400, 'application/problem+json', 'no-store', 'The request is not HTTP this server can read (HPE_INVALID_CHUNK_SIZE).'],
      [400, 'application/problem+json', 'no-store', ''],
      [431, 'application/problem+json', 'no-store', "The request's header fields are larger than this server reads (HPE_HEADER_OVERFLOW)."],
    ])
  }, 60_000)

  it('rule: only spaces and tabs around the key are stripped: with a byte 0xA0 before or after it (U+00A0, as Node reads it) the key is wrong, 401', async () => {
    const ask = (authorization: string): Promise<string> =>
      raw(server.url, `GET /v2/batches?limit=1 HTTP/1.1\r\nHost: stand-in\r\nAuthorization: ${authorization}\r\nConnection: close\r\n\r\n`, 'latin1')
    const answers = await Promise.all([`Bearer ${KEY}\xa0`, `Bearer \xa0${KEY}`, `Bearer \t ${KEY} \t`].map(async (a) => parsed(await ask(a))))
    expect(answers.map((a) => [a.status, a.headers['www-authenticate']])).toStrictEqual([
      [401, 'Bearer realm="sms-preflight", error="invalid_token"'],
      [401, 'Bearer realm="sms-preflight", error="invalid_token"'],
      [200, undefined],
    ])
  }, 60_000)

  it('rule: the adapter\'s own answers carry Cache-Control: no-store (a request target that is no URL: 400)', async () => {
    const received = await raw(server.url, 'GET http://[bad HTTP/1.1\r\nHost: stand-in\r\nConnection: close\r\n\r\n')
    expect(received).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*\r\ncache-control: no-store\r\n[^]*"detail":"The request cannot be read: /i)
  }, 60_000)

  it('answers 200 concurrent posts with 201 each, every one with its own id', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const r = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: auth, body: JSON.stringify({ ...PAGE, tags: ['load', `n${i}`] }) })
        return { status: r.status, id: ((await r.json()) as { id: string }).id }
      }),
    )
    const listed = await fetch(`${server.url}/v2/batches?tag=load&limit=500`, { headers: auth })
    const ids = ((await listed.json()) as { batches: Array<{ id: string }> }).batches.map((b) => b.id)
    expect([answers.every((a) => a.status === 201), new Set(answers.map((a) => a.id)).size, new Set(ids).size]).toStrictEqual([true, 200, 200])
    expect([...ids].sort()).toStrictEqual(answers.map((a) => a.id).sort())
  }, 120_000)

  it('answers curl', () => {
    const curl = (args: string[]): string => spawnSync('curl', ['-s', '-i', '--max-time', '60', ...args], { encoding: 'utf8' }).stdout
    const created = curl(['-X', 'POST', '-H', 'Content-Type: application/json', '-H', `Authorization: Bearer ${KEY}`, '--data', JSON.stringify(PAGE), `${server.url}/v2/batches`])
    const bad = curl(['-X', 'POST', '-H', 'Content-Type: application/json', '-H', `Authorization: Bearer ${KEY}`, '--data', '{"sender":"iP1",}', `${server.url}/v2/batches`])
    const form = curl(['-X', 'POST', '-H', `Authorization: Bearer ${KEY}`, '--data', 'sender=iP1', `${server.url}/v2/batches`])
    const put = curl(['-X', 'PUT', '-H', `Authorization: Bearer ${KEY}`, `${server.url}/v2/batches`])
    expect(created).toMatch(/^HTTP\/1\.1 201 Created\r\n[^]*\r\nlocation: \/v2\/batches\/b\d+\r\n[^]*\r\n\r\n\{"id":"b\d+","created":/i)
    expect(bad).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*"source":\{"line":1,"column":17,"offset":16,"length":1\}/)
    expect(form).toMatch(/^HTTP\/1\.1 415 Unsupported Media Type\r\n/)
    expect(put).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n[^]*allow: GET, HEAD, POST, OPTIONS\r\n/i)
  }, 120_000)

  it('cuts off a client that trickles its body: 408 and the connection closed by the server', async () => {
    // --timeout 2: the whole request must arrive within 2 s. The client sends one byte every
    // 200 ms of a 1000-byte body, so it would need 200 s.
    // The server closing the connection resolves the promise (the client never would: it needs
    // 200 s); the test's own timeout is the only bound, and no clock is read.
    const strict = await start(['--api-key', KEY, '--timeout', '2'])
    const result = await new Promise<{ received: string }>((resolve) => {
      const url = new URL(strict.url)
      const socket = connect(Number(url.port), url.hostname)
      let received = ''
      const drip = setInterval(() => {
        if (!socket.destroyed) socket.write(' ')
      }, 200)
      socket.setEncoding('utf8')
      socket.on('data', (d: string) => (received += d))
      socket.on('error', () => undefined)
      socket.on('close', () => {
        clearInterval(drip)
        resolve({ received })
      })
      socket.write(`POST /v2/batches HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nAuthorization: Bearer ${KEY}\r\nContent-Length: 1000\r\n\r\n`)
    })
    try {
      expect(result.received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n[^]*\r\nCache-Control: no-store\r\n[^]*"status":408/)
      expect(strict.lines.some((l) => / - - 408 \(request timeout: cut off\)$/.test(l))).toBe(true)
    } finally {
      await stop(strict, 'SIGKILL')
    }
  }, 90_000)

  it('refuses a 50 MB body with 413 and its memory stays flat (Content-Length, chunked, and curl with Expect: 100-continue)', async () => {
    const pid = server.child.pid
    // Warm up, so the baseline includes what any request costs.
    for (let i = 0; i < 20; i++) await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: auth, body: JSON.stringify(PAGE) })
    const before = memoryOf(pid)
    const figures: string[] = []

    const withLength = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: auth, body: new Uint8Array(50 * MB).fill(0x20) })
    const lengthProblem = (await withLength.json()) as { status: number; maxBodyBytes: number }
    const afterLength = memoryOf(pid)
    figures.push(`Content-Length: RSS ${before.rss.toFixed(1)} → ${afterLength.rss.toFixed(1)} MB, peak ${before.peak.toFixed(1)} → ${afterLength.peak.toFixed(1)} MB`)

    let pushed = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pushed >= 50 * MB) return controller.close()
        pushed += 64 * 1024
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20))
      },
    })
    const chunked = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: auth, body: endless, duplex: 'half' } as RequestInit)
    const chunkedStatus = chunked.status
    await chunked.text()
    const afterChunked = memoryOf(pid)
    figures.push(`chunked: RSS ${afterLength.rss.toFixed(1)} → ${afterChunked.rss.toFixed(1)} MB, peak → ${afterChunked.peak.toFixed(1)} MB`)

    const file = join(tmp, 'big.json')
    writeFileSync(file, Buffer.alloc(50 * MB, 0x20))
    const curl = spawnSync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '--max-time', '60', '-X', 'POST', '-H', 'Content-Type: application/json', '-H', `Authorization: Bearer ${KEY}`, '--data-binary', `@${file}`, `${server.url}/v2/batches`], { encoding: 'utf8' })
    const curlStatus = curl.stdout
    rmSync(file)
    const after = memoryOf(pid)
    figures.push(`curl: RSS ${afterChunked.rss.toFixed(1)} → ${after.rss.toFixed(1)} MB, peak → ${after.peak.toFixed(1)} MB`)
    console.log(`50 MB bodies, server process memory:\n  ${figures.join('\n  ')}`)

    expect([withLength.status, lengthProblem.status, lengthProblem.maxBodyBytes, chunkedStatus]).toStrictEqual([413, 413, 10 * MB, 413])
    expect(curlStatus).toBe('413')
    // Flat: never near the 50 MB sent (each body read holds at most the 10 MiB limit).
    expect({ peakGrowthUnder100MB: after.peak - before.peak < 100, rssGrowthUnder100MB: after.rss - before.rss < 100 }).toStrictEqual({
      peakGrowthUnder100MB: true,
      rssGrowthUnder100MB: true,
    })
    // And it still answers.
    const ok = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: auth, body: JSON.stringify(PAGE) })
    expect(ok.status).toBe(201)
  }, 180_000)

  it("answers the page's PHP client", () => {
    const client = join(root, 'docs', 'guides', 'send-sms.php')
    const php = (args: string[]): string => spawnSync('php', [client, ...args], { encoding: 'utf8', env: { ...process.env, SMS_PREFLIGHT_API_KEY: KEY }, timeout: 60_000 }).stdout
    const base = `${server.url.slice('http://'.length)}/v2/`
    const valid = php([base])
    const invalid = php([base, 'iP'])
    expect(valid).toMatch(/^HTTP\/1\.1 201 Created\n\{"id":"b\d+","created":"[^"]+","request":\{"sender":"iP1","recipients":\[\{"msisdn":"46712345678","at":0,"values":\{\}\}\]/)
    // PHP's json_encode writes the message as JSON.stringify does (same keys, same order), so
    // the answer is the problem details of that text.
    const checked = prepareBatchJson(JSON.stringify({ ...PAGE, sender: 'iP' }), { now: new Date("2026-12-01T00:00:00Z") })
    const problem = toProblemDetails(checked._tag === 'Left' ? checked.left : [])
    expect(invalid).toBe(`HTTP/1.1 400 Bad Request\n${JSON.stringify(problem)}\n`)
    expect(problem.issues.map((i) => [i.code, i.source])).toStrictEqual([['sender.alphanumeric_length', { line: 1, column: 11, offset: 10, length: 4 }]])
  }, 120_000)

  it('logs one line per request: time, method, target, status, milliseconds', () => {
    const requests = server.lines.filter((l) => /^\d{4}-\d\d-\d\dT[\d:.]+Z (GET|POST|PUT) \/v2\/batches\S* \d{3} \d+ ms$/.test(l))
    expect(requests.length).toBeGreaterThanOrEqual(200)
    expect(server.lines.some((l) => / POST \/v2\/batches 413 \d+ ms$/.test(l))).toBe(true)
  })
})

describe('sms-preflight serve: start and stop', () => {
  it('takes the key from SMS_PREFLIGHT_API_KEY', async () => {
    const server = await start([], { SMS_PREFLIGHT_API_KEY: 'from-env' })
    try {
      const statuses = await Promise.all(
        ['from-env', 'other'].map(async (k) => (await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${k}` }, body: JSON.stringify(PAGE) })).status),
      )
      expect(statuses).toStrictEqual([201, 401])
    } finally {
      await stop(server, 'SIGKILL')
    }
  }, 60_000)

  it('warns no recipient.not_mobile with --no-number-types', async () => {
    const server = await start(['--no-number-types'])
    try {
      const text = JSON.stringify({ ...PAGE, recipients: ['46812345678'] })
      const r = await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: json, body: text })
      expect([r.status, ((await r.json()) as { warnings: unknown[] }).warnings]).toStrictEqual([201, []])
    } finally {
      await stop(server, 'SIGKILL')
    }
  }, 60_000)

  it.each(['SIGTERM', 'SIGINT'] as const)('exits 0 on %s, saying it stopped', async (signal) => {
    const server = await start([])
    expect((await fetch(`${server.url}/v2/batches`, { method: 'POST', headers: json, body: JSON.stringify(PAGE) })).status).toBe(201)
    const exit = await stop(server, signal)
    expect([exit, server.lines.slice(-2)]).toStrictEqual([{ code: 0, signal: null }, [`sms-preflight serve: ${signal}, stopping`, 'sms-preflight serve: stopped']])
  }, 60_000)

  it('exits 1 with one line when the address cannot be bound', async () => {
    const first = await start([])
    const port = new URL(first.url).port
    try {
      const second = spawnSync(process.execPath, [bin, 'serve', '--port', port], { cwd: tmp, encoding: 'utf8', timeout: 60_000 })
      expect([second.status, second.stderr]).toStrictEqual([1, `sms-preflight serve: cannot listen on 127.0.0.1:${port} (EADDRINUSE)\n`])
    } finally {
      await stop(first, 'SIGKILL')
    }
  }, 60_000)
})

describe('the Node adapter with a handler of its own that leaves the body unread', () => {
  it('rule: an answer given before the body arrived drains the rest (the connection is reused) or, when the client awaits 100 Continue, closes it', async () => {
    // In-process, so that the handler can be one that neither reads nor cancels the body: the
    // adapter alone must keep the connection usable.
    const signals = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') }
    const lines: string[] = []
    // It reads the first chunk of a body, then answers, leaving the rest unread and the stream
    // neither read on nor cancelled.
    const handler = async (request: Request): Promise<Response> => {
      if (request.body !== null && request.headers.get('expect') === null) await request.body.getReader().read()
      return new Response(`${request.method} refused`, { status: 403 })
    }
    const server = startServer({ port: 0, host: '127.0.0.1', apiKey: undefined, requestTimeoutMs: 600_000, numberType: undefined }, { log: (l) => lines.push(l), error: (l) => lines.push(l) }, handler)
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    try {
      await new Promise<void>((resolve) => server.once('listening', () => resolve()))
      const address = server.address()
      const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
      const big = new Uint8Array(2 * MB).fill(0x20)
      const refused = await exchange(base, agent, 'POST', '/v2/batches', { ...json, 'Content-Length': big.byteLength }, big)
      const next = await exchange(base, agent, 'GET', '/v2/batches', {})
      const awaiting = await exchange(base, agent, 'POST', '/v2/batches', { ...json, 'Content-Length': big.byteLength }, big, true)
      expect([
        [refused.status, refused.body, refused.headers['connection']],
        [next.status, next.body, next.reused],
        [awaiting.status, awaiting.continued, awaiting.headers['connection']],
      ]).toStrictEqual([
        [403, 'POST refused', 'keep-alive'],
        [403, 'GET refused', true],
        [403, false, 'close'],
      ])
    } finally {
      agent.destroy()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      for (const name of ['SIGINT', 'SIGTERM'] as const) {
        for (const listener of process.listeners(name)) if (!signals[name].includes(listener)) process.removeListener(name, listener)
      }
    }
  }, 120_000)
})
