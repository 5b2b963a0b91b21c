// Deterministic tests of renderTemplate's guards for JavaScript callers (the fuzz suite covers
// them with random values; mutation runs need them pinned). SPEC: "No exported function
// throws, for any input."
import { compileTemplate, placeholderKeys, renderCompiled } from '../../src/template'

describe('renderCompiled from JavaScript callers', () => {
  const t = compileTemplate('Hi {a}')
  const empty = { text: '', unresolved: [], emptied: [] }

  it('renders anything that is not a compiled template as the empty text', () => {
    for (const bad of [null, undefined, 5, 'Hi {a}', {}, { literals: ['x'], keys: [] }, { literals: ['x'], firstOccurrence: [] }]) {
      expect(renderCompiled(bad as never, { a: '1' })).toStrictEqual(empty)
    }
  })

  it('accepts a compiled template whose arrays are all present', () => {
    expect(renderCompiled({ literals: ['x', 'y'], keys: ['a'], firstOccurrence: [true] } as never, { a: '1' }).text).toBe('x1y')
  })

  it('refuses a template missing only its firstOccurrence or its literals', () => {
    expect(renderCompiled({ literals: ['x', 'y'], keys: ['a'] } as never, { a: '1' })).toStrictEqual(empty)
    expect(renderCompiled({ keys: ['a'], firstOccurrence: [true] } as never, { a: '1' })).toStrictEqual(empty)
  })

  it('refuses arrays whose lengths do not fit: one more literal than keys, one firstOccurrence per key', () => {
    // Two keys' worth of literals for one key, and a firstOccurrence short of a key.
    expect(renderCompiled({ literals: ['x', 'y', 'z'], keys: ['a'], firstOccurrence: [true] } as never, { a: '1' })).toStrictEqual(empty)
    expect(renderCompiled({ literals: ['x', 'y'], keys: ['a'], firstOccurrence: [] } as never, { a: '1' })).toStrictEqual(empty)
    expect(placeholderKeys({ literals: ['x'], keys: ['a'], firstOccurrence: [true] } as never)).toStrictEqual([])
  })

  it('renders a compiled template without placeholders as its one literal', () => {
    expect(renderCompiled({ literals: ['plain'], keys: [], firstOccurrence: [] } as never, { a: '1' })).toStrictEqual({ text: 'plain', unresolved: [], emptied: [] })
  })

  it('ignores a key set that is not a set: null, a number, an object without has()', () => {
    // Then the batch keys are the own keys of values and defaults: {a} becomes the value.
    for (const keys of [null, 5, {}, { has: 5 }]) {
      expect(renderCompiled(t, { a: '1' }, {}, keys as never).text).toBe('Hi 1')
    }
  })

  it('uses a real key set, which may leave a key with a value unresolved', () => {
    expect(renderCompiled(t, { a: '1' }, {}, new Set<string>()).text).toBe('Hi {a}')
  })
})

describe('placeholderKeys from JavaScript callers', () => {
  it('gives no keys for anything that is not a compiled template', () => {
    for (const bad of [null, 5, {}, { keys: ['a'] }]) expect(placeholderKeys(bad as never)).toStrictEqual([])
  })

  it('gives the distinct keys of a compiled template', () => {
    expect(placeholderKeys(compileTemplate('{a}{b}{a}'))).toStrictEqual(['a', 'b'])
  })
})
