/**
 * Every export is total: each exported function of the package, of its main entry and of the
 * opt-in entries `sms-preflight/national`, `sms-preflight/numbers` and `sms-preflight/io-ts` (found
 * by iterating the modules, so a new export is swept without a change here), is called at each argument position, up to one
 * past its declared parameters, with each hostile value of hostile.ts — once with valid values in
 * the other positions, once with them omitted — and must answer: no exception, a generator
 * iterated to its end, and every method of the answer (a summary builder's `add` and `result`)
 * answering the same values in turn. What each function answers is listed in docs/decisions.md
 * ("Hostile callers").
 */
import * as lib from '../../src/index'
import * as national from '../../src/national/index'
import * as numbers from '../../src/numbers/index'
import * as ioTs from '../../src/schema/ioTs'
import { HOSTILE } from './hostile'

const NOW = new Date('2026-11-25T00:00:00Z')
const PRICING = { account: 'SE', pricePerSegment: '0.0595' }
const REQUEST = {
  sender: 'iP1',
  recipients: { '46701234567': { name: 'Ann' }, '14165550123': {}, default: { name: 'you' } },
  body: 'Hi {name}, it’s {x}',
  priority: 2,
  deliveryWindows: [{ opens: '2026-12-01T08:00:00+01:00', closes: null }],
  tags: ['a'],
}
const TEXT = JSON.stringify(REQUEST)
const LONG = 'Hello € '.repeat(30)

const validated = lib.validateBatch(REQUEST, { now: NOW })
if (validated._tag === 'Left') throw new Error('the sweep needs a valid batch')
const VALID = validated.right
const COMPILED = lib.compileTemplate('Hi {name} {x}')

/** Valid arguments of each export, for the positions the hostile value does not take. */
const BASELINE: Readonly<Record<string, ReadonlyArray<unknown>>> = {
  severityOf: ['tag.duplicate'],
  toPointer: [['recipients', 'a/b~c', 2]],
  fromPointer: ['/recipients/a~1b~0c'],
  escapeToken: ['a/b~c'],
  validateBatch: [REQUEST, { now: NOW }],
  suggestField: ['datacodig'],
  validateSender: ['iP1'],
  validateMsisdn: ['46701234567'],
  validateBody: ['Hello'],
  validateType: ['flash'],
  validateDatacoding: ['gsm'],
  validatePriority: [2],
  validateReference: ['ref'],
  validateTags: [['a', ' b']],
  validateDeliveryReportUrl: ['https://example.com/dlr'],
  parseDateTime: ['2026-11-25T08:30:00+01:00'],
  resolveWindows: [REQUEST.deliveryWindows, NOW],
  validateDeliveryWindows: [REQUEST.deliveryWindows, { now: NOW }],
  analyzeText: ['Hi “you”', 'ucs'],
  countText: [LONG, 'gsm'],
  listNonGsm: ['a’b😀'],
  gsmCost: [0x20ac],
  gsmSeptet: [0x20ac],
  splitSegments: [LONG, 'gsm'],
  suggestGsm: ['It’s done…'],
  packGsm7: ['Hello €', 1],
  encodeUcs2: ['Hi 😀'],
  encodeParts: [LONG, 'gsm', 7],
  gsmSeptets: ['Hello €'],
  compileTemplate: ['Hi {name} {x}'],
  placeholderKeys: [COMPILED],
  renderCompiled: [COMPILED, { name: 'Ann' }, { name: 'you', x: 'X' }, new Set(['name', 'x'])],
  renderTemplate: ['Hi {name} {x}', { name: 'Ann' }, { name: 'you', x: 'X' }, new Set(['name', 'x'])],
  parsePrice: ['0.0595'],
  priceBatch: [{ segments: 3, priority: 2, messages: 2 }, PRICING],
  validatePricing: [PRICING],
  analyzeMsisdn: ['14165550123'],
  findCallingCode: ['46'],
  alphanumericUnsupported: ['US'],
  msisdnWarnings: ['0701234567', ['recipients', 0], lib.analyzeMsisdn('0701234567')],
  composeMessages: [VALID, { parts: true }],
  prepareBatch: [REQUEST, { now: NOW, pricing: PRICING, parts: true }],
  summaryBuilder: [VALID, PRICING],
  parseJson: [TEXT],
  validateBatchJson: [TEXT, { now: NOW }],
  prepareBatchJson: [TEXT, { now: NOW, pricing: PRICING, parts: true }],
  formatIssue: [
    { severity: 'error', code: 'body.too_long', path: '/body', message: 'The body has at most 2000 characters; this one has 2001.', params: { length: 2001, max: 2000 } },
    'sv',
  ],
  formatSwedishNumber: [1234567.5],
  createDraft: [REQUEST, { now: NOW, pricing: PRICING, parts: true }],
  describeText: ['a’😀 é', 'ucs'],
  charactersToSaveSegment: [LONG, 'gsm'],
  // sms-preflight/national
  analyzeNational: ['Günaydın İstanbul ç', ['tr', 'es']],
  splitNational: ['ş'.repeat(78), { lockingShift: null, singleShift: 'tr' }],
  // sms-preflight/numbers
  numberType: ['46812345678'],
  // sms-preflight/io-ts
  fieldCodecs: [{ now: NOW }],
  batchCodec: [{ now: NOW }],
}

type Fn = (...args: unknown[]) => unknown

/** Every exported function of every entry of the package (the main entry and the opt-in ones), by name. */
const EXPORTS: ReadonlyArray<readonly [string, Fn]> = [lib, national, numbers, ioTs].flatMap((entry) =>
  Object.entries(entry).flatMap(([name, value]) => (typeof value === 'function' ? [[name, value as Fn] as const] : [])),
)

const isGenerator = (v: unknown): v is Iterable<unknown> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { next?: unknown }).next === 'function' &&
  typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'

const catalogued = (code: unknown): boolean => typeof code === 'string' && Object.prototype.hasOwnProperty.call(lib.catalogue, code)

/** What is wrong with an answer (an uncatalogued issue in an `Either`), or undefined. */
function badAnswer(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null || !('_tag' in answer)) return undefined
  const e = answer as { _tag: string; left?: unknown; right?: unknown }
  if (e._tag !== 'Left' || !Array.isArray(e.left)) return undefined
  const uncatalogued = (e.left as Array<{ code?: unknown }>).filter((i) => !catalogued(i.code))
  return uncatalogued.length === 0 ? undefined : `uncatalogued issues ${JSON.stringify(uncatalogued).slice(0, 200)}`
}

/** Runs one call to its end: iterates a generator, then calls each method of the answer with each hostile value. */
function answer(f: Fn, args: ReadonlyArray<unknown>): string | undefined {
  const result = f(...args)
  if (isGenerator(result)) {
    for (const item of result) {
      const bad = badAnswer(item)
      if (bad !== undefined) return bad
    }
    return undefined
  }
  if (typeof result === 'object' && result !== null && !Array.isArray(result)) {
    for (const key of Object.keys(result)) {
      const method: unknown = (result as Record<string, unknown>)[key]
      if (typeof method !== 'function') continue
      for (const [, make] of HOSTILE) (method as Fn)(make())
      ;(method as Fn)()
    }
  }
  return badAnswer(result)
}

/** Sweeps one function: every position, every hostile value, with and without valid other arguments. */
function sweep(name: string, f: Fn): { calls: number; failures: string[] } {
  const baseline = BASELINE[name] ?? []
  const positions = Math.max(f.length, baseline.length) + 1
  const failures: string[] = []
  let calls = 0
  for (let position = 0; position < positions; position++) {
    for (const [label, make] of HOSTILE) {
      for (const others of ['valid', 'omitted'] as const) {
        const args: unknown[] = others === 'valid' ? baseline.slice(0, Math.max(baseline.length, position + 1)) : []
        args[position] = make()
        calls++
        try {
          const bad = answer(f, args)
          if (bad !== undefined) failures.push(`${name} #${position} ${label} (others ${others}): ${bad}`)
        } catch (e) {
          failures.push(`${name} #${position} ${label} (others ${others}): threw ${e instanceof Error ? `${e.name}: ${e.message}` : typeof e}`)
        }
      }
    }
  }
  return { calls, failures }
}

describe('every exported function', () => {
  it('is swept: the module exports functions, and the valid arguments listed here are of exports', () => {
    expect(EXPORTS.length).toBeGreaterThanOrEqual(46)
    // A new export is swept without an entry (the others omitted); an entry sweeps it deeper.
    expect(Object.keys(BASELINE).filter((name) => !EXPORTS.some(([n]) => n === name))).toStrictEqual([])
  })

  it('answers its valid arguments without an exception', () => {
    const failures: string[] = []
    for (const [name, f] of EXPORTS) {
      try {
        const bad = answer(f, BASELINE[name] ?? [])
        if (bad !== undefined) failures.push(`${name}: ${bad}`)
      } catch (e) {
        failures.push(`${name}: threw ${String(e)}`)
      }
    }
    expect(failures).toStrictEqual([])
  })

  it.each(EXPORTS.map(([name, f]) => [name, f] as const))(
    '%s answers every hostile value at every argument position, never throwing',
    (name, f) => {
      const { calls, failures } = sweep(name, f)
      expect(calls).toBeGreaterThan(0)
      expect(failures).toStrictEqual([])
    },
  )
})
