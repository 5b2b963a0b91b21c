// prepareBatch's numberType option and recipient.not_mobile (w).
import * as E from 'fp-ts/Either'
import { prepareBatchJson } from '../../src/batchJson'
import { prepareBatch, type PreparedBatch } from '../../src/compose'
import { makeIssue, type Issue } from '../../src/issue'
import { formatIssue } from '../../src/locale/format'
import { numberType, NUMBER_TYPES, NOT_MOBILE_TYPES } from '../../src/numbers'
import type { NotMobileType } from '../../src/phone/numberTypes'
import { valueOf } from '../helpers'

const now = new Date('2026-11-25T00:00:00Z')
const request = (recipients: unknown): Record<string, unknown> => ({ sender: 'iP1', recipients, body: 'A very nice message' })

/** The not_mobile issues of a prepared batch, as [path, type]. */
const notMobile = (b: PreparedBatch): Array<[string, unknown]> =>
  b.warnings.filter((w) => w.code === 'recipient.not_mobile').map((w) => [w.path, w.params?.['type']])

describe('prepareBatch with numberType', () => {
  it('adds recipient.not_mobile at each landline, toll-free, premium-rate, shared-cost, VoIP, pager and UAN recipient, with its type', () => {
    const recipients = [
      '46701234567', // mobile
      '46812345678', // fixed_line
      '12015550123', // fixed_line_or_mobile
      '448001234567', // toll_free
      '449091234567', // premium_rate
      '46771234567', // shared_cost
      '445612345678', // voip
      '447640123456', // pager
      '443001234567', // uan
      '447012345678', // personal_number
      '46999999999', // unknown (no such range)
    ]
    const b = valueOf(prepareBatch(request(recipients), { now, numberType }))
    expect(notMobile(b)).toStrictEqual([
      ['/recipients/1', 'fixed_line'],
      ['/recipients/3', 'toll_free'],
      ['/recipients/4', 'premium_rate'],
      ['/recipients/5', 'shared_cost'],
      ['/recipients/6', 'voip'],
      ['/recipients/7', 'pager'],
      ['/recipients/8', 'uan'],
    ])
    const landline = b.warnings.find((w) => w.code === 'recipient.not_mobile')
    expect(landline).toStrictEqual({
      severity: 'warning',
      code: 'recipient.not_mobile',
      path: '/recipients/1',
      message: '46812345678 is not a mobile number but a fixed-line (landline) number: an SMS to it is usually lost, and still paid for.',
      params: { msisdn: '46812345678', type: 'fixed_line' },
    })
    // The message's own issues carry it too (the same object as in the warnings).
    expect(b.messages[1]?.issues).toStrictEqual([landline])
    expect(b.messages[0]?.issues).toStrictEqual([])
  })

  it('adds it for exactly the seven types, and not for mobile, fixed_line_or_mobile, personal_number, voicemail or unknown', () => {
    for (const type of NUMBER_TYPES) {
      const b = valueOf(prepareBatch(request(['46701234567']), { now, numberType: () => type }))
      const expected = (NOT_MOBILE_TYPES as ReadonlyArray<string>).includes(type) ? [['/recipients/0', type]] : []
      expect([type, notMobile(b)]).toStrictEqual([type, expected])
    }
  })

  it("takes libphonenumber-js's own names too (FIXED_LINE), but no other spelling", () => {
    const typeOf = (name: string) => notMobile(valueOf(prepareBatch(request(['46812345678']), { now, numberType: () => name })))
    expect(typeOf('FIXED_LINE')).toStrictEqual([['/recipients/0', 'fixed_line']])
    expect(typeOf('TOLL_FREE')).toStrictEqual([['/recipients/0', 'toll_free']])
    for (const name of ['Fixed_Line', 'fixed-line', ' fixed_line', 'landline', '', 'MOBILE', 'toString', '__proto__']) {
      expect([name, typeOf(name)]).toStrictEqual([name, []])
    }
  })

  it('is the same as without the option when none is given: no warning, nothing else changes', () => {
    const input = request(['46812345678', '448001234567'])
    const without = valueOf(prepareBatch(input, { now }))
    expect(notMobile(without)).toStrictEqual([])
    const withIt = valueOf(prepareBatch(input, { now, numberType }))
    expect({ ...withIt, warnings: [], messages: withIt.messages.map((m) => ({ ...m, issues: [] })) }).toStrictEqual({
      ...without,
      warnings: [],
      messages: without.messages.map((m) => ({ ...m, issues: [] })),
    })
  })

  it('asks the function once per unique recipient, with the MSISDN as written in the request', () => {
    const asked: unknown[] = []
    prepareBatch(request(['46812345678', '46701234567', '46812345678']), {
      now,
      numberType: (...args: unknown[]) => {
        asked.push(args)
        return 'mobile'
      },
    })
    expect(asked).toStrictEqual([['46812345678'], ['46701234567']])
  })

  it('puts it at the recipient key of the dictionary form, after the number analysis warnings', () => {
    const b = valueOf(
      prepareBatch(
        { sender: 'iP1', recipients: { '4930123456': { name: 'Bo' } }, body: 'Hi {name}' },
        { now, numberType },
      ),
    )
    expect(b.warnings.map((w) => [w.path, w.code])).toContainEqual(['/recipients/4930123456', 'recipient.not_mobile'])
    // A Berlin landline has 8 digits after +49, where German mobiles have 10 or 11: the length
    // warning comes first, from the number analysis, then the type.
    expect(b.messages[0]?.issues.map((i) => i.code)).toStrictEqual(['recipient.implausible_length', 'recipient.not_mobile'])
  })

  it('treats a hostile option as unknown: never throws, never warns', () => {
    const input = request(['46812345678'])
    const proto = Object.create({ numberType: () => 'fixed_line' }) as object
    const throwingGetter = Object.defineProperty({ now }, 'numberType', {
      enumerable: true,
      get: () => {
        throw new Error('no')
      },
    })
    const cases: ReadonlyArray<readonly [string, unknown]> = [
      ['a string', { now, numberType: 'fixed_line' }],
      ['null', { now, numberType: null }],
      ['an object', { now, numberType: { fixed_line: true } }],
      ['an inherited function', Object.assign(proto, { now })],
      ['a getter that throws', throwingGetter],
      ['a function that throws', { now, numberType: () => { throw new Error('no') } }],
      ['a function that throws a non-error', { now, numberType: () => { throw 'no' } }],
      ['a function returning undefined', { now, numberType: () => undefined }],
      ['a function returning a number', { now, numberType: () => 1 }],
      ['a function returning a boxed string', { now, numberType: () => new String('fixed_line') }],
      ['a function returning an object that says fixed_line', { now, numberType: () => ({ toString: () => 'fixed_line' }) }],
      ['a function returning a promise', { now, numberType: async () => 'fixed_line' }],
      ['a class', { now, numberType: class Landline { readonly type = 'fixed_line' } }],
    ]
    for (const [name, options] of cases) {
      const r = prepareBatch(input, options as Parameters<typeof prepareBatch>[1])
      expect([name, E.isRight(r) ? notMobile(r.right) : r.left]).toStrictEqual([name, []])
    }
  })

  it('passes through prepareBatchJson, where the issue carries its place in the text', () => {
    const text = '{"sender":"iP1","recipients":["46701234567","46812345678"],"body":"Hi"}'
    const r = valueOf(prepareBatchJson(text, { now, numberType }))
    const issue = r.warnings.find((w) => w.code === 'recipient.not_mobile')
    expect(issue?.path).toBe('/recipients/1')
    expect(issue?.source).toStrictEqual({ line: 1, column: 45, offset: 44, length: 13 })
    expect(r.messages[1]?.issues).toStrictEqual([issue])
  })

  it('keeps the warning in a Left with the errors of the request', () => {
    const r = prepareBatch({ ...request(['46812345678']), body: 'x'.repeat(2001) }, { now, numberType })
    expect(E.isLeft(r) ? r.left.map((i) => i.code) : []).toStrictEqual(['body.too_long'])
    // body.too_long is an error of the request: no message is composed, so no number type is asked.
    // An error of a message (message.not_gsm) leaves the composing going: its warnings come along.
    const r2 = prepareBatch({ sender: 'iP1', recipients: { '46812345678': { name: '😀' } }, body: 'Hi {name}', datacoding: 'gsm' }, { now, numberType })
    expect(E.isLeft(r2) ? r2.left.map((i) => i.code) : []).toStrictEqual(['message.not_gsm', 'recipient.not_mobile'])
  })

  it('says it in Swedish with the locale option', () => {
    const r = valueOf(prepareBatch(request(['46812345678']), { now, numberType, locale: 'sv' }))
    expect(r.warnings.map((w) => w.message)).toStrictEqual([
      '46812345678 är inte ett mobilnummer utan ett fastnätsnummer (fast telefon): ett SMS dit kommer oftast inte fram, men kostar ändå.',
    ])
  })
})

describe('recipient.not_mobile messages', () => {
  const issue = (type: NotMobileType): Issue => makeIssue('recipient.not_mobile', ['recipients', 0], { msisdn: '46812345678', type })

  it('says what each type of number is, in English and Swedish, each differently', () => {
    const said = NOT_MOBILE_TYPES.map((type) => [type, issue(type).message, formatIssue(issue(type), 'sv')] as const)
    expect(said.map(([type, en, sv]) => [type, en.replace(/^46812345678 is not a mobile number but (.*): an SMS to it is usually lost, and still paid for\.$/, '$1'), sv.replace(/^46812345678 är inte ett mobilnummer utan (.*): ett SMS dit kommer oftast inte fram, men kostar ändå\.$/, '$1')])).toStrictEqual([
      ['fixed_line', 'a fixed-line (landline) number', 'ett fastnätsnummer (fast telefon)'],
      ['toll_free', 'a toll-free number', 'ett avgiftsfritt nummer'],
      ['premium_rate', 'a premium-rate number', 'ett betalnummer'],
      ['shared_cost', 'a shared-cost number', 'ett nummer med delad samtalskostnad'],
      ['voip', 'a VoIP number', 'ett IP-telefoninummer'],
      ['pager', 'a pager number', 'ett personsökarnummer'],
      ['uan', 'a universal access number (UAN)', 'ett rikstäckande företagsnummer (UAN)'],
    ])
  })

  it('says a type it does not know (an issue made by hand) without naming one', () => {
    const hand = { ...issue('fixed_line'), params: { msisdn: '46812345678', type: 'toString' } }
    expect(formatIssue(hand, 'en')).toBe('46812345678 is not a mobile number: an SMS to it is usually lost, and still paid for.')
    expect(formatIssue(hand, 'sv')).toBe('46812345678 är inte ett mobilnummer: ett SMS dit kommer oftast inte fram, men kostar ändå.')
  })
})
