/**
 * The page's own words, in English and Swedish: the fixed texts of index.html (elements marked
 * `data-i18n="<key>"`) and the sentences the page makes as it renders. The issues' messages are
 * the library's (`formatIssue`); these are everything else the page says.
 *
 * In the fixed texts, `code` between backticks is shown as code.
 */
import { formatSwedishNumber, type Encoding, type GsmSet, type Locale, type NumberType } from 'sms-preflight'

const STATIC_KEYS = [
  'title',
  'intro',
  'language',
  'form-title',
  'mode-legend',
  'mode-form',
  'mode-json',
  'sender',
  'sender-help',
  'recipients',
  'recipients-help',
  'body',
  'body-help',
  'counter-encoding',
  'counter-length',
  'counter-segments',
  'counter-remaining',
  'counter-nongsm',
  'mirror-title',
  'lookalikes-title',
  'type',
  'type-default',
  'type-sms',
  'type-flash',
  'type-help',
  'datacoding',
  'datacoding-default',
  'datacoding-help',
  'priority',
  'priority-default',
  'priority-1',
  'priority-2',
  'priority-help',
  'windows',
  'windows-help',
  'deliveryReportUrl',
  'deliveryReportUrl-help',
  'reference',
  'reference-help',
  'tags',
  'tags-help',
  'extras-drop',
  'json',
  'json-help',
  'pricing',
  'account',
  'account-se',
  'account-international',
  'price-per-segment',
  'price-help',
  'issues-title',
  'price-title',
  'preview-title',
  'preview-help',
  'details-char',
  'details-code-point',
  'details-count',
  'details-septets',
  'details-units',
  'details-set',
  'details-lookalike',
  'number-types',
  'number-types-help',
] as const

/** A fixed text of the page. */
export type StaticKey = (typeof STATIC_KEYS)[number]

/** Whether `key` names a fixed text (index.html's `data-i18n` values are checked with it). */
export const isStaticKey = (key: string): key is StaticKey => (STATIC_KEYS as ReadonlyArray<string>).includes(key)

/** The request's fields as the form names them (labels for "Go to …" and notices). */
export type FieldKey =
  | 'sender'
  | 'recipients'
  | 'body'
  | 'type'
  | 'datacoding'
  | 'priority'
  | 'deliveryWindows'
  | 'deliveryReportUrl'
  | 'reference'
  | 'tags'
  | 'account'
  | 'pricePerSegment'
  | 'json'

/** A character shown to a reader: itself when visible, and its code point. */
export type Describe = (char: string) => string

/** Everything the page says, in one language. */
export interface PageTexts {
  readonly fixed: Readonly<Record<StaticKey, string>>
  readonly field: Readonly<Record<FieldKey, string>>
  /** A whole number as the language writes it. */
  readonly num: (n: number) => string
  /** An amount of money as the library writes it (`0.7000`), in the language's way. */
  readonly amount: (amount: string) => string
  readonly encodingName: (e: Encoding) => string
  readonly unitName: (n: number, e: Encoding) => string
  readonly segments: (n: number) => string
  readonly empty: string
  readonly notInGsm: (codePoint: string) => string
  /** The counter under datacoding gsm, when the body holds characters outside GSM. */
  readonly cannotSendGsm: string
  readonly cannotSendGsmDetail: (chars: ReadonlyArray<string>) => string
  readonly lookalikesUcsBecomesGsm: (chars: number, before: number, after: number) => string
  readonly lookalikesUcsStays: (chars: number, before: number, after: number) => string
  readonly lookalikesGsmBecomesSendable: (chars: number, after: number) => string
  readonly lookalikesGsmStillNot: (chars: number, others: ReadonlyArray<string>) => string
  readonly replaceButton: (chars: number) => string
  readonly removed: string
  readonly replacedAnnounce: (chars: number, sendable: boolean, encoding: Encoding, segments: number) => string
  readonly severity: (s: 'error' | 'warning') => string
  readonly noIssues: string
  readonly issueCount: (errors: number, warnings: number) => string
  readonly goTo: (field: string) => string
  readonly goToLabel: (field: string, code: string) => string
  readonly showInJson: string
  readonly lineColumn: (line: number, column: number) => string
  readonly moreAtField: (n: number) => string
  readonly fieldNotJson: (field: string, line: number, column: number, found: string | undefined) => string
  readonly theBody: string
  readonly noRecipientYet: string
  readonly part: (n: number) => string
  readonly moreMessages: (n: number) => string
  readonly unknownRegion: string
  readonly numberStatus: (status: 'ok' | 'unknown_country' | 'too_short' | 'too_long') => string
  readonly messageStats: (encoding: Encoding, units: number, segments: number) => string
  readonly messageNotGsm: (chars: ReadonlyArray<string>) => string
  readonly enterPrice: string
  readonly fixPrice: string
  readonly fixErrors: string
  readonly noPrice: string
  readonly priceFor: (messages: number, segments: number) => string
  readonly base: string
  readonly surcharge: string
  readonly average: string
  readonly toFormRefused: string
  readonly toJsonRefused: (fields: ReadonlyArray<string>) => string
  readonly carriedChanged: (fields: ReadonlyArray<string>) => string
  readonly extras: (names: ReadonlyArray<string>) => string
  readonly moreIssues: (n: number) => string
  /** The page's benchmark: the last input's time and the median of the last `count`, in ms. */
  readonly latency: (last: number, median: number, count: number) => string
  /** The counter's pill: the fewest characters to remove from the end to save a segment. */
  readonly removeToSave: (chars: number) => string
  /** The character details' toggle, with how many characters it lists. */
  readonly detailsSummary: (listed: number) => string
  /** The character details when every character is in the GSM default alphabet. */
  readonly detailsAllBasic: string
  readonly gsmSet: (set: GsmSet) => string
  /** Units as sent in the body's encoding (`2 code units`). */
  readonly unitsAs: (n: number, e: Encoding) => string
  readonly noLookalike: string
  readonly moreCharacters: (n: number) => string
  /** A recipient's number type, as the preview shows it. */
  readonly numberType: (type: NumberType) => string
  readonly numberTypesLoading: string
  readonly numberTypesFailed: string
  /** The price box's note while the request has errors but the recipients and body compose. */
  readonly priceWithErrors: string
}

/** Milliseconds with one decimal (below 10) or none, in the language's decimal sign. */
const ms = (n: number, comma: boolean): string => {
  const text = n < 10 ? n.toFixed(1) : n.toFixed(0)
  return comma ? text.replace('.', ',') : text
}

const list = (items: ReadonlyArray<string>, and: string): string => {
  const last = items[items.length - 1] ?? ''
  return items.length < 2 ? last : `${items.slice(0, -1).join(', ')} ${and} ${last}`
}

const quoted = (names: ReadonlyArray<string>): ReadonlyArray<string> => names.map((n) => JSON.stringify(n))

const en: PageTexts = {
  fixed: {
    title: 'sms-preflight playground',
    intro:
      'Fill in a batch for `POST /v2/batches` and watch it checked as you type: encoding, segments, look-alike characters, issues, what each recipient receives, and the price. Everything runs in this page; nothing is sent.',
    language: 'Language',
    'form-title': 'The request',
    'mode-legend': 'Edit the request',
    'mode-form': 'Field by field',
    'mode-json': 'As JSON',
    sender: 'Sender',
    'sender-help': '3–11 letters and digits, or a phone number of up to 15 digits.',
    recipients: 'Recipients',
    'recipients-help':
      'One MSISDN per line (digits only, country code first), or a JSON object of MSISDNs to template values, e.g. `{"46701234567": {"name": "Ada"}, "default": {"name": "friend"}}`.',
    body: 'Message body',
    'body-help': "With a recipients object, `{key}` is replaced by each recipient's value.",
    'counter-encoding': 'Encoding',
    'counter-length': 'Length',
    'counter-segments': 'Segments',
    'counter-remaining': 'Left in this segment',
    'counter-nongsm': 'Outside GSM',
    'mirror-title': 'The body, with characters outside the GSM alphabet marked',
    'lookalikes-title': 'Look-alike characters',
    type: 'Type',
    'type-default': '(default: sms)',
    'type-sms': 'sms',
    'type-flash': 'flash (shown once, not stored)',
    'type-help': '`sms`: an ordinary message. `flash`: shown at once on the screen and not stored by the handset.',
    datacoding: 'Data coding',
    'datacoding-default': '(default: ucs)',
    'datacoding-help': '`ucs`: GSM 7-bit when every character fits, else UCS-2. `gsm`: GSM 7-bit only.',
    priority: 'Priority',
    'priority-default': '(default: 1)',
    'priority-1': '1 (normal)',
    'priority-2': '2 (high, surcharge)',
    'priority-help': 'Priority 2 adds a surcharge per segment.',
    windows: 'Delivery windows',
    'windows-help': 'Optional JSON array of `{"opens", "closes"}`. Empty: from now for 168 hours.',
    deliveryReportUrl: 'Delivery report URL',
    'deliveryReportUrl-help': 'Optional: an absolute `https` URL (`http` works, with a warning). Empty: no delivery reports.',
    reference: 'Reference',
    'reference-help': 'Optional: your own name for the batch, at most 40 characters. Empty: none.',
    tags: 'Tags',
    'tags-help': 'Optional: one tag per line, or a JSON array. White space around a tag and a repeated tag are reported, never changed.',
    'extras-drop': 'Remove them',
    json: 'The request as JSON',
    'json-help': 'The whole request, exactly as it would be posted. Each issue shows its line and column; click it to select the place.',
    pricing: 'Pricing',
    account: 'Account',
    'account-se': 'SE (SEK)',
    'account-international': 'international (EUR)',
    'price-per-segment': 'Price per segment',
    'price-help': 'Up to 4 decimals; leave empty for no price.',
    'issues-title': 'Issues',
    'price-title': 'Price',
    'preview-title': 'What each recipient receives',
    'preview-help': 'Each part of a long message has its own background.',
    'details-char': 'Character',
    'details-code-point': 'Code point',
    'details-count': 'Times',
    'details-septets': 'Septets',
    'details-units': 'As sent',
    'details-set': 'GSM table',
    'details-lookalike': 'Look-alike',
    'number-types': 'Show number types (mobile, landline, …)',
    'number-types-help': 'Loads the number metadata (about 48 KB) and warns of recipients that cannot receive SMS.',
  },
  field: {
    sender: 'sender',
    recipients: 'recipients',
    body: 'body',
    type: 'type',
    datacoding: 'data coding',
    priority: 'priority',
    deliveryWindows: 'delivery windows',
    deliveryReportUrl: 'delivery report URL',
    reference: 'reference',
    tags: 'tags',
    account: 'account',
    pricePerSegment: 'price per segment',
    json: 'JSON',
  },
  num: (n) => String(n),
  amount: (a) => a,
  encodingName: (e) => (e === 'gsm' ? 'GSM 7-bit' : 'UCS-2'),
  unitName: (n, e) => (e === 'gsm' ? (n === 1 ? 'septet' : 'septets') : n === 1 ? 'code unit' : 'code units'),
  segments: (n) => `${n} ${n === 1 ? 'segment' : 'segments'}`,
  empty: '(empty)',
  notInGsm: (cp) => `${cp} is not in the GSM alphabet`,
  cannotSendGsm: 'cannot be sent as GSM 7-bit',
  cannotSendGsmDetail: (chars) =>
    `With data coding gsm this body cannot be sent: ${list(chars, 'and')} ${chars.length === 1 ? 'is' : 'are'} not in the GSM alphabet. Replace or remove ${chars.length === 1 ? 'it' : 'them'}, or choose ucs.`,
  lookalikesUcsBecomesGsm: (chars, before, after) =>
    `Replacing ${en.num(chars)} ${chars === 1 ? 'character' : 'characters'} with GSM look-alikes sends this body in GSM 7-bit: ${en.segments(before)} → ${after}.`,
  lookalikesUcsStays: (chars, before, after) =>
    `${en.num(chars)} ${chars === 1 ? 'character has a GSM look-alike' : 'characters have GSM look-alikes'}, but the body stays UCS-2 because of other characters (${en.segments(before)} → ${after}).`,
  lookalikesGsmBecomesSendable: (chars, after) =>
    `With data coding gsm this body cannot be sent as it is. Replacing ${en.num(chars)} ${chars === 1 ? 'character' : 'characters'} with GSM look-alikes makes it sendable: ${en.segments(after)}.`,
  lookalikesGsmStillNot: (chars, others) =>
    `${en.num(chars)} ${chars === 1 ? 'character has a GSM look-alike' : 'characters have GSM look-alikes'}, but even with ${chars === 1 ? 'it' : 'them'} replaced the body cannot be sent with data coding gsm: ${list(others, 'and')} ${others.length === 1 ? 'has' : 'have'} no GSM look-alike.`,
  replaceButton: (chars) => `Replace ${en.num(chars)} ${chars === 1 ? 'character' : 'characters'}`,
  removed: '(removed)',
  replacedAnnounce: (chars, sendable, encoding, segments) =>
    `Replaced ${en.num(chars)} ${chars === 1 ? 'character' : 'characters'}. ${
      sendable ? `The body is now ${en.encodingName(encoding)}, ${en.segments(segments)}.` : 'The body still cannot be sent with data coding gsm.'
    }`,
  severity: (s) => s,
  noIssues: 'No issues: this batch is ready to send.',
  issueCount: (errors, warnings) => `(${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`,
  goTo: (field) => `Go to ${field}`,
  goToLabel: (field, code) => `Go to the ${field} field: ${code}`,
  showInJson: 'Select in the JSON',
  lineColumn: (line, column) => `line ${line}, column ${column}`,
  moreAtField: (n) => `… and ${n} more (all are under Issues)`,
  fieldNotJson: (field, line, column, found) =>
    `The ${field} field is not valid JSON: line ${line}, column ${column}${found === undefined ? ', at the end' : `, at ${JSON.stringify(found)}`}.`,
  theBody: 'The body',
  noRecipientYet: '(no recipient can be composed yet)',
  part: (n) => `Part ${n}: `,
  moreMessages: (n) => `… and ${n} more ${n === 1 ? 'message' : 'messages'}`,
  unknownRegion: 'unknown region',
  numberStatus: (s) => ({ ok: 'plausible number', unknown_country: 'unknown country', too_short: 'too short', too_long: 'too long' })[s],
  messageStats: (encoding, units, segments) => `${encoding} · ${units} ${en.unitName(units, encoding)} · ${en.segments(segments)}`,
  messageNotGsm: (chars) => `gsm · cannot be sent as GSM 7-bit: ${list(chars, 'and')}`,
  enterPrice: 'Enter a price per segment to see what the batch costs.',
  fixPrice: 'Fix the price per segment to see the price.',
  fixErrors: 'Fix the errors above to see the price.',
  noPrice: 'No price for this batch.',
  priceFor: (messages, segments) => ` for ${messages} ${messages === 1 ? 'message' : 'messages'}, ${en.segments(segments)}`,
  base: 'Base',
  surcharge: 'Priority surcharge',
  average: 'Average per message',
  toFormRefused: 'The JSON cannot be carried to the form until it is a JSON object that parses: fix it (the issues show where), then switch.',
  toJsonRefused: (fields) => `The ${list(fields, 'and')} ${fields.length === 1 ? 'field is' : 'fields are'} not valid JSON, so the request cannot be carried to the JSON: fix ${fields.length === 1 ? 'it' : 'them'}, then switch.`,
  carriedChanged: (fields) =>
    `Carried to the form. The form cannot hold ${list(fields, 'and')} exactly as the JSON wrote ${fields.length === 1 ? 'it' : 'them'}; check ${fields.length === 1 ? 'that field' : 'those fields'}.`,
  extras: (names) => `Kept from the JSON, with no field of their own in the form: ${list(quoted(names), 'and')}.`,
  moreIssues: (n) => `… and ${n} more`,
  latency: (last, median, count) =>
    count === 1
      ? `Checked and shown in ${ms(last, false)} ms.`
      : `Checked and shown in ${ms(last, false)} ms (median of the last ${count} inputs: ${ms(median, false)} ms).`,
  removeToSave: (chars) => `Remove ${en.num(chars)} ${chars === 1 ? 'character' : 'characters'} from the end to save a segment`,
  detailsSummary: (listed) => `Character details (${en.num(listed)} not in the GSM default alphabet)`,
  detailsAllBasic: 'Every character is in the GSM default alphabet: 1 septet each.',
  gsmSet: (set) => ({ basic: 'default alphabet', extension: 'extension table', none: 'not in GSM' })[set],
  unitsAs: (n, e) => `${en.num(n)} ${en.unitName(n, e)}`,
  noLookalike: '—',
  moreCharacters: (n) => `… and ${en.num(n)} more ${n === 1 ? 'character' : 'characters'}`,
  numberType: (type) =>
    ({
      mobile: 'mobile',
      fixed_line: 'landline',
      fixed_line_or_mobile: 'landline or mobile',
      toll_free: 'toll-free',
      premium_rate: 'premium rate',
      shared_cost: 'shared cost',
      voip: 'VoIP',
      personal_number: 'personal number',
      pager: 'pager',
      uan: 'UAN (company number)',
      voicemail: 'voicemail',
      unknown: 'unknown type',
    })[type],
  numberTypesLoading: 'Loading the number metadata…',
  numberTypesFailed: 'The number metadata could not be loaded.',
  priceWithErrors: 'The request still has errors: this is what it costs once they are fixed.',
}

const sv: PageTexts = {
  fixed: {
    title: 'sms-preflight – prova själv',
    intro:
      'Fyll i ett utskick till `POST /v2/batches` och se hur det kontrolleras medan du skriver: teckenkodning, segment, tecken med GSM-motsvarighet, problem, vad varje mottagare får och priset. Allt körs på den här sidan; inget skickas.',
    language: 'Språk',
    'form-title': 'Begäran',
    'mode-legend': 'Redigera begäran',
    'mode-form': 'Fält för fält',
    'mode-json': 'Som JSON',
    sender: 'Avsändare',
    'sender-help': '3–11 bokstäver och siffror, eller ett telefonnummer med högst 15 siffror.',
    recipients: 'Mottagare',
    'recipients-help':
      'Ett MSISDN per rad (bara siffror, landsnummer först), eller ett JSON-objekt från MSISDN till mallvärden, t.ex. `{"46701234567": {"name": "Ada"}, "default": {"name": "vän"}}`.',
    body: 'Meddelandetext',
    'body-help': 'När mottagarna är ett objekt ersätts `{key}` med varje mottagares eget värde.',
    'counter-encoding': 'Kodning',
    'counter-length': 'Längd',
    'counter-segments': 'Segment',
    'counter-remaining': 'Kvar i segmentet',
    'counter-nongsm': 'Utanför GSM',
    'mirror-title': 'Meddelandetexten, med tecken utanför GSM-alfabetet markerade',
    'lookalikes-title': 'Tecken med GSM-motsvarighet',
    type: 'Typ',
    'type-default': '(standard: sms)',
    'type-sms': 'sms',
    'type-flash': 'flash (visas en gång, sparas inte)',
    'type-help': '`sms`: ett vanligt meddelande. `flash`: visas direkt på skärmen och sparas inte i telefonen.',
    datacoding: 'Teckenkodning',
    'datacoding-default': '(standard: ucs)',
    'datacoding-help': '`ucs`: GSM 7-bit när alla tecken ryms, annars UCS-2. `gsm`: bara GSM 7-bit.',
    priority: 'Prioritet',
    'priority-default': '(standard: 1)',
    'priority-1': '1 (normal)',
    'priority-2': '2 (hög, med tillägg)',
    'priority-help': 'Prioritet 2 kostar ett tillägg per segment.',
    windows: 'Leveransfönster',
    'windows-help': 'Valfri JSON-lista med `{"opens", "closes"}`. Tomt: från nu och 168 timmar framåt.',
    deliveryReportUrl: 'Leveransrapport-URL',
    'deliveryReportUrl-help': 'Valfri: en absolut `https`-URL (`http` går också, men ger en varning). Tom: inga leveransrapporter.',
    reference: 'Referens',
    'reference-help': 'Valfri: ert eget namn på utskicket, högst 40 tecken. Tom: ingen.',
    tags: 'Taggar',
    'tags-help': 'Valfria: en tagg per rad, eller en JSON-lista. Blanktecken runt en tagg och en tagg som upprepas rapporteras, men ändras aldrig.',
    'extras-drop': 'Ta bort dem',
    json: 'Begäran som JSON',
    'json-help': 'Hela begäran, precis som den skulle skickas. Varje problem visar rad och kolumn; klicka för att markera stället.',
    pricing: 'Pris',
    account: 'Konto',
    'account-se': 'SE (SEK)',
    'account-international': 'internationellt (EUR)',
    'price-per-segment': 'Pris per segment',
    'price-help': 'Högst 4 decimaler; lämna tomt för att inte räkna pris.',
    'issues-title': 'Problem',
    'price-title': 'Pris',
    'preview-title': 'Vad varje mottagare får',
    'preview-help': 'Varje del av ett långt meddelande har egen bakgrund.',
    'details-char': 'Tecken',
    'details-code-point': 'Kodpunkt',
    'details-count': 'Antal',
    'details-septets': 'Septetter',
    'details-units': 'Som det skickas',
    'details-set': 'GSM-tabell',
    'details-lookalike': 'GSM-motsvarighet',
    'number-types': 'Visa nummertyper (mobil, fast telefon, …)',
    'number-types-help': 'Laddar nummerdata (cirka 48 kB) och varnar för mottagare som inte kan ta emot sms.',
  },
  field: {
    sender: 'avsändare',
    recipients: 'mottagare',
    body: 'meddelandetext',
    type: 'typ',
    datacoding: 'teckenkodning',
    priority: 'prioritet',
    deliveryWindows: 'leveransfönster',
    deliveryReportUrl: 'leveransrapport-URL',
    reference: 'referens',
    tags: 'taggar',
    account: 'konto',
    pricePerSegment: 'pris per segment',
    json: 'JSON',
  },
  num: formatSwedishNumber,
  amount: (a) => a.replace('.', ','),
  encodingName: (e) => (e === 'gsm' ? 'GSM 7-bit' : 'UCS-2'),
  unitName: (n, e) => (e === 'gsm' ? (n === 1 ? 'septett' : 'septetter') : n === 1 ? 'kodenhet' : 'kodenheter'),
  segments: (n) => `${formatSwedishNumber(n)} segment`,
  empty: '(tom)',
  notInGsm: (cp) => `${cp} finns inte i GSM-alfabetet`,
  cannotSendGsm: 'kan inte skickas som GSM 7-bit',
  cannotSendGsmDetail: (chars) =>
    `Med teckenkodningen gsm kan den här texten inte skickas: ${list(chars, 'och')} finns inte i GSM-alfabetet. Byt ut eller ta bort ${chars.length === 1 ? 'tecknet' : 'tecknen'}, eller välj ucs.`,
  lookalikesUcsBecomesGsm: (chars, before, after) =>
    `Byts ${chars === 1 ? 'tecknet' : `de ${formatSwedishNumber(chars)} tecknen`} ut mot ${chars === 1 ? 'sin GSM-motsvarighet' : 'sina GSM-motsvarigheter'} skickas texten som GSM 7-bit: ${sv.segments(before)} → ${formatSwedishNumber(after)}.`,
  lookalikesUcsStays: (chars, before, after) =>
    `${chars === 1 ? 'Ett tecken har en GSM-motsvarighet' : `${formatSwedishNumber(chars)} tecken har GSM-motsvarigheter`}, men texten förblir UCS-2 på grund av andra tecken (${sv.segments(before)} → ${formatSwedishNumber(after)}).`,
  lookalikesGsmBecomesSendable: (chars, after) =>
    `Med teckenkodningen gsm kan texten inte skickas som den är. Byts ${chars === 1 ? 'tecknet' : `de ${formatSwedishNumber(chars)} tecknen`} ut mot ${chars === 1 ? 'sin GSM-motsvarighet' : 'sina GSM-motsvarigheter'} går den att skicka: ${sv.segments(after)}.`,
  lookalikesGsmStillNot: (chars, others) =>
    `${chars === 1 ? 'Ett tecken har en GSM-motsvarighet' : `${formatSwedishNumber(chars)} tecken har GSM-motsvarigheter`}, men inte ens när ${chars === 1 ? 'det är utbytt' : 'de är utbytta'} kan texten skickas med teckenkodningen gsm: ${list(others, 'och')} saknar GSM-motsvarighet.`,
  replaceButton: (chars) => (chars === 1 ? 'Byt ut tecknet' : `Byt ut ${formatSwedishNumber(chars)} tecken`),
  removed: '(tas bort)',
  replacedAnnounce: (chars, sendable, encoding, segments) =>
    `${chars === 1 ? 'Ett tecken har bytts ut' : `${formatSwedishNumber(chars)} tecken har bytts ut`}. ${
      sendable ? `Texten är nu ${sv.encodingName(encoding)}, ${sv.segments(segments)}.` : 'Texten kan fortfarande inte skickas med teckenkodningen gsm.'
    }`,
  severity: (s) => (s === 'error' ? 'fel' : 'varning'),
  noIssues: 'Inga problem: utskicket kan skickas.',
  issueCount: (errors, warnings) =>
    `(${formatSwedishNumber(errors)} fel, ${formatSwedishNumber(warnings)} ${warnings === 1 ? 'varning' : 'varningar'})`,
  goTo: (field) => `Gå till ${field}`,
  goToLabel: (field, code) => `Gå till fältet ${field}: ${code}`,
  showInJson: 'Markera i JSON-texten',
  lineColumn: (line, column) => `rad ${formatSwedishNumber(line)}, kolumn ${formatSwedishNumber(column)}`,
  moreAtField: (n) => `… och ${formatSwedishNumber(n)} till (alla finns under Problem)`,
  fieldNotJson: (field, line, column, found) =>
    `Fältet ${field} är inte giltig JSON: rad ${formatSwedishNumber(line)}, kolumn ${formatSwedishNumber(column)}${
      found === undefined ? ', vid slutet' : `, vid ${JSON.stringify(found)}`
    }.`,
  theBody: 'Meddelandetexten',
  noRecipientYet: '(inget meddelande kan sättas ihop ännu)',
  part: (n) => `Del ${formatSwedishNumber(n)}: `,
  moreMessages: (n) => `… och ${formatSwedishNumber(n)} ${n === 1 ? 'meddelande' : 'meddelanden'} till`,
  unknownRegion: 'okänd region',
  numberStatus: (s) => ({ ok: 'rimligt nummer', unknown_country: 'okänt land', too_short: 'för kort', too_long: 'för långt' })[s],
  messageStats: (encoding, units, segments) => `${encoding} · ${formatSwedishNumber(units)} ${sv.unitName(units, encoding)} · ${sv.segments(segments)}`,
  messageNotGsm: (chars) => `gsm · kan inte skickas som GSM 7-bit: ${list(chars, 'och')}`,
  enterPrice: 'Ange ett pris per segment för att se vad utskicket kostar.',
  fixPrice: 'Rätta priset per segment för att se priset.',
  fixErrors: 'Rätta felen ovan för att se priset.',
  noPrice: 'Inget pris för det här utskicket.',
  priceFor: (messages, segments) => ` för ${formatSwedishNumber(messages)} ${messages === 1 ? 'meddelande' : 'meddelanden'}, ${sv.segments(segments)}`,
  base: 'Grundpris',
  surcharge: 'Prioritetstillägg',
  average: 'Genomsnitt per meddelande',
  toFormRefused: 'JSON-texten kan inte föras över till formuläret förrän den är ett giltigt JSON-objekt: rätta den (problemen visar var) och byt sedan.',
  toJsonRefused: (fields) =>
    `${fields.length === 1 ? 'Fältet' : 'Fälten'} ${list(fields, 'och')} är inte giltig JSON, så begäran kan inte föras över till JSON: rätta ${fields.length === 1 ? 'det' : 'dem'} och byt sedan.`,
  carriedChanged: (fields) =>
    `Överfört till formuläret. Formuläret kan inte visa ${list(fields, 'och')} exakt som i JSON-texten; kontrollera ${fields.length === 1 ? 'det fältet' : 'de fälten'}.`,
  extras: (names) => `Behålls från JSON-texten, fast formuläret saknar fält för ${names.length === 1 ? 'det' : 'dem'}: ${list(quoted(names), 'och')}.`,
  moreIssues: (n) => `… och ${formatSwedishNumber(n)} till`,
  latency: (last, median, count) =>
    count === 1
      ? `Kontrollerat och visat på ${ms(last, true)} ms.`
      : `Kontrollerat och visat på ${ms(last, true)} ms (median för de ${formatSwedishNumber(count)} senaste ändringarna: ${ms(median, true)} ms).`,
  removeToSave: (chars) => `Ta bort ${chars === 1 ? 'ett tecken' : `${formatSwedishNumber(chars)} tecken`} i slutet för att spara ett segment`,
  detailsSummary: (listed) => `Teckendetaljer (${formatSwedishNumber(listed)} utanför GSM-alfabetets grundtabell)`,
  detailsAllBasic: 'Alla tecken finns i GSM-alfabetets grundtabell: en septett var.',
  gsmSet: (set) => ({ basic: 'grundtabellen', extension: 'utökningstabellen', none: 'finns inte i GSM' })[set],
  unitsAs: (n, e) => `${formatSwedishNumber(n)} ${sv.unitName(n, e)}`,
  noLookalike: '—',
  moreCharacters: (n) => `… och ${n === 1 ? 'ett tecken' : `${formatSwedishNumber(n)} tecken`} till`,
  numberType: (type) =>
    ({
      mobile: 'mobil',
      fixed_line: 'fast telefon',
      fixed_line_or_mobile: 'fast telefon eller mobil',
      toll_free: 'avgiftsfritt nummer',
      premium_rate: 'betalnummer',
      shared_cost: 'delad kostnad',
      voip: 'IP-telefoni',
      personal_number: 'personligt nummer',
      pager: 'personsökare',
      uan: 'företagsnummer (UAN)',
      voicemail: 'röstbrevlåda',
      unknown: 'okänd typ',
    })[type],
  numberTypesLoading: 'Laddar nummerdata …',
  numberTypesFailed: 'Nummerdata kunde inte laddas.',
  priceWithErrors: 'Begäran har fortfarande fel: så här mycket kostar den när de är rättade.',
}

/** The page's words in `locale`. */
export const textsFor = (locale: Locale): PageTexts => (locale === 'sv' ? sv : en)
