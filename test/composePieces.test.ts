// Composition at server scale (issue 10 §2) changes how a message is counted and where the keys
// of the batch come from, never what is said:
// - a message one part holds is counted from its pieces (the body's literals, counted once for
//   the batch, and the values it takes), every other one from its text; either way the counts
//   are countText's of the text (SPEC "Encoding");
// - composeMessages takes the keys of the batch (SPEC "Templating") from validateBatch when
//   validateBatch made the batch, and reads them from every recipient for a batch it did not
//   make: both give the same messages.
import * as E from 'fp-ts/Either'
import fc from 'fast-check'
import { composeMessages, prepareBatch, type Message } from '../src/compose'
import { validateBatch } from '../src/batch'
import { countText } from '../src/encoding/analyze'
import { blocksLookalikes, scanLookalikes } from '../src/encoding/lookalikes'

const now = new Date('2026-11-25T00:00:00Z')

// GSM basic and extension characters, characters outside GSM, and lone surrogate halves, which
// make a pair when a piece ending in a high one meets a piece starting with a low one.
const piece = (max: number): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom('a', 'Z', ' ', '1', 'é', '€', '[', '~', '^', '’', 'Л', '😀', '\ud83d', '\ude00', '…'), { maxLength: max })
    .map((cs) => cs.join(''))
const msisdn = fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `467${n}`)

const request = fc.record({
  // Three pieces around {a} and {b}, short enough for one part or long enough for several.
  body: fc.tuple(piece(90), piece(30), piece(90)).map(([x, y, z]) => `x${x}{a}${y}{b}${z}`),
  datacoding: fc.constantFrom('gsm', 'ucs'),
  values: fc.uniqueArray(fc.tuple(msisdn, piece(40), fc.option(piece(12), { nil: undefined })), {
    minLength: 1,
    maxLength: 6,
    selector: (t) => t[0],
  }),
  // `b` from the default for the recipients that have none; sometimes no default at all.
  defaultB: fc.option(piece(30), { nil: undefined }),
})

type Req = typeof request extends fc.Arbitrary<infer T> ? T : never

function toInput({ body, datacoding, values, defaultB }: Req): Record<string, unknown> {
  const recipients: Record<string, unknown> = Object.fromEntries(values.map(([m, a, b]) => [m, b === undefined ? { a } : { a, b }]))
  if (defaultB !== undefined) recipients['default'] = { b: defaultB }
  return { sender: '46701234567', recipients, body, datacoding }
}

const counts = (m: Message): readonly [string, number, number] => [m.encoding, m.units, m.segments]

describe('composition counts a message from its pieces (issue 10 §2)', () => {
  it('each message has the encoding, units and segments countText gives its text, gsm and ucs', () => {
    fc.assert(
      fc.property(request, (req) => {
        // composeMessages, not prepareBatch: under gsm a value outside GSM is an error of its
        // message (prepareBatch says Left), and the message is still counted.
        const v = validateBatch(toInput(req), { now })
        if (E.isLeft(v)) return true
        for (const m of composeMessages(v.right)) {
          const c = countText(m.text, req.datacoding === 'gsm' ? 'gsm' : 'ucs')
          expect(counts(m)).toStrictEqual([c.encoding, c.units, c.segments])
        }
        return true
      }),
      { numRuns: 300 },
    )
  })

  it('a pair split between the body and a value counts once, as in the text (one septet under gsm)', () => {
    // '\ud83d' ends the body's piece and '\ude00' starts the value: the text holds one 😀.
    // Under gsm the body's lone half is refused by validateBatch; with the half in a default and
    // the other in a recipient's value, the message is composed and counted: 😀 is one septet.
    const v = validateBatch({ sender: '46701234567', recipients: { default: { h: '\ud83d' }, '46701234567': { a: '\ude00!' } }, body: 'Hi {h}{a}', datacoding: 'gsm' }, { now })
    const gsm = E.isRight(v) ? [...composeMessages(v.right)] : []
    expect(gsm.map((m) => [m.text, ...counts(m), m.issues.map((i) => i.code)])).toStrictEqual([['Hi 😀!', 'gsm', 5, 1, ['message.not_gsm']]])
    const u = prepareBatch({ sender: '46701234567', recipients: { '46701234567': { a: '\ude00!' } }, body: 'Hi \ud83d{a}' }, { now })
    expect(E.isRight(u) ? u.right.messages.map((m) => [m.text, ...counts(m)]) : []).toStrictEqual([['Hi 😀!', 'ucs', 6, 1]])
  })

  it('at the one-part limits: 160 septets with an extension character in the value is one part, 161 is two', () => {
    const body = `${'a'.repeat(157)}{a}`
    const one = prepareBatch({ sender: '46701234567', recipients: { '46701234567': { a: '€' }, '46701234568': { a: '€a' } }, body }, { now })
    // '€' is an escape pair: 2 septets. 157 + 2 = 159; 157 + 3 = 160 (still one part).
    expect(E.isRight(one) ? one.right.messages.map(counts) : []).toStrictEqual([
      ['gsm', 159, 1],
      ['gsm', 160, 1],
    ])
    const two = prepareBatch({ sender: '46701234567', recipients: { '46701234567': { a: '€aa' } }, body }, { now })
    expect(E.isRight(two) ? two.right.messages.map(counts) : []).toStrictEqual([['gsm', 161, 2]])
  })

  it('two messages of the same septets, one with an escape pair across a part end, count apart (no count shared by septets alone)', () => {
    // 306 septets of 'a' fill 2 parts exactly; with '€' (2 septets) at septet 153 the pair moves
    // to the second part, which ends one septet early: 3 parts.
    const recipients = { '46701234567': { a: 'a'.repeat(306) }, '46701234568': { a: `${'a'.repeat(152)}€${'a'.repeat(152)}` } }
    const r = prepareBatch({ sender: '46701234567', recipients, body: '{a}' }, { now })
    expect(E.isRight(r) ? r.right.messages.map(counts) : []).toStrictEqual([
      ['gsm', 306, 2],
      ['gsm', 306, 3],
    ])
  })

  it('at the UCS-2 limit: 70 code units is one part, 71 two', () => {
    const body = `${'Л'.repeat(68)}{a}`
    const r = prepareBatch({ sender: '46701234567', recipients: { '46701234567': { a: 'ab' }, '46701234568': { a: 'abc' } }, body }, { now })
    expect(E.isRight(r) ? r.right.messages.map(counts) : []).toStrictEqual([
      ['ucs', 70, 1],
      ['ucs', 71, 2],
    ])
  })
})

describe('the keys of the batch come from validateBatch (issue 10 §2)', () => {
  it('composing the ValidBatch validateBatch made equals composing a copy of it it did not make', () => {
    fc.assert(
      fc.property(request, fc.boolean(), (req, unresolved) => {
        // With `unresolved`, the body also holds {c}, which no recipient has: it stays as written.
        const input = toInput(unresolved ? { ...req, body: `${req.body}{c}` } : req)
        const v = validateBatch(input, { now })
        if (E.isLeft(v)) return true
        const copy: unknown = JSON.parse(JSON.stringify(v.right))
        expect([...composeMessages(copy as typeof v.right)]).toStrictEqual([...composeMessages(v.right)])
        return true
      }),
      { numRuns: 150 },
    )
  })
})

describe('a character that blocks look-alikes (createDraft counts UCS-2 messages without scanning them)', () => {
  it('a text holding one never becomes GSM by replacing its look-alikes, wherever it stands', () => {
    // Letters and marks that compose (e + U+0301 is é), look-alikes, and characters without one.
    const unit = fc.constantFrom('e', 'A', '\u0301', '\u030a', '’', '…', 'Л', 'а', '😀', '\u212b', '中', 'é', ' ')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }).map((u) => u.join('')), (text) => {
        const blocked = [...text].some((_, i) => blocksLookalikes(text.charCodeAt(i)))
        if (blocked) expect(scanLookalikes(text).becomesGsm).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('blocks with a letter outside GSM that has no look-alike, never with a look-alike, a GSM character or a combining mark', () => {
    expect(['Л', '😀'.charAt(0), '中'].map((c) => blocksLookalikes(c.charCodeAt(0)))).toStrictEqual([true, true, true])
    expect(['’', '…', 'a', '€', '\u0301'].map((c) => blocksLookalikes(c.charCodeAt(0)))).toStrictEqual([false, false, false, false, false])
  })
})
