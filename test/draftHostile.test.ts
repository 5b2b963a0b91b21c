// createDraft against hostile callers, found in review: a request or patch with a field that
// throws when read is answered exactly as prepareBatch answers it (the reason, after a bad now or
// pricing options); a polluted Array.prototype or Object.prototype changes no answer (message
// past the end, the draft's per-recipient caches, the recipients rule's remembered answer).
import * as E from 'fp-ts/Either'
import { createDraft } from '../src/draft'
import { prepareBatch, type PrepareOptions } from '../src/compose'

const now = new Date('2026-11-25T00:00:00Z')

/** A request whose `body` throws when read (a getter installed by someone else's code). */
function throwingBody(): Record<string, unknown> {
  return {
    sender: 'iP1',
    recipients: ['46701234567'],
    get body(): string {
      throw new Error('hostile')
    },
  }
}

/** Runs `f` with `Array.prototype[index]` set to `value`, and removes it again. */
function withArrayPollution<T>(index: number, value: unknown, f: () => T): T {
  Object.defineProperty(Array.prototype, index, { value, configurable: true, writable: true, enumerable: false })
  try {
    return f()
  } finally {
    Reflect.deleteProperty(Array.prototype, index)
  }
}

describe('createDraft: a request field that throws when read (draft.ts merged / answer)', () => {
  it('update({}) on a request whose body getter throws says what prepareBatch says of it (the reason)', () => {
    const input = throwingBody()
    const draft = createDraft(input, { now })
    const expected = prepareBatch(input, { now })
    // The initial state is prepareBatch's: reason "Error: hostile".
    expect(draft.state.issues).toStrictEqual(E.isLeft(expected) ? expected.left : [])
    // The same request again (an empty patch): the draft now says "a property access threw".
    expect(draft.update({}).issues).toStrictEqual(E.isLeft(expected) ? expected.left : [])
  })

  it('a patch whose field throws when read: the reason prepareBatch gives for the request with that field', () => {
    const draft = createDraft({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }, { now })
    const patch = {
      get body(): string {
        throw new Error('hostile')
      },
    }
    const merged = { sender: 'iP1', recipients: ['46701234567'] }
    Object.defineProperty(merged, 'body', { get: (): string => patch.body, enumerable: true })
    const r = prepareBatch(merged, { now })
    expect(E.isLeft(r) ? r.left : []).toStrictEqual([expect.objectContaining({ code: 'request.unreadable', params: { reason: 'Error: hostile' } })])
    expect(draft.update(patch).issues).toStrictEqual(E.isLeft(r) ? r.left : [])
  })

  it('with an unusable now, update({}) still gives options.now_invalid first, as prepareBatch does', () => {
    const input = throwingBody()
    const options = { now: new Date(Number.NaN) }
    const draft = createDraft(input, options)
    const expected = prepareBatch(input, options)
    expect(E.isLeft(expected) ? expected.left.map((i) => i.code) : []).toStrictEqual(['options.now_invalid', 'request.unreadable'])
    expect(draft.update({}).issues.map((i) => i.code)).toStrictEqual(['options.now_invalid', 'request.unreadable'])
  })

  it('with pricing options prepareBatch refuses, update({}) gives the pricing issues alone, as prepareBatch does', () => {
    const input = throwingBody()
    const options = { now, pricing: { account: 'SE', pricePerSegment: 'x' } } as unknown as PrepareOptions
    const draft = createDraft(input, options)
    const expected = prepareBatch(input, options)
    const codes = E.isLeft(expected) ? expected.left.map((i) => i.code) : []
    expect(codes).not.toContain('request.unreadable')
    expect(draft.state.issues.map((i) => i.code)).toStrictEqual(codes)
    expect(draft.update({}).issues.map((i) => i.code)).toStrictEqual(codes)
  })

  it('a patch whose field throws, under pricing options prepareBatch refuses: the pricing issues, not request.unreadable', () => {
    const draft = createDraft({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }, { now, pricing: { account: 'SE', pricePerSegment: 'x' } } as never)
    const patch = {
      get body(): string {
        throw new Error('hostile')
      },
    }
    // prepareBatch checks the pricing options first and alone: whatever the request, they are its answer.
    const pricingOnly = prepareBatch({}, { now, pricing: { account: 'SE', pricePerSegment: 'x' } } as never)
    expect(draft.update(patch).issues).toStrictEqual(E.isLeft(pricingOnly) ? pricingOnly.left : [])
  })
})

describe('createDraft: a polluted Array.prototype (own.ts: "a polluted Array.prototype changes no answer")', () => {
  it('message(i) past the end is undefined, not a message made from an inherited element (draft.ts messageOf)', () => {
    const request = { sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }
    const draft = createDraft(request, { now })
    const past = withArrayPollution(1, { msisdn: '46701234568', at: 1, values: {} }, () => draft.state.message(1))
    expect(past).toBeUndefined()
  })

  it('a hole of roll.numberIssues is not read through Array.prototype (draft.ts composeAll)', () => {
    const request = { sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }
    const { expected, got } = withArrayPollution(0, 'zz', () => ({ expected: prepareBatch(request, { now }), got: createDraft(request, { now }).state }))
    expect(E.isRight(expected) ? expected.right.warnings : expected.left).toStrictEqual([])
    expect(got.issues).toStrictEqual([])
  })

  it('a hole of roll.notMobile is not read through Array.prototype (draft.ts notMobileOf)', () => {
    const request = { sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }
    const options = { now, numberType: (): string => 'mobile' }
    // Iterable and empty (so that the hole of roll.numberIssues at the same index reads as no
    // issue), and shaped as an issue (so that the hole of roll.notMobile reads as one).
    const fake = { code: 'recipient.not_mobile', severity: 'warning', path: '/recipients/0', message: 'polluted', params: {}, *[Symbol.iterator]() {} }
    const { expected, got } = withArrayPollution(0, fake, () => ({ expected: prepareBatch(request, options), got: createDraft(request, options).state }))
    expect(E.isRight(expected) ? expected.right.warnings : expected.left).toStrictEqual([])
    expect(got.issues).toStrictEqual([])
  })
})

describe('createDraft: a polluted Object.prototype (batch.ts recipientsOf reads memo.last)', () => {
  it('an inherited "last" is not taken for the recipients rule\'s last answer', () => {
    const request = { sender: 'iP1', body: 'Hi' }
    const forged = {
      key: 'recipients',
      wantKeys: true,
      check: {
        result: { _tag: 'Right', right: { recipients: [{ msisdn: '46701234567', at: 0, values: {} }], form: 'list', defaults: {} } },
        form: 'list',
        keys: new Set<string>(),
      },
    }
    Object.defineProperty(Object.prototype, 'last', { value: forged, configurable: true, writable: true, enumerable: false })
    let codes: string[]
    let expected: string[]
    try {
      codes = createDraft(request, { now }).state.issues.map((i) => i.code)
      const r = prepareBatch(request, { now })
      expected = E.isLeft(r) ? r.left.map((i) => i.code) : []
    } finally {
      delete (Object.prototype as Record<string, unknown>)['last']
    }
    expect(expected).toStrictEqual(['recipients.missing'])
    expect(codes).toStrictEqual(expected)
  })
})
