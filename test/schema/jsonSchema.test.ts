import Ajv2020 from 'ajv/dist/2020'
import Ajv07 from 'ajv'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REQUEST_FIELDS, validateBatch } from '../../src/batch'
import { fromPointer, type Issue, type IssueCode } from '../../src/issue'
import { BODY_MAX_LENGTH } from '../../src/rules/body'
import { DATACODINGS } from '../../src/rules/datacoding'
import { URL_MAX_LENGTH } from '../../src/rules/deliveryReportUrl'
import { REFERENCE_MAX_LENGTH } from '../../src/rules/reference'
import { TYPES } from '../../src/rules/type'
import { DATE_TIME } from '../../src/rules/windows'
import {
  anyCase,
  batchRequestJsonSchema,
  requestJsonSchema,
  requestJsonSchemaConverter,
  requestJsonSchemaFor,
  type JsonObject,
  type JsonSchemaTarget,
} from '../../src/schema/jsonSchema'
import { batchSchema } from '../../src/schema/standard'
import { isWhiteSpaceCode } from '../../src/text'
import { ABSENT, corruption, keyOf, NOW, validRequest } from '../arbitraries'

const root = join(__dirname, '..', '..')

/** Ajv as a strict user runs it: every strict check an error. */
function ajv2020(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  addFormats(ajv)
  return ajv
}

const checkRequest = ajv2020().compile(requestJsonSchema)
const checkOutput = ajv2020().compile(batchRequestJsonSchema())

/** A schema without its descriptions and examples. */
function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'description' && k !== 'examples').map(([k, v]) => [k, withoutWords(v)]))
}

/** The request through JSON, as a client sends it. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown

const isRight = (input: unknown): boolean => validateBatch(input, { now: NOW })._tag === 'Right'

/** A valid request with one field broken (or removed), as the batch tests build it. */
const corrupted: fc.Arbitrary<Record<string, unknown>> = fc.tuple(validRequest, corruption).map(([request, { field, value }]) => {
  const key = keyOf(request, field)
  const others = Object.entries(request).filter(([k]) => k !== key)
  return Object.fromEntries(value === ABSENT ? others : [...others, [key ?? field, value]])
})

/** The value at a JSON Pointer of the request (own properties only), or `undefined`. */
function valueAt(input: unknown, pointer: string): unknown {
  let at: unknown = input
  for (const token of fromPointer(pointer)) {
    if (typeof at !== 'object' || at === null || !Object.prototype.hasOwnProperty.call(at, token)) return undefined
    at = (at as Record<string, unknown>)[token]
  }
  return at
}

/** Code points, as JSON Schema counts a string's length. */
const codePoints = (s: unknown): number => (typeof s === 'string' ? [...s].length : 0)

/** Codes whose every occurrence breaks a keyword of the schema (a type, an enum, a pattern, a count). */
const ALWAYS_EXPRESSED: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'request.not_object',
  'sender.missing',
  'sender.not_string',
  'sender.empty',
  'sender.numeric_too_long',
  'sender.invalid_format',
  'sender.invalid_characters',
  'sender.alphanumeric_length',
  'recipients.missing',
  'recipients.invalid_type',
  'recipients.empty',
  'recipient.not_string',
  'recipient.empty',
  'recipient.non_digit',
  'recipient.too_long',
  'template.values_not_object',
  'template.value_not_string',
  'template.invalid_key',
  'body.missing',
  'body.not_string',
  'body.empty',
  'type.invalid',
  'datacoding.invalid',
  'priority.invalid',
  'windows.invalid_type',
  'window.invalid_type',
  'reference.not_string',
  'reference.empty',
  'tags.invalid_type',
  'tag.not_string',
  'tag.empty',
])

/**
 * Whether the schema can say this error of `input`: always for {@link ALWAYS_EXPRESSED}; for a
 * length, when the value is too long in code points too (JSON Schema counts code points, the rules
 * UTF-16 code units, so an emoji counts 1 there and 2 here); for a window bound, when it does not
 * even have the date-time's shape; for a URL, when it is not a string, has no http(s) scheme or
 * holds white space.
 */
function expressed(issue: Issue, input: unknown): boolean {
  if (ALWAYS_EXPRESSED.has(issue.code)) return true
  const value = valueAt(input, issue.path)
  switch (issue.code) {
    case 'body.too_long':
      return codePoints(value) > BODY_MAX_LENGTH
    case 'reference.too_long':
      return codePoints(value) > REFERENCE_MAX_LENGTH
    case 'deliveryReportUrl.too_long':
      return codePoints(value) > URL_MAX_LENGTH
    case 'window.opens_invalid':
    case 'window.closes_invalid':
      return typeof value !== 'string' || !DATE_TIME.test(value)
    case 'deliveryReportUrl.invalid':
      return typeof value !== 'string' || !/^https?:\/\/\S/i.test(value) || /\s/.test(value)
    default:
      return false
  }
}

describe('requestJsonSchema', () => {
  it('compiles under Ajv 2020-12 in strict mode, and its draft-07 form under Ajv draft-07', () => {
    expect(typeof checkRequest).toBe('function')
    const ajv = new Ajv07({ strict: true })
    expect(typeof ajv.compile(requestJsonSchemaFor('draft-07'))).toBe('function')
    expect(typeof ajv.compile(batchRequestJsonSchema('draft-07'))).toBe('function')
  })

  it('declares draft 2020-12 and keeps its field schemas in $defs', () => {
    expect(requestJsonSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(requestJsonSchema['properties'] as object)).toStrictEqual([...REQUEST_FIELDS])
    // draft-07 is the same schema with its definitions under `definitions`.
    const draft07 = JSON.stringify(requestJsonSchemaFor('draft-07')['definitions']).replace(/#\/definitions\//g, '#/$defs/')
    expect(JSON.parse(draft07)).toStrictEqual(requestJsonSchemaFor()['$defs'])
  })

  it('accepts the source page\'s two requests (examples/page-simple.json, examples/page-templated.json)', () => {
    for (const file of ['page-simple.json', 'page-templated.json']) {
      const request: unknown = JSON.parse(readFileSync(join(root, 'examples', file), 'utf8'))
      expect({ file, valid: checkRequest(request), rules: isRight(request) }).toStrictEqual({ file, valid: true, rules: true })
    }
  })

  it('accepts every field name in any letter case, and unknown fields', () => {
    const request = { SENDER: 'iP1', Recipients: ['46701234567'], bOdY: 'Hi', Type: 'FLASH', DATACODING: 'Gsm', Priority: 2, colour: 'red' }
    expect({ schema: checkRequest(request), rules: isRight(request) }).toStrictEqual({ schema: true, rules: true })
  })

  it('requires sender, recipients and body in any letter case, as the rules do', () => {
    const full = { Sender: 'iP1', RECIPIENTS: ['46701234567'], body: 'Hi' }
    for (const drop of Object.keys(full)) {
      const request = Object.fromEntries(Object.entries(full).filter(([k]) => k !== drop))
      expect({ drop, schema: checkRequest(request), rules: isRight(request) }).toStrictEqual({ drop, schema: false, rules: false })
    }
  })

  it('checks a misspelt field under its other spelling too (Sender: 5 is sender.not_string)', () => {
    const request = { Sender: 5, recipients: ['46701234567'], body: 'Hi' }
    expect({ schema: checkRequest(request), rules: isRight(request) }).toStrictEqual({ schema: false, rules: false })
  })

  it('refuses the dictionary form with "default" alone or no key at all, and accepts "default" beside a recipient', () => {
    const base = { sender: 'iP1', body: 'Hi {name}' }
    const verdicts = [{}, { default: { name: 'x' } }, { '46701234567': {}, default: { name: 'x' } }].map((recipients) => ({
      schema: checkRequest({ ...base, recipients }),
      rules: isRight({ ...base, recipients }),
    }))
    expect(verdicts).toStrictEqual([
      { schema: false, rules: false },
      { schema: false, rules: false },
      { schema: true, rules: true },
    ])
  })

  it('counts a body of U+200B or U+FEFF alone as text, as .NET does (neither is white space)', () => {
    for (const body of ['\u200b', '\ufeff']) {
      const request = { sender: 'iP1', recipients: ['46701234567'], body }
      expect({ body, schema: checkRequest(request), rules: isRight(request) }).toStrictEqual({ body, schema: true, rules: true })
    }
  })

  it('spells the white space of the rules from isWhiteSpaceCode, code unit by code unit', () => {
    const body = (requestJsonSchema['$defs'] as Record<string, JsonObject>)['body']
    const blank = new RegExp(`^(?:${String(body?.['pattern'])})$`, 'u')
    const differences: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      if (blank.test(String.fromCharCode(c)) === isWhiteSpaceCode(c)) differences.push(c)
    }
    expect(differences).toStrictEqual([])
  })

  it('spells names and enum values letter by letter, and no other code unit lower-cases to those letters', () => {
    expect(anyCase('sms')).toBe('[Ss][Mm][Ss]')
    expect(anyCase('a.b-1/')).toBe('[Aa]\\.[Bb]-1\\/')
    const words = [...REQUEST_FIELDS, ...TYPES, ...DATACODINGS, 'opens', 'closes', 'http', 'https']
    const letters = new Set([...words.join('').toLowerCase()])
    const folding: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      const lower = ch.toLowerCase()
      if (letters.has(lower) && lower !== ch && ch !== lower.toUpperCase()) folding.push(ch)
    }
    expect(folding).toStrictEqual([])
  })

  it('writes draft 2020-12 for any target but "draft-07", never throwing (a JavaScript caller may pass anything)', () => {
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    for (const target of [undefined, 'draft-04', revoked.proxy, Object.create(null)] as unknown as JsonSchemaTarget[]) {
      expect(requestJsonSchemaFor(target)).toStrictEqual(requestJsonSchemaFor())
      expect(batchRequestJsonSchema(target)).toStrictEqual(batchRequestJsonSchema())
    }
  })

  it('is frozen, and requestJsonSchemaFor gives a fresh copy each time', () => {
    expect(Object.isFrozen(requestJsonSchema)).toBe(true)
    expect(Object.isFrozen(requestJsonSchema['$defs'])).toBe(true)
    const copy = requestJsonSchemaFor()
    copy['title'] = 'changed'
    expect(requestJsonSchemaFor()['title']).toBe(requestJsonSchema['title'])
    expect(viaJson(requestJsonSchemaFor())).toStrictEqual(viaJson(requestJsonSchema))
  })
})

describe('requestJsonSchemaConverter', () => {
  it('gives the request schema without its words as input, and the normalised request schema as output, for draft-2020-12 and draft-07', () => {
    expect(requestJsonSchemaConverter.input({ target: 'draft-2020-12' })).toStrictEqual(withoutWords(requestJsonSchemaFor('draft-2020-12')))
    expect(requestJsonSchemaConverter.input({ target: 'draft-07' })).toStrictEqual(withoutWords(requestJsonSchemaFor('draft-07')))
    expect(JSON.stringify(requestJsonSchemaConverter.input({ target: 'draft-2020-12' }))).not.toMatch(/"(description|examples)"/)
    expect(requestJsonSchemaConverter.output({ target: 'draft-2020-12' })).toStrictEqual(batchRequestJsonSchema('draft-2020-12'))
    expect(requestJsonSchemaConverter.output({ target: 'draft-07' })).toStrictEqual(batchRequestJsonSchema('draft-07'))
  })

  // decisions.md: the library never throws; a target it does not write gets draft 2020-12, and
  // `$schema` tells the caller which dialect that is.
  it('answers the draft 2020-12 schema, never a throw, for a target it does not write', () => {
    expect(requestJsonSchemaConverter.input({ target: 'openapi-3.0' })).toStrictEqual(withoutWords(requestJsonSchemaFor('draft-2020-12')))
    expect(requestJsonSchemaConverter.input({ target: 'openapi-3.0' }).$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(requestJsonSchemaConverter.output(null as unknown as { target: string })).toStrictEqual(batchRequestJsonSchema('draft-2020-12'))
    expect(requestJsonSchemaConverter.input('draft-07' as unknown as { target: string })).toStrictEqual(withoutWords(requestJsonSchemaFor('draft-2020-12')))
  })

  it('reads the target as an own property, once; options that throw when read name no target', () => {
    const inherited = Object.create({ target: 'draft-07' }) as { target: string }
    const hostile = new Proxy({ target: 'draft-07' }, {
      getOwnPropertyDescriptor: () => {
        throw new Error('no')
      },
    })
    const draft2020 = withoutWords(requestJsonSchemaFor('draft-2020-12'))
    expect(requestJsonSchemaConverter.input(inherited)).toStrictEqual(draft2020)
    expect(requestJsonSchemaConverter.input(hostile)).toStrictEqual(draft2020)
  })
})

describe('properties', () => {
  it('should accept every request validateBatch accepts (valid requests, and corrupted ones the rules let through)', () => {
    fc.assert(
      fc.property(fc.oneof(validRequest, corrupted), (request) => {
        const input = viaJson(request)
        if (!isRight(input)) return
        expect({ input, valid: checkRequest(input), errors: checkRequest.errors ?? null }).toStrictEqual({ input, valid: true, errors: null })
      }),
      { numRuns: 1000 },
    )
  })

  it('should be refused by the rules whenever the schema refuses it', () => {
    fc.assert(
      fc.property(corrupted, (request) => {
        const input = viaJson(request)
        if (!checkRequest(input)) expect({ input, rules: isRight(input) }).toStrictEqual({ input, rules: false })
      }),
      { numRuns: 1000 },
    )
  })

  it('should refuse every corrupted request whose error the schema can express (types, enums, lengths, forms)', () => {
    fc.assert(
      fc.property(corrupted, (request) => {
        const input = viaJson(request)
        const r = validateBatch(input, { now: NOW })
        const said = r._tag === 'Left' ? r.left.filter((i) => i.severity === 'error' && expressed(i, input)).map((i) => i.code) : []
        if (said.length > 0) expect({ input, said, schema: checkRequest(input) }).toStrictEqual({ input, said, schema: false })
      }),
      { numRuns: 1000 },
    )
  })

  it('should describe every normalised request validateBatch gives with the output schema', () => {
    fc.assert(
      fc.property(validRequest, fc.boolean(), (request, withNow) => {
        const r = validateBatch(viaJson(request), withNow ? { now: NOW } : {})
        if (r._tag === 'Left') throw new Error(`a valid request was refused: ${JSON.stringify(r.left)}`)
        const output = viaJson(r.right.request)
        expect({ valid: checkOutput(output), errors: checkOutput.errors ?? null }).toStrictEqual({ valid: true, errors: null })
      }),
      { numRuns: 300 },
    )
  })
})

describe("batchSchema()['~standard'].jsonSchema", () => {
  /** Standard JSON Schema V1's interface, as its authors publish it (the converter's part). */
  interface StandardJSONSchemaV1Props {
    readonly version: 1
    readonly vendor: string
    readonly jsonSchema: {
      readonly input: (options: { readonly target: string; readonly libraryOptions?: Record<string, unknown> | undefined }) => Record<string, unknown>
      readonly output: (options: { readonly target: string; readonly libraryOptions?: Record<string, unknown> | undefined }) => Record<string, unknown>
    }
  }

  it('is a Standard JSON Schema: the converter beside validate, version 1, vendor sms-preflight', () => {
    const props: StandardJSONSchemaV1Props = batchSchema()['~standard']
    expect({ version: props.version, vendor: props.vendor, converter: props.jsonSchema }).toStrictEqual({
      version: 1,
      vendor: 'sms-preflight',
      converter: requestJsonSchemaConverter,
    })
  })

  it("gives as input the request schema without its words, which accepts what batchSchema's validate accepts", () => {
    const standard = batchSchema({ now: NOW })['~standard']
    const input = standard.jsonSchema.input({ target: 'draft-2020-12' })
    expect(input).toStrictEqual(withoutWords(requestJsonSchemaFor('draft-2020-12')))
    const check = ajv2020().compile(input)
    fc.assert(
      fc.property(fc.oneof(validRequest, corrupted), (request) => {
        const value = viaJson(request)
        if (standard.validate(value).issues === undefined) expect(check(value)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it("gives as output the schema of the value batchSchema's validate gives", () => {
    const standard = batchSchema()['~standard']
    const check = ajv2020().compile(standard.jsonSchema.output({ target: 'draft-2020-12' }))
    const result = standard.validate({ SENDER: 'iP1', recipients: { '46701234567': { name: 'Ann' } }, body: 'Hi {name}', TYPE: 'FLASH' })
    expect({ issues: result.issues, valid: check(viaJson(result.issues === undefined ? result.value : null)) }).toStrictEqual({ issues: undefined, valid: true })
  })
})
