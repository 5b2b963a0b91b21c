import { locate } from '../../src/schema/path'

describe('locate', () => {
  it('gives an array index as a number and an object key as a string, with the value standing there', () => {
    const input = { recipients: ['46701234567', '4670x'] }
    expect(locate(input, '/recipients/1')).toStrictEqual([
      { key: 'recipients', value: input.recipients },
      { key: 1, value: '4670x' },
    ])
  })

  it('keeps a digit key of an object a string (a recipient of the dictionary form)', () => {
    const input = { recipients: { '46701234567': { name: 1 } } }
    expect(locate(input, '/recipients/46701234567/name').map((s) => s.key)).toStrictEqual(['recipients', '46701234567', 'name'])
  })

  it('gives [] for the root and unescapes ~1 and ~0', () => {
    expect(locate({}, '')).toStrictEqual([])
    expect(locate({ 'a/b~c': 1 }, '/a~1b~0c')).toStrictEqual([{ key: 'a/b~c', value: 1 }])
  })

  it('keeps strings, with no value, past the end of the input', () => {
    expect(locate({}, '/deliveryWindows/0/opens')).toStrictEqual([
      { key: 'deliveryWindows', value: undefined },
      { key: '0', value: undefined },
      { key: 'opens', value: undefined },
    ])
  })

  it('takes only canonical indices as numbers inside an array', () => {
    const list = ['a']
    expect(locate(list, '/01').map((s) => s.key)).toStrictEqual(['01'])
    expect(locate(list, '/-1').map((s) => s.key)).toStrictEqual(['-1'])
    expect(locate(list, '/length').map((s) => s.key)).toStrictEqual(['length'])
    expect(locate(list, '/0').map((s) => s.key)).toStrictEqual([0])
  })

  it('reads neither inherited values nor getters a second time', () => {
    let reads = 0
    const input = Object.create({ inherited: ['x'] }) as Record<string, unknown>
    Object.defineProperty(input, 'tags', { enumerable: true, get: () => (reads++, ['a']) })
    expect(locate(input, '/inherited/0')).toStrictEqual([
      { key: 'inherited', value: undefined },
      { key: '0', value: undefined },
    ])
    expect(locate(input, '/tags/0')).toStrictEqual([
      { key: 'tags', value: undefined },
      { key: '0', value: undefined },
    ])
    expect(reads).toBe(0)
  })

  it('stops at an input that throws when read, never throwing itself', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('boom')
        },
      },
    )
    expect(locate({ recipients: hostile }, '/recipients/3')).toStrictEqual([
      { key: 'recipients', value: hostile },
      { key: '3', value: undefined },
    ])
    const { proxy, revoke } = Proxy.revocable([], {})
    revoke()
    // Compared by identity: a revoked Proxy throws on everything a deep comparison does.
    const [tags, index] = locate({ tags: proxy }, '/tags/0')
    expect([tags?.key, tags?.value === proxy, index?.key, index?.value]).toStrictEqual(['tags', true, '0', undefined])
  })
})
