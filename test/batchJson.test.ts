// The request as JSON text (SPEC "The doors into other code", step 7): validateBatchJson and
// prepareBatchJson answer what validateBatch / prepareBatch answer for JSON.parse(text), plus
// what only the text shows (json.invalid, json.duplicate_key), with every issue placed.
import * as fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { validateBatch } from '../src/batch'
import { prepareBatchJson, validateBatchJson } from '../src/batchJson'
import { parseJson } from '../src/json/parse'
import { prepareBatch } from '../src/compose'
import { fromPointer, type Issue } from '../src/issue'
import { corruption, NOW, validRequest } from './arbitraries'

const now = NOW

/** The issues of a result (a Left's, or a Right's warnings). */
function issuesOf(r: E.Either<ReadonlyArray<Issue>, { readonly warnings: ReadonlyArray<Issue> }>): ReadonlyArray<Issue> {
  return E.isLeft(r) ? r.left : r.right.warnings
}

/** The text an issue's source covers. */
function covered(text: string, issue: Issue): string {
  const s = issue.source
  if (s === undefined) throw new Error(`${issue.code} has no source`)
  return text.slice(s.offset, s.offset + s.length)
}

/** [code, path, covered text] of every issue. */
function placed(text: string, r: E.Either<ReadonlyArray<Issue>, { readonly warnings: ReadonlyArray<Issue> }>): Array<[string, string, string]> {
  return issuesOf(r).map((i) => [i.code, i.path, covered(text, i)])
}

const withoutSource = (issues: ReadonlyArray<Issue>): Issue[] =>
  issues.map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => k !== 'source')) as unknown as Issue)

/** The value at a JSON Pointer, or undefined when the path is not in the value. */
function at(value: unknown, pointer: string): { found: boolean; value: unknown } {
  let v: unknown = value
  for (const token of fromPointer(pointer)) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, token)) return { found: false, value: undefined }
    v = (v as Record<string, unknown>)[token]
  }
  return { found: true, value: v }
}

describe('validateBatchJson', () => {
  describe('duplicates the parse only counts (their paths would pass the text\'s length)', () => {
    /** The request with field `y`: an object `depth` arrays deep that writes key "b" `repeats` times. */
    const deep = (depth: number, repeats: number, before = ''): string =>
      `{"sender":"iP1","recipients":["46701234567"],"body":"Hi",${before}"y":${'['.repeat(depth)}{${Array.from({ length: repeats }, () => '"b":1').join(',')}}${']'.repeat(depth)}}`
    /** json.duplicate_key issues made, and what the notice counts. */
    const counted = (text: string): [number, unknown] => {
      const r = validateBatchJson(text)
      const issues = E.isLeft(r) ? r.left : []
      const notices = issues.filter((i) => i.code === 'request.too_many_issues')
      return [issues.filter((i) => i.code === 'json.duplicate_key').length, notices.map((n) => n.params)]
    }

    it('counts them in one request.too_many_issues: every duplicate is made or counted', () => {
      // 49 repeats, each with a path of 102 segments (the field, 100 indices, the key).
      const [made, notice] = counted(deep(100, 50))
      expect(made).toBeLessThan(49)
      expect(made).toBeGreaterThan(0)
      expect(notice).toStrictEqual([{ code: 'json.duplicate_key', omitted: 49 - made, cap: 1000 }])
    })

    it('counts those past the cap and those the parse only counted in the same notice', () => {
      // 1,500 shallow repeats first (1,000 made, 500 past the cap), then 49 at 1,000 arrays deep,
      // most of which the parse only counts (1,002 segments each).
      const shallow = `"x":{${Array.from({ length: 1501 }, () => '"a":1').join(',')}},`
      const text = deep(1000, 50, shallow)
      expect(parseJson(text)).toMatchObject({ ok: true, duplicatesOmitted: expect.any(Number) })
      const [made, notice] = counted(text)
      expect([made, notice]).toStrictEqual([1000, [{ code: 'json.duplicate_key', omitted: 1500 + 49 - 1000, cap: 1000 }]])
    })
  })

  it('skips one leading byte order mark: counted in offsets, not in columns; a second one is json.invalid', () => {
    // "5" stands at offset 11 of the text without the mark: 12 with it, and column 12 either way.
    const text = '{"sender": 5, "recipients":["46701234567"],"body":"Hi"}'
    const source = (t: string): unknown => {
      const r = validateBatchJson(t)
      return E.isLeft(r) ? r.left.map((i) => [i.code, i.source]) : []
    }
    expect(source(text)).toStrictEqual([['sender.not_string', { line: 1, column: 12, offset: 11, length: 1 }]])
    expect(source(`\ufeff${text}`)).toStrictEqual([['sender.not_string', { line: 1, column: 12, offset: 12, length: 1 }]])
    expect(source(`\ufeff\ufeff${text}`)).toStrictEqual([['json.invalid', { line: 1, column: 1, offset: 1, length: 1 }]])
  })

  it('reports json.duplicate_key at the later of two senders, which validateBatch(JSON.parse(text)) cannot see', () => {
    const text = '{"sender":"iP1","sender":"Acme","recipients":["46701234567"],"body":"Hi"}'
    expect(E.isRight(validateBatch(JSON.parse(text)))).toBe(true)
    const r = validateBatchJson(text)
    expect(r).toStrictEqual(
      E.left([
        {
          severity: 'error',
          code: 'json.duplicate_key',
          path: '/sender',
          message: 'The key "sender" is written twice in this object; JSON readers keep only one of the two, so remove one.',
          params: { key: 'sender' },
          source: { line: 1, column: 17, offset: 16, length: 8 },
        },
      ]),
    )
  })

  it('reports a recipient written twice with different template values (json.duplicate_key at the second)', () => {
    const text = '{\n  "sender": "iP1",\n  "body": "Hej {name}",\n  "recipients": {\n    "46701234567": {"name": "Ann"},\n    "46701234567": {"name": "Bo"}\n  }\n}'
    expect(placed(text, validateBatchJson(text, { now }))).toStrictEqual([['json.duplicate_key', '/recipients/46701234567', '"46701234567"']])
    const r = validateBatchJson(text, { now })
    expect(E.isLeft(r) && r.left[0]?.source).toStrictEqual({ line: 6, column: 5, offset: 103, length: 13 })
  })

  it('gives invalid JSON one json.invalid with its line and column', () => {
    const text = '{\n  "sender": "iP1",\n  "body": "Hi",\n}\n'
    expect(validateBatchJson(text)).toStrictEqual(
      E.left([
        {
          severity: 'error',
          code: 'json.invalid',
          path: '',
          message: 'The request is not valid JSON at line 4, column 1: an unexpected character, expected a key in double quotes, found "}".',
          params: { problem: 'unexpected_character', expected: 'key', found: '}', line: 4, column: 1 },
          source: { line: 4, column: 1, offset: 37, length: 1 },
        },
      ]),
    )
  })

  it('points at the key for a key problem (an unknown field, a dictionary recipient) and at the value otherwise', () => {
    const text = '{"Sender":"iP","recipients":{"+4670":{"a":"x","{b}":"y"},"46701234567":{"a":7}},"body":"Hi","Datacodig":"gsm"}'
    expect(placed(text, validateBatchJson(text))).toStrictEqual([
      ['request.unknown_field', '/Datacodig', '"Datacodig"'],
      ['sender.alphanumeric_length', '/Sender', '"iP"'],
      ['recipient.non_digit', '/recipients/+4670', '"+4670"'],
      ['template.invalid_key', '/recipients/+4670/{b}', '"{b}"'],
      ['template.value_not_string', '/recipients/46701234567/a', '7'],
    ])
  })

  it('points a missing field at the opening brace of the object it belongs in', () => {
    const text = '  {"recipients":["46701234567"],"body":"Hi"}'
    expect(placed(text, validateBatchJson(text))).toStrictEqual([['sender.missing', '/sender', '{']])
  })

  it('places the warnings of a valid request, and gives the same request as validateBatch', () => {
    const text = '{"sender":"iP1","recipients":["46701234567","46701234567"],"body":"Hi","tags":[" a"]}'
    const r = validateBatchJson(text, { now })
    expect(placed(text, r)).toStrictEqual([
      ['recipient.duplicate', '/recipients/1', '"46701234567"'],
      ['tag.whitespace', '/tags/0', '" a"'],
    ])
    const plain = validateBatch(JSON.parse(text), { now })
    expect(E.isRight(r) && E.isRight(plain) && r.right.request).toStrictEqual(E.isRight(plain) && plain.right.request)
  })

  it('reports the body findings of a request whose JSON also repeats a key', () => {
    const text = '{"sender":"iP1","recipients":["46701234567"],"recipients":["46701234568"],"body":"Hi 😀","datacoding":"gsm"}'
    expect(placed(text, validateBatchJson(text, { now }))).toStrictEqual([
      ['json.duplicate_key', '/recipients', '"recipients"'],
      ['message.not_gsm', '/body', '"Hi 😀"'],
    ])
  })

  it('answers a value that is no text with json.invalid, never a throw', () => {
    const r = validateBatchJson(undefined as unknown as string)
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.params])).toStrictEqual([['json.invalid', { problem: 'not_string', line: 1, column: 1 }]])
    expect(E.isLeft(r) && r.left[0]?.message).toBe('The request is not valid JSON at line 1, column 1: the input is not a string.')
  })

  it('gives options.now_invalid no source: it is about the options, not the text', () => {
    const text = '{"sender":"iP1","recipients":["46701234567"],"body":"Hi"}'
    const r = validateBatchJson(text, { now: new Date(Number.NaN) })
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.source])).toStrictEqual([['options.now_invalid', undefined]])
  })

  describe('properties', () => {
    const texts = fc
      .tuple(validRequest, fc.option(corruption, { nil: undefined }), fc.constantFrom(undefined, 2))
      .map(([request, broken, indent]) => {
        const r = broken === undefined ? request : { ...request, [broken.field]: broken.value }
        return JSON.stringify(r, null, indent)
      })
      .filter((t) => typeof t === 'string')

    it('should say what validateBatch says for JSON.parse(text), each issue placed where its path points', () => {
      fc.assert(
        fc.property(texts, (text) => {
          const value: unknown = JSON.parse(text)
          const plain = validateBatch(value, { now })
          const ours = validateBatchJson(text, { now })
          expect(ours._tag).toBe(plain._tag)
          expect(withoutSource(issuesOf(ours))).toStrictEqual(issuesOf(plain))
          for (const issue of issuesOf(ours)) {
            const target = at(value, issue.path)
            const text_ = covered(text, issue)
            if (!target.found) expect(text_).toBe('{')
            else if (text_.startsWith('"') && text.charAt((issue.source?.offset ?? 0) + text_.length) === ':') {
              // A key: the last token of the path.
              expect(JSON.parse(text_)).toBe(fromPointer(issue.path).pop())
            } else expect(JSON.parse(text_)).toStrictEqual(target.value)
          }
        }),
      )
    })
  })
})

describe('prepareBatchJson', () => {
  const pricing = { account: 'SE', pricePerSegment: '0.35' } as const

  it('says what prepareBatch says, with the messages and warnings placed', () => {
    const text = '{"sender":"iP1","body":"Hej {name}","recipients":{"46701234567":{"name":"Åsa “A”"},"46701234568":{"name":"Bo"}}}'
    const r = prepareBatchJson(text, { now, pricing })
    const plain = prepareBatch(JSON.parse(text), { now, pricing })
    if (E.isLeft(r) || E.isLeft(plain)) throw new Error('valid request')
    expect(r.right.summary).toStrictEqual(plain.right.summary)
    expect(placed(text, r)).toStrictEqual([['message.ucs_lookalikes', '/recipients/46701234567', '"46701234567"']])
    expect(r.right.messages[0]?.issues).toStrictEqual(r.right.warnings)
    expect(r.right.messages[1]).toStrictEqual(plain.right.messages[1])
  })

  it('returns a valid request without warnings as prepareBatch does', () => {
    const text = '{"sender":"iP1","recipients":["46701234567"],"body":"Hi"}'
    expect(prepareBatchJson(text, { now })).toStrictEqual(prepareBatch(JSON.parse(text), { now }))
  })

  it('does not let invalid pricing options hide the request issues: the options first, then the placed issues', () => {
    const text = '{"sender":"iP","recipients":["46701234567"],"body":"Hi"}'
    const r = prepareBatchJson(text, { now, pricing: { account: 'SE', pricePerSegment: 'abc' } })
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.path, i.source === undefined ? null : covered(text, i)])).toStrictEqual([
      ['pricing.price_invalid', '/pricePerSegment', null],
      ['sender.alphanumeric_length', '/sender', '"iP"'],
    ])
  })

  it('reports the body findings at /body, placed, while a recipient is invalid', () => {
    const text = '{"sender":"iP1","recipients":["+46701234568"],"body":"Hi 😀","datacoding":"gsm"}'
    expect(placed(text, prepareBatchJson(text, { now }))).toStrictEqual([
      ['recipient.non_digit', '/recipients/0', '"+46701234568"'],
      ['message.not_gsm', '/body', '"Hi 😀"'],
    ])
  })

  it('gives json.invalid for a text that is not JSON', () => {
    const r = prepareBatchJson('{', { now })
    expect(E.isLeft(r) && r.left.map((i) => [i.code, i.source])).toStrictEqual([['json.invalid', { line: 1, column: 2, offset: 1, length: 0 }]])
  })
})
