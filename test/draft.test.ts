// createDraft (issue 9 §4, SPEC "The doors into other code"): after every edit, exactly what
// prepareBatch says for the same request and options; the summary while other fields have errors;
// messages composed on demand.
import * as E from 'fp-ts/Either'
import fc from 'fast-check'
import { createDraft } from '../src/draft'
import { prepareBatch, type PrepareOptions } from '../src/compose'
import { expectSameAsPrepare, apply } from './draftOracle'

const now = new Date('2026-11-25T00:00:00Z')
const pricing = { account: 'SE', pricePerSegment: '0.35' } as const


// Pieces that reach every path of composition: extension characters, look-alikes, characters
// outside GSM, an astral character, long runs for several parts.
// Lone surrogate halves too: a body piece ending in one and a value starting with the other
// make a pair across pieces, which the draft must not count from sums.
const piece = fc.constantFrom('Hej', ' ', '€', '’', 'Л', '😀', '…', '{name}', '{x}', '{', 'a'.repeat(70), 'é', '\ud83d', '\ude00', '€€€')
// Mostly valid values, so that most states are a Right with messages to compare.
const body = fc.oneof(
  { arbitrary: fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) => ps.join('')), weight: 8 },
  { arbitrary: fc.constantFrom('', 42, null), weight: 1 },
)
const number = fc.oneof(
  { arbitrary: fc.constantFrom('46701234567', '46701234568', '46701234569', '447700900123', '77011234567', '12025550123', '4670123456'), weight: 8 },
  { arbitrary: fc.constantFrom('0701234567', '4670123456x'), weight: 1 },
)
// Values that reach every flag of the draft's sums: an extension character (a pair that can
// straddle a part's end), a surrogate at an edge or inside, a character no look-alike replaces,
// and values long enough for several parts or past the longest body.
const value = fc.oneof(
  {
    arbitrary: fc.constantFrom('Ada', 'Иван', '', 'a'.repeat(80), '’', 'x€', '\ude00x', 'x\ud83d', 'x😀x', '€'.repeat(40), 'a'.repeat(150), 'Л'.repeat(60), 'a'.repeat(1990)),
    weight: 12,
  },
  { arbitrary: fc.constant(7), weight: 1 },
)
const recipients = fc.oneof(
  fc.array(number, { maxLength: 5 }),
  fc
    .tuple(fc.dictionary(number, fc.dictionary(fc.constantFrom('name', 'x'), value, { maxKeys: 2 }), { maxKeys: 5 }), fc.option(fc.constantFrom({ name: 'du' }, { x: 'X' }, { name: 3 }), { nil: undefined }))
    .map(([d, def]) => (def === undefined ? d : { ...d, default: def })),
  fc.constantFrom('46701234567', null),
)
const windows = fc.constantFrom(
  undefined,
  [{ opens: '2026-12-01T08:00:00Z', closes: '2026-12-01T17:00:00Z' }],
  [{ opens: null, closes: '2026-11-20T00:00:00Z' }],
  'soon',
)
const field = fc.oneof(
  fc.record({ sender: fc.constantFrom('iP1', 'iP1', 'iP', 'Acme', '46701234567', 5, undefined) }),
  fc.record({ recipients }),
  fc.record({ body }),
  fc.record({ datacoding: fc.constantFrom('gsm', 'ucs', 'ucs', 'utf8', undefined) }),
  fc.record({ priority: fc.constantFrom(1, 2, 3, undefined) }),
  fc.record({ deliveryWindows: windows }),
  fc.record({ tags: fc.constantFrom(['a'], ['a', 'a'], 'a', undefined) }),
  fc.record({ Body: fc.constantFrom('Hi', undefined) }),
)
const start = fc.record({
  sender: fc.constantFrom('iP1', 'iP1', 'iP1', 'iP'),
  recipients,
  body,
})
const options = fc.record({
  pricing: fc.constantFrom(undefined, pricing, pricing, { account: 'SE', pricePerSegment: 'x' }),
  locale: fc.constantFrom(undefined, 'sv' as const),
  parts: fc.boolean(),
  // The numberType option: some numbers called landlines, toll-free or unknown names.
  numberType: fc.constantFrom(undefined, (m: string): string => (m.endsWith('8') ? 'fixed_line' : m.endsWith('3') ? 'TOLL_FREE' : 'mobile')),
})

describe('createDraft: exactly what prepareBatch says', () => {
  it('after every edit of a random sequence: the issues, and when Right the summary, windows and each message', () => {
    fc.assert(
      fc.property(start, fc.array(field, { maxLength: 6 }), options, (input, edits, o) => {
        const opts: PrepareOptions = {
          now,
          parts: o.parts,
          ...(o.pricing === undefined ? {} : { pricing: o.pricing as PrepareOptions['pricing'] & object }),
          ...(o.locale === undefined ? {} : { locale: o.locale }),
          ...(o.numberType === undefined ? {} : { numberType: o.numberType }),
        }
        const draft = createDraft(input, opts)
        let request: Record<string, unknown> = input
        expectSameAsPrepare(draft.state, request, opts)
        for (const patch of edits) {
          request = apply(request, patch)
          expectSameAsPrepare(draft.update(patch), request, opts)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('createDraft: the guards of counting a message from sums (each one, with prepareBatch beside it)', () => {
  const check = (input: Record<string, unknown>, edits: ReadonlyArray<Record<string, unknown>>): void => {
    const draft = createDraft(input, { now })
    let request = input
    expectSameAsPrepare(draft.state, request, { now })
    for (const patch of edits) {
      request = apply(request, patch)
      expectSameAsPrepare(draft.update(patch), request, { now })
    }
  }

  it('an escape pair across a part end: 306 septets are 2 parts of plain letters, 3 with a euro sign at septet 153', () => {
    const recipients = { '46701234567': { a: 'a'.repeat(306) }, '46701234568': { a: `${'a'.repeat(152)}€${'a'.repeat(152)}` } }
    check({ sender: 'iP1', recipients, body: '{a}' }, [{ body: '{a} ' }, { body: '{a}' }])
    const state = createDraft({ sender: 'iP1', recipients, body: '{a}' }, { now }).state
    expect(state.summary?.histogram).toStrictEqual([
      { segments: 2, messages: 1 },
      { segments: 3, messages: 1 },
    ])
  })

  it('a message longer than a body may be (2,000 characters) has its message.too_long warning, not a count from sums', () => {
    // 'Hej ' + 1,997 + '!' is 2,002 characters.
    const recipients = { '46701234567': { a: 'a'.repeat(1997) }, '46701234568': { a: 'a' } }
    check({ sender: 'iP1', recipients, body: 'Hej {a}!' }, [{ body: 'Hej {a}!!' }])
    expect(createDraft({ sender: 'iP1', recipients, body: 'Hej {a}!' }, { now }).state.issues.map((i) => [i.code, i.path])).toContainEqual([
      'message.too_long',
      '/recipients/46701234567',
    ])
  })

  it('a UCS-2 message a look-alike could make GSM has its warning (no blocking character), one with a blocking character none', () => {
    const recipients = { '46701234567': { a: '’quoted’' }, '46701234568': { a: 'Иван' } }
    check({ sender: 'iP1', recipients, body: 'Hi {a}' }, [{ body: 'Hello {a}' }])
    const codes = createDraft({ sender: 'iP1', recipients, body: 'Hi {a}' }, { now }).state.issues.map((i) => [i.code, i.path])
    expect(codes).toStrictEqual([['message.ucs_lookalikes', '/recipients/46701234567']])
  })

  it('under gsm a value outside GSM is its message.not_gsm error, counted by the composer', () => {
    const recipients = { '46701234567': { a: 'Иван' }, '46701234568': { a: 'Ada' } }
    check({ sender: 'iP1', recipients, body: 'Hi {a}', datacoding: 'gsm' }, [{ body: 'Hello {a}' }])
  })
})

describe('createDraft: the summary while other fields have errors', () => {
  const input = { sender: 'iP', recipients: { '46701234567': { name: 'Ada' }, '46701234568': {} }, body: 'Hej {name}!', priority: 2 }

  it('is there while the sender is being typed, as prepareBatch would give it once the sender is valid', () => {
    const draft = createDraft(input, { now, pricing })
    // The sender's error, then the messages' issues: the second recipient has no name and
    // there is no default, so its {name} is emptied. prepareBatch says the same.
    expect(draft.state.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['sender.alphanumeric_length', '/sender'],
      ['template.empty_value', '/recipients/46701234568'],
    ])
    const left = prepareBatch(input, { now, pricing })
    expect(E.isLeft(left) && left.left).toStrictEqual(draft.state.issues)
    const valid = prepareBatch({ ...input, sender: 'iP1' }, { now, pricing })
    expect(draft.state.summary).toStrictEqual(E.isRight(valid) ? valid.right.summary : undefined)
    // ...and each message too.
    expect(draft.state.message(1)?.text).toBe('Hej !')
  })

  it('has no price while the priority is invalid (the surcharge is unknown), and no window bounds while the windows are', () => {
    const draft = createDraft({ ...input, sender: 'iP1', priority: 3, deliveryWindows: 'soon' }, { now, pricing })
    expect(draft.state.summary?.segments).toBe(2)
    expect(draft.state.summary?.price).toBeUndefined()
    expect([draft.state.summary?.firstOpens, draft.state.summary?.lastCloses, draft.state.windows]).toStrictEqual([null, null, []])
  })

  it('is null while the recipients, the body or the datacoding are invalid', () => {
    const draft = createDraft(input, { now })
    expect(draft.update({ body: '' }).summary).toBeNull()
    expect(draft.update({ body: 'Hej', recipients: { '4670x': {} } }).summary).toBeNull()
    expect(draft.update({ recipients: ['46701234567'], datacoding: 'utf8' }).summary).toBeNull()
    expect(draft.update({ datacoding: undefined }).summary?.messages).toBe(1)
  })
})

describe('createDraft: messages on demand', () => {
  it('composes message(i) when asked; nothing past the end, for a negative or fractional index, or while nothing composes', () => {
    const draft = createDraft({ sender: 'iP1', recipients: ['46701234567', '46701234568'], body: 'Hi' }, { now })
    expect([draft.state.message(0)?.recipient, draft.state.message(1)?.recipient]).toStrictEqual(['46701234567', '46701234568'])
    expect([draft.state.message(2), draft.state.message(-1), draft.state.message(0.5), draft.state.message(Number.NaN)]).toStrictEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
    expect(draft.update({ body: '' }).message(0)).toBeUndefined()
  })

  it('says its messages in the locale asked for', () => {
    // `name` is a key of the batch (the second recipient has it): the first one's is emptied.
    const draft = createDraft({ sender: 'iP1', recipients: { '46701234567': {}, '46701234568': { name: 'Ada' } }, body: 'Hej {name}' }, { now, locale: 'sv' })
    const issue = draft.state.message(0)?.issues[0]
    expect(issue?.code).toBe('template.empty_value')
    expect(issue?.message).toMatch(/tom/)
  })
})

describe('createDraft: the recipients are checked once per object (Draft.update, docs/guides/forms.md)', () => {
  it('checks a new array of recipients, and takes one changed in place and passed again as the same value', () => {
    const recipients = ['46701234567']
    const draft = createDraft({ sender: 'iP1', recipients, body: 'Hi' }, { now })
    expect(draft.state.issues).toStrictEqual([])
    recipients.push('4670x')
    // The same object: the draft keeps its answer for it, as documented.
    expect(draft.update({ recipients }).issues).toStrictEqual([])
    // A new array with the same numbers is checked, as prepareBatch checks it.
    const copy = [...recipients]
    const expected = prepareBatch({ sender: 'iP1', recipients: copy, body: 'Hi' }, { now })
    expect(E.isLeft(expected) && expected.left.map((i) => [i.path, i.code])).toStrictEqual([['/recipients/1', 'recipient.non_digit']])
    expect(draft.update({ recipients: copy }).issues.map((i) => [i.path, i.code])).toStrictEqual([['/recipients/1', 'recipient.non_digit']])
  })
})

describe('createDraft: total for JavaScript callers', () => {
  it('ignores a patch that is not an object, and answers request.unreadable for a field that throws when read', () => {
    const draft = createDraft({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }, { now })
    const before = draft.state
    for (const patch of [null, 7, 'body'] as unknown as Array<Record<string, unknown>>) expect(draft.update(patch).issues).toStrictEqual(before.issues)
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => ['body'],
        getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: 'x' }),
        get: () => {
          throw new Error('hostile')
        },
      },
    )
    expect(draft.update(hostile).issues.map((i) => [i.code, i.path])).toStrictEqual([['request.unreadable', '']])
    // The request stays as it was before that patch.
    expect(draft.update({}).issues).toStrictEqual(before.issues)
    const tricky = { sender: 'iP1', recipients: ['46701234567'], get body(): string {
      throw new Error('hostile')
    } }
    expect(createDraft(tricky, { now }).state.issues.map((i) => i.code)).toStrictEqual(['request.unreadable'])
  })
})
