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
      unresolved: ['constructor', 'toString', '__proto__', 'hasOwnProperty'],
      emptied: [],
    })
    expect(renderTemplate(body, Object.create(null) as Values, Object.create(null) as Values).text).toBe(body)
  })

  it('replaces {constructor} and {__proto__} when they really are own keys (as JSON.parse makes them)', () => {
    const values = JSON.parse('{"__proto__": "P", "constructor": "C"}') as Values
    expect(renderTemplate('{__proto__}-{constructor}-{toString}', values)).toStrictEqual({
      text: 'P-C-{toString}',
      unresolved: ['toString'],
      emptied: [],
    })
  })

  it('does not read keys inherited from a prototype', () => {
    const values = Object.create({ name: 'inherited' }) as Values
    expect(renderTemplate('Hi {name}', values)).toStrictEqual({ text: 'Hi {name}', unresolved: ['name'], emptied: [] })
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
      unresolved: ['x', 'y'],
      emptied: [],
    })
  })

  it('matches keys case-sensitively', () => {
    expect(renderTemplate('{Name}/{name}', { name: 'n' })).toStrictEqual({
      text: '{Name}/n',
      unresolved: ['Name'],
      emptied: [],
    })
  })

  it('treats batchKeys as authoritative: an own value whose key is not in batchKeys stays as written', () => {
    expect(renderTemplate('{a}{b}', { a: '1', b: '2' }, {}, new Set(['a']))).toStrictEqual({
      text: '1{b}',
      unresolved: ['b'],
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

  // Issue 3: "nested braces are literal text." Braces match like parentheses; a matched pair
  // inside another matched pair, and the outer pair, are text.
  it('keeps {{a}} and {a{a}} exactly as written, the inner {a} neither unresolved nor emptied', () => {
    expect(renderTemplate('{{a}}', { a: 'X' })).toStrictEqual({ text: '{{a}}', unresolved: [], emptied: [] })
    expect(renderTemplate('{a{a}}', { a: 'X' })).toStrictEqual({ text: '{a{a}}', unresolved: [], emptied: [] })
    expect(renderTemplate('{{a}}', {})).toStrictEqual({ text: '{{a}}', unresolved: [], emptied: [] })
    expect(renderTemplate('{{a}}', {}, {}, new Set(['a']))).toStrictEqual({ text: '{{a}}', unresolved: [], emptied: [] })
    expect(renderTemplate('{a{b}c}', { a: '1', b: '2' })).toStrictEqual({ text: '{a{b}c}', unresolved: [], emptied: [] })
  })

  // `x{ {a} }y`: the outer `{ … }` is a matched pair around `{a}`, so all of it is text.
  it('keeps a placeholder enclosed by a matched pair with other text inside as written', () => {
    expect(renderTemplate('x{ {a} }y', { a: 'X' })).toStrictEqual({ text: 'x{ {a} }y', unresolved: [], emptied: [] })
  })

  // `{ {a}`: the first `{` is never closed, so it is text and encloses nothing.
  it('replaces {a} after a { that is never closed, keeping that { as text', () => {
    expect(renderTemplate('{ {a}', { a: 'X' })).toStrictEqual({ text: '{ X', unresolved: [], emptied: [] })
    expect(renderTemplate('{{a}', { a: 'X' })).toStrictEqual({ text: '{X', unresolved: [], emptied: [] })
  })

  // `{a} }` and `}{a}`: a `}` with no open `{` is text; the pair `{a}` next to it stands.
  it('replaces {a} next to a } that closes nothing, keeping that } as text', () => {
    expect(renderTemplate('{a} }', { a: 'X' })).toStrictEqual({ text: 'X }', unresolved: [], emptied: [] })
    expect(renderTemplate('}{a}', { a: 'X' })).toStrictEqual({ text: '}X', unresolved: [], emptied: [] })
    expect(renderTemplate('{a}}', {})).toStrictEqual({ text: '{a}}', unresolved: ['a'], emptied: [] })
  })

  it('replaces two adjacent placeholders {a}{b}', () => {
    expect(renderTemplate('{a}{b}', { a: '1', b: '2' })).toStrictEqual({ text: '12', unresolved: [], emptied: [] })
  })

  it('keeps {{}} as literal text', () => {
    expect(renderTemplate('{{}}', { '': 'E' })).toStrictEqual({ text: '{{}}', unresolved: [], emptied: [] })
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
    expect(renderTemplate('{a}', notAnObject, notAnObject)).toStrictEqual({ text: '{a}', unresolved: ['a'], emptied: [] })
  })

  // Engineering standard: no exported function throws. JSON cannot hold a getter, a Proxy or a
  // Symbol; a JavaScript caller's object can. decisions.md: the body is then left as written,
  // every placeholder reported unresolved (nothing is substituted, nothing silently dropped).
  describe('values that throw when read (JavaScript callers)', () => {
    const asWritten = { text: 'Hi {a}, {b} {a}', unresolved: ['a', 'b'], emptied: [] }
    it('leaves the body as written when a value getter throws', () => {
      const values = Object.defineProperty({}, 'a', {
        enumerable: true,
        get() {
          throw new Error('boom')
        },
      }) as Values
      expect(renderTemplate('Hi {a}, {b} {a}', values, { b: 'B' })).toStrictEqual(asWritten)
    })

    it('leaves the body as written for a Symbol value, a throwing Proxy or a throwing batchKeys.has', () => {
      const symbol = { a: Symbol('x') } as unknown as Values
      expect(renderTemplate('Hi {a}, {b} {a}', symbol)).toStrictEqual(asWritten)
      const trap = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('trap') } }) as Values
      expect(renderTemplate('Hi {a}, {b} {a}', trap)).toStrictEqual(asWritten)
      const keys = { has: () => { throw new Error('has') } } as unknown as ReadonlySet<string>
      expect(renderTemplate('Hi {a}, {b} {a}', { a: 'A' }, {}, keys)).toStrictEqual(asWritten)
    })

    it('reads the defaults when the values are not an object, and the reverse', () => {
      expect(renderTemplate('{a}{b}', null as unknown as Values, { a: 'A' }, new Set(['a', 'b']))).toStrictEqual({ text: 'A', unresolved: [], emptied: ['b'] })
      expect(renderTemplate('{a}', { a: 'A' }, 7 as unknown as Values)).toStrictEqual({ text: 'A', unresolved: [], emptied: [] })
    })

    it('gives placeholderKeys of a value that is no compiled template as []', () => {
      expect([placeholderKeys(null as unknown as ReturnType<typeof compileTemplate>), placeholderKeys(3 as unknown as ReturnType<typeof compileTemplate>)]).toStrictEqual([[], []])
    })

    it('leaves a hand-made template as its literals and placeholders say (its body unread) when its values throw', () => {
      const made = { literals: ['a', ''], keys: ['k'], firstOccurrence: [true], body: 5, hasPlaceholders: true } as unknown as ReturnType<typeof compileTemplate>
      const throwing = Object.defineProperty({}, 'k', { enumerable: true, get: () => { throw new Error('boom') } }) as Values
      expect(renderCompiled(made, throwing)).toStrictEqual({ text: 'a{k}', unresolved: ['k'], emptied: [] })
    })

    it('renders the empty text when the compiled template itself cannot be read', () => {
      const hostile = new Proxy({}, { get: () => { throw new Error('get') } }) as unknown as ReturnType<typeof compileTemplate>
      expect(renderCompiled(hostile, {})).toStrictEqual({ text: '', unresolved: [], emptied: [] })
    })
  })
})

describe('compileTemplate', () => {
  it('splits a body into literal chunks around the placeholder keys, nested braces staying in the literals', () => {
    // `{name}` twice; `{{x}}` nested and `{}` empty are text; in `{ {y}` the first `{` is never closed.
    expect(compileTemplate('Hi {name}, {{x}} {} { {y} {name}')).toStrictEqual({
      body: 'Hi {name}, {{x}} {} { {y} {name}',
      literals: ['Hi ', ', {{x}} {} { ', ' ', ''],
      keys: ['name', 'y', 'name'],
      firstOccurrence: [true, true, false],
      hasPlaceholders: true,
    })
  })

  // Each case below reasoned from the rule: braces match like parentheses; a matched pair is a
  // placeholder iff its key is non-empty without braces and no other matched pair encloses it.
  it.each([
    ['{a}{b}', ['a', 'b'], 'two matched pairs side by side, neither enclosing the other'],
    ['{{a}}', [], 'the outer pair encloses {a}; the outer pair has braces inside'],
    ['{a{b}}', [], 'the outer pair encloses {b}; the outer pair has braces inside'],
    ['{ {a}', ['a'], 'the first { is unmatched and encloses nothing'],
    ['{a} }', ['a'], 'the trailing } is unmatched'],
    ['}{a}', ['a'], 'the leading } is unmatched'],
    ['{}', [], 'the key is empty'],
    ['{{}}', [], 'the inner key is empty and the outer pair has braces inside'],
    ['x{ {a} }y', [], 'the matched pair { … } encloses {a}'],
    ['{a}{', ['a'], 'the trailing { is unmatched'],
    ['{{a}}{b}', ['b'], 'only the nested group is text'],
    ['{ {a} } {b}', ['b'], 'only the enclosed group is text'],
  ])('reads %j as the keys %j (%s)', (body, expected) => {
    expect(compileTemplate(body).keys).toStrictEqual(expected)
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
    // `{}` is empty and `{{c}}` nested: neither counts.
    expect(placeholderKeys(compileTemplate('{b}{a}{b}{}{{c}}{d}'))).toStrictEqual(['b', 'a', 'd'])
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

/**
 * A reference written differently, straight from the rule: braces are paired by repeatedly
 * cancelling a `{` directly followed (among braces only) by a `}`; then each pair is checked
 * against the definition by brute force. Quadratic, which is fine for tests.
 */
function referenceSpans(body: string): Array<readonly [number, number]> {
  let braces: number[] = []
  for (let i = 0; i < body.length; i++) if (body[i] === '{' || body[i] === '}') braces.push(i)
  const allBraces = braces
  const pairs: Array<readonly [number, number]> = []
  for (let changed = true; changed; ) {
    changed = false
    const rest: number[] = []
    for (let j = 0; j < braces.length; j++) {
      const o = braces[j] ?? -1
      const c = braces[j + 1] ?? -1
      if (body[o] === '{' && body[c] === '}') {
        pairs.push([o, c])
        j++
        changed = true
      } else {
        rest.push(o)
      }
    }
    braces = rest
  }
  return pairs
    .filter(([o, c]) => c > o + 1)
    .filter(([o, c]) => !allBraces.some((b) => b > o && b < c))
    .filter(([o, c]) => !pairs.some(([o2, c2]) => o2 < o && c2 > c))
    .sort((x, y) => x[0] - y[0])
}

function reference(body: string, values: Values, defaults: Values | undefined, batchKeys: ReadonlySet<string> | undefined): Rendered {
  const own = (o: Values | undefined, k: string): boolean => o !== undefined && Object.keys(o).includes(k)
  const isBatchKey = (k: string): boolean => (batchKeys === undefined ? own(values, k) || own(defaults, k) : batchKeys.has(k))
  const unresolved = new Set<string>()
  const emptied = new Set<string>()
  let text = ''
  let at = 0
  for (const [o, c] of referenceSpans(body)) {
    const whole = body.slice(o, c + 1)
    const key = body.slice(o + 1, c)
    text += body.slice(at, o)
    at = c + 1
    if (!isBatchKey(key)) {
      unresolved.add(key)
      text += whole
    } else if (own(values, key)) {
      text += values[key] ?? ''
    } else if (defaults !== undefined && own(defaults, key)) {
      text += defaults[key] ?? ''
    } else {
      emptied.add(key)
    }
  }
  text += body.slice(at)
  return { text, unresolved: [...unresolved], emptied: [...emptied] }
}

describe('referenceSpans (the test model itself)', () => {
  it('pairs braces like parentheses and applies the rule', () => {
    // `{a}` at 0–2; `{{b}}` at 4–8 nested; `{ {c} }` at 10–16 encloses `{c}`.
    expect(referenceSpans('{a} {{b}} { {c} }')).toStrictEqual([[0, 2]])
    // Without the last `}`, the `{` at 10 is unmatched and `{c}` at 12–14 stands.
    expect(referenceSpans('{a} {{b}} { {c}')).toStrictEqual([
      [0, 2],
      [12, 14],
    ])
  })
})

const KEYS = ['a', 'b', 'ab', 'constructor', '__proto__', 'toString', '😀'] as const
const key = fc.constantFrom(...KEYS)
const bodyArb = fc
  .array(fc.oneof(fc.constantFrom('{', '}', ' ', 'x', 'é', '😀', '{}'), key, key.map((k) => `{${k}}`), key.map((k) => `{{${k}}}`)))
  .map((parts) => parts.join(''))
const valueArb = fc.string({ unit: fc.constantFrom('{', '}', 'a', 'b', ' ', '$&', '$1', '😀') })
const recordArb = fc
  .tuple(fc.array(fc.tuple(key, valueArb), { maxLength: 5 }), fc.boolean())
  .map(([entries, nullPrototype]) => record(entries, nullPrototype))
const batchKeysArb = fc.option(fc.uniqueArray(key).map((ks) => new Set<string>(ks)), { nil: undefined })
const defaultsArb = fc.option(recordArb, { nil: undefined })

describe('properties', () => {
  it('should render a body without placeholders to itself', () => {
    const noPlaceholders = fc.string({ unit: fc.constantFrom('{', 'a', ' ', '😀', '{}', '}') }).filter((s) => referenceSpans(s).length === 0)
    fc.assert(
      fc.property(noPlaceholders, recordArb, defaultsArb, batchKeysArb, (body, values, defaults, batchKeys) => {
        expect(renderTemplate(body, values, defaults, batchKeys)).toStrictEqual({ text: body, unresolved: [], emptied: [] })
      }),
    )
  })

  it('should keep a body that one matched pair encloses, with braces inside, exactly as written', () => {
    // Balanced brace groups around text and keys: every brace is matched within.
    const { group } = fc.letrec<{ group: string; inner: string }>((tie) => ({
      group: tie('inner').map((s) => `{${s}}`),
      inner: fc.array(fc.oneof({ depthSize: 'small' }, fc.constantFrom('a', ' ', '😀'), key, tie('group')), { maxLength: 4 }).map((p) => p.join('')),
    }))
    const body = fc.tuple(fc.array(fc.oneof(key, group), { maxLength: 3 }), group).map(([parts, g]) => `{${parts.join('')}${g}}`)
    fc.assert(
      fc.property(body, recordArb, defaultsArb, batchKeysArb, (b, values, defaults, batchKeys) => {
        expect(renderTemplate(b, values, defaults, batchKeys)).toStrictEqual({ text: b, unresolved: [], emptied: [] })
      }),
    )
  })

  it('should compile to literals and keys that put back together give the body', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const t = compileTemplate(body)
        expect(t.literals.length).toBe(t.keys.length + 1)
        const joined = t.keys.reduce((acc, k, i) => acc + `{${k}}` + (t.literals[i + 1] ?? ''), t.literals[0] ?? '')
        expect(joined).toBe(body)
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

  it('should agree with an independent reference model', () => {
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

  it('should list placeholderKeys as the distinct keys the reference model finds', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const found = referenceSpans(body).map(([o, c]) => body.slice(o + 1, c))
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

describe('renderTemplate: keys in both lists', () => {
  // Issue "Templating answers by key": unresolved and emptied both list keys, never a mix of
  // placeholders as written and keys.
  it('lists the key c for an unresolved {c}, as emptied lists the key a for an emptied {a}', () => {
    expect(renderTemplate('{a}{b}{c}', { b: 'B' }, {}, new Set(['a', 'b']))).toStrictEqual({ text: 'B{c}', unresolved: ['c'], emptied: ['a'] })
  })
})
