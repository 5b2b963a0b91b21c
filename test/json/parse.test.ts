// JSON text as written (SPEC "The doors into other code", step 7): parseJson gives the value
// JSON.parse gives, every key written twice, the first syntax error with its position, and
// where each targeted path stands in the text.
import * as fc from 'fast-check'
import { addTarget, parseJson, parseJsonAt, targetTree, type JsonParse, type Located, type Targets } from '../../src/json/parse'
import { lineColumns } from '../../src/json/locate'

/** JSON.parse's verdict: the value, or that it throws. */
function native(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

function valueOf(r: JsonParse): unknown {
  if (!r.ok) throw new Error(`expected a value, got ${JSON.stringify(r.error)}`)
  return r.value
}

/** Every path into a JSON value, as string tokens, with the value there. */
function pathsOf(value: unknown, prefix: string[] = []): Array<[string[], unknown]> {
  const out: Array<[string[], unknown]> = [[prefix, value]]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, String(i)])))
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]))
  return out
}

function find(tree: Targets, tokens: ReadonlyArray<string>): Located | undefined {
  let node: Targets | undefined = tree
  for (const t of tokens) node = node?.children.get(t)
  return node?.found
}

describe('parseJson', () => {
  describe('values', () => {
    it('gives the value JSON.parse gives for every scalar form', () => {
      for (const text of ['0', '-0', '1.5e3', '-12.25E-2', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"\\u00e9\\uD83D\\uDE00"', 'true', 'false', 'null', ' \n\t\r 7 ']) {
        expect(valueOf(parseJson(text))).toStrictEqual(JSON.parse(text))
      }
    })

    it('keeps a lone surrogate escape as JSON.parse does', () => {
      expect(valueOf(parseJson('"\\ud800"'))).toBe('\ud800')
    })

    it('makes "__proto__" an own property, never the prototype (as JSON.parse does)', () => {
      const v = valueOf(parseJson('{"__proto__": {"polluted": true}, "a": 1}')) as Record<string, unknown>
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
      expect(Object.keys(v)).toStrictEqual(['__proto__', 'a'])
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    })

    it('makes every member an own data property even when a prototype has a setter of its name (CreateDataProperty, as JSON.parse), and never throws from one', () => {
      // The setters log into a string: pushing to an array would call the planted index setters.
      let calls = ''
      // Named members only: a setter planted on an array index breaks every `push` in
      // JavaScript, the parser's own stack included (docs/json-text.md).
      const planted: Array<[object, PropertyKey]> = [
        [Object.prototype, 'sender'],
        [Object.prototype, 'body'],
        [Object.prototype, 'recipients'],
      ]
      try {
        for (const [proto, key] of planted) {
          Object.defineProperty(proto, key, {
            configurable: true,
            set(): void {
              calls += `${String(key)} `
              if (key === 'body') throw new Error('a setter that throws')
            },
          })
        }
        const text = '{"sender":"iP1","body":"Hi","recipients":["46701234567","46701234568"]}'
        const r = parseJson(text)
        const expected = { sender: 'iP1', body: 'Hi', recipients: ['46701234567', '46701234568'] }
        expect(r.ok).toBe(true)
        const v = valueOf(r) as Record<string, unknown>
        expect(Object.keys(v)).toStrictEqual(['sender', 'body', 'recipients'])
        expect([v['sender'], v['body']]).toStrictEqual([expected.sender, expected.body])
        expect(Object.getOwnPropertyDescriptor(v, 'sender')).toStrictEqual({ value: 'iP1', writable: true, enumerable: true, configurable: true })
        expect(Object.prototype.hasOwnProperty.call(v, 'recipients') && v['recipients']).toStrictEqual(expected.recipients)
        expect(calls).toBe('')
      } finally {
        for (const [proto, key] of planted) Reflect.deleteProperty(proto, key)
      }
    })

    it('parses a document nested 100,000 deep without overflowing the stack', () => {
      const depth = 100_000
      const r = parseJson('['.repeat(depth) + ']'.repeat(depth))
      expect(r.ok).toBe(true)
    })

    it('skips a leading byte order mark (RFC 8259 §8.1) and still counts it in offsets', () => {
      expect(parseJson('\ufeff{"a":1,"a":2}')).toStrictEqual({
        ok: true,
        value: { a: 2 },
        duplicates: [{ path: ['a'], key: 'a', span: { offset: 8, length: 3 } }],
      })
    })
  })

  describe('duplicate keys', () => {
    it('lists a key written twice at the later occurrence, keeping the last value as JSON.parse does', () => {
      expect(parseJson('{"sender":"iP1","sender":"Acme"}')).toStrictEqual({
        ok: true,
        value: { sender: 'Acme' },
        duplicates: [{ path: ['sender'], key: 'sender', span: { offset: 16, length: 8 } }],
      })
    })

    it('lists duplicates in text order: a repeat inside a member comes after the repeat of that member\'s own key', () => {
      // "a" is written again at offset 7; "b" again at offset 18, inside that second "a"'s value.
      const r = parseJson('{"a":1,"a":{"b":1,"b":2}}')
      expect(r.ok && r.duplicates).toStrictEqual([
        { path: ['a'], key: 'a', span: { offset: 7, length: 3 } },
        { path: ['a', 'b'], key: 'b', span: { offset: 18, length: 3 } },
      ])
    })

    it('finds duplicates anywhere: in a dictionary of recipients, in template values, in a window inside an array', () => {
      const text = '{"recipients":{"46701":{"a":"1","a":"2"},"46701":{}},"deliveryWindows":[{},{"opens":null,"opens":null}]}'
      const r = parseJson(text)
      if (!r.ok) throw new Error('valid JSON')
      expect(r.duplicates.map((d) => [d.path, text.slice(d.span.offset, d.span.offset + d.span.length)])).toStrictEqual([
        [['recipients', '46701', 'a'], '"a"'],
        [['recipients', '46701'], '"46701"'],
        [['deliveryWindows', 1, 'opens'], '"opens"'],
      ])
    })

    it('compares keys as decoded: "a" and "\\u0061" are the same key', () => {
      const r = parseJson('{"a":1,"\\u0061":2}')
      expect(r.ok && r.duplicates.map((d) => d.key)).toStrictEqual(['a'])
    })

    it('reports every repeat of a key written three times', () => {
      const r = parseJson('{"k":1,"k":2,"k":3}')
      expect(r.ok && r.duplicates.map((d) => d.span.offset)).toStrictEqual([7, 13])
      expect(r.ok && 'duplicatesOmitted' in r).toBe(false)
    })

    it('lists duplicates while their paths stay within the text\'s length in all, and counts the rest (memory bounded by the input)', () => {
      // 100 arrays deep, one object repeating "k" 50 times: each of the 49 repeats has a path of
      // 101 segments (100 indices and the key), and one array costs the text only 2 characters.
      const depth = 100
      const text = '['.repeat(depth) + '{' + Array.from({ length: 50 }, () => '"k":1').join(',') + '}' + ']'.repeat(depth)
      const listed = Math.floor(text.length / (depth + 1)) // 499 characters: 4 paths of 101
      const r = parseJson(text)
      if (!r.ok) throw new Error('the text is JSON')
      expect(listed).toBe(4)
      expect(r.duplicates).toHaveLength(listed)
      expect(r.duplicates[0]?.path).toStrictEqual([...Array.from({ length: depth }, () => 0), 'k'])
      // In text order: the first four repeats.
      expect(r.duplicates.map((d) => d.span.offset)).toStrictEqual([1, 2, 3, 4].map((k) => depth + 1 + 6 * k))
      expect(r.duplicatesOmitted).toBe(49 - listed)
      expect(r.value).toStrictEqual(JSON.parse(text))
    })

    it('keeps listing shallow repeats after a deep one no longer fits', () => {
      // A deep object whose repeats exhaust the budget, then a repeat at the top: one segment.
      const deep = '['.repeat(100) + '{' + Array.from({ length: 50 }, () => '"k":1').join(',') + '}' + ']'.repeat(100)
      const text = `{"d":${deep},"t":1,"t":2}`
      const r = parseJson(text)
      expect(r.ok && r.duplicates.map((d) => d.key).slice(-1)).toStrictEqual(['t'])
    })
  })

  describe('syntax errors', () => {
    const cases: Array<[string, string, JsonParse]> = [
      ['an empty text', '  ', { ok: false, error: { problem: 'empty', offset: 2, length: 0 } }],
      ['a trailing comma', '{"a":1,}', { ok: false, error: { problem: 'unexpected_character', expected: 'key', found: '}', offset: 7, length: 1 } }],
      ['a missing value', '{"a":}', { ok: false, error: { problem: 'unexpected_character', expected: 'value', found: '}', offset: 5, length: 1 } }],
      ['a missing colon', '{"a" 1}', { ok: false, error: { problem: 'unexpected_character', expected: 'colon', found: '1', offset: 5, length: 1 } }],
      ['a single-quoted key', "{'a':1}", { ok: false, error: { problem: 'unexpected_character', expected: 'key', found: "'", offset: 1, length: 1 } }],
      ['a missing comma in an array', '[1 2]', { ok: false, error: { problem: 'unexpected_character', expected: 'comma_or_close_array', found: '2', offset: 3, length: 1 } }],
      ['a missing comma in an object', '{"a":1 "b":2}', { ok: false, error: { problem: 'unexpected_character', expected: 'comma_or_close_object', found: '"', offset: 7, length: 1 } }],
      ['text after the value', '{} x', { ok: false, error: { problem: 'unexpected_character', expected: 'end', found: 'x', offset: 3, length: 1 } }],
      ['an astral character where a value is due', '[😀]', { ok: false, error: { problem: 'unexpected_character', expected: 'value', found: '😀', offset: 1, length: 2 } }],
      ['an unclosed array', '[1,', { ok: false, error: { problem: 'unexpected_end', expected: 'value', offset: 3, length: 0 } }],
      ['an unclosed object', '{"a":1', { ok: false, error: { problem: 'unexpected_end', expected: 'comma_or_close_object', offset: 6, length: 0 } }],
      ['an unterminated string', '["abc', { ok: false, error: { problem: 'unterminated_string', offset: 1, length: 4 } }],
      ['an unterminated string with an escape', '["a\\n', { ok: false, error: { problem: 'unterminated_string', offset: 1, length: 4 } }],
      ['a raw line feed in a string', '"a\nb"', { ok: false, error: { problem: 'control_character', found: '\n', offset: 2, length: 1 } }],
      ['a raw tab after an escape', '"\\n\t"', { ok: false, error: { problem: 'control_character', found: '\t', offset: 3, length: 1 } }],
      ['an unknown escape', '"\\x"', { ok: false, error: { problem: 'invalid_escape', offset: 1, length: 2 } }],
      ['a short unicode escape', '"\\u12G4"', { ok: false, error: { problem: 'invalid_escape', offset: 1, length: 4 } }],
      ['a leading zero', '01', { ok: false, error: { problem: 'unexpected_character', expected: 'end', found: '1', offset: 1, length: 1 } }],
      ['a bare minus', '-', { ok: false, error: { problem: 'invalid_number', offset: 0, length: 1 } }],
      ['a fraction without digits', '1.', { ok: false, error: { problem: 'invalid_number', offset: 0, length: 2 } }],
      ['an exponent without digits', '1e+', { ok: false, error: { problem: 'invalid_number', offset: 0, length: 3 } }],
      ['a misspelt literal', 'nul', { ok: false, error: { problem: 'unexpected_character', expected: 'value', found: 'n', offset: 0, length: 1 } }],
    ]
    it.each(cases)('gives the first error with its position: %s', (_name, text, expected) => {
      expect(native(text).ok).toBe(false)
      expect(parseJson(text)).toStrictEqual(expected)
    })

    it('answers a value that is no string with not_string, never a throw', () => {
      expect(parseJson(42 as unknown as string)).toStrictEqual({ ok: false, error: { problem: 'not_string', offset: 0, length: 0 } })
    })
  })

  describe('targets', () => {
    it('records the value and the key of a targeted member, and a container from bracket to bracket', () => {
      const text = '{ "a" : [ 1, { "b" : "x" } ] }'
      const tree = targetTree()
      addTarget(tree, ['a', '1', 'b'])
      parseJsonAt(text, tree)
      expect(find(tree, [])).toStrictEqual({ value: { offset: 0, length: text.length } })
      expect(find(tree, ['a'])).toStrictEqual({ value: { offset: 8, length: 20 }, key: { offset: 2, length: 3 } })
      expect(find(tree, ['a', '1'])).toStrictEqual({ value: { offset: 13, length: 13 } })
      expect(find(tree, ['a', '1', 'b'])).toStrictEqual({ value: { offset: 21, length: 3 }, key: { offset: 15, length: 3 } })
    })
  })

  describe('properties', () => {
    const texts = fc.tuple(fc.jsonValue(), fc.constantFrom(undefined, 0, 2, '\t')).map(([v, indent]) => JSON.stringify(v, null, indent))

    it('should give the value JSON.parse gives, with no duplicates, for any JSON text', () => {
      fc.assert(
        fc.property(texts, (text) => {
          expect(parseJson(text)).toStrictEqual({ ok: true, value: JSON.parse(text), duplicates: [] })
        }),
      )
    })

    it('should accept exactly the texts JSON.parse accepts (texts cut and spliced from JSON)', () => {
      const broken = fc.tuple(texts, fc.nat(), fc.nat(), fc.string({ maxLength: 3 })).map(([t, a, b, insert]) => {
        const i = a % (t.length + 1)
        const j = Math.min(t.length, i + (b % 3))
        return t.slice(0, i) + insert + t.slice(j)
      })
      fc.assert(
        fc.property(broken, (text) => {
          const ours = parseJson(text)
          const theirs = native(text)
          expect(ours.ok).toBe(theirs.ok)
          if (ours.ok && theirs.ok && ours.duplicates.length === 0) expect(ours.value).toStrictEqual(theirs.value)
        }),
      )
    })

    it('should place every path: the text of its span parses to the value there, its key span to the key', () => {
      fc.assert(
        fc.property(texts, (text) => {
          const value: unknown = JSON.parse(text)
          const paths = pathsOf(value)
          const tree = targetTree()
          for (const [tokens] of paths) addTarget(tree, tokens)
          parseJsonAt(text, tree)
          for (const [tokens, v] of paths) {
            const at = find(tree, tokens)
            if (at === undefined) throw new Error(`not placed: ${tokens.join('/')}`)
            expect(JSON.parse(text.slice(at.value.offset, at.value.offset + at.value.length))).toStrictEqual(v)
            if (at.key !== undefined) expect(JSON.parse(text.slice(at.key.offset, at.key.offset + at.key.length))).toBe(tokens[tokens.length - 1])
          }
        }),
      )
    })

    it('should find a key repeated in any object of any document, at the repeat', () => {
      const objects = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1 })
      fc.assert(
        fc.property(objects, fc.nat(), (obj, pick) => {
          const keys = Object.keys(obj)
          const key = keys[pick % keys.length] ?? ''
          const body = JSON.stringify(obj)
          const text = `${body.slice(0, -1)},${JSON.stringify(key)}:null}`
          const r = parseJson(text)
          if (!r.ok) throw new Error('valid JSON')
          expect(r.duplicates).toStrictEqual([{ path: [key], key, span: { offset: body.length, length: JSON.stringify(key).length } }])
        }),
      )
    })
  })
})

describe('lineColumns', () => {
  it('counts no column for a leading byte order mark (an editor hides it), though offsets count it', () => {
    const at = lineColumns('\ufeff{"a":1}')
    // "{" is at offset 1 and column 1; "1" at offset 6, column 6; the mark itself is column 1 too.
    expect([at(1), at(6), at(0)]).toStrictEqual([{ line: 1, column: 1 }, { line: 1, column: 6 }, { line: 1, column: 1 }])
    // Only on the first line, and only a mark at the very start.
    expect(lineColumns('\ufeff{\n\ufeff}')(4)).toStrictEqual({ line: 2, column: 2 })
    expect(lineColumns(' \ufeff{')(2)).toStrictEqual({ line: 1, column: 3 })
  })

  it('counts lines at \\n, \\r\\n and \\r, and columns from 1 in UTF-16 code units', () => {
    const at = lineColumns('ab\ncd\r\nef\rg😀h')
    expect([0, 2, 3, 5, 7, 10, 11, 13].map(at)).toStrictEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
      { line: 4, column: 4 },
    ])
  })
})
