import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as main from '../../src/index.js'
import { analyzeNational, NATIONAL_PART, NATIONAL_SINGLE, splitNational, type NationalCount, type NationalLanguages } from '../../src/national/index.js'
import { HOSTILE } from '../adversarial/hostile.js'
import { modelSeptets, sum } from './model.js'

interface Expected {
  readonly best: { lockingShift: string | null; singleShift: string | null; units: number; segments: number; perPartBudget: number; remaining: number } | null
  readonly segmentsSplit?: number
  readonly partLengths?: number[]
  readonly ties?: ReadonlyArray<{ lockingShift: string | null; singleShift: string | null; units: number; segments: number; perPartBudget: number; remaining: number }>
}
interface Vector {
  readonly id: string
  readonly text: string
  readonly languages: NationalLanguages
  readonly expected: Expected
  readonly disputed?: { readonly spec: Expected }
}

const vectorsDir = join(__dirname, 'fixtures', 'vectors')
const VECTORS: ReadonlyArray<Vector> = readdirSync(vectorsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(vectorsDir, f), 'utf8')) as { vectors: Vector[] }).vectors)

const ALL = ['tr', 'es', 'pt', 'bn', 'gu', 'hi', 'kn', 'ml', 'or', 'pa', 'ta', 'te', 'ur'] as const

const count = (lockingShift: NationalCount['lockingShift'], singleShift: NationalCount['singleShift'], units: number, segments: number, unitsPerSegment: number, remaining: number): NationalCount => ({
  lockingShift,
  singleShift,
  units,
  segments,
  unitsPerSegment,
  remaining,
})

describe('analyzeNational', () => {
  describe('examples', () => {
    it('counts a Turkish text with the Turkish locking table: 1 septet a character, 155 in a single message', () => {
      expect(analyzeNational('Günaydın İstanbul', ['tr']).best).toStrictEqual(count('tr', null, 17, 1, 155, 138))
    })

    it('keeps the default alphabet (no header cost) for a GSM text whatever is enabled', () => {
      expect(analyzeNational('Hello').best).toStrictEqual(count(null, null, 5, 1, 160, 155))
    })

    it('counts ç with the Spanish single shift table: the escape and a septet', () => {
      expect(analyzeNational('ç', ['es']).best).toStrictEqual(count(null, 'es', 2, 1, 155, 153))
    })

    it('answers best null and no option for a text no table covers', () => {
      expect(analyzeNational('Привет')).toStrictEqual({ best: null, options: [] })
      expect(analyzeNational('ı', [])).toStrictEqual({ best: null, options: [] })
      expect(analyzeNational('ok 😀')).toStrictEqual({ best: null, options: [] })
    })

    it('counts the empty text as 0 septets and 0 segments with the default tables, as analyzeText does', () => {
      expect(analyzeNational('').best).toStrictEqual(count(null, null, 0, 0, 160, 160))
      expect(main.analyzeText('')).toMatchObject({ units: 0, segments: 0, unitsPerSegment: 160, remaining: 160 })
    })
  })

  describe('budgets (TS 23.040: 3 octets per national IE, 6 for concatenation, fill bits to a septet)', () => {
    it('derives 160/155/152 septets for a single message and 153/149/146 for a part', () => {
      const septets = (octets: number): number => 160 - Math.ceil((octets * 8) / 7)
      expect([septets(0), septets(1 + 3), septets(1 + 3 + 3)]).toStrictEqual([...NATIONAL_SINGLE])
      expect([septets(1 + 5), septets(1 + 5 + 3), septets(1 + 5 + 3 + 3)]).toStrictEqual([...NATIONAL_PART])
    })

    // Each combination: the text of exactly n septets, the languages, the pair it must use.
    const cases: ReadonlyArray<{ name: string; languages: NationalLanguages; text: (n: number) => string; pair: [NationalCount['lockingShift'], NationalCount['singleShift']]; single: number; part: number }> = [
      { name: 'no national table', languages: ALL, text: (n) => 'a'.repeat(n), pair: [null, null], single: 160, part: 153 },
      { name: 'a locking table only (Hindi)', languages: ['hi'], text: (n) => 'क'.repeat(n), pair: ['hi', null], single: 155, part: 149 },
      { name: 'a single shift table only (Spanish)', languages: ['es'], text: (n) => 'á' + 'a'.repeat(n - 2), pair: [null, 'es'], single: 155, part: 149 },
      {
        name: 'a single shift table only (Turkish, locking disabled)',
        languages: { locking: [], single: ['tr'] },
        text: (n) => 'ş' + 'a'.repeat(n - 2),
        pair: [null, 'tr'],
        single: 155,
        part: 149,
      },
      { name: 'both (Turkish locking, Spanish single shift)', languages: ['tr', 'es'], text: (n) => 'İá' + 'a'.repeat(n - 3), pair: ['tr', 'es'], single: 152, part: 146 },
    ]

    describe.each(cases)('$name', ({ languages, text, pair, single, part }) => {
      const [l, s] = pair
      it(`fits ${single} septets in one message`, () => {
        expect(analyzeNational(text(single), languages).best).toStrictEqual(count(l, s, single, 1, single, 0))
        expect(splitNational(text(single), { lockingShift: l, singleShift: s })).toStrictEqual([text(single)])
      })

      it(`needs two parts of ${part} for ${single + 1} septets`, () => {
        expect(analyzeNational(text(single + 1), languages).best).toStrictEqual(count(l, s, single + 1, 2, part, 2 * part - single - 1))
      })

      it(`fits ${2 * part} septets in two parts`, () => {
        expect(analyzeNational(text(2 * part), languages).best).toStrictEqual(count(l, s, 2 * part, 2, part, 0))
        const parts = splitNational(text(2 * part), { lockingShift: l, singleShift: s }) ?? []
        expect(parts.map((p) => sum(modelSeptets(p, l, s) ?? []))).toStrictEqual([part, part])
      })

      it(`needs a third part for ${2 * part + 1} septets`, () => {
        expect(analyzeNational(text(2 * part + 1), languages).best).toStrictEqual(count(l, s, 2 * part + 1, 3, part, part - 1))
        const parts = splitNational(text(2 * part + 1), { lockingShift: l, singleShift: s }) ?? []
        expect(parts.map((p) => sum(modelSeptets(p, l, s) ?? []))).toStrictEqual([part, part, 1])
      })
    })
  })

  describe('escape pairs', () => {
    it('ends a part before a single shift character that would straddle it (78 × ş: 74 + 4 characters)', () => {
      const text = 'ş'.repeat(78)
      expect(analyzeNational(text, { locking: [], single: ['tr'] }).best).toStrictEqual(count(null, 'tr', 156, 2, 149, 149 - 8))
      expect(splitNational(text, { lockingShift: null, singleShift: 'tr' })?.map((p) => p.length)).toStrictEqual([74, 74 - 70])
    })

    it('counts the part the straddle costs: 149 × ş is 298 septets = 2 × 149, but 3 parts', () => {
      const text = 'ş'.repeat(149)
      expect(analyzeNational(text, { locking: [], single: ['tr'] }).best).toStrictEqual(count(null, 'tr', 298, 3, 149, 147))
      expect(splitNational(text, { lockingShift: null, singleShift: 'tr' })?.map((p) => p.length)).toStrictEqual([74, 74, 1])
    })

    it('prefers the Turkish locking table when the straddle would cost a part with the single shift table', () => {
      const text = 'ş'.repeat(149)
      expect(analyzeNational(text, ['tr']).best).toStrictEqual(count('tr', null, 149, 1, 155, 6))
    })
  })

  describe('choosing', () => {
    it('ties the default pair and the Portuguese locking table on 5 × ~ and takes the default first', () => {
      const { best, options } = analyzeNational('~~~~~', ['pt'])
      expect(best).toStrictEqual(count(null, null, 10, 1, 160, 150))
      expect(options[1]).toStrictEqual(count('pt', null, 5, 1, 155, 150))
    })

    it('takes the lowest language identifier among equal pairs (ç: Turkish, Spanish, Portuguese single shift)', () => {
      const { options } = analyzeNational('ç', { locking: [], single: ['pt', 'es', 'tr'] })
      expect(options.map((o) => o.singleShift)).toStrictEqual(['tr', 'es', 'pt'])
    })

    it('lists every covering pair, best first, and best is the first', () => {
      const { best, options } = analyzeNational('Atenção, ağabey!', ['tr', 'pt'])
      expect(options.slice(0, 2)).toStrictEqual([count('tr', 'pt', 17, 1, 152, 135), count('pt', 'tr', 17, 1, 152, 135)])
      expect(best).toBe(options[0])
      for (let i = 1; i < options.length; i++) {
        const [a, b] = [options[i - 1], options[i]]
        expect(a !== undefined && b !== undefined && (a.segments < b.segments || (a.segments === b.segments && a.remaining >= b.remaining))).toBe(true)
      }
    })

    it('takes fewer segments over more septets left', () => {
      // 'ı' × 160 with the Turkish locking table: 160 septets, 2 parts of 149; single shift only: 320 septets, 3 parts.
      const { best } = analyzeNational('ı'.repeat(160), ['tr'])
      expect(best).toStrictEqual(count('tr', null, 160, 2, 149, 138))
    })
  })

  describe('languages', () => {
    it('enables all thirteen by default, and only the default tables with an empty list', () => {
      expect(analyzeNational('ı').best?.lockingShift).toBe('tr')
      expect(analyzeNational('ı', []).best).toBeNull()
      expect(analyzeNational('€', []).best).toStrictEqual(count(null, null, 2, 1, 160, 158))
    })

    it('reads codes in any case, skips unknown codes, holes and values that are not strings', () => {
      // eslint-disable-next-line no-sparse-arrays
      const languages = [, 'xx', 7, null, 'TR'] as unknown as NationalLanguages
      expect(analyzeNational('ı', languages).best?.lockingShift).toBe('tr')
    })

    it('enables nothing for Spanish in a locking list (it has no locking shift table)', () => {
      expect(analyzeNational('ç', { locking: ['es'], single: [] }).best).toBeNull()
      expect(analyzeNational('ç', ['es']).options.map((o) => [o.lockingShift, o.singleShift])).toStrictEqual([[null, 'es']])
    })

    it('enables no table of a kind whose list is missing', () => {
      expect(analyzeNational('ı', { locking: ['tr'] } as unknown as NationalLanguages).best?.lockingShift).toBe('tr')
      expect(analyzeNational('ş', { single: ['tr'] } as unknown as NationalLanguages).best).toStrictEqual(count(null, 'tr', 2, 1, 155, 153))
    })

    it('never reads an inherited list', () => {
      const languages = Object.create({ locking: ['tr'], single: ['tr'] }) as NationalLanguages
      expect(analyzeNational('ı', languages).best).toBeNull()
    })

    it('reads no further than 1024 elements of a list', () => {
      const long = [...(Array(1024).fill('xx') as string[]), 'tr'] as unknown as NationalLanguages
      expect(analyzeNational('ı', long).best).toBeNull()
    })

    it('enables none for a value that is neither a list nor { locking, single }', () => {
      expect(analyzeNational('ı', 'tr' as unknown as NationalLanguages).best).toBeNull()
      expect(analyzeNational('a', 42 as unknown as NationalLanguages).best).toStrictEqual(count(null, null, 1, 1, 160, 159))
    })

    it('enables all for null, as for a missing argument', () => {
      expect(analyzeNational('ı', null as unknown as NationalLanguages).best?.lockingShift).toBe('tr')
    })
  })

  describe('published vectors (fixtures/vectors: Android, warthog618/sms, lib3gpp23038, gsmcodecs, instasent, Infobip, our own)', () => {
    it('has the vectors', () => {
      expect(VECTORS.length).toBeGreaterThan(800)
    })

    it.each(VECTORS.map((v) => [v.id, v] as const))('%s', (_id, v) => {
      const expected = v.disputed?.spec.best === null ? { best: null } : v.expected
      const { best, options } = analyzeNational(v.text, v.languages)
      if (expected.best === null) {
        expect({ best, options }).toStrictEqual({ best: null, options: [] })
        return
      }
      const e = expected.best
      expect(best).not.toBeNull()
      if (best === null) return
      const parts = splitNational(v.text, best) ?? []
      const septets = parts.map((p) => sum(modelSeptets(p, best.lockingShift, best.singleShift) ?? []))
      // Septets the split leaves unused at the end of the parts before the last (escape pairs not cut).
      const lost = septets.slice(0, -1).reduce((n, s) => n + e.perPartBudget - s, 0)
      const segments = v.text === '' ? 0 : (expected.segmentsSplit ?? e.segments)
      const remaining = expected.segmentsSplit === undefined ? e.remaining - lost : e.perPartBudget - (septets[septets.length - 1] ?? 0)
      expect(best).toStrictEqual(count(e.lockingShift as NationalCount['lockingShift'], e.singleShift as NationalCount['singleShift'], e.units, segments, e.perPartBudget, remaining))
      expect(parts.length).toBe(segments)
      if (expected.partLengths !== undefined) expect(parts.map((p) => p.length)).toStrictEqual(expected.partLengths)
      if (expected.ties !== undefined) {
        expect(options.slice(0, expected.ties.length).map((o) => [o.lockingShift, o.singleShift, o.units, o.segments, o.unitsPerSegment, o.remaining])).toStrictEqual(
          expected.ties.map((t) => [t.lockingShift, t.singleShift, t.units, t.segments, t.perPartBudget, t.remaining]),
        )
      }
    })
  })

  describe('hostile callers', () => {
    it.each(HOSTILE.map(([name, make]) => [name, make] as const))('answers for %s as text or as languages', (_name, make) => {
      const value = make()
      // A string is a text (a lone surrogate is in no table); anything else is read as the empty text.
      const text = typeof value === 'string' ? value : ''
      expect(analyzeNational(value as string)).toStrictEqual(analyzeNational(text))
      if (typeof value !== 'string') expect(analyzeNational(value as string).best).toStrictEqual(count(null, null, 0, 0, 160, 160))
      expect(() => analyzeNational('ı', make() as NationalLanguages)).not.toThrow()
      const inside = analyzeNational('ı', { locking: make(), single: make() } as unknown as NationalLanguages)
      expect(inside).toStrictEqual({ best: null, options: [] })
    })
  })
})

describe('splitNational', () => {
  it('answers null for a pair that does not cover the text', () => {
    expect(splitNational('Привет', { lockingShift: 'tr', singleShift: 'tr' })).toBeNull()
    expect(splitNational('ı', { lockingShift: null, singleShift: null })).toBeNull()
  })

  it('answers null for what is not a pair of tables: Spanish as a locking table, an unknown code, no pair', () => {
    expect(splitNational('a', { lockingShift: 'es' as 'tr', singleShift: null })).toBeNull()
    expect(splitNational('a', { lockingShift: null, singleShift: 'xx' as 'tr' })).toBeNull()
    expect(splitNational('a', null)).toBeNull()
  })

  it('reads a missing table as the default one, and never an inherited one', () => {
    expect(splitNational('a', {} as unknown as { lockingShift: null; singleShift: null })).toStrictEqual(['a'])
    expect(splitNational('ı', Object.create({ lockingShift: 'tr', singleShift: null }) as { lockingShift: null; singleShift: null })).toBeNull()
  })

  it('gives no part for the empty text', () => {
    expect(splitNational('', { lockingShift: 'tr', singleShift: null })).toStrictEqual([])
  })

  it.each(HOSTILE.map(([name, make]) => [name, make] as const))('answers for %s as text or as the pair', (_name, make) => {
    const value = make()
    const pair = { lockingShift: null, singleShift: null }
    expect(splitNational(value as string, pair)).toStrictEqual(typeof value === 'string' ? splitNational(value, pair) : [])
    expect(splitNational('a', make() as { lockingShift: null; singleShift: null }) ?? ['a']).toStrictEqual(['a'])
  })
})

describe('the main entry', () => {
  it('does not export the national tables', () => {
    expect(Object.keys(main).filter((k) => /national|shift/i.test(k))).toStrictEqual([])
  })

  it('imports nothing from src/national', () => {
    const src = join(__dirname, '..', '..', 'src')
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('national'))
    expect(files.filter((f) => /from '\.{1,2}\/(?:\.\.\/)*national\//.test(readFileSync(join(src, f), 'utf8')))).toStrictEqual([])
  })
})
