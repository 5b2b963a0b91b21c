/**
 * The playground page: reads the form on every input, runs the library, and renders the
 * counter, the marked body, the look-alike offer, the issues, the per-recipient preview and
 * the price. Plain DOM, no framework.
 *
 * The page is the application, so it reads the browser's clock for "now" (the library never
 * does); a `?now=<ISO date-time>` query parameter fixes it, for tests and shared links.
 */
import {
  analyzeText,
  composeMessages,
  fromPointer,
  prepareBatch,
  splitSegments,
  suggestGsm,
  validateBatch,
  validatePricing,
  type Encoding,
  type Issue,
  type Message,
  type PricingOptions,
  type Summary,
} from 'sms-preflight'

/** Messages shown in the preview; the rest are counted. */
const PREVIEW_LIMIT = 25

function byId<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const element = document.getElementById(id)
  if (!(element instanceof type)) throw new Error(`the page has no #${id}`)
  return element
}

const form = byId('batch-form', HTMLFormElement)
const sender = byId('sender', HTMLInputElement)
const recipients = byId('recipients', HTMLTextAreaElement)
const body = byId('body', HTMLTextAreaElement)
const datacoding = byId('datacoding', HTMLSelectElement)
const priority = byId('priority', HTMLSelectElement)
const windows = byId('windows', HTMLTextAreaElement)
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

/** A problem with the form itself (JSON that does not parse), shown like a library issue. */
interface FormProblem {
  readonly code: string
  readonly message: string
  readonly field: HTMLTextAreaElement
  readonly label: string
}

interface Recipients {
  readonly value: unknown
  /** For the list form: the textarea line of each recipient index. */
  readonly lines: ReadonlyArray<number>
}

interface Form {
  readonly request: Record<string, unknown>
  readonly recipients: Recipients | undefined
  readonly pricing: PricingOptions | undefined
  readonly now: Date
  readonly problems: ReadonlyArray<FormProblem>
}

function parseJson(text: string, field: HTMLTextAreaElement, label: string, problems: FormProblem[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    problems.push({ code: 'playground.invalid_json', message: `The ${label} field is not valid JSON: ${reason}`, field, label })
    return { ok: false }
  }
}

function readRecipients(problems: FormProblem[]): Recipients | undefined {
  const text = recipients.value
  const trimmed = text.trim()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJson(trimmed, recipients, 'recipients', problems)
    return parsed.ok ? { value: parsed.value, lines: [] } : undefined
  }
  const value: string[] = []
  const lines: number[] = []
  text.split('\n').forEach((line, i) => {
    const msisdn = line.trim()
    if (msisdn !== '') {
      value.push(msisdn)
      lines.push(i)
    }
  })
  return { value, lines }
}

function readForm(): Form {
  const problems: FormProblem[] = []
  const request: Record<string, unknown> = {
    sender: sender.value,
    body: body.value,
    datacoding: datacoding.value,
    priority: Number(priority.value),
  }
  const list = readRecipients(problems)
  // A recipients field that does not parse leaves an empty list, so the rest is still checked.
  request['recipients'] = list === undefined ? [] : list.value
  const windowText = windows.value.trim()
  if (windowText !== '') {
    const parsed = parseJson(windowText, windows, 'delivery windows', problems)
    if (parsed.ok) request['deliveryWindows'] = parsed.value
  }
  const price = pricePerSegment.value.trim()
  const pricing: PricingOptions | undefined =
    price === '' ? undefined : { account: account.value === 'international' ? 'international' : 'SE', pricePerSegment: price }
  const now = nowInput.value === '' ? new Date() : new Date(nowInput.value)
  return { request, recipients: list, pricing, now, problems }
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

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

// ---------------------------------------------------------------------------------------------
// The counter, the marked body and the look-alike offer

function renderCounter(text: string, coding: Encoding): void {
  const a = analyzeText(text, coding)
  counterEncoding.textContent = a.encoding
  counterEncodingName.textContent = a.encoding === 'gsm' ? 'GSM 7-bit' : 'UCS-2'
  counterUnits.textContent = String(a.units)
  counterUnitsName.textContent = a.encoding === 'gsm' ? (a.units === 1 ? 'septet' : 'septets') : a.units === 1 ? 'code unit' : 'code units'
  counterSegments.textContent = String(a.segments)
  counterRemaining.textContent = String(a.remaining)
  counterNonGsm.textContent = String(a.nonGsm.length)

  mirror.replaceChildren()
  mirror.dataset['datacoding'] = coding
  if (text === '') {
    mirror.append(h('span', 'muted', '(empty)'))
    return
  }
  let at = 0
  for (const { char, index } of a.nonGsm) {
    if (index > at) mirror.append(text.slice(at, index))
    const mark = h('mark', undefined, char)
    mark.title = `${codePoint(char)} is not in the GSM alphabet`
    mirror.append(mark)
    at = index + char.length
  }
  if (at < text.length) mirror.append(text.slice(at))
}

function renderLookalikes(text: string): void {
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
    item.append(h('span', 'char', describeChar(from)), ' → ', h('span', 'char', to === '' ? '(removed)' : describeChar(to)))
    if (n > 1) item.append(h('span', 'muted', ` ×${n}`))
    lookalikeList.append(item)
  }
  const what = plural(s.replacements.length, 'character')
  const have = s.replacements.length === 1 ? 'has a GSM look-alike' : 'have GSM look-alikes'
  lookalikesSummary.textContent = s.becomesGsm
    ? `Replacing ${what} with GSM look-alikes sends this body in GSM 7-bit: ${plural(s.before.segments, 'segment')} → ${s.analysis.segments}.`
    : `${what} ${have}, but the body stays UCS-2 because of other characters (${plural(s.before.segments, 'segment')} → ${s.analysis.segments}).`
  applyLookalikes.textContent = `Replace ${what}`
}

applyLookalikes.addEventListener('click', () => {
  const s = suggestGsm(body.value)
  if (s.replacements.length === 0) return
  body.value = s.text
  render()
  body.focus()
  announce.textContent = `Replaced ${plural(s.replacements.length, 'character')}. The body is now ${s.analysis.encoding === 'gsm' ? 'GSM 7-bit' : 'UCS-2'}, ${plural(s.analysis.segments, 'segment')}.`
})

// ---------------------------------------------------------------------------------------------
// Issues

interface Target {
  readonly field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  readonly label: string
  readonly select?: readonly [number, number]
}

function lineRange(text: string, line: number): readonly [number, number] | undefined {
  const lines = text.split('\n')
  if (line < 0 || line >= lines.length) return undefined
  let start = 0
  for (let i = 0; i < line; i++) start += (lines[i] ?? '').length + 1
  return [start, start + (lines[line] ?? '').length]
}

/** The form field an issue's JSON Pointer points at, and what to select in it. */
function targetOf(issue: Issue, form: Form): Target | undefined {
  const tokens = fromPointer(issue.path)
  const [first, second] = tokens
  if (issue.code.startsWith('pricing.')) {
    return first === 'account' ? { field: account, label: 'account' } : { field: pricePerSegment, label: 'price per segment' }
  }
  switch (first?.toLowerCase()) {
    case 'sender':
      return { field: sender, label: 'sender' }
    case 'body': {
      const chars = issue.params?.['characters']
      const firstChar: unknown = Array.isArray(chars) ? chars[0] : undefined
      if (typeof firstChar === 'object' && firstChar !== null && 'index' in firstChar && 'char' in firstChar) {
        const { index, char } = firstChar
        if (typeof index === 'number' && typeof char === 'string') return { field: body, label: 'body', select: [index, index + char.length] }
      }
      return { field: body, label: 'body' }
    }
    case 'recipients': {
      if (second === undefined) return { field: recipients, label: 'recipients' }
      const list = form.recipients
      if (list !== undefined && Array.isArray(list.value)) {
        const line = list.lines[Number(second)]
        const range = line === undefined ? undefined : lineRange(recipients.value, line)
        return range === undefined ? { field: recipients, label: 'recipients' } : { field: recipients, label: 'recipients', select: range }
      }
      const at = recipients.value.indexOf(JSON.stringify(second))
      return at < 0 ? { field: recipients, label: 'recipients' } : { field: recipients, label: 'recipients', select: [at + 1, at + 1 + second.length] }
    }
    case 'datacoding':
      return { field: datacoding, label: 'data coding' }
    case 'priority':
      return { field: priority, label: 'priority' }
    case 'deliverywindows':
      return { field: windows, label: 'delivery windows' }
    default:
      return undefined
  }
}

function goTo(target: Target): void {
  const { field, select } = target
  field.focus()
  if (select !== undefined && !(field instanceof HTMLSelectElement)) field.setSelectionRange(select[0], select[1])
}

function issueItem(severity: string, code: string, message: string, path: string, target: Target | undefined): HTMLLIElement {
  const item = h('li', `issue ${severity}`)
  item.dataset['code'] = code
  const head = h('div', 'issue-head')
  head.append(h('span', `badge ${severity}`, severity), h('code', 'issue-code', code))
  if (path !== '') head.append(h('span', 'issue-path muted', path))
  item.append(head, h('p', 'issue-message', message))
  if (target !== undefined) {
    const button = h('button', 'link', `Go to ${target.label}`)
    button.type = 'button'
    button.setAttribute('aria-label', `Go to the ${target.label} field: ${code}`)
    button.addEventListener('click', () => goTo(target))
    item.append(button)
  }
  return item
}

function renderIssues(issues: ReadonlyArray<Issue>, form: Form): void {
  issuesList.replaceChildren()
  for (const p of form.problems) {
    issuesList.append(issueItem('error', p.code, p.message, '', { field: p.field, label: p.label }))
  }
  for (const issue of issues) issuesList.append(issueItem(issue.severity, issue.code, issue.message, issue.path, targetOf(issue, form)))
  const errors = form.problems.length + issues.filter((i) => i.severity === 'error').length
  const warnings = issues.length - issues.filter((i) => i.severity === 'error').length
  if (errors + warnings === 0) {
    issuesList.append(h('li', 'issue ok', 'No issues: this batch is ready to send.'))
    issuesCount.textContent = ''
  } else {
    issuesCount.textContent = `(${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
  }
}

// ---------------------------------------------------------------------------------------------
// Preview and price

function partsOf(text: string, encoding: Encoding, parts: ReadonlyArray<string> | undefined): ReadonlyArray<string> {
  return parts ?? splitSegments(text, encoding)
}

function previewItem(heading: string, detail: string, text: string, encoding: Encoding, units: number, segments: number, parts?: ReadonlyArray<string>): HTMLLIElement {
  const item = h('li', 'message')
  const head = h('div', 'message-head')
  head.append(h('strong', 'recipient', heading), h('span', 'muted number-status', detail))
  const stats = h('span', 'message-stats', `${encoding} · ${encoding === 'gsm' ? plural(units, 'septet') : plural(units, 'code unit')} · ${plural(segments, 'segment')}`)
  head.append(stats)
  const box = h('div', 'parts')
  partsOf(text, encoding, parts).forEach((part, i) => {
    const span = h('span', `part ${i % 2 === 0 ? 'part-even' : 'part-odd'}`)
    span.dataset['part'] = String(i + 1)
    const label = h('span', 'part-label', String(i + 1))
    label.setAttribute('aria-hidden', 'true')
    span.append(label, h('span', 'visually-hidden', `Part ${i + 1}: `), h('span', 'part-text', part))
    box.append(span)
  })
  if (text === '') box.append(h('span', 'muted', '(empty)'))
  item.append(head, box)
  return item
}

/** The recipient's country and number status, like the provider's per-message status. */
function regionOf(m: Message): string {
  const { callingCode, region, regions, status } = m.status
  const where = region ?? (regions.length > 0 ? regions.join('/') : 'unknown region')
  const plausibility = status === 'ok' ? 'plausible number' : status.replace('_', ' ')
  return `${callingCode === null ? where : `+${callingCode} ${where}`} · ${plausibility}`
}

function renderPreview(messages: ReadonlyArray<Message> | undefined): void {
  preview.replaceChildren()
  if (messages === undefined || messages.length === 0) {
    const text = body.value
    const a = analyzeText(text, datacoding.value === 'gsm' ? 'gsm' : 'ucs')
    preview.append(previewItem('The body', '(no recipient can be composed yet)', text, a.encoding, a.units, a.segments))
    return
  }
  for (const m of messages.slice(0, PREVIEW_LIMIT)) {
    preview.append(previewItem(m.recipient, regionOf(m), m.text, m.encoding, m.units, m.segments, m.parts))
  }
  if (messages.length > PREVIEW_LIMIT) preview.append(h('li', 'muted more', `… and ${plural(messages.length - PREVIEW_LIMIT, 'more message')}`))
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
  for (const issue of issues) priceError.append(h('span', 'field-error-message', issue.message))
}

function renderPrice(summary: Summary | undefined, form: Form, pricingIssues: ReadonlyArray<Issue>): void {
  priceBox.replaceChildren()
  if (form.pricing === undefined) {
    priceBox.append(h('p', 'muted', 'Enter a price per segment to see what the batch costs.'))
    return
  }
  if (pricingIssues.length > 0) {
    priceBox.append(h('p', 'muted', 'Fix the price per segment to see the price.'))
    return
  }
  if (summary === undefined) {
    priceBox.append(h('p', 'muted', 'Fix the errors above to see the price.'))
    return
  }
  const price = summary.price
  if (price === undefined) {
    priceBox.append(h('p', 'muted', 'No price for this batch.'))
    return
  }
  const total = h('p', 'price-total')
  const amount = h('strong', undefined, `${price.total.amount} ${price.currency}`)
  amount.id = 'price-total'
  total.append(amount, ` for ${plural(summary.messages, 'message')}, ${plural(price.segments, 'segment')}`)
  const list = h('dl', 'price-detail')
  const row = (term: string, value: string): void => {
    list.append(h('dt', undefined, term), h('dd', undefined, value))
  }
  row('Base', `${price.segments} × ${price.pricePerSegment} = ${price.base.amount} ${price.currency}`)
  row('Priority surcharge', `${price.segments} × ${price.surchargePerSegment} = ${price.surcharge.amount} ${price.currency}`)
  if (price.averagePerMessage !== undefined) row('Average per message', `${price.averagePerMessage} ${price.currency}`)
  priceBox.append(total, list)
}

// ---------------------------------------------------------------------------------------------

function render(): void {
  const state = readForm()
  const coding: Encoding = datacoding.value === 'gsm' ? 'gsm' : 'ucs'
  renderCounter(body.value, coding)
  renderLookalikes(body.value)

  // The pricing options are checked on their own: invalid ones make prepareBatch report only
  // them, and they must never hide the request's issues. The request is prepared with valid
  // pricing options only.
  const pricingCheck = state.pricing === undefined ? undefined : validatePricing(state.pricing)
  const pricingIssues: ReadonlyArray<Issue> = pricingCheck?._tag === 'Left' ? pricingCheck.left : []
  const pricing = pricingCheck?._tag === 'Right' ? pricingCheck.right.value : undefined
  const options = pricing === undefined ? { now: state.now, parts: true } : { now: state.now, pricing, parts: true }
  const result = prepareBatch(state.request, options)
  let messages: ReadonlyArray<Message> | undefined
  let summary: Summary | undefined
  let issues: ReadonlyArray<Issue>
  if (result._tag === 'Right') {
    messages = result.right.messages
    summary = result.right.summary
    issues = result.right.warnings
  } else {
    issues = result.left
    // The request may be valid with only message-level errors: still show what would be sent.
    const valid = validateBatch(state.request, { now: state.now })
    if (valid._tag === 'Right') messages = [...composeMessages(valid.right, { parts: true })]
  }
  // The request's issues, then the pricing options' (their paths point into the options).
  renderIssues([...issues, ...pricingIssues], state)
  renderPricingIssues(pricingIssues)
  renderPreview(messages)
  renderPrice(summary, state, pricingIssues)
}

const fixedNow = new URLSearchParams(window.location.search).get('now')
if (fixedNow !== null) nowInput.value = fixedNow

form.addEventListener('submit', (e) => e.preventDefault())
// Every control fires `input` (selects too). Not `change`: a text field fires it when it loses
// focus, and re-rendering then would replace the issue button being clicked.
form.addEventListener('input', render)
render()
document.documentElement.dataset['ready'] = 'true'
