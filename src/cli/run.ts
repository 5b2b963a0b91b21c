/**
 * The `sms-preflight` command line, as a function of its arguments and an injected {@link CliIo}
 * (so that tests run it without a process).
 *
 * @packageDocumentation
 */
import type { Issue } from '../issue.js'
import { prepareBatch, type Message, type PreparedBatch } from '../compose.js'
import { analyzeText } from '../encoding/index.js'
import { suggestGsm } from '../encoding/lookalikes.js'
import { parseDateTime } from '../rules/windows.js'
import type { PricingOptions } from '../pricing.js'
import type { CliIo } from './io.js'
import { firstJsonError, positionOf } from './jsonError.js'

/** Exit codes: 0 valid, 1 invalid, 2 bad usage or unreadable input. */
export const EXIT = Object.freeze({ valid: 0, invalid: 1, usage: 2 })

const USAGE = `Usage:
  sms-preflight check FILE|-  [--json] [--now ISO] [--account SE|international --price DECIMAL] [--parts]
  sms-preflight count TEXT|-  [--datacoding ucs|gsm] [--json]
  sms-preflight --help | --version

check   validates a batch request (POST /v2/batches JSON) and shows, per recipient, the
        message that will be sent (encoding, units, segments), the delivery windows and the
        summary with the price.
count   counts one text: encoding, units, segments, units left, non-GSM characters and the
        GSM look-alike replacements on offer.

Options:
  --json            print the result as JSON (the PreparedBatch, or the issues)
  --now ISO         "now" for delivery windows (default: the clock)
  --account A       SE (prices in SEK) or international (EUR); needs --price
  --price DECIMAL   price per segment, e.g. 0.35 or 0.0595
  --parts           also print each message's segment texts
  --datacoding D    ucs (default: GSM where it fits, else UCS-2) or gsm
  --no-color        no colours (also NO_COLOR=1; colours only on a terminal)

Exit codes: 0 valid, 1 invalid, 2 bad usage, unreadable file or invalid JSON.`

interface Flags {
  readonly positional: string[]
  readonly json: boolean
  readonly parts: boolean
  readonly noColor: boolean
  readonly help: boolean
  readonly version: boolean
  readonly now?: string
  readonly account?: string
  readonly price?: string
  readonly datacoding?: string
}

type Parsed = { readonly ok: true; readonly flags: Flags } | { readonly ok: false; readonly error: string }

const VALUE_FLAGS = new Set(['--now', '--account', '--price', '--datacoding'])
const BOOLEAN_FLAGS = new Set(['--json', '--parts', '--no-color', '--help', '-h', '--version', '-v'])

/** Parses the arguments; an unknown flag or a flag without its value is an error. */
export function parseArgs(argv: ReadonlyArray<string>): Parsed {
  const positional: string[] = []
  const values = new Map<string, string>()
  const booleans = new Set<string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=')
      const name = eq > 0 ? arg.slice(0, eq) : arg
      if (VALUE_FLAGS.has(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i]
        if (value === undefined) return { ok: false, error: `${name} needs a value` }
        values.set(name, value)
      } else if (BOOLEAN_FLAGS.has(arg)) booleans.add(arg)
      else return { ok: false, error: `unknown option ${arg}` }
    } else positional.push(arg)
  }
  const optional = (name: string, key: string): Record<string, string> => {
    const v = values.get(name)
    return v === undefined ? {} : { [key]: v }
  }
  return {
    ok: true,
    flags: {
      positional,
      json: booleans.has('--json'),
      parts: booleans.has('--parts'),
      noColor: booleans.has('--no-color'),
      help: booleans.has('--help') || booleans.has('-h'),
      version: booleans.has('--version') || booleans.has('-v'),
      ...optional('--now', 'now'),
      ...optional('--account', 'account'),
      ...optional('--price', 'price'),
      ...optional('--datacoding', 'datacoding'),
    },
  }
}

interface Style {
  readonly red: (s: string) => string
  readonly green: (s: string) => string
  readonly yellow: (s: string) => string
  readonly dim: (s: string) => string
  readonly bold: (s: string) => string
}

function style(color: boolean): Style {
  const wrap =
    (open: number, close: number) =>
    (s: string): string =>
      color ? `\u001b[${open}m${s}\u001b[${close}m` : s
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) }
}

/** Pads to a width counted in code points (good enough for our ASCII columns). */
function pad(s: string, width: number): string {
  const n = [...s].length
  return n >= width ? s : s + ' '.repeat(width - n)
}

/** Shows control characters and line breaks visibly, for one-line previews. */
function visible(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    out += c === 0x0a ? '⏎' : c === 0x0d ? '␍' : c < 0x20 || c === 0x7f ? '·' : ch
  }
  return out
}

function preview(text: string, width: number): string {
  const chars = [...visible(text)]
  return chars.length <= width ? chars.join('') : chars.slice(0, width - 1).join('') + '…'
}

function issueLine(issue: Issue, s: Style): string {
  const path = issue.path === '' ? '""' : issue.path
  const code = issue.severity === 'error' ? s.red(issue.code) : s.yellow(issue.code)
  return `  ${path}  ${code}  ${issue.message}`
}

function printIssues(issues: ReadonlyArray<Issue>, s: Style, out: (t: string) => void): void {
  const errors = issues.filter((i) => i.severity === 'error')
  const warnings = issues.filter((i) => i.severity === 'warning')
  if (errors.length > 0) {
    out(s.bold('Errors:'))
    for (const i of errors) out(issueLine(i, s))
  }
  if (warnings.length > 0) {
    out(s.bold('Warnings:'))
    for (const i of warnings) out(issueLine(i, s))
  }
}

function messageTable(messages: ReadonlyArray<Message>, s: Style, parts: boolean, out: (t: string) => void): void {
  const shown = messages.slice(0, 50)
  const width = Math.max(9, ...shown.map((m) => m.recipient.length))
  out(s.dim(`  ${pad('recipient', width)}  country  status          enc  units  segs  text`))
  for (const m of shown) {
    const country = m.status.region ?? (m.status.regions.length > 0 ? m.status.regions.join('/') : '?')
    out(
      `  ${pad(m.recipient, width)}  ${pad(country, 7)}  ${pad(m.status.status, 14)}  ${pad(m.encoding, 3)}  ${pad(String(m.units), 5)}  ${pad(String(m.segments), 4)}  ${preview(m.text, 40)}`,
    )
    if (parts && m.parts !== undefined) {
      m.parts.forEach((p, i) => out(s.dim(`      part ${i + 1}/${m.parts?.length ?? 0}: `) + visible(p)))
    }
  }
  if (messages.length > shown.length) out(s.dim(`  … and ${messages.length - shown.length} more messages`))
}

function printPrepared(batch: PreparedBatch, s: Style, parts: boolean, out: (t: string) => void): void {
  const sum = batch.summary
  out(
    s.green('✔ valid') +
      `: ${sum.messages} message${sum.messages === 1 ? '' : 's'} to ${sum.recipients} recipient${sum.recipients === 1 ? '' : 's'}, ${sum.segments} segment${sum.segments === 1 ? '' : 's'} (gsm ${sum.segmentsByEncoding.gsm}, ucs ${sum.segmentsByEncoding.ucs})`,
  )
  messageTable(batch.messages, s, parts, out)
  out(s.bold('Delivery windows (UTC):'))
  for (const w of batch.windows) out(`  ${w.opens} → ${w.closes}`)
  out(s.bold('Summary:'))
  out(`  segments per message: ${sum.histogram.map((h) => `${h.segments}×${h.messages}`).join(', ')}`)
  if (sum.countries.length > 0) {
    out(`  countries: ${sum.countries.map((c) => `${c.region} ${c.recipients} (${c.segments} seg)`).join(', ')}`)
  }
  if (sum.price !== undefined) {
    const p = sum.price
    out(
      `  price: ${p.total.amount} ${p.currency} (base ${p.base.amount} + priority surcharge ${p.surcharge.amount}; ${p.pricePerSegment} per segment${p.averagePerMessage === undefined ? '' : `; ${p.averagePerMessage} per message`})`,
    )
  }
  printIssues(batch.warnings, s, out)
}

type Input = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string }

function readJson(source: string, io: CliIo): Input {
  const read = source === '-' ? io.readStdin() : io.readFile(source)
  if (!read.ok) return { ok: false, error: read.reason }
  // Editors on Windows may save UTF-8 with a byte order mark; JSON.parse refuses it.
  const text = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    const offset = firstJsonError(text) ?? 0
    const { line, column } = positionOf(text, offset)
    const name = source === '-' ? 'standard input' : source
    return { ok: false, error: `${name} is not valid JSON: unexpected input at line ${line}, column ${column}` }
  }
}

/** `--now`, read exactly like a delivery window bound (no offset = UTC), or the clock. */
function parseNow(value: string | undefined, io: CliIo): Date | undefined {
  if (value === undefined) return io.now()
  return parseDateTime(value)?.date
}

function check(flags: Flags, io: CliIo, s: Style): number {
  const [, file, ...extra] = flags.positional
  if (file === undefined || extra.length > 0) {
    io.stderr(`sms-preflight check: give one FILE (or - for standard input)\n\n${USAGE}`)
    return EXIT.usage
  }
  const now = parseNow(flags.now, io)
  if (now === undefined) {
    io.stderr(
      `sms-preflight check: --now must be an ISO-8601 date-time such as 2026-11-25T08:30:00Z (no offset = UTC), got ${JSON.stringify(flags.now)}`,
    )
    return EXIT.usage
  }
  if ((flags.account === undefined) !== (flags.price === undefined)) {
    io.stderr('sms-preflight check: --account and --price go together')
    return EXIT.usage
  }
  const input = readJson(file, io)
  if (!input.ok) {
    io.stderr(`sms-preflight check: ${input.error}`)
    return EXIT.usage
  }
  const pricing =
    flags.account !== undefined && flags.price !== undefined
      ? { pricing: { account: flags.account, pricePerSegment: flags.price } as PricingOptions }
      : {}
  const result = prepareBatch(input.value, { now, parts: flags.parts, ...pricing })
  if (flags.json) {
    io.stdout(
      JSON.stringify(result._tag === 'Right' ? { valid: true, ...result.right } : { valid: false, issues: result.left }, null, 2),
    )
  } else if (result._tag === 'Right') {
    printPrepared(result.right, s, flags.parts, io.stdout)
  } else {
    const errors = result.left.filter((i) => i.severity === 'error').length
    const warnings = result.left.length - errors
    io.stdout(
      s.red('✖ invalid') +
        `: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    )
    printIssues(result.left, s, io.stdout)
  }
  return result._tag === 'Right' ? EXIT.valid : EXIT.invalid
}

function count(flags: Flags, io: CliIo, s: Style): number {
  const [, source, ...extra] = flags.positional
  if (source === undefined || extra.length > 0) {
    io.stderr(`sms-preflight count: give one TEXT (or - for standard input)\n\n${USAGE}`)
    return EXIT.usage
  }
  // Case-insensitive, like the request's enum values.
  const datacoding = (flags.datacoding ?? 'ucs').toLowerCase()
  if (datacoding !== 'ucs' && datacoding !== 'gsm') {
    io.stderr(`sms-preflight count: --datacoding is ucs or gsm, got ${JSON.stringify(datacoding)}`)
    return EXIT.usage
  }
  let text = source
  if (source === '-') {
    const read = io.readStdin()
    if (!read.ok) {
      io.stderr(`sms-preflight count: ${read.reason}`)
      return EXIT.usage
    }
    text = read.text.endsWith('\n') ? read.text.slice(0, read.text.endsWith('\r\n') ? -2 : -1) : read.text
  }
  const a = analyzeText(text, datacoding)
  const offer = suggestGsm(text)
  if (flags.json) {
    io.stdout(JSON.stringify({ ...a, suggestion: offer }, null, 2))
    return datacoding === 'gsm' && !a.gsmCompatible ? EXIT.invalid : EXIT.valid
  }
  io.stdout(
    `${s.bold(a.encoding === 'gsm' ? 'GSM-7' : 'UCS-2')}: ${a.units} ${a.encoding === 'gsm' ? 'septets' : 'UTF-16 units'}, ${a.segments} segment${a.segments === 1 ? '' : 's'} of ${a.unitsPerSegment}, ${a.remaining} left in the last segment`,
  )
  if (a.nonGsm.length > 0) {
    const line = visible(text)
    const marks = [...text].map((ch, i, all) => {
      const index = all.slice(0, i).join('').length
      return a.nonGsm.some((n) => n.index === index) ? '^' : ch === '\t' ? '\t' : ' '
    })
    io.stdout(`  ${line}`)
    io.stdout(`  ${s.red(marks.join('').trimEnd())}`)
    io.stdout(`  not in GSM 03.38: ${a.nonGsm.map((n) => `${JSON.stringify(n.char)} at ${n.index}`).join(', ')}`)
  }
  if (offer.replacements.length > 0) {
    io.stdout(
      `  look-alikes: ${offer.replacements.map((r) => `${JSON.stringify(r.from)} → ${JSON.stringify(r.to)}`).join(', ')}` +
        (offer.segmentsSaved > 0 ? ` (saves ${offer.segmentsSaved} segment${offer.segmentsSaved === 1 ? '' : 's'})` : ''),
    )
  }
  return datacoding === 'gsm' && !a.gsmCompatible ? EXIT.invalid : EXIT.valid
}

/**
 * Runs the command line.
 *
 * @returns the exit code.
 */
export function run(argv: ReadonlyArray<string>, io: CliIo): number {
  const parsed = parseArgs(argv)
  if (!parsed.ok) {
    io.stderr(`sms-preflight: ${parsed.error}\n\n${USAGE}`)
    return EXIT.usage
  }
  const { flags } = parsed
  const s = style(io.color && !flags.noColor && !flags.json)
  if (flags.version) {
    io.stdout(io.version)
    return EXIT.valid
  }
  if (flags.help) {
    io.stdout(USAGE)
    return EXIT.valid
  }
  switch (flags.positional[0]) {
    case 'check':
      return check(flags, io, s)
    case 'count':
      return count(flags, io, s)
    case undefined:
      io.stderr(USAGE)
      return EXIT.usage
    default:
      io.stderr(`sms-preflight: unknown command ${JSON.stringify(flags.positional[0])}\n\n${USAGE}`)
      return EXIT.usage
  }
}
