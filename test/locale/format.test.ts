// formatIssue: an issue said in English, Swedish or the caller's own language, from its code and
// params; total for any input.
import * as fc from 'fast-check'
import { catalogue, issueCodes, makeIssue, type Issue } from '../../src/issue'
import { englishMessages } from '../../src/locale/en'
import { formatIssue } from '../../src/locale/format'
import type { CustomMessages } from '../../src/locale/messages'
import { swedishMessages } from '../../src/locale/sv'
import { produced } from '../rules-doc/run'
import { rulesTable } from '../rules-doc/table'

/** A Proxy whose every trap throws. */
const throwingProxy = <T extends object>(target: T): T =>
  new Proxy(target, new Proxy({}, { get: () => () => { throw new Error('hostile') } }))

/** A revoked Proxy: every operation on it throws. */
function revokedProxy<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {})
  revoke()
  return proxy
}

const examples = (): Issue[] => rulesTable.flatMap((entry) => [...produced(entry)])

const TOO_LONG = makeIssue('body.too_long', ['body'], { length: 2001, max: 2000 })
const ENGLISH = 'The body has at most 2000 characters; this one has 2001.'
const SWEDISH = 'Meddelandetexten får ha högst 2\u00a0000 tecken; den här har 2\u00a0001.'

describe('englishMessages', () => {
  it("is the catalogue's message of every code", () => {
    expect(Object.keys(englishMessages)).toStrictEqual([...issueCodes])
    expect(issueCodes.every((code) => englishMessages[code] === catalogue[code].message)).toBe(true)
    expect(Object.isFrozen(englishMessages)).toBe(true)
  })
})

describe('formatIssue', () => {
  it('says every example in English exactly as the library made it', () => {
    for (const issue of examples()) expect([issue.code, formatIssue(issue, 'en')]).toStrictEqual([issue.code, issue.message])
  })

  it('says an issue in Swedish from its code and params, and back in English from the Swedish', () => {
    expect(formatIssue(TOO_LONG, 'sv')).toBe(SWEDISH)
    const swedish = { ...TOO_LONG, message: SWEDISH }
    expect(formatIssue(swedish, 'en')).toBe(ENGLISH)
    expect(formatIssue(swedish, 'sv')).toBe(SWEDISH)
  })

  it('says in Swedish what the Swedish table says, for every example', () => {
    for (const issue of examples()) {
      const say = swedishMessages[issue.code] as (params: unknown) => string
      expect([issue.code, formatIssue(issue, 'sv')]).toStrictEqual([issue.code, say(issue.params ?? (issue.code === 'type.invalid' ? {} : undefined))])
    }
  })

  it('reads a language tag as its language (sv-SE, SV), and any other string as English', () => {
    expect(formatIssue(TOO_LONG, 'sv-SE' as 'sv')).toBe(SWEDISH)
    expect(formatIssue(TOO_LONG, 'SV' as 'sv')).toBe(SWEDISH)
    expect(formatIssue(TOO_LONG, 'sv-FI' as 'sv')).toBe(SWEDISH)
    // POSIX spells a locale with "_" (LANG=sv_SE.UTF-8): still Swedish; a language that only
    // starts with "sv" is not.
    expect(formatIssue(TOO_LONG, 'sv_SE' as 'sv')).toBe(SWEDISH)
    expect(formatIssue(TOO_LONG, 'sv_SE.UTF-8' as 'sv')).toBe(SWEDISH)
    expect(formatIssue(TOO_LONG, 'sv.UTF-8' as 'sv')).toBe(SWEDISH)
    expect(formatIssue(TOO_LONG, 'sv@euro' as 'sv')).toBe(SWEDISH)
    expect(formatIssue(TOO_LONG, 'svx' as 'sv')).toBe(ENGLISH)
    expect(formatIssue(TOO_LONG, 'xsv' as 'sv')).toBe(ENGLISH)
    expect(formatIssue(TOO_LONG, 'se' as 'sv')).toBe(ENGLISH)
    expect(formatIssue(TOO_LONG, 'fi' as 'sv')).toBe(ENGLISH)
    expect(formatIssue(TOO_LONG, '' as 'sv')).toBe(ENGLISH)
  })

  describe('with custom messages', () => {
    const fi: CustomMessages = {
      'body.too_long': (p) => `Viestissä voi olla enintään ${p.max} merkkiä; tässä on ${p.length}.`,
      'body.missing': () => 'Viesti puuttuu.',
    }

    it('says a code it has in its words, with the params', () => {
      expect(formatIssue(TOO_LONG, fi)).toBe('Viestissä voi olla enintään 2000 merkkiä; tässä on 2001.')
      expect(formatIssue(makeIssue('body.missing', ['body']), fi)).toBe('Viesti puuttuu.')
    })

    it('says a code it lacks in English, even for an issue said in Swedish before', () => {
      const issue = makeIssue('tag.duplicate', ['tags', 1], { tag: 'ux', first: 0 })
      expect(formatIssue(issue, fi)).toBe('The tag "ux" repeats tag 0.')
      expect(formatIssue({ ...issue, message: 'Taggen "ux" upprepar tagg 0.' }, fi)).toBe('The tag "ux" repeats tag 0.')
      expect(formatIssue(issue, {})).toBe('The tag "ux" repeats tag 0.')
    })

    it('extends a table of the library: the Swedish table with one message of its own', () => {
      const mine: CustomMessages = { ...swedishMessages, 'body.too_long': () => 'För lång text.' }
      expect(formatIssue(TOO_LONG, mine)).toBe('För lång text.')
      expect(formatIssue(makeIssue('body.missing', ['body']), mine)).toBe('Meddelandetext måste anges.')
    })

    it('falls back to English when its function throws, gives no string, or is no function', () => {
      const bad = (entry: unknown): CustomMessages => ({ 'body.too_long': entry }) as unknown as CustomMessages
      expect(formatIssue(TOO_LONG, bad(() => { throw new Error('boom') }))).toBe(ENGLISH)
      expect(formatIssue(TOO_LONG, bad(() => 42))).toBe(ENGLISH)
      expect(formatIssue(TOO_LONG, bad(() => undefined))).toBe(ENGLISH)
      expect(formatIssue(TOO_LONG, bad('Too long'))).toBe(ENGLISH)
    })

    it('uses own entries only: an inherited message (a polluted prototype) is not the table\'s', () => {
      const inherited = Object.create({ 'body.too_long': () => 'inherited' }) as CustomMessages
      expect(formatIssue(TOO_LONG, inherited)).toBe(ENGLISH)
    })

    it("calls a function only with params of its code's shape", () => {
      const seen: unknown[] = []
      const spy: CustomMessages = {
        'body.too_long': (p) => {
          seen.push(p)
          return 'seen'
        },
      }
      expect(formatIssue({ ...TOO_LONG, params: { length: '2001', max: 2000 } }, spy)).toBe(ENGLISH)
      expect(formatIssue({ ...TOO_LONG, params: { max: 2000 } }, spy)).toBe(ENGLISH)
      expect(seen).toStrictEqual([])
      expect(formatIssue(TOO_LONG, spy)).toBe('seen')
      // The issue's own params, in an object that inherits nothing.
      expect(seen.map((p) => [Object.getPrototypeOf(p), { ...(p as object) }])).toStrictEqual([[null, { length: 2001, max: 2000 }]])
    })
  })

  describe('for any input (never throws)', () => {
    it('keeps the own message of an issue whose code is not in the catalogue', () => {
      const alien = { severity: 'error', code: 'body.too_short', path: '', message: 'Too short.' } as unknown as Issue
      expect(formatIssue(alien, 'sv')).toBe('Too short.')
      expect(formatIssue({ ...alien, code: 'toString' } as unknown as Issue, 'sv')).toBe('Too short.')
      expect(formatIssue({ ...alien, code: 42 } as unknown as Issue, 'sv')).toBe('Too short.')
    })

    it('keeps the own message of an issue whose params lack a value its message needs, or have the wrong kind', () => {
      const bare: Issue = { severity: TOO_LONG.severity, code: TOO_LONG.code, path: TOO_LONG.path, message: TOO_LONG.message }
      expect(formatIssue(bare, 'sv')).toBe(ENGLISH)
      expect(formatIssue({ ...TOO_LONG, params: { length: 2001 } }, 'sv')).toBe(ENGLISH)
      expect(formatIssue({ ...TOO_LONG, params: { length: 2001, max: '2000' } }, 'sv')).toBe(ENGLISH)
      expect(formatIssue({ ...TOO_LONG, params: null } as unknown as Issue, 'sv')).toBe(ENGLISH)
      const chars = makeIssue('sender.invalid_characters', ['sender'], { characters: ['-'] })
      expect(formatIssue({ ...chars, params: { characters: '-' } }, 'sv')).toBe(chars.message)
      // A value a message says as text must be a string: a number there is the wrong kind too.
      const unknown = makeIssue('request.unknown_field', [], { field: 'x' })
      expect(formatIssue({ ...unknown, params: { field: 42 } } as unknown as Issue, 'sv')).toBe(unknown.message)
    })

    it('keeps the own message of an issue whose number is no number a message can say (NaN, Infinity)', () => {
      for (const length of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expect(formatIssue({ ...TOO_LONG, params: { length, max: 2000 } }, 'sv')).toBe(ENGLISH)
        expect(formatIssue({ ...TOO_LONG, params: { length, max: 2000 } }, 'en')).toBe(ENGLISH)
      }
    })

    it('keeps the own message of a json.invalid whose problem or expected is none the messages name (inherited names included)', () => {
      const real = makeIssue('json.invalid', [], { problem: 'unexpected_character', expected: 'value', found: '}', line: 1, column: 6 })
      const own = real.message
      // The real issue is said in Swedish: the checks below are about the words, not the rest.
      expect(formatIssue(real, 'sv')).not.toBe(own)
      const bad: ReadonlyArray<Readonly<Record<string, unknown>>> = [
        { problem: 'toString' },
        { problem: 'nope' },
        { problem: '__proto__' },
        { problem: 'value' }, // a word for what was expected, not a problem
        { problem: 42 },
        { problem: undefined },
        { expected: 'toString' },
        { expected: 'constructor' },
        { expected: 'empty' }, // a problem, not something expected
        { expected: 5 },
        { expected: null },
      ]
      for (const change of bad) {
        const issue = { ...real, params: { ...real.params, ...change } } as unknown as Issue
        expect([change, formatIssue(issue, 'sv')]).toStrictEqual([change, own])
        expect([change, formatIssue(issue, 'en')]).toStrictEqual([change, own])
      }
      // Without `expected` (optional) the issue is still said.
      const withoutExpected: Record<string, unknown> = { ...real.params }
      delete withoutExpected['expected']
      expect(formatIssue({ ...real, params: withoutExpected }, 'sv')).toMatch(/^Begäran är inte giltig JSON på rad 1, kolumn 6: /)
    })

    it('says a message without values, and one whose values are all optional, without params', () => {
      expect(formatIssue(makeIssue('body.missing', ['body']), 'sv')).toBe('Meddelandetext måste anges.')
      expect(formatIssue(makeIssue('type.invalid', ['type'], {}), 'sv')).toBe('Typen måste vara "sms" eller "flash".')
    })

    it('keeps the own message when a message throws on the values it got (a list of the wrong items)', () => {
      const gsm = makeIssue('message.not_gsm', ['body'], { characters: [{ char: '😀', index: 3 }] })
      expect(formatIssue({ ...gsm, params: { characters: [null] } }, 'sv')).toBe(gsm.message)
    })

    it('says "" for what is no issue, and the own message when the table cannot be read', () => {
      expect(formatIssue(null as unknown as Issue, 'sv')).toBe('')
      expect(formatIssue(undefined as unknown as Issue, 'sv')).toBe('')
      expect(formatIssue('body.missing' as unknown as Issue, 'sv')).toBe('')
      expect(formatIssue(throwingProxy({}) as Issue, 'sv')).toBe('')
      expect(formatIssue(revokedProxy({}) as Issue, 'sv')).toBe('')
      expect(formatIssue({ ...TOO_LONG, message: 7 } as unknown as Issue, 'xx' as 'sv')).toBe(ENGLISH)
      expect(formatIssue(TOO_LONG, throwingProxy({}) as CustomMessages)).toBe(ENGLISH)
      expect(formatIssue(TOO_LONG, revokedProxy({}) as CustomMessages)).toBe(ENGLISH)
      expect(formatIssue({ ...TOO_LONG, params: throwingProxy({}) }, 'sv')).toBe(ENGLISH)
      expect(formatIssue(TOO_LONG, undefined as unknown as 'sv')).toBe(ENGLISH)
    })

    it('keeps the own message when the code or params throw when read', () => {
      const getters = Object.defineProperties(
        { severity: 'error', path: '', message: 'Own.' },
        { code: { get: () => { throw new Error('hostile') }, enumerable: true } },
      ) as unknown as Issue
      expect(formatIssue(getters, 'sv')).toBe('Own.')
    })

    describe('properties', () => {
      it('answers a string for any issue and any table', () => {
        const anyIssue = fc.oneof(
          fc.anything(),
          fc.record({ code: fc.constantFrom(...issueCodes), message: fc.anything(), params: fc.anything() }, { requiredKeys: ['code'] }),
        )
        fc.assert(
          fc.property(anyIssue, fc.oneof(fc.constantFrom('en', 'sv'), fc.anything()), (issue, table) => {
            expect(typeof formatIssue(issue as Issue, table as 'sv')).toBe('string')
          }),
        )
      })

      it('says an issue the library made in Swedish and back in English unchanged', () => {
        fc.assert(
          fc.property(fc.constantFrom(...examples()), (issue) => {
            const swedish = { ...issue, message: formatIssue(issue, 'sv') }
            expect(formatIssue(swedish, 'en')).toBe(issue.message)
          }),
        )
      })
    })
  })
})
