import { EXIT } from '../../src/cli/exit'
import { cli } from './cli'

describe('sms-preflight count --details', () => {
  it('prints one line per character: code point, index, septets, units as sent, GSM table, look-alike', () => {
    const r = cli(['count', 'a€’😀', '--details'])
    expect(r.code).toBe(EXIT.valid)
    expect(r.out.split('\n').slice(-5)).toStrictEqual([
      '  char  code point  index  septets  code units sent  GSM table  look-alike',
      '  a     U+0061      0      1        1                basic',
      '  €     U+20AC      1      2        1                extension',
      '  ’     U+2019      2      1        1                none       "\'"',
      '  😀    U+1F600     3      1        2                none',
    ])
  })

  it('counts septets as sent for a GSM text, shows a removed look-alike and a combining mark on a circle', () => {
    expect(cli(['count', '{', '--details']).out.split('\n').slice(1)).toStrictEqual([
      '  char  code point  index  septets  septets sent  GSM table  look-alike',
      '  {     U+007B      0      2        2             extension',
    ])
    const lines = cli(['count', '\u200be\u0301', '--details']).out.split('\n')
    expect(lines.slice(-3)).toStrictEqual([
      '  ·     U+200B      0      1        1                none       (removed)',
      '  e     U+0065      1      1        1                basic',
      '  ◌\u0301     U+0301      2      1        1                none',
    ])
  })

  it('adds the characters to the JSON with --details, and never prints a table for the empty text', () => {
    const json = JSON.parse(cli(['count', 'a’', '--details', '--json']).out) as { characters: unknown; charactersToSaveSegment: number }
    expect(json.characters).toStrictEqual([
      { char: 'a', codePoint: 97, index: 0, septets: 1, units: 1, set: 'basic' },
      { char: '’', codePoint: 0x2019, index: 1, septets: 1, units: 1, set: 'none', lookalike: "'" },
    ])
    expect('characters' in JSON.parse(cli(['count', 'a’', '--json']).out)).toBe(false)
    expect(cli(['count', '', '--details']).out).toBe(
      'GSM-7: 0 septets, 0 segments (160 fit in one)\n✖ The body must not be empty or only white space. (body.empty)',
    )
  })

  it('is an option of count only', () => {
    expect(cli(['check', 'x.json', '--details']).code).toBe(EXIT.usage)
  })
})

describe('sms-preflight count: characters to remove to save a segment', () => {
  it('says how many characters to remove from the end once a text has two segments', () => {
    expect(cli(['count', 'a'.repeat(161)]).out.split('\n')).toStrictEqual([
      'GSM-7: 161 septets, 2 segments of 153, 145 left in the last segment',
      '  remove 1 character from the end to save a segment (1 segment then)',
    ])
    expect(cli(['count', 'a'.repeat(170) + '€']).out.split('\n')[1]).toBe('  remove 11 characters from the end to save a segment (1 segment then)')
    expect(cli(['count', 'a'.repeat(160)]).out.split('\n')).toHaveLength(1)
  })

  it('says so when removing the character that made the text UCS-2 saves several segments', () => {
    expect(cli(['count', 'a'.repeat(150) + 'ж']).out.split('\n').at(-1)).toBe('  remove 1 character from the end to save 2 segments (1 segment then)')
  })

  it('puts the number in the JSON, 0 for the empty text', () => {
    expect((JSON.parse(cli(['count', '中'.repeat(71), '--json']).out) as { charactersToSaveSegment: number }).charactersToSaveSegment).toBe(1)
    expect((JSON.parse(cli(['count', '', '--json']).out) as { charactersToSaveSegment: number }).charactersToSaveSegment).toBe(0)
  })

  it('says nothing about saving when --datacoding gsm cannot send the text', () => {
    expect(cli(['count', 'ж'.repeat(200), '--datacoding', 'gsm']).out).not.toMatch(/remove/)
  })
})
