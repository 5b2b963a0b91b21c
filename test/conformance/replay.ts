/**
 * What a conformance vector records of `prepareBatch(request, { now })`, and how the file is
 * written. The generator records it; the replay test compares it with the committed file; a port
 * computes the same thing in its own language and compares it with the file too.
 */
import { prepareBatchJson } from '../../src/batchJson'
import { prepareBatch } from '../../src/compose'
import type { Issue } from '../../src/issue'

/** One composed message, as a vector records it. */
export interface ExpectedMessage {
  readonly recipient: string
  readonly text: string
  readonly encoding: 'gsm' | 'ucs'
  readonly units: number
  readonly segments: number
}

/** What `prepareBatch` says: SPEC's `{ valid, issues }`, and for a valid batch its windows and messages. */
export interface Expected {
  /** `true` for a Right. */
  readonly valid: boolean
  /** `[path, code]` of a Left's issues, or of a Right's warnings, in order. */
  readonly issues: ReadonlyArray<readonly [string, string]>
  /** A Right's resolved windows (UTC). */
  readonly windows?: ReadonlyArray<{ readonly opens: string; readonly closes: string }>
  /** A Right's messages, in recipient order. */
  readonly messages?: ReadonlyArray<ExpectedMessage>
}

/** One vector of requests.json. */
export interface Vector {
  readonly name: string
  readonly request: unknown
  readonly now: string
  readonly expected: Expected
}

/** What `prepareBatch(request, { now })` says, as a vector records it. */
export function replay(request: unknown, now: string): Expected {
  const result = prepareBatch(request, { now: new Date(now) })
  if (result._tag === 'Left') return { valid: false, issues: result.left.map((i) => [i.path, i.code] as const) }
  const { warnings, windows, messages } = result.right
  return {
    valid: true,
    issues: warnings.map((i) => [i.path, i.code] as const),
    windows: windows.map((w) => ({ opens: w.opens, closes: w.closes })),
    messages: messages.map((m) => ({ recipient: m.recipient, text: m.text, encoding: m.encoding, units: m.units, segments: m.segments })),
  }
}

/** Where an issue stands in the JSON text: 1-based line and column, 0-based offset, length (UTF-16 code units). */
export interface TextPlace {
  readonly line: number
  readonly column: number
  readonly offset: number
  readonly length: number
}

/** What `prepareBatchJson` says: `valid`, and `[path, code, place]` of every issue (a Left's, or a Right's warnings), in order. */
export interface TextExpected {
  readonly valid: boolean
  /** `null` in place of a place stands for an issue without `source`, which no text case has. */
  readonly issues: ReadonlyArray<readonly [string, string, TextPlace | null]>
}

/** One vector of json-text.json. */
export interface TextVector {
  readonly name: string
  readonly text: string
  readonly now: string
  readonly expected: TextExpected
}

/** The issues of `prepareBatchJson(text, { now })`: a Left's, or a Right's warnings, and whether it is a Right. */
export function textIssues(text: string, now: string): { readonly valid: boolean; readonly issues: ReadonlyArray<Issue> } {
  const result = prepareBatchJson(text, { now: new Date(now) })
  return result._tag === 'Left' ? { valid: false, issues: result.left } : { valid: true, issues: result.right.warnings }
}

/** What `prepareBatchJson(text, { now })` says, as a vector of json-text.json records it. */
export function replayText(text: string, now: string): TextExpected {
  const { valid, issues } = textIssues(text, now)
  return {
    valid,
    issues: issues.map((i) => {
      const s = i.source
      return [i.path, i.code, s === undefined ? null : { line: s.line, column: s.column, offset: s.offset, length: s.length }] as const
    }),
  }
}

/**
 * Characters written as `\uXXXX` in the files: controls, format characters (U+200B, U+FEFF, …),
 * separators other than the space (U+00A0, U+2028, …), lone surrogates, private use and
 * combining marks — everything a reader could not see or could misread. Other characters are
 * written as they are (UTF-8).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{M}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u0085]|[\ud800-\udfff]/gu

/** Compact JSON with the characters of {@link INVISIBLE} escaped. */
export function compact(value: unknown): string {
  return JSON.stringify(value).replace(INVISIBLE, (c) => {
    let out = ''
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`
    return out
  })
}

/**
 * A JSON array of objects, one member a line: diff-friendly, and each value compact on its line.
 */
export function linesOf(items: ReadonlyArray<Readonly<Record<string, unknown>>>): string {
  const blocks = items.map((item) => {
    const members = Object.entries(item)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${compact(v)}`)
    return `  {\n${members.join(',\n')}\n  }`
  })
  return `[\n${blocks.join(',\n')}\n]\n`
}
