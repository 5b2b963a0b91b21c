// Reading a body up to a limit, and decoding it as UTF-8 with no replacement.
import * as fc from 'fast-check'
import { cancelQuietly, decodeUtf8, describeError, firstInvalidUtf8, readBody } from '../../src/server/body'

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

function streamOf(chunks: ReadonlyArray<Uint8Array>): ReadableStream<Uint8Array> {
  let i = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const c = chunks[i++]
      if (c === undefined) controller.close()
      else controller.enqueue(c)
    },
  })
}

describe('readBody', () => {
  it('reads no body as no bytes', async () => {
    expect(await readBody(null, 10)).toStrictEqual({ ok: true, bytes: new Uint8Array(0) })
  })

  it('joins the chunks of a body within the limit', async () => {
    expect(await readBody(streamOf([utf8('ab'), utf8('cd'), utf8('e')]), 5)).toStrictEqual({ ok: true, bytes: utf8('abcde') })
  })

  it('answers too_large as soon as the chunks pass the limit', async () => {
    expect(await readBody(streamOf([utf8('ab'), utf8('cd'), utf8('e')]), 4)).toStrictEqual({ ok: false, reason: 'too_large' })
  })
})

describe('cancelQuietly', () => {
  it('cancels a stream, and swallows a cancel that fails', async () => {
    let cancelled = 0
    const failing = new ReadableStream({
      cancel() {
        cancelled++
        throw new Error('cannot stop')
      },
    })
    await expect(cancelQuietly(failing)).resolves.toBeUndefined()
    await expect(cancelQuietly(null)).resolves.toBeUndefined()
    expect(cancelled).toBe(1)
  })
})

describe('describeError', () => {
  it('names an Error with its message, anything else as text', () => {
    expect([describeError(new RangeError('x')), describeError('y'), describeError(3)]).toStrictEqual(['RangeError: x', 'y', '3'])
  })
})

describe('firstInvalidUtf8', () => {
  it('finds the first byte that begins no well-formed sequence (overlong, surrogate, past U+10FFFF, stray, truncated)', () => {
    const cases: Array<[Uint8Array, number]> = [
      [utf8('aä€😀'), 10],
      [bytes(0x61, 0x80), 1],
      [bytes(0xc0, 0x80), 0],
      [bytes(0xc1, 0xbf), 0],
      [bytes(0xc2), 0],
      [bytes(0xc2, 0x41), 0],
      [bytes(0xe0, 0x9f, 0x80), 0],
      [bytes(0xe0, 0xa0, 0x80), 3],
      [bytes(0xed, 0x9f, 0xbf), 3],
      [bytes(0xed, 0xa0, 0x80), 0],
      [bytes(0xef, 0xbf), 0],
      [bytes(0xef, 0xbf, 0xbd), 3],
      [bytes(0xf0, 0x8f, 0x80, 0x80), 0],
      [bytes(0xf0, 0x90, 0x80, 0x80), 4],
      [bytes(0xf4, 0x8f, 0xbf, 0xbf), 4],
      [bytes(0xf4, 0x90, 0x80, 0x80), 0],
      [bytes(0xf1, 0x80, 0x80), 0],
      [bytes(0xf5, 0x80, 0x80, 0x80), 0],
      [bytes(0xff), 0],
    ]
    expect(cases.map(([b]) => firstInvalidUtf8(b))).toStrictEqual(cases.map(([, at]) => at))
  })

  describe('properties', () => {
    it('should agree with a fatal TextDecoder: the length exactly when the bytes decode, else a prefix that decodes', () => {
      const strict = new TextDecoder('utf-8', { fatal: true })
      const decodes = (b: Uint8Array): boolean => {
        try {
          strict.decode(b)
          return true
        } catch {
          return false
        }
      }
      // Mostly high bytes, so that every kind of sequence (and every kind of mistake) is common.
      const byte = fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.integer({ min: 0, max: 0x7f }), fc.constantFrom(0xc2, 0xe0, 0xed, 0xf0, 0xf4))
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 12 }).chain((a) => fc.array(byte, { maxLength: 12 }).map((b) => new Uint8Array([...a, ...b]))), (b) => {
          const at = firstInvalidUtf8(b)
          expect(at === b.length).toBe(decodes(b))
          expect(decodes(b.subarray(0, at))).toBe(true)
        }),
        { numRuns: 5000 },
      )
    })
  })
})

describe('decodeUtf8', () => {
  it('decodes UTF-8, keeping a byte order mark for prepareBatchJson to skip (it refuses a second one)', () => {
    expect([decodeUtf8(utf8('{"a":"ä"}')), decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))]).toStrictEqual([
      { ok: true, text: '{"a":"ä"}' },
      { ok: true, text: '\ufeff{}' },
    ])
  })

  it('places bytes that are not UTF-8 after a byte order mark in columns that do not count it, and offsets that do', () => {
    const d = decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0xff, 0x7d))
    expect(d.ok ? undefined : [d.issue.source, d.line, d.column, d.byteOffset]).toStrictEqual([{ line: 1, column: 2, offset: 2, length: 1 }, 1, 2, 4])
  })

  it('places bytes that are not UTF-8 at the character where they stand, counting lines and UTF-16 columns', () => {
    const b = new Uint8Array([...utf8('{\r\n"😀": "'), 0xc3, 0x28])
    const d = decodeUtf8(b)
    expect(d).toStrictEqual({
      ok: false,
      byteOffset: 12,
      byte: 'C3',
      line: 2,
      column: 8,
      issue: {
        severity: 'error',
        code: 'json.invalid',
        path: '',
        message: 'The request is not valid JSON at line 2, column 8: a byte there is not UTF-8.',
        params: { problem: 'not_text', line: 2, column: 8 },
        source: { line: 2, column: 8, offset: 10, length: 1 },
      },
    })
  })

  it('places a sequence cut off at the end where it begins', () => {
    const d = decodeUtf8(new Uint8Array([0x7b, 0xe2, 0x82]))
    expect(d.ok ? null : [d.byteOffset, d.byte, d.issue.source]).toStrictEqual([1, 'E2', { line: 1, column: 2, offset: 1, length: 1 }])
  })
})
