/**
 * The bundled requests (examples/*.json) stay what they say they are for years when checked
 * against the clock: every one but broken.json is valid with "now" anywhere from the day this
 * rule was written (2026-12-01) to the horizon ten years later (2036-12-01, docs/decisions.md
 * "Bundled examples do not expire"); broken.json is refused at both. "Now" is always given here,
 * never read from the clock.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CliIo } from '../../src/cli/io'
import { EXIT, run } from '../../src/cli/run'
import { prepareBatch, validateBatch } from '../../src/index'

const EXAMPLES = join(__dirname, '..', '..', 'examples')
/** The day the rule was written, and the horizon the examples must stay valid until. */
const WRITTEN = '2026-12-01T00:00:00Z'
const HORIZON = '2036-12-01T00:00:00Z'

const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .sort()
const valid = files.filter((f) => f !== 'broken.json')
const read = (file: string): unknown => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'))

/** `sms-preflight check examples/<file>` with the clock reading `now`. */
function check(file: string, now: string): number {
  const io: CliIo = {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: (p) => ({ ok: true, bytes: readFileSync(join(EXAMPLES, p)) }),
    readStdin: () => ({ ok: false, reason: 'no input' }),
    now: () => new Date(now),
    color: false,
    version: '0.0.0',
  }
  return run(['check', file], io)
}

const codes = (r: ReturnType<typeof prepareBatch>): string[] => (r._tag === 'Left' ? r.left : r.right.warnings).map((i) => i.code)
const errors = (r: ReturnType<typeof prepareBatch>): string[] => (r._tag === 'Left' ? r.left.filter((i) => i.severity === 'error').map((i) => i.code) : [])

describe('examples/*.json', () => {
  it('are the five bundled requests, broken.json among them', () => {
    expect(files).toStrictEqual(['broken.json', 'page-simple.json', 'page-templated.json', 'scheduled-campaign.json', 'templated-batch.json'])
  })

  describe.each([WRITTEN, HORIZON])('with now = %s', (now) => {
    it.each(valid)('accepts %s with prepareBatch and validateBatch (no window.in_past: the windows lie after the horizon)', (file) => {
      const prepared = prepareBatch(read(file), { now: new Date(now) })
      expect({ file, tag: prepared._tag, errors: errors(prepared) }).toStrictEqual({ file, tag: 'Right', errors: [] })
      expect(validateBatch(read(file), { now: new Date(now) })._tag).toBe('Right')
    })

    it.each(valid)('exits 0 from `sms-preflight check %s` without --now (the clock reads now)', (file) => {
      expect(check(file, now)).toBe(EXIT.valid)
    })

    it('refuses broken.json, which is broken on purpose, with its window errors among others', () => {
      const prepared = prepareBatch(read('broken.json'), { now: new Date(now) })
      expect(prepared._tag).toBe('Left')
      expect(codes(prepared)).toEqual(
        expect.arrayContaining(['window.closes_before_opens', 'window.opens_invalid', 'window.in_past', 'sender.invalid_characters']),
      )
      expect(check('broken.json', now)).toBe(EXIT.invalid)
    })
  })

  it('stay valid until 2036-12-01T09:05Z at the earliest, when the first window of scheduled-campaign.json closes', () => {
    const closes = valid
      .flatMap((file) => {
        const r = prepareBatch(read(file), { now: new Date(HORIZON) })
        return r._tag === 'Right' ? r.right.windows.map((w) => w.closes) : [`${file}: Left`]
      })
      .sort()
    expect(closes[0]).toBe('2036-12-01T09:05:00.000Z')
  })
})
