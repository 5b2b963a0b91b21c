// Request-level edges found by mutation testing: field suggestions at their thresholds, the
// dictionary form's national numbers, where a body character outside GSM is indexed, and the
// cap on request-level issues.
import * as E from 'fp-ts/Either'
import { checkRequestParts, knownBatchKeys, staticText, suggestField, validateBatch, type RecipientsMemo } from '../../src/batch'
import { compileTemplate } from '../../src/template'
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

describe('suggestField at its length bound', () => {
  // SUGGEST_MAX_LENGTH is 64: a name of 64 characters is still folded ('-', '_' and ' ' dropped),
  // one of 65 is not read at all.
  it('folds a name of 64 characters, and refuses one of 65 by its length', () => {
    expect(suggestField('recipients' + '_'.repeat(54))).toBe('recipients')
    expect(suggestField('recipients' + '_'.repeat(55))).toBeUndefined()
  })

  it('finds a field written in another case and with separators (distance 0)', () => {
    expect([suggestField('Delivery-Report_URL'), suggestField('SENDER')]).toStrictEqual(['deliveryReportUrl', 'sender'])
  })
})

describe('the body text under gsm, whatever the recipients are', () => {
  // decisions.md ("The body's own findings stand on their own"): with no recipients form the keys
  // of the batch are unknown, so placeholders are taken as resolved and their text is not checked.
  it('does not check the text of placeholders when the recipients have no form', () => {
    const r = validateBatch({ sender: 'iP1', body: 'Hej {имя}', datacoding: 'gsm' })
    expect(all(r).map((i) => i.code)).toStrictEqual(['recipients.missing'])
    const outside = validateBatch({ sender: 'iP1', body: 'Привет {name}', datacoding: 'gsm' })
    expect(all(outside).map((i) => i.code)).toStrictEqual(['recipients.missing', 'message.not_gsm'])
  })

  // LISTED_MAX is 100: the first 100 characters outside GSM are listed, the rest counted.
  it('lists 100 characters outside GSM and counts the rest as omitted', () => {
    const r = validateBatch({ ...base, body: 'й'.repeat(105), datacoding: 'gsm' })
    const notGsm = all(r).find((i) => i.code === 'message.not_gsm')
    const params = notGsm?.params as { characters: unknown[]; omitted?: number } | undefined
    expect([params?.characters.length, params?.omitted]).toStrictEqual([100, 5])
    const exactly = validateBatch({ ...base, body: 'й'.repeat(100), datacoding: 'gsm' })
    const listed = all(exactly).find((i) => i.code === 'message.not_gsm')?.params as { characters: unknown[]; omitted?: number } | undefined
    expect([listed?.characters.length, listed && 'omitted' in listed]).toStrictEqual([100, false])
  })
})

describe('staticText: the body without its resolved placeholders', () => {
  it('keeps unresolved placeholders as written, each character indexed in the body', () => {
    const t = compileTemplate('Hi {a} {b}!')
    expect(staticText(t, new Set(['a']))).toStrictEqual({ text: 'Hi  {b}!', offsets: [0, 1, 2, 6, 7, 8, 9, 10] })
    expect(staticText(t, new Set())).toStrictEqual({ text: 'Hi {a} {b}!', offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })
  })
})

describe('binding fields: a key longer than every field is not copied', () => {
  // LONGEST_FIELD is 17 (deliveryReportUrl): a longer key is no field and is never lower-cased
  // (a 10 MB key would be copied whole). Past 64 characters suggestField does not read it either.
  it('never lower-cases a key of 100 characters', () => {
    const key = 'X'.repeat(100)
    const spy = jest.spyOn(String.prototype, 'toLowerCase')
    try {
      const r = validateBatch({ ...base, [key]: 1 })
      expect(all(r).map((i) => i.code)).toStrictEqual(['request.unknown_field'])
      expect(spy.mock.contexts.filter((s) => String(s).length === 100)).toStrictEqual([])
    } finally {
      spy.mockRestore()
    }
  })
})

describe('the recipients memo of a request checked again and again (createDraft)', () => {
  const dictionary = { '46701234567': { name: 'Ann' } }

  it('answers again from the memo only for the same value', () => {
    const memo: RecipientsMemo = { allKeys: false, last: undefined }
    const first = checkRequestParts({ ...base }, undefined, memo)
    const again = checkRequestParts({ ...base }, undefined, memo)
    expect(again.recipients).toBe(first.recipients)
    const other = checkRequestParts({ ...base, recipients: ['abc'] }, undefined, memo)
    expect(other.recipients).not.toBe(first.recipients)
    expect(other.recipients?.result._tag).toBe('Left')
  })

  // An answer made without the keys of the batch cannot serve a body that gains a placeholder.
  it('checks again when the body gains a placeholder the memo has no keys for', () => {
    const memo: RecipientsMemo = { allKeys: false, last: undefined }
    const request = { ...base, recipients: dictionary }
    checkRequestParts({ ...request, body: 'Hi' }, undefined, memo)
    const withKey = checkRequestParts({ ...request, body: 'Hi {name}' }, undefined, memo)
    expect(withKey.recipients?.keys).toStrictEqual(new Set(['name']))
    expect(valueOf(validateBatch({ ...request, body: 'Hi {name}' })).warnings).toStrictEqual([])
  })

  // Without a placeholder in the body, validateBatch gathers no keys of the batch: nothing is
  // registered for the composer.
  it('registers no keys of the batch for a body without placeholders', () => {
    const plain = valueOf(validateBatch({ ...base, recipients: dictionary, body: 'Hi' }))
    expect(knownBatchKeys(plain.request.recipients)).toBeUndefined()
    const templated = valueOf(validateBatch({ ...base, recipients: dictionary, body: 'Hi {name}' }))
    expect(knownBatchKeys(templated.request.recipients)).toStrictEqual(new Set(['name']))
  })
})
