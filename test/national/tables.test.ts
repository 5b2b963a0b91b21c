/**
 * The national language tables against published sources (copied into fixtures/ with their
 * provenance; see fixtures/README.md):
 *
 * - android.json: Android's GsmAlphabet.java (an AOSP copy, compared with the current AOSP file);
 * - gsmcodecs.json: ndf-zz/gsmcodecs, typed from 3GPP TS 23.038 V18.0.0;
 * - lib3gpp23038.json: lighterowl/lib3gpp23038, pasted from 3GPP TS 23.038 V16.0.0.
 *
 * Every position of every table is compared with each source. Where a source differs, the
 * difference is listed below with the reason the standard's value is the one kept.
 */
import { GSM_BASIC, GSM_EXTENSION } from '../../src/encoding/index.js'
import { LOCKING_SHIFT_TABLES, NATIONAL_LANGUAGES, SINGLE_SHIFT_TABLES } from '../../src/national/index.js'
import android from './fixtures/android.json'
import gsmcodecs from './fixtures/gsmcodecs.json'
import lib3gpp23038 from './fixtures/lib3gpp23038.json'

type Source = { readonly locking: Record<string, Record<string, string>>; readonly single: Record<string, Record<string, string>> }

const hex = (s: number): string => `0x${s.toString(16).toUpperCase().padStart(2, '0')}`
const cp = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`

/** Our table as the sources write it: septet → code point, unassigned positions absent. */
function ours(kind: 'locking' | 'single', language: string): Record<string, string> {
  const table =
    language === 'default'
      ? kind === 'locking'
        ? GSM_BASIC
        : GSM_EXTENSION.reduce((t, [s, ch]) => t.slice(0, s) + ch + t.slice(s + 1), '\u0000'.repeat(128))
      : kind === 'locking'
        ? (LOCKING_SHIFT_TABLES as Record<string, string>)[language]
        : (SINGLE_SHIFT_TABLES as Record<string, string>)[language]
  const out: Record<string, string> = {}
  for (let s = 0; s < 128; s++) {
    const ch = (table ?? '')[s] ?? '\u0000'
    if (s === 0x1b || ch === '\u0000') continue
    out[hex(s)] = cp(ch)
  }
  return out
}

/** Every position where `source` differs from ours: `kind.language septet: ours → theirs`. */
function differences(source: Source): string[] {
  const out: string[] = []
  for (const kind of ['locking', 'single'] as const) {
    for (const [language, theirs] of Object.entries(source[kind])) {
      const mine = ours(kind, language)
      for (let s = 0; s < 128; s++) {
        const a = mine[hex(s)] ?? 'unassigned'
        const b = theirs[hex(s)] ?? 'unassigned'
        if (a !== b) out.push(`${kind}.${language} ${hex(s)}: ${a} -> ${b}`)
      }
    }
  }
  return out
}

describe('LOCKING_SHIFT_TABLES and SINGLE_SHIFT_TABLES', () => {
  it('have a locking table for every language but Spanish (A.3.2 is void) and a single shift table for all thirteen', () => {
    expect(Object.keys(LOCKING_SHIFT_TABLES)).toStrictEqual(NATIONAL_LANGUAGES.filter((l) => l !== 'es'))
    expect(Object.keys(SINGLE_SHIFT_TABLES)).toStrictEqual([...NATIONAL_LANGUAGES])
  })

  it('are strings of 128 characters, none at 0x1B (the escape) and none at single shift 0x0D (CR2)', () => {
    for (const table of Object.values(LOCKING_SHIFT_TABLES)) {
      expect(table.length).toBe(128)
      expect(table[0x1b]).toBe('\u0000')
    }
    for (const table of Object.values(SINGLE_SHIFT_TABLES)) {
      expect(table.length).toBe(128)
      expect([table[0x1b], table[0x0d]]).toStrictEqual(['\u0000', '\u0000'])
    }
  })

  it('hold the characters the standard is known for at their septets', () => {
    expect(LOCKING_SHIFT_TABLES.tr[0x07]).toBe('ı') // A.3.1: dotless i where the default alphabet has ì
    expect(LOCKING_SHIFT_TABLES.tr[0x40]).toBe('İ')
    expect(LOCKING_SHIFT_TABLES.tr[0x04]).toBe('€') // Turkish has € in its locking table
    expect(SINGLE_SHIFT_TABLES.es[0x09]).toBe('ç') // A.2.2: small ç (the default alphabet's 0x09 is capital Ç)
    expect(SINGLE_SHIFT_TABLES.es[0x65]).toBe('€')
    expect(LOCKING_SHIFT_TABLES.pt[0x09]).toBe('ç')
    expect(LOCKING_SHIFT_TABLES.hi[0x00]).toBe('\u0901') // Devanagari candrabindu
    expect(SINGLE_SHIFT_TABLES.hi[0x1c]).toBe('०') // the Devanagari digits from 0x1C
    expect(LOCKING_SHIFT_TABLES.ur[0x00]).toBe('ا')
  })

  it('count the characters each table holds as the standard prints them', () => {
    const count = (t: string): number => [...t].filter((ch, s) => s !== 0x1b && ch !== '\u0000').length
    expect(Object.fromEntries(Object.entries(LOCKING_SHIFT_TABLES).map(([l, t]) => [l, count(t)]))).toStrictEqual({
      tr: 127, pt: 127, bn: 114, gu: 120, hi: 127, kn: 120, ml: 120, or: 116, pa: 110, ta: 102, te: 120, ur: 127,
    })
    expect(Object.fromEntries(Object.entries(SINGLE_SHIFT_TABLES).map(([l, t]) => [l, count(t)]))).toStrictEqual({
      tr: 17, es: 19, pt: 37, bn: 82, gu: 70, hi: 88, kn: 73, ml: 82, or: 75, pa: 76, ta: 77, te: 77, ur: 90,
    })
  })

  it('agree with Android position by position except the two positions where Android departs from the standard', () => {
    expect(differences(android as Source)).toStrictEqual([
      // The standard prints ಪ (U+0CAA) at Kannada locking 0x24, as at 0x3D; Android reads ಡ.
      'locking.kn 0x24: U+0CAA -> U+0CA1',
      // The standard leaves Telugu single shift 0x65 unassigned; Android puts € there.
      'single.te 0x65: unassigned -> U+20AC',
    ])
  })

  it('agree with the gsmcodecs transcription of TS 23.038 V18.0.0 except its apostrophes at 0x2C of the Indic locking tables', () => {
    // gsmcodecs writes ' (U+0027) at 0x2C of every Indic and the Urdu locking table; the
    // standard, Android, lib3gpp23038 and warthog618/sms all have the comma there.
    expect(differences(gsmcodecs as Source)).toStrictEqual(
      ['bn', 'gu', 'hi', 'kn', 'ml', 'or', 'pa', 'ta', 'te', 'ur'].map((l) => `locking.${l} 0x2C: U+002C -> U+0027`),
    )
  })

  it('agree with the lib3gpp23038 transcription of TS 23.038 V16.0.0 except its paste errors', () => {
    expect(differences(lib3gpp23038 as Source)).toStrictEqual([
      'locking.default 0x09: U+00C7 -> U+00E7', // the standard: capital Ç
      'locking.tr 0x1F: U+00C9 -> U+0020', // É, as in the default alphabet
      'locking.or 0x47: U+0B33 -> U+0B3C', // ଳ (the letter) between ଲ and the nukta
      'single.pa 0x23: U+0A6D -> U+004F', // the Gurmukhi digit seven among the digits
      'single.ta 0x24: U+0BEE -> U+0BEF', // the Tamil digit eight (nine follows at 0x25)
      'single.te 0x22: U+0C6C -> U+06CC', // Telugu digits six and seven, not Arabic letters
      'single.te 0x23: U+0C6D -> U+06CD',
    ])
  })

  it('are frozen', () => {
    expect([Object.isFrozen(LOCKING_SHIFT_TABLES), Object.isFrozen(SINGLE_SHIFT_TABLES), Object.isFrozen(NATIONAL_LANGUAGES)]).toStrictEqual([true, true, true])
  })
})
