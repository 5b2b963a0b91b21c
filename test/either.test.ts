// The library builds Either and These values as plain data (no fp-ts module code at run time);
// they must be exactly what fp-ts builds, so that callers can use fp-ts on them.
import * as FE from 'fp-ts/Either'
import * as FT from 'fp-ts/These'
import { isLeft, isRight, left, right } from '../src/either'
import { both, left as theseLeft, right as theseRight } from '../src/these'

describe('plain-data Either', () => {
  it('builds what fp-ts builds, and fp-ts reads it', () => {
    expect(left('e')).toStrictEqual(FE.left('e'))
    expect(right(1)).toStrictEqual(FE.right(1))
    expect(FE.fold((e: string) => `left ${e}`, (a: number) => `right ${a}`)(right(1))).toBe('right 1')
  })

  it('tells a Left from a Right as fp-ts does', () => {
    for (const v of [left('e'), right(1)]) expect([isLeft(v), isRight(v)]).toStrictEqual([FE.isLeft(v), FE.isRight(v)])
    expect([isLeft(left(0)), isRight(left(0)), isLeft(right(0)), isRight(right(0))]).toStrictEqual([true, false, false, true])
  })
})

describe('plain-data These', () => {
  it('builds what fp-ts builds', () => {
    expect(theseLeft('e')).toStrictEqual(FT.left('e'))
    expect(theseRight(1)).toStrictEqual(FT.right(1))
    expect(both('e', 1)).toStrictEqual(FT.both('e', 1))
  })
})
