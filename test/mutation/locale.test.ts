/**
 * Tests written to kill mutants of the messages door (src/locale/) that its own tests left
 * alive: Swedish sentences whose optional parts no test reached, list params checked as lists,
 * params that are not an object, message tables that are not objects, an issue whose message
 * cannot be read, and the identities the translator keeps.
 */
import * as E from 'fp-ts/Either'
import { makeIssue, type Issue } from '../../src/issue'
import { formatIssue, localized, localizedMessages, translator } from '../../src/locale/format'
import { swedishMessages } from '../../src/locale/sv'

const NBSP = '\u00a0'

describe('Swedish sentences, each optional part', () => {
  // The type's words come from the table of number types; a type it does not know gets none.
  it('recipient.not_mobile names the type it knows, and only then', () => {
    const known = makeIssue('recipient.not_mobile', ['recipients', 0], { msisdn: '4687654321', type: 'fixed_line' })
    expect(formatIssue(known, 'sv')).toBe(
      '4687654321 är inte ett mobilnummer utan ett fastnätsnummer (fast telefon): ett SMS dit kommer oftast inte fram, men kostar ändå.',
    )
    const unknown: Issue = { ...known, params: { msisdn: '4687654321', type: 'satellite' } }
    expect(formatIssue(unknown, 'sv')).toBe('4687654321 är inte ett mobilnummer: ett SMS dit kommer oftast inte fram, men kostar ändå.')
  })

  // "minst" (at least) only when the count is a lower bound.
  it('message.too_many_segments says "minst" only for a lower bound', () => {
    const exact = makeIssue('message.too_many_segments', ['body'], { segments: 300, max: 255 })
    const atLeast = makeIssue('message.too_many_segments', ['body'], { segments: 300, max: 255, atLeast: true })
    expect(formatIssue(exact, 'sv')).toBe('Meddelandet behöver 300 segment, men högst 255 kan sättas ihop till ett långt SMS.')
    expect(formatIssue(atLeast, 'sv')).toBe('Meddelandet behöver minst 300 segment, men högst 255 kan sättas ihop till ett långt SMS.')
  })

  // The characters a list leaves out are counted as the list's last item ("och 1 200 till").
  it('message.not_gsm counts the characters the list leaves out', () => {
    const issue = makeIssue('message.not_gsm', ['body'], { characters: [{ char: 'й', index: 3 }], omitted: 1200 })
    expect(formatIssue(issue, 'sv')).toBe(
      `Med teckenkodningen "gsm" måste alla tecken finnas i GSM 03.38-alfabetet, men "й" (index 3) och 1${NBSP}200 till finns inte där.`,
    )
  })

  // A crafted issue with no keys: the sentence names none, and invents nothing.
  it('template.empty_value with an empty list of keys names nothing', () => {
    const issue: Issue = { code: 'template.empty_value', severity: 'warning', path: '/body', message: 'own', params: { keys: [] } }
    expect(formatIssue(issue, 'sv')).toBe('Inget värde och inget standardvärde ("default") finns för ; platshållarna ersätts med en tom sträng.')
  })
})

describe('formatIssue: what the params and the table must be', () => {
  // A list param is checked as a list: the Swedish sentence of a real list, the issue's own
  // message for a string in its place.
  it('says a list param in Swedish when it is a list, and keeps the own message when it is not', () => {
    const issue = makeIssue('sender.invalid_characters', ['sender'], { characters: ['ä'] })
    expect(formatIssue(issue, 'sv')).toBe(swedishMessages['sender.invalid_characters']?.({ characters: ['ä'] }))
    expect(formatIssue(issue, 'sv')).not.toBe(issue.message)
    expect(formatIssue({ ...issue, params: { characters: 'ä' } }, 'sv')).toBe(issue.message)
  })

  // type.invalid needs no value: params that are no object give none, and the message is said
  // without a suggestion (it never reads one from a number's or a string's prototype).
  it('gives a message that needs no values none when its params are not an object', () => {
    const withParams = (params: unknown): Issue => ({ code: 'type.invalid', severity: 'error', path: '/type', message: 'own', params }) as unknown as Issue
    expect(formatIssue(withParams(5), 'sv')).toBe('Typen måste vara "sms" eller "flash".')
    expect(formatIssue(withParams(null), 'sv')).toBe('Typen måste vara "sms" eller "flash".')
  })

  // null is no table: the catalogue's English, not the issue's own (here Swedish) message.
  it('says English for a table that is null or a function', () => {
    const issue = makeIssue('body.empty', ['body'])
    const inSwedish = { ...issue, message: formatIssue(issue, 'sv') }
    expect(inSwedish.message).not.toBe(issue.message)
    const fn = Object.assign(() => 'no', { 'body.empty': () => 'från en funktion' })
    expect(formatIssue(inSwedish, null as unknown as 'en')).toBe(issue.message)
    expect(formatIssue(inSwedish, fn as unknown as 'en')).toBe(issue.message)
  })

  // The message is made from the code and params, so an unreadable own message loses nothing.
  it('says an issue whose own message throws when read, from its code', () => {
    const issue = makeIssue('body.empty', ['body'])
    const hostile = Object.defineProperty({ ...issue }, 'message', {
      get: () => {
        throw new Error('hostile')
      },
    }) as Issue
    expect(formatIssue(hostile, 'sv')).toBe('Meddelandetexten får inte vara tom eller bara bestå av blanktecken.')
    expect(formatIssue(hostile, 'en')).toBe(issue.message)
  })
})

describe('what the translator keeps as it is', () => {
  // A table without the code says it in English: the message does not change, the issue stays.
  it('keeps an issue whose message does not change', () => {
    const issue = makeIssue('body.empty', ['body'])
    const say = translator({})
    expect(say(issue)).toBe(issue)
  })

  it('keeps a result with no warnings, and a message with no issues', () => {
    const clean = E.right({ value: 1, warnings: [] as Issue[] })
    expect(localized(clean, { locale: 'sv' })).toBe(clean)
    const message = { to: '46701234567', issues: [] as Issue[] }
    const warning = makeIssue('body.empty', ['body'])
    const prepared = E.right({ warnings: [warning], messages: [message] })
    const out = localizedMessages(prepared, { locale: 'sv' })
    expect(out._tag === 'Right' && out.right.messages[0]).toBe(message)
    expect(out._tag === 'Right' && out.right.warnings[0]?.message).toBe('Meddelandetexten får inte vara tom eller bara bestå av blanktecken.')
  })
})
