/**
 * Tests written to kill mutants of the schema door (src/schema/) that its own tests left alive:
 * the names of the field codecs, what `is` says of lists and of the recipients' shape, where a
 * path stops being an array index, what a path reads inside a string, the white-space class of
 * the JSON Schema, where its definitions stand, and that the field rule keeps nothing aside.
 */
import { knownBatchKeys } from '../../src/batch'
import { fieldChecks } from '../../src/schema/fields'
import { batchCodec, fieldCodecs } from '../../src/schema/ioTs'
import { requestJsonSchemaFor } from '../../src/schema/jsonSchema'
import { locate } from '../../src/schema/path'

const NOW = new Date('2036-12-01T00:00:00Z')

describe('fieldCodecs: names and guards', () => {
  const codecs = fieldCodecs({ now: NOW })

  // io-ts reporters print a codec's name where a value failed (`Invalid value … supplied to
  // : Sender`), so a caller's logs name the field: each name is pinned here.
  it('names each field codec for the field it checks', () => {
    // Built inside the test: a mutant is switched on per test, so codecs built while the file
    // loads (like the shared ones above) never see it.
    const names = Object.fromEntries(Object.entries(fieldCodecs({ now: NOW })).map(([field, codec]) => [field, codec.name]))
    expect(names).toStrictEqual({
      sender: 'Sender',
      recipients: 'Recipients',
      body: 'Body',
      type: 'MessageType',
      datacoding: 'Datacoding',
      priority: 'Priority',
      deliveryWindows: 'DeliveryWindows',
      deliveryReportUrl: 'DeliveryReportUrl',
      reference: 'Reference',
      tags: 'Tags',
    })
  })

  describe('deliveryWindows.is: only windows as the codec decodes them', () => {
    const normal = { opens: '2036-12-02T09:00:00.000Z', closes: '2036-12-03T09:00:00.000Z' }

    it('holds for windows already normalised, every one of them', () => {
      expect(codecs.deliveryWindows.is([normal])).toBe(true)
      expect(codecs.deliveryWindows.is([normal, { opens: '2036-12-05T09:00:00.000Z', closes: '2036-12-06T09:00:00.000Z' }])).toBe(true)
    })

    // `[]` decodes to one window open from now for the default week, so `[]` itself is not a
    // decoded value: the output is longer than the input.
    it('fails for [], which decodes to a longer list', () => {
      expect(codecs.deliveryWindows.is([])).toBe(false)
    })

    // null (no windows) decodes to one window, but it is no list of windows itself.
    it('fails for null and other values that are not lists', () => {
      expect(codecs.deliveryWindows.decode(null)._tag).toBe('Right')
      expect([null, undefined, {}, 'x'].map((u) => codecs.deliveryWindows.is(u))).toStrictEqual([false, false, false, false])
    })

    // A null `closes` decodes to `opens` plus 168 hours: `opens` alone agreeing is not enough.
    it('fails when only the opening agrees (closes null decodes to a date)', () => {
      expect(codecs.deliveryWindows.is([{ opens: normal.opens, closes: null }])).toBe(false)
    })

    // One window normalised and one not: every window must agree, not some.
    it('fails when one window of two is not normalised', () => {
      expect(codecs.deliveryWindows.is([normal, { opens: '2036-12-05T09:00:00', closes: '2036-12-06T09:00:00Z' }])).toBe(false)
    })
  })

  describe('tags.is: a list of valid tags, never anything else', () => {
    it('holds for valid tags and fails for an invalid one', () => {
      expect(codecs.tags.is(['a', 'b'])).toBe(true)
      expect(codecs.tags.is(['a', ''])).toBe(false)
    })

    // The tags rule accepts null (no tags) and decodes it to []: null is no list of tags.
    it('fails for null, which the rule accepts but is not a list', () => {
      expect(codecs.tags.decode(null)).toStrictEqual({ _tag: 'Right', right: [] })
      expect(codecs.tags.is(null)).toBe(false)
    })
  })

  describe('recipients.is: the decoded shape, and nothing looser', () => {
    const listed = { recipients: [{ msisdn: '46701234567', at: 0, values: {} }], recipientsForm: 'list', defaults: {} }

    it('holds for what the codec decodes a list to', () => {
      const decoded = codecs.recipients.decode(['46701234567'])
      expect(decoded._tag).toBe('Right')
      if (decoded._tag === 'Right') expect(codecs.recipients.is(decoded.right)).toBe(true)
      expect(codecs.recipients.is(listed)).toBe(true)
    })

    it('fails for a form that is neither list nor dictionary, even with no recipients', () => {
      expect(codecs.recipients.is({ recipients: [], recipientsForm: 'list', defaults: {} })).toBe(true)
      expect(codecs.recipients.is({ recipients: [], recipientsForm: 'table', defaults: {} })).toBe(false)
    })

    it('fails when one recipient of two is malformed (every recipient, not some)', () => {
      const bad = { msisdn: '4670x', at: 1, values: {} }
      expect(codecs.recipients.is({ ...listed, recipients: [...listed.recipients, bad] })).toBe(false)
    })

    it("fails for a recipient of the list form whose position is not a number", () => {
      expect(codecs.recipients.is({ ...listed, recipients: [{ msisdn: '46701234567', at: '0', values: {} }] })).toBe(false)
    })
  })
})

describe('fieldChecks().recipients keeps nothing aside', () => {
  // validateBatch registers the keys of the batch of a dictionary for the composer; the field
  // rule composes nothing, so it registers nothing (the registry is weak, but still work).
  it('leaves no keys of the batch registered for the recipients it gives', () => {
    const r = fieldChecks(undefined).recipients({ '46701234567': { name: 'Ann' }, default: { name: 'you' } })
    expect(r._tag).toBe('Right')
    if (r._tag === 'Right') {
      expect(r.right.value.recipientsForm).toBe('dictionary')
      expect(knownBatchKeys(r.right.value.recipients)).toBeUndefined()
    }
  })
})

describe('locate: array indices and primitives', () => {
  // ECMA-262 array indices stop at 2^32 - 2; 4294967295 is an ordinary property name.
  it('takes 4294967294 as an index and 4294967295 as a name', () => {
    expect(locate(['a'], '/4294967294').map((s) => s.key)).toStrictEqual([4294967294])
    expect(locate(['a'], '/4294967295').map((s) => s.key)).toStrictEqual(['4294967295'])
  })

  // A string's characters are no values of a JSON document's path.
  it('reads nothing inside a string, a number or null', () => {
    expect(locate({ sender: 'iP1' }, '/sender/0')).toStrictEqual([
      { key: 'sender', value: 'iP1' },
      { key: '0', value: undefined },
    ])
    expect(locate({ n: 5, z: null }, '/n/toFixed')[1]).toStrictEqual({ key: 'toFixed', value: undefined })
    expect(locate({ n: 5, z: null }, '/z/0')[1]).toStrictEqual({ key: '0', value: undefined })
  })
})

describe('requestJsonSchemaFor: the white-space class and the order of keywords', () => {
  // Written out from .NET's char.IsWhiteSpace list (the rules' white space): U+0009–U+000D,
  // U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
  // Two neighbours are written one after the other, longer runs as ranges.
  it("writes the body's non-blank class range by range", () => {
    const body = requestJsonSchemaFor()['$defs'] as Record<string, Record<string, unknown>>
    expect(body['body']?.['pattern']).toBe(
      '[^\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]',
    )
  })

  // The definitions come after everything they define, as the committed documents show them.
  it('puts the definitions last, in both dialects', () => {
    expect(Object.keys(requestJsonSchemaFor('draft-2020-12')).at(-1)).toBe('$defs')
    expect(Object.keys(requestJsonSchemaFor('draft-07')).at(-1)).toBe('definitions')
  })
})

describe('batchCodec: the types of an error context', () => {
  // io-ts reporters name the type at each step of a failing path: the field's codec for the
  // request's own fields (the top level), `unknown` below them, even for a key that happens to
  // be a field's name (here a template key "body" inside a recipient).
  it('names the field codec at the top level and unknown below it', () => {
    const r = batchCodec({ now: NOW }).decode({ sender: 'iP1', body: 'Hi {body}', recipients: { '46701234567': { body: 5 } } })
    const contexts = r._tag === 'Left' ? r.left.map((e) => e.context.map((c) => [c.key, c.type.name])) : []
    expect(contexts).toStrictEqual([
      [
        ['', 'BatchRequest'],
        ['recipients', 'Recipients'],
        ['46701234567', 'unknown'],
        ['body', 'unknown'],
      ],
    ])
  })
})
