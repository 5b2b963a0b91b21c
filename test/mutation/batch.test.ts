// Request-level edges found by mutation testing: field suggestions at their thresholds, the
// dictionary form's national numbers, where a body character outside GSM is indexed, and the
// cap on request-level issues.
import * as E from 'fp-ts/Either'
import { suggestField, validateBatch } from '../../src/batch'
import type { Issue } from '../../src/issue'
import { valueOf } from '../helpers'

const base = { sender: 'iP1', recipients: ['46701234567'], body: 'x' }
const all = (r: ReturnType<typeof validateBatch>): ReadonlyArray<Issue> => (E.isLeft(r) ? r.left : r.right.warnings)

describe('suggestField at its thresholds', () => {
  // decisions.md: "the closest name within an edit distance of a third of its length (at least 2)".
  it('suggests within two edits for a short name, and within a third of a long one', () => {
    expect(suggestField('sndr')).toBe('sender') // 4 letters, 2 edits: the floor of 2 applies
    expect(suggestField('delivrywndws')).toBe('deliveryWindows') // 12 letters, 3 edits ≤ 4
    expect(suggestField('dlvrywndws')).toBeUndefined() // 10 letters, 5 edits > 3
  })

  it('is undefined for a value that is not a string (JavaScript callers)', () => {
    expect([suggestField(42 as unknown as string), suggestField(null as unknown as string)]).toStrictEqual([undefined, undefined])
  })
})

describe('recipients in the dictionary form', () => {
  // Issue 7: "recipient.national_format (starts with 0: country code missing?)" — in both forms.
  it('warns recipient.national_format for a dictionary key starting with 0, at that key', () => {
    const r = validateBatch({ ...base, recipients: { '0701234567': {} } })
    expect(all(r).map((i) => [i.path, i.code])).toStrictEqual([['/recipients/0701234567', 'recipient.national_format']])
  })
})

describe('message.not_gsm of the body, indexed in the body as written', () => {
  // decisions.md: a non-GSM character of the body as written (outside resolved placeholders) is
  // one message.not_gsm at the body's path, with its index in the body.
  it('skips resolved placeholders, keeps unresolved ones as text, and indexes what follows', () => {
    // "{a}" is a key of the batch (3 characters), "{zz}" is not (kept, 4 characters):
    // 'ж' stands at 3, '✓' at 3 + 1 + 4 = 8; "{" and "}" are GSM (extension table).
    const r = validateBatch({ ...base, recipients: { '46701234567': { a: 'A' } }, body: '{a}ж{zz}✓', datacoding: 'gsm' })
    expect(all(r).map((i) => [i.path, i.code, i.params])).toStrictEqual([
      ['/body', 'template.unresolved', { placeholder: '{zz}', key: 'zz' }],
      ['/body', 'message.not_gsm', { characters: [{ char: 'ж', index: 3 }, { char: '✓', index: 8 }] }],
    ])
  })

  it('reports the characters of an unresolved placeholder, which is sent as written', () => {
    // "{a}" resolves (skipped); "{жж}" is no key of the batch and is sent as is: its ж stand at 4 and 5.
    const r = validateBatch({ ...base, recipients: { '46701234567': { a: 'A' } }, body: '{a}{жж}', datacoding: 'gsm' })
    expect(all(r).map((i) => [i.code, i.params])).toStrictEqual([
      ['template.unresolved', { placeholder: '{жж}', key: 'жж' }],
      ['message.not_gsm', { characters: [{ char: 'ж', index: 4 }, { char: 'ж', index: 5 }] }],
    ])
  })

  it('offers each look-alike once, however often the character occurs', () => {
    const r = validateBatch({ ...base, body: '’a’', datacoding: 'gsm' })
    expect(all(r).map((i) => i.params)).toStrictEqual([
      {
        characters: [
          { char: '’', index: 0 },
          { char: '’', index: 2 },
        ],
        lookalikes: [{ char: '’', replacement: "'" }],
      },
    ])
  })

  // decisions.md: "With the array form there are no keys and the body is sent exactly as written,
  // braces included, with no template.unresolved warning."
  it('gives the array form no template.unresolved', () => {
    expect(valueOf(validateBatch({ ...base, body: 'Hi {name}' })).warnings).toStrictEqual([])
  })
})

describe('the cap on request-level issues', () => {
  // decisions.md: at most 1000 issues of one code are listed, the rest counted where they stand.
  it('lists 1000 unknown fields and counts the others at the whole request', () => {
    const input: Record<string, unknown> = { ...base }
    for (let i = 0; i < 1003; i++) input[`extra${i}`] = i
    const warnings = valueOf(validateBatch(input)).warnings
    expect(warnings).toHaveLength(1001)
    expect(warnings[1000]).toMatchObject({ path: '', code: 'request.too_many_issues', params: { code: 'request.unknown_field', omitted: 3, cap: 1000 } })
  })
})
