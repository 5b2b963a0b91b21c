import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { analyzeText } from '../../src/encoding/analyze'
import { splitSegments } from '../../src/encoding/split'
import { PARTS_UP_TO, segmentsText, segmentVectors, type SegmentVector, type Sources } from './segments'

const committed = readFileSync(join(__dirname, 'segments.json'), 'utf8')
const vectors = JSON.parse(committed) as ReadonlyArray<SegmentVector>
const sources = JSON.parse(readFileSync(join(__dirname, 'sources', 'segments.json'), 'utf8')) as Sources

describe('test/conformance/segments.json', () => {
  it('replays exactly: analyzeText(text, datacoding) gives the encoding, units and segments, splitSegments the parts', () => {
    const differing = vectors.filter((v) => {
      const a = analyzeText(v.text, v.datacoding)
      const parts = v.text.length <= PARTS_UP_TO ? { parts: splitSegments(v.text, a.encoding) } : {}
      return !isDeepStrictEqual({ encoding: a.encoding, units: a.units, segments: a.segments, ...parts }, v.expected)
    })
    expect(differing.map((v) => v.name)).toStrictEqual([])
  })

  it('joins the parts back into the text', () => {
    expect(vectors.filter((v) => v.expected.parts !== undefined && v.expected.parts.join('') !== v.text).map((v) => v.name)).toStrictEqual([])
  })

  it('keeps every counting vector of every source but forced UCS-2 of a GSM text, each naming its source', () => {
    const { skipped } = segmentVectors(sources)
    const counting = sources.sources.reduce((n, s) => n + s.vectors.length, 0)
    expect(vectors.filter((v) => !v.name.startsWith('sms-preflight/')).length + skipped.length).toBe(counting)
    expect(skipped.every((s) => s.includes('forced UCS-2 of a GSM text'))).toBe(true)
    expect(vectors.filter((v) => typeof v.source !== 'string' || v.source === '').map((v) => v.name)).toStrictEqual([])
  })

  it('explains every difference from a source in a note', () => {
    const noted = vectors.filter((v) => v.note !== undefined)
    expect(noted.every((v) => v.note !== undefined && / in the source: /.test(v.note))).toBe(true)
    expect(noted.length).toBeGreaterThan(0)
  })

  it('is exactly what the sources and our boundaries make (run npm run gen:conformance after a change)', () => {
    expect(committed).toBe(segmentsText(sources))
  })
})
