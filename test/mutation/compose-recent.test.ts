/**
 * The composer's one remembrance (decisions.md "Nothing composed is kept beyond what the caller
 * holds"): the look-alike offer of the last UCS-2 message, reused by the next message only when
 * its text is the same. Counted through the look-alike module's export, which the composer
 * calls through its module object once compiled to CommonJS.
 */
import * as lookalikes from '../../src/encoding/lookalikes'
import { prepareBatch, type PreparedBatch } from '../../src/compose'
import { valueOf } from '../helpers'

const now = new Date('2026-11-25T00:00:00Z')
const prepared = (input: unknown): PreparedBatch => valueOf(prepareBatch(input, { now }))

afterEach(() => jest.restoreAllMocks())

describe('the look-alike offer of the last UCS-2 message', () => {
  it('scans a text once for a run of recipients who all get it from default, and again when the text changes', () => {
    const scan = jest.spyOn(lookalikes, 'scanLookalikes')
    // Five recipients in a row with the text "It’s du" (from default), then one with "It’s Åsa",
    // then one more with "It’s du": three runs of equal texts, so three scans.
    const recipients: Record<string, Record<string, string>> = {}
    for (let i = 0; i < 5; i++) recipients[String(46701234560 + i)] = {}
    recipients['46701234570'] = { name: 'Åsa' }
    recipients['46701234571'] = {}
    recipients['default'] = { name: 'du' }
    const b = prepared({ sender: 'iP1', recipients, body: 'It’s {name}' })
    expect(scan.mock.calls.map(([text]) => text)).toStrictEqual(['It’s du', 'It’s Åsa', 'It’s du'])
    expect(b.messages.map((m) => m.text)).toStrictEqual([...new Array(5).fill('It’s du'), 'It’s Åsa', 'It’s du'])
  })

  it('never gives a message the offer of the previous one when their texts differ', () => {
    // The first text's look-alike is the body's; the second's is also in its value (at the
    // recipient); the third has a character with no look-alike (no offer at all).
    const b = prepared({
      sender: 'iP1',
      recipients: { '46701234567': { v: 'a' }, '46701234568': { v: '…' }, '46701234569': { v: 'Ж' } },
      body: 'It’s {v}',
    })
    expect(b.messages.map((m) => m.issues.map((i) => [i.path, i.code, i.params]))).toStrictEqual([
      [['/body', 'message.ucs_lookalikes', { characters: [{ char: '’', replacement: "'" }], segmentsSaved: 0 }]],
      [['/recipients/46701234568', 'message.ucs_lookalikes', { characters: [{ char: '’', replacement: "'" }, { char: '…', replacement: '...' }], segmentsSaved: 0 }]],
      [],
    ])
  })
})
