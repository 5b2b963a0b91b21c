/**
 * The readable case list behind test/conformance/requests.json: each case a request, "now", and
 * what `prepareBatch(request, { now })` must say, reasoned here from SPEC and the source page —
 * never read off the library. The generator (generate.ts) replays every case and refuses to
 * write the file when the library says anything else, so a case is both a vector for ports and
 * a check of this library.
 *
 * `issues` are `[path, code]` pairs in the order `prepareBatch` gives them: the request's own
 * issues first (unknown and repeated fields), then each field's in the page's field order
 * (sender, recipients, body, type, datacoding, priority, deliveryWindows, deliveryReportUrl,
 * reference, tags), then — for a batch that composes — each message's, in recipient order, and
 * last `sender.alphanumeric_unsupported`. `messages` (recipient, encoding, units, segments) and
 * `windows` are reasoned where a case is about them; elsewhere the generator records what the
 * library composes.
 *
 * Numbers used: SE (46 70…, a Swedish mobile number of 9 national digits) and SE2 are plausible
 * and draw no number warning; US (1 202…) is a US number, where operators commonly refuse
 * alphanumeric senders.
 */
import type { IssueCode } from '../../src/issue'

/** `[path, code]`: a JSON Pointer into the request and the issue's code. */
export type Pair = readonly [path: string, code: IssueCode]

/** A composed message: recipient, encoding, units (septets or UTF-16 code units), segments. */
export type MessageSpec = readonly [recipient: string, encoding: 'gsm' | 'ucs', units: number, segments: number]

/** One case of the list. */
export interface CaseSpec {
  /** What the case shows, as a sentence. */
  readonly name: string
  /** The request, a JSON value (built with `json()` where it needs an own `__proto__` key). */
  readonly request: unknown
  /** "Now" (UTC ISO-8601); {@link NOW} when absent. */
  readonly now?: string
  /** Every issue of a Left, or every warning of a Right, in order. */
  readonly issues: ReadonlyArray<Pair>
  /** The messages of a Right, when the case is about them. */
  readonly messages?: ReadonlyArray<MessageSpec>
  /** The resolved windows of a Right (`[opens, closes]`, UTC), when the case is about them. */
  readonly windows?: ReadonlyArray<readonly [string, string]>
}

/** "Now" of every case that does not say otherwise. */
export const NOW = '2026-11-25T00:00:00.000Z'
/** The default window of {@link NOW}: now to now + 168 hours. */
const DEFAULT_WINDOW = ['2026-11-25T00:00:00.000Z', '2026-12-02T00:00:00.000Z'] as const

export const SE = '46701234567'
export const SE2 = '46701234568'
export const US = '12025550123'

/** A JSON text as the value a JSON parser gives (an own `"__proto__"` key stays a key). */
const json = (text: string): unknown => JSON.parse(text) as unknown

/** The smallest valid request, to which one field at a time is changed. */
const BASE = { sender: 'iP1', recipients: [SE], body: 'Hello' } as const

/** BASE with fields replaced or added. */
const withFields = (patch: Readonly<Record<string, unknown>>): Record<string, unknown> => ({ ...BASE, ...patch })

/** BASE without a field. */
const without = (field: keyof typeof BASE): Record<string, unknown> =>
  Object.fromEntries(Object.entries(BASE).filter(([k]) => k !== field))

const repeat = (s: string, n: number): string => s.repeat(n)

// ---------------------------------------------------------------------------------------------
// The source page's examples
// ---------------------------------------------------------------------------------------------

const PAGE_RECIPIENTS = ['456189040623', '175368927054', '392094880589', '568798567631'] as const

/**
 * The page's numbers: +45 (Denmark, 8 national digits) 6189040623 has 10; +1 (NANP, 10) 75368927054
 * has 11; +39 (Italy) 2094880589 is a plausible length; +56 (Chile, 9) 8798567631 has 10. The
 * +1 number resolves to Canada by its area code 753, where alphanumeric senders are commonly
 * refused: "iP1" gets sender.alphanumeric_unsupported.
 */
const pageNumberWarnings = (at: (msisdn: string, index: number) => string): Pair[] => [
  [at('456189040623', 0), 'recipient.implausible_length'],
  [at('175368927054', 1), 'recipient.implausible_length'],
  [at('568798567631', 3), 'recipient.implausible_length'],
  ['/sender', 'sender.alphanumeric_unsupported'],
]

/** examples/page-templated.json: the page's templated request with real windows (December 2036). */
const PAGE_TEMPLATED = {
  sender: 'iP1',
  recipients: {
    '456189040623': { sign: 'sent by Bob' },
    '175368927054': {},
    '392094880589': {},
    '568798567631': {},
    default: { sign: ' sent by iP.1' },
  },
  body: 'A very nice message{sign}',
  type: 'sms',
  datacoding: 'gsm',
  priority: 1,
  deliveryWindows: [
    { opens: '2036-12-01T09:00:00+01:00', closes: '2036-12-01T17:00:00+01:00' },
    { opens: '2036-12-02T09:00:00+01:00', closes: null },
  ],
  deliveryReportUrl: '',
  reference: 'A client reference',
  tags: ['marketing', ' ux', 'design'],
}

const seedCases: CaseSpec[] = [
  {
    name: "page: the first request (sender iP1, four recipients, a body)",
    request: { sender: 'iP1', recipients: [...PAGE_RECIPIENTS], body: 'A very nice message' },
    issues: pageNumberWarnings((_, i) => `/recipients/${i}`),
    messages: PAGE_RECIPIENTS.map((r) => [r, 'gsm', 19, 1] as const),
  },
  {
    name: 'page: the templated request with real windows (" ux" has white space; the default sign fills three)',
    request: PAGE_TEMPLATED,
    issues: [['/tags/1', 'tag.whitespace'], ...pageNumberWarnings((m) => `/recipients/${m}`)],
    // "A very nice message" is 19 septets; "sent by Bob" 11, " sent by iP.1" 13.
    messages: [
      ['456189040623', 'gsm', 30, 1],
      ['175368927054', 'gsm', 32, 1],
      ['392094880589', 'gsm', 32, 1],
      ['568798567631', 'gsm', 32, 1],
    ],
    windows: [
      ['2036-12-01T08:00:00.000Z', '2036-12-01T16:00:00.000Z'],
      ['2036-12-02T08:00:00.000Z', '2036-12-09T08:00:00.000Z'],
    ],
  },
  {
    name: 'page: the templated request as written ("ISO-8601 string" is no date-time)',
    request: {
      ...PAGE_TEMPLATED,
      deliveryWindows: [
        { opens: 'ISO-8601 string', closes: 'ISO-8601 string' },
        { opens: 'ISO-8601 string', closes: 'ISO-8601 string' },
      ],
    },
    issues: [
      ['/deliveryWindows/0/opens', 'window.opens_invalid'],
      ['/deliveryWindows/0/closes', 'window.closes_invalid'],
      ['/deliveryWindows/1/opens', 'window.opens_invalid'],
      ['/deliveryWindows/1/closes', 'window.closes_invalid'],
      ['/tags/1', 'tag.whitespace'],
      // The recipients, body and datacoding are valid, so the messages are composed and their
      // warnings come with the errors; the sender's reach needs a valid request, and waits.
      ...pageNumberWarnings((m) => `/recipients/${m}`).filter(([, code]) => code !== 'sender.alphanumeric_unsupported'),
    ],
  },
  {
    name: 'page: the C# example as its object initializer names the fields (PascalCase binds)',
    request: {
      Sender: 'iP1',
      Recipients: ['46712345678'],
      Body: 'Test message rest v2',
      Type: 'sms',
      Datacoding: 'gsm',
      Priority: 1,
      Reference: 'Test',
      Tags: ['Test SMS'],
    },
    issues: [],
    messages: [['46712345678', 'gsm', 20, 1]],
  },
  {
    name: "page: the C# example as its class declares the property (DataEncoding is unknown: did you mean datacoding)",
    request: {
      Sender: 'iP1',
      Recipients: ['46712345678'],
      Body: 'Test message rest v2',
      Type: 'sms',
      DataEncoding: 'gsm',
      Priority: 1,
      Reference: 'Test',
      Tags: ['Test SMS'],
    },
    issues: [['/DataEncoding', 'request.unknown_field']],
  },
  {
    name: 'page: the PHP example',
    request: {
      sender: 'iP1',
      recipients: ['46712345678'],
      body: 'Test message rest v2',
      type: 'sms',
      datacoding: 'gsm',
      priority: 1,
      reference: 'Test',
      tags: ['Test SMS'],
    },
    issues: [],
  },
  {
    name: 'page: the Visual Basic example sets Type to "sms " (a trailing space is no type)',
    request: {
      Sender: 'iP1',
      Recipients: ['46712345678'],
      Body: 'Test message rest v2',
      Type: 'sms ',
      Datacoding: 'gsm',
      Priority: 1,
      Reference: 'Test',
      Tags: ['Test SMS'],
    },
    issues: [['/Type', 'type.invalid']],
  },
  {
    name: 'page: "flashsms", the type the garbled page text seems to name, is type.invalid',
    request: withFields({ type: 'flashsms' }),
    issues: [['/type', 'type.invalid']],
  },
  {
    name: 'page: the tags ["marketing", " ux", "design"] keep " ux" as written, with a warning',
    request: withFields({ tags: ['marketing', ' ux', 'design'] }),
    issues: [['/tags/1', 'tag.whitespace']],
  },
  {
    name: 'page: deliveryReportUrl "" means none',
    request: withFields({ deliveryReportUrl: '' }),
    issues: [],
  },
]

// ---------------------------------------------------------------------------------------------
// The request as a whole
// ---------------------------------------------------------------------------------------------

const requestCases: CaseSpec[] = [
  ...(
    [
      ['an array', []],
      ['an array holding a request', [BASE]],
      ['a string', 'sender=iP1'],
      ['a number', 42],
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const
  ).map(([what, request]): CaseSpec => ({ name: `request: ${what} is request.not_object`, request, issues: [['', 'request.not_object']] })),
  {
    name: 'request: {} lacks the three required fields',
    request: {},
    issues: [
      ['/sender', 'sender.missing'],
      ['/recipients', 'recipients.missing'],
      ['/body', 'body.missing'],
    ],
  },
  { name: 'request: the smallest valid request', request: BASE, issues: [], messages: [[SE, 'gsm', 5, 1]], windows: [DEFAULT_WINDOW] },
  {
    name: 'request: every field name in upper case binds',
    request: { SENDER: 'iP1', RECIPIENTS: [SE], BODY: 'Hello', TYPE: 'flash', DATACODING: 'gsm', PRIORITY: 2, DELIVERYWINDOWS: null, DELIVERYREPORTURL: null, REFERENCE: 'r', TAGS: ['t'] },
    issues: [],
  },
  {
    name: 'request: every field name in mixed case binds',
    request: { sEnDeR: 'iP1', rEcIpIeNtS: [SE], BoDy: 'Hello', tYpE: 'sms', DataCoding: 'ucs', pRiOrItY: 1, DeliveryWindows: [], DeliveryReportUrl: '', ReFeReNcE: null, tAgS: [] },
    issues: [],
  },
  {
    name: 'request: an error is reported at the key as written (Sender)',
    request: { Sender: 'AB', recipients: [SE], body: 'Hello' },
    issues: [['/Sender', 'sender.alphanumeric_length']],
  },
  {
    name: 'request: a required field missing is reported at its own name, whatever the other keys',
    request: { SENDER: 'iP1', RECIPIENTS: [SE] },
    issues: [['/body', 'body.missing']],
  },
  {
    name: 'request: two spellings of sender (the later one is request.duplicate_field)',
    request: { sender: 'iP1', Sender: 'Other', recipients: [SE], body: 'Hello' },
    issues: [['/Sender', 'request.duplicate_field']],
  },
  {
    name: 'request: the first spelling wins, whatever its case (SENDER then sender)',
    request: { SENDER: 'AB', recipients: [SE], body: 'Hello', sender: 'iP1' },
    issues: [
      ['/sender', 'request.duplicate_field'],
      ['/SENDER', 'sender.alphanumeric_length'],
    ],
  },
  {
    name: 'request: three spellings of body give two request.duplicate_field',
    request: { sender: 'iP1', recipients: [SE], body: 'Hello', Body: 'x', BODY: 'y' },
    issues: [
      ['/Body', 'request.duplicate_field'],
      ['/BODY', 'request.duplicate_field'],
    ],
  },
  {
    name: 'request: a second spelling of an optional field is an error even when both values are valid',
    request: withFields({ tags: ['a'], TAGS: ['a'] }),
    issues: [['/TAGS', 'request.duplicate_field']],
  },
  ...['datacodig', 'dataEncoding', 'encoding', 'to', 'from', 'message', 'text', 'windows', 'callbackUrl', 'colour', '_links', 'send_at', 'Priorities', ''].map(
    (key): CaseSpec => ({
      name: `request: an unknown field ${JSON.stringify(key)} is a warning`,
      request: withFields({ [key]: 'x' }),
      issues: [[`/${key}`, 'request.unknown_field']],
    }),
  ),
  {
    name: 'request: an unknown field with a "/" and a "~" in its name is escaped in the pointer',
    request: withFields({ 'a/b~c': 1 }),
    issues: [['/a~1b~0c', 'request.unknown_field']],
  },
  {
    name: 'request: unknown fields are reported in key order, before every field\'s issues',
    request: { zeta: 1, sender: '', alpha: 2, recipients: [SE], body: 'Hello' },
    issues: [
      ['/zeta', 'request.unknown_field'],
      ['/alpha', 'request.unknown_field'],
      ['/sender', 'sender.empty'],
    ],
  },
  ...['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'].map(
    (key): CaseSpec => ({
      name: `request: an own key ${JSON.stringify(key)} is an unknown field, never an inherited property`,
      request: json(`{"sender":"iP1","recipients":["${SE}"],"body":"Hello",${JSON.stringify(key)}:{"sender":"x"}}`),
      issues: [[`/${key}`, 'request.unknown_field']],
    }),
  ),
  {
    name: 'request: "__proto__" holding the required fields does not supply them',
    request: json('{"__proto__":{"sender":"iP1","recipients":["46701234567"],"body":"Hello"}}'),
    issues: [
      ['/__proto__', 'request.unknown_field'],
      ['/sender', 'sender.missing'],
      ['/recipients', 'recipients.missing'],
      ['/body', 'body.missing'],
    ],
  },
  {
    name: 'request: null in every optional field means its default',
    request: withFields({ type: null, datacoding: null, priority: null, deliveryWindows: null, deliveryReportUrl: null, reference: null, tags: null }),
    issues: [],
    messages: [[SE, 'gsm', 5, 1]],
    windows: [DEFAULT_WINDOW],
  },
  {
    name: 'request: every field wrong at once, every error in field order',
    request: {
      sender: '',
      recipients: [],
      body: '',
      type: 'x',
      datacoding: 'x',
      priority: 0,
      deliveryWindows: 'x',
      deliveryReportUrl: 'x',
      reference: '',
      tags: 'x',
      colour: 'red',
    },
    issues: [
      ['/colour', 'request.unknown_field'],
      ['/sender', 'sender.empty'],
      ['/recipients', 'recipients.empty'],
      ['/body', 'body.empty'],
      ['/type', 'type.invalid'],
      ['/datacoding', 'datacoding.invalid'],
      ['/priority', 'priority.invalid'],
      ['/deliveryWindows', 'windows.invalid_type'],
      ['/deliveryReportUrl', 'deliveryReportUrl.invalid'],
      ['/reference', 'reference.empty'],
      ['/tags', 'tags.invalid_type'],
    ],
  },
  {
    name: 'request: every field of the wrong JSON type',
    request: { sender: 1, recipients: 2, body: 3, type: 4, datacoding: 5, priority: '1', deliveryWindows: 6, deliveryReportUrl: 7, reference: 8, tags: 9 },
    issues: [
      ['/sender', 'sender.not_string'],
      ['/recipients', 'recipients.invalid_type'],
      ['/body', 'body.not_string'],
      ['/type', 'type.invalid'],
      ['/datacoding', 'datacoding.invalid'],
      ['/priority', 'priority.invalid'],
      ['/deliveryWindows', 'windows.invalid_type'],
      ['/deliveryReportUrl', 'deliveryReportUrl.invalid'],
      ['/reference', 'reference.not_string'],
      ['/tags', 'tags.invalid_type'],
    ],
  },
  {
    name: 'request: warnings of the request, of the fields and of the messages come together in a Left',
    request: { sender: 'iP1', recipients: [SE, SE, 'x'], body: 'Hello', tags: [' a'], colour: 1 },
    issues: [
      ['/colour', 'request.unknown_field'],
      ['/recipients/1', 'recipient.duplicate'],
      ['/recipients/2', 'recipient.non_digit'],
      ['/tags/0', 'tag.whitespace'],
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// sender
// ---------------------------------------------------------------------------------------------

const DIGITS = '123456789012345678'
const LETTERS = 'AbcdefghijklmN'

const senderCases: CaseSpec[] = [
  { name: 'sender: absent is sender.missing', request: without('sender'), issues: [['/sender', 'sender.missing']] },
  { name: 'sender: null is sender.missing', request: withFields({ sender: null }), issues: [['/sender', 'sender.missing']] },
  ...(
    [
      ['a number', 46701234567],
      ['true', true],
      ['an array', ['iP1']],
      ['an object', { name: 'iP1' }],
    ] as const
  ).map(([what, sender]): CaseSpec => ({ name: `sender: ${what} is sender.not_string`, request: withFields({ sender }), issues: [['/sender', 'sender.not_string']] })),
  ...(
    [
      ['empty', ''],
      ['spaces', '   '],
      ['a tab', '\t'],
      ['an ideographic space', '\u3000'],
      ['a no-break space', '\u00a0'],
    ] as const
  ).map(([what, sender]): CaseSpec => ({ name: `sender: ${what} is sender.empty`, request: withFields({ sender }), issues: [['/sender', 'sender.empty']] })),
  // Numeric: all digits, at most 15 of them.
  ...[1, 2, 3, 11, 12, 14, 15, 16, 17].map(
    (n): CaseSpec => ({
      name: `sender: ${n} digits is ${n <= 15 ? 'a numeric sender' : 'sender.numeric_too_long'}`,
      request: withFields({ sender: DIGITS.slice(0, n) }),
      issues: n <= 15 ? [] : [['/sender', 'sender.numeric_too_long']],
    }),
  ),
  // E.164: "+" then digits, the first 1–9, at most 15 digits.
  ...[1, 11, 15, 16].map(
    (n): CaseSpec => ({
      name: `sender: "+" and ${n} digits is ${n <= 15 ? 'an E.164 sender' : 'sender.numeric_too_long'}`,
      request: withFields({ sender: `+${DIGITS.slice(0, n)}` }),
      issues: n <= 15 ? [] : [['/sender', 'sender.numeric_too_long']],
    }),
  ),
  { name: 'sender: "+0…" is sender.invalid_format (no 0 after the "+")', request: withFields({ sender: '+0701234567' }), issues: [['/sender', 'sender.invalid_format']] },
  {
    name: 'sender: "+0" and 14 digits is of the wrong format only',
    request: withFields({ sender: '+01234567890123' }),
    issues: [['/sender', 'sender.invalid_format']],
  },
  {
    name: 'sender: "+0" and 15 digits is still of the wrong format only (15 digits is the most)',
    request: withFields({ sender: '+012345678901234' }),
    issues: [['/sender', 'sender.invalid_format']],
  },
  {
    name: 'sender: "+0" and 16 digits (17 characters, at most 22 are read) has every issue it has',
    request: withFields({ sender: '+0123456789012345' }),
    issues: [
      ['/sender', 'sender.numeric_too_long'],
      ['/sender', 'sender.invalid_format'],
    ],
  },
  {
    name: 'sender: longer than 22 code units, past every form, is refused by its length alone ("+0" and 22 digits)',
    request: withFields({ sender: '+01234567890123456789012' }),
    issues: [['/sender', 'sender.numeric_too_long']],
  },
  {
    name: 'sender: 19 characters with spaces has both its issues',
    request: withFields({ sender: 'Acme Shop AB Sweden' }),
    issues: [
      ['/sender', 'sender.invalid_characters'],
      ['/sender', 'sender.alphanumeric_length'],
    ],
  },
  {
    name: 'sender: 24 characters with spaces is refused by its length alone',
    request: withFields({ sender: 'Acme Shop AB of Sweden!!' }),
    issues: [['/sender', 'sender.alphanumeric_length']],
  },
  { name: 'sender: a leading 0 without "+" is a numeric sender', request: withFields({ sender: '0701234567' }), issues: [] },
  // Alphanumeric: [0-9A-Za-z], 3 to 11 characters.
  ...[1, 2, 3, 4, 10, 11, 12, 13].map(
    (n): CaseSpec => ({
      name: `sender: ${n} letters is ${n >= 3 && n <= 11 ? 'an alphanumeric sender' : 'sender.alphanumeric_length'}`,
      request: withFields({ sender: LETTERS.slice(0, n) }),
      issues: n >= 3 && n <= 11 ? [] : [['/sender', 'sender.alphanumeric_length']],
    }),
  ),
  { name: 'sender: 12 characters with a digit among letters is too long', request: withFields({ sender: 'Acme2026Shop' }), issues: [['/sender', 'sender.alphanumeric_length']] },
  ...(['iP-1', 'iP 1', 'iP_1', 'iP.1', 'Åke', 'Zoë', 'ab+c', '+-1', 'Ｉｐ1'] as const).map(
    (sender): CaseSpec => ({
      name: `sender: ${JSON.stringify(sender)} has characters outside A-Z, a-z and 0-9`,
      request: withFields({ sender }),
      issues: [['/sender', 'sender.invalid_characters']],
    }),
  ),
  {
    name: 'sender: "+" alone is alphanumeric: a wrong character, and too short',
    request: withFields({ sender: '+' }),
    issues: [
      ['/sender', 'sender.invalid_characters'],
      ['/sender', 'sender.alphanumeric_length'],
    ],
  },
  {
    name: 'sender: three emoji are three characters (counted by code point), all wrong',
    request: withFields({ sender: '😀😀😀' }),
    issues: [['/sender', 'sender.invalid_characters']],
  },
  {
    name: 'sender: a zero width space is no white space: a wrong character, and too short',
    request: withFields({ sender: '\u200b' }),
    issues: [
      ['/sender', 'sender.invalid_characters'],
      ['/sender', 'sender.alphanumeric_length'],
    ],
  },
  {
    name: 'sender: 12 characters with a space is both errors',
    request: withFields({ sender: 'Acme Shop AB' }),
    issues: [
      ['/sender', 'sender.invalid_characters'],
      ['/sender', 'sender.alphanumeric_length'],
    ],
  },
  {
    name: 'sender: an alphanumeric sender to a US number gets sender.alphanumeric_unsupported',
    request: withFields({ recipients: [US] }),
    issues: [['/sender', 'sender.alphanumeric_unsupported']],
  },
  {
    name: 'sender: a numeric sender to a US number gets no warning',
    request: withFields({ sender: '46701234567', recipients: [US] }),
    issues: [],
  },
  {
    name: 'sender: an E.164 sender to a US number gets no warning',
    request: withFields({ sender: '+46701234567', recipients: [US] }),
    issues: [],
  },
  {
    name: 'sender: the warning stands at the key as written, after every message\'s issues',
    request: { SENDER: 'Acme', recipients: [US, '4670123'], body: 'Hello' },
    issues: [
      ['/recipients/1', 'recipient.implausible_length'],
      ['/SENDER', 'sender.alphanumeric_unsupported'],
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// recipients
// ---------------------------------------------------------------------------------------------

const recipientCases: CaseSpec[] = [
  { name: 'recipients: absent is recipients.missing', request: without('recipients'), issues: [['/recipients', 'recipients.missing']] },
  { name: 'recipients: null is recipients.missing', request: withFields({ recipients: null }), issues: [['/recipients', 'recipients.missing']] },
  ...(
    [
      ['a string', SE],
      ['a number', 46701234567],
      ['true', true],
    ] as const
  ).map(([what, recipients]): CaseSpec => ({ name: `recipients: ${what} is recipients.invalid_type`, request: withFields({ recipients }), issues: [['/recipients', 'recipients.invalid_type']] })),
  { name: 'recipients: [] is recipients.empty', request: withFields({ recipients: [] }), issues: [['/recipients', 'recipients.empty']] },
  { name: 'recipients: {} is recipients.empty', request: withFields({ recipients: {} }), issues: [['/recipients', 'recipients.empty']] },
  {
    name: 'recipients: "default" alone is no recipient',
    request: withFields({ recipients: { default: { name: 'x' } } }),
    issues: [['/recipients', 'recipients.empty']],
  },
  ...(
    [
      ['a number', 46701234567],
      ['null', null],
      ['an array', [SE]],
      ['an object', { msisdn: SE }],
      ['true', true],
    ] as const
  ).map(([what, item]): CaseSpec => ({ name: `recipient: ${what} in the list is recipient.not_string`, request: withFields({ recipients: [SE2, item] }), issues: [['/recipients/1', 'recipient.not_string']] })),
  { name: 'recipient: "" is recipient.empty', request: withFields({ recipients: [''] }), issues: [['/recipients/0', 'recipient.empty']] },
  ...(['+46701234567', '46 70 123 45 67', '4670-1234567', '(0)701234567', '4670123456x', '٤٦٧٠١٢٣٤٥٦٧', '４６７０１２３４５６７', '46701234567\n'] as const).map(
    (item): CaseSpec => ({ name: `recipient: ${JSON.stringify(item)} has non-digits`, request: withFields({ recipients: [item] }), issues: [['/recipients/0', 'recipient.non_digit']] }),
  ),
  // Length: at most 15 characters.
  {
    name: 'recipient: 15 digits is the longest MSISDN (+46 with 13 national digits is an implausible length, a warning)',
    request: withFields({ recipients: ['467012345678901'] }),
    issues: [['/recipients/0', 'recipient.implausible_length']],
  },
  { name: 'recipient: 16 digits is recipient.too_long', request: withFields({ recipients: ['4670123456789012'] }), issues: [['/recipients/0', 'recipient.too_long']] },
  {
    name: 'recipient: longer than 15 characters is refused by its length alone ("+" and 16 digits)',
    request: withFields({ recipients: ['+4670123456789012'] }),
    issues: [['/recipients/0', 'recipient.too_long']],
  },
  {
    name: 'recipient: "+" and 14 digits (15 characters) is recipient.non_digit',
    request: withFields({ recipients: ['+46701234567890'] }),
    issues: [['/recipients/0', 'recipient.non_digit']],
  },
  {
    name: 'recipient: a 0 start is a national number (recipient.national_format, a warning)',
    request: withFields({ recipients: ['0701234567'] }),
    issues: [['/recipients/0', 'recipient.national_format']],
  },
  {
    name: 'recipient: a "00" start is the international prefix (recipient.national_format)',
    request: withFields({ recipients: ['0046701234567'] }),
    issues: [['/recipients/0', 'recipient.national_format']],
  },
  {
    name: 'recipient: a number with no known calling code gets recipient.unknown_country',
    request: withFields({ recipients: ['999123456'] }),
    issues: [['/recipients/0', 'recipient.unknown_country']],
  },
  {
    name: 'recipient: +46 with 5 national digits is too short for Sweden (recipient.implausible_length)',
    request: withFields({ recipients: ['4670123'] }),
    issues: [['/recipients/0', 'recipient.implausible_length']],
  },
  {
    name: 'recipient: "1" alone is a well-formed MSISDN: +1 with no national number is an implausible length',
    request: withFields({ sender: '12345', recipients: ['1'] }),
    issues: [['/recipients/0', 'recipient.implausible_length']],
  },
  {
    name: 'recipient: the same number twice is recipient.duplicate (a warning) and one message',
    request: withFields({ recipients: [SE, SE] }),
    issues: [['/recipients/1', 'recipient.duplicate']],
    messages: [[SE, 'gsm', 5, 1]],
  },
  {
    name: 'recipient: a repeat is reported at each later occurrence',
    request: withFields({ recipients: [SE, SE2, SE, SE2, SE] }),
    issues: [
      ['/recipients/2', 'recipient.duplicate'],
      ['/recipients/3', 'recipient.duplicate'],
      ['/recipients/4', 'recipient.duplicate'],
    ],
    messages: [
      [SE, 'gsm', 5, 1],
      [SE2, 'gsm', 5, 1],
    ],
  },
  {
    name: 'recipient: errors and warnings of the list in list order',
    request: withFields({ recipients: ['x', SE, '', SE, 7, '0701234567'] }),
    issues: [
      ['/recipients/0', 'recipient.non_digit'],
      ['/recipients/2', 'recipient.empty'],
      ['/recipients/3', 'recipient.duplicate'],
      ['/recipients/4', 'recipient.not_string'],
      ['/recipients/5', 'recipient.national_format'],
    ],
  },
  // The dictionary form.
  {
    name: 'recipients: the dictionary form with empty template values',
    request: withFields({ recipients: { [SE]: {}, [SE2]: {} } }),
    issues: [],
    messages: [
      [SE, 'gsm', 5, 1],
      [SE2, 'gsm', 5, 1],
    ],
  },
  { name: 'recipient: a key with "+" is recipient.non_digit at that key', request: withFields({ recipients: { '+46701234567': {} } }), issues: [['/recipients/+46701234567', 'recipient.non_digit']] },
  { name: 'recipient: the key "" is recipient.empty at "/recipients/"', request: withFields({ recipients: { '': {} } }), issues: [['/recipients/', 'recipient.empty']] },
  { name: 'recipient: a key of 16 digits is recipient.too_long', request: withFields({ recipients: { '4670123456789012': {} } }), issues: [['/recipients/4670123456789012', 'recipient.too_long']] },
  { name: 'recipient: a key with "/" and "~" is escaped in the pointer', request: withFields({ recipients: { '46/70~1': {} } }), issues: [['/recipients/46~170~01', 'recipient.non_digit']] },
  { name: 'recipient: the key "Default" is no "default" (keys are case-sensitive)', request: withFields({ recipients: { [SE]: {}, Default: {} } }), issues: [['/recipients/Default', 'recipient.non_digit']] },
  ...['__proto__', 'constructor', 'toString'].map(
    (key): CaseSpec => ({
      name: `recipient: the own key ${JSON.stringify(key)} is a recipient key with non-digits`,
      request: json(`{"sender":"iP1","recipients":{"${SE}":{},${JSON.stringify(key)}:{}},"body":"Hello"}`),
      issues: [[`/recipients/${key}`, 'recipient.non_digit']],
    }),
  ),
  ...(
    [
      ['a string', 'Ann'],
      ['a number', 7],
      ['an array', ['Ann']],
      ['null', null],
    ] as const
  ).map(([what, values]): CaseSpec => ({
    name: `template: values that are ${what} are template.values_not_object`,
    request: withFields({ recipients: { [SE]: values } }),
    issues: [[`/recipients/${SE}`, 'template.values_not_object']],
  })),
  {
    name: 'template: "default" that is not an object is template.values_not_object',
    request: withFields({ recipients: { [SE]: {}, default: 'x' } }),
    issues: [['/recipients/default', 'template.values_not_object']],
  },
  ...(
    [
      ['a number', 1],
      ['null', null],
      ['true', true],
      ['an object', { first: 'Ann' }],
    ] as const
  ).map(([what, value]): CaseSpec => ({
    name: `template: a value that is ${what} is template.value_not_string`,
    request: withFields({ recipients: { [SE]: { name: value } } }),
    issues: [[`/recipients/${SE}/name`, 'template.value_not_string']],
  })),
  { name: 'template: the key "" is template.invalid_key', request: withFields({ recipients: { [SE]: { '': 'x' } } }), issues: [[`/recipients/${SE}/`, 'template.invalid_key']] },
  ...['{name}', 'a{b', 'c}'].map(
    (key): CaseSpec => ({
      name: `template: the key ${JSON.stringify(key)} (a brace) is template.invalid_key`,
      request: withFields({ recipients: { [SE]: { [key]: 'x' } } }),
      issues: [[`/recipients/${SE}/${key}`, 'template.invalid_key']],
    }),
  ),
  {
    name: 'template: a bad key of "default" is reported under "default"',
    request: withFields({ recipients: { [SE]: {}, default: { '{x}': 'y', n: 1 } } }),
    issues: [
      ['/recipients/default/{x}', 'template.invalid_key'],
      ['/recipients/default/n', 'template.value_not_string'],
    ],
  },
  {
    name: 'template: an invalid recipient key still has its values checked',
    request: withFields({ recipients: { x: { name: 1 } } }),
    issues: [
      ['/recipients/x', 'recipient.non_digit'],
      ['/recipients/x/name', 'template.value_not_string'],
    ],
  },
  {
    name: 'recipients: the issue cap: 1000 repeats are listed',
    request: withFields({ recipients: Array.from({ length: 1001 }, () => SE) }),
    issues: Array.from({ length: 1000 }, (_, i): Pair => [`/recipients/${i + 1}`, 'recipient.duplicate']),
  },
  {
    name: 'recipients: the issue cap: past 1000 of one code, request.too_many_issues counts the rest',
    request: withFields({ recipients: Array.from({ length: 1002 }, () => SE) }),
    issues: [...Array.from({ length: 1000 }, (_, i): Pair => [`/recipients/${i + 1}`, 'recipient.duplicate']), ['/recipients', 'request.too_many_issues']],
  },
]

// ---------------------------------------------------------------------------------------------
// body and templating
// ---------------------------------------------------------------------------------------------

const WHITE_SPACE = ['\u0009', '\u000a', '\u000b', '\u000c', '\u000d', '\u0020', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000']

const dictionary = (values: Readonly<Record<string, unknown>>, defaults?: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  defaults === undefined ? { [SE]: values } : { [SE]: values, default: defaults }

const bodyCases: CaseSpec[] = [
  { name: 'body: absent is body.missing', request: without('body'), issues: [['/body', 'body.missing']] },
  { name: 'body: null is body.missing', request: withFields({ body: null }), issues: [['/body', 'body.missing']] },
  ...(
    [
      ['a number', 5],
      ['true', true],
      ['an array', ['Hello']],
      ['an object', { text: 'Hello' }],
    ] as const
  ).map(([what, body]): CaseSpec => ({ name: `body: ${what} is body.not_string`, request: withFields({ body }), issues: [['/body', 'body.not_string']] })),
  { name: 'body: "" is body.empty', request: withFields({ body: '' }), issues: [['/body', 'body.empty']] },
  ...WHITE_SPACE.map(
    (c): CaseSpec => ({
      name: `body: U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} alone is white space (body.empty)`,
      request: withFields({ body: c + c }),
      issues: [['/body', 'body.empty']],
    }),
  ),
  { name: 'body: every white space character together is body.empty', request: withFields({ body: WHITE_SPACE.join('') }), issues: [['/body', 'body.empty']] },
  // U+200B and U+FEFF are invisible characters outside GSM that look like nothing: removing them makes the message GSM.
  {
    name: 'body: U+200B (zero width space) is not white space (UCS-2, with a look-alike warning: it looks like nothing)',
    request: withFields({ body: '\u200b' }),
    issues: [['/body', 'message.ucs_lookalikes']],
    messages: [[SE, 'ucs', 1, 1]],
  },
  {
    name: 'body: U+FEFF (byte order mark) is not white space (UCS-2, with a look-alike warning)',
    request: withFields({ body: '\ufeff' }),
    issues: [['/body', 'message.ucs_lookalikes']],
    messages: [[SE, 'ucs', 1, 1]],
  },
  { name: 'body: U+180E (Mongolian vowel separator) is not white space', request: withFields({ body: '\u180e' }), issues: [], messages: [[SE, 'ucs', 1, 1]] },
  { name: 'body: 2000 characters is the longest body (GSM: 14 segments of 153)', request: withFields({ body: repeat('a', 2000) }), issues: [], messages: [[SE, 'gsm', 2000, 14]] },
  { name: 'body: 2001 characters is body.too_long', request: withFields({ body: repeat('a', 2001) }), issues: [['/body', 'body.too_long']] },
  { name: 'body: 2001 spaces is body.too_long (the length is checked first)', request: withFields({ body: repeat(' ', 2001) }), issues: [['/body', 'body.too_long']] },
  {
    // A part of 67 code units holds 33 emoji (a pair never straddles two parts): 1000 need 31.
    name: 'body: 1000 emoji are 2000 UTF-16 code units, the longest body (UCS-2: 33 emoji a part, 31 segments)',
    request: withFields({ body: repeat('😀', 1000) }),
    issues: [],
    messages: [[SE, 'ucs', 2000, 31]],
  },
  { name: 'body: 1000 emoji and a letter are 2001 code units: body.too_long', request: withFields({ body: `${repeat('😀', 1000)}a` }), issues: [['/body', 'body.too_long']] },
  // Placeholders (SPEC "Templating").
  {
    name: 'template: a placeholder takes the recipient\'s value',
    request: withFields({ recipients: dictionary({ name: 'Ann' }), body: 'Hi {name}' }),
    issues: [],
    messages: [[SE, 'gsm', 6, 1]],
  },
  {
    name: 'template: a placeholder takes the default when the recipient has no value',
    request: withFields({ recipients: { [SE]: {}, [SE2]: { name: 'Bo' }, default: { name: 'customer' } }, body: 'Hi {name}' }),
    issues: [],
    messages: [
      [SE, 'gsm', 11, 1],
      [SE2, 'gsm', 5, 1],
    ],
  },
  {
    name: 'template: a key of the batch with no value and no default becomes "" (template.empty_value)',
    request: withFields({ recipients: { [SE]: {}, [SE2]: { name: 'Bo' } }, body: 'Hi {name}' }),
    issues: [[`/recipients/${SE}`, 'template.empty_value']],
    messages: [
      [SE, 'gsm', 3, 1],
      [SE2, 'gsm', 5, 1],
    ],
  },
  {
    name: 'template: a placeholder of no key of the batch stays as written (template.unresolved at the body)',
    request: withFields({ recipients: dictionary({ name: 'Ann' }), body: 'Hi {name}, {surname}' }),
    issues: [['/body', 'template.unresolved']],
    // "Hi Ann, {surname}": 17 characters, each brace 2 septets (GSM extension table).
    messages: [[SE, 'gsm', 19, 1]],
  },
  {
    name: 'template: an unresolved placeholder is reported once however often it stands',
    request: withFields({ recipients: dictionary({}), body: '{x} {x} {y}' }),
    issues: [
      ['/body', 'template.unresolved'],
      ['/body', 'template.unresolved'],
    ],
  },
  {
    name: 'template: keys are case-sensitive ({Name} is no placeholder of "name")',
    request: withFields({ recipients: dictionary({ name: 'Ann' }), body: 'Hi {Name}' }),
    issues: [['/body', 'template.unresolved']],
  },
  {
    name: 'template: the list form has no keys: braces go out as written, no warning',
    request: withFields({ body: 'Hi {name}' }),
    issues: [],
    // 9 characters, the two braces 2 septets each.
    messages: [[SE, 'gsm', 11, 1]],
  },
  {
    name: 'template: a value holding "{other}" is inserted as is, never expanded',
    request: withFields({ recipients: dictionary({ a: '{b}', b: 'B' }), body: '{a}{b}' }),
    issues: [],
    // "{b}B": 4 characters, 2 braces.
    messages: [[SE, 'gsm', 6, 1]],
  },
  {
    name: 'template: {}, {{}} and {{a}} are literal text',
    request: withFields({ recipients: dictionary({ a: 'A' }), body: '{} {{}} {{a}}' }),
    issues: [],
    // 13 characters, 10 braces.
    messages: [[SE, 'gsm', 23, 1]],
  },
  {
    name: 'template: an unmatched "{" does not hide the placeholder beside it',
    request: withFields({ recipients: dictionary({ a: 'A' }), body: '50% {off {a}' }),
    issues: [],
    // "50% {off A": 10 characters, 1 brace.
    messages: [[SE, 'gsm', 11, 1]],
  },
  {
    name: 'template: {constructor}, {toString} and {__proto__} with no such key stay as written',
    request: withFields({ recipients: dictionary({ name: 'Ann' }), body: '{constructor}{toString}{__proto__}' }),
    issues: [
      ['/body', 'template.unresolved'],
      ['/body', 'template.unresolved'],
      ['/body', 'template.unresolved'],
    ],
  },
  {
    name: 'template: an own key "__proto__" is a key like any other',
    request: json(`{"sender":"iP1","recipients":{"${SE}":{"__proto__":"P","constructor":"C"}},"body":"{__proto__}{constructor}"}`),
    issues: [],
    messages: [[SE, 'gsm', 2, 1]],
  },
  {
    name: 'template: a key given only in "default" is a key of the batch',
    request: withFields({ recipients: { [SE]: {}, default: { sign: '/iP1' } }, body: 'Hi{sign}' }),
    issues: [],
    messages: [[SE, 'gsm', 6, 1]],
  },
  {
    name: 'template: a composed message over 2000 characters is message.too_long (a warning) at the recipient',
    request: withFields({ recipients: dictionary({ v: repeat('a', 2000) }), body: 'x{v}' }),
    issues: [[`/recipients/${SE}`, 'message.too_long']],
    messages: [[SE, 'gsm', 2001, 14]],
  },
  {
    name: 'template: a composed message of exactly 2000 characters gets no warning',
    request: withFields({ recipients: dictionary({ v: repeat('a', 1999) }), body: 'x{v}' }),
    issues: [],
    messages: [[SE, 'gsm', 2000, 14]],
  },
  {
    name: 'template: several recipients, each message composed from its own values',
    request: withFields({ recipients: { [SE]: { n: 'Ann' }, [SE2]: { n: 'Bo' }, [US]: { n: 'Åsa' } }, body: 'Hej {n}!' }),
    issues: [['/sender', 'sender.alphanumeric_unsupported']],
    messages: [
      [SE, 'gsm', 8, 1],
      [SE2, 'gsm', 7, 1],
      [US, 'gsm', 8, 1],
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// Composition: encodings, units and segments
// ---------------------------------------------------------------------------------------------

/** A one-message request of `body` under `datacoding` (absent: the default, ucs). */
const one = (body: string, datacoding?: string): Record<string, unknown> => (datacoding === undefined ? withFields({ body }) : withFields({ body, datacoding }))

/** A case about one message: no issue, and its encoding, units and segments. */
const message = (name: string, body: string, encoding: 'gsm' | 'ucs', units: number, segments: number, datacoding?: string): CaseSpec => ({
  name,
  request: one(body, datacoding),
  issues: [],
  messages: [[SE, encoding, units, segments]],
})

const compositionCases: CaseSpec[] = [
  message('segments: 160 GSM septets are one segment', repeat('a', 160), 'gsm', 160, 1),
  message('segments: 161 GSM septets are two (153 a part)', repeat('a', 161), 'gsm', 161, 2),
  message('segments: 306 GSM septets are two', repeat('a', 306), 'gsm', 306, 2),
  message('segments: 307 GSM septets are three', repeat('a', 307), 'gsm', 307, 3),
  message('segments: 459 GSM septets are three', repeat('a', 459), 'gsm', 459, 3),
  message('segments: 460 GSM septets are four', repeat('a', 460), 'gsm', 460, 4),
  message('segments: € costs two septets: 158 letters and € are 160, one segment', `${repeat('a', 158)}€`, 'gsm', 160, 1),
  message('segments: 159 letters and € are 161 septets, two segments', `${repeat('a', 159)}€`, 'gsm', 161, 2),
  message('segments: each of ^ { } \\ [ ~ ] | € and form feed costs two septets', '^{}\\[~]|€\f', 'gsm', 20, 1),
  message('segments: 80 extension characters are 160 septets, one segment', repeat('[]', 40), 'gsm', 160, 1),
  message('segments: an escape pair never straddles two parts: 152 letters, €, 152 letters are 3 segments', `${repeat('a', 152)}€${repeat('a', 152)}`, 'gsm', 306, 3),
  message('segments: 152 letters and € are 154 septets, one segment', `${repeat('a', 152)}€`, 'gsm', 154, 1),
  message('segments: 153 letters and € are 155 septets, one segment', `${repeat('a', 153)}€`, 'gsm', 155, 1),
  message('segments: the GSM basic set is one septet each (Greek capitals, Æ, ß, ¿)', 'ΔΦΓΛΩΠΨΣΘΞÆæßÉÄÖÑÜ§¿äöñüà@£$¥èéùìòÇØøÅå', 'gsm', 39, 1),
  message('segments: 70 UCS-2 code units are one segment', repeat('ж', 70), 'ucs', 70, 1),
  message('segments: 71 UCS-2 code units are two (67 a part)', repeat('ж', 71), 'ucs', 71, 2),
  message('segments: 134 UCS-2 code units are two', repeat('ж', 134), 'ucs', 134, 2),
  message('segments: 135 UCS-2 code units are three', repeat('ж', 135), 'ucs', 135, 3),
  message('segments: an emoji is two code units: 69 letters and an emoji are 71, two segments', `${repeat('ж', 69)}😀`, 'ucs', 71, 2),
  message('segments: a surrogate pair never straddles two parts: 66, an emoji, 66 are 3 segments', `${repeat('ж', 66)}😀${repeat('ж', 66)}`, 'ucs', 134, 3),
  message('segments: one character outside GSM makes the whole message UCS-2 (datacoding ucs)', `${repeat('a', 100)}ж`, 'ucs', 101, 2),
  message('segments: with datacoding "GSM" (any case) a GSM text is GSM', 'Hello', 'gsm', 5, 1, 'GSM'),
  message('segments: with datacoding "ucs" a GSM text is still sent as GSM', 'Hello', 'gsm', 5, 1, 'ucs'),
  message('segments: ç is not GSM (Ç is): UCS-2', 'ça', 'ucs', 2, 1),
  {
    name: 'datacoding gsm: a body character outside GSM is message.not_gsm at the body',
    request: one('Hej 😀', 'gsm'),
    issues: [['/body', 'message.not_gsm']],
  },
  {
    name: 'datacoding gsm: curly quotes are outside GSM too (message.not_gsm, with their look-alikes)',
    request: one('It’s “fine”', 'gsm'),
    issues: [['/body', 'message.not_gsm']],
  },
  {
    name: 'datacoding gsm: a value bringing a character outside GSM is message.not_gsm at the recipient',
    request: withFields({ datacoding: 'gsm', recipients: { [SE]: { n: 'Zoë' }, [SE2]: { n: 'Ann' } }, body: 'Hi {n}' }),
    issues: [[`/recipients/${SE}`, 'message.not_gsm']],
  },
  {
    name: 'datacoding gsm: the body\'s own characters are reported once, at the body, whatever the recipients',
    request: withFields({ datacoding: 'gsm', recipients: { [SE]: { n: 'Ann' }, [SE2]: { n: 'Bo' } }, body: 'Привет {n}' }),
    issues: [['/body', 'message.not_gsm']],
  },
  {
    name: 'datacoding gsm: a body outside GSM is refused even when another field has an error',
    request: withFields({ datacoding: 'gsm', body: 'ж', priority: 3 }),
    issues: [
      ['/body', 'message.not_gsm'],
      ['/priority', 'priority.invalid'],
    ],
  },
  {
    name: 'datacoding ucs: a message UCS-2 only for a curly apostrophe gets message.ucs_lookalikes at the body',
    request: one('It’s here'),
    issues: [['/body', 'message.ucs_lookalikes']],
    messages: [[SE, 'ucs', 9, 1]],
  },
  {
    name: 'datacoding ucs: look-alikes brought by a value are reported at the recipient',
    request: withFields({ recipients: { [SE]: { n: 'O’Brien' }, [SE2]: { n: 'Bo' } }, body: 'Hi {n}' }),
    issues: [[`/recipients/${SE}`, 'message.ucs_lookalikes']],
    messages: [
      [SE, 'ucs', 10, 1],
      [SE2, 'gsm', 5, 1],
    ],
  },
  {
    name: 'datacoding ucs: a message with an emoji beside a look-alike gets no look-alike warning (it stays UCS-2)',
    request: one('It’s 😀'),
    issues: [],
    messages: [[SE, 'ucs', 7, 1]],
  },
  {
    name: 'segments: 17,085 UCS-2 code units are 255 segments, the most (message.too_long as a warning)',
    request: withFields({ recipients: dictionary({ v: repeat('ж', 17085) }), body: '{v}' }),
    issues: [[`/recipients/${SE}`, 'message.too_long']],
    messages: [[SE, 'ucs', 17085, 255]],
  },
  {
    name: 'segments: 17,086 UCS-2 code units need 256 segments: message.too_many_segments',
    request: withFields({ recipients: dictionary({ v: repeat('ж', 17086) }), body: '{v}' }),
    issues: [
      [`/recipients/${SE}`, 'message.too_long'],
      [`/recipients/${SE}`, 'message.too_many_segments'],
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// type, datacoding, priority
// ---------------------------------------------------------------------------------------------

const enumCases: CaseSpec[] = [
  ...['sms', 'flash', 'SMS', 'Flash', 'fLaSh', null].map((type): CaseSpec => ({ name: `type: ${JSON.stringify(type)} is a type`, request: withFields({ type }), issues: [] })),
  ...['flashsms', 'flash-sms', 'mms', 'text', '', ' sms', 'ｓｍｓ', 1, true, ['sms'], {}].map(
    (type): CaseSpec => ({ name: `type: ${JSON.stringify(type)} is type.invalid`, request: withFields({ type }), issues: [['/type', 'type.invalid']] }),
  ),
  ...['ucs', 'gsm', 'UCS', 'Gsm', null].map((datacoding): CaseSpec => ({ name: `datacoding: ${JSON.stringify(datacoding)} is a datacoding`, request: withFields({ datacoding }), issues: [] })),
  ...['utf-8', 'ucs2', 'ucs-2', 'unicode', 'gsm7', 'ascii', '', 0, 7, true, ['gsm']].map(
    (datacoding): CaseSpec => ({ name: `datacoding: ${JSON.stringify(datacoding)} is datacoding.invalid`, request: withFields({ datacoding }), issues: [['/datacoding', 'datacoding.invalid']] }),
  ),
  ...[1, 2, null].map((priority): CaseSpec => ({ name: `priority: ${JSON.stringify(priority)} is a priority`, request: withFields({ priority }), issues: [] })),
  { name: 'priority: 2.0 in JSON is the number 2', request: json(`{"sender":"iP1","recipients":["${SE}"],"body":"Hello","priority":2.0}`), issues: [] },
  { name: 'priority: 1e0 in JSON is the number 1', request: json(`{"sender":"iP1","recipients":["${SE}"],"body":"Hello","priority":1e0}`), issues: [] },
  ...[0, 3, -1, 1.5, '1', '2', true, [1], {}, 100].map(
    (priority): CaseSpec => ({ name: `priority: ${JSON.stringify(priority)} is priority.invalid`, request: withFields({ priority }), issues: [['/priority', 'priority.invalid']] }),
  ),
]

// ---------------------------------------------------------------------------------------------
// deliveryWindows
// ---------------------------------------------------------------------------------------------

const W = '/deliveryWindows'

/** A request with these windows. */
const windowsOf = (deliveryWindows: unknown): Record<string, unknown> => withFields({ deliveryWindows })

/** A case of one window whose bounds resolve, with no issue. */
const resolves = (name: string, opens: string | null, closes: string | null, resolved: readonly [string, string]): CaseSpec => ({
  name,
  request: windowsOf([{ opens, closes }]),
  issues: [],
  windows: [resolved],
})

/** A case of one window whose `opens` is invalid. */
const badOpens = (opens: unknown): CaseSpec => ({
  name: `window: opens ${JSON.stringify(opens)} is window.opens_invalid`,
  request: windowsOf([{ opens, closes: null }]),
  issues: [[`${W}/0/opens`, 'window.opens_invalid']],
})

const windowCases: CaseSpec[] = [
  { name: 'windows: absent is one window from now for 168 hours', request: BASE, issues: [], windows: [DEFAULT_WINDOW] },
  { name: 'windows: null is one window from now for 168 hours', request: windowsOf(null), issues: [], windows: [DEFAULT_WINDOW] },
  { name: 'windows: [] is one window from now for 168 hours', request: windowsOf([]), issues: [], windows: [DEFAULT_WINDOW] },
  { name: 'window: {} opens now and closes 168 hours later', request: windowsOf([{}]), issues: [], windows: [DEFAULT_WINDOW] },
  { name: 'window: both bounds null is the default window', request: windowsOf([{ opens: null, closes: null }]), issues: [], windows: [DEFAULT_WINDOW] },
  ...(
    [
      ['a string', 'tomorrow'],
      ['a number', 5],
      ['an object', { opens: null, closes: null }],
      ['true', true],
    ] as const
  ).map(([what, value]): CaseSpec => ({ name: `windows: ${what} is windows.invalid_type`, request: windowsOf(value), issues: [[W, 'windows.invalid_type']] })),
  ...(
    [
      ['a number', 1],
      ['null', null],
      ['an array', []],
      ['a string', '2026-12-01T09:00:00Z'],
    ] as const
  ).map(([what, value]): CaseSpec => ({ name: `window: ${what} is window.invalid_type`, request: windowsOf([value]), issues: [[`${W}/0`, 'window.invalid_type']] })),
  resolves('window: Z is UTC', '2026-12-01T09:00:00Z', '2026-12-01T17:00:00Z', ['2026-12-01T09:00:00.000Z', '2026-12-01T17:00:00.000Z']),
  resolves('window: +01:00 is an hour ahead of UTC', '2026-12-01T09:00:00+01:00', '2026-12-01T17:00:00+01:00', ['2026-12-01T08:00:00.000Z', '2026-12-01T16:00:00.000Z']),
  resolves('window: -05:00 is five hours behind UTC', '2026-12-01T09:00:00-05:00', null, ['2026-12-01T14:00:00.000Z', '2026-12-08T14:00:00.000Z']),
  resolves('window: ±hhmm and ±hh offsets', '2026-12-01T09:00:00+0100', '2026-12-01T17:00:00+01', ['2026-12-01T08:00:00.000Z', '2026-12-01T16:00:00.000Z']),
  resolves('window: +14:00, the widest offset in use', '2026-12-01T14:00:00+14:00', null, ['2026-12-01T00:00:00.000Z', '2026-12-08T00:00:00.000Z']),
  resolves('window: -12:00', '2026-12-01T00:00:00-12:00', null, ['2026-12-01T12:00:00.000Z', '2026-12-08T12:00:00.000Z']),
  resolves('window: lower-case t and z (RFC 3339)', '2026-12-01t09:00:00z', null, ['2026-12-01T09:00:00.000Z', '2026-12-08T09:00:00.000Z']),
  resolves('window: minutes without seconds', '2026-12-01T09:30Z', null, ['2026-12-01T09:30:00.000Z', '2026-12-08T09:30:00.000Z']),
  resolves('window: a fraction finer than milliseconds is cut, not rounded', '2026-12-01T09:00:00.123999Z', null, ['2026-12-01T09:00:00.123Z', '2026-12-08T09:00:00.123Z']),
  resolves('window: a comma before the fraction', '2026-12-01T09:00:00,5Z', null, ['2026-12-01T09:00:00.500Z', '2026-12-08T09:00:00.500Z']),
  resolves('window: closes null is opens + 168 hours across a daylight saving change (UTC hours)', '2027-03-26T12:00:00+01:00', null, ['2027-03-26T11:00:00.000Z', '2027-04-02T11:00:00.000Z']),
  resolves('window: 29 February of a leap year', '2028-02-29T12:00:00Z', null, ['2028-02-29T12:00:00.000Z', '2028-03-07T12:00:00.000Z']),
  resolves('window: opens null opens now', null, '2026-11-26T00:00:00Z', ['2026-11-25T00:00:00.000Z', '2026-11-26T00:00:00.000Z']),
  resolves('window: a window that opened in the past and closes in the future is fine', '2026-11-01T00:00:00Z', '2026-11-26T00:00:00Z', ['2026-11-01T00:00:00.000Z', '2026-11-26T00:00:00.000Z']),
  resolves('window: closes 1 ms after now is in the future', null, '2026-11-25T00:00:00.001Z', ['2026-11-25T00:00:00.000Z', '2026-11-25T00:00:00.001Z']),
  {
    name: 'window: no offset is read as UTC, with window.no_offset on each bound',
    request: windowsOf([{ opens: '2026-12-01T09:00:00', closes: '2026-12-01T17:00' }]),
    issues: [
      [`${W}/0/opens`, 'window.no_offset'],
      [`${W}/0/closes`, 'window.no_offset'],
    ],
    windows: [['2026-12-01T09:00:00.000Z', '2026-12-01T17:00:00.000Z']],
  },
  ...['tomorrow', '', '2026-12-01', '2026-12-01 09:00:00Z', '2026-12-01T09Z', '2026-12-01T24:00:00Z', '2026-12-01T23:60:00Z', '2026-12-01T23:59:60Z', '2026-02-29T09:00:00Z', '2026-02-30T09:00:00Z', '2026-13-01T09:00:00Z', '2026-12-01T09:00:00+14:01', '2026-12-01T09:00:00+15:00', '2026-12-01T09:00:00+01:60', '2026-W49-2T09:00:00Z', '20261201T090000Z', '+002026-12-01T09:00:00Z', 'Tue, 01 Dec 2026 09:00:00 GMT', 1796115600000, true, {}].map(badOpens),
  {
    name: 'window: closes "next week" is window.closes_invalid',
    request: windowsOf([{ opens: null, closes: 'next week' }]),
    issues: [[`${W}/0/closes`, 'window.closes_invalid']],
  },
  {
    name: 'window: both bounds invalid, each reported',
    request: windowsOf([{ opens: 'a', closes: 5 }]),
    issues: [
      [`${W}/0/opens`, 'window.opens_invalid'],
      [`${W}/0/closes`, 'window.closes_invalid'],
    ],
  },
  {
    name: 'window: closes equal to opens is window.closes_before_opens',
    request: windowsOf([{ opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T10:00:00+01:00' }]),
    issues: [[`${W}/0`, 'window.closes_before_opens']],
  },
  {
    name: 'window: closes before opens is window.closes_before_opens',
    request: windowsOf([{ opens: '2026-12-01T10:00:00Z', closes: '2026-12-01T09:00:00Z' }]),
    issues: [[`${W}/0`, 'window.closes_before_opens']],
  },
  {
    name: 'window: closing 168 hours after an opening on 9999-12-31 (in year 10000) is window.too_late',
    request: windowsOf([{ opens: '9999-12-31T00:00:00Z', closes: null }]),
    issues: [[`${W}/0`, 'window.too_late']],
  },
  {
    name: 'window: a bound of 9999-12-31 with a negative offset is in year 10000 in UTC: window.too_late',
    request: windowsOf([{ opens: '9999-12-31T00:00:00Z', closes: '9999-12-31T23:00:00-05:00' }]),
    issues: [[`${W}/0`, 'window.too_late']],
  },
  {
    name: 'window: closing at 9999-12-31T23:59:59.999Z, the last instant, is valid',
    request: windowsOf([{ opens: '9999-12-31T00:00:00Z', closes: '9999-12-31T23:59:59.999Z' }]),
    issues: [],
    windows: [['9999-12-31T00:00:00.000Z', '9999-12-31T23:59:59.999Z']],
  },
  {
    name: 'window: closing at now is window.in_past',
    request: windowsOf([{ opens: '2026-11-24T00:00:00Z', closes: '2026-11-25T00:00:00Z' }]),
    issues: [[`${W}/0`, 'window.in_past']],
  },
  {
    name: 'window: closing before now is window.in_past',
    request: windowsOf([{ opens: '2026-11-20T00:00:00Z', closes: '2026-11-21T00:00:00Z' }]),
    issues: [[`${W}/0`, 'window.in_past']],
  },
  {
    name: 'window: opens null and closes before now is window.in_past alone',
    request: windowsOf([{ opens: null, closes: '2026-11-24T00:00:00Z' }]),
    issues: [[`${W}/0`, 'window.in_past']],
  },
  {
    name: 'window: closes before opens, both in the past: both errors',
    request: windowsOf([{ opens: '2026-11-21T00:00:00Z', closes: '2026-11-20T00:00:00Z' }]),
    issues: [
      [`${W}/0`, 'window.closes_before_opens'],
      [`${W}/0`, 'window.in_past'],
    ],
  },
  {
    name: 'window: the past is judged against the case\'s own "now"',
    request: windowsOf([{ opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T17:00:00Z' }]),
    now: '2026-12-02T00:00:00.000Z',
    issues: [[`${W}/0`, 'window.in_past']],
  },
  {
    name: 'windows: touching windows are fine ([opens, closes) is half-open)',
    request: windowsOf([
      { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T12:00:00Z' },
      { opens: '2026-12-01T12:00:00Z', closes: '2026-12-01T15:00:00Z' },
    ]),
    issues: [],
    windows: [
      ['2026-12-01T09:00:00.000Z', '2026-12-01T12:00:00.000Z'],
      ['2026-12-01T12:00:00.000Z', '2026-12-01T15:00:00.000Z'],
    ],
  },
  {
    name: 'windows: touching across offsets (12:00Z is 13:00+01:00)',
    request: windowsOf([
      { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T12:00:00Z' },
      { opens: '2026-12-01T13:00:00+01:00', closes: '2026-12-01T15:00:00Z' },
    ]),
    issues: [],
  },
  {
    name: 'windows: overlapping by a millisecond is window.overlap',
    request: windowsOf([
      { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T12:00:00.001Z' },
      { opens: '2026-12-01T12:00:00Z', closes: '2026-12-01T15:00:00Z' },
    ]),
    issues: [[`${W}/1`, 'window.overlap']],
  },
  {
    name: 'windows: come back sorted by opens, in UTC',
    request: windowsOf([
      { opens: '2026-12-03T09:00:00+01:00', closes: '2026-12-03T10:00:00+01:00' },
      { opens: '2026-12-01T09:00:00+01:00', closes: '2026-12-01T10:00:00+01:00' },
      { opens: '2026-12-02T09:00:00+01:00', closes: '2026-12-02T10:00:00+01:00' },
    ]),
    issues: [],
    windows: [
      ['2026-12-01T08:00:00.000Z', '2026-12-01T09:00:00.000Z'],
      ['2026-12-02T08:00:00.000Z', '2026-12-02T09:00:00.000Z'],
      ['2026-12-03T08:00:00.000Z', '2026-12-03T09:00:00.000Z'],
    ],
  },
  {
    name: 'windows: the window that opens later is the one reported, whatever the list order',
    request: windowsOf([
      { opens: '2026-12-01T12:00:00Z', closes: '2026-12-01T15:00:00Z' },
      { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T13:00:00Z' },
    ]),
    issues: [[`${W}/0`, 'window.overlap']],
  },
  {
    name: 'windows: two identical windows overlap (the second one is reported)',
    request: windowsOf([
      { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T12:00:00Z' },
      { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T12:00:00Z' },
    ]),
    issues: [[`${W}/1`, 'window.overlap']],
  },
  {
    name: 'windows: a window inside another overlaps it, and so does one that opens before the first closes',
    request: windowsOf([
      { opens: '2026-12-01T09:00:00Z', closes: '2026-12-01T18:00:00Z' },
      { opens: '2026-12-01T10:00:00Z', closes: '2026-12-01T11:00:00Z' },
      { opens: '2026-12-01T17:00:00Z', closes: '2026-12-01T19:00:00Z' },
      { opens: '2026-12-01T19:00:00Z', closes: '2026-12-01T20:00:00Z' },
    ]),
    issues: [
      [`${W}/1`, 'window.overlap'],
      [`${W}/2`, 'window.overlap'],
    ],
  },
  {
    name: 'windows: two windows opening now overlap',
    request: windowsOf([
      { opens: null, closes: '2026-11-26T00:00:00Z' },
      { opens: null, closes: '2026-11-27T00:00:00Z' },
    ]),
    issues: [[`${W}/1`, 'window.overlap']],
  },
  {
    name: 'windows: a window opening now overlaps one that opens before it closes',
    request: windowsOf([
      { opens: null, closes: '2026-11-26T00:00:00Z' },
      { opens: '2026-11-25T12:00:00Z', closes: null },
    ]),
    issues: [[`${W}/1`, 'window.overlap']],
  },
  {
    name: 'windows: the default 168 hours of one window overlap the next',
    request: windowsOf([
      { opens: '2026-12-01T00:00:00Z', closes: null },
      { opens: '2026-12-07T00:00:00Z', closes: null },
    ]),
    issues: [[`${W}/1`, 'window.overlap']],
  },
  {
    name: 'windows: a window with an invalid bound takes no part in the overlap check',
    request: windowsOf([
      { opens: '2026-12-01T09:00:00Z', closes: 'x' },
      { opens: '2026-12-01T10:00:00Z', closes: '2026-12-01T11:00:00Z' },
    ]),
    issues: [[`${W}/0/closes`, 'window.closes_invalid']],
  },
  {
    name: 'windows: errors of several windows, each at its own window',
    request: windowsOf([{ opens: 'x', closes: null }, 7, { opens: '2026-12-01T10:00:00Z', closes: '2026-12-01T09:00:00Z' }]),
    issues: [
      [`${W}/0/opens`, 'window.opens_invalid'],
      [`${W}/1`, 'window.invalid_type'],
      [`${W}/2`, 'window.closes_before_opens'],
    ],
  },
  {
    name: 'window: keys match in any letter case',
    request: windowsOf([{ Opens: '2026-12-01T09:00:00Z', CLOSES: '2026-12-01T17:00:00Z' }]),
    issues: [],
    windows: [['2026-12-01T09:00:00.000Z', '2026-12-01T17:00:00.000Z']],
  },
  {
    name: 'window: an invalid bound is reported at its key as written',
    request: windowsOf([{ OPENS: 'soon' }]),
    issues: [[`${W}/0/OPENS`, 'window.opens_invalid']],
  },
  {
    name: 'window: a second spelling of opens is request.duplicate_field; the first one counts',
    request: windowsOf([{ opens: '2026-12-01T09:00:00Z', Opens: 'ignored', closes: '2026-12-01T10:00:00Z' }]),
    issues: [[`${W}/0/Opens`, 'request.duplicate_field']],
  },
  {
    name: 'window: an unknown key is a warning (did you mean opens), and opens is then absent: now',
    request: windowsOf([{ open: '2026-12-01T09:00:00Z', closes: '2026-11-26T00:00:00Z' }]),
    issues: [[`${W}/0/open`, 'request.unknown_field']],
    windows: [['2026-11-25T00:00:00.000Z', '2026-11-26T00:00:00.000Z']],
  },
  {
    name: 'window: an own "__proto__" key in a window is an unknown key',
    request: json(`{"sender":"iP1","recipients":["${SE}"],"body":"Hello","deliveryWindows":[{"__proto__":{"opens":"x"},"closes":"2026-11-26T00:00:00Z"}]}`),
    issues: [[`${W}/0/__proto__`, 'request.unknown_field']],
  },
  {
    name: 'windows: the field name matches in any letter case (DeliveryWindows)',
    request: { sender: 'iP1', recipients: [SE], body: 'Hello', DeliveryWindows: [{ opens: 'x', closes: null }] },
    issues: [['/DeliveryWindows/0/opens', 'window.opens_invalid']],
  },
]

// ---------------------------------------------------------------------------------------------
// deliveryReportUrl, reference, tags
// ---------------------------------------------------------------------------------------------

const URL_2047 = `https://example.com/${repeat('a', 2047 - 'https://example.com/'.length)}`

const urlCases: CaseSpec[] = [
  ...['', null, 'https://example.com/dlr', 'HTTPS://EXAMPLE.COM/dlr', 'https://example.com', 'https://example.com:8443/a?b=c#d', 'https://user:pw@example.com/dlr', 'https://[::1]:8080/dlr', 'https://192.0.2.1/dlr', 'https://bücher.example/dlr', 'https://example.com.:443/', 'https://example.com:65535/', URL_2047].map(
    (url): CaseSpec => ({
      name: `deliveryReportUrl: ${JSON.stringify(url === URL_2047 ? 'https://example.com/aaa… (2047 characters)' : url)} is accepted`,
      request: withFields({ deliveryReportUrl: url }),
      issues: [],
    }),
  ),
  ...['http://example.com/dlr', 'HTTP://example.com/dlr'].map(
    (url): CaseSpec => ({ name: `deliveryReportUrl: ${JSON.stringify(url)} is plain http (a warning)`, request: withFields({ deliveryReportUrl: url }), issues: [['/deliveryReportUrl', 'deliveryReportUrl.not_https']] }),
  ),
  ...['ftp://example.com/dlr', 'example.com/dlr', '/relative', 'https://', 'https:/example.com', 'https://exa mple.com', ' https://example.com', 'https://example.com/\u0000', 'https://-bad.example.com', 'https://example.com:0/', 'https://example.com:65536/', 'https://example..com', 'javascript:alert(1)', 5, true, {}, ['https://example.com']].map(
    (url): CaseSpec => ({ name: `deliveryReportUrl: ${JSON.stringify(url)} is deliveryReportUrl.invalid`, request: withFields({ deliveryReportUrl: url }), issues: [['/deliveryReportUrl', 'deliveryReportUrl.invalid']] }),
  ),
  {
    name: 'deliveryReportUrl: 2048 characters is deliveryReportUrl.too_long',
    request: withFields({ deliveryReportUrl: `${URL_2047}a` }),
    issues: [['/deliveryReportUrl', 'deliveryReportUrl.too_long']],
  },
  {
    name: 'deliveryReportUrl: a 2048-character http URL is refused by its length alone',
    request: withFields({ deliveryReportUrl: `http://example.com/${repeat('a', 2048 - 'http://example.com/'.length)}` }),
    issues: [['/deliveryReportUrl', 'deliveryReportUrl.too_long']],
  },
  {
    name: 'deliveryReportUrl: a 2048-character string that is no URL is refused by its length alone',
    request: withFields({ deliveryReportUrl: repeat(' ', 2048) }),
    issues: [['/deliveryReportUrl', 'deliveryReportUrl.too_long']],
  },
]

const referenceCases: CaseSpec[] = [
  ...[null, 'A client reference', repeat('x', 40), repeat('😀', 20), ' padded ', 'ref-2026/11'].map(
    (reference): CaseSpec => ({ name: `reference: ${JSON.stringify(reference)} is a reference`, request: withFields({ reference }), issues: [] }),
  ),
  ...['', ' ', '\u00a0\t', '\u3000'].map(
    (reference): CaseSpec => ({ name: `reference: ${JSON.stringify(reference)} is reference.empty`, request: withFields({ reference }), issues: [['/reference', 'reference.empty']] }),
  ),
  { name: 'reference: 41 characters is reference.too_long', request: withFields({ reference: repeat('x', 41) }), issues: [['/reference', 'reference.too_long']] },
  { name: 'reference: 20 emoji and a letter are 41 code units: reference.too_long', request: withFields({ reference: `${repeat('😀', 20)}a` }), issues: [['/reference', 'reference.too_long']] },
  ...[5, true, ['ref'], {}].map(
    (reference): CaseSpec => ({ name: `reference: ${JSON.stringify(reference)} is reference.not_string`, request: withFields({ reference }), issues: [['/reference', 'reference.not_string']] }),
  ),
]

const tagCases: CaseSpec[] = [
  ...[null, [], ['marketing'], ['a', 'A'], ['Test SMS', 'ux', 'design']].map((tags): CaseSpec => ({ name: `tags: ${JSON.stringify(tags)} are tags`, request: withFields({ tags }), issues: [] })),
  ...['marketing', 5, true, {}].map((tags): CaseSpec => ({ name: `tags: ${JSON.stringify(tags)} is tags.invalid_type`, request: withFields({ tags }), issues: [['/tags', 'tags.invalid_type']] })),
  ...[1, null, ['a'], {}].map(
    (tag): CaseSpec => ({ name: `tag: ${JSON.stringify(tag)} is tag.not_string`, request: withFields({ tags: ['ok', tag] }), issues: [['/tags/1', 'tag.not_string']] }),
  ),
  ...['', '  ', '\u3000'].map((tag): CaseSpec => ({ name: `tag: ${JSON.stringify(tag)} is tag.empty`, request: withFields({ tags: [tag] }), issues: [['/tags/0', 'tag.empty']] })),
  ...[' ux', 'design ', '\tx', 'y\u00a0'].map(
    (tag): CaseSpec => ({ name: `tag: ${JSON.stringify(tag)} has outer white space (a warning, kept as written)`, request: withFields({ tags: [tag] }), issues: [['/tags/0', 'tag.whitespace']] }),
  ),
  { name: 'tag: a repeat is tag.duplicate (a warning)', request: withFields({ tags: ['a', 'b', 'a'] }), issues: [['/tags/2', 'tag.duplicate']] },
  {
    name: 'tag: " a" twice is white space twice and a repeat',
    request: withFields({ tags: [' a', ' a'] }),
    issues: [
      ['/tags/0', 'tag.whitespace'],
      ['/tags/1', 'tag.whitespace'],
      ['/tags/1', 'tag.duplicate'],
    ],
  },
  { name: 'tag: "a" and " a" are different tags', request: withFields({ tags: ['a', ' a'] }), issues: [['/tags/1', 'tag.whitespace']] },
  {
    name: 'tag: errors and warnings in tag order',
    request: withFields({ tags: ['', 'x', 3, 'x', ' y'] }),
    issues: [
      ['/tags/0', 'tag.empty'],
      ['/tags/2', 'tag.not_string'],
      ['/tags/3', 'tag.duplicate'],
      ['/tags/4', 'tag.whitespace'],
    ],
  },
]

/** Every case, in the order of the file. */
export const CASES: ReadonlyArray<CaseSpec> = [
  ...seedCases,
  ...requestCases,
  ...senderCases,
  ...recipientCases,
  ...bodyCases,
  ...compositionCases,
  ...enumCases,
  ...windowCases,
  ...urlCases,
  ...referenceCases,
  ...tagCases,
]
