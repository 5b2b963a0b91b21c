/**
 * How the composer counts (src/compose.ts `countMessage`, decisions.md "A composed message is
 * measured before it is built"): a message one part holds is counted from its pieces (the body's,
 * counted once per batch, a default's once, and the recipient's own values), never by reading
 * its text again; a longer one from its text; and only a UCS-2 text is scanned for look-alikes.
 * The calls are counted through the modules' exports, which the composer calls through their
 * module objects once compiled to CommonJS. Also: the edges of the spans a value brings, and what
 * composeMessages makes of a batch handed back changed.
 */
import * as analyze from '../../src/encoding/analyze'
import * as lookalikes from '../../src/encoding/lookalikes'
import { validateBatch, type ValidBatch } from '../../src/batch'
import { composeMessages, prepareBatch, type Message } from '../../src/compose'
import type { Issue } from '../../src/issue'
import { valueOf } from '../helpers'

const now = new Date('2026-11-25T00:00:00Z')
const valid = (input: unknown): ValidBatch => valueOf(validateBatch(input, { now }))
const composed = (b: ValidBatch): Message[] => Array.from(composeMessages(b))
const described = (list: ReadonlyArray<Issue>): Array<[string, string, unknown]> => list.map((i) => [i.path, i.code, i.params])
/** A batch as a caller may hand it back (outside validateBatch): fields of its request changed. */
const changed = (b: ValidBatch, request: Record<string, unknown>): ValidBatch => ({ ...b, request: { ...b.request, ...request } }) as ValidBatch

afterEach(() => jest.restoreAllMocks())

describe('a message one part holds is counted from its pieces', () => {
  it('never reads the text of a message of at most 320 code units again, in one part or in several', () => {
    const countText = jest.spyOn(analyze, 'countText')
    // 'Hi ' + 200 × 'a': 203 septets, 2 parts of 153 (no extension character).
    // 'Hi ' + 100 × 'й': 103 UCS-2 code units, 2 parts of 67 (no surrogate).
    // 'Hi x': 4 septets, 1 part.
    const messages = composed(
      valid({ sender: 'iP1', recipients: { '46701234567': { v: 'a'.repeat(200) }, '46701234568': { v: 'й'.repeat(100) }, '46701234569': { v: 'x' } }, body: 'Hi {v}' }),
    )
    expect(messages.map((m) => [m.encoding, m.units, m.segments])).toStrictEqual([
      ['gsm', 203, 2],
      ['ucs', 103, 2],
      ['gsm', 4, 1],
    ])
    const texts = new Set(messages.map((m) => m.text))
    expect(countText.mock.calls.filter(([text]) => texts.has(text))).toStrictEqual([])
  })

  it('reads the text of a longer message (401 code units: more than 320, which no single part holds)', () => {
    const countText = jest.spyOn(analyze, 'countText')
    const [m] = composed(valid({ sender: 'iP1', recipients: { '46701234567': { v: 'a'.repeat(400) } }, body: '!{v}' }))
    // 401 septets: parts of 153, 153 and 95.
    expect([m?.units, m?.segments]).toStrictEqual([401, 3])
    expect(countText.mock.calls.filter(([text]) => text === m?.text)).toStrictEqual([[m?.text, 'ucs']])
  })

  it('counts a default’s value once for the whole batch', () => {
    const addPiece = jest.spyOn(analyze, 'addPiece')
    const recipients: Record<string, Record<string, string>> = { default: { name: 'Åsa Öberg' } }
    for (let i = 0; i < 4; i++) recipients[String(46701234560 + i)] = {}
    const messages = composed(valid({ sender: 'iP1', recipients, body: 'Hej {name}!' }))
    expect(messages.map((m) => m.text)).toStrictEqual(new Array(4).fill('Hej Åsa Öberg!'))
    expect(addPiece.mock.calls.filter(([, piece]) => piece === 'Åsa Öberg')).toHaveLength(1)
  })
})

describe('look-alikes are looked for in UCS-2 texts only', () => {
  it('never scans a GSM text, with or without placeholders, nor any text under gsm', () => {
    const scan = jest.spyOn(lookalikes, 'scanLookalikes')
    composed(valid({ sender: 'iP1', recipients: ['46701234567'], body: 'Hej! Svara STOPP.' }))
    composed(valid({ sender: 'iP1', recipients: { '46701234567': { v: 'Åsa' } }, body: 'Hej {v}!' }))
    // Under gsm a character outside GSM is counted, not sent as UCS-2: message.not_gsm, no offer.
    const gsm = composed(changed(valid({ sender: 'iP1', recipients: { '46701234567': { v: 'It’s' } }, body: '{v}!' }), { datacoding: 'gsm' }))
    expect(gsm.map((m) => m.issues.map((i) => i.code))).toStrictEqual([['message.not_gsm']])
    expect(scan).not.toHaveBeenCalled()
  })
})

describe('the spans a value brings, at their edges', () => {
  const at = (body: string, v: string): string[] =>
    valueOf(prepareBatch({ sender: 'iP1', recipients: { '46701234567': { v } }, body }, { now })).warnings.map((w) => `${w.path} ${w.code}`)

  it('gives a look-alike right after a value to the body, and one that is a value’s last character to the recipient', () => {
    // 'ab’': the '’' is at 2, where the value's span [0, 2) ends.
    expect(at('{v}’', 'ab')).toStrictEqual(['/body message.ucs_lookalikes'])
    // 'a’!': the '’' is at 1, the value's last character.
    expect(at('{v}!', 'a’')).toStrictEqual(['/recipients/46701234567 message.ucs_lookalikes'])
    // 'x’ ab': the '’' is at 1, before the value's span [3, 5).
    expect(at('x’ {v}', 'ab')).toStrictEqual(['/body message.ucs_lookalikes'])
  })

  it('lists a character outside GSM that opens a value, under gsm', () => {
    const b = changed(valid({ sender: 'iP1', recipients: { '46701234567': { v: 'x' } }, body: 'Hi {v}' }), { datacoding: 'gsm' })
    const withValue = (v: string): ValidBatch =>
      changed(b, { recipients: b.request.recipients.map((r) => ({ ...r, values: { v } })) })
    // 'Hi йx': 'й' at 3, a single code unit followed by a GSM letter.
    expect(composed(withValue('йx')).map((m) => described(m.issues))).toStrictEqual([
      [['/recipients/46701234567', 'message.not_gsm', { characters: [{ char: 'й', index: 3 }] }]],
    ])
  })

  it('says nothing of the body’s own characters under gsm in a message whose values are GSM', () => {
    // A batch handed back with a body validateBatch would refuse under gsm (message.not_gsm at
    // /body is the request's): the message's own list is of its values' characters, none here.
    const b = changed(valid({ sender: 'iP1', recipients: { '46701234567': { v: 'x' } }, body: 'a{v}' }), { datacoding: 'gsm', body: 'й{v}' })
    expect(composed(b).map((m) => [m.text, m.issues])).toStrictEqual([['йx', []]])
  })
})

describe('the length of a message with a placeholder left as written (no recipient has its key)', () => {
  // '{zz}' stays as written: 4 code units. The longest message built is 78,030 code units.
  const text = (valueLength: number): string | undefined =>
    composed(valid({ sender: 'iP1', recipients: { '46701234567': { m: 'a'.repeat(valueLength) } }, body: '{m}{zz}' }))[0]?.text

  it('builds it at 78,030 code units and not at 78,031', () => {
    expect(text(78_030 - 4)?.length).toBe(78_030)
    expect(text(78_031 - 4)).toBe('')
  })
})

describe('a body with a placeholder and recipients as a list (nothing to render)', () => {
  it('puts message.too_many_segments at the body’s path, as for a body without placeholders', () => {
    // 39,016 septets ('{x}' is 5 of them: braces are extension characters) need 256 parts.
    const body = `{x}${'a'.repeat(153 * 255 + 1 - 5)}`
    const b = changed(valid({ sender: 'iP1', recipients: ['46701234567'], body: 'x' }), { body })
    expect(composed(b).map((m) => [m.text === body, described(m.issues)])).toStrictEqual([[true, [['/body', 'message.too_many_segments', { segments: 256, max: 255 }]]]])
  })
})

describe('a batch handed back with defaults that are no values', () => {
  it.each([
    ['null', null],
    ['a string', 'ab'],
  ])('composes nothing when its defaults are %s', (_, defaults) => {
    const b = changed(valid({ sender: 'iP1', recipients: { '46701234567': { v: 'x' } }, body: '{v}' }), { defaults })
    expect(composed(b)).toStrictEqual([])
  })

  it('skips a recipient of a list validateBatch made whose values were replaced by null', () => {
    const b = valid({ sender: 'iP1', recipients: { '46701234567': { v: 'x' }, '46701234568': { v: 'y' } }, body: '{v}' })
    const [first] = b.request.recipients
    if (first !== undefined) Reflect.set(first, 'values', null)
    expect(composed(b).map((m) => m.text)).toStrictEqual(['y'])
  })
})
