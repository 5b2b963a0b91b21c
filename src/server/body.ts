/**
 * A request body, read as a stream up to a limit and decoded as UTF-8 with no replacement.
 *
 * @packageDocumentation
 */
import { makeIssue, type Issue } from '../issue.js'
import { lineColumns } from '../json/locate.js'

/** What reading a body gave. */
export type BodyRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too_large' }
  | { readonly ok: false; readonly reason: 'unreadable'; readonly detail: string }

/** A short description of something thrown. */
export function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e)
}

/**
 * Cancels a stream or a reader, ignoring a failure to: nothing the answer says depends on it.
 * Not awaited by callers (a source may take its time to stop).
 */
export async function cancelQuietly(target: { cancel(): Promise<void> } | null): Promise<void> {
  try {
    await target?.cancel()
  } catch {
    // The stream is dropped either way.
  }
}

/** The chunks as one array. */
function concat(chunks: ReadonlyArray<Uint8Array>, total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0]
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/**
 * Reads a body to its end, or stops (and cancels the stream) as soon as it passes `max` bytes:
 * no more than `max` bytes and one chunk are ever held. A stream that fails, or that gives
 * something other than bytes, is `unreadable`.
 */
export async function readBody(body: ReadableStream<Uint8Array> | null, max: number): Promise<BodyRead> {
  if (body === null) return { ok: true, bytes: new Uint8Array(0) }
  const chunks: Uint8Array[] = []
  let total = 0
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  try {
    reader = body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (!(value instanceof Uint8Array)) {
        void cancelQuietly(reader)
        return { ok: false, reason: 'unreadable', detail: 'the body stream gave something other than bytes' }
      }
      total += value.byteLength
      if (total > max) {
        void cancelQuietly(reader)
        return { ok: false, reason: 'too_large' }
      }
      chunks.push(value)
    }
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: describeError(e) }
  }
  return { ok: true, bytes: concat(chunks, total) }
}

/** Whether `b` is a UTF-8 continuation byte within `lo`..`hi` (80..BF unless narrowed). */
const within = (b: number | undefined, lo = 0x80, hi = 0xbf): boolean => b !== undefined && b >= lo && b <= hi

/**
 * The offset of the first byte that begins no well-formed UTF-8 sequence (Unicode 15, table
 * 3-7: no overlong forms, no surrogates, nothing past U+10FFFF, no truncated sequence), or the
 * length when every sequence is well formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  let b: number | undefined
  while ((b = bytes[i]) !== undefined) {
    let n: number
    if (b < 0x80) n = 1
    else if (b >= 0xc2 && b <= 0xdf) n = within(bytes[i + 1]) ? 2 : 0
    else if (b >= 0xe0 && b <= 0xef) {
      const lo = b === 0xe0 ? 0xa0 : 0x80
      const hi = b === 0xed ? 0x9f : 0xbf
      n = within(bytes[i + 1], lo, hi) && within(bytes[i + 2]) ? 3 : 0
    } else if (b >= 0xf0 && b <= 0xf4) {
      const lo = b === 0xf0 ? 0x90 : 0x80
      const hi = b === 0xf4 ? 0x8f : 0xbf
      n = within(bytes[i + 1], lo, hi) && within(bytes[i + 2]) && within(bytes[i + 3]) ? 4 : 0
    } else n = 0
    if (n === 0) return i
    i += n
  }
  return bytes.length
}

/** What decoding gave: the text, or where the bytes stop being UTF-8 (the first such byte in hex). */
export type Decoded =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false
      readonly issue: Issue
      readonly byteOffset: number
      readonly byte: string
      readonly line: number
      readonly column: number
    }

/**
 * Decodes UTF-8, a byte order mark at the start kept: `prepareBatchJson` skips one, counts it in
 * offsets and not in columns, and refuses a second. Bytes that are not UTF-8 are never
 * replaced: they are one `json.invalid` (problem `not_text`) placed at the character where they
 * stand, as an editor showing the text in another encoding would count it.
 *
 * The decoders are made per call, never when the module loads: the library loads in a realm
 * without the web's globals.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    const byteOffset = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byteOffset))
    const { line, column } = lineColumns(before)(before.length)
    const issue: Issue = {
      ...makeIssue('json.invalid', [], { problem: 'not_text', line, column }),
      source: { line, column, offset: before.length, length: 1 },
    }
    // The decoder refused the bytes, so one of them begins no sequence: a byte from 0x80 up,
    // always two hexadecimal digits.
    const byte = (bytes[byteOffset] ?? 0).toString(16).toUpperCase()
    return { ok: false, issue, byteOffset, byte, line, column }
  }
}
