// The piece sums the composer counts a message from (src/encoding/analyze.ts: addPiece, setSums,
// addSums, countFromSums, segmentsFromSums), checked on their own against countText of the text
// the pieces make. The composer's tests reach them only through a message's counts; mutation
// testing showed that left most of their conditions unchecked.
import fc from 'fast-check'
import { addPiece, addSums, countFromSums, countText, segmentsFromSums, setSums, type Encoding, type PieceSums } from '../../src/encoding/analyze'
import { datacoding, extensionChars, mixedText } from '../encoding/arbitraries'

const fresh = (): PieceSums => ({ septets: 0, length: 0, compatible: true, edge: false, extension: false, surrogate: false })

function sumsOf(pieces: ReadonlyArray<string>): PieceSums {
  const sums = fresh()
  for (const p of pieces) addPiece(sums, p)
  return sums
}

const isHigh = (s: string, i: number): boolean => (s.charCodeAt(i) & 0xfc00) === 0xd800
const isLow = (s: string, i: number): boolean => (s.charCodeAt(i) & 0xfc00) === 0xdc00

/**
 * The sums written out from their definitions, without addPiece: septets as countText under
 * 'gsm' counts each piece, the length, whether every piece is GSM, whether a piece starts with a
 * low surrogate or ends with a high one, and whether the pieces hold an extension character or
 * any surrogate.
 */
function model(pieces: ReadonlyArray<string>): PieceSums {
  const text = pieces.join('')
  return {
    septets: pieces.reduce((n, p) => n + (p === '' ? 0 : countText(p, 'gsm').units), 0),
    length: text.length,
    compatible: pieces.every((p) => p === '' || countText(p).gsmCompatible),
    edge: pieces.some((p) => p !== '' && (isLow(p, 0) || isHigh(p, p.length - 1))),
    extension: [...text].some((c) => extensionChars.includes(c)),
    surrogate: /[\ud800-\udfff]/.test(text),
  }
}

/**
 * Whether the sums alone tell the count (countFromSums' contract): a text, no pair across two
 * pieces, and one part holds it or no part's end can move (no escape pair in GSM, no surrogate
 * pair in UCS-2).
 */
function tells(s: PieceSums, dc: Encoding): boolean {
  if (s.length === 0 || s.edge) return false
  if (s.compatible || dc === 'gsm') return s.septets <= 160 || !s.extension
  return s.length <= 70 || !s.surrogate
}

/** A text cut into pieces at arbitrary places, so a surrogate or an escape pair may be cut too. */
const pieces = fc.tuple(mixedText(500), fc.array(fc.nat(), { maxLength: 6 })).map(([text, cuts]) => {
  const bounds = [0, ...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
  return [...bounds.slice(1), text.length].map((end, i) => text.slice(bounds[i] ?? 0, end))
})

describe('piece sums (the composer counts a message from its pieces)', () => {
  it('addPiece sums each field as its definition says', () => {
    fc.assert(fc.property(pieces, (ps) => expect(sumsOf(ps)).toStrictEqual(model(ps))))
  })

  it('setSums and addSums of pieces counted apart give what addPiece gives over all of them', () => {
    fc.assert(
      fc.property(pieces, (ps) => {
        const [first = '', ...rest] = ps
        const sums = fresh()
        setSums(sums, sumsOf([first]))
        for (const p of rest) addSums(sums, sumsOf([p]))
        expect(sums).toStrictEqual(sumsOf(ps))
      }),
    )
  })

  it('countFromSums answers exactly when the sums tell, and then as countText of the text', () => {
    fc.assert(
      fc.property(pieces, datacoding, (ps, dc) => {
        const sums = sumsOf(ps)
        const counted = countFromSums(sums, dc)
        expect(counted).toStrictEqual(tells(sums, dc) ? countText(ps.join(''), dc) : undefined)
        expect(segmentsFromSums(sums, dc)).toBe(counted?.segments ?? -1)
      }),
    )
  })

  // Examples at each condition of the contract (SPEC, segment budgets: 160/153 septets, 70/67
  // UCS-2 code units).
  it.each([
    ['an empty text', [''], 'gsm', undefined],
    ['161 septets, no escape: 2 parts of 153', ['a'.repeat(100), 'a'.repeat(61)], 'gsm', { encoding: 'gsm', gsmCompatible: true, units: 161, segments: 2, unitsPerSegment: 153, remaining: 145 }],
    ['160 septets with an escape: one part holds it', ['€', 'a'.repeat(158)], 'gsm', { encoding: 'gsm', gsmCompatible: true, units: 160, segments: 1, unitsPerSegment: 160, remaining: 0 }],
    ['161 septets with an escape: a part could end inside it', ['€', 'a'.repeat(159)], 'gsm', undefined],
    ['71 UCS-2 units, no pair: 2 parts of 67', ['ж'.repeat(71)], 'ucs', { encoding: 'ucs', gsmCompatible: false, units: 71, segments: 2, unitsPerSegment: 67, remaining: 63 }],
    ['70 UCS-2 units with a pair: one part holds it', ['😀', 'ж'.repeat(68)], 'ucs', { encoding: 'ucs', gsmCompatible: false, units: 70, segments: 1, unitsPerSegment: 70, remaining: 0 }],
    ['71 UCS-2 units with a pair: a part could end inside it', ['😀', 'ж'.repeat(69)], 'ucs', undefined],
    ['a pair cut between two pieces', ['a\ud83d', '\ude00'], 'ucs', undefined],
    ['a GSM text under gsm with a character outside the tables', ['Hi ж'], 'gsm', { encoding: 'gsm', gsmCompatible: false, units: 4, segments: 1, unitsPerSegment: 160, remaining: 156 }],
    // Under gsm a character outside the tables is one septet: 100 of them fit one message of 160.
    ['100 characters outside the tables under gsm: one part of 160', ['ж'.repeat(100)], 'gsm', { encoding: 'gsm', gsmCompatible: false, units: 100, segments: 1, unitsPerSegment: 160, remaining: 60 }],
  ] as const)('%s', (_, ps, dc, expected) => {
    expect(countFromSums(sumsOf(ps), dc)).toStrictEqual(expected)
  })

  // The draft adds a recipient's value to the body's sums without its edge (src/draft.ts): a
  // body piece that starts with the low half of a pair must then say so itself. Under gsm the
  // two halves counted apart are 2 septets, the character they make is 1.
  it('a piece that starts with a low surrogate leaves the count to the text', () => {
    const value = 'x\ud83d'
    const body = '\ude00 hi'
    expect(countText(value + body, 'gsm').units).toBe(5)
    const sums = sumsOf([body])
    expect(sums.edge).toBe(true)
    expect(countFromSums(sums, 'gsm')).toBeUndefined()
  })

  it('addSums keeps an edge that only the first piece has', () => {
    const sums = fresh()
    setSums(sums, sumsOf(['a\ud83d']))
    addSums(sums, sumsOf(['b']))
    expect(sums.edge).toBe(true)
    addSums(sums, sumsOf(['c']))
    expect(sums.edge).toBe(true)
    expect(countFromSums(sums, 'ucs')).toBeUndefined()
  })
})
