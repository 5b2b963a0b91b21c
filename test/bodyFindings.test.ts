// SPEC "A Left holds every error found": what the body's own characters and placeholders say
// (message.not_gsm and template.unresolved at the body's path) is known without any recipient,
// so no other field's error may hide it.
import * as fc from 'fast-check'
import * as E from 'fp-ts/Either'
import { validateBatch } from '../src/batch'
import { prepareBatch } from '../src/compose'
import type { Issue } from '../src/issue'
import { ABSENT, corruptions, keyOf, NOW, recipientDictionary, recipientList, validRequest } from './arbitraries'

const now = NOW
const BODY_CODES = new Set(['message.not_gsm', 'template.unresolved'])

function issuesOf(r: E.Either<ReadonlyArray<Issue>, { readonly warnings: ReadonlyArray<Issue> }>): ReadonlyArray<Issue> {
  return E.isLeft(r) ? r.left : r.right.warnings
}

/** The body-level findings: [code, path, params] of message.not_gsm and template.unresolved at the body. */
function bodyFindings(request: unknown, bodyPath: string): unknown[] {
  return issuesOf(validateBatch(request, { now }))
    .filter((i) => BODY_CODES.has(i.code) && i.path === bodyPath)
    .map((i) => [i.code, i.params])
}

const gsmEmojiBody = { sender: 'iP1', body: 'Hej {name} 😀 {missing}', datacoding: 'gsm' }

describe('body findings whatever the other fields hold', () => {
  it.each([
    ['the list form with an invalid number', { ...gsmEmojiBody, recipients: ['46701234567', '+46701234568'] }],
    ['the dictionary form with an invalid number', { ...gsmEmojiBody, recipients: { '46701234567': { name: 'Ann' }, '+46701234568': { name: 'Bo' } } }],
    ['the dictionary form with a template value that is no string', { ...gsmEmojiBody, recipients: { '46701234567': { name: 'Ann', age: 42 } } }],
  ])('reports message.not_gsm at /body with %s', (_name, request) => {
    const codes = issuesOf(validateBatch(request, { now })).map((i) => [i.code, i.path])
    expect(codes).toContainEqual(['message.not_gsm', '/body'])
    expect(issuesOf(prepareBatch(request, { now })).map((i) => [i.code, i.path])).toContainEqual(['message.not_gsm', '/body'])
  })

  it('reports template.unresolved with a key that only an invalid recipient or a bad value holds (they add no key to the batch)', () => {
    const request = {
      sender: 'iP1',
      body: 'Hej {name} {code} {age}',
      recipients: { '46701234567': { name: 'Ann', age: 42 }, '+46701234568': { code: 'X' } },
    }
    expect(bodyFindings(request, '/body')).toStrictEqual([
      ['template.unresolved', { placeholder: '{code}', key: 'code' }],
      ['template.unresolved', { placeholder: '{age}', key: 'age' }],
    ])
  })

  it('reports the characters outside the placeholders, and no unresolved placeholder, when the recipients have no form', () => {
    const request = { sender: 'iP1', body: 'Hi {name} 😀', datacoding: 'gsm', recipients: 5 }
    expect(bodyFindings(request, '/body')).toStrictEqual([['message.not_gsm', { characters: [{ char: '😀', index: 10 }] }]])
  })

  describe('properties', () => {
    // Bodies that have something to say: placeholders of keys the recipients may or may not
    // hold, and characters outside GSM.
    const bodyText = fc
      .array(fc.constantFrom('Hej ', '{name}', '{sign}', '{nokey}', '😀', 'ä', '“', ' ', '€', '{x'), { minLength: 1, maxLength: 8 })
      .map((parts) => `A${parts.join('')}`)

    const request = fc
      .tuple(validRequest, fc.oneof(recipientList, recipientDictionary), bodyText, fc.constantFrom('gsm', 'ucs'))
      .map(([base, recipients, body, datacoding]) => {
        const replaced = new Set(['recipients', 'body', 'datacoding'])
        const r = Object.fromEntries(Object.entries(base).filter(([k]) => !replaced.has(k.toLowerCase())))
        return { ...r, recipients, body, datacoding }
      })

    type Breakage = (r: Record<string, unknown>) => Record<string, unknown>
    const replace =
      (field: 'sender' | 'priority' | 'deliveryWindows', value: unknown): Breakage =>
      (r) => {
        const k = keyOf(r, field)
        const out = Object.fromEntries(Object.entries(r).filter(([key]) => key !== k))
        return value === ABSENT ? out : { ...out, [field]: value }
      }
    const addInvalidRecipient =
      (number: string): Breakage =>
      (r) => {
        const rs = r['recipients']
        return Array.isArray(rs)
          ? { ...r, recipients: [...(rs as unknown[]), number] }
          : { ...r, recipients: { ...(rs as Record<string, unknown>), [number]: { nokey: 'brought by an invalid recipient' } } }
      }
    const addBadValue =
      (value: unknown): Breakage =>
      (r) => {
        const rs = r['recipients']
        if (Array.isArray(rs)) return { ...r, recipients: { '46701234567': { nokey: value } } }
        const first = Object.keys(rs as Record<string, unknown>).find((k) => k !== 'default') ?? '46701234567'
        const values = (rs as Record<string, Record<string, unknown>>)[first] ?? {}
        return { ...r, recipients: { ...(rs as Record<string, unknown>), [first]: { ...values, nokey: value } } }
      }
    const breakage: fc.Arbitrary<Breakage> = fc.oneof(
      corruptions.sender.map((v) => replace('sender', v)),
      corruptions.priority.map((v) => replace('priority', v)),
      corruptions.deliveryWindows.map((v) => replace('deliveryWindows', v)),
      fc.constantFrom('+46701234568', '46 70 123 45 68', '4670-123', '1234567890123456', '').map(addInvalidRecipient),
      fc.constantFrom<unknown>(42, null, true, ['x'], { a: 'b' }).map(addBadValue),
    )

    it('should report the body-level issues of a request after any breakage of another field', () => {
      fc.assert(
        fc.property(request, breakage, (r, breakIt) => {
          const before = bodyFindings(r, '/body')
          const broken = breakIt(r)
          // The list-form "bad value" breakage turns the list into a dictionary: compare with
          // the same request unbroken in that form.
          const reference = Array.isArray(r['recipients']) && !Array.isArray(broken['recipients'])
            ? bodyFindings({ ...r, recipients: { '46701234567': {} } }, '/body')
            : before
          const after = bodyFindings(broken, '/body')
          expect(after).toStrictEqual(reference)
        }),
      )
    })

    /**
     * What composing adds: prepareBatch's issues that validateBatch does not give, as
     * [code, path, params], but those of code `except`.
     */
    function messageIssues(request: unknown, except: string): string[] {
      const key = (i: Issue): string => JSON.stringify([i.code, i.path, i.params])
      const checked = new Set(issuesOf(validateBatch(request, { now })).map(key))
      return issuesOf(prepareBatch(request, { now }))
        .filter((i) => i.code !== except)
        .map(key)
        .filter((k) => !checked.has(k))
    }

    // The messages' own issues (message.not_gsm from a value, message.too_long, template.empty_value,
    // the number warnings) depend on the recipients, the body and the datacoding alone: an error
    // of the sender, the priority or the windows must not hide them. The sender's reach
    // (sender.alphanumeric_unsupported) is about the whole request, and waits until it is valid.
    it('should report the messages\' issues of a request after any breakage of the sender, the priority or the windows', () => {
      const otherField: fc.Arbitrary<Breakage> = fc.oneof(
        corruptions.sender.map((v) => replace('sender', v)),
        corruptions.priority.map((v) => replace('priority', v)),
        corruptions.deliveryWindows.map((v) => replace('deliveryWindows', v)),
      )
      fc.assert(
        fc.property(request, otherField, (r, breakIt) => {
          const reach = 'sender.alphanumeric_unsupported'
          expect(messageIssues(breakIt(r), reach)).toStrictEqual(messageIssues(r, reach))
        }),
      )
    })
  })
})
