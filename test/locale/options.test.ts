// The `locale` option: every function that returns issues says them in the language asked for,
// and nothing else of its result changes; English stays the default.
import * as E from 'fp-ts/Either'
import { validateBatch } from '../../src/batch'
import { prepareBatchJson, validateBatchJson } from '../../src/batchJson'
import { prepareBatch } from '../../src/compose'
import { catalogue, type Issue } from '../../src/issue'
import { formatIssue } from '../../src/locale/format'
import type { CustomMessages, LocaleOptions } from '../../src/locale/messages'
import { validateBody } from '../../src/rules/body'
import { validateDatacoding } from '../../src/rules/datacoding'
import { validateDeliveryReportUrl } from '../../src/rules/deliveryReportUrl'
import { validateMsisdn } from '../../src/rules/msisdn'
import { validatePriority } from '../../src/rules/priority'
import { validateReference } from '../../src/rules/reference'
import { validateSender } from '../../src/rules/sender'
import { validateTags } from '../../src/rules/tags'
import { validateType } from '../../src/rules/type'
import { validateDeliveryWindows } from '../../src/rules/windows'
import { NOW, rulesTable } from '../rules-doc/table'

const isIssue = (v: object): v is Issue =>
  'code' in v && 'message' in v && 'severity' in v && typeof v.code === 'string' && Object.prototype.hasOwnProperty.call(catalogue, v.code)

/** A result with every issue in it said by `say` (what the locale option must give). */
function said(value: unknown, say: (issue: Issue) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => said(v, say))
  if (typeof value !== 'object' || value === null) return value
  if (isIssue(value)) return { ...value, message: say(value) }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, said(v, say)]))
}

const inSwedish = (value: unknown): unknown => said(value, (i) => formatIssue(i, 'sv'))

/** The JSON text of a value, or undefined when it has none (a getter that throws). */
function asJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value)
  } catch {
    return undefined
  }
}

/** Every issue of a result (the Left's, or the warnings and the messages' issues of a Right). */
function issuesIn(value: unknown): Issue[] {
  if (Array.isArray(value)) return value.flatMap(issuesIn)
  if (typeof value !== 'object' || value === null) return []
  if (isIssue(value)) return [value]
  return Object.values(value).flatMap(issuesIn)
}

/** A request with warnings of every kind a message carries, and recipients that share them. */
const RICH = {
  sender: 'Acme',
  recipients: { '46701234567': { name: 'Ann' }, '14165550123': {}, '0701234567': { name: 'Bo' }, default: {} },
  body: 'Hi {name}, it’s {x} – see you',
  tags: ['a', 'a', ' b'],
  deliveryReportUrl: 'http://example.com/dlr',
  deliveryWindows: [{ opens: '2026-12-01T08:00:00', closes: null }],
}

const FIELD_RULES: ReadonlyArray<readonly [string, (value: unknown, options?: LocaleOptions) => E.Either<ReadonlyArray<Issue>, unknown>, unknown]> = [
  ['validateSender', validateSender, 'Åhléns AB'],
  ['validateMsisdn', validateMsisdn, '+4670-123'],
  ['validateBody', validateBody, 'x'.repeat(2001)],
  ['validateType', validateType, 'flashsms'],
  ['validateDatacoding', validateDatacoding, 'utf8'],
  ['validatePriority', validatePriority, 3],
  ['validateReference', validateReference, ' '],
  ['validateTags', validateTags, ['a', 'a', '', 7]],
  ['validateDeliveryReportUrl', validateDeliveryReportUrl, 'http://example.com'],
  ['validateDeliveryWindows', validateDeliveryWindows, [{ opens: '2026-12-01T09:00:00', closes: '2026-12-01T08:00:00Z' }, 5]],
]

describe('the locale option', () => {
  describe('validateBatch, prepareBatch, validateBatchJson and prepareBatchJson', () => {
    const requestExamples = rulesTable.filter((e) => e.call === 'validateBatch' || e.call === 'prepareBatch' || e.call === 'validateBatchJson')
    const now = (e: (typeof requestExamples)[number]): Date => e.options?.now ?? NOW

    it.each(requestExamples.map((e) => [e.code, e] as const))('%s: locale sv gives Swedish messages and otherwise the same result', (_code, e) => {
      const text = typeof e.input === 'string' ? e.input : asJson(e.input)
      const calls: ReadonlyArray<readonly [string, (locale?: LocaleOptions) => unknown]> = [
        ['validateBatch', (l) => validateBatch(e.input, { now: now(e), ...l })],
        ['prepareBatch', (l) => prepareBatch(e.input, { now: now(e), ...l })],
        // An example no JSON text can hold (a getter that throws) is checked as a value only.
        ...(text === undefined
          ? []
          : ([
              ['validateBatchJson', (l?: LocaleOptions) => validateBatchJson(text, { now: now(e), ...l })],
              ['prepareBatchJson', (l?: LocaleOptions) => prepareBatchJson(text, { now: now(e), ...l })],
            ] as const)),
      ]
      for (const [name, call] of calls) {
        const english = call()
        expect([name, call({ locale: 'sv' })]).toStrictEqual([name, inSwedish(english)])
        expect([name, call({ locale: 'en' })]).toStrictEqual([name, english])
      }
    })

    it('says every issue of a rich request in Swedish: the warnings and the messages\' own issues', () => {
      const options = { now: NOW, pricing: { account: 'SE' as const, pricePerSegment: '0.35' }, parts: true }
      const english = prepareBatch(RICH, options)
      const swedish = prepareBatch(RICH, { ...options, locale: 'sv' })
      expect(swedish).toStrictEqual(inSwedish(english))
      const issues = issuesIn(E.isRight(swedish) ? swedish.right : [])
      expect(issues.length).toBeGreaterThan(8)
      expect(issues.every((i) => i.message === formatIssue(i, 'sv') && i.message !== formatIssue(i, 'en'))).toBe(true)
      const json = prepareBatchJson(JSON.stringify(RICH), { ...options, locale: 'sv' })
      expect(json).toStrictEqual(inSwedish(prepareBatchJson(JSON.stringify(RICH), options)))
    })

    it("keeps a message's issues the same objects as the warnings (said once)", () => {
      for (const r of [prepareBatch(RICH, { now: NOW, locale: 'sv' }), prepareBatchJson(JSON.stringify(RICH), { now: NOW, locale: 'sv' })]) {
        if (E.isLeft(r)) throw new Error('the rich request is valid')
        const warnings = new Set(r.right.warnings)
        const own = r.right.messages.flatMap((m) => m.issues)
        expect(own.length).toBeGreaterThan(0)
        expect(own.filter((i) => !warnings.has(i))).toStrictEqual([])
      }
    })

    it('says the issues of the JSON text itself (json.invalid, json.duplicate_key) and of the options in Swedish', () => {
      const invalid = validateBatchJson('{"sender":', { locale: 'sv' })
      expect(E.isLeft(invalid) ? invalid.left.map((i) => i.message) : []).toStrictEqual([
        'Begäran är inte giltig JSON på rad 1, kolumn 11: texten tar slut där ett värde väntades.',
      ])
      const twice = prepareBatchJson('{"sender":"iP1","sender":"iP2","recipients":["46701234567"],"body":"Hej"}', { now: NOW, locale: 'sv' })
      expect(E.isLeft(twice) ? twice.left.map((i) => i.message) : []).toStrictEqual([
        'Nyckeln "sender" står två gånger i det här objektet; JSON-läsare behåller bara den ena, så ta bort en av dem.',
      ])
      const noNow = prepareBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'Hej' }, { now: new Date(NaN), locale: 'sv' })
      expect(E.isLeft(noNow) ? noNow.left.map((i) => i.message) : []).toStrictEqual([
        '"now" måste vara ett giltigt Date-objekt: biblioteket läser aldrig klockan själv.',
      ])
      const pricing = prepareBatch(RICH, { now: NOW, pricing: { account: 'SE', pricePerSegment: '0,35' }, locale: 'sv' })
      expect(E.isLeft(pricing) ? pricing.left.map((i) => i.message) : []).toStrictEqual([
        '"0,35" är inget enkelt decimaltal som "0.35" eller "0.0595". Skriv decimalerna med punkt, inte komma.',
      ])
    })

    it('gives exactly the English result with locale en, a language it does not know, or none', () => {
      const english = validateBatch(RICH, { now: NOW })
      expect(validateBatch(RICH, { now: NOW, locale: 'en' })).toStrictEqual(english)
      expect(validateBatch(RICH, { now: NOW, locale: 'fi' as 'en' })).toStrictEqual(english)
      expect(validateBatch(RICH, { now: NOW, locale: 42 as unknown as 'en' })).toStrictEqual(english)
      // Nothing to say: the very result, not a copy.
      const valid = validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'Hej' }, { locale: 'sv' })
      expect(valid).toStrictEqual(validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'Hej' }))
    })

    it('takes a language tag such as sv-SE (navigator.language) as its language', () => {
      expect(validateBatch(RICH, { now: NOW, locale: 'sv-SE' as 'sv' })).toStrictEqual(validateBatch(RICH, { now: NOW, locale: 'sv' }))
    })

    it("takes a table of the caller's own messages, English for the codes it lacks", () => {
      const mine: CustomMessages = { 'tag.duplicate': (p) => `Tunniste ${p.tag} toistuu.` }
      const r = validateBatch(RICH, { now: NOW, locale: mine })
      const english = validateBatch(RICH, { now: NOW })
      expect(r).toStrictEqual(said(english, (i) => (i.code === 'tag.duplicate' ? 'Tunniste a toistuu.' : i.message)))
    })

    it('reads the option as an own property only, and never throws for one that cannot be read', () => {
      const english = validateBatch(RICH, { now: NOW })
      const inherited = Object.assign(Object.create({ locale: 'sv' }) as object, { now: NOW })
      expect(validateBatch(RICH, inherited)).toStrictEqual(english)
      const throwing = Object.defineProperty({ now: NOW }, 'locale', {
        get: () => {
          throw new Error('hostile')
        },
        enumerable: true,
      })
      expect(validateBatch(RICH, throwing)).toStrictEqual(english)
      expect(validateSender('', throwing as LocaleOptions)).toStrictEqual(validateSender(''))
    })
  })

  describe('the field rules', () => {
    it.each(FIELD_RULES)('%s: locale sv gives Swedish messages and otherwise the same result', (_name, rule, value) => {
      const english = rule(value)
      const issues = issuesIn(english)
      expect(issues.length).toBeGreaterThan(0)
      expect(rule(value, { locale: 'sv' })).toStrictEqual(inSwedish(english))
      expect(rule(value, { locale: 'en' })).toStrictEqual(english)
      expect(issuesIn(rule(value, { locale: 'sv' })).some((i) => i.message !== formatIssue(i, 'en'))).toBe(true)
    })

    it('validateSender(value, { locale }) as SPEC writes it', () => {
      expect(validateSender('TooLongSender', { locale: 'sv' })).toStrictEqual(
        E.left([
          {
            severity: 'error',
            code: 'sender.alphanumeric_length',
            path: '',
            message: 'En alfanumerisk avsändare har 3–11 tecken; den här har 13.',
            params: { length: 13, min: 3, max: 11 },
          },
        ]),
      )
    })

    it('validateDeliveryWindows keeps its now option beside the locale', () => {
      const windows = [{ opens: '2026-11-01T09:00:00Z', closes: '2026-11-02T09:00:00Z' }]
      const r = validateDeliveryWindows(windows, { now: NOW, locale: 'sv' })
      expect(E.isLeft(r) ? r.left.map((i) => i.message) : []).toStrictEqual([
        'Leveransfönstret har redan stängt (2026-11-02T09:00:00.000Z); nu är det 2026-11-25T00:00:00.000Z.',
      ])
    })
  })
})
