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

describe('analyzeNational reading a list of languages', () => {
  // ã is in the Portuguese tables and in no Turkish one: it tells whether 'pt' was read.
  it('reads no element past the length the list reports', () => {
    // A Proxy over ['tr', 'pt'] whose length reads 1: 'pt' is an own element past that length.
    const short = new Proxy(['tr', 'pt'], { get: (target, key) => (key === 'length' ? 1 : Reflect.get(target, key)) })
    expect(analyzeNational('ã', ['tr', 'pt']).best).not.toBeNull()
    expect(analyzeNational('ã', short as ['tr']).best).toBeNull()
  })

  it('lowers a two-letter code and never lowers a string of another length', () => {
    // Only two-letter strings can be codes: lowering a longer one (which could be megabytes)
    // would be wasted work. Counted with a spy on String.prototype.toLowerCase.
    const spy = jest.spyOn(String.prototype, 'toLowerCase')
    try {
      expect(analyzeNational('ã', ['PT'] as unknown as ['pt']).best?.lockingShift).toBe('pt')
      expect(spy).toHaveBeenCalledTimes(1)
      spy.mockClear()
      expect(analyzeNational('ã', ['ptx', 'p', 'PT '] as unknown as ['pt']).best).toBeNull()
      expect(spy).not.toHaveBeenCalled()
    } finally {
      spy.mockRestore()
    }
  })
})

describe('splitNational with a pair that names no tables', () => {
  // A pair of tables is null (the default) or a code of the list; Spanish has no locking table
  // (TS 23.038 A.2.2 defines its single shift table only). Anything else is no pair: null, even
  // for the empty text and for a text the default tables would cover.
  it('answers null for an unknown code, a value that is not a string, or Spanish as a locking table', () => {
    expect(splitNational('{', { lockingShift: null, singleShift: null })).toStrictEqual(['{'])
    expect(splitNational('', { lockingShift: null, singleShift: null })).toStrictEqual([])
    const notPairs: unknown[] = [
      { lockingShift: 'xx', singleShift: null },
      { lockingShift: null, singleShift: 'xx' },
      { lockingShift: 7, singleShift: null },
      { lockingShift: null, singleShift: ['tr'] },
      { lockingShift: 'es', singleShift: null },
    ]
    expect(notPairs.map((p) => splitNational('{', p as null))).toStrictEqual([null, null, null, null, null])
    expect(notPairs.map((p) => splitNational('', p as null))).toStrictEqual([null, null, null, null, null])
  })

  it('accepts Spanish as a single shift table', () => {
    // ç is in the Spanish single shift table (A.2.2): escape + septet, 2 septets, one message.
    expect(splitNational('ç', { lockingShift: null, singleShift: 'es' })).toStrictEqual(['ç'])
  })
})
