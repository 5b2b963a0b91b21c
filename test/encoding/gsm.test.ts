import { GSM_BASIC, GSM_ESCAPE, GSM_EXTENSION, gsmCost, gsmSeptet } from '../../src/encoding/index.js'
import { MODEL_TABLE } from './model.js'

const code = (ch: string): number => ch.charCodeAt(0)

describe('GSM_BASIC', () => {
  // 3GPP TS 23.038 clause 6.2.1: the default alphabet has 128 positions, 0x1B being the escape.
  it('has 128 positions with the escape at 0x1B', () => {
    expect(GSM_BASIC.length).toBe(128)
    expect(GSM_BASIC.charCodeAt(GSM_ESCAPE)).toBe(0x1b)
  })

  it('holds capital Ç (U+00C7) at 0x09, the trap: lower-case ç is not GSM', () => {
    expect(GSM_BASIC[0x09]).toBe('\u00c7')
    expect(gsmCost(code('ç'))).toBe(0)
  })

  it('holds ¤ (U+00A4) at 0x24 and $ at 0x02', () => {
    expect(GSM_BASIC[0x24]).toBe('\u00a4')
    expect(GSM_BASIC[0x02]).toBe('$')
  })

  it('holds LF at 0x0A and CR at 0x0D', () => {
    expect(GSM_BASIC[0x0a]).toBe('\n')
    expect(GSM_BASIC[0x0d]).toBe('\r')
  })

  it('holds the Greek capitals Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ at 0x10 and 0x12–0x1A', () => {
    expect([GSM_BASIC[0x10], ...GSM_BASIC.slice(0x12, 0x1b)].join('')).toBe('ΔΦΓΛΩΠΨΣΘΞ')
  })
})

describe('GSM_EXTENSION', () => {
  // Clause 6.2.1.1: form feed 0x0A, ^ 0x14, { 0x28, } 0x29, \ 0x2F, [ 0x3C, ~ 0x3D, ] 0x3E, | 0x40, € 0x65.
  it('lists the ten extension characters with their septets', () => {
    expect(GSM_EXTENSION).toStrictEqual([
      [0x0a, '\f'],
      [0x14, '^'],
      [0x28, '{'],
      [0x29, '}'],
      [0x2f, '\\'],
      [0x3c, '['],
      [0x3d, '~'],
      [0x3e, ']'],
      [0x40, '|'],
      [0x65, '€'],
    ])
  })

  it('is frozen, rows included', () => {
    expect(Object.isFrozen(GSM_EXTENSION)).toBe(true)
    expect(GSM_EXTENSION.every((row) => Object.isFrozen(row))).toBe(true)
  })
})

describe('gsmCost', () => {
  it.each([
    ['A', 1],
    ['Ç', 1],
    ['\n', 1],
    ['\r', 1],
    ['Δ', 1],
    ['Ξ', 1],
    ['å', 1],
    ['€', 2],
    ['\f', 2],
    ['^', 2],
    ['|', 2],
    ['ç', 0],
    ['\u00a0', 0],
    ['“', 0],
    ['’', 0],
    ['α', 0],
    ['Α', 0], // Greek capital alpha: not in the table (only ten Greek capitals are)
    ['\t', 0],
    ['`', 0],
    ['\u001b', 0],
    ['\ud83d', 0],
  ])('gives %j %i septets', (ch, cost) => {
    expect(gsmCost(code(ch))).toBe(cost)
  })

  it('gives 0 for values that are not code units', () => {
    expect([gsmCost(-1), gsmCost(0x10000), gsmCost(1.5), gsmCost(Number.NaN)]).toStrictEqual([0, 0, 0, 0])
  })
})

describe('gsmSeptet', () => {
  it.each([
    ['@', 0x00],
    ['Ç', 0x09],
    ['É', 0x1f],
    [' ', 0x20],
    ['¤', 0x24],
    ['¡', 0x40],
    ['§', 0x5f],
    ['¿', 0x60],
    ['à', 0x7f],
    ['€', 0x65],
    ['\f', 0x0a],
  ])('gives %j septet %i', (ch, septet) => {
    expect(gsmSeptet(code(ch))).toBe(septet)
  })

  it('gives -1 for a non-GSM character and for U+001B', () => {
    expect([gsmSeptet(code('ç')), gsmSeptet(0x1b)]).toStrictEqual([-1, -1])
  })
})

describe('properties', () => {
  // Exhaustive rather than sampled: the BMP has 65,536 code units.
  it('should agree with the independent model table on every BMP code unit', () => {
    const disagreements: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      const entry = MODEL_TABLE.get(String.fromCharCode(c))
      const expected = entry === undefined ? [0, -1] : entry
      if (gsmCost(c) !== expected[0] || gsmSeptet(c) !== expected[1]) disagreements.push(c.toString(16))
    }
    expect(disagreements).toStrictEqual([])
  })

  it('should have 137 GSM characters: 127 basic and 10 extension', () => {
    let basic = 0
    let extension = 0
    for (let c = 0; c < 0x10000; c++) {
      if (gsmCost(c) === 1) basic++
      if (gsmCost(c) === 2) extension++
    }
    expect([basic, extension]).toStrictEqual([127, 10])
  })
})
