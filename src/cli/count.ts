/**
 * `sms-preflight count TEXT`: one text as an SMS body — its encoding, length, segments, the
 * characters outside GSM-7 and the look-alikes on offer.
 *
 * @packageDocumentation
 */
import { analyzeText, countText, type NonGsmChar, type TextAnalysis } from '../encoding/index.js'
import { suggestGsm, type GsmSuggestion } from '../encoding/lookalikes.js'
import { charactersToSaveSegment, describeText as detailsOf, type CharDetail } from '../encoding/describe.js'
import type { Args } from './args.js'
import { codePointOf, counted, describeChar, jsonText, listed, shown, table, visible, type Style } from './format.js'
import { tooLarge, type CliIo } from './io.js'
import { EXIT, type ExitCode } from './exit.js'
import { decodeUtf8 } from '../server/body.js'
import { validateBody } from '../rules/body.js'
import type { Issue } from '../issue.js'
import { oneLine, quoted } from '../escape.js'

/** Characters named in the one-line verdict; the rest are counted. */
const NAMED = 5
/** Positions listed per character; the rest are elided. */
const POSITIONS = 10
/** The widest text marked with carets under it (wider ones wrap, and the carets would not line up). */
const MARKED_WIDTH = 100

type Usage = { readonly ok: false; readonly problem: string }

/** One character outside GSM-7, with every index it stands at. */
export interface Repeated {
  readonly char: string
  readonly indexes: ReadonlyArray<number>
}

/** The characters outside GSM-7, each once, in order of first appearance. */
export function distinct(nonGsm: ReadonlyArray<NonGsmChar>): Repeated[] {
  const byChar = new Map<string, number[]>()
  for (const { char, index } of nonGsm) {
    const seen = byChar.get(char)
    if (seen === undefined) byChar.set(char, [index])
    else seen.push(index)
  }
  return [...byChar].map(([char, indexes]) => ({ char, indexes }))
}

/** A text of one or more code points as a person can identify it. */
function describeText(text: string): string {
  const points = [...text]
  if (points.length === 1) return describeChar(text)
  return `${JSON.stringify(text)} ${points.map(codePointOf).join(' ')}`
}

/** `1 septet, 1 segment of 160, 159 left in the last segment`. */
function counts(a: TextAnalysis): string {
  const units = a.encoding === 'gsm' ? counted(a.units, 'septet') : counted(a.units, 'UTF-16 code unit')
  if (a.segments === 0) return `${units}, 0 segments (${a.remaining} fit in one)`
  return `${units}, ${counted(a.segments, 'segment')} of ${a.unitsPerSegment}, ${a.remaining} left in the last segment`
}

/** `GSM-7: 1 septet, 1 segment of 160, 159 left in the last segment`. */
export function countLine(a: TextAnalysis): string {
  return `${a.encoding === 'gsm' ? 'GSM-7' : 'UCS-2'}: ${counts(a)}`
}

/** The verdict on a text that `--datacoding gsm` cannot send. */
export function cannotSendLine(chars: ReadonlyArray<Repeated>): string {
  const named = chars.slice(0, NAMED).map((c) => describeChar(c.char))
  const more = chars.length - named.length
  const list = more > 0 ? `${named.join(', ')} and ${counted(more, 'other character')}` : listed(named)
  return `This text cannot be sent as GSM-7: ${list} ${chars.length === 1 ? 'is' : 'are'} not in the GSM 03.38 tables.`
}

/** The text with carets under the characters outside GSM-7, or nothing when it is too wide to line up. */
function marked(text: string, nonGsm: ReadonlyArray<NonGsmChar>): [string, string] | undefined {
  const at = new Set(nonGsm.map((n) => n.index))
  let line = ''
  let column = 0
  let lastColumn = 0
  const carets = new Set<number>()
  let index = 0
  for (const ch of text) {
    const { text: t, width } = shown(ch)
    // A mark (0 columns) sits on the character before it: its caret goes there.
    if (at.has(index)) carets.add(width === 0 ? lastColumn : column)
    line += t
    if (width > 0) lastColumn = column
    column += width
    index += ch.length
  }
  if (column > MARKED_WIDTH) return undefined
  let under = ''
  for (let c = 0; c <= Math.max(-1, ...carets); c++) under += carets.has(c) ? '^' : ' '
  return [line, under]
}

function positions(indexes: ReadonlyArray<number>): string {
  const listedAt = indexes.slice(0, POSITIONS).join(', ')
  return indexes.length > POSITIONS ? `${listedAt}, …` : listedAt
}

/**
 * An analysis as `--json` prints it: without its `text`, which the caller gave (the suggestion
 * keeps its own `text`, the replaced one). The listing is read, and printed as data.
 */
function untexted(analysis: TextAnalysis): Omit<TextAnalysis, 'text'> {
  const copy: Omit<TextAnalysis, 'text'> & { text?: string } = { ...analysis }
  delete copy.text
  return copy
}

/** `"’" U+2019 → "'" ×2, U+00A0 (no-break space) → " "`, then what replacing them does. */
export function lookalikeLine(offer: GsmSuggestion): string | undefined {
  if (offer.replacements.length === 0) return undefined
  const pairs = new Map<string, { from: string; to: string; n: number }>()
  for (const r of offer.replacements) {
    const key = `${r.from}\u0000${r.to}`
    const seen = pairs.get(key)
    if (seen === undefined) pairs.set(key, { from: r.from, to: r.to, n: 1 })
    else seen.n++
  }
  const list = [...pairs.values()]
    .map((p) => `${describeText(p.from)} → ${p.to === '' ? '(removed)' : JSON.stringify(p.to)}${p.n > 1 ? ` ×${p.n}` : ''}`)
    .join(', ')
  const effect = offer.becomesGsm
    ? `; replacing them sends the text as GSM-7${offer.segmentsSaved > 0 ? ` and saves ${counted(offer.segmentsSaved, 'segment')}` : ''}`
    : offer.segmentsSaved > 0
      ? `; replacing them saves ${counted(offer.segmentsSaved, 'segment')}`
      : ''
  return `look-alikes: ${list}${effect}`
}

/** The widest text whose characters `--details` lists one by one; a longer one lists its first. */
const DETAILED = 2000

/** `  char  code point  index  septets  units  set  look-alike`, one row per character. */
export function detailLines(details: ReadonlyArray<CharDetail>, encoding: 'gsm' | 'ucs', total: number): string[] {
  const rows = [['char', 'code point', 'index', 'septets', encoding === 'gsm' ? 'septets sent' : 'code units sent', 'GSM table', 'look-alike']]
  for (const d of details.slice(0, DETAILED)) {
    const lookalike = d.lookalike === undefined ? '' : d.lookalike === '' ? '(removed)' : JSON.stringify(d.lookalike)
    // A combining mark alone is drawn on a dotted circle, as Unicode charts show it.
    const drawn = shown(d.char).width === 0 ? `\u25cc${d.char}` : visible(d.char)
    rows.push([drawn, codePointOf(d.char), String(d.index), String(d.septets), String(d.units), d.set, lookalike])
  }
  const lines = table(rows).map((l) => `  ${l.trimEnd()}`)
  if (total > DETAILED) lines.push(`  … and ${counted(total - DETAILED, 'more character')}`)
  return lines
}

/** `remove 3 characters from the end to save a segment (2 segments then)`, for a text of several segments. */
export function savingLine(text: string, datacoding: 'gsm' | 'ucs'): string | undefined {
  const before = countText(text, datacoding).segments
  if (before < 2) return undefined
  const n = charactersToSaveSegment(text, datacoding)
  const after = countText([...text].slice(0, -n).join(''), datacoding).segments
  return `remove ${counted(n, 'character')} from the end to save ${before - after > 1 ? `${before - after} segments` : 'a segment'} (${counted(after, 'segment')} then)`
}

/**
 * Reads TEXT, or standard input for `-`: UTF-8 (bytes that are not are refused, never
 * replaced), a byte order mark at the start and one final line break dropped.
 */
function readText(source: string, io: CliIo): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string } {
  if (source !== '-') return { ok: true, text: source }
  const read = io.readStdin()
  if (!read.ok) return read
  const large = tooLarge(read.bytes, io)
  if (large !== undefined) return { ok: false, reason: `standard input is ${large}` }
  const decoded = decodeUtf8(read.bytes)
  if (!decoded.ok) {
    const { byte, line, column } = decoded
    return { ok: false, reason: `standard input is not UTF-8 text: byte ${byte} at line ${line}, column ${column} begins no UTF-8 character (nothing is replaced)` }
  }
  // A byte order mark is no part of the text.
  const t = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text
  return { ok: true, text: t.endsWith('\r\n') ? t.slice(0, -2) : t.endsWith('\n') ? t.slice(0, -1) : t }
}

/** What `count` says of a TEXT argument holding U+FFFD (on standard error; the count stands). */
export const REPLACED_NOTE =
  'note: the TEXT holds U+FFFD, the replacement character, which is also what an argument\'s bytes that are not UTF-8 become; to have its bytes checked, pass it through - (standard input)'

/**
 * Runs `count`.
 *
 * @returns the exit code (1 when `--datacoding gsm` cannot send the text), or a usage problem.
 */
export function count(args: Args, io: CliIo, s: Style): ExitCode | Usage {
  const [source, ...extra] = args.operands
  if (source === undefined) return { ok: false, problem: 'give a TEXT to count (- reads standard input)' }
  if (extra.length > 0) {
    // The command to copy, when the words can stand in double quotes as they are.
    const joined = args.operands.join(' ')
    const quotable = oneLine(joined) === joined && ![...'"$`\\!'].some((c) => joined.includes(c))
    return { ok: false, problem: `give one TEXT, quoted when it has spaces${quotable ? `: sms-preflight count "${joined}"` : ''}` }
  }
  // Case-insensitive, like the request's enum values.
  const written = args.values.get('--datacoding') ?? 'ucs'
  const datacoding = written.toLowerCase()
  if (datacoding !== 'ucs' && datacoding !== 'gsm') return { ok: false, problem: `--datacoding is ucs or gsm, not ${quoted(written)}` }
  const read = readText(source, io)
  if (!read.ok) {
    io.stderr(`sms-preflight count: ${oneLine(read.reason)}`)
    return EXIT.usage
  }
  const { text } = read
  // Node reads an argument's bytes that are not UTF-8 as U+FFFD, so the command cannot tell a
  // Latin-1 "é" from a replacement character the user typed: it counts what it got and says so.
  if (source !== '-' && text.includes('\ufffd')) io.stderr(`sms-preflight count: ${REPLACED_NOTE}`)
  const a = analyzeText(text, datacoding)
  const offer = suggestGsm(text)
  // The body rule: an empty or blank text, or one over 2000 characters, is no body to send.
  const checked = validateBody(text)
  const bodyIssues: ReadonlyArray<Issue> = checked._tag === 'Left' ? checked.left : []
  const sendable = (datacoding === 'ucs' || a.gsmCompatible) && bodyIssues.length === 0
  const details = args.flags.has('--details')
  if (args.flags.has('--json')) {
    const saving = { charactersToSaveSegment: charactersToSaveSegment(text, datacoding) }
    const suggestion = { ...offer, analysis: untexted(offer.analysis), before: untexted(offer.before) }
    const shape = { ...untexted(a), sendable, issues: bodyIssues, ...saving, suggestion }
    io.stdout(jsonText({ ...shape, ...(details ? { characters: detailsOf(text, datacoding) } : {}) }))
    return sendable ? EXIT.valid : EXIT.invalid
  }
  const chars = distinct(a.nonGsm)
  if (datacoding === 'ucs' || a.gsmCompatible) io.stdout(s.bold(countLine(a)))
  else {
    io.stdout(`${s.red('✖')} ${cannotSendLine(chars)}`)
    io.stdout(`  As UCS-2 (--datacoding ucs): ${counts(analyzeText(text, 'ucs'))}`)
  }
  for (const issue of bodyIssues) io.stdout(`${s.red('✖')} ${issue.message} (${issue.code})`)
  if (chars.length > 0) {
    const lines = marked(text, a.nonGsm)
    if (lines !== undefined) {
      io.stdout(`  ${lines[0]}`)
      io.stdout(`  ${s.red(lines[1])}`)
    }
    io.stdout(`  outside the GSM 03.38 tables (${counted(a.nonGsm.length, 'character')}):`)
    for (const c of chars) {
      const times = c.indexes.length > 1 ? ` ×${c.indexes.length}` : ''
      io.stdout(`    ${describeChar(c.char)}${times} at ${positions(c.indexes)}`)
    }
  }
  const offerLine = lookalikeLine(offer)
  if (offerLine !== undefined) io.stdout(`  ${offerLine}`)
  const saving = sendable ? savingLine(text, datacoding) : undefined
  if (saving !== undefined) io.stdout(`  ${saving}`)
  if (details && text.length > 0) {
    const sent = countText(text, datacoding).encoding
    for (const line of detailLines(detailsOf(text, datacoding), sent, [...text].length)) io.stdout(line)
  }
  return sendable ? EXIT.valid : EXIT.invalid
}
