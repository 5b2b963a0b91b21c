/**
 * The rules table: one example per issue code, with the rule it enforces. The test beside this
 * file runs every example, checks that it produces its code at its path, and renders
 * `docs/rules.md` from these entries and the catalogue.
 */
import type { IssueCode } from '../../src/issue'
import { numberType } from '../../src/numbers'
import type { PricingOptions } from '../../src/pricing'

/** The function an example is run through. */
export type Call = 'validateBatch' | 'validateBatchJson' | 'prepareBatch' | 'resolveWindows' | 'priceBatch' | 'validatePricing'

/**
 * Where a rule comes from: the provider's "Send SMS" page (quoted verbatim, typos included),
 * the product specification, or `docs/decisions.md`.
 */
export type Source = 'page' | 'SPEC' | 'decision'

/** One issue code, its rule and an example that produces it. */
export interface RuleEntry {
  readonly code: IssueCode
  /** The rule, quoted verbatim from its source. */
  readonly rule: string
  readonly source: Source
  readonly call: Call
  /**
   * The first argument: the request (`validateBatch`, `prepareBatch`), the windows
   * (`resolveWindows`), the price input (`priceBatch`) or the pricing options (`validatePricing`).
   */
  readonly input: unknown
  /**
   * "Now" (default {@link NOW}), for `priceBatch` the pricing options, and for `prepareBatch` the
   * `numberType` option.
   */
  readonly options?: { readonly now?: Date; readonly pricing?: PricingOptions; readonly numberType?: (msisdn: string) => string }
  /** The JSON Pointer the issue stands at. */
  readonly path: string
  /** Shown instead of the call with its compact JSON when that is too long to read. */
  readonly display?: string
  /** A remark shown after the example. */
  readonly note?: string
}

/** "Now" for every example that needs one. */
export const NOW = new Date('2026-11-25T00:00:00Z')

/** The small valid request every request example changes one field of. */
export const BASE = Object.freeze({ sender: 'iP1', recipients: Object.freeze(['46701234567']), body: 'A very nice message' })

/** Valid pricing options, for the `priceBatch` examples. */
const PRICING: PricingOptions = { account: 'SE', pricePerSegment: '0.35' }

/** The base request with some fields replaced or added (in the base's key order, new ones last). */
function withFields(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { ...BASE, ...fields }
}

/** The base request without one field. */
function without(field: keyof typeof BASE): Record<string, unknown> {
  return Object.fromEntries(Object.entries(BASE).filter(([key]) => key !== field))
}

// Sentences of the source page, verbatim (typos included).
const PAGE_CORE = "At it's core the sending SMS endpoint needs the following values:"
const PAGE_BODY_EMPTY = 'Is nullempty or only whitespace'
const PAGE_ANALYZED = 'Each phone number is analyzed and validated where the result is displayed as a message status.'

// Sentences of the specification, verbatim.
const SPEC_SENDER = '`sender.missing` (absent or null), `sender.not_string`, `sender.empty` (empty or only white space).'
const SPEC_TEMPLATE_VALUES =
  'Template values: an object (`template.values_not_object`) of strings (`template.value_not_string`); a key is non-empty and has no `{` or `}` (`template.invalid_key`).'
const SPEC_BODY = '`body.missing`, `body.not_string`, `body.empty` (empty or only white space), `body.too_long` (over 2000 characters).'
const SPEC_WINDOWS = 'optional array of `{ opens, closes }`, each an ISO-8601 date-time string or null.'
const SPEC_BOUNDS = '`window.opens_invalid`, `window.closes_invalid` (not a parsable ISO-8601 date-time)'
const SPEC_URL =
  'Otherwise an absolute `http` or `https` URL (`deliveryReportUrl.invalid`) of at most 2047 characters (`deliveryReportUrl.too_long`); `http` gets `deliveryReportUrl.not_https` (w).'
const SPEC_TAGS = 'optional array of strings (`tags.invalid_type`, `tag.not_string`, `tag.empty`)'
const SPEC_TAG_WARNINGS =
  'leading or trailing white space `tag.whitespace` (w) and repeats `tag.duplicate` (w) are reported, never silently changed.'
const SPEC_NOT_MOBILE =
  'the `prepareBatch` option `numberType` that adds `recipient.not_mobile` (w) for numbers that cannot receive SMS.'
const SPEC_PRICE = "The base price per segment is the caller's input (it may have up to 4 decimals, e.g. 0.0595)."

/** Lengths of the examples built programmatically. */
const CAP_PLUS_ONE = 1001
const GSM_SEPTETS_IN_255_PARTS = 255 * 153

/** Every issue code the library can emit, with its rule and an example that produces it. */
export const rulesTable: ReadonlyArray<RuleEntry> = [
  // request
  {
    code: 'request.not_object',
    rule: 'Not a JSON object: `request.not_object`.',
    source: 'SPEC',
    call: 'validateBatch',
    input: [],
    path: '',
  },
  {
    code: 'request.duplicate_field',
    rule: "Field names match case-insensitively, as the provider's .NET server binds them (`Sender` is `sender`); two spellings of one field in one request: `request.duplicate_field`.",
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ Sender: 'iP2' }),
    path: '/Sender',
  },
  {
    code: 'request.unknown_field',
    rule: 'A field the page does not define: `request.unknown_field` (w), with a "did you mean" suggestion in `params` (`datacodig`, `dataEncoding` → `datacoding`).',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ datacodig: 'gsm' }),
    path: '/datacodig',
  },
  {
    code: 'request.too_many_issues',
    rule: 'the rest are counted in one `request.too_many_issues` warning at the field\'s path (at `""` for the messages), with `params.omitted`.',
    source: 'decision',
    call: 'validateBatch',
    input: withFields({ recipients: Array.from({ length: CAP_PLUS_ONE }, () => 'x') }),
    path: '/recipients',
    display: 'validateBatch({"sender":"iP1","recipients":["x","x",…],"body":"A very nice message"})',
    note: 'with 1,001 recipients "x": 1,001 `recipient.non_digit` errors, of which 1,000 are listed.',
  },
  {
    code: 'request.unreadable',
    rule: 'No exported function throws, for any input.',
    source: 'SPEC',
    call: 'validateBatch',
    input: Object.defineProperty({ recipients: ['46701234567'], body: 'A very nice message' }, 'sender', {
      enumerable: true,
      get(): never {
        throw new Error('boom')
      },
    }),
    path: '',
    display: 'validateBatch(an object whose "sender" getter throws new Error("boom"))',
    note: 'JSON never has getters; a JavaScript caller may pass one, or a Proxy.',
  },

  // options
  {
    code: 'options.now_invalid',
    rule: '→ `options.now_invalid` at `""`, from `validateBatch`, `prepareBatch` and `resolveWindows`, with every issue that does not depend on "now".',
    source: 'decision',
    call: 'resolveWindows',
    input: null,
    options: { now: new Date(Number.NaN) },
    path: '',
    display: 'resolveWindows(null, new Date(NaN))',
  },

  // JSON text
  {
    code: 'json.invalid',
    rule: 'Invalid JSON: `json.invalid` with its position.',
    source: 'SPEC',
    call: 'validateBatchJson',
    input: '{"sender": "iP1", "body": "Hi",}',
    path: '',
    display: `validateBatchJson('{"sender": "iP1", "body": "Hi",}')`,
    note: 'A trailing comma is not JSON. The issue carries `source: { line: 1, column: 32, offset: 31, length: 1 }`.',
  },
  {
    code: 'json.duplicate_key',
    rule: 'A key written twice in one object (anywhere: the request, `recipients`, a template-values object, a window): `json.duplicate_key` (error) at the later one — `JSON.parse` would silently keep the last.',
    source: 'SPEC',
    call: 'validateBatchJson',
    input: '{"sender":"iP1","sender":"Acme","recipients":["46701234567"],"body":"Hi"}',
    path: '/sender',
    display: `validateBatchJson('{"sender":"iP1","sender":"Acme","recipients":["46701234567"],"body":"Hi"}')`,
    note: 'Only the text shows it: `validateBatch(JSON.parse(text))` sees one sender, "Acme".',
  },

  // sender
  { code: 'sender.missing', rule: PAGE_CORE, source: 'page', call: 'validateBatch', input: without('sender'), path: '/sender' },
  { code: 'sender.not_string', rule: SPEC_SENDER, source: 'SPEC', call: 'validateBatch', input: withFields({ sender: 46701234567 }), path: '/sender' },
  { code: 'sender.empty', rule: SPEC_SENDER, source: 'SPEC', call: 'validateBatch', input: withFields({ sender: ' ' }), path: '/sender' },
  {
    code: 'sender.numeric_too_long',
    rule: 'Is a number longer than 15 digits',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ sender: '4670123456789012' }),
    path: '/sender',
  },
  {
    code: 'sender.invalid_format',
    rule: 'Does not match the regex [0-9A-Za-z]{1,11} or follow the E164 standard',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ sender: '+0701234567' }),
    path: '/sender',
  },
  {
    code: 'sender.invalid_characters',
    rule: 'Does not match the regex [0-9A-Za-z]{1,11} or follow the E164 standard',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ sender: 'iP-1' }),
    path: '/sender',
  },
  {
    code: 'sender.alphanumeric_length',
    rule: 'Is an alphanumeric sender shorter than 3 characters or longer than 11 characters (Aa-Zz, 0 - 9, 3 - 11 characters)',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ sender: 'iP' }),
    path: '/sender',
  },
  {
    code: 'sender.alphanumeric_unsupported',
    rule: 'The operator carrying the recipient does not support the sender',
    source: 'page',
    call: 'prepareBatch',
    input: withFields({ recipients: ['12025550123'] }),
    path: '/sender',
  },

  // recipients
  { code: 'recipients.missing', rule: PAGE_CORE, source: 'page', call: 'validateBatch', input: without('recipients'), path: '/recipients' },
  {
    code: 'recipients.invalid_type',
    rule: 'Either an array of MSISDN strings or an object whose keys are MSISDNs (plus the special key `default`) and whose values are objects of template values.',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: '46701234567' }),
    path: '/recipients',
  },
  {
    code: 'recipients.empty',
    rule: '`recipients.missing`, `recipients.invalid_type`, `recipients.empty` (no recipient; `default` alone does not count).',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: { default: { sign: ' sent by iP.1' } } }),
    path: '/recipients',
  },
  {
    code: 'recipient.not_string',
    rule: 'Each MSISDN: a string (`recipient.not_string`, a number included)',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: [46701234567] }),
    path: '/recipients/0',
  },
  {
    code: 'recipient.empty',
    rule: 'not empty (`recipient.empty`)',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: [''] }),
    path: '/recipients/0',
  },
  {
    code: 'recipient.non_digit',
    rule: 'contains non digit characters',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ recipients: ['+46701234567'] }),
    path: '/recipients/0',
  },
  {
    code: 'recipient.too_long',
    rule: 'is longer than 15 characters',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ recipients: ['4670123456789012'] }),
    path: '/recipients/0',
  },
  {
    code: 'recipient.duplicate',
    rule: 'The same number twice: `recipient.duplicate` (w), composed once.',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: ['46701234567', '46701234567'] }),
    path: '/recipients/1',
  },
  {
    code: 'recipient.unknown_country',
    rule: PAGE_ANALYZED,
    source: 'page',
    call: 'prepareBatch',
    input: withFields({ recipients: ['2801234567'] }),
    path: '/recipients/0',
  },
  {
    code: 'recipient.implausible_length',
    rule: PAGE_ANALYZED,
    source: 'page',
    call: 'prepareBatch',
    input: withFields({ recipients: ['4670123'] }),
    path: '/recipients/0',
  },
  {
    code: 'recipient.not_mobile',
    rule: SPEC_NOT_MOBILE,
    source: 'SPEC',
    call: 'prepareBatch',
    input: withFields({ recipients: ['46812345678'] }),
    options: { numberType },
    display: 'prepareBatch({"sender":"iP1","recipients":["46812345678"],"body":"A very nice message"}, { now, numberType })',
    note: 'with `numberType` of `sms-preflight/numbers` (46812345678 is a Stockholm landline)',
    path: '/recipients/0',
  },
  {
    code: 'recipient.national_format',
    rule: 'digits only (`recipient.non_digit`; a leading `+` or `00` gets a hint in the message)',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: ['0701234567'] }),
    path: '/recipients/0',
  },

  // template
  {
    code: 'template.values_not_object',
    rule: SPEC_TEMPLATE_VALUES,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: { '46701234567': null } }),
    path: '/recipients/46701234567',
  },
  {
    code: 'template.value_not_string',
    rule: SPEC_TEMPLATE_VALUES,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: { '46701234567': { sign: 5 } } }),
    path: '/recipients/46701234567/sign',
  },
  {
    code: 'template.invalid_key',
    rule: SPEC_TEMPLATE_VALUES,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ recipients: { '46701234567': { '{sign}': ' sent by Bob' } } }),
    path: '/recipients/46701234567/{sign}',
  },
  {
    code: 'template.empty_value',
    rule: "For each recipient, a placeholder whose key is a key of the batch becomes the recipient's own value, else the `default` value, else the empty string (then `template.empty_value` (w) at the recipient's path).",
    source: 'SPEC',
    call: 'prepareBatch',
    input: withFields({
      recipients: { '46701234567': {}, '46701234568': { sign: ' sent by Bob' } },
      body: 'A very nice message{sign}',
    }),
    path: '/recipients/46701234567',
  },
  {
    code: 'template.unresolved',
    rule: "A placeholder whose key is no key of the batch stays as written — so braces remain usable in plain text — and gets `template.unresolved` (w) at the body's path.",
    source: 'SPEC',
    call: 'prepareBatch',
    input: withFields({ recipients: { '46701234567': {} }, body: 'A very nice message{sign}' }),
    path: '/body',
  },

  // body
  { code: 'body.missing', rule: PAGE_BODY_EMPTY, source: 'page', call: 'validateBatch', input: without('body'), path: '/body' },
  { code: 'body.not_string', rule: SPEC_BODY, source: 'SPEC', call: 'validateBatch', input: withFields({ body: 42 }), path: '/body' },
  { code: 'body.empty', rule: PAGE_BODY_EMPTY, source: 'page', call: 'validateBatch', input: withFields({ body: ' ' }), path: '/body' },
  {
    code: 'body.too_long',
    rule: 'is longer than 2000 characters',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ body: 'x'.repeat(2001) }),
    path: '/body',
    display: 'validateBatch({"sender":"iP1","recipients":["46701234567"],"body":"xx…x"})',
    note: 'with a body of 2,001 "x".',
  },

  // message
  {
    code: 'message.too_long',
    rule: "The limit applies to the body as sent; a composed message over 2000 characters gets `message.too_long` (w) at the recipient's path.",
    source: 'SPEC',
    call: 'prepareBatch',
    input: withFields({ recipients: { '46701234567': { v: 'x'.repeat(2000) } }, body: 'a{v}' }),
    path: '/recipients/46701234567',
    display: 'prepareBatch({"sender":"iP1","recipients":{"46701234567":{"v":"xx…x"}},"body":"a{v}"})',
    note: 'with a value `v` of 2,000 "x": the composed message has 2,001 characters.',
  },
  {
    code: 'message.not_gsm',
    rule: 'If gsm is set any message that requires the extended character set of ucs ucs will be denied from being sent.',
    source: 'page',
    call: 'prepareBatch',
    input: withFields({ body: 'A very nice message 😀', datacoding: 'gsm' }),
    path: '/body',
  },
  {
    code: 'message.ucs_lookalikes',
    rule: 'When a message is UCS-2 only because of characters that have GSM look-alikes (curly quotes, long dashes, …), it gets `message.ucs_lookalikes` (w) with the characters and the segments that replacing them would save.',
    source: 'SPEC',
    call: 'prepareBatch',
    input: withFields({ body: 'It’s a very nice message' }),
    path: '/body',
  },
  {
    code: 'message.too_many_segments',
    rule: 'A message that needs more than 255 parts cannot be concatenated: `message.too_many_segments`.',
    source: 'SPEC',
    call: 'prepareBatch',
    input: withFields({ recipients: { '46701234567': { v: 'x'.repeat(GSM_SEPTETS_IN_255_PARTS) } }, body: 'a{v}' }),
    path: '/recipients/46701234567',
    display: 'prepareBatch({"sender":"iP1","recipients":{"46701234567":{"v":"xx…x"}},"body":"a{v}"})',
    note: 'with a value `v` of 39,015 "x" (255 parts of 153 septets): the composed message needs a 256th part.',
  },

  // type, datacoding, priority
  {
    code: 'type.invalid',
    rule: 'There are two types that an SMS may have sms and flashsms sms is a regular SMS while flash flash is shown once and then deleted from the handset.',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ type: 'flashsms' }),
    path: '/type',
  },
  {
    code: 'datacoding.invalid',
    rule: '`ucs` (default) or `gsm`, else `datacoding.invalid`.',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ datacoding: 'utf8' }),
    path: '/datacoding',
  },
  {
    code: 'priority.invalid',
    rule: 'If priority is set then 1 and 2 are the only allowed values.',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ priority: 3 }),
    path: '/priority',
  },

  // deliveryWindows
  {
    code: 'windows.invalid_type',
    rule: SPEC_WINDOWS,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryWindows: { opens: null, closes: null } }),
    path: '/deliveryWindows',
  },
  {
    code: 'window.invalid_type',
    rule: SPEC_WINDOWS,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryWindows: ['2026-12-01T09:00:00Z'] }),
    path: '/deliveryWindows/0',
  },
  {
    code: 'window.opens_invalid',
    rule: SPEC_BOUNDS,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryWindows: [{ opens: 'tomorrow 09:00', closes: null }] }),
    path: '/deliveryWindows/0/opens',
  },
  {
    code: 'window.closes_invalid',
    rule: SPEC_BOUNDS,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryWindows: [{ opens: '2026-12-01T09:00:00Z', closes: '2026-12-01 17:00' }] }),
    path: '/deliveryWindows/0/closes',
  },
  {
    code: 'window.closes_before_opens',
    rule: '`window.closes_before_opens` (closes at or before opens)',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryWindows: [{ opens: '2026-12-01T17:00:00Z', closes: '2026-12-01T09:00:00Z' }] }),
    path: '/deliveryWindows/0',
  },
  {
    code: 'window.in_past',
    rule: '`window.in_past` (closes at or before now)',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryWindows: [{ opens: '2026-11-02T09:00:00Z', closes: '2026-11-02T17:00:00Z' }] }),
    path: '/deliveryWindows/0',
  },
  {
    code: 'window.too_late',
    rule: 'A window that closes after 9999-12-31T23:59:59.999Z (given, or resolved from opens plus 168 hours) is `window.too_late`.',
    source: 'decision',
    call: 'validateBatch',
    input: withFields({ deliveryWindows: [{ opens: '9999-12-31T00:00:00Z', closes: null }] }),
    path: '/deliveryWindows/0',
  },
  {
    code: 'window.overlap',
    rule: 'Request will be rejected if windows overlap.',
    source: 'page',
    call: 'validateBatch',
    input: withFields({
      deliveryWindows: [
        { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T17:00:00Z' },
        { opens: '2026-12-01T16:00:00Z', closes: '2026-12-01T18:00:00Z' },
      ],
    }),
    path: '/deliveryWindows/1',
  },
  {
    code: 'window.no_offset',
    rule: 'A time without an offset is read as UTC and gets `window.no_offset` (w).',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryWindows: [{ opens: '2026-12-01T09:00:00', closes: null }] }),
    path: '/deliveryWindows/0/opens',
  },

  // deliveryReportUrl
  {
    code: 'deliveryReportUrl.invalid',
    rule: SPEC_URL,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryReportUrl: 'ftp://example.com/reports' }),
    path: '/deliveryReportUrl',
  },
  {
    code: 'deliveryReportUrl.too_long',
    rule: SPEC_URL,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryReportUrl: 'https://example.com/' + 'x'.repeat(2028) }),
    path: '/deliveryReportUrl',
    display: 'validateBatch({"sender":"iP1","recipients":["46701234567"],"body":"A very nice message","deliveryReportUrl":"https://example.com/xx…x"})',
    note: 'with a URL of 2,048 characters.',
  },
  {
    code: 'deliveryReportUrl.not_https',
    rule: SPEC_URL,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ deliveryReportUrl: 'http://example.com/reports' }),
    path: '/deliveryReportUrl',
  },

  // reference
  {
    code: 'reference.not_string',
    rule: 'a string (`reference.not_string`), not empty or only white space (`reference.empty`), at most 40 characters (`reference.too_long`).',
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ reference: 42 }),
    path: '/reference',
  },
  {
    code: 'reference.empty',
    rule: 'Can not be empty string or whitespace.',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ reference: ' ' }),
    path: '/reference',
  },
  {
    code: 'reference.too_long',
    rule: 'May be a maximum of 40 characters',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ reference: 'A client reference that is far too long!!' }),
    path: '/reference',
  },

  // tags
  {
    code: 'tags.invalid_type',
    rule: 'An array of tags used to categorize or sort your bastches.',
    source: 'page',
    call: 'validateBatch',
    input: withFields({ tags: 'marketing' }),
    path: '/tags',
  },
  { code: 'tag.not_string', rule: SPEC_TAGS, source: 'SPEC', call: 'validateBatch', input: withFields({ tags: [1] }), path: '/tags/0' },
  {
    code: 'tag.empty',
    rule: 'A tag that is empty **or only white space** is `tag.empty` (an error: it could never be filtered on)',
    source: 'decision',
    call: 'validateBatch',
    input: withFields({ tags: ['marketing', ' '] }),
    path: '/tags/1',
  },
  {
    code: 'tag.whitespace',
    rule: SPEC_TAG_WARNINGS,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ tags: ['marketing', ' ux', 'design'] }),
    path: '/tags/1',
  },
  {
    code: 'tag.duplicate',
    rule: SPEC_TAG_WARNINGS,
    source: 'SPEC',
    call: 'validateBatch',
    input: withFields({ tags: ['ux', 'ux'] }),
    path: '/tags/1',
  },

  // pricing
  {
    code: 'pricing.invalid_account',
    rule: 'Note that if you set a higher priority, the price per SMS increases by 10 öre if you use a Swedish account, or € 0.01 if you use an international account.',
    source: 'page',
    call: 'validatePricing',
    input: { account: 'SEK', pricePerSegment: '0.35' },
    path: '/account',
  },
  {
    code: 'pricing.price_not_string',
    rule: 'Totals are exact — no binary floating point anywhere in money — and are reported per currency with segments, base, surcharge and total.',
    source: 'SPEC',
    call: 'validatePricing',
    input: { account: 'SE', pricePerSegment: 0.35 },
    path: '/pricePerSegment',
  },
  {
    code: 'pricing.price_invalid',
    rule: SPEC_PRICE,
    source: 'SPEC',
    call: 'validatePricing',
    input: { account: 'SE', pricePerSegment: '3.5e-1' },
    path: '/pricePerSegment',
  },
  {
    code: 'pricing.price_negative',
    rule: SPEC_PRICE,
    source: 'SPEC',
    call: 'validatePricing',
    input: { account: 'SE', pricePerSegment: '-0.35' },
    path: '/pricePerSegment',
  },
  {
    code: 'pricing.segments_invalid',
    rule: 'Segments times price, with the priority surcharge, in exact money.',
    source: 'SPEC',
    call: 'priceBatch',
    input: { segments: -1, priority: 1 },
    options: { pricing: PRICING },
    path: '/segments',
  },
  {
    code: 'pricing.messages_invalid',
    rule: 'segment and message counts are non-negative safe integers (`pricing.segments_invalid`, `pricing.messages_invalid`).',
    source: 'decision',
    call: 'priceBatch',
    input: { segments: 3, priority: 1, messages: 1.5 },
    options: { pricing: PRICING },
    path: '/messages',
  },
  {
    code: 'pricing.price_too_precise',
    rule: SPEC_PRICE,
    source: 'SPEC',
    call: 'validatePricing',
    input: { account: 'SE', pricePerSegment: '0.05951' },
    path: '/pricePerSegment',
  },
  {
    code: 'pricing.price_too_long',
    rule: 'A price per segment has at most 32 characters; a longer one is refused by its length before it is read (`BigInt` cannot hold 330 million digits).',
    source: 'decision',
    call: 'validatePricing',
    input: { account: 'SE', pricePerSegment: '0.'.padEnd(33, '1') },
    path: '/pricePerSegment',
  },
]
