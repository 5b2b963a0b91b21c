// National language tables at their edges (found by mutation testing): a part that ends exactly
// at its budget when single shift characters (2 septets: the escape and a septet) are in it.
import { analyzeNational, splitNational } from '../../src/national/analyze'

// One national table announced (TS 23.040: a 3-octet IE in each header): 155 septets in a
// single message, 149 in each part of a long one. ş is in the Turkish single shift table only.
const trSingle = { lockingShift: null, singleShift: 'tr' } as const
const s = (n: number): string => 'ş'.repeat(n)

describe('splitNational with single shift characters', () => {
  it('keeps 155 septets in one message and splits 156', () => {
    // 'a' + 77 ş = 1 + 154 = 155 septets; one more 'a' makes 156: parts of 'a' + 74 ş (149
    // septets) and 3 ş + 'a' (7).
    expect(splitNational('a' + s(77), trSingle)).toStrictEqual(['a' + s(77)])
    expect(splitNational('a' + s(77) + 'a', trSingle)?.map((p) => p.length)).toStrictEqual([75, 4])
  })

  it('fills a part to exactly 149 septets before a character that would cross it', () => {
    // 'a' + 78 ş = 157 septets: the first part takes 'a' + 74 ş = 149 exactly, the second 4 ş.
    expect(splitNational('a' + s(78), trSingle)?.map((p) => p.length)).toStrictEqual([75, 4])
  })
})

describe('analyzeNational with single shift characters', () => {
  it('gives the septets left in the last part after a part filled exactly', () => {
    // As above: parts of 149 + 8 septets, 141 left in the second.
    expect(analyzeNational('a' + s(78), { locking: [], single: ['tr'] }).best).toStrictEqual({
      lockingShift: null,
      singleShift: 'tr',
      units: 157,
      segments: 2,
      unitsPerSegment: 149,
      remaining: 141,
    })
  })

  it('ignores unknown codes among known ones in a list', () => {
    // ş is in both Turkish tables: 1 septet with the locking table (155 budget, 154 left), 2 with
    // the single shift table (153 left), 1 with both (152 budget, 151 left).
    expect(analyzeNational('ş', ['xx', 'tr', 'zz'] as unknown as ['tr']).options.map((o) => [o.lockingShift, o.singleShift, o.remaining])).toStrictEqual([
      ['tr', null, 154],
      [null, 'tr', 153],
      ['tr', 'tr', 151],
    ])
  })
})

describe('splitNational with what is not a pair', () => {
  // The pair is an object { lockingShift, singleShift }: anything else is no pair of tables.
  it('answers null for a value that is not an object, even where the default tables would cover the text', () => {
    const notPairs: unknown[] = [undefined, 42, 'tr', true, () => null]
    expect(notPairs.map((p) => splitNational('a', p as null))).toStrictEqual([null, null, null, null, null])
  })
})

describe('analyzeNational with lists that are not lists', () => {
  // A list of languages is an array: an array-like object enables nothing, and neither does an
  // array whose length reads as something other than a number (a Proxy can answer that).
  it('enables nothing for an array-like object', () => {
    const arrayLike = { length: 1, 0: 'tr' }
    expect(analyzeNational('ı', { locking: arrayLike, single: arrayLike } as unknown as ['tr']).best).toBeNull()
  })

  it('enables nothing for an array whose length is not a number', () => {
    const odd = new Proxy(['tr'], { get: (target, key) => (key === 'length' ? '1' : Reflect.get(target, key)) })
    expect(analyzeNational('ı', odd as ['tr']).best).toBeNull()
  })
})
