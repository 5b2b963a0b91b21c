import * as E from 'fp-ts/Either'
import fc from 'fast-check'
import { prepareBatch, composeMessages, summaryBuilder, type Message, type PreparedBatch } from '../src/compose'
import { validateBatch } from '../src/batch'
import { analyzeText } from '../src/encoding/analyze'
import type { Issue } from '../src/issue'
import pageTemplated from '../examples/page-templated.json'
import { deepFreeze, valueOf } from './helpers'

const now = new Date('2026-11-25T00:00:00Z')

function prepared(input: unknown, options: Partial<Parameters<typeof prepareBatch>[1]> = {}): PreparedBatch {
  return valueOf(prepareBatch(input, { now, ...options }))
}

function issuesOf(input: unknown): Array<[string, string]> {
  const r = prepareBatch(input, { now })
  return (E.isLeft(r) ? r.left : r.right.warnings).map((i: Issue) => [i.path, i.code])
}

const texts = (b: PreparedBatch): Record<string, string> => Object.fromEntries(b.messages.map((m) => [m.recipient, m.text]))

describe('prepareBatch', () => {
  // Source page: "The second level key is then searched for in the text and then replaced by the second level value."
  it('composes the source page dictionary example: own value, else default (with its leading space)', () => {
    const b = prepared(pageTemplated)
    expect(texts(b)).toStrictEqual({
      '456189040623': 'A very nice messagesent by Bob',
      '175368927054': 'A very nice message sent by iP.1',
      '392094880589': 'A very nice message sent by iP.1',
      '568798567631': 'A very nice message sent by iP.1',
    })
    // datacoding gsm; every character is GSM basic: units = length, 1 segment each
    expect(b.messages.map((m) => [m.encoding, m.units, m.segments])).toStrictEqual([
      ['gsm', 30, 1],
      ['gsm', 32, 1],
      ['gsm', 32, 1],
      ['gsm', 32, 1],
    ])
    expect(b.summary.segments).toBe(4)
  })

  it('sends the array form body as written, braces included', () => {
    const b = prepared({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi {name}' })
    expect(b.messages[0]?.text).toBe('Hi {name}')
    expect(b.warnings).toStrictEqual([])
  })

  it('leaves {constructor}, {toString} and {__proto__} as written when no recipient has such a key', () => {
    const input = JSON.parse(
      '{"sender":"iP1","recipients":{"46701234567":{"a":"x"}},"body":"{constructor}{toString}{__proto__}{a}"}',
    )
    const b = prepared(input)
    expect(b.messages[0]?.text).toBe('{constructor}{toString}{__proto__}x')
    expect(b.warnings.map((w) => [w.path, w.code, w.params])).toStrictEqual([
      ['/body', 'template.unresolved', { placeholder: '{constructor}', key: 'constructor' }],
      ['/body', 'template.unresolved', { placeholder: '{toString}', key: 'toString' }],
      ['/body', 'template.unresolved', { placeholder: '{__proto__}', key: '__proto__' }],
    ])
  })

  it('uses an own "__proto__" template key like any other key', () => {
    const input = JSON.parse('{"sender":"iP1","recipients":{"46701234567":{"__proto__":"P"}},"body":"{__proto__}!"}')
    expect(prepared(input).messages[0]?.text).toBe('P!')
  })

  it('never expands a value that contains {sign}', () => {
    const b = prepared({
      sender: 'iP1',
      recipients: { '46701234567': { name: '{sign}', sign: 'S' } },
      body: '{name}-{sign}',
    })
    expect(b.messages[0]?.text).toBe('{sign}-S')
  })

  it('gives a key set for one recipient only the empty string elsewhere, with template.empty_value', () => {
    const r = prepareBatch(
      { sender: 'iP1', recipients: { '46701234567': { name: 'Ann' }, '46701234568': {} }, body: 'Hi {name}!' },
      { now },
    )
    const b = valueOf(r)
    expect(texts(b)).toStrictEqual({ '46701234567': 'Hi Ann!', '46701234568': 'Hi !' })
    expect(b.warnings.map((w) => [w.path, w.code, w.params])).toStrictEqual([
      ['/recipients/46701234568', 'template.empty_value', { keys: ['name'] }],
    ])
  })

  it('reports template.unresolved once per placeholder at /body', () => {
    const b = prepared({ sender: 'iP1', recipients: { '46701234567': {}, '46701234568': {} }, body: '{x} {x} {y}' })
    expect(b.warnings.map((w) => [w.path, w.code])).toStrictEqual([
      ['/body', 'template.unresolved'],
      ['/body', 'template.unresolved'],
    ])
  })

  // Source page: "If gsm is set any message that requires the extended character set of ucs will be denied"
  it('refuses a non-GSM character brought by one recipient under gsm, at that recipient', () => {
    const r = prepareBatch(
      {
        sender: 'iP1',
        recipients: { '46701234567': { name: 'Åsa' }, '46701234568': { name: 'Zoë' } },
        body: 'Hej {name}',
        datacoding: 'gsm',
      },
      { now },
    )
    expect(E.isLeft(r)).toBe(true)
    const errors = E.isLeft(r) ? r.left.filter((i) => i.severity === 'error') : []
    // Å is GSM (0x0E); ë is not: 'Hej ' is 4 units, 'Zo' 2 more, so ë stands at index 6.
    expect(errors.map((i) => [i.path, i.code, i.params])).toStrictEqual([
      ['/recipients/46701234568', 'message.not_gsm', { characters: [{ char: 'ë', index: 6 }] }],
    ])
  })

  it('refuses a non-GSM character of the body under gsm once, at /body', () => {
    const r = prepareBatch(
      { sender: 'iP1', recipients: ['46701234567', '46701234568'], body: 'Price: 5 ₽', datacoding: 'gsm' },
      { now },
    )
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code, i.params]) : []).toStrictEqual([
      ['/body', 'message.not_gsm', { characters: [{ char: '₽', index: 9 }] }],
    ])
  })

  it('sends GSM-only messages as GSM under ucs, and others as UCS-2 (per message)', () => {
    const b = prepared({ sender: 'iP1', recipients: { '46701234567': { n: 'Bo' }, '46701234568': { n: 'Лев' } }, body: 'Hi {n}' })
    expect(b.messages.map((m) => [m.encoding, m.units, m.segments])).toStrictEqual([
      ['gsm', 5, 1],
      ['ucs', 6, 1],
    ])
    expect(b.summary.segmentsByEncoding).toStrictEqual({ gsm: 1, ucs: 1 })
  })

  it('warns message.ucs_lookalikes at /body when the body alone has curly quotes', () => {
    const b = prepared({ sender: 'iP1', recipients: ['46701234567'], body: 'It’s here' })
    expect(b.messages[0]?.encoding).toBe('ucs')
    expect(b.warnings.map((w) => [w.path, w.code, w.params])).toStrictEqual([
      ['/body', 'message.ucs_lookalikes', { characters: [{ char: '’', replacement: "'" }], segmentsSaved: 0 }],
    ])
  })

  it('warns message.ucs_lookalikes at the recipient when a template value brought the look-alike', () => {
    // 100 GSM characters + an en dash: UCS-2 101 units = 2 segments; with '-' GSM 101 septets = 1.
    const b = prepared({
      sender: 'iP1',
      recipients: { '46701234567': { v: '–' }, '46701234568': { v: '-' } },
      body: 'a'.repeat(100) + '{v}',
    })
    expect(b.messages.map((m) => [m.encoding, m.segments])).toStrictEqual([
      ['ucs', 2],
      ['gsm', 1],
    ])
    expect(b.warnings.map((w) => [w.path, w.code, w.params])).toStrictEqual([
      ['/recipients/46701234567', 'message.ucs_lookalikes', { characters: [{ char: '–', replacement: '-' }], segmentsSaved: 1 }],
    ])
  })

  it('gives no look-alike warning when replacing would cost segments (70 × "…" → 210 septets)', () => {
    const b = prepared({ sender: 'iP1', recipients: ['46701234567'], body: '…'.repeat(70) })
    // 70 UTF-16 units fit one UCS-2 segment; "..." × 70 is 210 septets = 2 GSM segments.
    expect(b.messages[0]?.segments).toBe(1)
    expect(b.warnings).toStrictEqual([])
  })

  // SPEC: "a composed message over 2000 characters gets message.too_long (w) at the recipient's path"
  it('warns message.too_long for a composed message over 2000 characters', () => {
    const b = prepared({ sender: 'iP1', recipients: { '46701234567': { v: 'x'.repeat(1990) } }, body: '0123456789{v}' })
    expect(b.messages[0]?.text.length).toBe(2000)
    const c = prepared({ sender: 'iP1', recipients: { '46701234567': { v: 'x'.repeat(1991) } }, body: '0123456789{v}' })
    expect(c.warnings.map((w) => [w.path, w.code])).toStrictEqual([['/recipients/46701234567', 'message.too_long']])
    // 2001 septets: 14 parts of 153 (2142) — 13 parts hold 1989
    expect(c.messages[0]?.segments).toBe(14)
  })

  it('refuses a message of more than 255 segments with message.too_many_segments', () => {
    // 255 × 153 = 39015 septets fit; one more needs a 256th part.
    const ok = prepared({ sender: 'iP1', recipients: { '46701234567': { v: 'x'.repeat(39015 - 1) } }, body: 'y{v}' })
    expect(ok.messages[0]?.segments).toBe(255)
    const r = prepareBatch({ sender: 'iP1', recipients: { '46701234567': { v: 'x'.repeat(39015) } }, body: 'y{v}' }, { now })
    expect(E.isLeft(r) ? r.left.filter((i) => i.severity === 'error').map((i) => [i.path, i.code, i.params]) : []).toStrictEqual([
      ['/recipients/46701234567', 'message.too_many_segments', { segments: 256, max: 255 }],
    ])
  })

  // Source page: "the price per SMS increases by 10 öre if you use a Swedish account"
  it('prices priority 2 on a Swedish account with 10 öre per segment', () => {
    const b = prepared(
      { sender: 'iP1', recipients: ['46701234567', '46701234568'], body: 'x'.repeat(161), priority: 2 },
      { pricing: { account: 'SE', pricePerSegment: '0.35' } },
    )
    // 161 septets = 2 segments per message, 4 in all: base 4 × 0.35 = 1.40, surcharge 4 × 0.10 = 0.40
    expect(b.summary.price).toMatchObject({
      currency: 'SEK',
      segments: 4,
      base: { amount: '1.4000', minorUnits: '140' },
      surcharge: { amount: '0.4000', minorUnits: '40' },
      total: { amount: '1.8000', minorUnits: '180' },
      averagePerMessage: '0.9000',
    })
  })

  it('reports bad pricing options with the request issues', () => {
    const r = prepareBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'x' }, { now, pricing: { account: 'SE', pricePerSegment: '1e3' } })
    expect(E.isLeft(r) ? r.left.map((i) => i.code) : []).toStrictEqual(['pricing.price_invalid'])
  })

  it('refuses an Invalid Date as now with options.now_invalid', () => {
    const r = prepareBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'x' }, { now: new Date('nope') })
    expect(E.isLeft(r) ? r.left.map((i) => i.code) : []).toStrictEqual(['options.now_invalid'])
  })

  it('resolves the default window from now (168 hours)', () => {
    const b = prepared({ sender: 'iP1', recipients: ['46701234567'], body: 'x' })
    expect(b.windows).toStrictEqual([{ opens: '2026-11-25T00:00:00.000Z', closes: '2026-12-02T00:00:00.000Z' }])
    expect([b.summary.firstOpens, b.summary.lastCloses]).toStrictEqual(['2026-11-25T00:00:00.000Z', '2026-12-02T00:00:00.000Z'])
  })

  it('gives each message its number analysis and counts countries', () => {
    const b = prepared({ sender: '46701234567', recipients: ['46701234567', '14165550123', '12025550123'], body: 'x' })
    expect(b.messages.map((m) => [m.status.region, m.status.status])).toStrictEqual([
      ['SE', 'ok'],
      ['CA', 'ok'],
      ['US', 'ok'],
    ])
    expect(b.summary.countries.map((c) => c.region)).toStrictEqual(['CA', 'SE', 'US'])
  })

  it('warns sender.alphanumeric_unsupported for an alphanumeric sender to the US', () => {
    const b = prepared({ sender: 'iP1', recipients: ['12025550123', '12025550124', '46701234567'], body: 'x' })
    expect(b.warnings.map((w) => [w.path, w.code, w.params])).toStrictEqual([
      ['/sender', 'sender.alphanumeric_unsupported', { countries: [{ region: 'US', recipients: 2 }] }],
    ])
  })

  it('warns recipient.national_format for a number starting with 0', () => {
    expect(issuesOf({ sender: '46701234567', recipients: ['0701234567'], body: 'x' })).toStrictEqual([
      ['/recipients/0', 'recipient.national_format'],
    ])
  })

  it('includes the segment texts when asked for', () => {
    const b = prepared({ sender: 'iP1', recipients: ['46701234567'], body: 'x'.repeat(200) }, { parts: true })
    expect(b.messages[0]?.parts).toStrictEqual(['x'.repeat(153), 'x'.repeat(47)])
  })
})

describe('composeMessages', () => {
  it('shares one analysis for a body without placeholders (same issue array object)', () => {
    const v = valueOf(validateBatch({ sender: 'iP1', recipients: ['46701234567', '46701234568'], body: 'It’s' }, { now }))
    const [a, b] = [...composeMessages(v)]
    expect(a?.issues).toBe(b?.issues)
  })
})

const gsmChar = fc.constantFrom(...'abcXYZ 019@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#%&\'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n\r^{}\\[~]|€'.split(''))
const anyChar = fc.oneof(gsmChar, fc.constantFrom('’', '–', '😀', 'Л', '中', '\u00a0', '…'))
const text = (max: number) => fc.array(anyChar, { minLength: 1, maxLength: max }).map((cs) => cs.join(''))
const msisdn = fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `467${n}`)

const templatedRequest = fc.record({
  body: fc.tuple(text(40), text(40)).map(([a, b]) => `${a}{k}${b}`),
  values: fc.uniqueArray(fc.tuple(msisdn, text(200)), { minLength: 1, maxLength: 8, selector: (t) => t[0] }),
})

describe('properties', () => {
  it('each message has the units and segments of analyzeText of its text', () => {
    fc.assert(
      fc.property(templatedRequest, ({ body, values }) => {
        const recipients = Object.fromEntries(values.map(([m, v]) => [m, { k: v }]))
        const r = prepareBatch({ sender: '46701234567', recipients, body: body.trim() === '' ? 'x' + body : body }, { now })
        if (E.isLeft(r)) return true
        return r.right.messages.every((m) => {
          const a = analyzeText(m.text, 'ucs')
          return a.encoding === m.encoding && a.units === m.units && a.segments === m.segments
        })
      }),
    )
  })

  it('the summary totals equal the sums over the messages', () => {
    fc.assert(
      fc.property(templatedRequest, ({ body, values }) => {
        const recipients = Object.fromEntries(values.map(([m, v]) => [m, { k: v }]))
        const r = prepareBatch({ sender: '46701234567', recipients, body: 'x' + body }, { now })
        if (E.isLeft(r)) return true
        const { messages, summary } = r.right
        const sum = (f: (m: Message) => number): number => messages.reduce((s, m) => s + f(m), 0)
        return (
          summary.messages === messages.length &&
          summary.segments === sum((m) => m.segments) &&
          summary.segmentsByEncoding.gsm + summary.segmentsByEncoding.ucs === summary.segments &&
          summary.histogram.reduce((s, h) => s + h.messages, 0) === messages.length
        )
      }),
    )
  })

  it('streaming and array forms agree', () => {
    fc.assert(
      fc.property(templatedRequest, ({ body, values }) => {
        const recipients = Object.fromEntries(values.map(([m, v]) => [m, { k: v }]))
        const input = deepFreeze({ sender: '46701234567', recipients, body: 'x' + body })
        const r = prepareBatch(input, { now })
        const v = validateBatch(input, { now })
        if (E.isLeft(r) || E.isLeft(v)) return true
        const streamed = [...composeMessages(v.right)]
        const builder = summaryBuilder(v.right)
        streamed.forEach((m) => builder.add(m))
        expect(streamed).toStrictEqual(r.right.messages)
        expect(builder.result()).toStrictEqual(r.right.summary)
        return true
      }),
      { numRuns: 50 },
    )
  })

  it('a body without placeholders is sent as written to every recipient', () => {
    fc.assert(
      fc.property(text(300), fc.uniqueArray(msisdn, { minLength: 1, maxLength: 5 }), (body, recipients) => {
        const r = prepareBatch({ sender: '46701234567', recipients, body: 'x' + body.replace(/[{}]/g, '') }, { now })
        return E.isLeft(r) || r.right.messages.every((m) => m.text === 'x' + body.replace(/[{}]/g, ''))
      }),
    )
  })
})

describe('prepareBatch: checks that come first', () => {
  it('reports an invalid now with every issue that does not depend on now', () => {
    const r = prepareBatch({ sender: 'iP', recipients: ['46701234567'], body: 'x' }, { now: new Date(Number.NaN) })
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code]) : []).toStrictEqual([
      ['', 'options.now_invalid'],
      ['/sender', 'sender.alphanumeric_length'],
    ])
  })

  it('answers invalid pricing options with their issues alone, paths into the options', () => {
    // The request has its own problem (/sender) and a field named like an option (/account):
    // neither may be mixed with the options' /account.
    const r = prepareBatch(
      { sender: 'iP', recipients: ['46701234567'], body: 'x', account: 'SE' },
      { now, pricing: { account: 'se', pricePerSegment: '0.35' } as never },
    )
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code]) : []).toStrictEqual([['/account', 'pricing.invalid_account']])
  })
})

describe('a ValidBatch and the caller’s objects', () => {
  it('does not change when the caller changes its template values after validation', () => {
    const values = { name: 'Ann' }
    const v = valueOf(validateBatch({ sender: 'iP1', recipients: { '46701234567': values }, body: 'Hi {name}' }, { now }))
    values.name = 'Bob'
    expect([...composeMessages(v)].map((m) => m.text)).toStrictEqual(['Hi Ann'])
  })
})
