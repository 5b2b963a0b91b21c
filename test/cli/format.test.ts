import { codePointOf, counted, describeChar, isInvisible, listed, preview, table, visible, widthOf } from '../../src/cli/format'

describe('counted', () => {
  it('puts the noun in the singular for exactly one, the plural otherwise', () => {
    expect([counted(0, 'septet'), counted(1, 'septet'), counted(2, 'septet'), counted(1n, 'segment')]).toStrictEqual([
      '0 septets',
      '1 septet',
      '2 septets',
      '1 segment',
    ])
    expect(counted(2, 'other character')).toBe('2 other characters')
  })
})

describe('describeChar', () => {
  it('shows a visible character with its code point', () => {
    expect(describeChar('ë')).toBe('"ë" U+00EB')
    expect(describeChar('😀')).toBe('"😀" U+1F600')
  })

  it('shows a combining mark on a dotted circle, with its code point', () => {
    expect(describeChar('\u0301')).toBe('"◌\u0301" U+0301 (combining mark)')
  })

  it('shows invisible characters by code point and name', () => {
    expect(['\u00a0', '\u200d', '\u200b', '\ufeff', '\t', '\u2007', '\u0001', '\u2061'].map(describeChar)).toStrictEqual([
      'U+00A0 (no-break space)',
      'U+200D (zero width joiner)',
      'U+200B (zero width space)',
      'U+FEFF (zero width no-break space (byte order mark))',
      'U+0009 (tab)',
      'U+2007 (figure space)',
      'U+0001 (control character)',
      'U+2061 (format character)',
    ])
  })
})

describe('isInvisible', () => {
  it('counts marks, format characters, controls and spaces other than U+0020', () => {
    expect(['\u0301', '\u200d', '\u00a0', '\n', ' ', 'a', '€'].map(isInvisible)).toStrictEqual([true, true, true, true, false, false, false])
  })
})

describe('visible and widthOf', () => {
  it('shows line breaks, tabs and invisible characters as symbols, one column each', () => {
    expect(visible('a\nb\r\tc\u00a0d\u200de')).toBe('a⏎b␍⇥c␣d·e')
  })

  it('counts a combining mark as 0 columns and an emoji or a CJK character as 2', () => {
    expect([widthOf('e\u0301'), widthOf('😀'), widthOf('漢字'), widthOf('abc')]).toStrictEqual([1, 2, 4, 3])
  })

  it('cuts a preview with …', () => {
    expect([preview('abcdef', 4), preview('abc', 4)]).toStrictEqual(['abc…', 'abc'])
  })
})

describe('table', () => {
  it('makes every column as wide as its widest cell, the last one unpadded', () => {
    expect(
      table([
        ['recipient', 'country', 'text'],
        ['447700900123', '+44', 'Hi'],
      ]),
    ).toStrictEqual(['recipient     country  text', '447700900123  +44      Hi'])
  })
})

describe('listed and codePointOf', () => {
  it('joins with commas and a final "and"', () => {
    expect([listed([]), listed(['a']), listed(['a', 'b']), listed(['a', 'b', 'c'])]).toStrictEqual(['', 'a', 'a and b', 'a, b and c'])
  })

  it('writes a code point with at least 4 hex digits', () => {
    expect([codePointOf('A'), codePointOf('😀')]).toStrictEqual(['U+0041', 'U+1F600'])
  })
})
