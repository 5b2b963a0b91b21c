// createDraft edges found by mutation testing: which messages a body edit composes and which it
// counts from sums, what the draft keeps between edits (and what it must not keep), a getter
// patched in, message(i) under a polluted Array.prototype, and the summary past 255 segments.
import * as E from 'fp-ts/Either'
import * as compose from '../../src/compose'
import { prepareBatch, type PrepareOptions } from '../../src/compose'
import { createDraft, type DraftState } from '../../src/draft'
import type { Issue } from '../../src/issue'
import { expectSameAsPrepare as sameAsPrepare, apply } from '../draftOracle'

const now = new Date('2026-11-25T00:00:00Z')

/** The draft's state must be prepareBatch's answer (SPEC: exactly), with this file's now by default. */
function expectSameAsPrepare(state: DraftState, request: unknown, options: PrepareOptions = { now }): void {
  sameAsPrepare(state, request, options)
}

/** Runs the edits on a draft of `input`, checking every state against prepareBatch. */
function check(input: Record<string, unknown>, edits: ReadonlyArray<Record<string, unknown>>, options: PrepareOptions = { now }): void {
  const draft = createDraft(input, options)
  let request = input
  expectSameAsPrepare(draft.state, request, options)
  for (const patch of edits) {
    request = apply(request, patch)
    expectSameAsPrepare(draft.update(patch), request, options)
  }
}

/** The recipients whose message the composer builds while `run` runs (composerOf observed). */
function composedDuring(run: () => void): string[] {
  const real = compose.composerOf
  const composed: string[] = []
  const spy = jest.spyOn(compose, 'composerOf').mockImplementation((plan) => {
    const composer = real(plan)
    return (r, wantParts) => {
      composed.push(r.msisdn)
      return composer(r, wantParts)
    }
  })
  try {
    run()
  } finally {
    spy.mockRestore()
  }
  return composed
}

describe('createDraft: a body edit counts a plainly fine message from sums, and composes the others', () => {
  // Body 'Hi {a}', edited to 'Yo {a}' (every length kept). The default of `a` holds Cyrillic, a
  // character no look-alike replaces.
  const recipients = {
    '46701234501': { a: 'Ada' }, // GSM, one part
    '46701234502': { a: '€uro' }, // an extension character in one part: its 2 septets fit
    '46701234503': { a: 'a'.repeat(300) }, // 303 septets of one septet each: 2 parts of 153
    '46701234504': { a: `€${'a'.repeat(300)}` }, // several parts and an escape pair: composed
    '46701234505': { a: 'Иван' }, // UCS-2 with a character no look-alike replaces, one part
    '46701234506': { a: 'Л'.repeat(100) }, // 107 code units, no surrogate: 2 parts of 67
    '46701234507': { a: 'Л😀' }, // a surrogate pair in one part
    '46701234508': { a: `${'Л'.repeat(80)}😀` }, // a surrogate pair past one part: composed
    '46701234509': { a: '’' }, // UCS-2 that a look-alike could make GSM: composed (its warning)
    '46701234510': {}, // the default's Cyrillic: UCS-2 with a character no look-alike replaces
    '46701234511': { a: 'a'.repeat(1997) }, // 3 + 1,997 = 2,000 characters: as long as a body may be
    '46701234512': { a: 'a'.repeat(1998) }, // 2,001 characters: message.too_long, composed
    '46701234513': { a: '\ude00Л' }, // a surrogate half at its start, in one UCS-2 part: its edge changes no count
    default: { a: 'Иван' },
  }
  const input = { sender: 'iP1', recipients, body: 'Hi {a}' }

  it('composes exactly the messages with an escape pair or a surrogate pair past one part, a look-alike warning, or past 2,000 characters', () => {
    const draft = createDraft(input, { now })
    const composed = composedDuring(() => draft.update({ body: 'Yo {a}' }))
    expect(composed).toStrictEqual(['46701234504', '46701234508', '46701234509', '46701234512'])
  })

  it('answers what prepareBatch answers for each of those messages, before and after the edit', () => {
    check(input, [{ body: 'Yo {a}' }])
  })

  it('counts a placeholder that matches no key as written, from sums: "Hi ", 150 letters and {zz} (6 septets: braces take 2) are one part', () => {
    const draft = createDraft({ sender: 'iP1', recipients: { '46701234501': { a: 'a'.repeat(150) } }, body: 'Hi {a}{zz}' }, { now })
    expect(composedDuring(() => draft.update({ body: 'Yo {a}{zz}' }))).toStrictEqual([])
    expect(draft.state.message(0)?.segments).toBe(1)
  })
})

describe('createDraft: a placeholder that matches no key is counted as written ({zz}: 6 septets, braces take 2)', () => {
  it('gives 1 part to 154 letters and {zz} (160 septets) and 2 parts to 155 letters and {zz} (161 septets)', () => {
    const recipients = { '46701234501': { a: 'a'.repeat(154) }, '46701234502': { a: 'a'.repeat(155) } }
    const draft = createDraft({ sender: 'iP1', recipients, body: '{a}{zz}' }, { now })
    expect(draft.state.summary?.histogram).toStrictEqual([
      { segments: 1, messages: 1 },
      { segments: 2, messages: 1 },
    ])
    check({ sender: 'iP1', recipients, body: '{a}{zz}' }, [{ body: '{zz}{a}' }])
  })
})

describe('createDraft: what changes the messages composes them again', () => {
  it('a datacoding edit: under gsm a Cyrillic value is message.not_gsm; back under ucs it is UCS-2 again', () => {
    const recipients = { '46701234501': { a: 'Иван' }, '46701234502': { a: 'Ada' } }
    check({ sender: 'iP1', recipients, body: 'Hi {a}' }, [{ datacoding: 'gsm' }, { datacoding: undefined }, { body: 'Hello {a}' }, { datacoding: 'gsm' }])
  })

  it('the body moved to another key with the same text: the body-level look-alike warning is at the new key', () => {
    // An untemplated body of curly quotes: every message shares message.ucs_lookalikes at /body.
    check({ sender: 'iP1', recipients: ['46701234567', '46701234568'], body: '’Hi’' }, [{ body: undefined, Body: '’Hi’' }, { Body: undefined, body: '’Hi’' }])
  })

  it('the recipients moved to another key: every path of a message, recipient.not_mobile included, is at the new key', () => {
    // 4670123456 is one digit short (recipient.implausible_length); numberType calls 46701234568 a landline.
    const options: PrepareOptions = { now, numberType: (m: string): string => (m.endsWith('8') ? 'fixed_line' : 'mobile') }
    const recipients = { '4670123456': { a: 'x' }, '46701234568': { a: 'y' } }
    check({ sender: 'iP1', recipients, body: 'Hi {a}' }, [{ recipients: undefined, Recipients: recipients }, { body: 'Yo {a}' }, { Recipients: undefined, recipients }], options)
  })
})

describe('createDraft: the numbers are analysed once per value of the recipients field', () => {
  it('keeps the same recipient.implausible_length warning (one object) through body edits, one that adds the first placeholder included', () => {
    const recipients = { '4670123456': { a: 'x' }, '46701234567': { a: 'y' } }
    const draft = createDraft({ sender: 'iP1', recipients, body: 'Hi' }, { now })
    const warning = (state: DraftState): Issue | undefined => state.issues.find((i) => i.code === 'recipient.implausible_length')
    const first = warning(draft.state)
    expect(first?.path).toBe('/recipients/4670123456')
    expect(warning(draft.update({ body: 'Hi {a}' }))).toBe(first)
    expect(warning(draft.update({ body: 'Yo {a}' }))).toBe(first)
  })
})

describe('createDraft: a getter patched in is moved as it is, not called by the merge', () => {
  it('reads the body through the getter again on the next edit', () => {
    let text = 'Hi'
    const draft = createDraft({ sender: 'iP1', recipients: ['46701234567'], body: 'Yo' }, { now })
    const patch = {
      get body(): string {
        return text
      },
    }
    expect(draft.update(patch).message(0)?.text).toBe('Hi')
    text = 'Hello'
    expect(draft.update({ sender: 'iP2' }).message(0)?.text).toBe('Hello')
  })
})

describe('createDraft: message(i) under a polluted Array.prototype', () => {
  it('is undefined for -1 and 0.5, never a message made from an inherited "-1" or "0.5"', () => {
    const draft = createDraft({ sender: 'iP1', recipients: ['46701234567'], body: 'Hi' }, { now })
    const fake = { msisdn: '46701234568', at: 0, values: {} }
    const got: unknown[] = []
    for (const key of ['-1', '0.5']) {
      Object.defineProperty(Array.prototype, key, { value: fake, configurable: true, writable: true, enumerable: false })
      try {
        got.push(draft.state.message(Number(key)))
      } finally {
        Reflect.deleteProperty(Array.prototype, key)
      }
    }
    expect(got).toStrictEqual([undefined, undefined])
  })
})

describe('createDraft: the batch-wide issues', () => {
  /** One recipient has `a`; the 1,001 others have it emptied: one template.empty_value more than the cap. */
  const emptied = (): Record<string, Record<string, string>> => {
    const recipients: Record<string, Record<string, string>> = { '46701230000': { a: 'x' } }
    for (let i = 1; i <= 1001; i++) recipients[`4670123${String(i).padStart(4, '0')}`] = {}
    return recipients
  }
  const tooMany = (issues: ReadonlyArray<Issue>): Issue[] => issues.filter((i) => i.code === 'request.too_many_issues')

  it('past 1,000 template.empty_value warnings says request.too_many_issues at the root, as prepareBatch does', () => {
    const request = { sender: 'iP1', recipients: emptied(), body: 'Hi {a}' }
    const expected = prepareBatch(request, { now })
    const got = tooMany(createDraft(request, { now }).state.issues)
    expect(got.map((i) => [i.path, i.params])).toStrictEqual([['', { code: 'template.empty_value', omitted: 1, cap: 1000 }]])
    expect(got).toStrictEqual(tooMany(E.isRight(expected) ? expected.right.warnings : expected.left))
  })

  it('says it at the root too when the request has an error and its messages are composed for their issues', () => {
    // The same 1,001 emptied values, and an empty sender (sender.empty): the messages' issues
    // join the request's error through another sink, whose summary must stand at the root too.
    const request = { sender: '', recipients: emptied(), body: 'Hi {a}' }
    const expected = prepareBatch(request, { now })
    const got = tooMany(createDraft(request, { now }).state.issues)
    expect(got.map((i) => [i.path, i.params])).toStrictEqual([['', { code: 'template.empty_value', omitted: 1, cap: 1000 }]])
    expect(E.isLeft(expected) && tooMany(expected.left)).toStrictEqual(got)
  })
})

describe('createDraft: the summary of messages past 255 segments (refused, still counted)', () => {
  it('counts 256 and 257 segments in the histogram: "Hi " and 39,100 letters are 39,103 septets, 256 parts of 153; 39,200 letters 257', () => {
    const recipients = {
      '46701234501': { a: 'Ada' },
      '46701234502': { a: 'a'.repeat(39100) },
      '46701234503': { a: 'a'.repeat(39200) },
      '46701234504': { a: 'a'.repeat(39200) },
    }
    const state = createDraft({ sender: 'iP1', recipients, body: 'Hi {a}' }, { now }).state
    expect(state.issues.filter((i) => i.code === 'message.too_many_segments').map((i) => i.path)).toStrictEqual([
      '/recipients/46701234502',
      '/recipients/46701234503',
      '/recipients/46701234504',
    ])
    expect(state.summary?.histogram).toStrictEqual([
      { segments: 1, messages: 1 },
      { segments: 256, messages: 1 },
      { segments: 257, messages: 2 },
    ])
    expect(state.summary?.segments).toBe(1 + 256 + 2 * 257)
  })
})
