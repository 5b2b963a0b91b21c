/**
 * The JSON-text door at its edges (SPEC "The doors into other code"; docs/json-text.md): a key
 * written twice is an error whatever else the request holds, the options' issues stand in no
 * text, duplicates past the cap are counted, and an issue's excerpt of a long string.
 */
import * as E from 'fp-ts/Either'
import { prepareBatchJson, validateBatchJson } from '../../src/batchJson'
import { excerpt, EXCERPT_MAX } from '../../src/excerpt'
import * as locate from '../../src/json/locate'
import * as parser from '../../src/json/parse'
import type { Issue } from '../../src/issue'

const now = new Date('2026-11-25T00:00:00Z')
const described = (r: E.Either<ReadonlyArray<Issue>, { readonly warnings: ReadonlyArray<Issue> }>): Array<[string, string, string, string | null]> =>
  (E.isLeft(r) ? r.left : r.right.warnings).map((i) => [E.isLeft(r) ? 'Left' : 'Right', i.code, i.path, i.source === undefined ? null : `${i.source.line}:${i.source.column}`])

describe('a key written twice beside warnings', () => {
  // 'x' is an unknown field (a warning); "sender" is written twice (an error, at the second).
  const text = '{"sender":"iP1","x":1,"sender":"iP1","recipients":["46701234567"],"body":"Hi"}'

  it('is a Left holding the duplicate and then the warnings, every one placed (validateBatchJson)', () => {
    expect(described(validateBatchJson(text, { now }))).toStrictEqual([
      ['Left', 'json.duplicate_key', '/sender', '1:23'],
      ['Left', 'request.unknown_field', '/x', '1:17'],
    ])
  })

  it('is the same Left from prepareBatchJson, which holds no message', () => {
    expect(described(prepareBatchJson(text, { now }))).toStrictEqual([
      ['Left', 'json.duplicate_key', '/sender', '1:23'],
      ['Left', 'request.unknown_field', '/x', '1:17'],
    ])
  })

  it('is a Left from prepareBatchJson for a request with a duplicate key and no warning', () => {
    const r = prepareBatchJson('{"body":"Hi","body":"Hi","sender":"iP1","recipients":["46701234567"]}', { now })
    expect(described(r)).toStrictEqual([['Left', 'json.duplicate_key', '/body', '1:14']])
  })
})

describe('options.now_invalid beside issues of the text', () => {
  it('has no source, and every issue of the text after it keeps its own', () => {
    const text = '{"sender":"iP","recipients":["46701234567"],"body":"Hi","x":1}'
    // validateBatch's order: the options, the request's own keys, then the fields. "x" starts
    // at offset 56 (15 + 29 + 12 characters before it): column 57.
    const expected = [
      ['Left', 'options.now_invalid', '', null],
      ['Left', 'request.unknown_field', '/x', '1:57'],
      ['Left', 'sender.alphanumeric_length', '/sender', '1:11'],
    ]
    expect(described(validateBatchJson(text, { now: new Date(Number.NaN) }))).toStrictEqual(expected)
    expect(described(prepareBatchJson(text, { now: new Date(Number.NaN) }))).toStrictEqual(expected)
  })
})

describe('more than 1000 duplicate keys (decisions.md "Issues past the cap are counted, never made")', () => {
  it('makes 1000 json.duplicate_key and counts the rest in request.too_many_issues at the top', () => {
    // "a" written 1002 times in an unknown field's object: 1001 duplicates.
    const text = `{"sender":"iP1","recipients":["46701234567"],"body":"Hi","x":{${'"a":1,'.repeat(1001)}"a":1}}`
    const r = validateBatchJson(text, { now })
    const issues = E.isLeft(r) ? r.left : []
    expect(issues.filter((i) => i.code === 'json.duplicate_key')).toHaveLength(1000)
    const summary = issues.filter((i) => i.code === 'request.too_many_issues').map((i) => [i.path, i.params, i.source?.offset])
    expect(summary).toStrictEqual([['', { code: 'json.duplicate_key', omitted: 1, cap: 1000 }, 0]])
  })
})

describe('excerpt (an issue shows at most 100 code units of a caller’s string)', () => {
  it('keeps a string of 100 code units, and cuts one of 101 to 99 and "…"', () => {
    const hundred = 'a'.repeat(EXCERPT_MAX)
    expect(excerpt(hundred)).toBe(hundred)
    expect(excerpt(`${hundred}b`)).toBe(`${'a'.repeat(99)}…`)
  })

  it('never splits a surrogate pair: a pair across the cut is left out whole', () => {
    // 98 × 'a', then '😀' at 98–99, then more: the cut after 99 code units would split it.
    expect(excerpt(`${'a'.repeat(98)}😀${'b'.repeat(10)}`)).toBe(`${'a'.repeat(98)}…`)
    // 97 × 'a', then '😀' at 97–98: the pair fits before the cut.
    expect(excerpt(`${'a'.repeat(97)}😀${'b'.repeat(10)}`)).toBe(`${'a'.repeat(97)}😀…`)
  })
})

describe('a request with nothing to place (docs/json-text.md: the cost of the text door)', () => {
  afterEach(() => jest.restoreAllMocks())

  it('is answered without indexing the text’s lines, by validateBatchJson and prepareBatchJson', () => {
    // No issue, no duplicate: nothing needs a line and column, so the text is not indexed (an
    // index is a pass over the whole text, which at a million recipients is most of the cost).
    const lines = jest.spyOn(locate, 'lineColumns')
    const text = '{"sender":"iP1","recipients":["46701234567"],"body":"Hi"}'
    expect(E.isRight(validateBatchJson(text, { now }))).toBe(true)
    expect(E.isRight(prepareBatchJson(text, { now }))).toBe(true)
    expect(lines).not.toHaveBeenCalled()
    // One warning: the text is indexed once for it.
    expect(E.isRight(validateBatchJson(text.replace('{', '{"x":1,'), { now }))).toBe(true)
    expect(lines).toHaveBeenCalledTimes(1)
  })
})

describe('placing issues reads the text again only when an issue needs a place', () => {
  // docs/json-text.md: the second pass over the text is paid only when there are issues to
  // place. The first parse is parseJson's; a second is placeIssues' call of parseJsonAt.
  afterEach(() => jest.restoreAllMocks())
  const valid = '{"sender":"iP1","recipients":["46701234567"],"body":"Hi"}'

  it('does not when the only issue is a duplicate key, which the parser placed already', () => {
    const second = jest.spyOn(parser, 'parseJsonAt')
    const r = validateBatchJson(valid.replace('{', '{"body":"x",'), { now })
    // The later "body" key: after `{` (1), `"body":"x",` (11), `"sender":"iP1",` (15) and
    // `"recipients":["46701234567"],` (29), so at column 57.
    expect(described(r)).toStrictEqual([['Left', 'json.duplicate_key', '/body', '1:57']])
    expect(second).not.toHaveBeenCalled()
  })

  it('does not when the only issues are about the options, which stand nowhere in the text', () => {
    const second = jest.spyOn(parser, 'parseJsonAt')
    const r = validateBatchJson(valid, { now: new Date(Number.NaN) })
    expect(described(r)).toStrictEqual([['Left', 'options.now_invalid', '', null]])
    expect(second).not.toHaveBeenCalled()
  })

  it('does once for a warning, and places it', () => {
    const second = jest.spyOn(parser, 'parseJsonAt')
    const r = validateBatchJson(valid.replace('{', '{"x":1,'), { now })
    expect(described(r)).toStrictEqual([['Right', 'request.unknown_field', '/x', '1:2']])
    expect(second).toHaveBeenCalledTimes(1)
  })
})
