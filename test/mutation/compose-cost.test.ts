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
import { composeMessages, prepareBatch, summaryBuilder, type Message } from '../../src/compose'
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
    // 'Hi x': 4 septets, 1 part. 'Hi ' + 317 × 'й': 320 code units exactly, 5 parts of 67.
    const messages = composed(
      valid({
        sender: 'iP1',
        recipients: { '46701234567': { v: 'a'.repeat(200) }, '46701234568': { v: 'й'.repeat(100) }, '46701234569': { v: 'x' }, '46701234570': { v: 'й'.repeat(317) } },
        body: 'Hi {v}',
      }),
    )
    expect(messages.map((m) => [m.encoding, m.units, m.segments])).toStrictEqual([
      ['gsm', 203, 2],
      ['ucs', 103, 2],
      ['gsm', 4, 1],
      ['ucs', 320, 5],
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

  it('starts a value’s own list at its first character after a body ending in a lone high surrogate, under gsm', () => {
    const b = changed(valid({ sender: 'iP1', recipients: { '46701234567': { v: 'x' } }, body: 'a\ud83d{v}' }), { datacoding: 'gsm' })
    const withValue = (v: string): ValidBatch => changed(b, { recipients: b.request.recipients.map((r) => ({ ...r, values: { v } })) })
    // 'a\ud83dйx': 'й' at 2 is no low surrogate, so no pair with the body's '\ud83d': the value's own.
    expect(composed(withValue('йx')).map((m) => described(m.issues))).toStrictEqual([
      [['/recipients/46701234567', 'message.not_gsm', { characters: [{ char: 'й', index: 2 }] }]],
    ])
    // 'aй\ude00' under body 'a{v}': 'й' then a lone low surrogate, two characters (no pair: 'й' is no high surrogate).
    const plain = changed(valid({ sender: 'iP1', recipients: { '46701234567': { v: 'й\ude00' } }, body: 'a{v}' }), { datacoding: 'gsm' })
    expect(composed(plain).map((m) => described(m.issues))).toStrictEqual([
      [['/recipients/46701234567', 'message.not_gsm', { characters: [{ char: 'й', index: 1 }, { char: '\ude00', index: 2 }] }]],
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
  // 'ab' and '!' are 3 code units of literal text; '{zz}' stays as written: 4 more. The longest
  // message built is 78,030 code units.
  const text = (valueLength: number): string | undefined =>
    composed(valid({ sender: 'iP1', recipients: { '46701234567': { m: 'a'.repeat(valueLength) } }, body: 'ab{m}{zz}!' }))[0]?.text

  it('builds it at 78,030 code units and not at 78,031', () => {
    expect(text(78_030 - 7)?.length).toBe(78_030)
    expect(text(78_031 - 7)).toBe('')
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

  it.each([
    ['null', null],
    ['a string', 'ab'],
    ['a number', 5],
  ])('skips a recipient of a list validateBatch made whose values were replaced by %s', (_, values) => {
    const b = valid({ sender: 'iP1', recipients: { '46701234567': { v: 'x' }, '46701234568': { v: 'y' } }, body: '{v}' })
    const [first] = b.request.recipients
    if (first !== undefined) Reflect.set(first, 'values', values)
    expect(composed(b).map((m) => m.text)).toStrictEqual(['y'])
  })
})

describe('a message too long to build, counted from its pieces', () => {
  it('counts each distinct piece once, however often the body repeats its placeholder', () => {
    const countText = jest.spyOn(analyze, 'countText')
    const value = 'b'.repeat(40_000)
    const [m] = composed(valid({ sender: 'iP1', recipients: { '46701234567': { m: value } }, body: '{m}-{m}-{m}' }))
    // 3 × 40,000 + 2 = 120,002 septets: 785 parts of 153 (784 × 153 = 119,952).
    expect([m?.text, m?.units, m?.segments]).toStrictEqual(['', 120_002, 785])
    expect(countText.mock.calls.filter(([piece]) => piece === value)).toHaveLength(1)
  })

  it('says template.empty_value of no placeholder left as written (no recipient has its key)', () => {
    const [m] = composed(valid({ sender: 'iP1', recipients: { '46701234567': { m: 'a'.repeat(80_000) } }, body: '{m}{x}' }))
    expect(m?.issues.map((i) => i.code)).toStrictEqual(['message.too_long', 'message.too_many_segments'])
  })

  it('gives a UCS-2 message its code units, an astral character two of them', () => {
    // 80,000 × 'a' and '😀': 80,002 code units (septets would say 80,001), 1,195 parts of 67
    // (1,194 × 67 = 79,998).
    const [m] = composed(valid({ sender: 'iP1', recipients: { '46701234567': { m: `${'a'.repeat(80_000)}😀` } }, body: '{m}' }))
    expect([m?.encoding, m?.units, m?.segments]).toStrictEqual(['ucs', 80_002, 1195])
  })
})

describe('the values of a recipient in a list validateBatch did not make', () => {
  it('are read once per pass, into a copy: a getter that answers differently each time is read twice in all', () => {
    // composeMessages reads a handed-back list twice: once for the keys of the batch, once to
    // compose. Each read copies the values, so the message is made from one answer ('2'), and
    // its length and counts agree with it.
    const b = valid({ sender: 'iP1', recipients: { '46701234567': { v: 'x' } }, body: 'x{v}' })
    let reads = 0
    const values = Object.defineProperty({}, 'v', { get: () => String(++reads), enumerable: true })
    const handedBack = changed(b, { recipients: [{ msisdn: '46701234567', at: '46701234567', values }] })
    expect(composed(handedBack).map((m) => [m.text, m.units])).toStrictEqual([['x2', 2]])
    expect(reads).toBe(2)
  })
})

describe('the first opening and the last closing of windows handed back in any order', () => {
  // validateBatch sorts windows by their opening; a batch handed back may hold them in any order.
  const windows = [
    { opens: '2027-01-05T00:00:00.000Z', closes: '2027-01-06T00:00:00.000Z' },
    { opens: '2027-01-01T00:00:00.000Z', closes: '2027-01-09T00:00:00.000Z' },
    { opens: '2027-01-07T00:00:00.000Z', closes: '2027-01-08T00:00:00.000Z' },
  ]

  it('keep the first written of two spellings of the same instant', () => {
    const same = [
      { opens: '2027-01-01T00:00:00.000Z', closes: '2027-01-02T00:00:00.000Z' },
      { opens: '2027-01-01T00:00:00Z', closes: '2027-01-02T00:00:00Z' },
    ]
    const b = changed(valid({ sender: 'iP1', recipients: ['46701234567'], body: 'x' }), { deliveryWindows: same })
    const s = summaryBuilder(b).result()
    expect([s.firstOpens, s.lastCloses]).toStrictEqual(['2027-01-01T00:00:00.000Z', '2027-01-02T00:00:00.000Z'])
  })

  it('are the earliest opening and the latest closing, wherever they stand', () => {
    const b = changed(valid({ sender: 'iP1', recipients: ['46701234567'], body: 'x' }), { deliveryWindows: windows })
    const s = summaryBuilder(b).result()
    expect([s.firstOpens, s.lastCloses]).toStrictEqual(['2027-01-01T00:00:00.000Z', '2027-01-09T00:00:00.000Z'])
  })
})
