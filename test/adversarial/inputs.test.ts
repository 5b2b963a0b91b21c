/**
 * Adversarial inputs, one test each: absurd nesting and sizes, prototype keys, broken strings,
 * wrong types, special numbers, sparse arrays, prototype-less objects, class instances, and dates
 * at the ends of time and around DST changes. Expected answers are derived from SPEC rules;
 * outcomes are recorded (see record.ts); their times are bench/adversarial.mjs's.
 */
import * as E from 'fp-ts/Either'
import {
  ISSUES_PER_CODE_CAP,
  analyzeText,
  catalogue,
  prepareBatch,
  priceBatch,
  renderTemplate,
  resolveWindows,
  validateBatch,
  validateDeliveryWindows,
  type Issue,
  type PriceInput,
  type PricingOptions,
} from '../../src/index'
import { errorsOf, valueOf } from '../helpers'
import { expectWellFormed } from '../fuzz/support'
import { printTable, timed } from './record'

const NOW = new Date('2026-10-01T00:00:00Z')
const BASE = { sender: 'iP1', recipients: ['46701234567'], body: 'Hello' }
const DEPTH = 100_000

afterAll(() => printTable('adversarial inputs'))

/** `[[…[[leaf]]…]]`, `depth` arrays deep, built without recursion. */
function deepArray(depth: number, leaf: unknown = 'x'): unknown {
  let v: unknown = leaf
  for (let i = 0; i < depth; i++) v = [v]
  return v
}

/** `{ a: { a: … { a: leaf } } }`, `depth` objects deep. */
function deepObject(depth: number, leaf: unknown = 'x'): unknown {
  let v: unknown = leaf
  for (let i = 0; i < depth; i++) v = { a: v }
  return v
}

/** The `[path, code]` pairs of a Right's warnings. */
const warningsOf = (r: E.Either<ReadonlyArray<Issue>, { readonly warnings: ReadonlyArray<Issue> }>): Array<[string, string]> =>
  valueOf(r).warnings.map((w) => [w.path, w.code])

describe('nesting 100,000 deep', () => {
  // SPEC "body": "body.not_string"; the rules look at one level and never recurse into a value.
  it('rejects a 100,000-deep array as the body with body.not_string', () => {
    const input = { ...BASE, body: deepArray(DEPTH) }
    expect(errorsOf(timed('body: array 100,000 deep', () => validateBatch(input)))).toStrictEqual([['/body', 'body.not_string']])
  })

  it('rejects a 100,000-deep body parsed from JSON text with body.not_string', () => {
    const text = `{"sender":"iP1","recipients":["46701234567"],"body":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`
    const r = timed('body: JSON text 100,000 deep (JSON.parse + validateBatch)', () => validateBatch(JSON.parse(text)))
    expect(errorsOf(r)).toStrictEqual([['/body', 'body.not_string']])
  })

  // SPEC "recipients": "Each MSISDN: a string (recipient.not_string …)".
  it('rejects a 100,000-deep array as a recipient with recipient.not_string', () => {
    const input = { ...BASE, recipients: deepArray(DEPTH) }
    expect(errorsOf(timed('recipients: array 100,000 deep', () => validateBatch(input)))).toStrictEqual([['/recipients/0', 'recipient.not_string']])
  })

  // SPEC "recipients": "Template values: an object (…) of strings (template.value_not_string)".
  it('rejects 100,000-deep template values with template.value_not_string', () => {
    const input = { ...BASE, recipients: { '46701234567': { sign: deepArray(DEPTH) }, default: deepObject(DEPTH) } }
    expect(errorsOf(timed('template values and default: 100,000 deep', () => validateBatch(input)))).toStrictEqual([
      ['/recipients/46701234567/sign', 'template.value_not_string'],
      ['/recipients/default/a', 'template.value_not_string'],
    ])
  })

  // SPEC "deliveryWindows": window.invalid_type, window.opens_invalid.
  it('rejects 100,000-deep windows and bounds with window.invalid_type and window.opens_invalid', () => {
    const input = { ...BASE, deliveryWindows: [deepArray(DEPTH), { opens: deepObject(DEPTH), closes: null }] }
    expect(errorsOf(timed('deliveryWindows: window and bound 100,000 deep', () => validateBatch(input, { now: NOW })))).toStrictEqual([
      ['/deliveryWindows/0', 'window.invalid_type'],
      ['/deliveryWindows/1/opens', 'window.opens_invalid'],
    ])
  })

  // SPEC "tags": "optional array of strings (…, tag.not_string, …)".
  it('rejects a 100,000-deep tag with tag.not_string', () => {
    const input = { ...BASE, tags: deepArray(DEPTH) }
    expect(errorsOf(timed('tags: array 100,000 deep', () => validateBatch(input)))).toStrictEqual([['/tags/0', 'tag.not_string']])
  })

  // SPEC "Request": "A field the page does not define: request.unknown_field (w)".
  it('only warns request.unknown_field for a 100,000-deep unknown field, and still composes', () => {
    const input = { ...BASE, extra: deepObject(DEPTH) }
    const r = timed('unknown field 100,000 deep (prepareBatch)', () => prepareBatch(input, { now: NOW }))
    expect(warningsOf(r)).toStrictEqual([['/extra', 'request.unknown_field']])
    expect(valueOf(r).messages.map((m) => m.text)).toStrictEqual(['Hello'])
  })
})

describe('a 50 MB body', () => {
  const size = 50 * 1024 * 1024
  const huge = 'a'.repeat(size)

  // SPEC "body": "body.too_long (over 2000 characters)".
  it('rejects it with body.too_long, naming its length', () => {
    const r = timed('body of 50 MB (validateBatch)', () => validateBatch({ ...BASE, body: huge }))
    expect(E.isLeft(r) && r.left).toStrictEqual([
      { severity: 'error', code: 'body.too_long', path: '/body', message: catalogue['body.too_long'].message({ length: size, max: 2000 }), params: { length: size, max: 2000 } },
    ])
  })

  it('rejects it in prepareBatch with body.too_long too', () => {
    const r = timed('body of 50 MB (prepareBatch)', () => prepareBatch({ ...BASE, body: huge }, { now: NOW }))
    expect(errorsOf(r)).toStrictEqual([['/body', 'body.too_long']])
  })

  it('counts it in one linear pass with analyzeText: 52,428,800 septets in 342,672 parts of 153', () => {
    // 52,428,800 = 153 × 342,671 + 137: the last part holds 137 septets, 16 remain.
    const a = timed('analyzeText of 50 MB of GSM text', () => analyzeText(huge), (x) => `${x.segments} segments`)
    expect(a).toStrictEqual({ encoding: 'gsm', gsmCompatible: true, units: size, segments: 342_672, unitsPerSegment: 153, remaining: 16, text: huge, nonGsm: [] })
  })
})

describe('1,000,000 invalid recipients', () => {
  // Each third: a number (recipient.not_string), "+46701234567" (recipient.non_digit), "" (recipient.empty).
  const million = Array.from({ length: 1_000_000 }, (_, i) => (i % 3 === 0 ? i : i % 3 === 1 ? '+46701234567' : ''))

  it('keeps the error list bounded: 1000 of each code, then request.too_many_issues with the exact rest', () => {
    expect(ISSUES_PER_CODE_CAP).toBe(1000)
    const r = timed('1,000,000 invalid recipients (validateBatch)', () => validateBatch({ ...BASE, recipients: million }))
    if (E.isRight(r)) throw new Error('expected Left')
    const byCode = new Map<string, number>()
    for (const i of r.left) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1)
    // 1,000,000 indices: 333,334 are ≡ 0 (mod 3), 333,333 are ≡ 1 and 333,333 are ≡ 2.
    expect(Object.fromEntries(byCode)).toStrictEqual({
      'recipient.not_string': 1000,
      'recipient.non_digit': 1000,
      'recipient.empty': 1000,
      'request.too_many_issues': 3,
    })
    expect(r.left.slice(0, 3).map((i) => [i.path, i.code])).toStrictEqual([
      ['/recipients/0', 'recipient.not_string'],
      ['/recipients/1', 'recipient.non_digit'],
      ['/recipients/2', 'recipient.empty'],
    ])
    expect(r.left.filter((i) => i.code === 'request.too_many_issues').map((i) => [i.path, i.params])).toStrictEqual([
      ['/recipients', { code: 'recipient.not_string', omitted: 332_334, cap: 1000 }],
      ['/recipients', { code: 'recipient.non_digit', omitted: 332_333, cap: 1000 }],
      ['/recipients', { code: 'recipient.empty', omitted: 332_333, cap: 1000 }],
    ])
    expect(r.left).toHaveLength(3003)
  })

  it('answers the same bounded list through prepareBatch', () => {
    const r = timed('1,000,000 invalid recipients (prepareBatch)', () => prepareBatch({ ...BASE, recipients: million }, { now: NOW }))
    expect(errorsOf(r)).toHaveLength(3003)
  })
})

describe('prototype keys in every object position (from JSON text)', () => {
  const KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'] as const
  const entries = (value: (k: string, i: number) => string): string => KEYS.map((k, i) => `"${k}":${value(k, i)}`).join(',')

  afterEach(() => {
    // Nothing leaked into Object.prototype.
    const probe: Record<string, unknown> = {}
    expect(probe['polluted']).toBeUndefined()
    expect(probe['opens']).toBeUndefined()
    expect(typeof probe.toString).toBe('function')
  })

  // SPEC "Request": an undefined field is request.unknown_field (w).
  it('warns request.unknown_field for each at the top level and keeps the request valid', () => {
    const text = `{"sender":"iP1","recipients":["46701234567"],"body":"Hi",${entries(() => '{"polluted":1,"sender":"XX"}')}}`
    const r = timed('prototype keys at the top level', () => validateBatch(JSON.parse(text)))
    expect(warningsOf(r)).toStrictEqual(KEYS.map((k) => [`/${k}`, 'request.unknown_field']))
    expect(valueOf(r).request.sender).toBe('iP1')
  })

  // SPEC "recipients": the keys are MSISDNs, digits only (recipient.non_digit).
  it('rejects each as a recipients key with recipient.non_digit', () => {
    const text = `{"sender":"iP1","body":"Hi","recipients":{"46701234567":{},${entries(() => '{"polluted":"1"}')}}}`
    const r = timed('prototype keys as recipient keys', () => validateBatch(JSON.parse(text)))
    expect(errorsOf(r)).toStrictEqual(KEYS.map((k) => [`/recipients/${k}`, 'recipient.non_digit']))
  })

  // SPEC "Templating": "Only own keys count"; an own "__proto__" key is a key like any other.
  it('uses each as an own template key and as an own default key', () => {
    const body = KEYS.map((k) => `{${k}}`).join('')
    const text = `{"sender":"iP1","body":"${body}","recipients":{"46701234567":{${entries((_k, i) => `"${'abcde'[i]}"`)}},"46707654321":{},"default":{${entries((_k, i) => `"${'ABCDE'[i]}"`)}}}}`
    const r = timed('prototype keys as template and default keys (prepareBatch)', () => prepareBatch(JSON.parse(text), { now: NOW }))
    expect(valueOf(r).messages.map((m) => m.text)).toStrictEqual(['abcde', 'ABCDE'])
  })

  // SPEC "deliveryWindows": "{ opens, closes }"; other keys are not bounds, and a prototype is never read.
  it('ignores each in a window object (a "__proto__" holding bounds included)', () => {
    const text = `[{"opens":null,"closes":null,${entries(() => '{"opens":"bad","closes":"bad","polluted":1}')}}]`
    const r = timed('prototype keys in a window object (resolveWindows)', () => resolveWindows(JSON.parse(text), NOW))
    expect(r).toStrictEqual(E.right([{ opens: '2026-10-01T00:00:00.000Z', closes: '2026-10-08T00:00:00.000Z' }]))
  })

  // The pricing options are read as own fields only.
  it('never reads pricing options from a "__proto__" key', () => {
    const pricing: unknown = JSON.parse(`{${entries(() => '{"account":"SE","pricePerSegment":"1"}')}}`)
    const r = timed('prototype keys in pricing options (priceBatch)', () => priceBatch({ segments: 1, priority: 1 }, pricing))
    expect(errorsOf(r)).toStrictEqual([
      ['/account', 'pricing.invalid_account'],
      ['/pricePerSegment', 'pricing.price_not_string'],
    ])
  })

  it('never reads request fields from an object prototype', () => {
    const input: unknown = Object.create({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' })
    const r = timed('request fields only on the prototype', () => validateBatch(input))
    expect(errorsOf(r)).toStrictEqual([
      ['/sender', 'sender.missing'],
      ['/recipients', 'recipients.missing'],
      ['/body', 'body.missing'],
    ])
  })
})

describe('lone surrogates, NUL and control characters in every string field', () => {
  const CHARS: ReadonlyArray<readonly [string, string]> = [
    ['lone high surrogate', '\uD800'],
    ['lone low surrogate', '\uDC00'],
    ['NUL', '\u0000'],
    ['ESC', '\u001B'],
    ['BEL', '\u0007'],
    ['DEL', '\u007F'],
  ]

  it.each(CHARS)('reports exactly the rules that refuse a %s in each field', (name, c) => {
    const input = {
      sender: `iP${c}1`,
      recipients: { [`4670${c}`]: {}, '46701234567': { [`k${c}`]: `v${c}` } },
      body: `Hi {k${c}}${c}`,
      type: `sms${c}`,
      datacoding: `ucs${c}`,
      deliveryWindows: [{ opens: `2026-12-01T09:00:00Z${c}`, closes: null }],
      deliveryReportUrl: `https://example.com/${c}`,
      reference: `ref${c}`,
      tags: [`tag${c}`, c],
    }
    const r = timed(`${name} in every string field`, () => validateBatch(input, { now: NOW }))
    // sender: only [0-9A-Za-z]; MSISDN: digits only; type/datacoding: enums; a bound: ISO-8601;
    // the URL refuses control characters (not a lone surrogate in its path); the body, the
    // reference, the tags and template keys and values may hold any character.
    const control = c.charCodeAt(0) < 0x20 || c === '\u007F'
    expect(errorsOf(r)).toStrictEqual([
      ['/sender', 'sender.invalid_characters'],
      [`/recipients/4670${c}`, 'recipient.non_digit'],
      ['/type', 'type.invalid'],
      ['/datacoding', 'datacoding.invalid'],
      ['/deliveryWindows/0/opens', 'window.opens_invalid'],
      ...(control ? [['/deliveryReportUrl', 'deliveryReportUrl.invalid']] : []),
    ])
  })

  it.each(CHARS)('composes a %s in the body, a template key and value, the reference and tags as UCS-2', (name, c) => {
    const input = {
      sender: 'iP1',
      recipients: { '46701234567': { [`k${c}`]: `v${c}` } },
      body: `Hi {k${c}}${c}`,
      reference: `ref${c}`,
      tags: [`tag${c}`, c],
    }
    const r = timed(`${name} composed (prepareBatch)`, () => prepareBatch(input, { now: NOW }))
    // Not in the GSM tables, so the message is UCS-2: "Hi v" + c + c is 6 code units, 1 part.
    const m = valueOf(r).messages[0]
    expect(m && [m.text, m.encoding, m.units, m.segments]).toStrictEqual([`Hi v${c}${c}`, 'ucs', 6, 1])
    expect(valueOf(r).warnings).toStrictEqual([])
  })
})

describe('numbers where strings belong and strings where numbers or objects belong', () => {
  it('reports the type rule of every field at once', () => {
    const input = {
      sender: 46701234567,
      recipients: [46701234567],
      body: 5,
      type: 1,
      datacoding: 0,
      priority: '2',
      deliveryWindows: [{ opens: 1764579600000, closes: '2026-12-01T09:00:00Z' }],
      deliveryReportUrl: 5,
      reference: 5,
      tags: [5],
    }
    const r = timed('numbers where strings belong, "2" as priority', () => validateBatch(input, { now: NOW }))
    expect(errorsOf(r)).toStrictEqual([
      ['/sender', 'sender.not_string'],
      ['/recipients/0', 'recipient.not_string'],
      ['/body', 'body.not_string'],
      ['/type', 'type.invalid'],
      ['/datacoding', 'datacoding.invalid'],
      ['/priority', 'priority.invalid'],
      ['/deliveryWindows/0/opens', 'window.opens_invalid'],
      ['/deliveryReportUrl', 'deliveryReportUrl.invalid'],
      ['/reference', 'reference.not_string'],
      ['/tags/0', 'tag.not_string'],
    ])
  })

  it('refuses strings where arrays or objects belong', () => {
    const input = { sender: 'iP1', body: 'Hi', recipients: { '46701234567': 'x' }, deliveryWindows: '2026-12-01T09:00:00Z', tags: 'a' }
    const r = timed('strings where arrays or objects belong', () => validateBatch(input))
    expect(errorsOf(r)).toStrictEqual([
      ['/recipients/46701234567', 'template.values_not_object'],
      ['/deliveryWindows', 'windows.invalid_type'],
      ['/tags', 'tags.invalid_type'],
    ])
  })

  // SPEC "Pricing": money is exact, so the price is a decimal string, never a number.
  it('refuses a number as the price and strings as counts and priority', () => {
    const input = { segments: '3', priority: '2', messages: '1' } as unknown as PriceInput
    const r = timed('strings as counts, a number as the price (priceBatch)', () => priceBatch(input, { account: 'SE', pricePerSegment: 0.35 }))
    expect(errorsOf(r)).toStrictEqual([
      ['/pricePerSegment', 'pricing.price_not_string'],
      ['/segments', 'pricing.segments_invalid'],
      ['/priority', 'priority.invalid'],
      ['/messages', 'pricing.messages_invalid'],
    ])
  })
})

describe('NaN, Infinity and -0', () => {
  // SPEC "priority": "1 (default) or 2, the JSON number only".
  it.each([NaN, Infinity, -Infinity, -0])('refuses %p as the priority with priority.invalid', (p) => {
    expect(errorsOf(timed(`priority ${String(Object.is(p, -0) ? '-0' : p)}`, () => validateBatch({ ...BASE, priority: p })))).toStrictEqual([['/priority', 'priority.invalid']])
  })

  it('refuses NaN, Infinity and -0 as recipients and as the sender', () => {
    const r = timed('NaN, Infinity, -0 as recipients; NaN as sender', () => validateBatch({ ...BASE, sender: NaN, recipients: [NaN, Infinity, -0] }))
    expect(errorsOf(r)).toStrictEqual([
      ['/sender', 'sender.not_string'],
      ['/recipients/0', 'recipient.not_string'],
      ['/recipients/1', 'recipient.not_string'],
      ['/recipients/2', 'recipient.not_string'],
    ])
  })

  it('refuses NaN and Infinity as segment counts, and prices -0 segments as 0', () => {
    const pricing: PricingOptions = { account: 'SE', pricePerSegment: '0.35' }
    expect(errorsOf(priceBatch({ segments: NaN, priority: 1 }, pricing))).toStrictEqual([['/segments', 'pricing.segments_invalid']])
    expect(errorsOf(priceBatch({ segments: Infinity, priority: 1 }, pricing))).toStrictEqual([['/segments', 'pricing.segments_invalid']])
    const zero = valueOf(timed('-0 segments (priceBatch)', () => priceBatch({ segments: -0, priority: 2 }, pricing)))
    expect([Object.is(zero.segments, 0), zero.total.amount]).toStrictEqual([true, '0.0000'])
  })

  it('refuses an Invalid Date as now with options.now_invalid, and takes new Date(-0) as the epoch', () => {
    expect(errorsOf(timed('now = Invalid Date (prepareBatch)', () => prepareBatch(BASE, { now: new Date(NaN) })))).toStrictEqual([['', 'options.now_invalid']])
    expect(valueOf(resolveWindows(null, new Date(-0)))).toStrictEqual([{ opens: '1970-01-01T00:00:00.000Z', closes: '1970-01-08T00:00:00.000Z' }])
  })
})

describe('sparse arrays', () => {
  /* eslint-disable no-sparse-arrays */
  it('reports each hole of recipients, tags and windows as a value of the wrong type', () => {
    const input = { ...BASE, recipients: [, '46701234567'], tags: [, 'a', , 'b'], deliveryWindows: [, { opens: null, closes: null }] }
    const r = timed('holes in recipients, tags and windows', () => validateBatch(input, { now: NOW }))
    expect(errorsOf(r)).toStrictEqual([
      ['/recipients/0', 'recipient.not_string'],
      ['/deliveryWindows/0', 'window.invalid_type'],
      ['/tags/0', 'tag.not_string'],
      ['/tags/2', 'tag.not_string'],
    ])
  })
  /* eslint-enable no-sparse-arrays */

  // SPEC "recipients": an array of length 3 has three (missing) recipients, so it is not empty.
  it('reports new Array(3) as three recipients that are not strings', () => {
    const r = timed('recipients = new Array(3)', () => validateBatch({ ...BASE, recipients: new Array(3) }))
    expect(errorsOf(r)).toStrictEqual([0, 1, 2].map((i) => [`/recipients/${i}`, 'recipient.not_string']))
  })
})

describe('Object.create(null) objects', () => {
  const bare = <T extends object>(o: T): T => Object.assign(Object.create(null) as T, o)

  it('accepts a request, recipients, template values, windows and pricing options without a prototype', () => {
    const input = bare({
      sender: 'iP1',
      body: 'Hi{sign}',
      recipients: bare({ '46701234567': bare({ sign: ' Bob' }), default: bare({ sign: ' all' }), '46707654321': bare({}) }),
      deliveryWindows: [bare({ opens: '2026-10-02T09:00:00+02:00', closes: null })],
    })
    const pricing = bare({ account: 'SE', pricePerSegment: '0.35' }) as PricingOptions
    const r = timed('Object.create(null) everywhere (prepareBatch)', () => prepareBatch(input, { now: NOW, pricing }))
    const v = valueOf(r)
    expect([v.messages.map((m) => m.text), v.windows, v.summary.price?.total.amount]).toStrictEqual([
      ['Hi Bob', 'Hi all'],
      [{ opens: '2026-10-02T07:00:00.000Z', closes: '2026-10-09T07:00:00.000Z' }],
      '0.7000',
    ])
  })

  it('renders a template with prototype-less values and defaults', () => {
    expect(renderTemplate('{toString}{a}', bare({ a: '1' }), bare({}))).toStrictEqual({ text: '{toString}1', unresolved: ['toString'], emptied: [] })
  })
})

describe('class instances from JavaScript callers', () => {
  class Request {
    readonly sender = 'iP1'
    readonly recipients = ['46701234567']
    get body(): string {
      return 'a getter on the prototype is not an own field'
    }
  }

  it('reads own fields of an instance and never its prototype getters', () => {
    const r = timed('class instance with a prototype getter', () => validateBatch(new Request()))
    expect(errorsOf(r)).toStrictEqual([['/body', 'body.missing']])
  })

  it('refuses an array as the request with request.not_object', () => {
    // SPEC "Request": "Not a JSON object: request.not_object".
    expect(errorsOf(timed('an array as the request', () => validateBatch([BASE])))).toStrictEqual([['', 'request.not_object']])
  })

  // JSON cannot produce a Date, Map, Set or boxed string; a JavaScript caller may pass one by
  // mistake. The decoder reads only plain objects (src/json.ts), so each gets the code of a
  // value of the wrong type.
  it.each<[string, unknown, Array<[string, string]>]>([
    ['a Date as the request', new Date(0), [['', 'request.not_object']]],
    ['a Map as the request', new Map([['sender', 'iP1']]), [['', 'request.not_object']]],
    ['a boxed string as the request', new String('{}'), [['', 'request.not_object']]],
    [
      'a Set as recipients, a boxed string as sender',
      { ...BASE, sender: new String('iP1'), recipients: new Set(['46701234567']) },
      [
        ['/sender', 'sender.not_string'],
        ['/recipients', 'recipients.invalid_type'],
      ],
    ],
    ['a Date as a window', { ...BASE, deliveryWindows: [new Date(0)] }, [['/deliveryWindows/0', 'window.invalid_type']]],
  ])('answers %s with the code of a wrong type', (name, value, expected) => {
    const r = timed(name, () => validateBatch(value, { now: NOW }))
    expectWellFormed(r, () => value)
    expect(errorsOf(r)).toStrictEqual(expected)
  })

  // "No exported function throws, for any input": a getter or a Proxy that throws (never in
  // JSON) becomes request.unreadable.
  it('answers a throwing getter with request.unreadable instead of an exception', () => {
    const input = Object.defineProperty({ ...BASE }, 'sender', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    const r = timed('a throwing getter as the sender', () => validateBatch(input, { now: NOW }))
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code, i.params]) : []).toStrictEqual([
      ['', 'request.unreadable', { reason: 'Error: boom' }],
    ])
    const trap = new Proxy([], { get: () => { throw new TypeError('revoked') } })
    expect(errorsOf(prepareBatch({ ...BASE, tags: trap }, { now: NOW }))).toStrictEqual([['', 'request.unreadable']])
    expect(errorsOf(resolveWindows(trap, NOW))).toStrictEqual([['', 'request.unreadable']])
  })
})

describe('values JavaScript callers pass where a type forbids them', () => {
  // Each of these threw a TypeError before: "No exported function throws, for any input."
  it('answers options.now_invalid for a number as now instead of throwing', () => {
    const now = 1_790_000_000_000 as unknown as Date
    expect(errorsOf(resolveWindows(null, now))).toStrictEqual([['', 'options.now_invalid']])
    expect(errorsOf(validateDeliveryWindows(null, { now }))).toStrictEqual([['', 'options.now_invalid']])
    expect(errorsOf(prepareBatch(BASE, { now }))).toStrictEqual([['', 'options.now_invalid']])
  })

  it('answers options.now_invalid when prepareBatch gets no options at all', () => {
    expect(errorsOf(prepareBatch(BASE, undefined as unknown as { now: Date }))).toStrictEqual([['', 'options.now_invalid']])
  })

  it('treats a batch key set that is not a set as omitted in renderTemplate', () => {
    expect(renderTemplate('{a}{b}', { a: '1' }, {}, {} as unknown as Set<string>)).toStrictEqual({ text: '1{b}', unresolved: ['b'], emptied: [] })
  })
})

describe('dates at the ends of time', () => {
  it('reads a window in year 0001 as written (not as 1901) and refuses it as in the past', () => {
    const r = timed('window in year 0001', () => resolveWindows([{ opens: '0001-01-01T00:00:00Z', closes: '0001-01-02T00:00:00Z' }], NOW))
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code, i.params]) : []).toStrictEqual([
      ['/0', 'window.in_past', { closes: '0001-01-02T00:00:00.000Z', now: NOW.toISOString() }],
    ])
  })

  it('accepts a window closing at 9999-12-31T23:59:59Z', () => {
    const r = timed('window closing in 9999', () => resolveWindows([{ opens: null, closes: '9999-12-31T23:59:59Z' }], NOW))
    expect(r).toStrictEqual(E.right([{ opens: '2026-10-01T00:00:00.000Z', closes: '9999-12-31T23:59:59.000Z' }]))
  })

  // 168 hours after the last second of 9999 is in year 10000, written "+010000-…": no bound may
  // be written so, and the provider's dates end at 9999-12-31 (window.too_late).
  it('refuses a window opening at the end of 9999 with closes null: 168 hours later is in year 10000', () => {
    const r = timed('window opening in 9999, closes null', () => resolveWindows([{ opens: '9999-12-31T23:59:59Z', closes: null }], NOW))
    expect(E.isLeft(r) ? r.left.map((i) => [i.path, i.code, i.params]) : []).toStrictEqual([
      ['/0', 'window.too_late', { closes: '+010000-01-07T23:59:59.000Z' }],
    ])
  })

  it('summarises a batch whose last window closes at the last instant of 9999 with that close as lastCloses', () => {
    const windows = [
      { opens: '9999-12-30T00:00:00Z', closes: '9999-12-30T12:00:00Z' },
      { opens: '9999-12-30T12:00:00Z', closes: '9999-12-31T23:59:59.999Z' },
    ]
    const now = new Date('9999-12-01T00:00:00Z')
    const r = timed('summary of windows closing at the end of 9999 (prepareBatch)', () => prepareBatch({ ...BASE, deliveryWindows: windows }, { now }))
    const { firstOpens, lastCloses } = valueOf(r).summary
    expect([firstOpens, lastCloses]).toStrictEqual(['9999-12-30T00:00:00.000Z', '9999-12-31T23:59:59.999Z'])
    // The same batch with its last window open-ended would close in year 10000.
    const late = prepareBatch({ ...BASE, deliveryWindows: [windows[0], { ...windows[1], closes: null }] }, { now })
    expect(E.isLeft(late) ? late.left.map((i) => [i.path, i.code]) : []).toStrictEqual([['/deliveryWindows/1', 'window.too_late']])
  })

  it('refuses the expanded year +275760 (the end of the Date range) as an invalid bound', () => {
    const r = timed('window in year +275760', () => resolveWindows([{ opens: null, closes: '+275760-09-13T00:00:00Z' }], NOW))
    expect(errorsOf(r)).toStrictEqual([['/0/closes', 'window.closes_invalid']])
  })

  it('refuses a now at the end of the Date range, where now + 168 hours is no date', () => {
    const r = timed('now = 275760-09-13 (the last Date)', () => resolveWindows(null, new Date(8.64e15)))
    expect(errorsOf(r)).toStrictEqual([['', 'options.now_invalid']])
  })

  it('resolves the default window from the first Date (year -271821)', () => {
    const r = timed('now = -271821-04-20 (the first Date)', () => resolveWindows(null, new Date(-8.64e15)))
    expect(r).toStrictEqual(E.right([{ opens: '-271821-04-20T00:00:00.000Z', closes: '-271821-04-27T00:00:00.000Z' }]))
  })
})

describe('DST edges (Europe/Stockholm, written with offsets)', () => {
  // 2026-03-29: Stockholm skips 02:00–03:00 local. With its offset, 02:30+01:00 is a plain instant.
  it('reads 2026-03-29T02:30:00+01:00 as 01:30Z and closes it 168 hours later', () => {
    const r = timed('DST gap: 2026-03-29T02:30+01:00', () => resolveWindows([{ opens: '2026-03-29T02:30:00+01:00', closes: null }], new Date('2026-03-01T00:00:00Z')))
    expect(r).toStrictEqual(E.right([{ opens: '2026-03-29T01:30:00.000Z', closes: '2026-04-05T01:30:00.000Z' }]))
  })

  // 2026-10-25: Stockholm repeats 02:00–03:00 local, first at +02:00 (00:00–01:00Z), then at +01:00 (01:00–02:00Z).
  it('keeps the two readings of the repeated hour apart: no overlap, sorted by instant', () => {
    const windows = [
      { opens: '2026-10-25T02:00:00+01:00', closes: '2026-10-25T03:00:00+01:00' },
      { opens: '2026-10-25T02:00:00+02:00', closes: '2026-10-25T03:00:00+02:00' },
    ]
    const r = timed('DST repeated hour: 02:00–03:00 at +02:00 and at +01:00', () => resolveWindows(windows, NOW))
    expect(r).toStrictEqual(
      E.right([
        { opens: '2026-10-25T00:00:00.000Z', closes: '2026-10-25T01:00:00.000Z' },
        { opens: '2026-10-25T01:00:00.000Z', closes: '2026-10-25T02:00:00.000Z' },
      ]),
    )
  })

  it('accepts a window from 02:30+02:00 to 02:30+01:00: the same wall time, one hour apart', () => {
    const r = timed('DST repeated hour: 02:30+02:00 to 02:30+01:00', () => resolveWindows([{ opens: '2026-10-25T02:30:00+02:00', closes: '2026-10-25T02:30:00+01:00' }], NOW))
    expect(r).toStrictEqual(E.right([{ opens: '2026-10-25T00:30:00.000Z', closes: '2026-10-25T01:30:00.000Z' }]))
  })

  it('refuses the reverse, 02:30+01:00 to 02:30+02:00, with window.closes_before_opens', () => {
    const r = resolveWindows([{ opens: '2026-10-25T02:30:00+01:00', closes: '2026-10-25T02:30:00+02:00' }], NOW)
    expect(errorsOf(r)).toStrictEqual([['/0', 'window.closes_before_opens']])
  })
})

describe('every adversarial answer', () => {
  it('is well formed with issues pointing into the input (spot check of mixed cases)', () => {
    const inputs: unknown[] = [
      { ...BASE, recipients: { '~/': { '~1': 5 } } },
      { ...BASE, 'Sender': 'x', SENDER: 'y' },
      { ...BASE, deliveryWindows: [{ OPENS: '2026-10-02T00:00:00Z', opens: 'x', closes: null }] },
    ]
    for (const input of inputs) expectWellFormed(validateBatch(input, { now: NOW }), () => input)
  })
})
