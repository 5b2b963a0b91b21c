/**
 * Memory and time bounded by the input (issue "8 · Hardening", part 3). Every finding of the
 * audit is a test here that failed before the fix:
 *
 * - in a child process whose heap is capped, each hostile input of the audit must be answered
 *   (bounded-heap.test.ts);
 * - here, the exact answers: a message too long to send is known by its length and never
 *   built, issues past the cap are counted and never made, a caller's long string is shown as
 *   an excerpt, listings stop.
 *
 * Nothing here is timed; docs/quality.md gives the time and peak heap of each case
 * (bench/adversarial.mjs).
 */
import fc from 'fast-check'
import * as E from 'fp-ts/Either'
import {
  ISSUES_PER_CODE_CAP,
  analyzeText,
  composeMessages,
  escapeToken,
  fromPointer,
  prepareBatch,
  prepareBatchJson,
  priceBatch,
  suggestField,
  suggestGsm,
  validateBatch,
  validateBatchJson,
  validateSender,
  validateTags,
  type Issue,
} from '../../src/index'
import { scanLookalikes } from '../../src/encoding/lookalikes'
import * as issues from '../../src/issue'
import { makeIssue } from '../../src/issue'
import { valueOf } from '../helpers'

const NOW = new Date('2026-11-25T00:00:00Z')
const BASE = { sender: 'iP1', recipients: ['46701234567'], body: 'Hello' }
const MB = 2 ** 20
/** The longest text 255 segments hold in any encoding (2 × 255 × 153). */
const LONGEST_SENDABLE = 78_030

/** The `[code, params]` of each issue of a result (its Left, or its Right's warnings). */
function paramsOf(r: E.Either<ReadonlyArray<Issue>, { readonly warnings: ReadonlyArray<Issue> }>): Array<[string, unknown]> {
  return (E.isLeft(r) ? r.left : r.right.warnings).map((i) => [i.code, i.params])
}

describe('a composed message too long for 255 segments', () => {
  const at = '/recipients/46701234567'
  const request = (value: string, body = '{a}'.repeat(666), extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    sender: 'iP1',
    recipients: { '46701234567': { a: value } },
    body,
    ...extra,
  })

  // SPEC "body": "a composed message over 2000 characters gets message.too_long (w)"; a message
  // of more than 255 parts is message.too_many_segments. Before: request.unreadable (a RangeError
  // building a string of 698 million characters).
  it('refuses a 1 MB value in a body of 666 placeholders with message.too_long and message.too_many_segments, by its length', () => {
    const length = 666 * MB
    expect(prepareBatch(request('a'.repeat(MB)), { now: NOW })).toStrictEqual(
      E.left([
        makeIssue('message.too_long', ['recipients', '46701234567'], { length, max: 2000 }),
        makeIssue('message.too_many_segments', ['recipients', '46701234567'], { segments: Math.ceil(length / 153), max: 255, atLeast: true }),
      ]),
    )
  })

  it('composes it as an empty text whose counts come from its pieces: UCS-2 units when a value is not GSM', () => {
    const valid = valueOf(validateBatch(request('я'.repeat(200))))
    const [m] = [...composeMessages(valid, { parts: true })]
    const length = 666 * 200
    expect(m === undefined ? undefined : { text: m.text, encoding: m.encoding, units: m.units, segments: m.segments, parts: m.parts, path: m.path }).toStrictEqual({
      text: '',
      encoding: 'ucs',
      units: length,
      segments: Math.ceil(length / 67),
      parts: [],
      path: at,
    })
  })

  it('counts septets piece by piece: an extension character costs two', () => {
    const valid = valueOf(validateBatch(request('€'.repeat(200), 'x{a}'.repeat(500))))
    const [m] = [...composeMessages(valid)]
    const septets = 500 * (1 + 400)
    expect(m === undefined ? undefined : [m.text, m.encoding, m.units, m.segments]).toStrictEqual(['', 'gsm', septets, Math.ceil(septets / 153)])
  })

  it('still lists the keys that became empty (template.empty_value) of a message too long to build', () => {
    const input = {
      sender: 'iP1',
      recipients: { '46701234567': { a: 'a'.repeat(300) }, '46701234568': { b: 'x' } },
      body: '{a}{b}'.repeat(333),
    }
    const r = prepareBatch(input, { now: NOW })
    expect(paramsOf(r).filter(([code]) => code === 'template.empty_value')).toStrictEqual([
      ['template.empty_value', { keys: ['b'] }],
      ['template.empty_value', { keys: ['a'] }],
    ])
  })

  it('builds a message of exactly 78,030 characters, and not one of 78,031', () => {
    const built = prepareBatch(request('a'.repeat(LONGEST_SENDABLE - 1), 'x{a}'), { now: NOW })
    const unbuilt = prepareBatch(request('a'.repeat(LONGEST_SENDABLE), 'x{a}'), { now: NOW })
    expect([paramsOf(built), paramsOf(unbuilt)]).toStrictEqual([
      [
        ['message.too_long', { length: LONGEST_SENDABLE, max: 2000 }],
        ['message.too_many_segments', { segments: 510, max: 255 }],
      ],
      [
        ['message.too_long', { length: LONGEST_SENDABLE + 1, max: 2000 }],
        ['message.too_many_segments', { segments: 511, max: 255, atLeast: true }],
      ],
    ])
  })
})

describe('issues past the cap are counted, never made', () => {
  /** How many issues of each code `run` makes. */
  function made(run: () => unknown): Record<string, number> {
    const spy = jest.spyOn(issues, 'makeIssue')
    try {
      run()
      const counts: Record<string, number> = {}
      for (const [code] of spy.mock.calls) counts[code] = (counts[code] ?? 0) + 1
      return counts
    } finally {
      spy.mockRestore()
    }
  }
  const n = 3 * ISSUES_PER_CODE_CAP

  it('makes at most ISSUES_PER_CODE_CAP issues of each code for 3,000 tags, and one summary per code', () => {
    expect(made(() => validateTags(new Array(n).fill(' x')))).toStrictEqual({
      'tag.whitespace': ISSUES_PER_CODE_CAP,
      'tag.duplicate': ISSUES_PER_CODE_CAP,
      'request.too_many_issues': 2,
    })
  })

  it('makes at most ISSUES_PER_CODE_CAP recipient issues of each code for 3,000 bad recipients of each kind, in both forms', () => {
    const list = [...new Array<unknown>(n).fill(42), ...new Array<string>(n).fill('+46701234567'), ...new Array<string>(n).fill('0701234567')]
    const dictionary: Record<string, unknown> = {}
    for (let i = 0; i < n; i++) dictionary[`+${i}`] = { ['{k}']: 1, v: 2 }
    expect([made(() => validateBatch({ ...BASE, recipients: list })), made(() => validateBatch({ ...BASE, recipients: dictionary }))]).toStrictEqual([
      {
        'recipient.not_string': ISSUES_PER_CODE_CAP,
        'recipient.non_digit': ISSUES_PER_CODE_CAP,
        'recipient.national_format': 1,
        'recipient.duplicate': ISSUES_PER_CODE_CAP,
        'request.too_many_issues': 3,
      },
      {
        'recipient.non_digit': ISSUES_PER_CODE_CAP,
        'template.invalid_key': ISSUES_PER_CODE_CAP,
        'template.value_not_string': ISSUES_PER_CODE_CAP,
        'request.too_many_issues': 3,
      },
    ])
  })

  it('makes at most ISSUES_PER_CODE_CAP unknown fields for 3,000 of them', () => {
    const input: Record<string, unknown> = { ...BASE }
    for (let i = 0; i < n; i++) input[`x${i}`] = i
    expect(made(() => validateBatch(input))).toStrictEqual({ 'request.unknown_field': ISSUES_PER_CODE_CAP, 'request.too_many_issues': 1 })
  })

  it('makes at most ISSUES_PER_CODE_CAP issues of each code for 3,000 windows', () => {
    const input = { ...BASE, deliveryWindows: Array.from({ length: n }, () => ({ opens: null, close: null })) }
    expect(made(() => validateBatch(input))).toStrictEqual({
      'request.unknown_field': ISSUES_PER_CODE_CAP,
      'window.overlap': ISSUES_PER_CODE_CAP,
      'request.too_many_issues': 2,
    })
  })

  it('makes at most ISSUES_PER_CODE_CAP json.duplicate_key issues for 3,000 duplicate keys', () => {
    const dup = Array.from({ length: n }, () => '"x":1').join(',')
    const counted = made(() => validateBatchJson(`{"sender":"iP1","recipients":["46701234567"],"body":"Hi",${dup}}`))
    expect([counted['json.duplicate_key'], counted['request.too_many_issues']]).toStrictEqual([ISSUES_PER_CODE_CAP, 1])
  })
})

describe("a caller's long string in an issue", () => {
  const long = 'k'.repeat(MB)
  const shown = 'k'.repeat(99) + '…'

  it('shows an unknown field name of 1 MB as its first 99 characters and "…", the path whole', () => {
    const r = valueOf(validateBatch({ ...BASE, [long]: 1 }))
    const [w] = r.warnings
    expect(w === undefined ? undefined : { path: w.path.length, params: w.params, message: w.message.length < 200 }).toStrictEqual({
      path: MB + 1,
      params: { field: shown },
      message: true,
    })
  })

  it('shows an excerpt of a long tag, a long template key, a long window bound and a long duplicate key', () => {
    const r = validateBatch({
      ...BASE,
      recipients: { '46701234567': { [`{${long}`]: 'x' } },
      tags: [` ${long}`, ` ${long}`],
      deliveryWindows: [{ opens: `2030-01-01T00:00:00.${'0'.repeat(MB)}`, closes: null }],
    })
    expect(paramsOf(r)).toStrictEqual([
      ['template.invalid_key', { key: `{${'k'.repeat(98)}…` }],
      ['window.no_offset', { value: `2030-01-01T00:00:00.${'0'.repeat(79)}…` }],
      ['tag.whitespace', { tag: ` ${'k'.repeat(98)}…` }],
      ['tag.whitespace', { tag: ` ${'k'.repeat(98)}…` }],
      ['tag.duplicate', { tag: ` ${'k'.repeat(98)}…`, first: 0 }],
    ])
    const key = JSON.stringify(long)
    const json = validateBatchJson(`{"sender":"iP1","recipients":["46701234567"],"body":"Hi",${key}:1,${key}:2}`)
    expect(paramsOf(json).map(([code, params]) => [code, params])).toStrictEqual([
      ['json.duplicate_key', { key: shown }],
      ['request.unknown_field', { field: shown }],
    ])
  })

  it('shows an excerpt of a count given as a long string, and does not write out a bigint of more than 100 digits (priceBatch)', () => {
    const pricing = { account: 'SE', pricePerSegment: '0.35' } as const
    const value = (segments: unknown): unknown => {
      const r = priceBatch({ segments: segments as number, priority: 1 }, pricing)
      return E.isLeft(r) ? r.left[0]?.params : r
    }
    expect([value('1'.repeat(MB)), value(10n ** 200n), value(-(10n ** 100n) + 1n)]).toStrictEqual([
      { value: JSON.stringify('1'.repeat(99) + '…') },
      { value: '> 10^100' },
      { value: '-' + '9'.repeat(100) },
    ])
  })

  it('shows an excerpt of the message of an error a getter throws (request.unreadable)', () => {
    const input = {
      get sender(): string {
        throw new Error('x'.repeat(MB))
      },
    }
    const r = validateBatch(input)
    expect(E.isLeft(r) ? r.left.map((i) => [i.code, i.params]) : r).toStrictEqual([['request.unreadable', { reason: `Error: ${'x'.repeat(92)}…` }]])
  })

  it('never cuts a surrogate pair', () => {
    const r = valueOf(validateBatch({ ...BASE, [`${'k'.repeat(98)}😀${long}`]: 1 }))
    expect(r.warnings[0]?.params).toStrictEqual({ field: `${'k'.repeat(98)}…` })
  })
})

describe('a value longer than its limit is refused by its length alone', () => {
  it('refuses a sender over 22 code units by its length, without naming its characters', () => {
    expect([validateSender('Acme & Co: the best shop'), validateSender('1'.repeat(23)), validateSender(' '.repeat(23))]).toStrictEqual([
      E.left([makeIssue('sender.alphanumeric_length', [], { length: 24, min: 3, max: 11 })]),
      E.left([makeIssue('sender.numeric_too_long', [], { digits: 23, max: 15 })]),
      E.left([makeIssue('sender.alphanumeric_length', [], { length: 23, min: 3, max: 11 })]),
    ])
  })

  it('reads a sender of 17 to 22 code units in full: every issue it has', () => {
    // 17 digits: too long as a number, read in full (no '+', so no invalid_format either).
    // 17 spaces: only white space. 'Acme & Co!!' and 6 spaces: 17 code units, 17 characters.
    expect([validateSender('1'.repeat(17)), validateSender(' '.repeat(17)), validateSender('Acme & Co!!      ')]).toStrictEqual([
      E.left([makeIssue('sender.numeric_too_long', [], { digits: 17, max: 15 })]),
      E.left([makeIssue('sender.empty', [])]),
      E.left([
        makeIssue('sender.invalid_characters', [], { characters: [' ', '&', '!'] }),
        makeIssue('sender.alphanumeric_length', [], { length: 17, min: 3, max: 11 }),
      ]),
    ])
  })

  it('counts a sender in code points without spreading it', () => {
    expect(validateSender('😀😀')).toStrictEqual(
      E.left([
        makeIssue('sender.invalid_characters', [], { characters: ['😀'] }),
        makeIssue('sender.alphanumeric_length', [], { length: 2, min: 3, max: 11 }),
      ]),
    )
  })

  it('refuses a 5 MB URL of dots with deliveryReportUrl.too_long alone, unparsed', () => {
    const url = 'https://' + '.'.repeat(5 * MB)
    expect(validateBatch({ ...BASE, deliveryReportUrl: url })).toStrictEqual(
      E.left([makeIssue('deliveryReportUrl.too_long', ['deliveryReportUrl'], { length: url.length, max: 2047 })]),
    )
  })

  it('refuses a reference over 40 characters by its length even when it is only white space', () => {
    expect(validateBatch({ ...BASE, reference: ' '.repeat(41) })).toStrictEqual(
      E.left([makeIssue('reference.too_long', ['reference'], { length: 41, max: 40 })]),
    )
  })

  it('refuses a price of 10 million digits by its length (prepareBatch)', () => {
    const r = prepareBatch(BASE, { now: NOW, pricing: { account: 'SE', pricePerSegment: '9'.repeat(1e7) } })
    expect(paramsOf(r)).toStrictEqual([['pricing.price_too_long', { length: 1e7, max: 32 }]])
  })
})

describe('listings stop', () => {
  it('lists the first 100 characters of message.not_gsm and counts the rest, in validateBatch and in a message', () => {
    const body = validateBatch({ ...BASE, body: 'ж'.repeat(150), datacoding: 'gsm' })
    const value = prepareBatch({ ...BASE, recipients: { '46701234567': { a: 'ж'.repeat(150) } }, body: 'Hi {a}', datacoding: 'gsm' }, { now: NOW })
    const listed = (r: E.Either<ReadonlyArray<Issue>, unknown>): unknown =>
      E.isLeft(r) ? r.left.map((i) => [i.path, (i.params?.['characters'] as unknown[]).length, i.params?.['omitted'], i.message.endsWith('"ж" at 99 and 50 more.') || i.message.endsWith('"ж" at 102 and 50 more.')]) : r
    expect([listed(body), listed(value)]).toStrictEqual([
      [['/body', 100, 50, true]],
      [['/recipients/46701234567', 100, 50, true]],
    ])
  })

  it('lists 78,030 characters of analyzeText and suggestGsm and counts the rest, replacing them all', () => {
    const text = '’'.repeat(LONGEST_SENDABLE + 5)
    const a = analyzeText(text)
    const s = suggestGsm(text)
    expect([a.nonGsm.length, a.nonGsmOmitted, s.replacements.length, s.replacementsOmitted, s.text === "'".repeat(LONGEST_SENDABLE + 5), s.becomesGsm]).toStrictEqual([
      LONGEST_SENDABLE,
      5,
      LONGEST_SENDABLE,
      5,
      true,
      true,
    ])
  })

  it('leaves nonGsmOmitted and replacementsOmitted out when everything is listed', () => {
    expect(['nonGsmOmitted' in analyzeText('’'.repeat(LONGEST_SENDABLE)), 'replacementsOmitted' in suggestGsm('’ ’')]).toStrictEqual([false, false])
  })
})

describe('scanLookalikes', () => {
  // The composer's one-pass form must say exactly what suggestGsm says of every text.
  const text = fc.string({
    unit: fc.constantFrom('a', 'A', 'e', ' ', '{', '€', '’', '“', '…', '—', '\u00a0', '\u200b', '\u0301', '\u030a', 'Ａ', 'ｃ', 'ж', '😀', '\ud800', 'é', 'ı'),
    maxLength: 400,
  })

  it('should give the becomesGsm, segments, characters and indices suggestGsm gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        const s = suggestGsm(t)
        const characters: Array<{ char: string; replacement: string }> = []
        for (const r of s.replacements) if (!characters.some((c) => c.char === r.from)) characters.push({ char: r.from, replacement: r.to })
        const expected = s.becomesGsm
          ? { becomesGsm: true, segments: s.analysis.segments, characters, indices: s.replacements.map((r) => r.index) }
          : { becomesGsm: false, segments: 0, characters: [], indices: [] }
        const scan = scanLookalikes(t)
        expect({ ...scan, indices: [...scan.indices] }).toStrictEqual(expected)
      }),
    )
  })
})

describe('the composer on many long texts', () => {
  // 30 distinct texts of 38,350 characters (more than 1,048,576 code units in all, the bound of
  // a memo the composer once had), and 20 more recipients repeat some of them; each message is
  // counted as analyzeText counts it.
  it('answers every message of long texts, some repeated, as analyzeText counts it', () => {
    const recipients: Record<string, { a: string }> = {}
    for (let i = 0; i < 50; i++) recipients[String(46701234567 + i)] = { a: `${'a'.repeat(57)}${String(i % 30).padStart(2, '0')}` }
    const valid = valueOf(validateBatch({ sender: 'iP1', recipients, body: '{a}'.repeat(650) }))
    const counts = [...composeMessages(valid)].map((m) => [m.units, m.segments, m.units === analyzeText(m.text).units, m.segments === analyzeText(m.text).segments])
    expect(counts).toStrictEqual(new Array(50).fill([650 * 59, Math.ceil((650 * 59) / 153), true, true]))
  })
})

describe('suggestGsm and scanLookalikes on long texts', () => {
  it('counts the parts of a long replaced text as analyzeText does, an escape pair straddling a part', () => {
    const text = `${'x'.repeat(152)}€’${'y'.repeat(300)}…`
    const s = suggestGsm(text)
    expect([scanLookalikes(text).segments, s.analysis.segments, s.text]).toStrictEqual([analyzeText(s.text).segments, 3, `${'x'.repeat(152)}€'${'y'.repeat(300)}...`])
  })

  it('replaces a letter and its combining accent together, once in the characters however often', () => {
    const text = 'a\u030a ’ a\u030a ’'
    const s = scanLookalikes(text)
    expect([s.becomesGsm, s.characters, [...s.indices]]).toStrictEqual([
      true,
      [
        { char: 'a\u030a', replacement: 'å' },
        { char: '’', replacement: "'" },
      ],
      [0, 3, 5, 8],
    ])
  })

  it('keeps long runs between replacements as they are', () => {
    const run = 'é'.repeat(100)
    expect(suggestGsm(`${run}’${run}“${run}`).text).toStrictEqual(`${run}'${run}"${run}`)
  })
})

describe('suggestField', () => {
  it('suggests nothing for a name of 41 to 64 letters, and does not fold a longer one', () => {
    expect([suggestField('datacoding'.repeat(5)), suggestField('data_coding'.repeat(6)), suggestField(`-${'_'.repeat(64)}body`)]).toStrictEqual([undefined, undefined, undefined])
  })
})

describe('JSON Pointer tokens escaped without regular expressions', () => {
  // The two global replaces were linear in time but held 860 MB for a 10 MB name of "~/".
  const reference = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1')
  const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~')
  const tokens = fc.oneof(
    fc.string({ unit: fc.constantFrom('~', '/', '0', '1', 'a', '😀', '\ud800') }),
    fc.tuple(fc.constantFrom('~/', '~1', 'a~0/'), fc.integer({ min: 1000, max: 5000 })).map(([s, n]) => s.repeat(n)),
  )

  it('should escape every token as the two replaces of RFC 6901 do, at any length', () => {
    fc.assert(fc.property(tokens, (s) => escapeToken(s) === reference(s)))
  })

  it('should unescape every pointer token as replacing ~1, then ~0, does', () => {
    fc.assert(fc.property(tokens, (s) => fromPointer(`/${s.replace(/\//g, '~1')}`)[0] === unescape(s.replace(/\//g, '~1'))))
  })

  it('turns a 10 MB token of "~/" into 20 MB and back', () => {
    const token = '~/'.repeat(5 * MB)
    const escaped = escapeToken(token)
    expect([escaped.length, escaped.slice(0, 8), fromPointer(`/${escaped}`)[0] === token]).toStrictEqual([20 * MB, '~0~1~0~1', true])
  })
})

describe('prepareBatchJson', () => {
  it('answers a body of 666 placeholders with a value of 1 MB by the message\'s length, placed at the recipient', () => {
    const text = JSON.stringify({ sender: 'iP1', recipients: { '46701234567': { a: 'a'.repeat(MB) } }, body: '{a}'.repeat(666) })
    const r = prepareBatchJson(text, { now: NOW })
    expect(E.isLeft(r) ? r.left.map((i) => [i.code, i.path, i.source?.offset]) : r).toStrictEqual([
      ['message.too_long', '/recipients/46701234567', 30],
      ['message.too_many_segments', '/recipients/46701234567', 30],
    ])
  })
})
