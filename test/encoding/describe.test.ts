import fc from 'fast-check'
import { analyzeText, charactersToSaveSegment, countText, describeText, gsmCost, suggestGsm, type Encoding } from '../../src/encoding/index.js'
import { anyText, datacoding, gsmText, mixedText } from './arbitraries.js'

const a = (n: number): string => 'a'.repeat(n)
const zh = (n: number): string => '中'.repeat(n)
/** The text without its last `k` characters (code points; a lone surrogate is one). */
const dropLast = (text: string, k: number): string => {
  const chars = Array.from(text)
  return chars.slice(0, Math.max(0, chars.length - k)).join('')
}
const segments = (text: string, dc: Encoding): number => countText(text, dc).segments

describe('describeText', () => {
  it('describes a basic, an extension and a look-alike character', () => {
    expect(describeText('a€’')).toStrictEqual([
      { char: 'a', codePoint: 97, index: 0, septets: 1, units: 1, set: 'basic' },
      { char: '€', codePoint: 0x20ac, index: 1, septets: 2, units: 1, set: 'extension' },
      { char: '’', codePoint: 0x2019, index: 2, septets: 1, units: 1, set: 'none', lookalike: "'" },
    ])
  })

  it('gives units as sent: septets when the text is GSM, code units when it is UCS-2', () => {
    expect(describeText('€').map((d) => d.units)).toStrictEqual([2])
    expect(describeText('€ж').map((d) => d.units)).toStrictEqual([1, 1])
    expect(describeText('€ж', 'gsm').map((d) => d.units)).toStrictEqual([2, 1])
  })

  it('makes an astral character one entry of two code units, at its first code unit', () => {
    expect(describeText('x😀y')).toStrictEqual([
      { char: 'x', codePoint: 120, index: 0, septets: 1, units: 1, set: 'basic' },
      { char: '😀', codePoint: 0x1f600, index: 1, septets: 1, units: 2, set: 'none' },
      { char: 'y', codePoint: 121, index: 3, septets: 1, units: 1, set: 'basic' },
    ])
    expect(describeText('😀', 'gsm')).toStrictEqual([{ char: '😀', codePoint: 0x1f600, index: 0, septets: 1, units: 1, set: 'none' }])
  })

  it('makes a lone surrogate one entry with its own code unit', () => {
    expect(describeText('\udc00\ud800')).toStrictEqual([
      { char: '\udc00', codePoint: 0xdc00, index: 0, septets: 1, units: 1, set: 'none' },
      { char: '\ud800', codePoint: 0xd800, index: 1, septets: 1, units: 1, set: 'none' },
    ])
  })

  it('gives the look-alikes suggestGsm replaces a character with, the empty one included', () => {
    expect(describeText('…\u00a0\u200b\u2126ｘ').map((d) => d.lookalike)).toStrictEqual(['...', ' ', '', 'Ω', 'x'])
  })

  it('gives no look-alike to a GSM character, a character without one, or a combining accent', () => {
    const details = describeText('Çç中a\u030a')
    expect(details.map((d) => [d.set, 'lookalike' in d])).toStrictEqual([
      ['basic', false],
      ['none', false],
      ['none', false],
      ['basic', false],
      ['none', false],
    ])
  })

  it('counts form feed and the euro sign in the extension table, capital Ç and Greek Δ in the basic one', () => {
    expect(describeText('\f€ÇΔ').map((d) => d.set)).toStrictEqual(['extension', 'extension', 'basic', 'basic'])
  })

  it('describes the empty text and anything but a string as no character', () => {
    expect(describeText('')).toStrictEqual([])
    for (const hostile of [undefined, null, 42, {}, ['a'], Symbol('x')]) expect(describeText(hostile as unknown as string)).toStrictEqual([])
    expect(describeText('ab', 'latin1' as unknown as Encoding)).toStrictEqual(describeText('ab', 'ucs'))
  })

  describe('properties', () => {
    const texts = fc.oneof(mixedText(), anyText(), gsmText())

    it('should give one entry per code point, in order, each at its index', () => {
      fc.assert(
        fc.property(texts, datacoding, (text, dc) => {
          const details = describeText(text, dc)
          expect(details.map((d) => d.char)).toStrictEqual(Array.from(text))
          for (const d of details) {
            expect(text.slice(d.index, d.index + d.char.length)).toBe(d.char)
            expect(d.codePoint).toBe(d.char.codePointAt(0))
          }
        }),
      )
    })

    it("should add up to countText's units under gsm (septets) and under the datacoding (units)", () => {
      fc.assert(
        fc.property(texts, datacoding, (text, dc) => {
          const details = describeText(text, dc)
          const sum = (key: 'septets' | 'units'): number => details.reduce((s, d) => s + d[key], 0)
          expect([sum('septets'), sum('units')]).toStrictEqual([countText(text, 'gsm').units, countText(text, dc).units])
        }),
      )
    })

    it('should agree with gsmCost on the set and with suggestGsm on the look-alike', () => {
      fc.assert(
        fc.property(texts, (text) => {
          for (const d of describeText(text)) {
            const k = d.char.length === 1 ? gsmCost(d.codePoint) : 0
            expect(d.set).toBe(k === 2 ? 'extension' : k === 1 ? 'basic' : 'none')
            const own = d.set === 'none' ? suggestGsm(d.char).replacements[0]?.to : undefined
            expect(d.lookalike).toBe(own)
          }
        }),
      )
    })
  })
})

describe('charactersToSaveSegment', () => {
  it.each<[string, string, Encoding, number]>([
    ['160 a: one segment, only emptying it saves it', a(160), 'ucs', 160],
    ['161 a: one back to 160', a(161), 'ucs', 1],
    ['306 a = 2 × 153', a(306), 'ucs', 146],
    ['307 a: one back to 306', a(307), 'ucs', 1],
    ['459 a = 3 × 153', a(459), 'gsm', 153],
    ['460 a', a(460), 'gsm', 1],
    ['159 a and €: 161 septets, the € is the last character', a(159) + '€', 'ucs', 1],
    ['158 a, €, a: removing the a leaves 160 septets', a(158) + '€a', 'ucs', 1],
    ['152 a, €, 152 a: 3 parts because the € is pushed, 2 once 1 a is gone', a(152) + '€' + a(152), 'ucs', 1],
    ['70 中', zh(70), 'ucs', 70],
    ['71 中', zh(71), 'ucs', 1],
    ['134 中 = 2 × 67', zh(134), 'ucs', 64],
    ['135 中', zh(135), 'ucs', 1],
    ['201 中 = 3 × 67', zh(201), 'ucs', 67],
    ['150 a and ж: 3 UCS-2 parts, 1 GSM segment without the ж', a(150) + 'ж', 'ucs', 1],
    ['ж and 150 a: the ж is first, so 150 a come off the end before it goes', 'ж' + a(150), 'ucs', 17],
    ['150 a and ж under gsm: 151 septets, one segment', a(150) + 'ж', 'gsm', 151],
    ['66 a, an emoji, 66 a: 3 parts (the pair is pushed), 2 without the last a', a(66) + '😀' + a(66), 'ucs', 1],
    ['an emoji is one character', a(69) + '😀', 'ucs', 1],
    ['the empty text', '', 'ucs', 0],
  ])('%s', (_label, text, dc, expected) => {
    expect(charactersToSaveSegment(text, dc)).toBe(expected)
  })

  it('saves two segments with the one character that made the text UCS-2', () => {
    const text = a(150) + 'ж'
    expect([segments(text, 'ucs'), segments(dropLast(text, 1), 'ucs')]).toStrictEqual([3, 1])
  })

  it('answers 0 for anything but a string', () => {
    for (const hostile of [undefined, null, 42, {}, ['a'.repeat(200)], Symbol('x')]) expect(charactersToSaveSegment(hostile as unknown as string)).toBe(0)
  })

  describe('properties', () => {
    // Lengths around the boundaries: up to 4 GSM parts, 6 UCS-2 parts.
    const texts = fc.oneof(mixedText(700), anyText(400), gsmText(700))

    it('should lower the segment count when that many characters are removed from the end, and not with one fewer', () => {
      fc.assert(
        fc.property(texts, datacoding, (text, dc) => {
          const n = charactersToSaveSegment(text, dc)
          const s = segments(text, dc)
          if (s === 0) {
            expect(n).toBe(0)
            return
          }
          expect(n).toBeGreaterThan(0)
          expect(segments(dropLast(text, n), dc)).toBeLessThan(s)
          expect(segments(dropLast(text, n - 1), dc)).toBe(s)
        }),
      )
    })

    it('should never let the segment count fall as characters are added at the end', () => {
      fc.assert(
        fc.property(texts, datacoding, (text, dc) => {
          const chars = Array.from(text)
          let before = 0
          let prefix = ''
          for (const c of chars) {
            prefix += c
            const now = segments(prefix, dc)
            expect(now).toBeGreaterThanOrEqual(before)
            before = now
          }
        }),
        { numRuns: 40 },
      )
    })
  })
})

describe('analyzeText nonGsm getter', () => {
  // The getter itself; analyze.test.ts compares whole results with toStrictEqual.
  it('is an enumerable own property that spreads, stringifies and clones as data, beside the text', () => {
    const r = analyzeText('a’😀')
    const list = [
      { char: '’', index: 1 },
      { char: '😀', index: 2 },
    ]
    // No hidden key: what the getter lists from is the result's own `text`.
    expect(Reflect.ownKeys(r)).toStrictEqual(['encoding', 'gsmCompatible', 'units', 'segments', 'unitsPerSegment', 'remaining', 'text', 'nonGsm'])
    expect({ ...r }.nonGsm).toStrictEqual(list)
    expect(JSON.parse(JSON.stringify(r)).nonGsm).toStrictEqual(list)
    expect(structuredClone(r)).toStrictEqual({ encoding: 'ucs', gsmCompatible: false, units: 4, segments: 1, unitsPerSegment: 70, remaining: 66, text: 'a’😀', nonGsm: list })
  })

  it('builds the list on the first read and keeps it under a key no copy or comparison sees', () => {
    const r = analyzeText('’’')
    const first = r.nonGsm
    expect(first).toStrictEqual([
      { char: '’', index: 0 },
      { char: '’', index: 1 },
    ])
    expect(r.nonGsm).toBe(first)
    // Still the getter, now with one non-enumerable symbol beside the fields.
    expect(typeof Object.getOwnPropertyDescriptor(r, 'nonGsm')?.get).toBe('function')
    expect(Object.getOwnPropertySymbols(r).map((k) => Object.getOwnPropertyDescriptor(r, k)?.enumerable)).toStrictEqual([false])
    expect(Object.keys(r)).toStrictEqual(['encoding', 'gsmCompatible', 'units', 'segments', 'unitsPerSegment', 'remaining', 'text', 'nonGsm'])
  })

  it('answers the same list on every read of a result frozen, sealed or made not extensible before the first read', () => {
    // Immer and Redux Toolkit freeze what they hold: a selector comparing by reference must not
    // see a new array on each read.
    const results = [Object.freeze(analyzeText('x’')), Object.seal(analyzeText('x’')), Object.preventExtensions(analyzeText('x’'))]
    for (const r of results) {
      const first = r.nonGsm
      expect(first).toStrictEqual([{ char: '’', index: 1 }])
      expect(r.nonGsm).toBe(first)
    }
  })

  it('lists through a Proxy of the result (as state libraries wrap what they hold): the read defines only its hidden key, and the result keeps the list', () => {
    const r = analyzeText('x’')
    const traps: string[] = []
    const seen = new Proxy(r, {
      set: (t, k, v) => (traps.push(`set ${String(k)}`), Reflect.set(t, k, v)),
      deleteProperty: (t, k) => (traps.push(`delete ${String(k)}`), Reflect.deleteProperty(t, k)),
      defineProperty: (t, k, d) => (traps.push(`define ${typeof k}`), Reflect.defineProperty(t, k, d)),
    }).nonGsm
    expect(seen).toStrictEqual([{ char: '’', index: 1 }])
    expect(r.nonGsm).toBe(seen)
    expect(traps).toStrictEqual(['define symbol'])
  })

  it('keeps the list aside when a Proxy refuses the definition or its trap throws: the same array on every read through it, and no error', () => {
    const refusing = new Proxy(analyzeText('x’'), { defineProperty: () => false })
    const throwing = new Proxy(analyzeText('x’'), {
      defineProperty: () => {
        throw new Error('read-only wrapper')
      },
    })
    for (const seen of [refusing, throwing]) {
      const first = seen.nonGsm
      expect(first).toStrictEqual([{ char: '’', index: 1 }])
      expect(seen.nonGsm).toBe(first)
    }
  })

  it('answers an empty list when taken off a result and called on something without a string text', () => {
    const get = Object.getOwnPropertyDescriptor(analyzeText('’'), 'nonGsm')?.get
    // `{ text: { length: 1 } }` has a text with a length, but no string: it is not listed.
    const calls = [get?.call(undefined), get?.call(null), get?.call({}), get?.call({ text: { length: 1 } }), get?.call(42), get?.call('’'), get?.call(() => '’')]
    expect(calls).toStrictEqual([[], [], [], [], [], [], []])
    const derived = Object.create(analyzeText('’')) as { nonGsm: unknown }
    expect(derived.nonGsm).toStrictEqual([{ char: '’', index: 0 }])
    // The list is kept on the result alone: the derived object gains no property by the read.
    expect(Reflect.ownKeys(derived)).toStrictEqual([])
    // A derived object with a text of its own lists that text, even after its prototype kept its list.
    const read = analyzeText('’')
    expect(read.nonGsm).toStrictEqual([{ char: '’', index: 0 }])
    const own = Object.create(read, { text: { value: 'aж' } }) as { nonGsm: unknown }
    expect(own.nonGsm).toStrictEqual([{ char: 'ж', index: 1 }])
  })
})
