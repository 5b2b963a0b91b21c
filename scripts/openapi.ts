/**
 * The OpenAPI 3.1 document of `POST /v2/batches` and the stand-in's `GET`s, built from the
 * library itself: the request schema is `requestJsonSchemaFor('draft-2020-12')` with its `$defs`
 * moved to `components.schemas`, the issue codes come from the catalogue, the request examples
 * are the source page's two requests (examples/page-simple.json, examples/page-templated.json),
 * and the response examples are what `createHandler` answers for them at a fixed "now".
 *
 * `scripts/gen-openapi.mjs` writes the result to openapi.json (`npm run gen:openapi`);
 * test/schema/openapi.test.ts fails when the committed file differs from it.
 */
import pageSimple from '../examples/page-simple.json'
import pageTemplated from '../examples/page-templated.json'
import type { Summary, CountrySummary } from '../src/compose'
import { catalogue, issueCodes, type Issue, type SourcePosition } from '../src/issue'
import type { Money, Price } from '../src/pricing'
import type { ResolvedWindow } from '../src/rules/windows'
import { batchRequestJsonSchema, requestJsonSchemaFor, type JsonObject, type JsonValue } from '../src/schema/jsonSchema'
import { createHandler, DEFAULT_MAX_BODY_BYTES, LIST_LIMIT } from '../src/server/handler'
import type { HttpProblem, ProblemDetails } from '../src/server/problem'

/** The package's version, written into `info.version`. */
export interface DocumentOptions {
  readonly version: string
}

/** The component name of each `$defs` entry of the request schema. */
const COMPONENT_OF: Readonly<Record<string, string>> = {
  sender: 'Sender',
  recipients: 'Recipients',
  body: 'Body',
  type: 'MessageType',
  datacoding: 'Datacoding',
  priority: 'Priority',
  deliveryWindows: 'DeliveryWindows',
  deliveryReportUrl: 'DeliveryReportUrl',
  reference: 'Reference',
  tags: 'Tags',
  msisdn: 'Msisdn',
  templateValues: 'TemplateValues',
  window: 'DeliveryWindow',
  windowBound: 'WindowBound',
}

const schemaRef = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` })

/** A copy of `value` with every `#/$defs/x` reference pointing at `#/components/schemas/X`. */
function rebased(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(rebased)
  if (typeof value !== 'object' || value === null) return value
  const out: JsonObject = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) {
      const component = COMPONENT_OF[v.slice('#/$defs/'.length)]
      if (component === undefined) throw new Error(`no component for ${v}`)
      out[key] = `#/components/schemas/${component}`
    } else out[key] = rebased(v)
  }
  return out
}

/** A JSON Schema with its dialect and definitions taken out (the document names both). */
function withoutDefs(schema: JsonObject): { readonly body: JsonObject; readonly defs: Readonly<Record<string, JsonValue>> } {
  const { $defs, ...rest } = schema
  const body = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== '$schema'))
  const defs = typeof $defs === 'object' && $defs !== null && !Array.isArray($defs) ? $defs : {}
  return { body: rebased(body) as JsonObject, defs }
}

/** A schema without its descriptions and examples. */
function withoutWords(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutWords)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'description' && k !== 'examples').map(([k, v]) => [k, withoutWords(v)]))
}

/**
 * The `$defs` of both request schemas as components, the first schema's (with its descriptions)
 * kept; a name both define must be the same schema but for its words.
 */
function definitionComponents(...all: ReadonlyArray<Readonly<Record<string, JsonValue>>>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {}
  for (const defs of all) {
    for (const [name, schema] of Object.entries(defs)) {
      const component = COMPONENT_OF[name]
      if (component === undefined) throw new Error(`no component for $defs/${name}`)
      const value = rebased(schema)
      const known = out[component]
      if (known === undefined) out[component] = value
      else if (JSON.stringify(withoutWords(known)) !== JSON.stringify(withoutWords(value))) throw new Error(`$defs/${name} differs between the schemas`)
    }
  }
  return out
}

const string = (description: string, extra: JsonObject = {}): JsonObject => ({ type: 'string', description, ...extra })
const count = (description: string): JsonObject => ({ type: 'integer', minimum: 0, description })

/** An object schema whose every listed property is required, and nothing else is allowed. */
function closed(description: string, properties: Readonly<Record<string, JsonObject>>, optional: ReadonlyArray<string> = []): JsonObject {
  return {
    type: 'object',
    description,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
    properties: { ...properties },
  }
}

/** The schemas of the answers, each property tied to the library's own type. */
function answerComponents(): Record<string, JsonObject> {
  const money = {
    amount: string('The exact amount, 4 decimals.', { pattern: '^-?[0-9]+\\.[0-9]{4}$', examples: ['0.4500'] }),
    minorUnits: string('Whole minor units (öre, cents), rounded half away from zero.', { pattern: '^-?[0-9]+$' }),
  } satisfies Record<keyof Money, JsonObject>
  const price = {
    currency: { enum: ['SEK', 'EUR'] },
    account: { enum: ['SE', 'international'] },
    segments: count('The segments priced.'),
    pricePerSegment: string('The base price of one segment, 4 decimals.'),
    surchargePerSegment: string('The priority surcharge per segment, 4 decimals ("0.0000" at priority 1).'),
    base: schemaRef('Money'),
    surcharge: schemaRef('Money'),
    total: schemaRef('Money'),
    averagePerMessage: string('total / messages, 4 decimals; present when there are messages.'),
  } satisfies Record<keyof Price, JsonObject>
  const country = {
    region: string('ISO 3166-1 alpha-2, the regions of a shared calling code joined by "/", or "unknown".'),
    recipients: count('Unique recipients in the region.'),
    segments: count('Segments sent to the region.'),
  } satisfies Record<keyof CountrySummary, JsonObject>
  const byEncoding = (what: string): JsonObject =>
    closed(`${what} by the encoding their message is sent in.`, { gsm: count('GSM 7-bit.'), ucs: count('UCS-2.') })
  const summary = {
    recipients: count('Unique recipients (a repeat is composed once).'),
    messages: count('Messages composed, one per unique recipient.'),
    segments: count('Segments of every message.'),
    segmentsByEncoding: byEncoding('Segments'),
    messagesByEncoding: byEncoding('Messages'),
    histogram: {
      type: 'array',
      description: 'How many messages have each segment count, by ascending segment count.',
      items: closed('One segment count.', { segments: count('A segment count.'), messages: count('Messages with that many segments.') }),
    },
    countries: { type: 'array', description: 'Per destination region, most recipients first.', items: schemaRef('CountrySummary') },
    firstOpens: { type: ['string', 'null'], description: 'When the first window opens (UTC).' },
    lastCloses: { type: ['string', 'null'], description: 'When the last window closes (UTC).' },
    price: schemaRef('Price'),
  } satisfies Record<keyof Summary, JsonObject>
  const window = {
    opens: string('When the window opens, UTC ISO-8601 as toISOString writes it.', { examples: ['2036-12-01T08:00:00.000Z'] }),
    closes: string('When the window closes, UTC ISO-8601.'),
  } satisfies Record<keyof ResolvedWindow, JsonObject>
  const position = {
    line: { type: 'integer', minimum: 1, description: 'The line, from 1.' },
    column: { type: 'integer', minimum: 1, description: 'The column, from 1, in UTF-16 code units.' },
    offset: count('The offset from the start of the text, in UTF-16 code units.'),
    length: count('How many code units the issue covers.'),
  } satisfies Record<keyof SourcePosition, JsonObject>
  const issue = {
    severity: { enum: ['error', 'warning'] },
    code: { description: 'The stable code; the catalogue lists them all.', enum: [...issueCodes] },
    path: string('An RFC 6901 JSON Pointer into the request ("" is the request).', { examples: ['/recipients/2'] }),
    message: string('The message, in English.'),
    params: { type: 'object', description: 'The values a translated message needs.' },
    source: schemaRef('SourcePosition'),
  } satisfies Record<keyof Issue, JsonObject>
  const problem = {
    type: string('A URI reference naming the kind of problem.'),
    title: string('A short summary of the kind of problem.'),
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: string('What went wrong this time.'),
    instance: string('A URI reference naming this occurrence.'),
  } satisfies Record<keyof HttpProblem, JsonObject>
  const validation = {
    ...problem,
    issues: { type: 'array', description: 'Every issue, errors and warnings, in the order found.', items: schemaRef('Issue') },
    errors: {
      type: 'object',
      description: "The errors' messages by JSON Pointer, as ASP.NET's ValidationProblemDetails.Errors.",
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
  } satisfies Record<keyof ProblemDetails, JsonObject>
  const batch = {
    id: string('The batch id.', { examples: ['b1'] }),
    created: string('When the stand-in accepted it (UTC).'),
    request: schemaRef('NormalisedBatchRequest'),
    windows: { type: 'array', description: 'The delivery windows, resolved against "now", sorted, in UTC.', items: schemaRef('ResolvedWindow') },
    summary: schemaRef('Summary'),
    warnings: { type: 'array', items: schemaRef('Issue') },
  }
  const listing = {
    id: string('The batch id.'),
    location: string('Where the batch is read.', { examples: ['/v2/batches/b1'] }),
    created: string('When the stand-in accepted it (UTC).'),
    reference: { type: ['string', 'null'] },
    tags: { type: 'array', items: { type: 'string' } },
    summary: schemaRef('Summary'),
  }
  return {
    Batch: closed('An accepted batch: the 201 answer, and what GET /v2/batches/{id} gives again.', batch),
    BatchList: closed('A page of batches, newest first.', {
      batches: { type: 'array', items: schemaRef('BatchListing') },
      next: { type: ['string', 'null'], description: 'The next page, when more batches match.' },
    }),
    BatchListing: closed('One batch of a listing.', listing),
    Summary: closed('The batch at a glance.', summary, ['price']),
    CountrySummary: closed('Recipients and segments of one destination region.', country),
    Price: closed('What the batch costs, in one currency (present when the stand-in prices).', price, ['averagePerMessage']),
    Money: closed('An exact amount of money.', money),
    ResolvedWindow: closed('A delivery window resolved against "now".', window),
    Issue: closed('One problem found in the request.', issue, ['params', 'source']),
    SourcePosition: closed('Where an issue stands in the JSON text.', position),
    ProblemDetails: {
      type: 'object',
      description:
        'RFC 9457 problem details (application/problem+json). About the request\'s content, it has `issues` ' +
        "and `errors` (the shape of ASP.NET's ValidationProblemDetails); about anything else (a body that " +
        'cannot be read, a query, the key, the size, the media type) it has neither.',
      required: ['type', 'title', 'status', 'detail'],
      properties: validation,
    },
  }
}

/** A fixed "now" for the response examples: before the examples' December 2036 windows. */
const EXAMPLE_NOW = new Date('2036-11-25T00:00:00Z')

interface Answer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: JsonValue
}

/** What the stand-in answers `request` (a fresh handler each time, so the first batch is `b1`). */
async function answer(request: Request, options: Parameters<typeof createHandler>[0] = {}): Promise<Answer> {
  const response = await createHandler({ now: () => EXAMPLE_NOW, ...options })(request)
  const headers: Record<string, string> = {}
  response.headers.forEach((value, key) => {
    headers[key] = value
  })
  const text = await response.text()
  return { status: response.status, headers, body: text === '' ? null : (JSON.parse(text) as JsonValue) }
}

const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }): Request =>
  new Request('http://127.0.0.1:8080/v2/batches', { method: 'POST', headers, body })

/** The page's templated request as the page writes it: its windows are the words "ISO-8601 string". */
const PAGE_TEMPLATED_VERBATIM = {
  ...pageTemplated,
  deliveryWindows: [
    { opens: 'ISO-8601 string', closes: 'ISO-8601 string' },
    { opens: 'ISO-8601 string', closes: 'ISO-8601 string' },
  ],
}

/** The response examples, each what the handler answered. */
async function answers(): Promise<Readonly<Record<string, Answer>>> {
  const created = await answer(post(JSON.stringify(pageSimple)))
  const pricedHandler = await answer(post(JSON.stringify(pageTemplated)), { pricing: { account: 'SE', pricePerSegment: '0.35' } })
  const invalid = await answer(post(JSON.stringify(PAGE_TEMPLATED_VERBATIM, null, 2)))
  const unauthorized = await answer(post(JSON.stringify(pageSimple)), { apiKey: 'the-key' })
  const tooLarge = await answer(post(JSON.stringify(pageSimple)), { maxBodyBytes: 64 })
  const unsupported = await answer(post('sender=iP1', { 'Content-Type': 'application/x-www-form-urlencoded' }))
  const missing = await answer(new Request('http://127.0.0.1:8080/v2/batches/b7'))
  const handler = createHandler({ now: () => EXAMPLE_NOW })
  await handler(post(JSON.stringify(pageTemplated)))
  const listed = await handler(new Request('http://127.0.0.1:8080/v2/batches?tag=marketing'))
  const listing: Answer = { status: listed.status, headers: {}, body: JSON.parse(await listed.text()) as JsonValue }
  return { created, pricedHandler, invalid, unauthorized, tooLarge, unsupported, missing, listing }
}

/** The example of an answer, checked to have the status it documents. */
function example(a: Answer | undefined, status: number, summary: string): JsonObject {
  if (a === undefined || a.status !== status) throw new Error(`the handler answered ${a?.status ?? 'nothing'} where the document says ${status}: ${summary}`)
  return { summary, value: a.body }
}

const problemContent = (examples: JsonObject): JsonObject => ({
  'application/problem+json': { schema: schemaRef('ProblemDetails'), examples },
})

/**
 * The OpenAPI 3.1 document, as a JSON value.
 *
 * @param options - the package version for `info.version`.
 */
export async function openApiDocument(options: DocumentOptions): Promise<JsonObject> {
  const request = withoutDefs(requestJsonSchemaFor('draft-2020-12'))
  const normalised = withoutDefs(batchRequestJsonSchema('draft-2020-12'))
  const a = await answers()
  const unauthorizedResponse: JsonObject = {
    description: 'The stand-in was started with an API key and the request does not carry it as a Bearer token.',
    headers: { 'WWW-Authenticate': { description: 'The challenge: `Bearer realm="sms-preflight"`.', schema: { type: 'string' } } },
    content: problemContent({ unauthorized: example(a['unauthorized'], 401, 'No Authorization header') }),
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SMS batches: POST /v2/batches',
      version: options.version,
      summary: 'Send one or many SMS in one request; and the local stand-in of sms-preflight, which checks, stores and never sends.',
      description:
        'The request is the provider\'s ("Send SMS", POST /v2/batches) with the rules of sms-preflight: field names ' +
        'in any letter case, every error at once with a stable code and a JSON Pointer. The responses are those of ' +
        '`sms-preflight serve` (createHandler), a local stand-in for the endpoint: it checks, stores in memory and ' +
        'never sends. The request schema is generated from the library\'s rule constants; it accepts every request ' +
        'the library accepts and is looser where JSON Schema cannot say a rule (overlapping windows, repeated ' +
        'recipients, characters outside GSM 03.38 with datacoding "gsm").',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: 'http://127.0.0.1:8080', description: 'sms-preflight serve (the local stand-in, loopback by default)' }],
    security: [{ bearerAuth: [] }, {}],
    tags: [{ name: 'batches', description: 'Batches of SMS.' }],
    paths: {
      '/v2/batches': {
        post: {
          tags: ['batches'],
          operationId: 'createBatch',
          summary: 'Send one or many SMS',
          description:
            `A JSON body (UTF-8) of at most ${DEFAULT_MAX_BODY_BYTES} bytes by default, refused with 413 as soon as it ` +
            'passes the limit. Valid: 201 with the batch and Location. Invalid: 400 with every issue, its code, its ' +
            'JSON Pointer and its line and column in the body.',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: schemaRef('BatchRequest'),
                examples: {
                  pageSimple: { summary: "The source page's first request (examples/page-simple.json)", value: pageSimple },
                  pageTemplated: {
                    summary: "The source page's templated request, with real windows (examples/page-templated.json)",
                    value: pageTemplated,
                  },
                },
              },
            },
          },
          responses: {
            '201': {
              description: 'Accepted: the batch, with the normalised request, the resolved windows, the summary and the warnings.',
              headers: {
                Location: { description: 'Where the batch is read again.', schema: { type: 'string', examples: ['/v2/batches/b1'] } },
              },
              content: {
                'application/json': {
                  schema: schemaRef('Batch'),
                  examples: {
                    pageSimple: example(a['created'], 201, "The page's first request"),
                    pageTemplatedPriced: example(a['pricedHandler'], 201, "The page's templated request, priced (pricing: SE, 0.35 a segment)"),
                  },
                },
              },
            },
            '400': {
              description: 'The request has errors (issues and errors), or its body could not be read (neither).',
              content: problemContent({ pageTemplatedVerbatim: example(a['invalid'], 400, 'The page\'s templated request as written: "ISO-8601 string" is no date-time') }),
            },
            '401': unauthorizedResponse,
            '413': {
              description: 'The body is larger than the stand-in accepts (maxBodyBytes).',
              content: problemContent({ tooLarge: example(a['tooLarge'], 413, 'A stand-in started with maxBodyBytes 64') }),
            },
            '415': {
              description: 'The body is not JSON in UTF-8, or has a content coding.',
              headers: { 'Accept-Post': { description: 'application/json', schema: { type: 'string' } } },
              content: problemContent({ form: example(a['unsupported'], 415, 'A form body') }),
            },
          },
        },
        get: {
          tags: ['batches'],
          operationId: 'listBatches',
          summary: 'List the batches the stand-in holds, newest first',
          description: 'The page: "When listing your batches, you can filter by these [tags]". Every tag given must be among the batch\'s.',
          parameters: [
            {
              name: 'tag',
              in: 'query',
              description: 'A tag every listed batch carries; repeat for several.',
              style: 'form',
              explode: true,
              schema: { type: 'array', items: { type: 'string' } },
            },
            {
              name: 'limit',
              in: 'query',
              description: 'The most batches in the page.',
              schema: { type: 'integer', minimum: 1, maximum: LIST_LIMIT.max, default: LIST_LIMIT.default },
            },
            { name: 'before', in: 'query', description: 'Only batches accepted before this one.', schema: { type: 'string', pattern: '^b[1-9][0-9]*$' } },
          ],
          responses: {
            '200': {
              description: 'A page of batches.',
              headers: { Link: { description: '`<next>; rel="next"` when more batches match.', schema: { type: 'string' } } },
              content: {
                'application/json': {
                  schema: schemaRef('BatchList'),
                  examples: { marketing: example(a['listing'], 200, 'GET /v2/batches?tag=marketing after the templated request') },
                },
              },
            },
            '400': { description: 'An unknown parameter, or a limit or before that is not one.', content: problemContent({}) },
            '401': unauthorizedResponse,
          },
        },
      },
      '/v2/batches/{id}': {
        get: {
          tags: ['batches'],
          operationId: 'getBatch',
          summary: 'Read one batch again',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', examples: ['b1'] } }],
          responses: {
            '200': { description: 'The batch: the same body as its 201.', content: { 'application/json': { schema: schemaRef('Batch') } } },
            '401': unauthorizedResponse,
            '404': {
              description: 'No such batch is held (the stand-in keeps batches in memory, the oldest dropped past its limits).',
              content: problemContent({ missing: example(a['missing'], 404, 'GET /v2/batches/b7 of a fresh stand-in') }),
            },
          },
        },
      },
    },
    components: {
      schemas: {
        BatchRequest: request.body,
        NormalisedBatchRequest: normalised.body,
        ...definitionComponents(request.defs, normalised.defs),
        ...answerComponents(),
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The API key as a Bearer token. The stand-in asks for it only when started with one (--api-key).',
        },
      },
    },
    'x-issue-codes': Object.fromEntries(issueCodes.map((code) => [code, catalogue[code].severity])),
  }
}

/** The document as openapi.json holds it: two-space JSON and a final newline. */
export async function openApiText(options: DocumentOptions): Promise<string> {
  return `${JSON.stringify(await openApiDocument(options), null, 2)}\n`
}
