// What reaches the terminal from the caller's input: file names, the JSON the command line
// prints and the usage lines that quote a word. Nothing there may carry a control character, a
// bidirectional control or a line separator as it is (docs/decisions.md, the command line).
import { prepareBatchJson } from '../../src/batchJson'
import { analyzeText } from '../../src/encoding'
import { jsonText } from '../../src/cli/format'
import { EXIT } from '../../src/cli/run'
import { cli, NOW } from './cli'

const SIMPLE = '{"sender":"iP1","recipients":["46701234567"],"body":"Hi"}'

/** DEL, the C1 controls, the bidirectional controls and the line and paragraph separators. */
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/
/** Whether a text holds a control character other than the line feed between lines, or any of {@link UNSAFE}. */
const hasRaw = (text: string): boolean => UNSAFE.test(text) || [...text].some((ch) => ch !== '\n' && ch < ' ')

/** One of each: CSI (U+009B), NEL, DEL, the right-to-left override and isolate, the left-to-right mark, the line separator. */
const HOSTILE = 'a\u009b2J\u0085\u007f\u202eb\u2067c\u200e\u2028d'

describe('file names on the terminal', () => {
  const name = 'f\u001b[31mX\u001b]0;t\u0007.json'

  it('escapes the control characters of a valid file\'s name in its verdict', () => {
    const r = cli(['check', name], { [name]: SIMPLE })
    expect(r.code).toBe(EXIT.valid)
    expect(r.out.split('\n')[0]).toBe('✔ f\\u001b[31mX\\u001b]0;t\\u0007.json is valid: 1 message to 1 recipient, 1 segment (gsm 1, ucs 0)')
    expect(hasRaw(r.out)).toBe(false)
  })

  it('escapes the control characters of a file that cannot be read, with and without --json', () => {
    // The fake's reason, as main.ts's, names the file as given.
    const missing = 'no\u001b[2Jpe\u009b'
    expect(cli(['check', missing])).toStrictEqual({ code: EXIT.usage, out: '', err: 'sms-preflight check: no\\u001b[2Jpe\\u009b: no such file' })
    const json = cli(['check', missing, '--json'])
    expect(json.err).toBe('sms-preflight check: no\\u001b[2Jpe\\u009b: no such file')
    expect(hasRaw(json.out)).toBe(false)
    // The JSON keeps the name as data: the same string once parsed.
    expect(JSON.parse(json.out)).toStrictEqual({ file: missing, valid: false, error: `${missing}: no such file` })
  })

  it('escapes the bidirectional controls and invisible characters of a file name, so that a name cannot show reversed or hide a character', () => {
    // "evil\u202enosj.txt" would show as "eviltxt.json" on a terminal that honours the override.
    const reversed = 'evil\u202enosj.txt'
    const valid = cli(['check', reversed], { [reversed]: SIMPLE })
    expect(valid.out.split('\n')[0]).toBe('✔ evil\\u202enosj.txt is valid: 1 message to 1 recipient, 1 segment (gsm 1, ucs 0)')
    const hidden = 'a\u00a0b\u200bc.json'
    expect(cli(['check', hidden]).err).toBe('sms-preflight check: a\\u00a0b\\u200bc.json: no such file')
    // A plain space stays a space.
    expect(cli(['check', 'my file.json']).err).toBe('sms-preflight check: my file.json: no such file')
    expect(hasRaw(valid.out)).toBe(false)
  })
})

describe('JSON on the terminal (--json)', () => {
  it('writes DEL, C1 and bidirectional controls and U+2028/U+2029 of a valid request as \\u escapes, and parses to the same value', () => {
    const text = JSON.stringify({ sender: 'iP1', recipients: ['46701234567'], body: HOSTILE, ['x' + HOSTILE]: 1 })
    // JSON.stringify leaves these characters raw: the file holds them as they are.
    expect(text).toMatch(UNSAFE)
    const r = cli(['check', 'h.json', '--json'], { 'h.json': text })
    expect(r.code).toBe(EXIT.valid)
    expect(r.out).not.toMatch(UNSAFE)
    expect(r.out).toContain('a\\u009b2J\\u0085\\u007f\\u202eb\\u2067c\\u200e\\u2028d')
    const prepared = prepareBatchJson(text, { now: NOW })
    expect(prepared._tag).toBe('Right')
    if (prepared._tag === 'Right') {
      expect(JSON.parse(r.out)).toStrictEqual({ file: 'h.json', valid: true, ...JSON.parse(JSON.stringify(prepared.right)) })
      expect(prepared.right.messages[0]?.text).toBe(HOSTILE)
    }
  })

  it('escapes them in the issues of an invalid request and in a file name too', () => {
    const name = `n${HOSTILE}.json`
    const text = JSON.stringify({ sender: HOSTILE, recipients: [HOSTILE], body: 'Hi' })
    const r = cli(['check', name, '--json'], { [name]: text })
    expect(r.code).toBe(EXIT.invalid)
    expect(r.out).not.toMatch(UNSAFE)
    const parsed = JSON.parse(r.out)
    expect(parsed.file).toBe(name)
    const expected = prepareBatchJson(text, { now: NOW })
    expect(parsed.issues).toStrictEqual(expected._tag === 'Left' ? JSON.parse(JSON.stringify(expected.left)) : 'a Left')
  })

  it('escapes them in count --json, which parses to the same analysis', () => {
    const r = cli(['count', HOSTILE, '--json', '--details'])
    expect(r.out).not.toMatch(UNSAFE)
    const parsed = JSON.parse(r.out)
    expect(parsed.nonGsm).toStrictEqual(analyzeText(HOSTILE, 'ucs').nonGsm)
    expect(parsed.characters.map((c: { char: string }) => c.char).join('')).toBe(HOSTILE)
  })

  it('jsonText keeps JSON\'s own escapes and white space, and gives what JSON.stringify gives for a safe value', () => {
    const value = { a: ['x\ny', 'tab\t', 'quote"\\', 'é €'], b: null }
    expect(jsonText(value)).toBe(JSON.stringify(value, null, 2))
    expect(jsonText(`\\${HOSTILE}`)).toBe('"\\\\a\\u009b2J\\u0085\\u007f\\u202eb\\u2067c\\u200e\\u2028d"')
    expect(JSON.parse(jsonText(`\\${HOSTILE}`))).toBe(`\\${HOSTILE}`)
  })
})

describe('usage lines that quote a word', () => {
  const word = `x${HOSTILE}`
  const shown = 'x' + 'a\\u009b2J\\u0085\\u007f\\u202eb\\u2067c\\u200e\\u2028d'
  const cases: ReadonlyArray<readonly [string, string[]]> = [
    ['--lang', ['check', 'x.json', '--lang', word]],
    ['--now', ['check', 'x.json', '--now', word]],
    ['--account', ['check', 'x.json', '--account', word, '--price', '0.35']],
    ['--price', ['check', 'x.json', '--account', 'SE', '--price', word]],
    ['--datacoding', ['count', 'x', '--datacoding', word]],
    ['serve --port', ['serve', '--port', word]],
    ['serve --timeout', ['serve', '--timeout', word]],
    ['a serve operand', ['serve', word]],
    ['an unknown command', [word]],
    ['a word written with - that is no option', ['count', `-${word}`]],
  ]

  it.each(cases)('escapes them where the line quotes %s', (_, argv) => {
    const r = cli(argv)
    expect(r.code).toBe(EXIT.usage)
    expect(r.out).toBe('')
    expect(r.err.split('\n')).toHaveLength(1)
    expect(hasRaw(r.err)).toBe(false)
    expect(r.err).toContain(`"${argv[0] === 'count' && argv[1]?.startsWith('-') === true ? '-' : ''}${shown}"`)
  })
})
