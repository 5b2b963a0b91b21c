import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openApiText } from '../../scripts/openapi'
import { validateBatch } from '../../src/batch'
import { issueCodes } from '../../src/issue'
import { requestJsonSchema } from '../../src/schema/jsonSchema'
import { createHandler } from '../../src/server/handler'
import { ABSENT, corruption, keyOf, NOW, validRequest } from '../arbitraries'

const root = join(__dirname, '..', '..')
const committed = readFileSync(join(root, 'openapi.json'), 'utf8')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

interface Example {
  readonly summary: string
  readonly value: unknown
}
interface MediaType {
  readonly schema: { readonly $ref: string }
  readonly examples?: Readonly<Record<string, Example>>
}
interface Operation {
  readonly requestBody?: { readonly content: Readonly<Record<string, MediaType>> }
  readonly responses: Readonly<Record<string, { readonly content?: Readonly<Record<string, MediaType>> }>>
}
interface Document {
  readonly openapi: string
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> }
}

const doc = JSON.parse(committed) as Document

/** Ajv over the document's components: `schema('Batch')` checks a value against `#/components/schemas/Batch`. */
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema({ $id: 'openapi.json', components: doc.components })
function schema(ref: string): ValidateFunction {
  const check = ajv.getSchema(`openapi.json${ref}`)
  if (check === undefined) throw new Error(`no schema at ${ref}`)
  return check
}
const component = (name: string): ValidateFunction => schema(`#/components/schemas/${name}`)

/** Every media type of the document with where it stands: operation, request or response status, type. */
function mediaTypes(): Array<{ readonly at: string; readonly media: MediaType }> {
  const out: Array<{ at: string; media: MediaType }> = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) out.push({ at: `${method} ${path} request ${type}`, media })
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) out.push({ at: `${method} ${path} ${status} ${type}`, media })
      }
    }
  }
  return out
}

const post = (body: string): Request =>
  new Request('http://localhost/v2/batches', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })

describe('openapi.json', () => {
  it('is a valid OpenAPI 3.1 document (swagger-parser validates it and resolves every $ref)', () => {
    expect(doc.openapi).toBe('3.1.0')
    // swagger-parser loads an ES module jest's CommonJS runtime cannot: it runs in a Node of its own.
    const code = [
      "import SwaggerParser from '@apidevtools/swagger-parser'",
      "import { readFileSync } from 'node:fs'",
      "const api = await SwaggerParser.validate(JSON.parse(readFileSync('openapi.json', 'utf8')))",
      'console.log(JSON.stringify({ openapi: api.openapi, paths: Object.keys(api.paths) }))',
    ].join('\n')
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' })
    expect({ status: run.status, stderr: run.stderr, out: run.stdout.trim() }).toStrictEqual({
      status: 0,
      stderr: '',
      out: JSON.stringify({ openapi: '3.1.0', paths: ['/v2/batches', '/v2/batches/{id}'] }),
    })
  }, 60_000)

  it('is exactly what scripts/openapi.ts makes (run npm run gen:openapi after a change)', async () => {
    expect(committed).toBe(await openApiText({ version }))
  })

  it('is what scripts/gen-openapi.mjs --check accepts', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'gen-openapi.mjs'), '--check'], { cwd: root, encoding: 'utf8' })
    expect({ status: run.status, stderr: run.stderr }).toStrictEqual({ status: 0, stderr: '' })
  }, 60_000)

  it('holds every $defs entry of the request schema as a component: the same schema, its references pointing at components', () => {
    const defs = (JSON.parse(JSON.stringify(requestJsonSchema)) as { $defs: Record<string, { title: string }> }).$defs
    const refs = /"\$ref":"#\/(?:\$defs|components\/schemas)\/\w+"/g
    const byTitle = new Map(Object.values(doc.components.schemas).map((c) => [(c as { title?: string }).title, c]))
    const differing = Object.entries(defs).filter(([, def]) => {
      const found = byTitle.get(def.title)
      return found === undefined || JSON.stringify(found).replace(refs, '"$ref"') !== JSON.stringify(def).replace(refs, '"$ref"')
    })
    expect(differing).toStrictEqual([])
    expect(committed.includes('#/$defs/')).toBe(false)
  })

  it("gives the source page's two requests as the request examples, both valid for the schema and the rules", () => {
    const examples = doc.paths['/v2/batches']?.['post']?.requestBody?.content['application/json']?.examples ?? {}
    const page = (file: string): unknown => JSON.parse(readFileSync(join(root, 'examples', file), 'utf8'))
    expect(Object.fromEntries(Object.entries(examples).map(([k, e]) => [k, e.value]))).toStrictEqual({
      pageSimple: page('page-simple.json'),
      pageTemplated: page('page-templated.json'),
    })
    for (const e of Object.values(examples)) {
      expect({ schema: component('BatchRequest')(e.value), rules: validateBatch(e.value, { now: NOW })._tag }).toStrictEqual({ schema: true, rules: 'Right' })
    }
  })

  it('has an example of every response with a body but the listing 400, each valid for its schema', () => {
    const checked = mediaTypes().flatMap(({ at, media }) =>
      Object.entries(media.examples ?? {}).map(([name, e]) => ({ at, name, valid: schema(media.schema.$ref)(e.value), errors: schema(media.schema.$ref).errors ?? null })),
    )
    expect(checked.filter((c) => !c.valid)).toStrictEqual([])
    const without = mediaTypes().filter(({ media }) => Object.keys(media.examples ?? {}).length === 0).map(({ at }) => at)
    expect(without).toStrictEqual(['get /v2/batches 400 application/problem+json', 'get /v2/batches/{id} 200 application/json'])
  })

  it('lists every issue code of the catalogue in the Issue schema', () => {
    const issue = doc.components.schemas['Issue'] as { properties: { code: { enum: string[] } } }
    expect(issue.properties.code.enum).toStrictEqual([...issueCodes])
  })
})

describe('properties', () => {
  it('should give the same verdict with components.schemas.BatchRequest as with requestJsonSchema', () => {
    const direct = new Ajv2020({ strict: false }).compile(requestJsonSchema)
    const corrupted = fc.tuple(validRequest, corruption).map(([r, { field, value }]) => {
      const key = keyOf(r, field)
      const others = Object.entries(r).filter(([k]) => k !== key)
      return Object.fromEntries(value === ABSENT ? others : [...others, [key ?? field, value]])
    })
    fc.assert(
      fc.property(fc.oneof(validRequest, corrupted), (r) => {
        const input: unknown = JSON.parse(JSON.stringify(r))
        expect(component('BatchRequest')(input)).toBe(direct(input))
      }),
      { numRuns: 500 },
    )
  })

  it("should describe the stand-in's answers: 201 for a valid request, 400 for a corrupted one, and the listing", async () => {
    const handler = createHandler({ now: () => NOW, pricing: { account: 'international', pricePerSegment: '0.0595' } })
    const request = fc.oneof(
      validRequest,
      fc.tuple(validRequest, corruption).map(([r, { field, value }]) => {
        const key = keyOf(r, field)
        const others = Object.entries(r).filter(([k]) => k !== key)
        return Object.fromEntries(value === ABSENT ? others : [...others, [key ?? field, value]])
      }),
    )
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const response = await handler(post(JSON.stringify(r)))
        const body: unknown = await response.json()
        const check = component(response.status === 201 ? 'Batch' : 'ProblemDetails')
        expect({ status: [201, 400].includes(response.status), valid: check(body), errors: check.errors ?? null }).toStrictEqual({
          status: true,
          valid: true,
          errors: null,
        })
      }),
      { numRuns: 200 },
    )
    const listing: unknown = await (await handler(new Request('http://localhost/v2/batches?limit=3'))).json()
    expect(component('BatchList')(listing)).toBe(true)
  })
})
