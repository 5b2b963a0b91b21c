// The stand-in's bounded store: ids from a counter, the oldest dropped past the byte or the
// batch limit, listings newest first.
import type { Summary } from '../../src/compose'
import { createStore, idOf, positiveDecimal, seqOf, type NewBatch } from '../../src/server/store'

const summary = {} as Summary
const batch = (bytes: number, tags: string[] = []): ((id: string) => NewBatch) => () => ({
  created: '2026-11-25T00:00:00.000Z',
  tags,
  reference: null,
  summary,
  body: new Uint8Array(bytes),
})

describe('idOf and seqOf', () => {
  it('write a sequence number as b<n> and read back only that form', () => {
    expect([idOf(1), idOf(42), seqOf('b1'), seqOf('b42'), seqOf('b'), seqOf('b0'), seqOf('b01'), seqOf('c1'), seqOf('b1x'), seqOf('b12345678901234567')]).toStrictEqual([
      'b1',
      'b42',
      1,
      42,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})

describe('positiveDecimal', () => {
  it('reads decimal digits alone, from 1 to max: no sign, no leading zero, no space, nothing Number also reads', () => {
    const texts = ['1', '9', '10', '90', '500', '501', '0', '05', '', '+5', '-5', ' 5', '5 ', '0x1f', '1e2', '1.0', '٥', '/', ':']
    // '/' and ':' are the characters just below '0' and just above '9'.
    expect(texts.map((t) => positiveDecimal(t, 500))).toStrictEqual([1, 9, 10, 90, 500, ...Array.from({ length: 14 }, () => undefined)])
  })

  it('refuses a long run of digits past max, and reads one at MAX_SAFE_INTEGER', () => {
    expect([positiveDecimal('9'.repeat(100_000), 500), positiveDecimal(String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER), positiveDecimal('9007199254740992', Number.MAX_SAFE_INTEGER)]).toStrictEqual([
      undefined,
      Number.MAX_SAFE_INTEGER,
      undefined,
    ])
  })
})

describe('createStore', () => {
  it('gives ids b1, b2, … in the order batches are put', () => {
    const store = createStore({ maxBytes: 1000, maxBatches: 10 })
    expect([store.put(batch(1)).id, store.put(batch(1)).id, store.put(batch(1)).id]).toStrictEqual(['b1', 'b2', 'b3'])
  })

  it('drops the oldest past maxBatches', () => {
    const store = createStore({ maxBytes: 1000, maxBatches: 2 })
    for (let i = 0; i < 4; i++) store.put(batch(10))
    expect([store.get('b1'), store.get('b2'), store.get('b3')?.id, store.get('b4')?.id, store.usage()]).toStrictEqual([
      undefined,
      undefined,
      'b3',
      'b4',
      { batches: 2, bytes: 20 },
    ])
  })

  it('drops the oldest past maxBytes, counting each batch by its bytes', () => {
    const store = createStore({ maxBytes: 100, maxBatches: 100 })
    store.put(batch(40))
    store.put(batch(40))
    store.put(batch(30))
    // 40 + 40 + 30 = 110 bytes: the first goes.
    expect(store.usage()).toStrictEqual({ batches: 2, bytes: 70 })
    expect([store.get('b1'), store.get('b2')?.id, store.get('b3')?.id]).toStrictEqual([undefined, 'b2', 'b3'])
  })

  it('keeps batches that fill maxBytes exactly', () => {
    const store = createStore({ maxBytes: 100, maxBatches: 100 })
    store.put(batch(60))
    store.put(batch(40))
    expect(store.usage()).toStrictEqual({ batches: 2, bytes: 100 })
  })

  it('keeps the newest batch alone even when it passes maxBytes by itself', () => {
    const store = createStore({ maxBytes: 100, maxBatches: 100 })
    store.put(batch(50))
    store.put(batch(500))
    expect([store.get('b1'), store.get('b2')?.id, store.usage()]).toStrictEqual([undefined, 'b2', { batches: 1, bytes: 500 }])
  })

  it('lists newest first, with every tag asked for, from before, at most limit, saying whether more match', () => {
    const store = createStore({ maxBytes: 1000, maxBatches: 100 })
    for (const tags of [['a'], ['b'], ['a', 'b'], ['a'], ['a']]) store.put(batch(1, tags))
    const ids = (q: Parameters<typeof store.list>[0]): [string[], boolean] => {
      const page = store.list(q)
      return [page.batches.map((b) => b.id), page.more]
    }
    expect([
      ids({ tags: [], before: undefined, limit: 10 }),
      ids({ tags: ['a'], before: undefined, limit: 2 }),
      ids({ tags: ['a'], before: 4, limit: 2 }),
      ids({ tags: ['a', 'b'], before: undefined, limit: 1 }),
      ids({ tags: ['a'], before: 4, limit: 2 }),
      ids({ tags: ['c'], before: undefined, limit: 5 }),
    ]).toStrictEqual([
      [['b5', 'b4', 'b3', 'b2', 'b1'], false],
      [['b5', 'b4'], true],
      [['b3', 'b1'], false],
      [['b3'], false],
      [['b3', 'b1'], false],
      [[], false],
    ])
  })
})
