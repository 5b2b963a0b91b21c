import fc from 'fast-check'
import { analyzeText } from '../../src/index.js'
import { analyzeNational, NATIONAL_LANGUAGES, splitNational, type NationalLanguage } from '../../src/national/index.js'
import { gsmText, mixedText } from '../encoding/arbitraries.js'
import { MODEL_LOCKING, MODEL_SINGLE, modelSeptets, sum } from './model.js'

/** Characters of the national tables (every one of them), with GSM characters and a few no table holds. */
const nationalChars: string[] = [...new Set([...MODEL_LOCKING.values(), ...MODEL_SINGLE.values()].flatMap((s) => [...s]))]
const nationalText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    // one script, so that a pair often covers the text
    fc.constantFrom(...NATIONAL_LANGUAGES).chain((l) => {
      const own = [...(MODEL_LOCKING.get(l) ?? []), ...(MODEL_SINGLE.get(l) ?? [])]
      return fc.string({ unit: fc.constantFrom(...own), maxLength })
    }),
    fc.string({ unit: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...nationalChars) }, { weight: 1, arbitrary: fc.constantFrom('😀', 'ж', '\t') }), maxLength }),
  )
const languages = fc.oneof(
  fc.constant(undefined),
  fc.subarray([...NATIONAL_LANGUAGES]),
  fc.record({ locking: fc.subarray([...NATIONAL_LANGUAGES]), single: fc.subarray([...NATIONAL_LANGUAGES]) }),
)
const texts = fc.oneof(nationalText(400), gsmText(400), mixedText(400))

describe('properties', () => {
  it('should never need more septets or segments than the default alphabet for a GSM text', () => {
    fc.assert(
      fc.property(gsmText(700), languages, (text, enabled) => {
        const gsm = analyzeText(text, 'gsm')
        const best = analyzeNational(text, enabled).best
        expect(best).not.toBeNull()
        expect((best?.segments ?? Infinity) <= gsm.segments && (best?.segments !== gsm.segments || (best?.remaining ?? -1) >= gsm.remaining)).toBe(true)
        // the default pair is always an option, and counts as analyzeText does
        const fallback = analyzeNational(text, enabled).options.find((o) => o.lockingShift === null && o.singleShift === null)
        expect(fallback && [fallback.units, fallback.segments, fallback.remaining]).toStrictEqual([gsm.units, gsm.segments, gsm.remaining])
      }),
    )
  })

  it('should give back the text when the parts are joined, fit each part in its budget and never end a part on an escape', () => {
    fc.assert(
      fc.property(texts, languages, (text, enabled) => {
        for (const option of analyzeNational(text, enabled).options) {
          const parts = splitNational(text, option) ?? []
          expect(parts.join('')).toBe(text)
          expect(parts.length).toBe(option.segments)
          const septets = parts.map((p) => modelSeptets(p, option.lockingShift, option.singleShift) ?? [])
          // No part ends on an escape: every part holds whole characters, each 1 or 2 septets, so
          // the part's septets are exactly the sum of its characters' (the model cuts nothing).
          expect(sum(septets.map(sum))).toBe(option.units)
          for (const s of septets) expect(sum(s)).toBeLessThanOrEqual(option.unitsPerSegment)
          expect(option.unitsPerSegment - sum(septets[septets.length - 1] ?? [])).toBe(option.remaining)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('should list exactly the enabled pairs that cover the text, best first', () => {
    fc.assert(
      fc.property(nationalText(200), fc.subarray([...NATIONAL_LANGUAGES]), (text, enabled) => {
        const { best, options } = analyzeNational(text, enabled)
        const lockings: Array<NationalLanguage | null> = [null, ...enabled.filter((l) => l !== 'es')]
        const singles: Array<NationalLanguage | null> = [null, ...enabled]
        const covering = lockings.flatMap((l) => singles.filter((s) => modelSeptets(text, l, s) !== undefined).map((s) => `${l}/${s}`))
        expect(options.map((o) => `${o.lockingShift}/${o.singleShift}`).sort()).toStrictEqual(covering.sort())
        expect(best).toBe(options[0] ?? null)
        for (const o of options) expect(o.units).toBe(sum(modelSeptets(text, o.lockingShift, o.singleShift) ?? []))
        for (let i = 1; i < options.length; i++) {
          const [a, b] = [options[i - 1], options[i]]
          expect(a !== undefined && b !== undefined && (a.segments < b.segments || (a.segments === b.segments && a.remaining >= b.remaining))).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('should not mutate the languages it is given', () => {
    fc.assert(
      fc.property(texts, languages, (text, enabled) => {
        const before = JSON.stringify(enabled)
        analyzeNational(text, enabled)
        expect(JSON.stringify(enabled)).toBe(before)
      }),
      { numRuns: 50 },
    )
  })
})
