// The fetch handler in-process (SPEC "The doors into other code", step 10): every route and
// status, the limits, the store, the options; and mounted in a Hono app as it is.
import * as E from 'fp-ts/Either'
import { Hono } from 'hono'
import { prepareBatchJson } from '../../src/batchJson'
import { createHandler, sameKey, type FetchHandler, type HandlerOptions } from '../../src/server/handler'
import { toProblemDetails } from '../../src/server/problem'
import type { PricingOptions } from '../../src/pricing'

const NOW = new Date('2026-11-25T00:00:00Z')
const now = (): Date => NOW
const URL_ = 'http://stand-in.test/v2/batches'
const JSON_TYPE = { 'Content-Type': 'application/json' }

const PAGE = { sender: 'iP1', recipients: ['46712345678'], body: 'Test message rest v2', type: 'sms', datacoding: 'gsm', priority: 1, reference: 'Test', tags: ['Test SMS'] }
const PAGE_TEXT = JSON.stringify(PAGE)

const post = (body: NonNullable<RequestInit['body']> | null, headers: Record<string, string> = JSON_TYPE, init: RequestInit = {}): Request =>
  new Request(URL_, { method: 'POST', headers, body, ...init })

const get = (path: string, headers: Record<string, string> = {}): Request => new Request(`http://stand-in.test${path}`, { headers })

async function answer(handler: FetchHandler, request: Request): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  const response = await handler(request)
  const text = await response.text()
  const headers: Record<string, string> = {}
  response.headers.forEach((v, k) => (headers[k] = v))
  return { status: response.status, headers, body: text === '' ? null : (JSON.parse(text) as unknown) }
}

/** What prepareBatchJson says, as the 201 carries it (through JSON). */
function expected201(id: string, text: string, options: { pricing?: HandlerOptions['pricing'] } = {}): unknown {
  const r = prepareBatchJson(text, options.pricing === undefined ? { now: NOW } : { now: NOW, pricing: options.pricing })
  if (E.isLeft(r)) throw new Error('the request is invalid')
  const { request, windows, summary, warnings } = r.right
  return JSON.parse(JSON.stringify({ id, created: NOW.toISOString(), request, windows, summary, warnings }))
}

/** A body stream that gives `chunk` forever (or `count` times), counting what was pulled. */
function endless(chunk: Uint8Array, count = Infinity): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
  let pulled = 0
  let cancelled = false
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled / chunk.byteLength >= count) return controller.close()
        pulled += chunk.byteLength
        controller.enqueue(chunk)
      },
      cancel() {
        cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, pulled: () => pulled, cancelled: () => cancelled }
}

const streamed = (stream: ReadableStream<Uint8Array>, headers: Record<string, string> = JSON_TYPE): Request =>
  new Request(URL_, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit)

describe('createHandler', () => {
  describe('POST /v2/batches', () => {
    it('answers a valid batch with 201, Location /v2/batches/{id} and the id, normalised request, windows, summary and warnings', async () => {
      const handler = createHandler({ now })
      const r = await answer(handler, post(PAGE_TEXT))
      expect(r).toStrictEqual({
        status: 201,
        headers: { 'cache-control': 'no-store', 'content-type': 'application/json', location: '/v2/batches/b1' },
        body: expected201('b1', PAGE_TEXT),
      })
    })

    it('prices the summary when pricing is set', async () => {
      const pricing = { account: 'SE', pricePerSegment: '0.35' } as const
      const r = await answer(createHandler({ now, pricing }), post(PAGE_TEXT))
      expect(r.body).toStrictEqual(expected201('b1', PAGE_TEXT, { pricing }))
      expect((r.body as { summary: { price: { total: { amount: string } } } }).summary.price.total.amount).toBe('0.3500')
    })

    it('carries the warnings of a valid batch in its 201', async () => {
      const text = JSON.stringify({ sender: 'iP1', recipients: ['46712345678', '46712345678'], body: 'Hi' })
      const r = await answer(createHandler({ now }), post(text))
      expect(r.status).toBe(201)
      expect((r.body as { warnings: Array<{ code: string }> }).warnings.map((w) => w.code)).toStrictEqual(['recipient.duplicate'])
    })

    it('answers an invalid batch with 400 application/problem+json from toProblemDetails, every issue with its line and column', async () => {
      const text = '{\n  "sender": "iP",\n  "recipients": ["4671234567x"],\n  "body": "Hi"\n}'
      const r = await answer(createHandler({ now }), post(text))
      const issues = prepareBatchJson(text, { now: NOW })
      expect(E.isLeft(issues)).toBe(true)
      expect(r).toStrictEqual({
        status: 400,
        headers: { 'cache-control': 'no-store', 'content-type': 'application/problem+json' },
        body: JSON.parse(JSON.stringify(toProblemDetails(E.isLeft(issues) ? issues.left : []))),
      })
      const body = r.body as { issues: Array<{ code: string; path: string; source: { line: number; column: number } }>; errors: unknown }
      expect(body.issues.map((i) => [i.code, i.path, i.source.line, i.source.column])).toStrictEqual([
        ['sender.alphanumeric_length', '/sender', 2, 13],
        ['recipient.non_digit', '/recipients/0', 3, 18],
      ])
      expect(Object.keys(body.errors as object)).toStrictEqual(['/sender', '/recipients/0'])
    })

    it('answers malformed JSON with 400 and json.invalid at its line and column', async () => {
      const r = await answer(createHandler({ now }), post('{\n  "sender": "iP1",\n  "body": "Hi",,\n}'))
      const body = r.body as { status: number; issues: Array<{ code: string; source: unknown; params: unknown }> }
      expect([r.status, body.issues.map((i) => [i.code, i.source, i.params])]).toStrictEqual([
        400,
        [['json.invalid', { line: 3, column: 16, offset: 36, length: 1 }, { problem: 'unexpected_character', expected: 'key', found: ',', line: 3, column: 16 }]],
      ])
    })

    it('answers an empty body with 400 json.invalid (empty)', async () => {
      const r = await answer(createHandler({ now }), post(null))
      const body = r.body as { issues: Array<{ code: string; params: { problem: string } }> }
      expect([r.status, body.issues.map((i) => [i.code, i.params.problem])]).toStrictEqual([400, [['json.invalid', 'empty']]])
    })

    it('answers bytes that are not UTF-8 with 400 json.invalid (not_text) at the character where they stand, never replacing them', async () => {
      const bytes = new Uint8Array([...new TextEncoder().encode('{\n  "body": "r'), 0xe4, ...new TextEncoder().encode('ksm"\n}')])
      const r = await answer(createHandler({ now }), post(bytes))
      expect(r).toStrictEqual({
        status: 400,
        headers: { 'cache-control': 'no-store', 'content-type': 'application/problem+json' },
        body: {
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
          title: 'One or more validation errors occurred.',
          status: 400,
          detail: 'The body is not UTF-8: the byte 0xE4 at byte offset 14 (line 2, column 13) begins no UTF-8 sequence.',
          issues: [
            {
              severity: 'error',
              code: 'json.invalid',
              path: '',
              message: 'The request is not valid JSON at line 2, column 13: a byte there is not UTF-8.',
              params: { problem: 'not_text', line: 2, column: 13 },
              source: { line: 2, column: 13, offset: 14, length: 1 },
            },
          ],
          errors: { '': ['The request is not valid JSON at line 2, column 13: a byte there is not UTF-8.'] },
        },
      })
    })

    it('accepts application/json with charset=utf-8 or utf8 (quoted or not, any case), other parameters and +json types, and a UTF-8 byte order mark', async () => {
      const handler = createHandler({ now })
      const statuses = await Promise.all(
        [
          post(PAGE_TEXT, { 'Content-Type': 'application/json; charset=utf-8' }),
          post(PAGE_TEXT, { 'Content-Type': 'Application/JSON;Charset="UTF-8"' }),
          post(PAGE_TEXT, { 'Content-Type': 'application/json; charset=utf8' }),
          post(PAGE_TEXT, { 'Content-Type': 'application/json; charset="utf8"' }),
          post(PAGE_TEXT, { 'Content-Type': 'application/json; profile=batch; charset=utf-8' }),
          post(PAGE_TEXT, { 'Content-Type': 'application/json;' }),
          post(PAGE_TEXT, { 'Content-Type': 'application/vnd.batch+json' }),
          post(PAGE_TEXT, { 'Content-Type': 'application/json', 'Content-Encoding': 'identity' }),
          post(PAGE_TEXT, { 'Content-Type': 'application/json', 'Content-Encoding': 'IDENTITY' }),
          post(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PAGE_TEXT)])),
        ].map(async (req) => (await handler(req)).status),
      )
      expect(statuses).toStrictEqual(Array.from({ length: 10 }, () => 201))
    })

    it('refuses a body with two byte order marks as prepareBatchJson does (json.invalid at the second, column 1)', async () => {
      const handler = createHandler({ now })
      const response = await handler(post(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PAGE_TEXT)])))
      const body = (await response.json()) as { issues: Array<{ code: string; source: unknown }> }
      expect([response.status, body.issues.map((i) => [i.code, i.source])]).toStrictEqual([400, [['json.invalid', { line: 1, column: 1, offset: 1, length: 1 }]]])
    })

    it('refuses a body that is not JSON in UTF-8 with 415, saying what it accepts', async () => {
      const handler = createHandler({ now })
      const cases: Array<Record<string, string>> = [
        {},
        { 'Content-Type': 'application/x-www-form-urlencoded' },
        { 'Content-Type': 'text/plain' },
        { 'Content-Type': 'application/+json' },
        { 'Content-Type': 'application/a/b+json' },
        { 'Content-Type': 'text/vnd.batch+json' },
        { 'Content-Type': 'application/json; charset=iso-8859-1' },
        { 'Content-Type': 'application/json; charset="utf-8' },
        { 'Content-Type': 'application/json; charset=utf-8"' },
      ]
      // Bytes, so that no Content-Type is added for the case without one.
      const bytes = new TextEncoder().encode(PAGE_TEXT)
      const answers = await Promise.all(cases.map(async (headers) => answer(handler, post(bytes, headers))))
      expect(new Set(answers.map((a) => [a.status, a.headers['accept'], a.headers['accept-post']].join(' ')))).toStrictEqual(new Set(['415 application/json application/json']))
      expect(answers.map((a) => [a.status, a.headers['accept'], (a.body as { detail: string }).detail])).toStrictEqual([
        [415, 'application/json', 'The body must be JSON, sent with "Content-Type: application/json".'],
        [415, 'application/json', 'The body must be JSON, sent with "Content-Type: application/json", not "application/x-www-form-urlencoded".'],
        [415, 'application/json', 'The body must be JSON, sent with "Content-Type: application/json", not "text/plain".'],
        [415, 'application/json', 'The body must be JSON, sent with "Content-Type: application/json", not "application/+json".'],
        [415, 'application/json', 'The body must be JSON, sent with "Content-Type: application/json", not "application/a/b+json".'],
        [415, 'application/json', 'The body must be JSON, sent with "Content-Type: application/json", not "text/vnd.batch+json".'],
        [415, 'application/json', 'The body must be UTF-8 JSON, not charset=iso-8859-1.'],
        // A quote that is opened and never closed (or the reverse) is no quoted value.
        [415, 'application/json', 'The body must be UTF-8 JSON, not charset="utf-8.'],
        [415, 'application/json', 'The body must be UTF-8 JSON, not charset=utf-8".'],
      ])
    })

    it('refuses a body with a content coding (gzip) with 415 and Accept-Encoding: identity', async () => {
      const r = await answer(createHandler({ now }), post(PAGE_TEXT, { ...JSON_TYPE, 'Content-Encoding': 'gzip' }))
      expect([r.status, r.headers['accept-encoding'], (r.body as { detail: string }).detail]).toStrictEqual([
        415,
        'identity',
        'The body must not be encoded (Content-Encoding: gzip); send it as it is.',
      ])
    })

    it('refuses with 413 from Content-Length alone, reading nothing of the body', async () => {
      const body = endless(new Uint8Array(1024))
      const handler = createHandler({ now, maxBodyBytes: 4096 })
      const r = await answer(handler, streamed(body.stream, { ...JSON_TYPE, 'Content-Length': '4097' }))
      expect([r.status, r.body, body.pulled(), body.cancelled()]).toStrictEqual([
        413,
        {
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.14',
          title: 'Content Too Large',
          status: 413,
          detail: 'The body is larger than 4096 bytes, the most this stand-in accepts.',
          maxBodyBytes: 4096,
        },
        0,
        true,
      ])
    })

    it('refuses a streamed body with 413 as soon as it passes maxBodyBytes, reading no further', async () => {
      const body = endless(new Uint8Array(1024).fill(0x20))
      const r = await answer(createHandler({ now, maxBodyBytes: 10_000 }), streamed(body.stream))
      // 9 chunks fit; the 10th passes the limit and is the last read.
      expect([r.status, body.pulled(), body.cancelled()]).toStrictEqual([413, 10 * 1024, true])
    })

    it('reads the body when Content-Length holds no number', async () => {
      const r = await answer(createHandler({ now }), streamed(endless(new TextEncoder().encode(PAGE_TEXT), 1).stream, { ...JSON_TYPE, 'Content-Length': 'many' }))
      expect(r.status).toBe(201)
    })

    it('reads a body whose Content-Length is exactly maxBodyBytes, or holds a number no body has', async () => {
      const bytes = new TextEncoder().encode(PAGE_TEXT)
      const handler = createHandler({ now, maxBodyBytes: bytes.byteLength })
      const sent = (length: string): Request => streamed(endless(bytes, 1).stream, { ...JSON_TYPE, 'Content-Length': length })
      const statuses = await Promise.all([String(bytes.byteLength), '0', '-1'].map(async (length) => (await handler(sent(length))).status))
      expect(statuses).toStrictEqual([201, 201, 201])
    })

    it('accepts a body of exactly maxBodyBytes', async () => {
      const text = PAGE_TEXT.padEnd(PAGE_TEXT.length + 10)
      const bytes = new TextEncoder().encode(text)
      const r = await answer(createHandler({ now, maxBodyBytes: bytes.byteLength }), post(bytes))
      expect(r.status).toBe(201)
    })

    it('reads a body that arrives in many chunks', async () => {
      const bytes = new TextEncoder().encode(PAGE_TEXT)
      let i = 0
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (i >= bytes.length) return controller.close()
          controller.enqueue(bytes.subarray(i, i + 7))
          i += 7
        },
      })
      const r = await answer(createHandler({ now }), streamed(stream))
      expect([r.status, r.body]).toStrictEqual([201, expected201('b1', PAGE_TEXT)])
    })

    it('answers a body stream that fails with 400, saying it could not be read', async () => {
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.error(new Error('connection reset'))
        },
      })
      const r = await answer(createHandler({ now }), streamed(stream))
      expect([r.status, (r.body as { detail: string }).detail]).toStrictEqual([400, 'The body could not be read to its end (Error: connection reset).'])
    })

    it('answers a body stream that gives something other than bytes with 400', async () => {
      const stream = new ReadableStream<unknown>({
        start(controller) {
          controller.enqueue('text, not bytes')
          controller.close()
        },
      })
      const r = await answer(createHandler({ now }), streamed(stream as ReadableStream<Uint8Array>))
      expect([r.status, (r.body as { detail: string }).detail]).toStrictEqual([400, 'The body could not be read to its end (the body stream gave something other than bytes).'])
    })

    it('answers a body already read (by middleware before it) with 400', async () => {
      const request = post(PAGE_TEXT)
      await request.text()
      const r = await answer(createHandler({ now }), request)
      expect(r.status).toBe(400)
      expect((r.body as { detail: string }).detail).toMatch(/^The body could not be read to its end \(TypeError\b/)
    })
  })

  describe('GET /v2/batches/{id}', () => {
    it('answers the Location of a 201 with the same body, and HEAD with its headers only', async () => {
      const handler = createHandler({ now })
      const created = await answer(handler, post(PAGE_TEXT))
      const again = await answer(handler, get(created.headers['location'] ?? ''))
      const head = await answer(handler, new Request(`http://stand-in.test${created.headers['location'] ?? ''}`, { method: 'HEAD' }))
      expect([again.status, again.body, head.status, head.body, head.headers['content-type']]).toStrictEqual([200, created.body, 200, null, 'application/json'])
    })

    it('answers 404 problem details for an id it does not hold', async () => {
      const r = await answer(createHandler({ now }), get('/v2/batches/b7'))
      expect(r).toStrictEqual({
        status: 404,
        headers: { 'cache-control': 'no-store', 'content-type': 'application/problem+json' },
        body: {
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
          title: 'Not Found',
          status: 404,
          detail: 'No batch "b7" is stored here (this stand-in keeps batches in memory, the oldest dropped past its limits).',
        },
      })
    })
  })

  describe('GET /v2/batches', () => {
    async function filled(): Promise<FetchHandler> {
      const handler = createHandler({ now })
      const tagged = [['a'], ['a', 'b'], [], ['b'], ['a', 'b'], ['a']]
      for (const tags of tagged) await handler(post(JSON.stringify({ ...PAGE, tags })))
      return handler
    }
    const ids = (body: unknown): string[] => (body as { batches: Array<{ id: string }> }).batches.map((b) => b.id)

    it('lists every batch newest first, each with its id, location, created, reference, tags and summary', async () => {
      const handler = createHandler({ now })
      await handler(post(PAGE_TEXT))
      const created = (await answer(handler, post(JSON.stringify({ ...PAGE, reference: null, tags: [] })))).body as { summary: unknown }
      const r = await answer(handler, get('/v2/batches'))
      expect(r.body).toStrictEqual({
        batches: [
          { id: 'b2', location: '/v2/batches/b2', created: NOW.toISOString(), reference: null, tags: [], summary: created.summary },
          { id: 'b1', location: '/v2/batches/b1', created: NOW.toISOString(), reference: 'Test', tags: ['Test SMS'], summary: created.summary },
        ],
        next: null,
      })
    })

    it('filters by tag: a batch is listed when it carries every tag asked for', async () => {
      const handler = await filled()
      const lists = await Promise.all(['?tag=a', '?tag=b', '?tag=a&tag=b', '?tag=c', ''].map(async (q) => ids((await answer(handler, get(`/v2/batches${q}`))).body)))
      expect(lists).toStrictEqual([['b6', 'b5', 'b2', 'b1'], ['b5', 'b4', 'b2'], ['b5', 'b2'], [], ['b6', 'b5', 'b4', 'b3', 'b2', 'b1']])
    })

    it('pages with limit and before, giving next (and a Link header) while more match', async () => {
      const handler = await filled()
      const first = await answer(handler, get('/v2/batches?tag=a&limit=3'))
      const next = (first.body as { next: string }).next
      const second = await answer(handler, get(next))
      expect([ids(first.body), next, first.headers['link'], ids(second.body), (second.body as { next: unknown }).next, second.headers['link']]).toStrictEqual([
        ['b6', 'b5', 'b2'],
        '/v2/batches?tag=a&limit=3&before=b2',
        '</v2/batches?tag=a&limit=3&before=b2>; rel="next"',
        ['b1'],
        null,
        undefined,
      ])
    })

    it('takes a limit from 1 to 500 in decimal digits, and answers application/json', async () => {
      const handler = await filled()
      const answers = await Promise.all(['?limit=1', '?limit=9', '?limit=10', '?limit=500'].map(async (q) => answer(handler, get(`/v2/batches${q}`))))
      expect(answers.map((a) => [a.status, a.headers['content-type'], ids(a.body).length])).toStrictEqual([
        [200, 'application/json', 1],
        [200, 'application/json', 6],
        [200, 'application/json', 6],
        [200, 'application/json', 6],
      ])
    })

    it('refuses an unknown parameter, a bad or repeated limit and a bad before with 400', async () => {
      const handler = createHandler({ now })
      const queries = ['?tags=a', '?limit=0', '?limit=501', '?limit=1e2', '?limit=', '?limit=1000', '?limit=05', '?limit=1&limit=2', '?before=x7', '?before=b07', '?before=b1&before=b2']
      const answers = await Promise.all(queries.map(async (q) => answer(handler, get(`/v2/batches${q}`))))
      expect(answers.map((a) => [a.status, (a.body as { detail: string }).detail])).toStrictEqual([
        [400, 'Unknown query parameter "tags": a listing takes tag (repeatable), limit and before.'],
        [400, 'limit must be an integer from 1 to 500, not "0".'],
        [400, 'limit must be an integer from 1 to 500, not "501".'],
        [400, 'limit must be an integer from 1 to 500, not "1e2".'],
        [400, 'limit must be an integer from 1 to 500, not "".'],
        [400, 'limit must be an integer from 1 to 500, not "1000".'],
        [400, 'limit must be an integer from 1 to 500, not "05".'],
        [400, 'limit and before may each be given once.'],
        [400, 'before must be a batch id such as "b12", not "x7".'],
        [400, 'before must be a batch id such as "b12", not "b07".'],
        [400, 'limit and before may each be given once.'],
      ])
    })
  })

  describe('methods and paths', () => {
    it('answers other methods with 405 and Allow, OPTIONS with 204 and Allow, other paths with 404', async () => {
      const handler = createHandler({ now, apiKey: 'k' })
      const cases: Array<[string, string]> = [
        ['PUT', '/v2/batches'],
        ['DELETE', '/v2/batches'],
        ['POST', '/v2/batches/b1'],
        ['PATCH', '/v2/batches/b1'],
        ['OPTIONS', '/v2/batches'],
        ['OPTIONS', '/v2/batches/b1'],
        ['GET', '/v2/batch'],
        ['GET', '/v2/batches/'],
        ['GET', '/v2/batches/b1/messages'],
      ]
      const answers = await Promise.all(cases.map(async ([method, path]) => answer(handler, new Request(`http://stand-in.test${path}`, { method }))))
      expect(answers.map((a) => [a.status, a.headers['allow'] ?? null])).toStrictEqual([
        [405, 'GET, HEAD, POST, OPTIONS'],
        [405, 'GET, HEAD, POST, OPTIONS'],
        [405, 'GET, HEAD, OPTIONS'],
        [405, 'GET, HEAD, OPTIONS'],
        [204, 'GET, HEAD, POST, OPTIONS'],
        [204, 'GET, HEAD, OPTIONS'],
        [404, null],
        [404, null],
        [404, null],
      ])
      expect((answers[0]?.body as { detail: string }).detail).toBe('PUT is not allowed on /v2/batches; allowed: GET, HEAD, POST, OPTIONS.')
      expect((answers[6]?.body as { detail: string }).detail).toBe('Nothing is at /v2/batch: this stand-in answers /v2/batches and /v2/batches/{id}.')
    })
  })

  describe('what every answer carries', () => {
    it('rule: every answer carries Cache-Control: no-store, the 204 to OPTIONS too', async () => {
      const handler = createHandler({ now, apiKey: 'k' })
      const auth = { ...JSON_TYPE, Authorization: 'Bearer k' }
      const requests = [
        new Request(URL_, { method: 'OPTIONS' }),
        new Request(`${URL_}/b1`, { method: 'OPTIONS' }),
        post(PAGE_TEXT, auth),
        post('{', auth),
        get('/v2/batches', auth),
        get('/v2/batches/b9', auth),
        get('/v2/batches'),
        new Request(URL_, { method: 'PUT' }),
        get('/v2/nothing'),
      ]
      const answers = await Promise.all(requests.map(async (r) => answer(handler, r)))
      expect(answers.map((a) => [a.status, a.headers['cache-control']])).toStrictEqual([
        [204, 'no-store'],
        [204, 'no-store'],
        [201, 'no-store'],
        [400, 'no-store'],
        [200, 'no-store'],
        [404, 'no-store'],
        [401, 'no-store'],
        [405, 'no-store'],
        [404, 'no-store'],
      ])
    })

    it('rule: HEAD is GET without the body, for every answer (200, 401, 404, 400, 500), with the headers GET would have', async () => {
      const handler = createHandler({ now, apiKey: 'k' })
      const head = (path: string, headers: Record<string, string> = {}): Request => new Request(`http://stand-in.test${path}`, { method: 'HEAD', headers })
      const auth = { Authorization: 'Bearer k' }
      const requests = [
        head('/v2/batches', auth),
        head('/v2/batches'),
        head('/v2/batches/b9', auth),
        head('/v2/nothing'),
        head('/v2/batches?tags=x', auth),
      ]
      const misconfigured = createHandler({ apiKey: '' })
      const responses = [...(await Promise.all(requests.map(async (r) => handler(r)))), await misconfigured(head('/v2/batches'))]
      const seen = await Promise.all(responses.map(async (r) => [r.status, r.body, await r.text(), r.headers.get('content-type'), r.headers.get('www-authenticate')]))
      expect(seen).toStrictEqual([
        [200, null, '', 'application/json', null],
        [401, null, '', 'application/problem+json', 'Bearer realm="sms-preflight"'],
        [404, null, '', 'application/problem+json', null],
        [404, null, '', 'application/problem+json', null],
        [400, null, '', 'application/problem+json', null],
        [500, null, '', 'application/problem+json', null],
      ])
    })

    it('rule: a body the route does not read is cancelled once it has answered (401, 404, 405, 204 to OPTIONS), never left unread', async () => {
      const handler = createHandler({ now, apiKey: 'k' })
      const chunk = new Uint8Array(1024).fill(0x20)
      const cases: Array<[string, string, Record<string, string>]> = [
        ['POST', URL_, JSON_TYPE],
        ['POST', 'http://stand-in.test/v2/nothing', { ...JSON_TYPE, Authorization: 'Bearer k' }],
        ['POST', `${URL_}/b1`, { ...JSON_TYPE, Authorization: 'Bearer k' }],
        ['PUT', URL_, { ...JSON_TYPE, Authorization: 'Bearer k' }],
        ['OPTIONS', URL_, JSON_TYPE],
      ]
      const seen = await Promise.all(
        cases.map(async ([method, url, headers]) => {
          const body = endless(chunk)
          const r = await handler(new Request(url, { method, headers, body: body.stream, duplex: 'half' } as RequestInit))
          await r.arrayBuffer()
          return [r.status, body.pulled(), body.cancelled()]
        }),
      )
      expect(seen).toStrictEqual([
        [401, 0, true],
        [404, 0, true],
        [405, 0, true],
        [405, 0, true],
        [204, 0, true],
      ])
    })
  })

  describe('the order of the checks', () => {
    it('rule: the path first (404), then the method (405, OPTIONS 204 with no key), then the key (401)', async () => {
      // The paths and methods are public (the OpenAPI document says them) and a CORS preflight
      // never carries credentials, so checking the key first would hide nothing.
      const handler = createHandler({ now, apiKey: 'k' })
      const wrongKey = { ...JSON_TYPE, Authorization: 'Bearer nope' }
      const cases: Array<[string, string, Record<string, string>]> = [
        ['GET', '/v2/nothing', {}],
        ['GET', '/v2/nothing', wrongKey],
        ['DELETE', '/v2/batches', {}],
        ['POST', '/v2/batches/b1', wrongKey],
        ['OPTIONS', '/v2/batches', {}],
        ['GET', '/v2/batches', {}],
        ['POST', '/v2/batches', wrongKey],
      ]
      const statuses = await Promise.all(cases.map(async ([method, path, headers]) => (await handler(new Request(`http://stand-in.test${path}`, { method, headers }))).status))
      expect(statuses).toStrictEqual([404, 404, 405, 405, 204, 401, 401])
    })
  })

  describe('apiKey', () => {
    const key = 'sk_test_4f9a'
    const withAuth = (authorization: string | undefined): Request =>
      post(PAGE_TEXT, authorization === undefined ? JSON_TYPE : { ...JSON_TYPE, Authorization: authorization })

    it('requires Authorization: Bearer <key> on every request but OPTIONS: 401 with WWW-Authenticate otherwise', async () => {
      const handler = createHandler({ now, apiKey: key })
      const answers = await Promise.all(
        [undefined, 'Basic c2s6', `Bearer`, 'Bearer sk_test_4f9b', 'Bearer sk_test_4f9', 'Bearer sk_test_4f9aa', `Token ${key}`, `Bearer${key}`].map(async (a) => answer(handler, withAuth(a))),
      )
      expect(answers.map((a) => [a.status, a.headers['www-authenticate']])).toStrictEqual([
        [401, 'Bearer realm="sms-preflight"'],
        [401, 'Bearer realm="sms-preflight"'],
        [401, 'Bearer realm="sms-preflight"'],
        [401, 'Bearer realm="sms-preflight", error="invalid_token"'],
        [401, 'Bearer realm="sms-preflight", error="invalid_token"'],
        [401, 'Bearer realm="sms-preflight", error="invalid_token"'],
        [401, 'Bearer realm="sms-preflight"'],
        // No space after the scheme: no bearer token at all (RFC 6750 §2.1).
        [401, 'Bearer realm="sms-preflight"'],
      ])
      expect((answers[3]?.body as { detail: string }).detail).toBe('The API key in "Authorization: Bearer <key>" is not the one this stand-in was started with.')
      expect(answers[0]?.body).toStrictEqual({
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2',
        title: 'Unauthorized',
        status: 401,
        detail: 'Send the API key as "Authorization: Bearer <key>".',
      })
      const reads = await Promise.all([get('/v2/batches'), get('/v2/batches/b1')].map(async (r) => (await handler(r)).status))
      expect(reads).toStrictEqual([401, 401])
    })

    it('rule: a key must be visible ASCII (0x21 to 0x7E), what an Authorization header carries; any other is a 500 that says so', async () => {
      const refused = ['clé', 'ключ', '🔑', ' key', 'key ', 'a b', 'tab\tkey', 'line\nkey', '\u007fkey', 'nbsp\u00a0']
      const accepted = ['!', '~', 'sk-test_7Hq2', 'a+b/c==', '"quoted";,{}[]\\']
      const refusals = await Promise.all(refused.map(async (apiKey) => answer(createHandler({ now, apiKey }), post(PAGE_TEXT))))
      expect(refusals.map((r) => [r.status, (r.body as { detail: string }).detail])).toStrictEqual(
        refused.map(() => [
          500,
          'The stand-in is misconfigured: apiKey must be a non-empty string of visible ASCII characters (! to ~: no space, no control, nothing beyond ASCII), which an Authorization header can carry.',
        ]),
      )
      const statuses = await Promise.all(accepted.map(async (apiKey) => (await createHandler({ now, apiKey })(withAuth(`Bearer ${apiKey}`))).status))
      expect(statuses).toStrictEqual(accepted.map(() => 201))
    })

    it('accepts the key with the scheme in any case', async () => {
      const handler = createHandler({ now, apiKey: key })
      const statuses = await Promise.all([`Bearer ${key}`, `bearer ${key}`, `BEARER  ${key} `].map(async (a) => (await handler(withAuth(a))).status))
      expect(statuses).toStrictEqual([201, 201, 201])
    })

    it('rule: only spaces and tabs are stripped around the token, never another character trim() strips (U+00A0, which Node reads the byte 0xA0 as, a vertical tab, a form feed)', async () => {
      const handler = createHandler({ now, apiKey: key })
      const strippable = [`Bearer \t${key}`, `Bearer ${key} \t `, `Bearer\u0020\u0020${key}\t\t`]
      const kept = ['\u00a0', '\u000b', '\u000c'].flatMap((c) => [`Bearer ${key}${c}`, `Bearer ${c}${key}`])
      const answers = await Promise.all([...strippable, ...kept].map(async (a) => answer(handler, withAuth(a))))
      expect(answers.map((r) => [r.status, r.headers['www-authenticate']])).toStrictEqual([
        ...strippable.map(() => [201, undefined]),
        ...kept.map(() => [401, 'Bearer realm="sms-preflight", error="invalid_token"']),
      ])
    })
  })

  describe('sameKey', () => {
    const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
    it('is true for equal bytes only, whatever the lengths', () => {
      expect([sameKey(bytes('abc'), bytes('abc')), sameKey(bytes('abd'), bytes('abc')), sameKey(bytes('ab'), bytes('abc')), sameKey(bytes('abc\0'), bytes('abc')), sameKey(bytes(''), bytes(''))]).toStrictEqual([
        true,
        false,
        false,
        false,
        true,
      ])
    })
  })

  describe('storage', () => {
    it('drops the oldest batches past maxStoredBatches', async () => {
      const handler = createHandler({ now, maxStoredBatches: 2 })
      for (let i = 0; i < 3; i++) await handler(post(PAGE_TEXT))
      const statuses = await Promise.all(['b1', 'b2', 'b3'].map(async (id) => (await handler(get(`/v2/batches/${id}`))).status))
      expect(statuses).toStrictEqual([404, 200, 200])
    })

    it('drops the oldest batches past maxStoredBytes, always keeping the newest', async () => {
      const handler = createHandler({ now, maxStoredBytes: 1000 })
      for (let i = 0; i < 3; i++) await handler(post(PAGE_TEXT))
      const statuses = await Promise.all(['b1', 'b2', 'b3'].map(async (id) => (await handler(get(`/v2/batches/${id}`))).status))
      expect(statuses).toStrictEqual([404, 404, 200])
    })

    it('gives every batch its own id when 200 requests are in flight at once', async () => {
      const handler = createHandler({ now })
      const answers = await Promise.all(Array.from({ length: 200 }, async () => handler(post(PAGE_TEXT))))
      const locations = answers.map((a) => [a.status, a.headers.get('location')])
      expect(new Set(locations.map(([, l]) => l)).size).toBe(200)
      expect(locations.every(([s]) => s === 201)).toBe(true)
    })

    it('keeps a store per handler', async () => {
      const one = createHandler({ now })
      const two = createHandler({ now })
      await one(post(PAGE_TEXT))
      expect([(await two(get('/v2/batches/b1'))).status, (await one(get('/v2/batches/b1'))).status]).toStrictEqual([404, 200])
    })
  })

  describe('options', () => {
    it('reads the clock once per accepted batch when now is not given', async () => {
      // Only Date is faked (the streams and promises keep their real scheduling): the default
      // "now" is the faked clock, so the test never reads the real one.
      jest.useFakeTimers({
        now: new Date('2031-03-04T05:06:07.000Z'),
        doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
      })
      try {
        const r = await answer(createHandler(), post(PAGE_TEXT))
        expect([r.status, (r.body as { created: string }).created]).toStrictEqual([201, '2031-03-04T05:06:07.000Z'])
      } finally {
        jest.useRealTimers()
      }
    })

    it('answers every request with a 500 that says why when the options cannot be used', async () => {
      const cases: unknown[] = [
        { apiKey: '' },
        { apiKey: 42 },
        { now: new Date(0) },
        { maxBodyBytes: 0 },
        { maxStoredBytes: 1.5 },
        { maxStoredBatches: Number.NaN },
        'options',
        { apiKey: '', maxBodyBytes: 0 },
        Object.defineProperty({}, 'apiKey', {
          enumerable: true,
          get() {
            throw new Error('no')
          },
        }),
      ]
      const details = await Promise.all(
        cases.map(async (options) => {
          const r = await answer(createHandler(options as HandlerOptions), post(PAGE_TEXT))
          return [r.status, (r.body as { detail: string }).detail]
        }),
      )
      expect(details).toStrictEqual([
        [500, 'The stand-in is misconfigured: apiKey must be a non-empty string of visible ASCII characters (! to ~: no space, no control, nothing beyond ASCII), which an Authorization header can carry.'],
        [500, 'The stand-in is misconfigured: apiKey must be a non-empty string of visible ASCII characters (! to ~: no space, no control, nothing beyond ASCII), which an Authorization header can carry.'],
        [500, 'The stand-in is misconfigured: now must be a function that returns a Date.'],
        [500, 'The stand-in is misconfigured: maxBodyBytes must be a positive integer.'],
        [500, 'The stand-in is misconfigured: maxStoredBytes must be a positive integer.'],
        [500, 'The stand-in is misconfigured: maxStoredBatches must be a positive integer.'],
        [500, 'The stand-in is misconfigured: the options must be an object.'],
        [500, 'The stand-in is misconfigured: apiKey must be a non-empty string of visible ASCII characters (! to ~: no space, no control, nothing beyond ASCII), which an Authorization header can carry; maxBodyBytes must be a positive integer.'],
        [500, 'The stand-in is misconfigured: the options could not be read (Error: no).'],
      ])
    })

    it('answers with a 500 carrying the pricing issues when pricing is invalid, each message said in the detail', async () => {
      const r = await answer(createHandler({ now, pricing: { account: 'SE', pricePerSegment: '0.123456' } }), get('/v2/batches'))
      const body = r.body as { status: number; detail: string; issues: Array<{ code: string; message: string }>; errors: unknown }
      expect([r.status, body.issues.map((i) => i.code), body.errors]).toStrictEqual([500, ['pricing.price_too_precise'], { '/pricePerSegment': body.issues.map((i) => i.message) }])
      const two = (await answer(createHandler({ now, pricing: { account: 'se', pricePerSegment: '-1' } as unknown as PricingOptions }), get('/v2/batches'))).body as typeof body
      expect([two.issues.map((i) => i.code), two.detail]).toStrictEqual([
        ['pricing.invalid_account', 'pricing.price_negative'],
        `The stand-in is misconfigured: pricing is invalid: ${two.issues.map((i) => i.message).join(' ')}.`,
      ])
    })

    it('warns recipient.not_mobile in a 201 for a number numberType calls a landline, as prepareBatch does', async () => {
      const numberType = (msisdn: string): string => (msisdn === '46812345678' ? 'fixed_line' : 'mobile')
      const text = JSON.stringify({ ...PAGE, recipients: ['46712345678', '46812345678'] })
      const r = await answer(createHandler({ now, numberType }), post(text))
      const warnings = (r.body as { warnings: Array<{ code: string; path: string }> }).warnings
      expect([r.status, warnings.map((w) => [w.code, w.path])]).toStrictEqual([201, [['recipient.not_mobile', '/recipients/1']]])
    })

    it('answers 500 when numberType is not a function', async () => {
      const r = await answer(createHandler({ now, numberType: 'fixed_line' } as unknown as HandlerOptions), post(PAGE_TEXT))
      expect([r.status, (r.body as { detail: string }).detail]).toStrictEqual([
        500,
        "The stand-in is misconfigured: numberType must be a function that gives a number's type (numberType of sms-preflight/numbers).",
      ])
    })

    it('ignores inherited options', async () => {
      const options = Object.create({ apiKey: 'inherited' }) as HandlerOptions
      expect((await createHandler(options)(post(PAGE_TEXT))).status).toBe(201)
    })

    it('answers 500 when now throws or is not a valid Date, never blaming the client', async () => {
      const throwing = await answer(
        createHandler({
          now: () => {
            throw new Error('clock broken')
          },
        }),
        post(PAGE_TEXT),
      )
      const invalid = await answer(createHandler({ now: () => new Date(Number.NaN) }), post(PAGE_TEXT))
      expect([throwing.status, (throwing.body as { detail: string }).detail]).toStrictEqual([500, 'The stand-in\'s clock (the "now" option) threw: Error: clock broken.'])
      const said = invalid.body as { detail: string; issues: Array<{ code: string; path: string; message: string }> }
      // The issue is about the options, not a place in the request: the empty pointer.
      expect([invalid.status, said.issues.map((i) => [i.code, i.path]), said.detail]).toStrictEqual([
        500,
        [['options.now_invalid', '']],
        `The stand-in is misconfigured: ${said.issues.map((i) => i.message).join(' ')}`,
      ])
    })
  })

  describe('never throws', () => {
    it('answers what is not a Request with a 500 problem', async () => {
      const handler = createHandler({ now })
      const r = await answer(handler, {} as Request)
      expect([r.status, r.headers['content-type'], (r.body as { detail: string }).detail]).toStrictEqual([
        500,
        'application/problem+json',
        'The stand-in failed on this request: TypeError: Invalid URL.',
      ])
      // A Proxy that throws on every read: still a 500, never an exception (its body and
      // method cannot be read to cancel or to tell a HEAD).
      const revoked = Proxy.revocable({}, {})
      revoked.revoke()
      const hostile = await answer(handler, revoked.proxy as Request)
      expect([hostile.status, (hostile.body as { detail: string }).detail]).toStrictEqual([500, 'The stand-in failed on this request: TypeError: Cannot perform \'get\' on a proxy that has been revoked.'])
    })
  })

  describe('mounted in Hono', () => {
    it('answers as it is, mounted with app.mount', async () => {
      const app = new Hono()
      app.mount('/', createHandler({ now }))
      const res = await app.request('/v2/batches', { method: 'POST', headers: JSON_TYPE, body: PAGE_TEXT })
      expect([res.status, res.headers.get('location'), await res.json()]).toStrictEqual([201, '/v2/batches/b1', expected201('b1', PAGE_TEXT)])
    })

    it('answers behind Hono middleware, called with c.req.raw', async () => {
      const app = new Hono()
      const handler = createHandler({ now, apiKey: 'k' })
      const seen: string[] = []
      app.use('*', async (c, next) => {
        seen.push(`${c.req.method} ${c.req.path}`)
        await next()
      })
      app.all('/v2/*', (c) => handler(c.req.raw))
      const created = await app.request('/v2/batches', { method: 'POST', headers: { ...JSON_TYPE, Authorization: 'Bearer k' }, body: PAGE_TEXT })
      const bad = await app.request('/v2/batches', { method: 'POST', headers: { ...JSON_TYPE, Authorization: 'Bearer k' }, body: '{"sender":' })
      const read = await app.request('/v2/batches/b1', { headers: { Authorization: 'Bearer k' } })
      expect([created.status, bad.status, bad.headers.get('content-type'), read.status, seen]).toStrictEqual([
        201,
        400,
        'application/problem+json',
        200,
        ['POST /v2/batches', 'POST /v2/batches', 'GET /v2/batches/b1'],
      ])
    })
  })

  it('does what its example says: 201 and Location /v2/batches/b1', async () => {
    const handler = createHandler({ apiKey: 'secret' })
    const response = await handler(
      new Request('http://localhost/v2/batches', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer secret' },
        body: JSON.stringify({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }),
      }),
    )
    expect([response.status, response.headers.get('Location')]).toStrictEqual([201, '/v2/batches/b1'])
  })
})
