/**
 * The playground page: reads the request on every input, checks it (./check.ts) and renders the
 * counter, the marked body, the look-alike offer, the issues (in the list and at their field),
 * the per-recipient preview and the price. The request is edited field by field or as one JSON
 * text; switching carries it across. Every text is in English or Swedish (./texts.ts, and the
 * library's `formatIssue`). Plain DOM, no framework.
 *
 * The page is the application, so it reads the browser's clock for "now" (the library never
 * does); a `?now=<ISO date-time>` query parameter fixes it, for tests and shared links, and
 * `?lang=sv` starts the page in Swedish.
 */
import {
  analyzeText,
  charactersToSaveSegment,
  describeText,
  formatIssue,
  fromPointer,
  parseJson,
  splitSegments,
  suggestGsm,
  toPointer,
  type Encoding,
  type Issue,
  type Locale,
  type Message,
  type NumberType,
  type PricingOptions,
  type Summary,
} from 'sms-preflight'
import { checkRequest, checkRequestText, type Outcome, type Settings } from './check'
import { isStaticKey, textsFor, type FieldKey, type PageTexts } from './texts'

/** Messages shown in the preview; the rest are counted. */
const PREVIEW_LIMIT = 25
/** Issues listed in the issues panel; the rest are counted. */
const ISSUE_LIMIT = 200
/** Issues listed at one field; the rest are counted. */
const FIELD_ISSUE_LIMIT = 10
/** How many different characters a sentence names before it stops. */
const CHARS_NAMED = 5
/** Different characters listed in the character details; the rest are counted. */
const DETAILS_LIMIT = 50

function byId<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const element = document.getElementById(id)
  if (!(element instanceof type)) throw new Error(`the page has no #${id}`)
  return element
}

const form = byId('batch-form', HTMLFormElement)
const language = byId('lang', HTMLSelectElement)
const modeForm = byId('mode-form', HTMLInputElement)
const modeJson = byId('mode-json', HTMLInputElement)
const modeNotice = byId('mode-notice', HTMLElement)
const formFields = byId('form-fields', HTMLElement)
const jsonFields = byId('json-fields', HTMLElement)
const requestJson = byId('request-json', HTMLTextAreaElement)
const requestJsonIssues = byId('request-json-issues', HTMLUListElement)
const sender = byId('sender', HTMLInputElement)
const recipients = byId('recipients', HTMLTextAreaElement)
const body = byId('body', HTMLTextAreaElement)
const type = byId('type', HTMLSelectElement)
const datacoding = byId('datacoding', HTMLSelectElement)
const priority = byId('priority', HTMLSelectElement)
const windows = byId('windows', HTMLTextAreaElement)
const deliveryReportUrl = byId('delivery-report-url', HTMLInputElement)
const reference = byId('reference', HTMLInputElement)
const tags = byId('tags', HTMLTextAreaElement)
const extrasBox = byId('extras', HTMLElement)
const extrasText = byId('extras-text', HTMLElement)
const dropExtras = byId('drop-extras', HTMLButtonElement)
const account = byId('account', HTMLSelectElement)
const pricePerSegment = byId('price-per-segment', HTMLInputElement)
const priceError = byId('price-error', HTMLElement)
const nowInput = byId('now', HTMLInputElement)

const counterEncoding = byId('counter-encoding', HTMLElement)
const counterEncodingName = byId('counter-encoding-name', HTMLElement)
const counterUnits = byId('counter-units', HTMLElement)
const counterUnitsName = byId('counter-units-name', HTMLElement)
const counterSegments = byId('counter-segments', HTMLElement)
const counterRemaining = byId('counter-remaining', HTMLElement)
const counterNonGsm = byId('counter-nongsm', HTMLElement)
const counterUnsendable = byId('counter-unsendable', HTMLElement)
const counterSave = byId('counter-save', HTMLElement)
const counterDetails = byId('counter-details', HTMLDetailsElement)
const counterDetailsSummary = byId('counter-details-summary', HTMLElement)
const counterDetailsNone = byId('counter-details-none', HTMLElement)
const counterDetailsTable = byId('counter-details-table', HTMLTableElement)
const counterDetailsRows = byId('counter-details-rows', HTMLTableSectionElement)
const mirror = byId('body-mirror', HTMLElement)
const lookalikes = byId('lookalikes', HTMLElement)
const lookalikesSummary = byId('lookalikes-summary', HTMLElement)
const lookalikeList = byId('lookalike-list', HTMLUListElement)
const applyLookalikes = byId('apply-lookalikes', HTMLButtonElement)
const issuesList = byId('issues', HTMLUListElement)
const issuesCount = byId('issues-count', HTMLElement)
const priceBox = byId('price', HTMLElement)
const preview = byId('preview', HTMLOListElement)
const announce = byId('announce', HTMLElement)
const latency = byId('latency', HTMLElement)
const numberTypes = byId('number-types', HTMLInputElement)
const numberTypesStatus = byId('number-types-status', HTMLElement)

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
type RequestField = Exclude<FieldKey, 'account' | 'pricePerSegment' | 'json'>

/** Each field of the request: its control and the list of its issues, in request order. */
const FIELDS: ReadonlyArray<{ readonly name: RequestField; readonly control: Control; readonly issues: HTMLUListElement }> = [
  { name: 'sender', control: sender, issues: byId('sender-issues', HTMLUListElement) },
  { name: 'recipients', control: recipients, issues: byId('recipients-issues', HTMLUListElement) },
  { name: 'body', control: body, issues: byId('body-issues', HTMLUListElement) },
  { name: 'type', control: type, issues: byId('type-issues', HTMLUListElement) },
  { name: 'datacoding', control: datacoding, issues: byId('datacoding-issues', HTMLUListElement) },
  { name: 'priority', control: priority, issues: byId('priority-issues', HTMLUListElement) },
  { name: 'deliveryWindows', control: windows, issues: byId('windows-issues', HTMLUListElement) },
  { name: 'deliveryReportUrl', control: deliveryReportUrl, issues: byId('delivery-report-url-issues', HTMLUListElement) },
  { name: 'reference', control: reference, issues: byId('reference-issues', HTMLUListElement) },
  { name: 'tags', control: tags, issues: byId('tags-issues', HTMLUListElement) },
]

/** The field a path's first token names (field names match case-insensitively, as the provider binds them). */
function fieldOf(path: string): RequestField | undefined {
  const first = fromPointer(path)[0]?.toLowerCase()
  return first === undefined ? undefined : FIELDS.find((f) => f.name.toLowerCase() === first)?.name
}

// ---------------------------------------------------------------------------------------------
// Language

let locale: Locale = 'en'
let t: PageTexts = textsFor(locale)

/** A fixed text, with `code` between backticks shown as code. */
function rich(text: string): Array<string | HTMLElement> {
  return text.split('`').map((piece, i) => (i % 2 === 1 ? h('code', undefined, piece) : piece))
}

function applyFixedTexts(): void {
  document.documentElement.lang = locale
  document.title = t.fixed.title
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const key = element.dataset['i18n'] ?? ''
    if (!isStaticKey(key)) {
      console.error(`index.html names a text that texts.ts does not have: data-i18n="${key}"`)
      continue
    }
    const text = t.fixed[key]
    if (element instanceof HTMLOptionElement) element.textContent = text
    else element.replaceChildren(...rich(text))
  }
}

function setLocale(next: Locale): void {
  locale = next
  t = textsFor(next)
  language.value = next
  applyFixedTexts()
  renderNotice()
}

/** An issue in the page's language (the library's own messages, by code and params). */
const say = (issue: Issue): string => formatIssue(issue, locale)

// ---------------------------------------------------------------------------------------------
// Select boxes that hold a value carried from the JSON which none of their options has

const CARRIED = 'carried:json'
const carried = new Map<HTMLSelectElement, unknown>()

function setSelect(select: HTMLSelectElement, value: unknown, optionValue: (v: unknown) => string | undefined): void {
  select.querySelector(`option[value="${CARRIED}"]`)?.remove()
  carried.delete(select)
  const standard = optionValue(value)
  if (standard !== undefined) {
    select.value = standard
    return
  }
  const option = h('option', undefined, JSON.stringify(value))
  option.value = CARRIED
  select.append(option)
  carried.set(select, value)
  select.value = CARRIED
}

/** A select's value for the request: `undefined` leaves the field out (its default). */
function selectValue(select: HTMLSelectElement, read: (v: string) => unknown): unknown {
  if (select.value === CARRIED) return carried.get(select)
  return select.value === '' ? undefined : read(select.value)
}

const enumOption = (options: ReadonlyArray<string>) => (v: unknown): string | undefined =>
  v === undefined ? '' : typeof v === 'string' && options.includes(v) ? v : undefined

const priorityOption = (v: unknown): string | undefined => (v === undefined ? '' : v === 1 || v === 2 ? String(v) : undefined)

// ---------------------------------------------------------------------------------------------
// Reading the form

/** A problem with the form itself (a JSON field that does not parse), shown like an issue. */
interface FormProblem {
  readonly field: RequestField
  readonly line: number
  readonly column: number
  readonly found: string | undefined
  readonly select: readonly [number, number]
}

interface FormRead {
  readonly request: Record<string, unknown>
  /** For the recipients list: the textarea line of each recipient index. */
  readonly recipientLines: ReadonlyArray<number> | undefined
  /** For the tags list: the textarea line of each tag index. */
  readonly tagLines: ReadonlyArray<number> | undefined
  readonly problems: ReadonlyArray<FormProblem>
  /** Keys written twice in a JSON field, as the library reports them in the JSON mode. */
  readonly duplicates: ReadonlyArray<Issue & { readonly select: readonly [number, number] }>
}

/** Fields of a request carried from the JSON that the form has no control for. */
let extras: Record<string, unknown> = {}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lastBreak = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: offset - lastBreak }
}

function readJsonField(
  field: RequestField,
  text: string,
  problems: FormProblem[],
  duplicates: Array<Issue & { readonly select: readonly [number, number] }>,
): { ok: true; value: unknown } | { ok: false } {
  const parsed = parseJson(text)
  if (!parsed.ok) {
    const { offset, length } = parsed.error
    problems.push({ field, ...lineColumn(text, offset), found: parsed.error.found, select: [offset, offset + length] })
    return { ok: false }
  }
  for (const d of parsed.duplicates) {
    const params = { key: d.key }
    const issue = { severity: 'error' as const, code: 'json.duplicate_key' as const, path: toPointer([field, ...d.path]), message: '', params }
    duplicates.push({ ...issue, message: formatIssue(issue, 'en'), select: [d.span.offset, d.span.offset + d.span.length] })
  }
  return { ok: true, value: parsed.value }
}

/** One value a line, blank lines at the end left out; with the line of each value. */
function readLines(text: string, skipBlank: boolean): { values: string[]; lines: number[] } {
  const all = text.split('\n')
  while (all.length > 0 && (all[all.length - 1] ?? '').trim() === '') all.pop()
  const values: string[] = []
  const lines: number[] = []
  all.forEach((line, i) => {
    const value = skipBlank ? line.trim() : line
    if (!skipBlank || value !== '') {
      values.push(value)
      lines.push(i)
    }
  })
  return { values, lines }
}

type Duplicate = Issue & { readonly select: readonly [number, number] }

/** What one field's text reads as: its value for the request (absent: left out), and its problems. */
interface FieldRead {
  readonly present: boolean
  readonly value: unknown
  /** For a list of one value a line: the textarea line of each value. */
  readonly lines: ReadonlyArray<number> | undefined
  readonly problems: ReadonlyArray<FormProblem>
  readonly duplicates: ReadonlyArray<Duplicate>
}

/**
 * Each field's last text and what it read as. A field whose text did not change gives the very
 * value it gave before: the draft behind checkRequest sees an unchanged field as the same
 * object, and 100,000 pasted recipients are split (or parsed) once, not on every keystroke.
 */
const fieldReads = new Map<RequestField, { readonly text: string; readonly read: FieldRead }>()

function readOnce(field: RequestField, text: string, read: (text: string) => FieldRead): FieldRead {
  const kept = fieldReads.get(field)
  if (kept !== undefined && kept.text === text) return kept.read
  const fresh = read(text)
  fieldReads.set(field, { text, read: fresh })
  return fresh
}

/** A field of JSON, or of one value a line (`json` tells which by its text). */
function readListOrJson(field: RequestField, text: string, json: boolean, skipBlank: boolean, emptyMeansAbsent: boolean): FieldRead {
  if (json) {
    const problems: FormProblem[] = []
    const duplicates: Duplicate[] = []
    const parsed = readJsonField(field, text, problems, duplicates)
    // A recipients field that does not parse leaves an empty list, so the rest is still checked.
    if (!parsed.ok) return field === 'recipients' ? { present: true, value: [], lines: undefined, problems, duplicates } : { present: false, value: undefined, lines: undefined, problems, duplicates }
    return { present: true, value: parsed.value, lines: undefined, problems, duplicates }
  }
  const { values, lines } = readLines(text, skipBlank)
  const present = !emptyMeansAbsent || values.length > 0
  return { present, value: values, lines, problems: [], duplicates: [] }
}

function readForm(): FormRead {
  const problems: FormProblem[] = []
  const duplicates: Duplicate[] = []
  const request: Record<string, unknown> = { sender: sender.value }
  const take = (name: RequestField, read: FieldRead): void => {
    if (read.present) request[name] = read.value
    problems.push(...read.problems)
    duplicates.push(...read.duplicates)
  }

  const recipientsRead = readOnce('recipients', recipients.value, (text) => {
    const trimmed = text.trim()
    return readListOrJson('recipients', text, trimmed.startsWith('{') || trimmed.startsWith('['), true, false)
  })
  take('recipients', recipientsRead)
  request['body'] = body.value

  const typeValue = selectValue(type, (v) => v)
  if (typeValue !== undefined) request['type'] = typeValue
  const coding = selectValue(datacoding, (v) => v)
  if (coding !== undefined) request['datacoding'] = coding
  const level = selectValue(priority, Number)
  if (level !== undefined) request['priority'] = level

  take(
    'deliveryWindows',
    readOnce('deliveryWindows', windows.value, (text) =>
      text.trim() === '' ? { present: false, value: undefined, lines: undefined, problems: [], duplicates: [] } : readListOrJson('deliveryWindows', text, true, false, true),
    ),
  )
  if (deliveryReportUrl.value !== '') request['deliveryReportUrl'] = deliveryReportUrl.value
  if (reference.value !== '') request['reference'] = reference.value

  const tagsRead = readOnce('tags', tags.value, (text) => readListOrJson('tags', text, text.trim().startsWith('['), false, true))
  take('tags', tagsRead)

  for (const [key, value] of Object.entries(extras)) {
    if (!Object.prototype.hasOwnProperty.call(request, key)) request[key] = value
  }
  return { request, recipientLines: recipientsRead.lines, tagLines: tagsRead.lines, problems, duplicates }
}

/**
 * "Now": the fixed one of `?now=`, else the browser's clock to the minute. The draft behind
 * checkRequest is made for one "now"; a clock read to the millisecond would make a new one (a
 * whole prepareBatch) on every keystroke.
 */
function readNow(): Date {
  if (nowInput.value !== '') return new Date(nowInput.value)
  const clock = new Date()
  clock.setSeconds(0, 0)
  return clock
}

function readPricing(): PricingOptions | undefined {
  const price = pricePerSegment.value.trim()
  return price === '' ? undefined : { account: account.value === 'international' ? 'international' : 'SE', pricePerSegment: price }
}

// ---------------------------------------------------------------------------------------------
// Switching between the form and the JSON text

type Mode = 'form' | 'json'
let mode: Mode = 'form'

/** Field values as JSON compares them; for an optional field `null` is its default, as absent. */
function same(name: RequestField, a: unknown, b: unknown): boolean {
  const optional = name !== 'sender' && name !== 'recipients' && name !== 'body'
  const norm = (v: unknown): unknown => (optional && v === null) || (name === 'deliveryReportUrl' && v === '') ? undefined : v
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b))
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value)
}

function recipientsText(value: unknown): string {
  if (value === undefined) return ''
  const listable =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === 'string' && v !== '' && v === v.trim() && !v.includes('\n') && !v.startsWith('{') && !v.startsWith('['))
  return listable ? (value as string[]).join('\n') : JSON.stringify(value, null, 2)
}

function tagsText(value: unknown): string {
  if (value === undefined || value === null) return ''
  const listable =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === 'string' && !v.includes('\n') && !v.includes('\r')) &&
    String(value[value.length - 1]).trim() !== '' &&
    !String(value[0]).trim().startsWith('[')
  return listable ? (value as string[]).join('\n') : JSON.stringify(value)
}

/** Fills the form from a request object; answers the fields the form could not hold exactly. */
function carryToForm(request: Record<string, unknown>): RequestField[] {
  const keys = Object.keys(request)
  const taken = new Set<string>()
  const given = new Map<RequestField, unknown>()
  for (const { name } of FIELDS) {
    const key = keys.find((k) => !taken.has(k) && k.toLowerCase() === name.toLowerCase())
    if (key !== undefined) {
      taken.add(key)
      given.set(name, request[key])
    }
  }
  sender.value = asText(given.get('sender'))
  recipients.value = recipientsText(given.get('recipients'))
  body.value = asText(given.get('body'))
  setSelect(type, given.get('type'), enumOption(['sms', 'flash']))
  setSelect(datacoding, given.get('datacoding'), enumOption(['ucs', 'gsm']))
  setSelect(priority, given.get('priority'), priorityOption)
  const spans = given.get('deliveryWindows')
  windows.value = spans === undefined ? '' : JSON.stringify(spans, null, 2)
  deliveryReportUrl.value = asText(given.get('deliveryReportUrl'))
  reference.value = asText(given.get('reference'))
  tags.value = tagsText(given.get('tags'))
  extras = {}
  for (const key of keys) if (!taken.has(key)) extras[key] = request[key]

  const read = readForm().request
  return FIELDS.filter(({ name }) => !same(name, given.get(name), read[name])).map(({ name }) => name)
}

/** The notice of the last switch, said in the page's language whenever it is rendered. */
let notice: ((texts: PageTexts) => string) | undefined

function showNotice(next: ((texts: PageTexts) => string) | undefined): void {
  notice = next
  renderNotice()
}

function renderNotice(): void {
  const text = notice === undefined ? '' : notice(t)
  modeNotice.textContent = text
  modeNotice.hidden = text === ''
}

function switchTo(next: Mode): void {
  if (next === mode) return
  if (next === 'json') {
    const read = readForm()
    if (read.problems.length > 0) {
      modeForm.checked = true
      const fields = [...new Set(read.problems.map((p) => p.field))]
      showNotice((texts) => texts.toJsonRefused(fields.map((f) => texts.field[f])))
      return
    }
    requestJson.value = JSON.stringify(read.request, null, 2)
    showNotice(undefined)
  } else {
    const parsed = parseJson(requestJson.value)
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      modeJson.checked = true
      showNotice((texts) => texts.toFormRefused)
      return
    }
    const changed = carryToForm(parsed.value as Record<string, unknown>)
    showNotice(changed.length === 0 ? undefined : (texts) => texts.carriedChanged(changed.map((f) => texts.field[f])))
  }
  mode = next
  formFields.hidden = next !== 'form'
  jsonFields.hidden = next !== 'json'
}

// ---------------------------------------------------------------------------------------------
// Rendering helpers

function h<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (className !== undefined) element.className = className
  if (text !== undefined) element.textContent = text
  return element
}

function codePoint(char: string): string {
  return Array.from(char)
    .map((c) => 'U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0'))
    .join(' ')
}

/** A character as a person can read it: itself when visible, and its code point. */
function describeChar(char: string): string {
  const c = char.codePointAt(0) ?? 0
  const invisible = char.trim() === '' || c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff
  return invisible ? codePoint(char) : `${char} (${codePoint(char)})`
}

/** The different characters of a list, described, the first few of them. */
function namedChars(chars: ReadonlyArray<string>): string[] {
  const distinct = [...new Set(chars)]
  const named = distinct.slice(0, CHARS_NAMED).map(describeChar)
  return distinct.length > CHARS_NAMED ? [...named, '…'] : named
}

// ---------------------------------------------------------------------------------------------
// The counter, the marked body and the look-alike offer

function renderCounter(text: string, coding: Encoding): void {
  const a = analyzeText(text, coding)
  // With datacoding gsm, a character outside GSM cannot be sent: the body has no GSM length.
  const unsendable = coding === 'gsm' && a.nonGsm.length > 0
  counterEncoding.textContent = a.encoding
  counterEncodingName.textContent = unsendable ? t.cannotSendGsm : t.encodingName(a.encoding)
  counterEncodingName.classList.toggle('unsendable', unsendable)
  counterUnits.textContent = unsendable ? '—' : t.num(a.units)
  counterUnitsName.textContent = unsendable ? '' : t.unitName(a.units, a.encoding)
  counterSegments.textContent = unsendable ? '—' : t.num(a.segments)
  counterRemaining.textContent = unsendable ? '—' : t.num(a.remaining)
  counterNonGsm.textContent = t.num(a.nonGsm.length)
  counterUnsendable.hidden = !unsendable
  counterUnsendable.textContent = unsendable ? t.cannotSendGsmDetail(namedChars(a.nonGsm.map((c) => c.char))) : ''
  // A text of several segments: the fewest characters to cut from its end to need one fewer.
  const toSave = unsendable || a.segments < 2 ? 0 : charactersToSaveSegment(text, coding)
  counterSave.hidden = toSave === 0
  counterSave.textContent = toSave === 0 ? '' : t.removeToSave(toSave)
  renderDetails(text, coding, unsendable)

  mirror.replaceChildren()
  mirror.dataset['datacoding'] = coding
  if (text === '') {
    mirror.append(h('span', 'muted', t.empty))
    return
  }
  let at = 0
  for (const { char, index } of a.nonGsm) {
    if (index > at) mirror.append(text.slice(at, index))
    const mark = h('mark', undefined, char)
    mark.title = t.notInGsm(codePoint(char))
    mirror.append(mark)
    at = index + char.length
  }
  if (at < text.length) mirror.append(text.slice(at))
}

/**
 * The character details under the counter: each character outside the GSM default alphabet
 * once (how often it occurs, what it costs, its table and its look-alike). The toggle says how
 * many there are; the rows are built only while it is open.
 */
function renderDetails(text: string, coding: Encoding, unsendable: boolean): void {
  const listed = describeText(text, coding).filter((c) => c.set !== 'basic')
  counterDetailsSummary.textContent = t.detailsSummary(listed.length)
  counterDetailsRows.replaceChildren()
  counterDetailsNone.hidden = listed.length > 0
  counterDetailsNone.textContent = listed.length > 0 ? '' : t.detailsAllBasic
  counterDetailsTable.hidden = listed.length === 0
  if (!counterDetails.open || listed.length === 0) return
  const encoding = analyzeText(text, coding).encoding
  const byChar = new Map<string, { detail: (typeof listed)[number]; times: number }>()
  for (const detail of listed) {
    const seen = byChar.get(detail.char)
    if (seen === undefined) byChar.set(detail.char, { detail, times: 1 })
    else seen.times++
  }
  const rows = [...byChar.values()]
  for (const { detail, times } of rows.slice(0, DETAILS_LIMIT)) {
    const row = h('tr', `char-row char-${detail.set}`)
    row.dataset['char'] = detail.char
    const cell = (value: string, className?: string): void => {
      row.append(h('td', className, value))
    }
    const invisible = describeChar(detail.char) === codePoint(detail.char)
    cell(invisible ? '' : detail.char, 'char')
    cell(codePoint(detail.char), 'code-point')
    cell(t.num(times), 'times')
    cell(t.num(detail.septets), 'septets')
    cell(unsendable && detail.set === 'none' ? '—' : t.unitsAs(detail.units, encoding), 'units')
    cell(t.gsmSet(detail.set), 'set')
    const lookalike = detail.lookalike
    cell(lookalike === undefined ? t.noLookalike : lookalike === '' ? t.removed : describeChar(lookalike), 'lookalike')
    counterDetailsRows.append(row)
  }
  if (rows.length > DETAILS_LIMIT) {
    const more = h('tr', 'more')
    const cell = h('td', 'muted', t.moreCharacters(rows.length - DETAILS_LIMIT))
    cell.colSpan = 7
    more.append(cell)
    counterDetailsRows.append(more)
  }
}

function renderLookalikes(text: string, coding: Encoding): void {
  const s = suggestGsm(text)
  lookalikeList.replaceChildren()
  if (s.replacements.length === 0) {
    lookalikes.hidden = true
    return
  }
  lookalikes.hidden = false
  const counts = new Map<string, { to: string; n: number }>()
  for (const r of s.replacements) {
    const c = counts.get(r.from)
    if (c === undefined) counts.set(r.from, { to: r.to, n: 1 })
    else c.n++
  }
  for (const [from, { to, n }] of counts) {
    const item = h('li')
    item.append(h('span', 'char', describeChar(from)), ' → ', h('span', 'char', to === '' ? t.removed : describeChar(to)))
    if (n > 1) item.append(h('span', 'muted', ` ×${t.num(n)}`))
    lookalikeList.append(item)
  }
  const n = s.replacements.length
  if (coding === 'gsm') {
    // Under gsm the body is not "UCS-2": it cannot be sent until every character is GSM.
    lookalikesSummary.textContent = s.becomesGsm
      ? t.lookalikesGsmBecomesSendable(n, s.analysis.segments)
      : t.lookalikesGsmStillNot(n, namedChars(s.analysis.nonGsm.map((c) => c.char)))
  } else {
    lookalikesSummary.textContent = s.becomesGsm
      ? t.lookalikesUcsBecomesGsm(n, s.before.segments, s.analysis.segments)
      : t.lookalikesUcsStays(n, s.before.segments, s.analysis.segments)
  }
  applyLookalikes.textContent = t.replaceButton(n)
}

const bodyCoding = (): Encoding => (selectValue(datacoding, (v) => v) === 'gsm' ? 'gsm' : 'ucs')

applyLookalikes.addEventListener('click', () => {
  const s = suggestGsm(body.value)
  if (s.replacements.length === 0) return
  const coding = bodyCoding()
  body.value = s.text
  render()
  body.focus()
  const sendable = coding === 'ucs' || s.becomesGsm
  announce.textContent = t.replacedAnnounce(s.replacements.length, sendable, s.analysis.encoding, s.analysis.segments)
})

// ---------------------------------------------------------------------------------------------
// Issues

interface Target {
  readonly field: Control
  readonly label: string
  readonly select?: readonly [number, number]
}

/** An issue or a form problem, as the page lists it. */
interface Shown {
  readonly severity: 'error' | 'warning'
  readonly code: string
  readonly message: string
  readonly path: string
  readonly field: RequestField | 'json' | undefined
  readonly position?: { readonly line: number; readonly column: number }
  readonly target: Target | undefined
}

function lineRange(text: string, line: number): readonly [number, number] | undefined {
  const lines = text.split('\n')
  if (line < 0 || line >= lines.length) return undefined
  let start = 0
  for (let i = 0; i < line; i++) start += (lines[i] ?? '').length + 1
  return [start, start + (lines[line] ?? '').length]
}

function lineTarget(field: Control, label: string, lines: ReadonlyArray<number> | undefined, index: string | undefined): Target {
  const line = lines === undefined || index === undefined ? undefined : lines[Number(index)]
  const range = line === undefined ? undefined : lineRange(field.value, line)
  return range === undefined ? { field, label } : { field, label, select: range }
}

/** The form field an issue's JSON Pointer points at, and what to select in it. */
function targetOf(issue: Issue, read: FormRead): Target | undefined {
  const name = fieldOf(issue.path)
  if (name === undefined) return undefined
  const control = FIELDS.find((f) => f.name === name)?.control
  if (control === undefined) return undefined
  const label = t.field[name]
  const second = fromPointer(issue.path)[1]
  switch (name) {
    case 'body': {
      const chars = issue.params?.['characters']
      const firstChar: unknown = Array.isArray(chars) ? chars[0] : undefined
      if (typeof firstChar === 'object' && firstChar !== null && 'index' in firstChar && 'char' in firstChar) {
        const { index, char } = firstChar
        if (typeof index === 'number' && typeof char === 'string') return { field: body, label, select: [index, index + char.length] }
      }
      return { field: body, label }
    }
    case 'recipients': {
      if (second === undefined) return { field: recipients, label }
      if (read.recipientLines !== undefined) return lineTarget(recipients, label, read.recipientLines, second)
      const at = recipients.value.indexOf(JSON.stringify(second))
      return at < 0 ? { field: recipients, label } : { field: recipients, label, select: [at + 1, at + 1 + second.length] }
    }
    case 'tags':
      return lineTarget(tags, label, read.tagLines, second)
    default:
      return { field: control, label }
  }
}

function goTo(target: Target): void {
  const { field, select } = target
  field.focus()
  if (select === undefined || field instanceof HTMLSelectElement) return
  field.setSelectionRange(select[0], select[1])
  if (field instanceof HTMLTextAreaElement) {
    // Bring the selected line into view (a textarea does not scroll to a selection by itself).
    const line = field.value.slice(0, select[0]).split('\n').length - 1
    const lineHeight = parseFloat(getComputedStyle(field).lineHeight) || 18
    field.scrollTop = Math.max(0, line * lineHeight - field.clientHeight / 3)
  }
}

function fromIssue(issue: Issue, read: FormRead | undefined): Shown {
  const source = issue.source
  if (read === undefined) {
    // The JSON mode: the issue stands at its place in the text (issues about the options do not).
    const target: Target | undefined =
      source === undefined ? undefined : { field: requestJson, label: t.field.json, select: [source.offset, source.offset + source.length] }
    const shown = { severity: issue.severity, code: issue.code, message: say(issue), path: issue.path, field: source === undefined ? undefined : ('json' as const), target }
    return source === undefined ? shown : { ...shown, position: { line: source.line, column: source.column } }
  }
  return { severity: issue.severity, code: issue.code, message: say(issue), path: issue.path, field: fieldOf(issue.path), target: targetOf(issue, read) }
}

/** A key written twice in a JSON field: the later key is selected in its field. */
function fromDuplicate(d: Issue & { readonly select: readonly [number, number] }, read: FormRead): Shown {
  const shown = fromIssue(d, read)
  return shown.target === undefined ? shown : { ...shown, target: { ...shown.target, select: d.select } }
}

function fromProblem(p: FormProblem): Shown {
  const control = FIELDS.find((f) => f.name === p.field)?.control ?? recipients
  const label = t.field[p.field]
  return {
    severity: 'error',
    code: 'playground.invalid_json',
    message: t.fieldNotJson(label, p.line, p.column, p.found),
    path: '',
    field: p.field,
    target: { field: control, label, select: p.select },
  }
}

function issueHead(shown: Shown): HTMLDivElement {
  const head = h('div', 'issue-head')
  head.append(h('span', `badge ${shown.severity}`, t.severity(shown.severity)), h('code', 'issue-code', shown.code))
  if (shown.path !== '') head.append(h('span', 'issue-path muted', shown.path))
  return head
}

function positionButton(shown: Shown): HTMLButtonElement | undefined {
  const { position, target } = shown
  if (position === undefined || target === undefined) return undefined
  const button = h('button', 'link issue-position', t.lineColumn(position.line, position.column))
  button.type = 'button'
  button.title = t.showInJson
  button.addEventListener('click', () => goTo(target))
  return button
}

function issueItem(shown: Shown): HTMLLIElement {
  const item = h('li', `issue ${shown.severity}`)
  item.dataset['code'] = shown.code
  const head = issueHead(shown)
  const at = positionButton(shown)
  if (at !== undefined) head.append(at)
  item.append(head, h('p', 'issue-message', shown.message))
  const target = shown.target
  if (target !== undefined && at === undefined) {
    const button = h('button', 'link', t.goTo(target.label))
    button.type = 'button'
    button.setAttribute('aria-label', t.goToLabel(target.label, shown.code))
    button.addEventListener('click', () => goTo(target))
    item.append(button)
  }
  return item
}

/** An issue as its field lists it: the severity and the message (and in JSON, where). */
function fieldIssueItem(shown: Shown): HTMLLIElement {
  const item = h('li', `field-issue ${shown.severity}`)
  item.dataset['code'] = shown.code
  item.dataset['path'] = shown.path
  item.append(h('span', `badge ${shown.severity}`, t.severity(shown.severity)), ' ')
  const at = positionButton(shown)
  if (at !== undefined) item.append(at, ' ')
  item.append(h('span', 'field-issue-message', shown.message))
  return item
}

function renderFieldIssues(list: HTMLUListElement, control: Control | undefined, shown: ReadonlyArray<Shown>): void {
  list.replaceChildren(...shown.slice(0, FIELD_ISSUE_LIMIT).map(fieldIssueItem))
  if (shown.length > FIELD_ISSUE_LIMIT) list.append(h('li', 'muted more', t.moreAtField(shown.length - FIELD_ISSUE_LIMIT)))
  if (control === undefined) return
  if (shown.some((s) => s.severity === 'error')) control.setAttribute('aria-invalid', 'true')
  else control.removeAttribute('aria-invalid')
}

function renderIssues(shown: ReadonlyArray<Shown>): void {
  issuesList.replaceChildren(...shown.slice(0, ISSUE_LIMIT).map(issueItem))
  if (shown.length > ISSUE_LIMIT) issuesList.append(h('li', 'muted more', t.moreIssues(shown.length - ISSUE_LIMIT)))
  for (const { name, control, issues } of FIELDS) renderFieldIssues(issues, control, shown.filter((s) => s.field === name))
  renderFieldIssues(requestJsonIssues, requestJson, shown.filter((s) => s.field === 'json'))
  const errors = shown.filter((s) => s.severity === 'error').length
  const warnings = shown.length - errors
  if (errors + warnings === 0) {
    issuesList.append(h('li', 'issue ok', t.noIssues))
    issuesCount.textContent = ''
  } else {
    issuesCount.textContent = t.issueCount(errors, warnings)
  }
}

// ---------------------------------------------------------------------------------------------
// Preview and price

function notGsmChars(issues: ReadonlyArray<Issue>): string[] | undefined {
  const issue = issues.find((i) => i.code === 'message.not_gsm')
  const chars = issue?.params?.['characters']
  if (issue === undefined || !Array.isArray(chars)) return undefined
  return namedChars(chars.map((c: unknown) => (typeof c === 'object' && c !== null && 'char' in c && typeof c.char === 'string' ? c.char : '')))
}

/** A recipient's number type as the preview shows it; marked when it cannot receive SMS. */
interface ShownType {
  readonly type: NumberType
  readonly notMobile: boolean
}

function previewItem(heading: string, detail: string, text: string, encoding: Encoding, stats: string, parts?: ReadonlyArray<string>, kind?: ShownType): HTMLLIElement {
  const item = h('li', 'message')
  const head = h('div', 'message-head')
  head.append(h('strong', 'recipient', heading), h('span', 'muted number-status', detail))
  if (kind !== undefined) {
    const badge = h('span', kind.notMobile ? 'number-type not-mobile' : 'number-type', t.numberType(kind.type))
    badge.dataset['type'] = kind.type
    head.append(badge)
  }
  head.append(h('span', 'message-stats', stats))
  const box = h('div', 'parts')
  ;(parts ?? splitSegments(text, encoding)).forEach((part, i) => {
    const span = h('span', `part ${i % 2 === 0 ? 'part-even' : 'part-odd'}`)
    span.dataset['part'] = String(i + 1)
    const label = h('span', 'part-label', String(i + 1))
    label.setAttribute('aria-hidden', 'true')
    span.append(label, h('span', 'visually-hidden', t.part(i + 1)), h('span', 'part-text', part))
    box.append(span)
  })
  if (text === '') box.append(h('span', 'muted', t.empty))
  item.append(head, box)
  return item
}

/** The recipient's country and number status, like the provider's per-message status. */
function regionOf(m: Message): string {
  const { callingCode, region, regions, status } = m.status
  const where = region ?? (regions.length > 0 ? regions.join('/') : t.unknownRegion)
  return `${callingCode === null ? where : `+${callingCode} ${where}`} · ${t.numberStatus(status)}`
}

/** The type of a previewed recipient's number, once the number types are loaded and shown. */
function shownType(m: Message): ShownType | undefined {
  if (!numberTypes.checked || typeOfNumber === undefined) return undefined
  return { type: typeOfNumber(m.recipient), notMobile: m.issues.some((i) => i.code === 'recipient.not_mobile') }
}

/**
 * The first messages, each composed now (`message(i)`): with 100,000 recipients the page never
 * holds the others. A message sent as GSM that holds a character outside GSM (datacoding gsm)
 * cannot be sent: it is not counted in septets, whether its issue stands at the body or at it.
 */
function renderPreview(outcome: Outcome): void {
  preview.replaceChildren()
  const count = outcome.messageCount
  if (count === 0) {
    if (mode === 'json') {
      preview.append(h('li', 'muted', t.noRecipientYet))
      return
    }
    const text = body.value
    const coding = bodyCoding()
    const a = analyzeText(text, coding)
    const stats = coding === 'gsm' && a.nonGsm.length > 0 ? t.messageNotGsm(namedChars(a.nonGsm.map((c) => c.char))) : t.messageStats(a.encoding, a.units, a.segments)
    preview.append(previewItem(t.theBody, t.noRecipientYet, text, a.encoding, stats))
    return
  }
  for (let i = 0; i < Math.min(count, PREVIEW_LIMIT); i++) {
    const m = outcome.message(i)
    if (m === undefined) continue
    const outside = m.encoding === 'gsm' ? analyzeText(m.text, 'gsm').nonGsm : []
    const notGsm = notGsmChars(m.issues) ?? (outside.length > 0 ? namedChars(outside.map((c) => c.char)) : undefined)
    const stats = notGsm === undefined ? t.messageStats(m.encoding, m.units, m.segments) : t.messageNotGsm(notGsm)
    preview.append(previewItem(m.recipient, regionOf(m), m.text, m.encoding, stats, m.parts, shownType(m)))
  }
  if (count > PREVIEW_LIMIT) preview.append(h('li', 'muted more', t.moreMessages(count - PREVIEW_LIMIT)))
}

/**
 * The pricing options' own issues, shown under the price field (the field is marked invalid);
 * they never stand in for the request's issues.
 */
function renderPricingIssues(issues: ReadonlyArray<Issue>): void {
  priceError.replaceChildren()
  priceError.hidden = issues.length === 0
  if (issues.length === 0) pricePerSegment.removeAttribute('aria-invalid')
  else pricePerSegment.setAttribute('aria-invalid', 'true')
  for (const issue of issues) priceError.append(h('span', 'field-error-message', say(issue)))
}

/**
 * The price whenever the recipients and the body compose (as a form wants it while the sender
 * is still being typed), with a note while the request has errors.
 */
function renderPrice(summary: Summary | undefined, pricing: PricingOptions | undefined, pricingIssues: ReadonlyArray<Issue>, hasErrors: boolean): void {
  priceBox.replaceChildren()
  const price = summary?.price
  const note =
    pricing === undefined ? t.enterPrice : pricingIssues.length > 0 ? t.fixPrice : summary === undefined ? t.fixErrors : price === undefined ? t.noPrice : undefined
  if (note !== undefined || summary === undefined || price === undefined) {
    priceBox.append(h('p', 'muted', note ?? t.noPrice))
    return
  }
  const money = (amount: string): string => `${t.amount(amount)} ${price.currency}`
  const total = h('p', 'price-total')
  const amount = h('strong', undefined, money(price.total.amount))
  amount.id = 'price-total'
  total.append(amount, t.priceFor(summary.messages, price.segments))
  const list = h('dl', 'price-detail')
  const row = (term: string, value: string): void => {
    list.append(h('dt', undefined, term), h('dd', undefined, value))
  }
  row(t.base, `${t.num(price.segments)} × ${t.amount(price.pricePerSegment)} = ${money(price.base.amount)}`)
  row(t.surcharge, `${t.num(price.segments)} × ${t.amount(price.surchargePerSegment)} = ${money(price.surcharge.amount)}`)
  if (price.averagePerMessage !== undefined) row(t.average, money(price.averagePerMessage))
  priceBox.append(total, list)
  if (hasErrors) {
    const note = h('p', 'muted price-note', t.priceWithErrors)
    note.id = 'price-note'
    priceBox.append(note)
  }
}

function renderExtras(): void {
  const names = Object.keys(extras)
  extrasBox.hidden = names.length === 0
  extrasText.textContent = names.length === 0 ? '' : t.extras(names)
}

// ---------------------------------------------------------------------------------------------

/** Reads the page, checks the request (the one computation an input costs) and renders it all. */
function render(): void {
  const pricing = readPricing()
  const settings: Settings = { now: readNow(), pricing, locale, numberType: numberTypes.checked ? typeOfNumber : undefined }
  let outcome: Outcome
  let shown: Shown[]
  if (mode === 'form') {
    const read = readForm()
    const coding = bodyCoding()
    renderCounter(body.value, coding)
    renderLookalikes(body.value, coding)
    renderExtras()
    outcome = checkRequest(read.request, settings)
    shown = [
      ...read.problems.map(fromProblem),
      ...read.duplicates.map((d) => fromDuplicate(d, read)),
      ...outcome.issues.map((i) => fromIssue(i, read)),
    ]
  } else {
    outcome = checkRequestText(requestJson.value, settings)
    shown = outcome.issues.map((i) => fromIssue(i, undefined))
  }
  // The request's issues, then the pricing options' (their paths point into the options).
  renderIssues([
    ...shown,
    ...outcome.pricingIssues.map((i) => ({ ...fromIssue(i, undefined), field: undefined, target: { field: pricePerSegment, label: t.field.pricePerSegment } })),
  ])
  renderPricingIssues(outcome.pricingIssues)
  renderPreview(outcome)
  renderPrice(outcome.summary, pricing, outcome.pricingIssues, shown.some((s) => s.severity === 'error'))
}

// ---------------------------------------------------------------------------------------------
// Number types: sms-preflight/numbers (libphonenumber-js's full metadata, about 48 KB) is a
// chunk of its own, loaded the first time "Show number types" is ticked.

let typeOfNumber: ((msisdn: string) => NumberType) | undefined

function loadNumberTypes(): void {
  numberTypesStatus.textContent = t.numberTypesLoading
  import('./numbers').then(
    (loaded) => {
      typeOfNumber = loaded.numberType
      numberTypesStatus.textContent = ''
      renderTimed()
    },
    () => {
      numberTypes.checked = false
      numberTypesStatus.textContent = t.numberTypesFailed
    },
  )
}

// ---------------------------------------------------------------------------------------------
// The page's own benchmark: how long each input takes to check and render, shown under the form.

/** Inputs the median is taken over. */
const LATENCY_WINDOW = 20
const latencies: number[] = []

function renderTimed(): void {
  const start = performance.now()
  render()
  latencies.push(performance.now() - start)
  if (latencies.length > LATENCY_WINDOW) latencies.shift()
  renderLatency()
}

function renderLatency(): void {
  const last = latencies[latencies.length - 1]
  if (last === undefined) return
  const sorted = [...latencies].sort((a, b) => a - b)
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? last
  latency.textContent = t.latency(last, median, latencies.length)
}

const query = new URLSearchParams(window.location.search)
const fixedNow = query.get('now')
if (fixedNow !== null) nowInput.value = fixedNow
setLocale(query.get('lang')?.toLowerCase().startsWith('sv') === true ? 'sv' : 'en')

form.addEventListener('submit', (e) => e.preventDefault())
// The mode switch runs before the form's own listener renders (target phase first).
modeForm.addEventListener('input', () => switchTo('form'))
modeJson.addEventListener('input', () => switchTo('json'))
language.addEventListener('input', () => {
  setLocale(language.value === 'sv' ? 'sv' : 'en')
  renderTimed()
})
dropExtras.addEventListener('click', () => {
  extras = {}
  renderTimed()
})
counterDetails.addEventListener('toggle', () => renderDetails(body.value, bodyCoding(), bodyCoding() === 'gsm' && analyzeText(body.value, 'gsm').nonGsm.length > 0))
numberTypes.addEventListener('change', () => {
  if (numberTypes.checked && typeOfNumber === undefined) loadNumberTypes()
  else renderTimed()
})
// Every control fires `input` (selects too). Not `change`: a text field fires it when it loses
// focus, and re-rendering then would replace the issue button being clicked.
form.addEventListener('input', renderTimed)
renderTimed()
document.documentElement.dataset['ready'] = 'true'
