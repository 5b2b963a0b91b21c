/**
 * The Swedish message table: one whole sentence per code, written as a Swedish product page
 * says it, with the provider's words (avsändare, mottagare, meddelandetext, tecken, segment,
 * leveransfönster, leveransrapport-URL, referens, taggar, mallvärde, platshållare). The words
 * chosen and the number formatting are in docs/locale.md.
 *
 * @packageDocumentation
 */
import type { JsonExpected, JsonProblem } from '../json/problems.js'
import type { NotMobileType } from '../phone/numberTypes.js'
import type { Messages } from './messages.js'
import { escapeHidden, quoted } from '../escape.js'

/** The no-break space that groups thousands (`2 000`), as Svenska skrivregler and CLDR's `sv` write it. */
const GROUP = '\u00a0'

/**
 * Writes a number the Swedish way: thousands grouped by a no-break space (U+00A0), a decimal
 * comma and the minus sign U+2212, as `Intl.NumberFormat('sv-SE')` writes it — without
 * depending on the ICU data a runtime carries. A number JavaScript writes with an exponent keeps
 * it (with a decimal comma); `NaN` and the infinities are written as JavaScript writes them, and
 * anything that is not a number is the empty text.
 *
 * @example
 * ```ts
 * import { formatSwedishNumber } from 'sms-preflight'
 * formatSwedishNumber(2000)    // '2\u00a0000' (a no-break space)
 * formatSwedishNumber(-1234.5) // '\u22121\u00a0234,5'
 * ```
 * @category Messages
 */
export function formatSwedishNumber(n: number): string {
  if (typeof n !== 'number') return ''
  if (!Number.isFinite(n)) return String(n)
  const sign = n < 0 ? '\u2212' : ''
  const digits = String(Math.abs(n))
  if (digits.includes('e')) return sign + digits.replace('.', ',')
  const dot = digits.indexOf('.')
  const whole = dot === -1 ? digits : digits.slice(0, dot)
  let grouped = ''
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += GROUP
    grouped += whole.charAt(i)
  }
  return sign + grouped + (dot === -1 ? '' : `,${digits.slice(dot + 1)}`)
}

const tal = formatSwedishNumber

/** A value as JSON writes it, so that quotes, escapes and invisible characters show. */
const q = quoted

/** `a`, `a och b`, `a, b och c`. */
function och(items: ReadonlyArray<string>): string {
  const last = items[items.length - 1] ?? ''
  return items.length < 2 ? last : `${items.slice(0, -1).join(', ')} och ${last}`
}

/** Characters with their replacements: `"’" (→ "'")`. */
const replaced = (list: ReadonlyArray<{ readonly char: string; readonly replacement: string }>): string =>
  och(list.map((c) => `${q(c.char)} (→ ${q(c.replacement)})`))

/** What each type of number that cannot receive SMS is called (`recipient.not_mobile`). */
const NOT_MOBILE_WORDS: Readonly<Record<NotMobileType, string>> = {
  fixed_line: 'ett fastnätsnummer (fast telefon)',
  toll_free: 'ett avgiftsfritt nummer',
  premium_rate: 'ett betalnummer',
  shared_cost: 'ett nummer med delad samtalskostnad',
  voip: 'ett IP-telefoninummer',
  pager: 'ett personsökarnummer',
  uan: 'ett rikstäckande företagsnummer (UAN)',
}

/**
 * Each JSON syntax problem in words: `found` is the character found, quoted (or ""). Its keys
 * are also the problems `formatIssue` accepts in a `json.invalid` issue.
 */
export const JSON_PROBLEM: Readonly<Record<JsonProblem, (found: string, expected: boolean) => string>> = {
  empty: () => 'texten är tom',
  not_text: () => 'en byte där är inte UTF-8',
  not_string: () => 'indata är ingen sträng',
  unexpected_end: (_found, expected) => (expected ? 'texten tar slut' : 'texten tar slut för tidigt'),
  unexpected_character: (found) => `oväntat tecken${found}`,
  unterminated_string: () => 'en sträng saknar avslutande citattecken',
  control_character: (found) =>
    found === '' ? 'ett styrtecken i en sträng måste skrivas som escape-sekvens' : `styrtecknet${found} måste skrivas som escape-sekvens i en sträng`,
  invalid_escape: () => 'en sträng innehåller en ogiltig escape-sekvens',
  invalid_number: () => 'ett tal är inte skrivet enligt JSON:s regler för tal',
}

/** What was expected, in words; its keys are also what `formatIssue` accepts as `expected`. */
export const JSON_EXPECTED: Readonly<Record<JsonExpected, string>> = {
  value: 'ett värde',
  key: 'en nyckel inom dubbla citattecken',
  colon: '":"',
  comma_or_close_object: '"," eller "}"',
  comma_or_close_array: '"," eller "]"',
  end: 'slutet av texten',
}

/**
 * The Swedish messages, one function per code from the issue's params to a whole sentence.
 * Numbers are written the Swedish way ({@link formatSwedishNumber}); values from the request
 * (a field name, a tag, a character) are quoted as JSON writes them and never reformatted.
 *
 * @example
 * ```ts
 * import { swedishMessages } from 'sms-preflight'
 * swedishMessages['body.too_long']({ length: 2001, max: 2000 })
 * // 'Meddelandetexten får ha högst 2\u00a0000 tecken; den här har 2\u00a0001.'
 * ```
 * @category Messages
 */
export const swedishMessages: Messages = {
  'request.not_object': () => 'Begäran måste vara ett JSON-objekt.',
  'request.duplicate_field': (p) =>
    `${q(p.field)} är en annan stavning av ${q(p.first)} (fältnamn skiljer inte på stora och små bokstäver); ta bort den ena.`,
  'request.unknown_field': (p) =>
    p.suggestion === undefined
      ? `${q(p.field)} är inget känt fält och ignoreras.`
      : `${q(p.field)} är inget känt fält och ignoreras; menade du "${p.suggestion}"?`,
  'request.too_many_issues': (p) =>
    `Ytterligare ${tal(p.omitted)} problem med koden "${p.code}" visas inte (högst ${tal(p.cap)} av samma kod listas).`,

  'json.invalid': (p) => {
    const found = p.found === undefined ? '' : ` ${q(p.found)}`
    const expected = p.expected === undefined ? '' : ` där ${JSON_EXPECTED[p.expected]} väntades`
    return `Begäran är inte giltig JSON på rad ${tal(p.line)}, kolumn ${tal(p.column)}: ${JSON_PROBLEM[p.problem](found, expected !== '')}${expected}.`
  },
  'json.duplicate_key': (p) =>
    `Nyckeln ${q(p.key)} står två gånger i det här objektet; JSON-läsare behåller bara den ena, så ta bort en av dem.`,

  'options.now_invalid': () => '"now" måste vara ett giltigt Date-objekt: biblioteket läser aldrig klockan själv.',
  'request.unreadable': (p) => `Indata kunde inte läsas (${escapeHidden(p.reason)}).`,

  'sender.missing': () => 'Avsändare måste anges.',
  'sender.not_string': () => 'Avsändaren måste vara en sträng.',
  'sender.empty': () => 'Avsändaren får inte vara tom eller bara bestå av blanktecken.',
  'sender.numeric_too_long': (p) => `En numerisk avsändare får ha högst ${tal(p.max)} siffror; den här har ${tal(p.digits)}.`,
  'sender.invalid_format': () => 'En numerisk avsändare i E.164-form ("+" och sedan siffror) får inte börja med 0 efter "+".',
  'sender.invalid_characters': (p) =>
    `En alfanumerisk avsändare får bara innehålla A–Z, a–z och 0–9 (inte å, ä eller ö); den här innehåller ${och(p.characters.map(q))}.`,
  'sender.alphanumeric_length': (p) =>
    `En alfanumerisk avsändare har ${tal(p.min)}–${tal(p.max)} tecken; den här har ${tal(p.length)}.`,
  'sender.alphanumeric_unsupported': (p) =>
    `Operatörer i ${och(p.countries.map((c) => `${c.region} (${tal(c.recipients)} mottagare)`))} avvisar ofta alfanumeriska avsändare; använd en numerisk avsändare till de mottagarna.`,

  'recipients.missing': () => 'Mottagare måste anges.',
  'recipients.invalid_type': () =>
    'Mottagarna måste vara en lista med MSISDN-strängar eller ett objekt från MSISDN till mallvärden.',
  'recipients.empty': () => 'Det måste finnas minst en mottagare (nyckeln "default" räknas inte som mottagare).',

  'recipient.not_string': () => 'Ett mottagarnummer (MSISDN) måste vara en sträng av siffror.',
  'recipient.empty': () => 'Ett mottagarnummer (MSISDN) får inte vara tomt.',
  'recipient.non_digit': (p) =>
    `Ett mottagarnummer (MSISDN) får bara innehålla siffror; det här innehåller ${och(p.characters.map(q))}.${
      p.prefix === '+'
        ? ' Skriv numret utan inledande "+": landsnummer och sedan nummer, till exempel 46701234567.'
        : p.prefix === '00'
          ? ' Skriv numret utan "00" först: landsnummer och sedan nummer, till exempel 46701234567.'
          : ''
    }`,
  'recipient.too_long': (p) => `Ett mottagarnummer (MSISDN) får ha högst ${tal(p.max)} tecken; det här har ${tal(p.length)}.`,
  'recipient.duplicate': (p) => `${p.msisdn} är redan mottagare (index ${tal(p.first)}) och får bara ett meddelande.`,
  'recipient.unknown_country': (p) => `${p.msisdn} börjar inte med något känt landsnummer.`,
  'recipient.implausible_length': (p) =>
    `Ett nummer med landsnummer +${p.callingCode} har ${p.min === p.max ? tal(p.min) : `${tal(p.min)}–${tal(p.max)}`} siffror efter landsnumret; ${p.msisdn} har ${tal(p.length)}.`,
  'recipient.national_format': (p) =>
    p.prefix === '00'
      ? `${p.msisdn} börjar med utlandsprefixet 00: ta bort det och skriv landsnummer och nummer (${p.msisdn.slice(2)}).`
      : `${p.msisdn} börjar med 0 och ser ut som ett nationellt nummer; skriv det som landsnummer följt av numret.`,
  'recipient.not_mobile': (p) =>
    `${p.msisdn} är inte ett mobilnummer${
      Object.prototype.hasOwnProperty.call(NOT_MOBILE_WORDS, p.type) ? ` utan ${NOT_MOBILE_WORDS[p.type]}` : ''
    }: ett SMS dit kommer oftast inte fram, men kostar ändå.`,

  'template.values_not_object': () => 'Mallvärdena måste vara ett objekt från nyckel till sträng.',
  'template.value_not_string': () => 'Ett mallvärde måste vara en sträng.',
  'template.invalid_key': (p) => `Mallnyckeln ${q(p.key)} får inte vara tom och får inte innehålla "{" eller "}".`,
  'template.empty_value': (p) =>
    `Inget värde och inget standardvärde ("default") finns för ${och(p.keys.map((k) => `{${escapeHidden(k)}}`))}; ${
      p.keys.length === 1 ? 'platshållaren' : 'platshållarna'
    } ersätts med en tom sträng.`,
  'template.unresolved': (p) => `${escapeHidden(p.placeholder)} motsvarar ingen mallnyckel och skickas oförändrad.`,

  'body.missing': () => 'Meddelandetext måste anges.',
  'body.not_string': () => 'Meddelandetexten måste vara en sträng.',
  'body.empty': () => 'Meddelandetexten får inte vara tom eller bara bestå av blanktecken.',
  'body.too_long': (p) => `Meddelandetexten får ha högst ${tal(p.max)} tecken; den här har ${tal(p.length)}.`,

  'message.too_long': (p) =>
    `Det sammansatta meddelandet har ${tal(p.length)} tecken, fler än de ${tal(p.max)} som en meddelandetext får ha.`,
  'message.not_gsm': (p) =>
    `Med teckenkodningen "gsm" måste alla tecken finnas i GSM 03.38-alfabetet, men ${och(
      [...p.characters.map((c) => `${q(c.char)} (index ${tal(c.index)})`), ...(p.omitted === undefined ? [] : [`${tal(p.omitted)} till`])],
    )} finns inte där.${p.lookalikes === undefined ? '' : ` Liknande GSM-tecken finns: ${och(p.lookalikes.map((l) => `${q(l.char)} → ${q(l.replacement)}`))}.`}`,
  'message.ucs_lookalikes': (p) =>
    `Meddelandet skickas som UCS-2 bara på grund av ${replaced(p.characters)}; byts ${
      p.characters.length === 1 ? 'det' : 'de'
    } ut sparas ${tal(p.segmentsSaved)} segment.`,
  'message.too_many_segments': (p) =>
    `Meddelandet behöver ${p.atLeast === true ? 'minst ' : ''}${tal(p.segments)} segment, men högst ${tal(p.max)} kan sättas ihop till ett långt SMS.`,

  'type.invalid': (p) => `Typen måste vara "sms" eller "flash".${p.suggestion === undefined ? '' : ` Menade du "${p.suggestion}"?`}`,
  'datacoding.invalid': () => 'Teckenkodningen ("datacoding") måste vara "ucs" eller "gsm".',
  'priority.invalid': () => 'Prioriteten måste vara talet 1 eller 2.',

  'windows.invalid_type': () => 'Leveransfönstren måste vara en lista med { opens, closes }.',
  'window.invalid_type': () => 'Ett leveransfönster måste vara ett objekt { opens, closes }.',
  'window.opens_invalid': () =>
    '"opens" måste vara null eller en tidpunkt i ISO 8601-format, till exempel "2026-05-01T09:00:00+02:00".',
  'window.closes_invalid': () =>
    '"closes" måste vara null eller en tidpunkt i ISO 8601-format, till exempel "2026-05-01T17:00:00+02:00".',
  'window.closes_before_opens': (p) =>
    `Leveransfönstret stänger (${p.closes}) innan eller samtidigt som det öppnar (${p.opens}).`,
  'window.too_late': (p) => `Leveransfönstret stänger ${p.closes}, efter 9999-12-31T23:59:59.999Z, den sista tidpunkten.`,
  'window.in_past': (p) => `Leveransfönstret har redan stängt (${p.closes}); nu är det ${p.now}.`,
  'window.overlap': (p) => `Leveransfönstret överlappar leveransfönster ${tal(p.other)}.`,
  'window.no_offset': (p) =>
    `"${p.value}" saknar UTC-förskjutning och tolkas som UTC; lägg till "Z" eller en förskjutning som "+02:00".`,

  'deliveryReportUrl.invalid': () =>
    'Leveransrapport-URL:en måste vara en absolut http- eller https-URL (eller null eller "" för ingen).',
  'deliveryReportUrl.too_long': (p) =>
    `Leveransrapport-URL:en får ha högst ${tal(p.max)} tecken; den här har ${tal(p.length)}.`,
  'deliveryReportUrl.not_https': () =>
    'Leveransrapport-URL:en använder http, så rapporterna skickas okrypterade; använd hellre https.',

  'reference.not_string': () => 'Referensen måste vara en sträng (eller null).',
  'reference.empty': () => 'Referensen får inte vara tom eller bara bestå av blanktecken.',
  'reference.too_long': (p) => `Referensen får ha högst ${tal(p.max)} tecken; den här har ${tal(p.length)}.`,

  'tags.invalid_type': () => 'Taggarna måste vara en lista med strängar.',
  'tag.not_string': () => 'En tagg måste vara en sträng.',
  'tag.empty': () => 'En tagg får inte vara tom eller bara bestå av blanktecken.',
  'tag.whitespace': (p) => `Taggen ${q(p.tag)} har blanktecken i början eller slutet; den behålls som den är skriven.`,
  'tag.duplicate': (p) => `Taggen ${q(p.tag)} upprepar tagg ${tal(p.first)}.`,

  'pricing.invalid_account': () => 'Kontot måste vara "SE" eller "international".',
  'pricing.price_not_string': () =>
    'Priset per segment måste vara ett decimaltal skrivet som sträng med punkt, till exempel "0.35" (inte ett JSON-tal: pengar räknas exakt).',
  'pricing.price_invalid': (p) =>
    `${q(p.value)} är inget enkelt decimaltal som "0.35" eller "0.0595".${p.value.includes(',') ? ' Skriv decimalerna med punkt, inte komma.' : ''}`,
  'pricing.price_negative': () => 'Priset per segment får inte vara negativt.',
  'pricing.segments_invalid': (p) => `Antalet segment måste vara ett heltal från 0 till ${tal(Number.MAX_SAFE_INTEGER)}; det här är ${p.value}.`,
  'pricing.messages_invalid': (p) => `Antalet meddelanden måste vara ett heltal från 0 till ${tal(Number.MAX_SAFE_INTEGER)}; det här är ${p.value}.`,
  'pricing.price_too_precise': (p) =>
    `Priset per segment får ha högst ${tal(p.max)} decimaler; det här har ${tal(p.decimals)}.`,
  'pricing.price_too_long': (p) => `Priset per segment får ha högst ${tal(p.max)} tecken; det här har ${tal(p.length)}.`,
}
