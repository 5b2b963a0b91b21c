/**
 * Memory bounded by the input (issue "8 · Hardening", part 3): each hostile input of the audit,
 * run by bounded-child.cjs in a child process whose heap is capped (256 MB; 128 MB for the
 * unknown fields), must be answered. Before the fix each ran out of memory there, most of them
 * far beyond it, but the URL, which was answered with an issue too many. The library is bundled
 * from src/ by esbuild, so the child runs the code as it is now. Nothing is timed; the exact
 * answers are pinned in bounded.test.ts, the figures are in docs/quality.md.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'

const root = join(__dirname, '..', '..')
const MB = 2 ** 20
/** The longest text 255 segments hold in any encoding (2 × 255 × 153). */
const LONGEST_SENDABLE = 78_030

/**
 * The answer to bounded-child.cjs's deep repeats: its text is the 60 characters of
 * `{"sender":"iP1","recipients":["46701234567"],"body":"x","x":`, `{"a":` `depth` times, the
 * innermost object (`repeats` members of 5 characters, their commas and braces), and `depth` + 1
 * closing braces. Its `repeats` − 1 duplicates are listed while their paths, `depth` + 2
 * segments each, fit in the text's length.
 */
function deepRepeatsAnswer(depth: number, repeats: number): string {
  const length = 60 + 5 * depth + (6 * repeats + 1) + depth + 1
  const listed = Math.floor(length / (depth + 2))
  return `Left: json.duplicate_key ×${listed}, request.too_many_issues, request.unknown_field; omitted ${repeats - 1 - listed}`
}

describe('in a child process with a capped heap', () => {
  let dir = ''
  let bundle = ''
  beforeAll(() => {
    // The library as it is now, bundled into one CommonJS file the child can load.
    dir = mkdtempSync(join(tmpdir(), 'sms-preflight-bounded-'))
    bundle = join(dir, 'index.cjs')
    buildSync({ entryPoints: [join(root, 'src', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** Runs one case of bounded-child.cjs: its exit status, its answer, and whether it ran out of memory. */
  function inChild(name: string, heapMB: number): { status: number | null; answer: unknown; outOfMemory: boolean } {
    const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, join(__dirname, 'bounded-child.cjs'), bundle, name], {
      encoding: 'utf8',
      timeout: 110_000,
    })
    const line = run.stdout.trim().split('\n').pop() ?? ''
    const answer: unknown = line.startsWith('{') ? (JSON.parse(line) as { answer: unknown }).answer : run.stderr.slice(-500)
    return { status: run.status, answer, outOfMemory: /heap out of memory|Allocation failed/.test(run.stderr) }
  }

  it.each([
    // An 8 MB request whose body repeats one placeholder 666 times: 20 messages of 266 MB each.
    ['prepareBatch, 20 values of 400 KB', 'Left: message.too_long ×20, message.too_many_segments ×20'],
    // The same through the streaming form, each message dropped: a memo kept every text.
    ['composeMessages, 20 values of 400 KB, each message dropped', '20 errors'],
    // 77,256 characters per message: each message listed every character outside GSM.
    ['prepareBatch, 200 values of 113 "й" under gsm', 'Left: message.too_long ×200, message.not_gsm ×200, message.too_many_segments ×200'],
    // 77,256 characters per message: a memo kept each text's whole look-alike suggestion.
    ['prepareBatch, 100 values of 113 "’"', 'Left: message.too_long ×100, message.ucs_lookalikes ×100, message.too_many_segments ×100'],
    ['suggestGsm, 5 MB of "’"', `${LONGEST_SENDABLE} listed, ${5 * MB - LONGEST_SENDABLE} more, 43984 segments saved`],
    ['validateBatch, a sender of 50 MB', 'Left: sender.alphanumeric_length'],
    ['validateBatch, a deliveryReportUrl of 50 MB of dots', 'Left: deliveryReportUrl.too_long'],
    // At 128 MB: building a million-key object in the child would take longer than the case.
    ['validateBatch, 300,000 unknown fields', 'Right: request.unknown_field ×1000, request.too_many_issues', 128],
    ['validateBatch, 1,000,000 tags', 'Right: tag.whitespace ×1000, tag.duplicate ×1000, request.too_many_issues ×2'],
    ['validateBatch, 300,000 windows with an unknown key', 'Left: request.unknown_field ×1000, window.overlap ×1000, request.too_many_issues ×2'],
    ['validateBatch, an unknown field name of 10 MB of "~/"', 'Right: request.unknown_field'],
    // The parse lists repeats while their paths (30,002 segments each: "x", 30,000 times "a",
    // "a") fit in the text's length, and counts the other 29,999 − listed.
    ['validateBatchJson, a key repeated 30,000 times 30,000 objects deep', deepRepeatsAnswer(30_000, 30_000)],
  ])('answers %s without running out of memory', (name: string, answer: string, heapMB = 256) => {
    expect(inChild(name, heapMB)).toStrictEqual({ status: 0, answer, outOfMemory: false })
  }, 120_000)
})
