// How an issue's message shows a caller's text: one line, no control character, as JSON escapes it.
import * as fc from 'fast-check'
import { escapeHidden, oneLine, quoted } from '../src/escape'
import { catalogue, type IssueCode } from '../src/issue'
import { swedishMessages } from '../src/locale/sv'

/** The characters a message must never carry raw: C0, DEL, C1, U+2028 and U+2029. */
const isControl = (ch: string): boolean => {
  const c = ch.charCodeAt(0)
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029
}
/** The control characters of a text, in order (none: `[]`). */
const controls = (text: string): string[] => [...text].filter(isControl)
/**
 * The characters of a text that do not show, in order: controls, format characters, separators
 * but U+0020, lone surrogates (the engine's own Unicode data, independently of the code).
 */
const hidden = (text: string): string[] => [...text].filter((ch) => ch !== ' ' && /^[\p{Cc}\p{Cf}\p{Z}\p{Cs}]$/u.test(ch))

/** Strings rich in the characters at stake (controls, quotes, backslashes, separators), and any other. */
const risky = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', ' ', '"', '\\', '\n', '\r', '\t', '\u001b', '\u0000', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', 'ж', '😀', '\u00a0', '\u200b', '\u202e', '\ufeff', '\u00ad', '\ud800', '\udfff', 'e\u0301', '\u{e0001}'),
  }),
  fc.string({ unit: 'binary' }),
)

describe('oneLine', () => {
  it('writes the controls as JSON does: \\n, \\r, \\t by name, the others as \\u and four lower-case hex digits', () => {
    expect(oneLine('a\nb\rc\td')).toBe('a\\nb\\rc\\td')
    expect(oneLine('\u001b[2J')).toBe('\\u001b[2J')
    expect(oneLine('\u0000')).toBe('\\u0000')
    // DEL, the C1 controls (NEL, CSI) and the separators, which JSON.stringify keeps raw.
    expect(oneLine('\u007f\u0085\u009b\u2028\u2029')).toBe('\\u007f\\u0085\\u009b\\u2028\\u2029')
  })

  it('keeps every other character as written: quotes, backslashes, letters, astral characters, a lone surrogate', () => {
    expect(oneLine('"a\\b" åäö ж 😀 \ud800 \u00a0')).toBe('"a\\b" åäö ж 😀 \ud800 \u00a0')
    // The first and last characters around the C0 and C1 ranges.
    expect(oneLine(' ~\u00a0')).toBe(' ~\u00a0')
    // The ends of the ranges it escapes: U+001F, U+007F, U+0080, U+009F.
    expect(oneLine('\u001f\u007f\u0080\u009f')).toBe('\\u001f\\u007f\\u0080\\u009f')
  })

  it('law: the output has no control character, and a text without one is returned unchanged', () => {
    fc.assert(
      fc.property(risky, (text) => {
        const shown = oneLine(text)
        expect(controls(shown)).toStrictEqual([])
        if (controls(text).length === 0) expect(shown).toBe(text)
      }),
    )
  })

  it('law: JSON reads the text back (for a text without quotes or backslashes, which it keeps as written)', () => {
    fc.assert(
      fc.property(risky, (text) => {
        fc.pre(!text.includes('"') && !text.includes('\\'))
        expect(JSON.parse(`"${oneLine(text)}"`)).toBe(text)
      }),
    )
  })
})

describe('escapeHidden', () => {
  it('writes what does not show as escapes: a no-break space, a zero width space, a soft hyphen, a bidirectional override, a byte order mark', () => {
    expect(escapeHidden('promo\u00a0')).toBe('promo\\u00a0')
    expect(escapeHidden('a\u200bb\u00adc\u202ed\ufeff')).toBe('a\\u200bb\\u00adc\\u202ed\\ufeff')
    // Controls as oneLine writes them; a lone surrogate; an astral format character (a tag) as its two units.
    expect(escapeHidden('\n\u001b\ud800\u{e0001}')).toBe('\\n\\u001b\\ud800\\udb40\\udc01')
  })

  it('keeps what shows: U+0020, letters of any script, a combining mark on its letter, an emoji, quotes and backslashes', () => {
    expect(escapeHidden('Hej på dig ж e\u0301 😀 "\\')).toBe('Hej på dig ж e\u0301 😀 "\\')
  })

  it('law: the output has no character that does not show, and JSON reads it back (without quotes or backslashes in the text)', () => {
    fc.assert(
      fc.property(risky, (text) => {
        const shown = escapeHidden(text)
        expect(hidden(shown)).toStrictEqual([])
        if (hidden(text).length === 0) expect(shown).toBe(text)
        if (!text.includes('"') && !text.includes('\\')) expect(JSON.parse(`"${shown}"`)).toBe(text)
      }),
    )
  })
})

describe('quoted', () => {
  it('is JSON.stringify with every character that does not show escaped as well', () => {
    expect(quoted('Datacodig')).toBe('"Datacodig"')
    expect(quoted('say "hi"\\')).toBe('"say \\"hi\\"\\\\"')
    expect(quoted('a\u0085b\u2028 \u00a0')).toBe('"a\\u0085b\\u2028 \\u00a0"')
  })

  it('law: JSON reads every quoted text back, and it has no character that does not show', () => {
    fc.assert(
      fc.property(risky, (text) => {
        const q = quoted(text)
        expect(hidden(q)).toStrictEqual([])
        expect(JSON.parse(q)).toBe(text)
      }),
    )
  })
})

describe('messages that show a caller\'s text stay on one line and show every character (a log line, a terminal, a table cell)', () => {
  // Every message whose params carry text from the request, each param filled with the text.
  const cases: ReadonlyArray<readonly [IssueCode, (t: string) => Record<string, unknown>]> = [
    ['request.unknown_field', (t) => ({ field: t })],
    ['request.unknown_field', (t) => ({ field: t, suggestion: 'sender' })],
    ['request.duplicate_field', (t) => ({ field: t, first: t })],
    ['request.unreadable', (t) => ({ reason: t })],
    ['json.invalid', (t) => ({ problem: 'unexpected_character', expected: 'value', found: t, line: 1, column: 1 })],
    ['json.duplicate_key', (t) => ({ key: t })],
    ['sender.invalid_characters', (t) => ({ characters: [t] })],
    ['recipient.non_digit', (t) => ({ characters: [t] })],
    ['template.invalid_key', (t) => ({ key: t })],
    ['template.empty_value', (t) => ({ keys: [t, 'name'] })],
    ['template.unresolved', (t) => ({ placeholder: `{${t}}`, key: t })],
    ['message.not_gsm', (t) => ({ characters: [{ char: t, index: 0 }], lookalikes: [{ char: t, replacement: t }] })],
    ['message.ucs_lookalikes', (t) => ({ characters: [{ char: t, replacement: t }], segmentsSaved: 1 })],
    ['tag.whitespace', (t) => ({ tag: t })],
    ['tag.duplicate', (t) => ({ tag: t, first: 0 })],
    ['pricing.price_invalid', (t) => ({ value: t })],
  ]

  it.each(cases)('%s, in English and in Swedish', (code, params) => {
    const english = catalogue[code].message as (p: Record<string, unknown>) => string
    const swedish = swedishMessages[code] as (p: Record<string, unknown>) => string
    fc.assert(
      fc.property(risky, (text) => {
        expect(hidden(english(params(text)))).toStrictEqual([])
        expect(hidden(swedish(params(text)))).toStrictEqual([])
      }),
    )
  })

  it('shows the escapes where the controls were (the test above can fail: a raw line break is found)', () => {
    expect(catalogue['request.unknown_field'].message({ field: 'se\nnder' })).toBe('"se\\nnder" is not a known field and is ignored.')
    expect(catalogue['template.unresolved'].message({ placeholder: '{z\u001b[2J}', key: 'z\u001b[2J' })).toBe(
      '{z\\u001b[2J} matches no template key and is sent as written.',
    )
    expect(controls('{z\u001b}\n')).toStrictEqual(['\u001b', '\n'])
    // A tag that ends in a no-break space shows it (it reads "promo " otherwise).
    expect(catalogue['tag.whitespace'].message({ tag: 'promo\u00a0' })).toBe('The tag "promo\\u00a0" has leading or trailing white space; it is kept as written.')
  })
})
