import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { severityOf, type IssueCode } from '../../src/issue'
import { jsonTextText } from './generate'
import { replayText, textIssues, type TextPlace, type TextVector } from './replay'

const committed = readFileSync(join(__dirname, 'json-text.json'), 'utf8')
const vectors = JSON.parse(committed) as ReadonlyArray<TextVector>

const isPlace = (p: unknown): p is TextPlace =>
  typeof p === 'object' &&
  p !== null &&
  isDeepStrictEqual(Object.keys(p), ['line', 'column', 'offset', 'length']) &&
  Object.values(p).every((n) => Number.isInteger(n) && (n as number) >= 0)

/**
 * Line and column of an offset, counted here without the library: a line ends at \r\n, \r or \n;
 * a leading byte order mark is no column.
 */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/)
  const last = before[before.length - 1] ?? ''
  const mark = before.length === 1 && text.startsWith('\ufeff') && offset > 0 ? 1 : 0
  return { line: before.length, column: last.length - mark + 1 }
}

/** The places of a vector's issues. */
const placesOf = (v: TextVector): TextPlace[] => v.expected.issues.flatMap(([, , p]) => (p === null ? [] : [p]))

/** The vectors with an issue whose line, before its place, holds `chars`. */
const withBefore = (chars: RegExp): string[] =>
  vectors
    .filter((v) =>
      placesOf(v).some((p) => {
        const lineStart = p.offset - (p.column - 1)
        return chars.test(v.text.slice(Math.max(0, lineStart), p.offset))
      }),
    )
    .map((v) => v.name)

describe('test/conformance/json-text.json', () => {
  it('holds at least 30 cases, each named once', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(30)
    expect(new Set(vectors.map((v) => v.name)).size).toBe(vectors.length)
  })

  it('gives each case the shape { name, text, now, expected: { valid, issues: [[path, code, { line, column, offset, length }], …] } }', () => {
    const misshapen = vectors.filter(
      (v) =>
        !isDeepStrictEqual(Object.keys(v), ['name', 'text', 'now', 'expected']) ||
        typeof v.name !== 'string' ||
        typeof v.text !== 'string' ||
        typeof v.now !== 'string' ||
        new Date(v.now).toISOString() !== v.now ||
        !isDeepStrictEqual(Object.keys(v.expected), ['valid', 'issues']) ||
        typeof v.expected.valid !== 'boolean' ||
        !v.expected.issues.every((t) => t.length === 3 && typeof t[0] === 'string' && typeof t[1] === 'string' && isPlace(t[2])),
    )
    expect(misshapen.map((v) => v.name)).toStrictEqual([])
  })

  it('replays exactly: prepareBatchJson(text, { now }) gives every case its expected answer', () => {
    const differing = vectors.filter((v) => !isDeepStrictEqual(replayText(v.text, v.now), v.expected))
    expect(differing.map((v) => ({ name: v.name, replayed: replayText(v.text, v.now) }))).toStrictEqual([])
  })

  it('is valid exactly when no issue is an error', () => {
    const inconsistent = vectors.filter((v) => v.expected.valid === v.expected.issues.some(([, code]) => severityOf(code as IssueCode) === 'error'))
    expect(inconsistent.map((v) => v.name)).toStrictEqual([])
  })

  it('places every issue inside the text, its line and column those of its offset (\\n, \\r\\n, lone \\r; a leading mark is no column)', () => {
    const outside = vectors.filter((v) => placesOf(v).some((p) => p.offset + p.length > v.text.length))
    expect(outside.map((v) => v.name)).toStrictEqual([])
    const miscounted = vectors.filter((v) => placesOf(v).some((p) => !isDeepStrictEqual(lineColumn(v.text, p.offset), { line: p.line, column: p.column })))
    expect(miscounted.map((v) => v.name)).toStrictEqual([])
  })

  it('gives every key written twice at its later occurrence: quotes included, and after an earlier one of the same name', () => {
    const keys = vectors.flatMap((v) =>
      v.expected.issues.filter(([, code]) => code === 'json.duplicate_key').map(([path, , p]) => ({ name: v.name, path, written: p === null ? '' : v.text.slice(p.offset, p.offset + p.length), before: p === null ? '' : v.text.slice(0, p.offset) })),
    )
    const key = (path: string): string => (path.split('/').pop() ?? '').replace(/~1/g, '/').replace(/~0/g, '~')
    // The key as written decodes to the last token of its path, and the same key stands earlier.
    expect(keys.filter((k) => JSON.parse(k.written) !== key(k.path) || !k.before.includes(`"${key(k.path)}"`)).map((k) => k.name)).toStrictEqual([])
  })

  it('covers a key written twice at the top level, in the recipients dictionary, in template values and in a window, once with a \\u escape, three times', () => {
    const paths = vectors.flatMap((v) => v.expected.issues.filter(([, code]) => code === 'json.duplicate_key').map(([path]) => path))
    const where = [/^\/[^/]+$/, /^\/recipients\/\d+$/, /^\/recipients\/\d+\/[^/]+$/, /^\/deliveryWindows\/\d+\/[^/]+$/]
    expect(where.filter((re) => !paths.some((p) => re.test(p))).map(String)).toStrictEqual([])
    expect(vectors.some((v) => v.expected.issues.some(([, code, p]) => code === 'json.duplicate_key' && p !== null && v.text.slice(p.offset, p.offset + p.length).includes('\\u')))).toBe(true)
    expect(vectors.some((v) => v.expected.issues.filter(([, code]) => code === 'json.duplicate_key').length >= 2 && new Set(v.expected.issues.map(([path]) => path)).size === 1)).toBe(true)
  })

  it('covers json.invalid for every problem the parser finds in text, and unexpected_character for every expected', () => {
    const found = vectors
      .filter((v) => v.expected.issues.some(([, code]) => code === 'json.invalid'))
      .flatMap((v) => textIssues(v.text, v.now).issues.map((i) => `${String(i.params?.problem)}${i.params?.expected === undefined ? '' : ` ${String(i.params.expected)}`}`))
    const problems = ['empty', 'unexpected_character', 'unexpected_end', 'unterminated_string', 'control_character', 'invalid_escape', 'invalid_number']
    expect(problems.filter((p) => !found.some((f) => f.split(' ')[0] === p))).toStrictEqual([])
    const expected = ['value', 'key', 'colon', 'comma_or_close_object', 'comma_or_close_array', 'end']
    expect(expected.filter((e) => !found.includes(`unexpected_character ${e}`))).toStrictEqual([])
  })

  it('covers a leading byte order mark, \\r\\n and lone \\r line ends, and an emoji and a tab before an issue on its line', () => {
    const marked = vectors.filter((v) => v.text.startsWith('\ufeff') && v.expected.issues.length > 0)
    expect(marked.length).toBeGreaterThan(0)
    const lineEnds = (re: RegExp): string[] =>
      vectors.filter((v) => placesOf(v).some((p) => re.test(v.text.slice(0, p.offset)))).map((v) => v.name)
    expect(lineEnds(/\r\n/).length).toBeGreaterThan(0)
    expect(lineEnds(/\r(?!\n)/).length).toBeGreaterThan(0)
    expect(withBefore(/[\ud800-\udbff][\udc00-\udfff]/).length).toBeGreaterThan(0)
    expect(withBefore(/\t/).length).toBeGreaterThan(0)
  })

  it('covers issues at a key and at a value, and text-level issues with value-level ones in one case', () => {
    // A key is followed by its colon; a value is not.
    const isKey = (v: TextVector, p: TextPlace): boolean => /^\s*:/.test(v.text.slice(p.offset + p.length))
    expect(vectors.some((v) => placesOf(v).some((p) => isKey(v, p)))).toBe(true)
    expect(vectors.some((v) => v.expected.issues.some(([, code, p]) => code !== 'json.invalid' && p !== null && !isKey(v, p)))).toBe(true)
    const mixed = vectors.filter((v) => v.expected.issues.some(([, code]) => code.startsWith('json.')) && v.expected.issues.some(([, code]) => !code.startsWith('json.') && !code.startsWith('request.')))
    expect(mixed.length).toBeGreaterThan(0)
  })

  it('is exactly what the case list makes (run npm run gen:conformance after a change)', () => {
    expect(committed).toBe(jsonTextText())
  })
})
