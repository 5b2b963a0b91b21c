import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import Ajv2020 from 'ajv/dist/2020'
import { issueCodes, severityOf, type IssueCode } from '../../src/issue'
import { requestJsonSchema } from '../../src/schema/jsonSchema'
import { requestsText } from './generate'
import { replay, type Vector } from './replay'

const root = join(__dirname, '..', '..')
const committed = readFileSync(join(__dirname, 'requests.json'), 'utf8')
const vectors = JSON.parse(committed) as ReadonlyArray<Vector>

/**
 * Codes `prepareBatch(request, { now })` cannot give for a JSON request and a valid "now": JSON
 * text is `prepareBatchJson`'s (json.*), "now" and pricing are options (options.*, pricing.*),
 * and JSON cannot hold what throws when read (request.unreadable).
 */
// recipient.not_mobile needs the numberType option (a function): no JSON request alone gives it.
const NOT_FROM_A_JSON_REQUEST = (code: IssueCode): boolean =>
  code.startsWith('json.') || code.startsWith('options.') || code.startsWith('pricing.') || code === 'request.unreadable' || code === 'recipient.not_mobile'

const page = (file: string): unknown => JSON.parse(readFileSync(join(root, 'examples', file), 'utf8'))

describe('test/conformance/requests.json', () => {
  it('holds at least 300 cases, each named once', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(300)
    expect(new Set(vectors.map((v) => v.name)).size).toBe(vectors.length)
  })

  it('gives each case the shape SPEC says: { name, request, now, expected: { valid, issues: [[path, code], …] } }', () => {
    const misshapen = vectors.filter(
      (v) =>
        typeof v.name !== 'string' ||
        !('request' in v) ||
        typeof v.now !== 'string' ||
        new Date(v.now).toISOString() !== v.now ||
        typeof v.expected.valid !== 'boolean' ||
        !v.expected.issues.every((pair) => pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string') ||
        (v.expected.valid) !== (v.expected.windows !== undefined && v.expected.messages !== undefined),
    )
    expect(misshapen.map((v) => v.name)).toStrictEqual([])
  })

  it('replays exactly: prepareBatch(request, { now }) gives every case its expected answer', () => {
    const differing = vectors.filter((v) => !isDeepStrictEqual(JSON.parse(JSON.stringify(replay(v.request, v.now))), v.expected))
    expect(differing.map((v) => ({ name: v.name, replayed: replay(v.request, v.now) }))).toStrictEqual([])
  })

  it('is valid exactly when no issue is an error', () => {
    const inconsistent = vectors.filter((v) => v.expected.valid === v.expected.issues.some(([, code]) => severityOf(code as IssueCode) === 'error'))
    expect(inconsistent.map((v) => v.name)).toStrictEqual([])
  })

  it('covers every code a JSON request can give, composition codes included', () => {
    const seen = new Set(vectors.flatMap((v) => v.expected.issues.map(([, code]) => code)))
    expect(issueCodes.filter((code) => !NOT_FROM_A_JSON_REQUEST(code) && !seen.has(code))).toStrictEqual([])
  })

  it("holds the source page's two requests (examples/page-simple.json, examples/page-templated.json)", () => {
    const requests = vectors.map((v) => v.request)
    expect([page('page-simple.json'), page('page-templated.json')].map((p) => requests.some((r) => isDeepStrictEqual(r, p)))).toStrictEqual([true, true])
  })

  it('holds own-key traps: "__proto__" and "constructor" as keys of the request, of recipients and of template values', () => {
    const keysAt = (v: Vector): string[] => {
      const out: string[] = []
      const walk = (x: unknown): void => {
        if (typeof x !== 'object' || x === null) return
        for (const k of Object.keys(x)) {
          out.push(k)
          walk((x as Record<string, unknown>)[k])
        }
      }
      walk(v.request)
      return out
    }
    const keys = new Set(vectors.flatMap(keysAt))
    expect(['__proto__', 'constructor', 'toString'].filter((k) => !keys.has(k))).toStrictEqual([])
  })

  it('passes requestJsonSchema for every accepted request, and is refused by the rules whenever the schema refuses it', () => {
    const check = new Ajv2020({ strict: true }).compile(requestJsonSchema)
    expect(vectors.filter((v) => v.expected.valid && !check(v.request)).map((v) => v.name)).toStrictEqual([])
    const refused = vectors.filter((v) => !check(v.request))
    expect(refused.filter((v) => v.expected.valid).map((v) => v.name)).toStrictEqual([])
    expect(refused.length).toBeGreaterThan(150)
  })

  it('is exactly what the case list makes (run npm run gen:conformance after a change)', () => {
    expect(committed).toBe(requestsText())
  })

  it('is what scripts/gen-conformance.mjs --check accepts, json-text.json and segments.json too', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'gen-conformance.mjs'), '--check'], { cwd: root, encoding: 'utf8' })
    expect({ status: run.status, stderr: run.stderr }).toStrictEqual({ status: 0, stderr: '' })
  }, 120_000)
})
