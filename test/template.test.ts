import fc from 'fast-check'
import { compileTemplate, placeholderKeys, renderCompiled, renderTemplate, type Rendered } from '../src/template.js'

type Values = Record<string, string>

/** An object with exactly these own, enumerable keys, optionally without a prototype. */
function record(entries: ReadonlyArray<readonly [string, string]>, nullPrototype = false): Values {
  const o = (nullPrototype ? Object.create(null) : {}) as Values
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
  return o
}

describe('renderTemplate', () => {
  // Source page: recipients {"456189040623": {"sign": "sent by Bob"}, "175368927054": {}, …,
  // "default": {"sign": " sent by iP.1"}}, body "A very nice message{sign}".
  describe("the source page's dictionary example", () => {
    const body = 'A very nice message{sign}'
    const defaults = { sign: ' sent by iP.1' }
    const batchKeys = new Set(['sign'])

    it('gives 456189040623 its own value: "A very nice messagesent by Bob"', () => {
      expect(renderTemplate(body, { sign: 'sent by Bob' }, defaults, batchKeys)).toStrictEqual({
        text: 'A very nice messagesent by Bob',
        unresolved: [],
        emptied: [],
      })
    })

    it('gives the other recipients the default, with its leading space: "A very nice message sent by iP.1"', () => {
      for (const values of [{}, Object.create(null) as Values]) {
        expect(renderTemplate(body, values, defaults, batchKeys)).toStrictEqual({
          text: 'A very nice message sent by iP.1',
          unresolved: [],
          emptied: [],
        })
      }
    })

    it('reaches the same result when batchKeys is left to default to the keys of values and defaults', () => {
      expect(renderTemplate(body, { sign: 'sent by Bob' }, defaults).text).toBe('A very nice messagesent by Bob')
      expect(renderTemplate(body, {}, defaults).text).toBe('A very nice message sent by iP.1')
    })
  })

  // SPEC: "Only own keys count: {constructor}, {toString} or {__proto__} with no such key stays as written."
  it('leaves {constructor}, {toString}, {__proto__} and {hasOwnProperty} as written when they are no own keys', () => {
    const body = '{constructor} {toString} {__proto__} {hasOwnProperty}'
    expect(renderTemplate(body, {}, {})).toStrictEqual({
      text: body,
      unresolved: ['{constructor}', '{toString}', '{__proto__}', '{hasOwnProperty}'],
      emptied: [],
    })
    expect(renderTemplate(body, Object.create(null) as Values, Object.create(null) as Values).text).toBe(body)
  })

  it('replaces {constructor} and {__proto__} when they really are own keys (as JSON.parse makes them)', () => {
    const values = JSON.parse('{"__proto__": "P", "constructor": "C"}') as Values
    expect(renderTemplate('{__proto__}-{constructor}-{toString}', values)).toStrictEqual({
      text: 'P-C-{toString}',
      unresolved: ['{toString}'],
      emptied: [],
    })
  })

  it('does not read keys inherited from a prototype', () => {
    const values = Object.create({ name: 'inherited' }) as Values
    expect(renderTemplate('Hi {name}', values)).toStrictEqual({ text: 'Hi {name}', unresolved: ['{name}'], emptied: [] })
  })

  // SPEC: "a value that contains {other} is inserted as is, never expanded again."
  it('inserts a value containing {sign} as is, without expanding it again', () => {
    expect(renderTemplate('{a}{sign}', { a: '{sign}', sign: 'S' })).toStrictEqual({
      text: '{sign}S',
      unresolved: [],
      emptied: [],
    })
  })

  // SPEC: "else the empty string (then template.empty_value (w) at the recipient's path)".
  it('empties a key of the batch that only another recipient has, and lists it in emptied once', () => {
    const keys = new Set(['name', 'sign'])
    expect(renderTemplate('Hi {name}{sign}, {name}!', {}, { sign: '.' }, keys)).toStrictEqual({
      text: 'Hi ., !',
      unresolved: [],
      emptied: ['name'],
    })
  })

  it('uses an own empty value as given, without listing the key in emptied', () => {
    expect(renderTemplate('[{a}]', { a: '' }, { a: 'default' })).toStrictEqual({ text: '[]', unresolved: [], emptied: [] })
  })

  // SPEC: "A placeholder whose key is no key of the batch stays as written … template.unresolved".
  it('keeps a placeholder of an unknown key as written and lists it in unresolved once', () => {
    expect(renderTemplate('{x} and {x} and {y}', { a: '1' })).toStrictEqual({
      text: '{x} and {x} and {y}',
      unresolved: ['{x}', '{y}'],
      emptied: [],
    })
  })

  it('matches keys case-sensitively', () => {
    expect(renderTemplate('{Name}/{name}', { name: 'n' })).toStrictEqual({
      text: '{Name}/n',
      unresolved: ['{Name}'],
      emptied: [],
    })
  })

  it('treats batchKeys as authoritative: an own value whose key is not in batchKeys stays as written', () => {
    expect(renderTemplate('{a}{b}', { a: '1', b: '2' }, {}, new Set(['a']))).toStrictEqual({
      text: '1{b}',
      unresolved: ['{b}'],
      emptied: [],
    })
  })

  // Issue 3: "`{` without a closing brace, `{}` and nested braces are literal text."
  it('keeps a { without a closing brace and a lone } as literal text', () => {
    expect(renderTemplate('Save 50% {now', { now: 'x' })).toStrictEqual({ text: 'Save 50% {now', unresolved: [], emptied: [] })
    expect(renderTemplate('a} {b', { a: 'x', b: 'y' })).toStrictEqual({ text: 'a} {b', unresolved: [], emptied: [] })
  })

  it('keeps {} as literal text, not as an unresolved placeholder', () => {
    expect(renderTemplate('set {} = {a}', { '': 'empty key', a: 'A' })).toStrictEqual({
      text: 'set {} = A',
      unresolved: [],
      emptied: [],
    })
  })

  it('reads {{a}} as a literal { + the placeholder {a} + a literal }', () => {
    expect(renderTemplate('{{a}}', { a: 'X' })).toStrictEqual({ text: '{X}', unresolved: [], emptied: [] })
    expect(renderTemplate('{{a}}', {})).toStrictEqual({ text: '{{a}}', unresolved: ['{a}'], emptied: [] })
    expect(renderTemplate('{a{b}c}', { a: '1', b: '2' })).toStrictEqual({ text: '{a2c}', unresolved: [], emptied: [] })
  })

  it('inserts values with surrogate pairs and emoji intact, and accepts emoji keys', () => {
    expect(renderTemplate('😀{n}😀 {🎉}', { n: '👋🏽 ok', '🎉': '𝄞' })).toStrictEqual({
      text: '😀👋🏽 ok😀 𝄞',
      unresolved: [],
      emptied: [],
    })
  })

  it('renders an empty body to the empty string', () => {
    expect(renderTemplate('', { a: '1' })).toStrictEqual({ text: '', unresolved: [], emptied: [] })
  })

  it('renders a body that is not a string at run time as the empty string', () => {
    expect(renderTemplate(42 as unknown as string, {})).toStrictEqual({ text: '', unresolved: [], emptied: [] })
  })

  it('does not throw on values or defaults that are not objects at run time', () => {
    const notAnObject = null as unknown as Values
    expect(renderTemplate('{a}', notAnObject, notAnObject)).toStrictEqual({ text: '{a}', unresolved: ['{a}'], emptied: [] })
  })
})

describe('compileTemplate', () => {
  it('splits a body into literal chunks around the placeholder keys', () => {
    expect(compileTemplate('Hi {name}, {{x}} {} {name}')).toStrictEqual({
      body: 'Hi {name}, {{x}} {} {name}',
      literals: ['Hi ', ', {', '} {} ', ''],
      keys: ['name', 'x', 'name'],
      firstOccurrence: [true, true, false],
      hasPlaceholders: true,
    })
  })

  it('reads any non-empty text without braces between { and } as a key, spaces included', () => {
    expect(compileTemplate('plain { text }{')).toStrictEqual({
      body: 'plain { text }{',
      literals: ['plain ', '{'],
      keys: [' text '],
      firstOccurrence: [true],
      hasPlaceholders: true,
    })
  })

  it('compiles a body without placeholders to one literal chunk', () => {
    expect(compileTemplate('no braces {} here } {')).toStrictEqual({
      body: 'no braces {} here } {',
      literals: ['no braces {} here } {'],
      keys: [],
      firstOccurrence: [],
      hasPlaceholders: false,
    })
  })
})

describe('placeholderKeys', () => {
  it('lists the distinct keys in order of first appearance', () => {
    expect(placeholderKeys(compileTemplate('{b}{a}{b}{}{{c}}'))).toStrictEqual(['b', 'a', 'c'])
  })
})

describe('renderCompiled', () => {
  it('renders one compiled body for several recipients', () => {
    const t = compileTemplate('A very nice message{sign}')
    const defaults = { sign: ' sent by iP.1' }
    const keys = new Set(['sign'])
    expect(renderCompiled(t, { sign: 'sent by Bob' }, defaults, keys).text).toBe('A very nice messagesent by Bob')
    expect(renderCompiled(t, {}, defaults, keys).text).toBe('A very nice message sent by iP.1')
  })
})

// ---------------------------------------------------------------------------------------------

/** A reference written differently: a regular expression and `String.prototype.replace`. */
function reference(body: string, values: Values, defaults: Values | undefined, batchKeys: ReadonlySet<string> | undefined): Rendered {
  const own = (o: Values | undefined, k: string): boolean => o !== undefined && Object.keys(o).includes(k)
  const isBatchKey = (k: string): boolean => (batchKeys === undefined ? own(values, k) || own(defaults, k) : batchKeys.has(k))
  const unresolved = new Set<string>()
  const emptied = new Set<string>()
  const text = body.replace(/\{([^{}]+)\}/g, (whole: string, key: string) => {
    if (!isBatchKey(key)) {
      unresolved.add(whole)
      return whole
    }
    if (own(values, key)) return values[key] ?? ''
    if (defaults !== undefined && own(defaults, key)) return defaults[key] ?? ''
    emptied.add(key)
    return ''
  })
  return { text, unresolved: [...unresolved], emptied: [...emptied] }
}

const KEYS = ['a', 'b', 'ab', 'constructor', '__proto__', 'toString', '😀'] as const
const key = fc.constantFrom(...KEYS)
const bodyArb = fc
  .array(fc.oneof(fc.constantFrom('{', '}', ' ', 'x', 'é', '😀', '{}'), key, key.map((k) => `{${k}}`)))
  .map((parts) => parts.join(''))
const valueArb = fc.string({ unit: fc.constantFrom('{', '}', 'a', 'b', ' ', '$&', '$1', '😀') })
const recordArb = fc
  .tuple(fc.array(fc.tuple(key, valueArb), { maxLength: 5 }), fc.boolean())
  .map(([entries, nullPrototype]) => record(entries, nullPrototype))
const batchKeysArb = fc.option(fc.uniqueArray(key).map((ks) => new Set<string>(ks)), { nil: undefined })
const defaultsArb = fc.option(recordArb, { nil: undefined })

describe('properties', () => {
  it('should render a body without placeholders to itself', () => {
    const noPlaceholders = fc.string({ unit: fc.constantFrom('{', 'a', ' ', '😀', '{}', '}') }).filter((s) => !/\{[^{}]+\}/.test(s))
    fc.assert(
      fc.property(noPlaceholders, recordArb, defaultsArb, batchKeysArb, (body, values, defaults, batchKeys) => {
        expect(renderTemplate(body, values, defaults, batchKeys)).toStrictEqual({ text: body, unresolved: [], emptied: [] })
      }),
    )
  })

  it('should never expand an inserted value again', () => {
    const literal = fc.string({ unit: fc.constantFrom('a', ' ', '😀') })
    fc.assert(
      fc.property(literal, literal, literal, valueArb, valueArb, (l0, l1, l2, va, vb) => {
        const body = `${l0}{a}${l1}{b}${l2}`
        expect(renderTemplate(body, { a: va, b: vb }).text).toBe(l0 + va + l1 + vb + l2)
      }),
    )
  })

  it('should agree with an independent regex-based reference', () => {
    fc.assert(
      fc.property(bodyArb, recordArb, defaultsArb, batchKeysArb, (body, values, defaults, batchKeys) => {
        expect(renderTemplate(body, values, defaults, batchKeys)).toStrictEqual(reference(body, values, defaults, batchKeys))
      }),
    )
  })

  it('should render a body compiled once the same as renderTemplate, recipient after recipient', () => {
    fc.assert(
      fc.property(bodyArb, fc.array(recordArb, { maxLength: 4 }), defaultsArb, batchKeysArb, (body, recipients, defaults, batchKeys) => {
        const t = compileTemplate(body)
        for (const values of recipients) {
          expect(renderCompiled(t, values, defaults, batchKeys)).toStrictEqual(renderTemplate(body, values, defaults, batchKeys))
        }
      }),
    )
  })

  it('should list placeholderKeys as the distinct keys the reference regex finds', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const found = [...body.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] ?? '')
        expect(placeholderKeys(compileTemplate(body))).toStrictEqual([...new Set(found)])
      }),
    )
  })

  it('should not mutate its inputs', () => {
    fc.assert(
      fc.property(bodyArb, recordArb, defaultsArb, batchKeysArb, (body, values, defaults, batchKeys) => {
        const before = JSON.stringify([Object.entries(values), defaults && Object.entries(defaults), batchKeys && [...batchKeys]])
        Object.freeze(values)
        if (defaults !== undefined) Object.freeze(defaults)
        renderTemplate(body, values, defaults, batchKeys)
        const after = JSON.stringify([Object.entries(values), defaults && Object.entries(defaults), batchKeys && [...batchKeys]])
        expect(after).toBe(before)
      }),
    )
  })
})
