// The numberType option read on its own (found by mutation testing): prepareBatch answers the
// same for a value that is not a function whether it is dropped here or called and throws, so
// the reading is pinned where it is made.
import { numberTypeOption, notMobileType, withNumberType, type NumberedMessage } from '../../src/phone/notMobile'

describe('numberTypeOption', () => {
  it('keeps a function as given', () => {
    const typeOf = (): string => 'mobile'
    expect(numberTypeOption(typeOf)).toBe(typeOf)
  })

  it('reads anything that is not a function as no option', () => {
    for (const given of [undefined, null, 'fixed_line', 1, { fixed_line: true }, ['fixed_line']]) expect(numberTypeOption(given)).toBeUndefined()
  })
})

describe('notMobileType', () => {
  it('gives the seven types that cannot receive SMS, by our name or by libphonenumber-js\'s', () => {
    expect(['fixed_line', 'TOLL_FREE', 'uan', 'PAGER'].map((t) => notMobileType(() => t, '46812345678'))).toStrictEqual(['fixed_line', 'toll_free', 'uan', 'pager'])
  })

  it('gives no type for a mobile, an unknown name, a value that is no string or a call that throws', () => {
    const answers: Array<() => unknown> = [() => 'mobile', () => 'unknown', () => 1, () => null, () => new String('fixed_line'), () => { throw new Error('no') }]
    expect(answers.map((f) => notMobileType(f as () => string, '46812345678'))).toStrictEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it('asks with the MSISDN it is given', () => {
    const asked: string[] = []
    notMobileType((msisdn) => {
      asked.push(msisdn)
      return 'mobile'
    }, '4930123456')
    expect(asked).toStrictEqual(['4930123456'])
  })
})

describe('withNumberType', () => {
  const message: NumberedMessage = { recipient: '46812345678', path: '/recipients/0', issues: [] }

  it('gives back the message itself when the type can receive SMS', () => {
    expect(withNumberType(message, () => 'mobile')).toBe(message)
  })

  it('adds recipient.not_mobile at the message path, with the number and its type, after its issues', () => {
    const result = withNumberType(message, () => 'FIXED_LINE')
    expect(result.issues.map((i) => [i.code, i.path])).toStrictEqual([['recipient.not_mobile', '/recipients/0']])
    expect(result.issues[0]?.params).toStrictEqual({ msisdn: '46812345678', type: 'fixed_line' })
    expect(message.issues).toStrictEqual([])
  })
})
