// The Swedish messages: one whole Swedish sentence per code, every value of its params in it
// (numbers written the Swedish way), and no English left.
import * as fc from 'fast-check'
import { issueCodes, makeIssue, type Issue, type IssueCode, type IssueParams } from '../../src/issue'
import { formatIssue } from '../../src/locale/format'
import { formatSwedishNumber, swedishMessages } from '../../src/locale/sv'
import { produced } from '../rules-doc/run'
import { rulesTable } from '../rules-doc/table'

const NBSP = '\u00a0'

/** The Swedish message of an issue. */
const sv = (issue: Issue): string => formatIssue(issue, 'sv')

/** Every scalar inside params (strings and numbers, in arrays and objects too). */
function scalars(value: unknown): Array<string | number> {
  if (typeof value === 'string' || typeof value === 'number') return [value]
  if (Array.isArray(value)) return value.flatMap(scalars)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(scalars)
  return []
}

/**
 * Params a message says in its own words rather than repeating: the JSON syntax vocabulary, the
 * English hint of recipient.non_digit (the Swedish says it from `prefix`).
 */
const IN_WORDS: Readonly<Partial<Record<IssueCode, ReadonlyArray<string>>>> = {
  'json.invalid': ['problem', 'expected'],
  'recipient.non_digit': ['hint'],
  'recipient.not_mobile': ['type'],
}

/**
 * English words no Swedish message may contain once the values it quotes are taken out (a value
 * of the request, a field name or an enum value such as "international" is code, not prose).
 * Whole words, letters in the Unicode sense (so "of" is no word of "oförändrad").
 */
const ENGLISH = new RegExp(
  String.raw`(?<!\p{L})(?:the|is|are|must|may|has|have|and|or|not|of|with|without|for|at|to|found|only|empty|invalid|should|characters?|recipients?|senders?|messages?|body|window|windows|tags?|reference|number|digits?|segments|string|array|object|required|allowed|already|starts?|sent|written|key|value|price|account|decimals?|country|code|did|mean)(?!\p{L})`,
  'iu',
)

/** A message with every quoted value, placeholder and param value taken out. */
function prose(message: string, params: unknown): string {
  let out = message.replace(/"(?:[^"\\]|\\.)*"/g, ' ').replace(/\{[^{}]*\}/g, ' ')
  for (const v of scalars(params)) if (typeof v === 'string' && v !== '') out = out.split(v).join(' ')
  return out
}

describe('swedishMessages', () => {
  const examples = (): Array<readonly [IssueCode, Issue]> =>
    rulesTable.flatMap((entry) => produced(entry).map((issue) => [entry.code, issue] as const))
  const codes = rulesTable.map((entry) => [entry.code, entry] as const)

  it('has a message for every code of the catalogue, and for no other', () => {
    expect(Object.keys(swedishMessages).sort()).toStrictEqual([...issueCodes].sort())
    expect(issueCodes.every((code) => typeof swedishMessages[code] === 'function')).toBe(true)
  })

  it('says every example of the rules table in Swedish (none keeps its English message)', () => {
    expect(new Set(examples().map(([code]) => code)).size).toBe(issueCodes.length)
    for (const [code, issue] of examples()) expect([code, sv(issue) !== issue.message]).toStrictEqual([code, true])
  })

  // Swedish sentences start with a capital (Å, Ä, Ö included), a digit, a quote or a placeholder.
  it.each(codes)('%s: is a whole Swedish sentence', (_code, entry) => {
    for (const issue of produced(entry)) {
      const message = sv(issue)
      expect(message).toMatch(/^[A-ZÅÄÖ0-9"{]/)
      expect(message).toMatch(/[.?]$/)
      expect(message).not.toMatch(/undefined|\[object|NaN/)
    }
  })

  it.each(codes)('%s: states every value of its params, numbers the Swedish way', (code, entry) => {
    for (const issue of produced(entry)) {
      const message = sv(issue)
      const words = IN_WORDS[code] ?? []
      const params = Object.fromEntries(Object.entries(issue.params ?? {}).filter(([k]) => !words.includes(k)))
      for (const v of scalars(params)) {
        const shown = typeof v === 'number' ? message.includes(formatSwedishNumber(v)) : message.includes(v) || message.includes(JSON.stringify(v))
        expect([v, shown]).toStrictEqual([v, true])
      }
    }
  })

  it.each(codes)('%s: has no English left', (_code, entry) => {
    for (const issue of produced(entry)) {
      const left = prose(sv(issue), issue.params).match(ENGLISH)
      expect([sv(issue), left?.[0]]).toStrictEqual([sv(issue), undefined])
    }
  })

  it('finds English in the English message of every example (the check above can fail)', () => {
    for (const [code, issue] of examples()) expect([code, ENGLISH.test(prose(issue.message, issue.params))]).toStrictEqual([code, true])
  })

  it('finds English where it is left in a Swedish sentence, and none in quoted values', () => {
    expect(prose('The body must be a string.', undefined)).toMatch(ENGLISH)
    expect(prose('Avsändaren har 16 characters.', undefined)).toMatch(ENGLISH)
    expect(prose('Kontot måste vara "SE" eller "international".', undefined)).not.toMatch(ENGLISH)
    expect(prose('skickas oförändrad; A–Z', undefined)).not.toMatch(ENGLISH)
  })

  it('every Swedish message of the examples is distinct', () => {
    const messages = examples().map(([, issue]) => sv(issue))
    expect(new Set(messages).size).toBe(messages.length)
  })

  it('writes thousands with a no-break space: 2 000 characters, 2 047 for the URL', () => {
    expect(swedishMessages['body.too_long']({ length: 2001, max: 2000 })).toBe(`Meddelandetexten får ha högst 2${NBSP}000 tecken; den här har 2${NBSP}001.`)
    expect(swedishMessages['deliveryReportUrl.too_long']({ length: 2048, max: 2047 })).toContain(`högst 2${NBSP}047 tecken`)
    expect(swedishMessages['request.too_many_issues']({ code: 'recipient.non_digit', omitted: 332_333, cap: 1000 })).toBe(
      `Ytterligare 332${NBSP}333 problem med koden "recipient.non_digit" visas inte (högst 1${NBSP}000 av samma kod listas).`,
    )
  })

  it('agrees in number: platshållaren, platshållarna; byts det, byts de', () => {
    expect(swedishMessages['template.empty_value']({ keys: ['namn'] })).toBe(
      'Inget värde och inget standardvärde ("default") finns för {namn}; platshållaren ersätts med en tom sträng.',
    )
    expect(swedishMessages['template.empty_value']({ keys: ['namn', 'stad', 'tid'] })).toBe(
      'Inget värde och inget standardvärde ("default") finns för {namn}, {stad} och {tid}; platshållarna ersätts med en tom sträng.',
    )
    const one = [{ char: '’', replacement: "'" }]
    const two = [...one, { char: '–', replacement: '-' }]
    expect(swedishMessages['message.ucs_lookalikes']({ characters: one, segmentsSaved: 1 })).toBe(
      'Meddelandet skickas som UCS-2 bara på grund av "’" (→ "\'"); byts det ut sparas 1 segment.',
    )
    expect(swedishMessages['message.ucs_lookalikes']({ characters: two, segmentsSaved: 2 })).toBe(
      'Meddelandet skickas som UCS-2 bara på grund av "’" (→ "\'") och "–" (→ "-"); byts de ut sparas 2 segment.',
    )
  })

  it('lists with "och" before the last item', () => {
    expect(swedishMessages['sender.invalid_characters']({ characters: ['Å', 'é', ' '] })).toBe(
      'En alfanumerisk avsändare får bara innehålla A–Z, a–z och 0–9 (inte å, ä eller ö); den här innehåller "Å", "é" och " ".',
    )
    expect(
      swedishMessages['sender.alphanumeric_unsupported']({ countries: [{ region: 'US', recipients: 1200 }, { region: 'CA', recipients: 1 }] }),
    ).toBe(`Operatörer i US (1${NBSP}200 mottagare) och CA (1 mottagare) avvisar ofta alfanumeriska avsändare; använd en numerisk avsändare till de mottagarna.`)
  })

  it('offers a suggestion only when there is one', () => {
    expect(swedishMessages['request.unknown_field']({ field: 'colour' })).toBe('"colour" är inget känt fält och ignoreras.')
    expect(swedishMessages['request.unknown_field']({ field: 'Sendr', suggestion: 'sender' })).toBe(
      '"Sendr" är inget känt fält och ignoreras; menade du "sender"?',
    )
    expect(swedishMessages['type.invalid']({})).toBe('Typen måste vara "sms" eller "flash".')
    expect(swedishMessages['type.invalid']({ suggestion: 'flash' })).toBe('Typen måste vara "sms" eller "flash". Menade du "flash"?')
  })

  it('gives the hint of recipient.non_digit from its prefix, in Swedish', () => {
    const hint = 'Write the number without the leading "+": country code then number, e.g. 46701234567.'
    expect(swedishMessages['recipient.non_digit']({ characters: ['+'], hint, prefix: '+' })).toBe(
      'Ett mottagarnummer (MSISDN) får bara innehålla siffror; det här innehåller "+". Skriv numret utan inledande "+": landsnummer och sedan nummer, till exempel 46701234567.',
    )
    expect(swedishMessages['recipient.non_digit']({ characters: ['-'], hint, prefix: '00' })).toMatch(/Skriv numret utan "00" först: landsnummer och sedan nummer, till exempel 46701234567\.$/)
    expect(swedishMessages['recipient.non_digit']({ characters: ['-'] })).toBe(
      'Ett mottagarnummer (MSISDN) får bara innehålla siffror; det här innehåller "-".',
    )
  })

  it('tells "00"-prefixed numbers from national ones, and shows the number without 00', () => {
    expect(swedishMessages['recipient.national_format']({ msisdn: '0046701234567', prefix: '00' })).toBe(
      '0046701234567 börjar med utlandsprefixet 00: ta bort det och skriv landsnummer och nummer (46701234567).',
    )
    expect(swedishMessages['recipient.national_format']({ msisdn: '0701234567' })).toBe(
      '0701234567 börjar med 0 och ser ut som ett nationellt nummer; skriv det som landsnummer följt av numret.',
    )
  })

  it('gives a single length or a range (with an en dash) for recipient.implausible_length', () => {
    const say = (min: number, max: number): string =>
      swedishMessages['recipient.implausible_length']({ msisdn: '4670', callingCode: '46', length: 2, min, max })
    expect(say(9, 9)).toBe('Ett nummer med landsnummer +46 har 9 siffror efter landsnumret; 4670 har 2.')
    expect(say(7, 13)).toContain('har 7–13 siffror efter landsnumret')
  })

  it('names the look-alikes of message.not_gsm only when there are some', () => {
    expect(swedishMessages['message.not_gsm']({ characters: [{ char: '😀', index: 1234 }] })).toBe(
      `Med teckenkodningen "gsm" måste alla tecken finnas i GSM 03.38-alfabetet, men "😀" (index 1${NBSP}234) finns inte där.`,
    )
    expect(
      swedishMessages['message.not_gsm']({ characters: [{ char: '’', index: 0 }], lookalikes: [{ char: '’', replacement: "'" }] }),
    ).toMatch(/finns inte där\. Liknande GSM-tecken finns: "’" → "'"\.$/)
  })

  it('says the largest count with its digits grouped (2^53 is an integer, but past the safe ones)', () => {
    expect(swedishMessages['pricing.segments_invalid']({ value: '9007199254740992' })).toBe(
      `Antalet segment måste vara ett heltal från 0 till 9${NBSP}007${NBSP}199${NBSP}254${NBSP}740${NBSP}991; det här är 9007199254740992.`,
    )
  })

  it('asks for a decimal point when a price is written with a comma, as Swedes write decimals', () => {
    expect(swedishMessages['pricing.price_invalid']({ value: '0,35' })).toBe(
      '"0,35" är inget enkelt decimaltal som "0.35" eller "0.0595". Skriv decimalerna med punkt, inte komma.',
    )
    expect(swedishMessages['pricing.price_invalid']({ value: '3.5e-1' })).toBe('"3.5e-1" är inget enkelt decimaltal som "0.35" eller "0.0595".')
  })

  it('says every JSON syntax problem of json.invalid in words, with what was expected and found', () => {
    const say = (params: IssueParams<'json.invalid'>): string => swedishMessages['json.invalid'](params)
    const at = { line: 3, column: 1207 }
    const start = `Begäran är inte giltig JSON på rad 3, kolumn 1${NBSP}207: `
    expect(say({ problem: 'empty', ...at })).toBe(`${start}texten är tom.`)
    expect(say({ problem: 'not_text', ...at })).toBe(`${start}en byte där är inte UTF-8.`)
    expect(say({ problem: 'not_string', ...at })).toBe(`${start}indata är ingen sträng.`)
    expect(say({ problem: 'unexpected_end', expected: 'comma_or_close_array', ...at })).toBe(`${start}texten tar slut där "," eller "]" väntades.`)
    expect(say({ problem: 'unexpected_end', ...at })).toBe(`${start}texten tar slut för tidigt.`)
    expect(say({ problem: 'unexpected_character', expected: 'colon', found: '=', ...at })).toBe(`${start}oväntat tecken "=" där ":" väntades.`)
    expect(say({ problem: 'unexpected_character', expected: 'key', found: "'", ...at })).toBe(
      `${start}oväntat tecken "'" där en nyckel inom dubbla citattecken väntades.`,
    )
    expect(say({ problem: 'unexpected_character', expected: 'comma_or_close_object', found: '"', ...at })).toBe(
      `${start}oväntat tecken "\\"" där "," eller "}" väntades.`,
    )
    expect(say({ problem: 'unexpected_character', expected: 'value', found: 'x', ...at })).toBe(`${start}oväntat tecken "x" där ett värde väntades.`)
    expect(say({ problem: 'unexpected_character', expected: 'end', found: 'x', ...at })).toBe(`${start}oväntat tecken "x" där slutet av texten väntades.`)
    expect(say({ problem: 'control_character', found: '\t', ...at })).toBe(`${start}styrtecknet "\\t" måste skrivas som escape-sekvens i en sträng.`)
    expect(say({ problem: 'control_character', ...at })).toBe(`${start}ett styrtecken i en sträng måste skrivas som escape-sekvens.`)
    expect(say({ problem: 'unterminated_string', ...at })).toBe(`${start}en sträng saknar avslutande citattecken.`)
    expect(say({ problem: 'invalid_escape', ...at })).toBe(`${start}en sträng innehåller en ogiltig escape-sekvens.`)
    expect(say({ problem: 'invalid_number', ...at })).toBe(`${start}ett tal är inte skrivet enligt JSON:s regler för tal.`)
  })

  it('is a function of the params alone: the same params give the same message, from makeIssue too', () => {
    const issue = makeIssue('tag.duplicate', ['tags', 1], { tag: 'ux', first: 0 })
    expect(sv(issue)).toBe(swedishMessages['tag.duplicate']({ tag: 'ux', first: 0 }))
    expect(sv(issue)).toBe('Taggen "ux" upprepar tagg 0.')
  })
})

describe('formatSwedishNumber', () => {
  it('groups thousands with a no-break space (U+00A0), from four digits on', () => {
    expect(formatSwedishNumber(0)).toBe('0')
    expect(formatSwedishNumber(999)).toBe('999')
    expect(formatSwedishNumber(2000)).toBe(`2${NBSP}000`)
    expect(formatSwedishNumber(12345)).toBe(`12${NBSP}345`)
    expect(formatSwedishNumber(1234567)).toBe(`1${NBSP}234${NBSP}567`)
    expect(formatSwedishNumber(Number.MAX_SAFE_INTEGER)).toBe(['9', '007', '199', '254', '740', '991'].join(NBSP))
  })

  it('writes decimals with a comma and negatives with the minus sign U+2212', () => {
    expect(formatSwedishNumber(0.5)).toBe('0,5')
    expect(formatSwedishNumber(1234.56)).toBe(`1${NBSP}234,56`)
    expect(formatSwedishNumber(-5000)).toBe(`\u22125${NBSP}000`)
    expect(formatSwedishNumber(-0)).toBe('0')
  })

  it('keeps an exponent as JavaScript writes it (with a decimal comma), and NaN and the infinities as they are', () => {
    expect(formatSwedishNumber(1.5e21)).toBe('1,5e+21')
    expect(formatSwedishNumber(-1e-7)).toBe('\u22121e-7')
    expect(formatSwedishNumber(NaN)).toBe('NaN')
    expect(formatSwedishNumber(Infinity)).toBe('Infinity')
  })

  it('is the empty text for anything that is not a number, whatever it is', () => {
    for (const v of ['12', 12n, null, undefined, {}, Object.create(null), Symbol('n'), new Proxy({}, { get: () => { throw new Error('hostile') } })]) {
      expect(formatSwedishNumber(v as unknown as number)).toBe('')
    }
  })

  describe('properties', () => {
    // The reference: the Swedish number format of the ICU data Node carries (CLDR `sv`).
    const icu = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 })
    it('writes every safe integer as Intl.NumberFormat("sv-SE") does', () => {
      fc.assert(fc.property(fc.maxSafeInteger().filter((n) => !Object.is(n, -0)), (n) => expect(formatSwedishNumber(n)).toBe(icu.format(n))))
    })
    it('writes hundredths as Intl.NumberFormat("sv-SE") does', () => {
      const two = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
          const n = cents / 100
          // String(n) leaves out trailing zeros; the reference keeps two decimals.
          const padded = Number.isInteger(n) ? `${formatSwedishNumber(n)},00` : /,\d$/.test(formatSwedishNumber(n)) ? `${formatSwedishNumber(n)}0` : formatSwedishNumber(n)
          expect(padded).toBe(two.format(n))
        }),
      )
    })
  })
})
