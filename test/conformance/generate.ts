/**
 * Builds test/conformance/requests.json from the case list (cases.ts): each case replayed through
 * `prepareBatch` (replay.ts) and cross-checked with what the case reasons it must be. A case the
 * library answers differently stops the generation with the difference, so the file only ever
 * holds answers that both the reasoning and the library give. test/conformance/json-text.json
 * is built the same way from textCases.ts, through `prepareBatchJson`.
 *
 * `scripts/gen-conformance.mjs` writes the files (`npm run gen:conformance`); the tests in this
 * folder fail when a committed file differs from what this module makes.
 */
import { isDeepStrictEqual } from 'node:util'
import { severityOf, type IssueCode } from '../../src/issue'
import { CASES, NOW, type CaseSpec } from './cases'
import { linesOf, replay, replayText, textIssues, type TextVector, type Vector } from './replay'
import { TEXT_CASES, type TextCaseSpec } from './textCases'

/** Where the case's reasoning and the library disagree, said for a reader; empty when they agree. */
export function disagreements(spec: CaseSpec, vector: Vector): string[] {
  const out: string[] = []
  const said = vector.expected
  const issues = spec.issues.map(([path, code]) => [path, code])
  if (!isDeepStrictEqual(said.issues, issues)) out.push(`issues: reasoned ${JSON.stringify(issues)}, replayed ${JSON.stringify(said.issues)}`)
  const valid = !spec.issues.some(([, code]) => severityOf(code as IssueCode) === 'error')
  if (said.valid !== valid) out.push(`valid: reasoned ${valid}, replayed ${said.valid}`)
  if (spec.messages !== undefined) {
    const got = (said.messages ?? []).map((m) => [m.recipient, m.encoding, m.units, m.segments])
    const want = spec.messages.map((m) => [...m])
    if (!isDeepStrictEqual(got, want)) out.push(`messages: reasoned ${JSON.stringify(want)}, replayed ${JSON.stringify(got)}`)
  }
  if (spec.windows !== undefined) {
    const got = (said.windows ?? []).map((w) => [w.opens, w.closes])
    const want = spec.windows.map((w) => [...w])
    if (!isDeepStrictEqual(got, want)) out.push(`windows: reasoned ${JSON.stringify(want)}, replayed ${JSON.stringify(got)}`)
  }
  return out
}

/** The vectors of every case, and every disagreement between a case and the library. */
export function requestVectors(): { readonly vectors: ReadonlyArray<Vector>; readonly problems: ReadonlyArray<string> } {
  const problems: string[] = []
  const names = new Set<string>()
  const vectors = CASES.map((spec): Vector => {
    if (names.has(spec.name)) problems.push(`${spec.name}: the name is used twice`)
    names.add(spec.name)
    // The request as a port reads it: through JSON (an own "__proto__" key stays a key).
    const text = JSON.stringify(spec.request)
    const request: unknown = text === undefined ? undefined : JSON.parse(text)
    if (!isDeepStrictEqual(request, spec.request)) problems.push(`${spec.name}: the request does not survive JSON`)
    const now = spec.now ?? NOW
    const vector = { name: spec.name, request, now, expected: replay(request, now) }
    for (const d of disagreements(spec, vector)) problems.push(`${spec.name}: ${d}`)
    return vector
  })
  return { vectors, problems }
}

/** requests.json: every vector, one member a line; throws when a case and the library disagree. */
export function requestsText(): string {
  const { vectors, problems } = requestVectors()
  if (problems.length > 0) throw new Error(`the library disagrees with the case list:\n${problems.join('\n')}`)
  return linesOf(vectors.map((v) => ({ name: v.name, request: v.request, now: v.now, expected: v.expected })))
}

/** Where a text case's reasoning and the library disagree, said for a reader; empty when they agree. */
export function textDisagreements(spec: TextCaseSpec, vector: TextVector): string[] {
  const out: string[] = []
  const said = vector.expected
  const issues = spec.issues.map(([path, code, p]) => [path, code, { line: p.line, column: p.column, offset: p.offset, length: p.length }])
  if (!isDeepStrictEqual(said.issues, issues)) out.push(`issues: reasoned ${JSON.stringify(issues)}, replayed ${JSON.stringify(said.issues)}`)
  const valid = !spec.issues.some(([, code]) => severityOf(code) === 'error')
  if (said.valid !== valid) out.push(`valid: reasoned ${valid}, replayed ${said.valid}`)
  if (spec.invalid !== undefined) {
    // The file records where json.invalid stands; the problem and what was expected there are
    // checked here (they are the issue's params).
    const [problem, expected] = spec.invalid
    const want = expected === undefined ? { problem } : { problem, expected }
    const got = textIssues(spec.text, vector.now).issues.map((i) => {
      const params = i.params ?? {}
      return 'expected' in params ? { problem: params.problem, expected: params.expected } : { problem: params.problem }
    })
    if (!isDeepStrictEqual(got, [want])) out.push(`json.invalid: reasoned ${JSON.stringify(want)}, replayed ${JSON.stringify(got)}`)
  }
  return out
}

/** The vectors of every text case, and every disagreement between a case and the library. */
export function textVectors(): { readonly vectors: ReadonlyArray<TextVector>; readonly problems: ReadonlyArray<string> } {
  const problems: string[] = []
  const names = new Set<string>()
  const vectors = TEXT_CASES.map((spec): TextVector => {
    if (names.has(spec.name)) problems.push(`${spec.name}: the name is used twice`)
    names.add(spec.name)
    const vector = { name: spec.name, text: spec.text, now: spec.now, expected: replayText(spec.text, spec.now) }
    for (const d of textDisagreements(spec, vector)) problems.push(`${spec.name}: ${d}`)
    return vector
  })
  return { vectors, problems }
}

/** json-text.json: every vector, one member a line; throws when a case and the library disagree. */
export function jsonTextText(): string {
  const { vectors, problems } = textVectors()
  if (problems.length > 0) throw new Error(`the library disagrees with the text case list:\n${problems.join('\n')}`)
  return linesOf(vectors.map((v) => ({ name: v.name, text: v.text, now: v.now, expected: v.expected })))
}
