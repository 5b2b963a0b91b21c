/**
 * `sms-preflight check FILE...`: checks batch requests given as JSON files.
 *
 * Everything that can be wrong with the call itself (no file, a bad `--now`, `--price` or
 * `--account`) is found before any file is read, and is a usage error (exit 2). Each file's
 * text then goes through one function of the library, and each issue is shown where it stands
 * in the file.
 *
 * @packageDocumentation
 */
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import type { Either } from '../either.js'
import type { Issue } from '../issue.js'
import { escapeHidden, oneLine, quoted } from '../escape.js'
import type { Locale } from '../locale/messages.js'
import { prepareBatchJson } from '../batchJson.js'
import type { Message, PreparedBatch, PrepareOptions } from '../compose.js'
import { validatePricing, type PricingOptions } from '../pricing.js'
import { DEFAULT_WINDOW_HOURS, parseDateTime, usableNow } from '../rules/windows.js'
import { decodeUtf8 } from '../server/body.js'
import { countIssues } from '../server/problem.js'
import type { Args } from './args.js'
import { counted, jsonText, preview, table, visible, type Style } from './format.js'
import { tooLarge, type CliIo } from './io.js'
import { EXIT, type ExitCode, worst } from './exit.js'

/** Messages shown in a file's table; the rest are counted. */
const TABLE_LIMIT = 50

/** A usage problem (exit 2), one line. */
type Usage = { readonly ok: false; readonly problem: string }

/** What `check` needs besides the files, once the options are read. */
interface Settings {
  readonly now: Date
  readonly locale: Locale
  readonly pricing: PricingOptions | undefined
  readonly parts: boolean
  /** The type of a number, when `sms-preflight/numbers` is available and not turned off. */
  readonly numberType: ((msisdn: string) => string) | undefined
  readonly failOnWarnings: boolean
  readonly json: boolean
}

/** `--account` as written, in any case (`se`, `International`), or as it is. */
function accountOf(written: string): string {
  const lower = written.toLowerCase()
  return lower === 'se' ? 'SE' : lower === 'international' ? 'international' : written
}

/** One pricing issue as the fix to an option. */
function pricingProblem(issue: Issue, account: string, price: string): string {
  switch (issue.code) {
    case 'pricing.invalid_account':
      return `--account is SE or international, not ${quoted(account)}`
    case 'pricing.price_invalid':
      return `--price is a plain decimal such as 0.35 or 0.0595, not ${quoted(price)}`
    case 'pricing.price_negative':
      return `--price must be 0 or more, not ${price}`
    case 'pricing.price_too_precise':
      return `--price has at most ${String(issue.params?.['max'])} decimals; ${price} has ${String(issue.params?.['decimals'])}`
    default:
      return `${issue.path === '/account' ? '--account' : '--price'}: ${issue.message}`
  }
}

/** `--account` and `--price`: both or neither, and valid (the library's own rule, `validatePricing`). */
export function readPricing(
  account: string | undefined,
  price: string | undefined,
): { readonly ok: true; readonly pricing: PricingOptions | undefined } | Usage {
  if (account === undefined && price === undefined) return { ok: true, pricing: undefined }
  if (account === undefined) return { ok: false, problem: '--price goes with --account SE or --account international' }
  if (price === undefined) return { ok: false, problem: '--account goes with --price DECIMAL, the base price of one segment' }
  const checked = validatePricing({ account: accountOf(account), pricePerSegment: price })
  if (checked._tag === 'Right') return { ok: true, pricing: checked.right.value }
  return { ok: false, problem: checked.left.map((i) => pricingProblem(i, account, price)).join('; ') }
}

/** `--lang`: `en` (the default) or `sv`, in any case. */
export function readLocale(written: string | undefined): { readonly ok: true; readonly locale: Locale } | Usage {
  if (written === undefined) return { ok: true, locale: 'en' }
  const lower = written.toLowerCase()
  if (lower === 'en' || lower === 'sv') return { ok: true, locale: lower }
  return { ok: false, problem: `--lang is en (English) or sv (Swedish), not ${quoted(written)}` }
}

/**
 * `--now`, or the clock without it. A `--now` is refused exactly when the library would refuse
 * it as "now" (`usableNow`; `options.now_invalid` in every file otherwise): not ISO-8601, or so
 * late that the default window, now + 168 hours, would close after 9999-12-31T23:59:59.999Z.
 */
function readNow(written: string | undefined, io: CliIo): { readonly ok: true; readonly now: Date } | Usage {
  if (written === undefined) return { ok: true, now: io.now() }
  const parsed = parseDateTime(written)?.date
  if (parsed === undefined) {
    return { ok: false, problem: `--now is an ISO-8601 date-time such as 2026-11-25T08:30:00Z (no offset = UTC), not ${quoted(written)}` }
  }
  const now = usableNow(parsed)
  if (now === undefined) {
    return {
      ok: false,
      problem: `--now is at the latest 9999-12-24T23:59:59.999Z (the default window, ${DEFAULT_WINDOW_HOURS} hours from "now", closes by 9999-12-31T23:59:59.999Z), not ${quoted(written)}`,
    }
  }
  return { ok: true, now }
}

function readSettings(args: Args, io: CliIo): { readonly ok: true; readonly settings: Settings } | Usage {
  const files = args.operands
  if (files.length === 0) return { ok: false, problem: 'give a FILE to check (- reads standard input)' }
  if (files.filter((f) => f === '-').length > 1) return { ok: false, problem: 'standard input (-) can be read only once' }
  const now = readNow(args.values.get('--now'), io)
  if (!now.ok) return now
  const pricing = readPricing(args.values.get('--account'), args.values.get('--price'))
  if (!pricing.ok) return pricing
  const locale = readLocale(args.values.get('--lang'))
  if (!locale.ok) return locale
  return {
    ok: true,
    settings: {
      now: now.now,
      locale: locale.locale,
      pricing: pricing.pricing,
      parts: args.flags.has('--parts'),
      numberType: args.flags.has('--no-number-types') ? undefined : io.numberTypes?.(),
      failOnWarnings: args.flags.has('--fail-on-warnings'),
      json: args.flags.has('--json'),
    },
  }
}

/** What became of one file. */
type Outcome =
  | { readonly file: string; readonly kind: 'unreadable'; readonly reason: string }
  | { readonly file: string; readonly kind: 'checked'; readonly result: Either<NonEmptyArray<Issue>, PreparedBatch> }

function checkFile(file: string, settings: Settings, io: CliIo): Outcome {
  const read = file === '-' ? io.readStdin() : io.readFile(file)
  if (!read.ok) return { file, kind: 'unreadable', reason: read.reason }
  // More bytes than the longest string cannot be decoded (the decoder would throw): this file is
  // unreadable, and the others are still checked.
  const large = tooLarge(read.bytes, io)
  if (large !== undefined) return { file, kind: 'unreadable', reason: `${file === '-' ? 'standard input is' : `${file}:`} ${large}` }
  // UTF-8, as `serve` reads a body: bytes that are not UTF-8 are one json.invalid where they
  // stand, never replaced. A byte order mark (editors on Windows save one) stays: the library
  // skips it and counts no column for it, as the editor shows the file.
  const decoded = decodeUtf8(read.bytes)
  if (!decoded.ok) return { file, kind: 'checked', result: { _tag: 'Left', left: [decoded.issue] } }
  const { text } = decoded
  const options: PrepareOptions = {
    now: settings.now,
    parts: settings.parts,
    ...(settings.pricing === undefined ? {} : { pricing: settings.pricing }),
    ...(settings.locale === 'en' ? {} : { locale: settings.locale }),
    ...(settings.numberType === undefined ? {} : { numberType: settings.numberType }),
  }
  // One call: the text is parsed (text that is not JSON is one json.invalid issue, a key written
  // twice is json.duplicate_key) and checked, and every issue comes back placed in the text.
  return { file, kind: 'checked', result: prepareBatchJson(text, options) }
}

function exitOf(outcome: Outcome, settings: Settings): ExitCode {
  if (outcome.kind === 'unreadable') return EXIT.usage
  const { result } = outcome
  if (result._tag === 'Left') return EXIT.invalid
  return settings.failOnWarnings && result.right.warnings.length > 0 ? EXIT.invalid : EXIT.valid
}

/**
 * A file name as the output shows it: on one line, every character that does not show written as
 * an escape (controls, bidirectional controls, no-break and zero-width spaces: a name cannot
 * show reversed or hide a character), and the empty name as `""`.
 */
const shownName = (file: string): string => (file === '' ? '""' : escapeHidden(file))

/** The file as prose names it. */
const nameOf = (file: string): string => (file === '-' ? 'standard input' : shownName(file))

/** The file as a location names it (`<stdin>:3:5`), on one line whatever its name holds. */
const locationName = (file: string): string => (file === '-' ? '<stdin>' : shownName(file))

/** Why a file cannot be read, on one line: the reason names the file as it was given, shown as {@link shownName} shows it. */
const unreadableLine = (reason: string): string => `sms-preflight check: ${escapeHidden(reason)}`

/**
 * Where an issue stands: `file:line:column`. (An issue about the options stands in no text and
 * has no position; the options are checked before any file is read, so none reaches here.)
 */
function where(file: string, issue: Issue): string {
  const name = locationName(file)
  return issue.source === undefined ? name : `${name}:${issue.source.line}:${issue.source.column}`
}

const offsetOf = (issue: Issue): number => issue.source?.offset ?? -1

/** Errors, then warnings, each as `file:line:column  code  message`, in the order of the text. */
function printIssues(file: string, issues: ReadonlyArray<Issue>, s: Style, out: (t: string) => void): void {
  const groups: ReadonlyArray<readonly [string, ReadonlyArray<Issue>, (t: string) => string]> = [
    ['Errors:', issues.filter((i) => i.severity === 'error'), s.red],
    ['Warnings:', issues.filter((i) => i.severity === 'warning'), s.yellow],
  ]
  for (const [heading, group, colour] of groups) {
    if (group.length === 0) continue
    out(s.bold(heading))
    const sorted = [...group].sort((a, b) => offsetOf(a) - offsetOf(b))
    // A message quotes the caller's text with its control characters escaped; escaped here
    // again, so that no issue spans two lines or reaches the terminal as an escape sequence.
    for (const i of sorted) out(`  ${where(file, i)}  ${colour(i.code)}  ${oneLine(i.message)}`)
  }
}

/** The recipient's country: its region, `+44` for a calling code that several regions share, or `?`. */
export function countryOf(m: Message): string {
  const { region, callingCode } = m.status
  return region ?? (callingCode === null ? '?' : `+${callingCode}`)
}

/** Whether the number's length is plausible for its country (`unknown` without a country). */
export function lengthOf(m: Message): string {
  switch (m.status.status) {
    case 'ok':
      return 'plausible'
    case 'too_short':
      return 'too short'
    case 'too_long':
      return 'too long'
    case 'unknown_country':
      return 'unknown'
  }
}

/** The type of the recipient's number, as `numberType` names it (`?` when the call fails). */
function typeOf(m: Message, numberType: (msisdn: string) => string): string {
  try {
    const type: unknown = numberType(m.recipient)
    return typeof type === 'string' ? type : '?'
  } catch {
    return '?'
  }
}

function messageTable(
  messages: ReadonlyArray<Message>,
  s: Style,
  settings: Pick<Settings, 'parts' | 'numberType'>,
  out: (t: string) => void,
): void {
  const { parts, numberType } = settings
  const shown = messages.slice(0, TABLE_LIMIT)
  // The type column only when the type is known (sms-preflight/numbers loaded).
  const typeColumn = (m: Message): string[] => (numberType === undefined ? [] : [typeOf(m, numberType)])
  const rows = [
    ['recipient', 'country', 'length', ...(numberType === undefined ? [] : ['type']), 'enc', 'units', 'segments', 'text'],
    ...shown.map((m) => [
      m.recipient,
      countryOf(m),
      lengthOf(m),
      ...typeColumn(m),
      m.encoding,
      String(m.units),
      String(m.segments),
      preview(m.text, 40),
    ]),
  ]
  table(rows).forEach((line, i) => {
    out(i === 0 ? s.dim(`  ${line}`) : `  ${line}`)
    const m = shown[i - 1]
    if (parts && m?.parts !== undefined) {
      const total = m.parts.length
      m.parts.forEach((p, n) => out(s.dim(`      part ${n + 1}/${total}: `) + visible(p)))
    }
  })
  if (messages.length > shown.length) out(s.dim(`  … and ${counted(messages.length - shown.length, 'more message')}`))
}

function printPrepared(file: string, batch: PreparedBatch, settings: Settings, s: Style, out: (t: string) => void): void {
  const sum = batch.summary
  out(
    `${s.green('✔')} ${nameOf(file)} is ${s.green('valid')}: ${counted(sum.messages, 'message')} to ${counted(sum.recipients, 'recipient')}, ` +
      `${counted(sum.segments, 'segment')} (gsm ${sum.segmentsByEncoding.gsm}, ucs ${sum.segmentsByEncoding.ucs})`,
  )
  messageTable(batch.messages, s, settings, out)
  out(s.bold('Delivery windows (UTC):'))
  for (const w of batch.windows) out(`  ${w.opens} → ${w.closes}`)
  out(s.bold('Summary:'))
  out(`  segments per message: ${sum.histogram.map((h) => `${h.segments} (${counted(h.messages, 'message')})`).join(', ')}`)
  if (sum.countries.length > 0) {
    out(`  countries: ${sum.countries.map((c) => `${c.region} ${counted(c.recipients, 'recipient')} (${counted(c.segments, 'segment')})`).join(', ')}`)
  }
  if (sum.price !== undefined) {
    const p = sum.price
    const average = p.averagePerMessage === undefined ? '' : `; average ${p.averagePerMessage} per message`
    out(
      `  price: ${p.total.amount} ${p.currency} (base ${p.base.amount} + priority surcharge ${p.surcharge.amount}; ${p.pricePerSegment} per segment${average})`,
    )
  }
  printIssues(file, batch.warnings, s, out)
  if (settings.failOnWarnings && batch.warnings.length > 0) {
    const n = batch.warnings.length
    out(`${s.red('✖')} ${counted(n, 'warning')} ${n === 1 ? 'fails' : 'fail'} the check (--fail-on-warnings)`)
  }
}

function printOutcome(outcome: Outcome, settings: Settings, s: Style, io: CliIo): void {
  if (outcome.kind === 'unreadable') {
    io.stderr(unreadableLine(outcome.reason))
    return
  }
  const { file, result } = outcome
  if (result._tag === 'Right') {
    printPrepared(file, result.right, settings, s, io.stdout)
    return
  }
  const { errors, warnings, notListed } = countIssues(result.left)
  io.stdout(
    `${s.red('✖')} ${nameOf(file)} is ${s.red('invalid')}: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}` +
      (notListed === 0 ? '' : ` (${notListed} not listed)`),
  )
  printIssues(file, result.left, s, io.stdout)
}

/** One file's result as JSON: the prepared batch, the issues, or why it could not be read. */
function jsonOf(outcome: Outcome): Record<string, unknown> {
  if (outcome.kind === 'unreadable') return { file: outcome.file, valid: false, error: outcome.reason }
  const { file, result } = outcome
  return result._tag === 'Right' ? { file, valid: true, ...result.right } : { file, valid: false, issues: result.left }
}

/** `3 files: 1 valid, 1 failing on warnings, 1 invalid, 0 unreadable` (the parts that apply). */
function totals(outcomes: ReadonlyArray<Outcome>, settings: Settings): string {
  const valid = outcomes.filter((o) => o.kind === 'checked' && o.result._tag === 'Right')
  const failing = valid.filter((o) => exitOf(o, settings) !== EXIT.valid).length
  const unreadable = outcomes.filter((o) => o.kind === 'unreadable').length
  const invalid = outcomes.length - valid.length - unreadable
  return (
    `${counted(outcomes.length, 'file')}: ${valid.length - failing} valid` +
    (failing === 0 ? '' : `, ${failing} valid but failing on warnings`) +
    `, ${invalid} invalid${unreadable === 0 ? '' : `, ${unreadable} unreadable`}`
  )
}

/**
 * Runs `check`: every file, in order; the exit code is the worst of them (2 > 1 > 0).
 *
 * @returns the exit code, or a usage problem (one line) when the call itself is wrong.
 */
export function check(args: Args, io: CliIo, s: Style): ExitCode | Usage {
  const read = readSettings(args, io)
  if (!read.ok) return read
  const { settings } = read
  const outcomes = args.operands.map((file) => checkFile(file, settings, io))
  if (settings.json) {
    const all = outcomes.map(jsonOf)
    io.stdout(jsonText(all.length === 1 ? all[0] : all))
    for (const o of outcomes) if (o.kind === 'unreadable') io.stderr(unreadableLine(o.reason))
  } else {
    outcomes.forEach((o, i) => {
      if (i > 0 && o.kind === 'checked') io.stdout('')
      printOutcome(o, settings, s, io)
    })
    if (outcomes.length > 1) io.stdout(`\n${totals(outcomes, settings)}`)
  }
  return worst(outcomes.map((o) => exitOf(o, settings)))
}
