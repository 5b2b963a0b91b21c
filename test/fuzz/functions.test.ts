/**
 * Fuzzing every other export that takes outside input: the field rules, windows, pricing, the
 * text engine, templating and number analysis. Hostile values and deep mutations of valid
 * values go in; a well-formed answer must come out, never an exception.
 */
import fc from 'fast-check'
import {
  analyzeMsisdn,
  analyzeText,
  countText,
  composeMessages,
  escapeToken,
  fromPointer,
  placeholderKeys,
  priceBatch,
  renderCompiled,
  severityOf,
  suggestField,
  summaryBuilder,
  toPointer,
  renderTemplate,
  resolveWindows,
  splitSegments,
  suggestGsm,
  validateBody,
  validateDatacoding,
  validateDeliveryReportUrl,
  validateDeliveryWindows,
  validateMsisdn,
  validatePricing,
  validatePriority,
  validateReference,
  validateSender,
  validateTags,
  validateType,
  type Encoding,
  type PriceInput,
  type Result,
} from '../../src/index'
import { makeIssue } from '../../src/issue'
import { NOW, validValues } from '../arbitraries'
import {
  PRICING_OPTION_CODES,
  expectWellFormed,
  fuzzParams,
  hostileString,
  hostileValue,
  logConfiguration,
  malformed,
  mutated,
  unresolved,
} from './support'

beforeAll(() => logConfiguration('fuzz/functions'))

/** A field value: anything, a valid value of the field, or a deep mutation of one. */
const fieldInput = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 2, arbitrary: hostileValue }, { weight: 1, arbitrary: valid }, { weight: 3, arbitrary: mutated(valid) }, hostileString)

const RULES: ReadonlyArray<readonly [string, (value: unknown) => Result<unknown>, fc.Arbitrary<unknown>]> = [
  ['validateSender', validateSender, validValues.sender],
  ['validateMsisdn', validateMsisdn, fc.constantFrom('46701234567', '1', '123456789012345')],
  ['validateBody', validateBody, validValues.body],
  ['validateType', validateType, validValues.type],
  ['validateDatacoding', validateDatacoding, validValues.datacoding],
  ['validatePriority', validatePriority, validValues.priority],
  ['validateReference', validateReference, validValues.reference],
  ['validateTags', validateTags, validValues.tags],
  ['validateDeliveryReportUrl', validateDeliveryReportUrl, validValues.deliveryReportUrl],
  ['validateDeliveryWindows', (v) => validateDeliveryWindows(v), validValues.deliveryWindows],
  ['validateDeliveryWindows with now', (v) => validateDeliveryWindows(v, { now: NOW }), validValues.deliveryWindows],
  ['validatePricing', validatePricing, fc.constant({ account: 'SE', pricePerSegment: '0.0595' })],
]

describe('field rules', () => {
  describe('properties', () => {
    it.each(RULES.map(([name, rule, valid]) => [name, rule, valid] as const))(
      '%s never throws and answers a well-formed Either whose issues point into the value',
      (_name, rule, valid) => {
        fc.assert(
          fc.property(fieldInput(valid), (value) => {
            expectWellFormed(rule(value), () => value)
          }),
          fuzzParams(),
        )
      },
    )
  })
})

/** "Now" as a caller might pass it, and (from JavaScript) anything at all. */
const anyNow: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(NOW) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(NaN)) },
  { weight: 1, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, '2026-01-01T00:00:00Z', null, undefined)) },
)

describe('resolveWindows', () => {
  describe('properties', () => {
    it('never throws and answers a well-formed Either, for any windows and any now', () => {
      fc.assert(
        fc.property(fieldInput(validValues.deliveryWindows), anyNow, (windows, now) => {
          const result = resolveWindows(windows, now as Date)
          expectWellFormed(result, () => windows, () => [])
          expectWellFormed(validateDeliveryWindows(windows, { now: now as Date }), () => windows)
          if (result._tag === 'Right') {
            for (const w of result.right) expect(Date.parse(w.opens)).toBeLessThan(Date.parse(w.closes))
          }
        }),
        fuzzParams(),
      )
    })
  })
})


const priceInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      segments: fc.oneof(fc.nat(), fc.bigInt({ min: -5n, max: 2n ** 64n }), fc.double(), hostileValue),
      priority: fc.oneof(fc.constantFrom(1, 2, null, undefined, 0, '2'), hostileValue),
      messages: fc.oneof(fc.nat(), fc.constantFrom(-1, 0.5, NaN, undefined), hostileValue),
    },
    { requiredKeys: [] },
  ),
  hostileValue,
)

const pricingOptions: fc.Arbitrary<unknown> = fieldInput(
  fc.record({ account: fc.constantFrom('SE', 'international'), pricePerSegment: fc.constantFrom('0.35', '0.0595', '12', '0') }),
)

describe('priceBatch', () => {
  describe('properties', () => {
    it('never throws; input issues point into the input and option issues into the options', () => {
      fc.assert(
        fc.property(priceInput, pricingOptions, (input, options) => {
          const result = priceBatch(input as PriceInput, options)
          expectWellFormed(result, (issue) => (PRICING_OPTION_CODES.has(issue.code) ? options : input), () => [])
        }),
        fuzzParams(),
      )
    })
  })
})

/** Text as typed callers pass it, and (from JavaScript) anything at all. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: hostileString.map((s) => s.repeat(20)) },
  { weight: 1, arbitrary: hostileValue as fc.Arbitrary<string> },
)
const encoding: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Encoding>('gsm', 'ucs') },
  { weight: 1, arbitrary: hostileValue as fc.Arbitrary<Encoding> },
)

describe('analyzeText', () => {
  describe('properties', () => {
    it('never throws; counts are whole numbers and each nonGsm entry sits at its index', () => {
      fc.assert(
        fc.property(text, encoding, (t, e) => {
          const a = analyzeText(t, e)
          expect(['gsm', 'ucs']).toContain(a.encoding)
          for (const n of [a.units, a.segments, a.unitsPerSegment, a.remaining]) expect(Number.isSafeInteger(n) && n >= 0).toBe(true)
          const s = typeof t === 'string' ? t : ''
          for (const c of a.nonGsm) expect(s.slice(c.index, c.index + c.char.length)).toBe(c.char)
          const count = countText(t, e)
          // What is not a string is analysed as the empty text, and `text` says so.
          expect({ ...count, text: s, nonGsm: a.nonGsm }).toStrictEqual(a)
        }),
        fuzzParams(),
      )
    })
  })
})

describe('splitSegments', () => {
  describe('properties', () => {
    it('never throws; the parts join to the text and never split a surrogate pair', () => {
      fc.assert(
        fc.property(text, encoding, (t, e) => {
          const parts = splitSegments(t, e)
          expect(parts.join('')).toBe(typeof t === 'string' ? t : '')
          for (let i = 1; i < parts.length; i++) {
            const before = parts[i - 1] ?? ''
            const high = before.charCodeAt(before.length - 1)
            const low = (parts[i] ?? '').charCodeAt(0)
            expect(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff).toBe(false)
          }
        }),
        fuzzParams(),
      )
    })
  })
})

describe('suggestGsm', () => {
  describe('properties', () => {
    it('never throws; replacements are in text order and each stands where it says', () => {
      fc.assert(
        fc.property(text, (t) => {
          const s = suggestGsm(t)
          const source = typeof t === 'string' ? t : ''
          let last = -1
          for (const r of s.replacements) {
            expect(r.index).toBeGreaterThan(last)
            expect(source.slice(r.index, r.index + r.from.length)).toBe(r.from)
            last = r.index
          }
          expect(s.segmentsSaved).toBe(s.before.segments - s.analysis.segments)
        }),
        fuzzParams(),
      )
    })
  })
})

const values: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'sign'), hostileString), hostileString, { maxKeys: 5 }),
  hostileValue as fc.Arbitrary<Record<string, string>>,
)

describe('renderTemplate', () => {
  describe('properties', () => {
    it('never throws and answers strings, for any body, values, defaults and key set', () => {
      fc.assert(
        fc.property(
          fc.oneof(text, hostileString.map((s) => `{${s}}${s}{sign}{__proto__}{{x}}`)),
          values,
          fc.option(values, { nil: undefined }),
          fc.oneof(
            fc.constant(undefined),
            fc.array(hostileString).map((keys) => new Set(keys)),
            hostileValue as fc.Arbitrary<Set<string>>,
          ),
          (body, own, defaults, keys) => {
            const r = renderTemplate(body, own, defaults, keys)
            expect(typeof r.text).toBe('string')
            for (const s of [...r.unresolved, ...r.emptied]) expect(typeof s).toBe('string')
          },
        ),
        fuzzParams(),
      )
    })
  })
})

describe('analyzeMsisdn', () => {
  describe('properties', () => {
    it('never throws and answers one of the four statuses', () => {
      fc.assert(
        fc.property(fc.oneof(text, fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 })), (m) => {
          const a = analyzeMsisdn(m)
          expect(['ok', 'unknown_country', 'too_short', 'too_long']).toContain(a.status)
          if (a.callingCode !== null && a.nationalNumber !== null) expect(a.callingCode + a.nationalNumber).toBe(m)
        }),
        fuzzParams(),
      )
    })
  })
})

// The checks are only worth something if they fail on a broken answer.
describe('the fuzz checks themselves', () => {
  const request = { sender: 'iP1', recipients: ['1'], Body: null }

  it('accept an issue at an existing path and a missing field of an object', () => {
    expect(unresolved(request, makeIssue('recipient.empty', ['recipients', 0]))).toBeUndefined()
    expect(unresolved(request, makeIssue('body.missing', ['body']))).toBeUndefined()
  })

  it('refuse a path into nothing, an index past the end and a pointer without its slash', () => {
    expect(unresolved(request, makeIssue('sender.empty', ['Sender']))).toContain('no member')
    expect(unresolved(request, makeIssue('recipient.empty', ['recipients', 1]))).toContain('no member')
    expect(unresolved(request, { ...makeIssue('sender.empty', []), path: 'sender' })).toContain('not a JSON Pointer')
  })

  it('refuse an unknown code and a severity that differs from the catalogue', () => {
    expect(malformed({ ...makeIssue('sender.empty', []), code: 'sender.nope' })).toContain('unknown code')
    expect(malformed({ ...makeIssue('sender.empty', []), severity: 'warning' })).toContain('severity')
  })

  it('refuse a Left without an error and a Right holding an error', () => {
    const warning = makeIssue('tag.duplicate', [], { tag: 'a', first: 0 })
    const error = makeIssue('tag.empty', [])
    expect(() => expectWellFormed({ _tag: 'Left', left: [warning] }, () => ['a'])).toThrow('without an error')
    expect(() => expectWellFormed({ _tag: 'Right', right: { warnings: [error] } }, () => ['a'])).toThrow('holds the error')
  })
})

describe('the small exports, from JavaScript callers', () => {
  // SPEC: "No exported function throws, for any input."
  it('never throw on anything at all', () => {
    fc.assert(
      fc.property(hostileValue, hostileValue, (a, b) => {
        const any = (v: unknown): never => v as never
        expect(typeof toPointer(any(a))).toBe('string')
        expect(Array.isArray(fromPointer(any(a)))).toBe(true)
        expect(typeof escapeToken(any(a))).toBe('string')
        expect(['error', 'warning', undefined]).toContain(severityOf(any(a)))
        expect(['string', 'undefined']).toContain(typeof suggestField(any(a)))
        expect(Array.isArray(placeholderKeys(any(a)))).toBe(true)
        expect(typeof renderCompiled(any(a), any(b)).text).toBe('string')
        expect(Array.isArray([...composeMessages(any(a))])).toBe(true)
        const builder = summaryBuilder(any(a), any(b))
        expect(typeof builder.result().segments).toBe('number')
      }),
      fuzzParams(),
    )
  })

  it('compose nothing from a value that is not a ValidBatch', () => {
    expect([...composeMessages(undefined as never)]).toStrictEqual([])
    expect(summaryBuilder(null as never).result().messages).toBe(0)
  })
})
