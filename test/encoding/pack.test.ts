import fc from 'fast-check'
import { isLeft, isRight } from 'fp-ts/Either'
import { encodeParts, encodeUcs2, gsmSeptets, packGsm7 } from '../../src/encoding/index.js'
import { anyText, datacoding, gsmText, mixedText } from './arbitraries.js'
import { modelSeptets, modelUnpack } from './model.js'

const a = (n: number): string => 'a'.repeat(n)
const bytes = (u: Uint8Array): number[] => Array.from(u)

describe('gsmSeptets', () => {
  it('writes an extension character as the escape 0x1B and its septet', () => {
    expect(bytes(gsmSeptets('A€'))).toStrictEqual([0x41, 0x1b, 0x65])
  })

  it('writes Ç as 0x09 and ¤ as 0x24', () => {
    expect(bytes(gsmSeptets('Ç¤'))).toStrictEqual([0x09, 0x24])
  })

  it('writes a character outside the tables as ? (0x3F), an astral one once', () => {
    expect(bytes(gsmSeptets('ç😀'))).toStrictEqual([0x3f, 0x3f])
  })
})

describe('packGsm7', () => {
  it('packs "hellohello" into 9 octets', () => {
    // h = 0x68, e = 0x65: octet 1 = 0x68 | (0x65 << 7 & 0xFF) = 0xE8; octet 2 = 0x65 >> 1 |
    // (l = 0x6C << 6 & 0xFF) = 0x32; 10 septets = 70 bits = 9 octets.
    expect(bytes(packGsm7('hellohello'))).toStrictEqual([0xe8, 0x32, 0x9b, 0xfd, 0x46, 0x97, 0xd9, 0xec, 0x37])
  })

  it('packs € as 0x1B 0x65 into 0x9B 0x32', () => {
    // 0x1B | (0x65 << 7 & 0xFF) = 0x1B | 0x80 = 0x9B; 0x65 >> 1 = 0x32.
    expect(bytes(packGsm7('€'))).toStrictEqual([0x9b, 0x32])
  })

  it('puts 1 fill bit before the first septet: "A" (0x41) becomes 0x82', () => {
    expect(bytes(packGsm7('A', 1))).toStrictEqual([0x82])
  })

  it('packs 160 septets into exactly 140 octets (160 × 7 = 1120 bits)', () => {
    expect(packGsm7(a(160)).length).toBe(140)
  })

  it('clamps fill bits to 0–6', () => {
    expect(bytes(packGsm7('A', -3))).toStrictEqual([0x41])
    expect(bytes(packGsm7('A', Number.NaN))).toStrictEqual([0x41])
    expect(packGsm7('A', 99)).toStrictEqual(packGsm7('A', 6))
  })
})

describe('encodeUcs2', () => {
  it('writes UTF-16 big-endian, a surrogate pair as two units', () => {
    expect(bytes(encodeUcs2('Ж€😀'))).toStrictEqual([0x04, 0x16, 0x20, 0xac, 0xd8, 0x3d, 0xde, 0x00])
  })
})

describe('encodeParts', () => {
  it('gives a single GSM message no header: 160 septets in 140 octets, TP-UDL 160', () => {
    const r = encodeParts(a(160), 'gsm')
    expect(isRight(r) && r.right.map((p) => [p.udh.length, p.userData.length, p.userDataLength])).toStrictEqual([[0, 140, 160]])
  })

  it('gives each part of a long GSM message the header 05 00 03 ref total seq and 1 fill bit', () => {
    // 200 septets = 153 + 47. Part 1: 6 + ceil((1 + 7 × 153) / 8) = 6 + 134 = 140 octets,
    // TP-UDL 7 + 153 = 160. Part 2: 6 + ceil((1 + 7 × 47) / 8) = 6 + 42 = 48 octets, TP-UDL 54.
    const r = encodeParts(a(200), 'gsm', 7)
    expect(isRight(r) && r.right.map((p) => [bytes(p.udh), p.userData.length, p.userDataLength])).toStrictEqual([
      [[5, 0, 3, 7, 2, 1], 140, 160],
      [[5, 0, 3, 7, 2, 2], 48, 54],
    ])
  })

  it('gives each part of a long UCS-2 message the header and 2 octets per unit', () => {
    // 71 units = 67 + 4: 6 + 134 = 140 octets, then 6 + 8 = 14.
    const r = encodeParts('ж'.repeat(71), 'ucs', 300)
    expect(isRight(r) && r.right.map((p) => [bytes(p.udh), p.userData.length, p.userDataLength])).toStrictEqual([
      [[5, 0, 3, 44, 2, 1], 140, 140], // reference 300 mod 256 = 44
      [[5, 0, 3, 44, 2, 2], 14, 14],
    ])
  })

  it('puts the header before the packed part', () => {
    const r = encodeParts(a(161), 'gsm', 1)
    const second = isRight(r) ? r.right[1] : undefined
    // Part 2 is 8 a: after the header, packGsm7 with 1 fill bit.
    expect(second && bytes(second.userData)).toStrictEqual([5, 0, 3, 1, 2, 2, ...bytes(packGsm7(a(8), 1))])
  })

  it('refuses a message of more than 255 parts with message.too_many_segments', () => {
    expect(encodeParts(a(153 * 256), 'gsm')).toStrictEqual({ _tag: 'Left', left: { code: 'message.too_many_segments', segments: 256, max: 255 } })
  })

  it('reads a reference that is not a finite number as 0', () => {
    const r = encodeParts('a'.repeat(161), 'gsm', Number.NaN)
    expect(isRight(r) && r.right.map((p) => p.udh[3])).toStrictEqual([0, 0])
  })

  it('never throws on a value that is not a string (no octets)', () => {
    const notText = 42 as unknown as string
    expect([packGsm7(notText).length, encodeUcs2(notText).length, gsmSeptets(notText).length]).toStrictEqual([0, 0, 0])
  })

  it('gives no part for the empty text', () => {
    expect(encodeParts('', 'gsm')).toStrictEqual({ _tag: 'Right', right: [] })
  })
})

describe('properties', () => {
  const texts = fc.oneof(mixedText(), anyText(), gsmText(1000))

  it('should keep every part within 140 octets of user data', () => {
    fc.assert(
      fc.property(texts, datacoding, fc.integer({ min: 0, max: 255 }), (text, enc, ref) => {
        const r = encodeParts(text, enc, ref)
        expect(isLeft(r)).toBe(false)
        if (isRight(r)) for (const p of r.right) expect(p.userData.length).toBeLessThanOrEqual(140)
      }),
    )
  })

  it('should unpack to the septets of the model', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 6 }), (text, fill) => {
        const expected = modelSeptets(text)
        const packed = packGsm7(text, fill)
        expect(packed.length).toBe(Math.ceil((fill + 7 * expected.length) / 8))
        expect(modelUnpack(packed, fill, expected.length)).toStrictEqual(expected)
      }),
    )
  })

  it('should write two octets per UTF-16 unit that read back as the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const u = encodeUcs2(text)
        let back = ''
        for (let i = 0; i < u.length; i += 2) back += String.fromCharCode(((u[i] ?? 0) << 8) | (u[i + 1] ?? 0))
        expect(back).toBe(text)
      }),
    )
  })
})
