import { firstJsonError, positionOf } from '../../src/cli/jsonError'

describe('firstJsonError', () => {
  it('finds where a JSON text stops being valid', () => {
    expect(firstJsonError('{"a":1}')).toBeUndefined()
    expect(firstJsonError('{"a":1,}')).toBe(7)
    expect(firstJsonError('[1,2')).toBe(4)
    expect(firstJsonError('{"a" 1}')).toBe(5)
    expect(firstJsonError('"\\x"')).toBe(1)
  })

  it('agrees with JSON.parse on validity, even 100,000 levels deep', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000)
    expect(firstJsonError(deep)).toBeUndefined()
    expect(firstJsonError(deep.slice(0, -1))).toBe(199999)
  })

  it('gives 1-based line and column', () => {
    expect(positionOf('ab\ncd', 4)).toStrictEqual({ offset: 4, line: 2, column: 2 })
  })
})
