// The JSON-text parser and its positions at their edges, found by mutation testing: each
// expectation is JSON.parse's own answer (RFC 8259) or where an editor puts the cursor.
import * as E from 'fp-ts/Either'
import { prepareBatchJson } from '../../src/batchJson'
import { parseJson } from '../../src/json/parse'

const NOW = new Date('2026-11-25T00:00:00Z')

describe('parseJson: \\u escapes take exactly the hex digits 0-9, a-f, A-F', () => {
  // RFC 8259 §7: "\u" followed by four HEXDIG; HEXDIG is DIGIT / "A"-"F", case-insensitive.
  it.each(['0', '9', 'a', 'f', 'A', 'F'])('accepts %p at every place of the four', (h) => {
    const text = `"\\u${h}${h}${h}${h}"`
    expect(parseJson(text)).toStrictEqual({ ok: true, value: JSON.parse(text), duplicates: [] })
  })

  it.each(['/', ':', '`', 'g', '@', 'G'])('refuses %p, just outside a range', (h) => {
    expect(parseJson(`"\\u00${h}0"`)).toMatchObject({ ok: false, error: { problem: 'invalid_escape', offset: 1 } })
  })
})

describe('parseJson: numbers', () => {
  // RFC 8259 §6: after "-" comes "0" or a digit 1-9.
  it.each(['-/', '-:', '-a'])('refuses %p, a minus sign with no digit after it', (text) => {
    expect(parseJson(text)).toStrictEqual({ ok: false, error: { problem: 'invalid_number', offset: 0, length: 1 } })
  })
})

describe('parseJson: a "__proto__" member', () => {
  // JSON.parse makes it an own data property like any other: writable, enumerable, configurable.
  it('is an own property with the descriptor JSON.parse gives it', () => {
    const text = '{"__proto__": 1}'
    const r = parseJson(text)
    const value = r.ok ? (r.value as object) : {}
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')).toStrictEqual(Object.getOwnPropertyDescriptor(JSON.parse(text), '__proto__'))
  })
})

describe('parseJson and a polluted Array.prototype', () => {
  // Issue 12 §2: the parser never reads stack[-1] (decisions.md, "No lookup keyed by a caller's value").
  it('parses the same with a frame planted at Array.prototype[-1]', () => {
    Object.defineProperty(Array.prototype, '-1', { value: { container: [], isArray: true, node: undefined, start: 0 }, configurable: true })
    try {
      expect(parseJson('1')).toStrictEqual({ ok: true, value: 1, duplicates: [] })
    } finally {
      Reflect.deleteProperty(Array.prototype, '-1')
    }
  })
})

describe('placing issues: template.empty_value points at the recipient key', () => {
  // decisions.md "JSON text": a recipient of the dictionary form is its key.
  it('gives the empty value warning the span of the recipient key, quotes included', () => {
    const text = '{"sender":"Acme","body":"Hi {name}","recipients":{"46701234567":{"name":"Ann"},"46701234568":{}}}'
    const r = prepareBatchJson(text, { now: NOW })
    const issues = E.isRight(r) ? r.right.warnings : r.left
    const empty = issues.find((i) => i.code === 'template.empty_value')
    expect(empty?.source).toStrictEqual({ line: 1, column: text.indexOf('"46701234568"') + 1, offset: text.indexOf('"46701234568"'), length: 13 })
  })
})

describe('parseJson: a backslash at the very end', () => {
  // The bad escape's span is what the text holds of it: the backslash alone (nothing follows).
  it('is invalid_escape of length 1 at the backslash', () => {
    expect(parseJson('"ab\\')).toStrictEqual({ ok: false, error: { problem: 'invalid_escape', offset: 3, length: 1 } })
    expect(parseJson('"ab\\x"')).toStrictEqual({ ok: false, error: { problem: 'invalid_escape', offset: 3, length: 2 } })
  })
})

describe('parseJson: errors inside a key, a number or an escape, away from offset 0', () => {
  // The span of an error is where an editor underlines it: the offset of its first character and
  // how many characters it covers. At offset 0 `i - start` and `i + start` agree, so these are
  // placed further in.
  it('places an unterminated key at its quote, to the end of the text', () => {
    // `{"abc` : the key's quote at 1, four characters to the end. Not "expected a colon".
    expect(parseJson('{"abc')).toStrictEqual({ ok: false, error: { problem: 'unterminated_string', offset: 1, length: 4 } })
    expect(parseJson('{"a\\nbc')).toStrictEqual({ ok: false, error: { problem: 'unterminated_string', offset: 1, length: 6 } })
  })

  it('covers an invalid number from its first character to where it went wrong', () => {
    // `[1, -x]`: the minus at 4, length 1; `[1, 2.]`: "2." at 4, length 2; `[1, 3e+]` at 4, length 3.
    expect(parseJson('[1, -x]')).toStrictEqual({ ok: false, error: { problem: 'invalid_number', offset: 4, length: 1 } })
    expect(parseJson('[1, 2.]')).toStrictEqual({ ok: false, error: { problem: 'invalid_number', offset: 4, length: 2 } })
    expect(parseJson('[1, 3e+]')).toStrictEqual({ ok: false, error: { problem: 'invalid_number', offset: 4, length: 3 } })
  })

  it('covers a \\u escape cut short by the end of the text up to the end', () => {
    // `["x", "\u12` : the backslash at 7; "\u12" is the 4 characters left.
    expect(parseJson('["x", "\\u12')).toStrictEqual({ ok: false, error: { problem: 'invalid_escape', offset: 7, length: 4 } })
    expect(parseJson('["x", "\\u')).toStrictEqual({ ok: false, error: { problem: 'invalid_escape', offset: 7, length: 2 } })
  })

  it('reads spaces, quotes and every two-character escape inside a string as JSON.parse does', () => {
    const text = '["a b", " \\" \\\\ \\/ \\b \\f \\n \\r \\t ", "x\\u0041 y"]'
    expect(parseJson(text)).toStrictEqual({ ok: true, value: JSON.parse(text), duplicates: [] })
  })
})

describe('parseJson: the duplicates listed within the text\'s length (parse.ts, the path budget)', () => {
  // An object 10 deep (9 arrays, then the object) repeating its key 10 times: each repeat's path
  // has 10 segments (9 indices and the key), and the paths may take as many segments as the text
  // has characters. The text is padded with spaces to exactly 100 or 99 characters.
  const deep = (length: number): string => {
    const core = '['.repeat(9) + '{"k":1' + ',"k":1'.repeat(10) + '}' + ']'.repeat(9)
    return core + ' '.repeat(length - core.length)
  }

  it('lists the tenth repeat when its path takes exactly what is left (100 characters: 10 × 10 segments)', () => {
    const r = parseJson(deep(100))
    expect(r.ok && [r.duplicates.length, r.duplicatesOmitted]).toStrictEqual([10, undefined])
  })

  it('counts the tenth repeat instead when one segment is missing (99 characters)', () => {
    const r = parseJson(deep(99))
    expect(r.ok && [r.duplicates.length, r.duplicatesOmitted]).toStrictEqual([9, 1])
  })
})
