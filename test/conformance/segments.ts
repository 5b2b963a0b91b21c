/**
 * Builds test/conformance/segments.json: texts with the datacoding of the request, and what the
 * library makes of them — the encoding a message is sent in, its units (septets for GSM, UTF-16
 * code units for UCS-2), its segments, and its parts (`analyzeText(text, datacoding)`, then
 * `splitSegments(text, encoding)`).
 *
 * The texts come from other projects' test suites (sources/segments.json: each source with its
 * repository and commit) and from our own boundaries below. Each source's own expectation is
 * compared with the library's: where they differ, the vector says how and why (the source's
 * documented policy, or a point decided by 3GPP TS 23.038 / 23.040 in DECIDED); any other
 * difference stops the generation. Our own boundaries are reasoned here and cross-checked the
 * same way.
 */
import { isDeepStrictEqual } from 'node:util'
import { analyzeText } from '../../src/encoding/analyze'
import { splitSegments } from '../../src/encoding/split'
import { linesOf } from './replay'

/** One vector of a source suite, as copied. */
interface SourceVector {
  readonly id: string
  readonly text?: string
  /** The text as chunks repeated: `[[chunk, times], …]`. */
  readonly build?: ReadonlyArray<readonly [string, number]>
  /** `auto` (the smallest encoding that fits), `gsm` (forced) or `ucs2` (forced). */
  readonly mode: 'auto' | 'gsm' | 'ucs2'
  readonly expect: Readonly<Record<string, unknown>>
  /** The source's documented differences from the library, by field (or one sentence). */
  readonly policy?: Readonly<Record<string, string>> | string
}

/** sources/segments.json. */
export interface Sources {
  readonly sources: ReadonlyArray<{
    readonly file: string
    readonly provenance: Readonly<Record<string, unknown>>
    readonly vectors: ReadonlyArray<SourceVector>
  }>
}

/** What the library makes of a text, as segments.json records it. */
export interface SegmentExpected {
  readonly encoding: 'gsm' | 'ucs'
  readonly units: number
  readonly segments: number
  /** The parts, for a text of at most {@link PARTS_UP_TO} code units. */
  readonly parts?: ReadonlyArray<string>
}

/** One vector of segments.json. */
export interface SegmentVector {
  readonly name: string
  readonly text: string
  readonly datacoding: 'gsm' | 'ucs'
  readonly expected: SegmentExpected
  /** Where the text and its expectation come from. */
  readonly source: string
  /** How the source's own expectation differs, and why the library's stands. */
  readonly note?: string
}

/** Texts up to this many code units (a body's limit) carry their parts; longer ones only the counts. */
export const PARTS_UP_TO = 2000

/** What the library says of a text under a datacoding. */
export function measure(text: string, datacoding: 'gsm' | 'ucs'): SegmentExpected {
  const a = analyzeText(text, datacoding)
  const counts = { encoding: a.encoding, units: a.units, segments: a.segments }
  return text.length <= PARTS_UP_TO ? { ...counts, parts: splitSegments(text, a.encoding) } : counts
}

/**
 * Where a source's expectation is wrong by the standard, the point decided (the README of the
 * collected vectors names these: phlib and sms-length leave form feed out of the extension
 * table, and phlib ignores the unit lost when an escape pair cannot straddle two parts).
 */
const DECIDED: Readonly<Record<string, string>> = {
  'phlib/SmsLengthTest.php/providerTooLarge/extended':
    'an escape pair never straddles two parts (TS 23.040: a part ends before an escape whose second septet would not fit), ' +
    'so some parts carry 152 septets of extension pairs and 257 parts are needed; the source divides the septets by 153',
  'split-sms/gsm.test.json#10 Split empty message':
    'empty text: the source returns one empty part; the library documents 0 segments and no parts for the empty text ' +
    '(it is no message: a body is never empty)',
}

/** Our own boundaries: reasoned from TS 23.038 / 23.040 (160/153 septets, 70/67 code units, pairs never split). */
const OWN: ReadonlyArray<{ readonly name: string; readonly text: string; readonly datacoding: 'gsm' | 'ucs'; readonly expect: Omit<SegmentExpected, 'parts'> }> = [
  { name: 'empty text: 0 units, 0 segments', text: '', datacoding: 'ucs', expect: { encoding: 'gsm', units: 0, segments: 0 } },
  { name: '160 septets: one segment', text: 'a'.repeat(160), datacoding: 'ucs', expect: { encoding: 'gsm', units: 160, segments: 1 } },
  { name: '161 septets: two segments of 153 and 8', text: 'a'.repeat(161), datacoding: 'ucs', expect: { encoding: 'gsm', units: 161, segments: 2 } },
  { name: '306 septets: two segments', text: 'a'.repeat(306), datacoding: 'gsm', expect: { encoding: 'gsm', units: 306, segments: 2 } },
  { name: '307 septets: three segments', text: 'a'.repeat(307), datacoding: 'gsm', expect: { encoding: 'gsm', units: 307, segments: 3 } },
  { name: '158 letters and €: 160 septets, one segment', text: `${'a'.repeat(158)}€`, datacoding: 'ucs', expect: { encoding: 'gsm', units: 160, segments: 1 } },
  { name: '159 letters and €: 161 septets, two segments', text: `${'a'.repeat(159)}€`, datacoding: 'ucs', expect: { encoding: 'gsm', units: 161, segments: 2 } },
  { name: 'an escape pair never straddles parts: 152 letters, €, 152 letters', text: `${'a'.repeat(152)}€${'a'.repeat(152)}`, datacoding: 'ucs', expect: { encoding: 'gsm', units: 306, segments: 3 } },
  { name: 'form feed is an extension character (2 septets)', text: '\f', datacoding: 'ucs', expect: { encoding: 'gsm', units: 2, segments: 1 } },
  { name: 'every extension character, 2 septets each', text: '^{}\\[~]|€\f', datacoding: 'ucs', expect: { encoding: 'gsm', units: 20, segments: 1 } },
  { name: '70 code units: one UCS-2 segment', text: 'ж'.repeat(70), datacoding: 'ucs', expect: { encoding: 'ucs', units: 70, segments: 1 } },
  { name: '71 code units: two UCS-2 segments of 67 and 4', text: 'ж'.repeat(71), datacoding: 'ucs', expect: { encoding: 'ucs', units: 71, segments: 2 } },
  { name: '134 code units: two UCS-2 segments', text: 'ж'.repeat(134), datacoding: 'ucs', expect: { encoding: 'ucs', units: 134, segments: 2 } },
  { name: '135 code units: three UCS-2 segments', text: 'ж'.repeat(135), datacoding: 'ucs', expect: { encoding: 'ucs', units: 135, segments: 3 } },
  { name: 'a surrogate pair never straddles parts: 66, an emoji, 66', text: `${'ж'.repeat(66)}😀${'ж'.repeat(66)}`, datacoding: 'ucs', expect: { encoding: 'ucs', units: 134, segments: 3 } },
  { name: 'an emoji is 2 code units', text: '😀', datacoding: 'ucs', expect: { encoding: 'ucs', units: 2, segments: 1 } },
  { name: 'datacoding gsm: a character outside GSM counts one septet (it cannot be sent)', text: 'Hej 😀', datacoding: 'gsm', expect: { encoding: 'gsm', units: 5, segments: 1 } },
  { name: 'datacoding ucs: a GSM text is sent as GSM', text: 'Hello', datacoding: 'ucs', expect: { encoding: 'gsm', units: 5, segments: 1 } },
]

/** The source's own label: its file, repository and commit. */
function sourceLabel(file: string, provenance: Readonly<Record<string, unknown>>): string {
  const repo = typeof provenance['repo'] === 'string' ? provenance['repo'] : file.replace(/\.json$/, '')
  const commit = typeof provenance['commit'] === 'string' ? `@${provenance['commit'].slice(0, 12)}` : ''
  return `${repo}${commit}`
}

/** The fields a source's expectation shares with ours, and whether each agrees. */
function compared(expect: Readonly<Record<string, unknown>>, ours: SegmentExpected): Array<{ field: string; theirs: unknown; ours: unknown }> {
  const out: Array<{ field: string; theirs: unknown; ours: unknown }> = []
  for (const field of ['encoding', 'units', 'segments', 'parts'] as const) {
    if (!(field in expect)) continue
    const mine = ours[field]
    if (mine === undefined) continue
    if (!isDeepStrictEqual(expect[field], mine)) out.push({ field, theirs: expect[field], ours: mine })
  }
  return out
}

/** The policy a source documents for a field, if any. */
function policyFor(v: SourceVector, field: string): string | undefined {
  if (typeof v.policy === 'string') return v.policy
  return v.policy?.[field]
}

/** Every vector, what was left out and why, and every unexplained difference. */
export function segmentVectors(sources: Sources): { vectors: SegmentVector[]; skipped: string[]; problems: string[] } {
  const vectors: SegmentVector[] = []
  const skipped: string[] = []
  const problems: string[] = []
  for (const own of OWN) {
    const expected = measure(own.text, own.datacoding)
    const counts = { encoding: expected.encoding, units: expected.units, segments: expected.segments }
    if (!isDeepStrictEqual(counts, own.expect)) problems.push(`${own.name}: reasoned ${JSON.stringify(own.expect)}, measured ${JSON.stringify(counts)}`)
    vectors.push({ name: `sms-preflight/${own.name}`, text: own.text, datacoding: own.datacoding, expected, source: 'sms-preflight (reasoned from 3GPP TS 23.038 and 23.040)' })
  }
  for (const { file, provenance, vectors: list } of sources.sources) {
    for (const v of list) {
      const text = v.text ?? (v.build ?? []).map(([chunk, times]) => chunk.repeat(times)).join('')
      const datacoding = v.mode === 'gsm' ? 'gsm' : 'ucs'
      const expected = measure(text, datacoding)
      // Forced UCS-2 is not a datacoding of the request: "ucs" sends a GSM text as GSM.
      if (v.mode === 'ucs2' && expected.encoding === 'gsm') {
        skipped.push(`${v.id}: forced UCS-2 of a GSM text (no datacoding of the request forces UCS-2)`)
        continue
      }
      const notes: string[] = []
      for (const d of compared(v.expect, expected)) {
        const why = policyFor(v, d.field) ?? DECIDED[v.id]
        const said = `${d.field} ${JSON.stringify(d.theirs).slice(0, 80)} in the source`
        if (why === undefined) problems.push(`${v.id}: ${said}, ${JSON.stringify(d.ours).slice(0, 80)} here`)
        else notes.push(`${said}: ${why}`)
      }
      const note = notes.length === 0 ? {} : { note: notes.join('; ') }
      vectors.push({ name: v.id, text, datacoding, expected, source: sourceLabel(file, provenance), ...note })
    }
  }
  return { vectors, skipped, problems }
}

/** segments.json: every vector, one member a line; throws on an unexplained difference. */
export function segmentsText(sources: Sources): string {
  const { vectors, problems } = segmentVectors(sources)
  if (problems.length > 0) throw new Error(`the library and a source disagree, unexplained:\n${problems.join('\n')}`)
  return linesOf(vectors.map((v) => ({ ...v })))
}
