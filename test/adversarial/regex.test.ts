/**
 * No super-linear regular expressions: the list of every regex in src/ is checked against the
 * source (so docs/quality.md cannot fall behind), and each regex that sees caller input is fed a
 * long string crafted against it and a benign string of the same length that takes the same
 * regex through its happy path. The assertion is a ratio of median times, never a wall-clock limit.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import ts from 'typescript'
import { suggestField } from '../../src/batch'
import { firstJsonError } from '../../src/cli/jsonError'
import { escapeToken, fromPointer, resolveWindows, toPointer, validateBatch } from '../../src/index'

/** Every regex of src/, as `file: /literal/flags`, in file order (kept in docs/quality.md). */
const DOCUMENTED = [
  'src/batch.ts: /[-_ ]/g',
  'src/cli/jsonError.ts: /^[0-9a-fA-F]{4}$/',
  'src/cli/jsonError.ts: /-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?/y',
  'src/issue.ts: /~/g',
  'src/issue.ts: /\\//g',
  'src/issue.ts: /~1/g',
  'src/issue.ts: /~0/g',
  'src/phone/callingCodes.ts: /\\s+/',
  'src/phone/callingCodes.ts: /\\s+/',
  'src/rules/windows.ts: /^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?$/',
]

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))
    .sort()
}

/** Every regex literal and `RegExp(…)` call of src/, found by the TypeScript parser. */
function regexesInSource(): string[] {
  const root = path.join(__dirname, '..', '..')
  const found: string[] = []
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const name = path.relative(root, file).split(path.sep).join('/')
    const visit = (node: ts.Node): void => {
      const isCall = (ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp'
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral || isCall) found.push(`${name}: ${node.getText(source)}`)
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

describe('regular expressions in src/', () => {
  it('are exactly the ones listed (and reasoned about) in docs/quality.md', () => {
    expect(regexesInSource()).toStrictEqual(DOCUMENTED)
  })
})

const RUNS = 9
/**
 * Catastrophic backtracking on 200,000 characters costs tens of thousands of times a linear
 * scan, so both bounds leave a wide margin for linear work of a different constant and for a
 * busy machine (these are ratios of medians, never wall-clock limits):
 * - against a benign string of the same length, the adversarial one takes < 100×;
 * - a 16 times longer adversarial string takes < 128× the time (linear: 16×, quadratic: 256×:
 *   half the quadratic figure, eight times the linear one, because a loaded machine's caches
 *   and collector make large strings cost more than linearly on their own).
 */
const MAX_RATIO = 100
const MAX_GROWTH = 128

/** The median time of `f` over {@link RUNS} runs, each repeating it until at least 5 ms have passed. */
function median(f: () => unknown): number {
  const sample = (): number => {
    let reps = 0
    const start = performance.now()
    let elapsed = 0
    while (elapsed < 5) {
      f()
      reps++
      elapsed = performance.now() - start
    }
    return elapsed / reps
  }
  sample() // warm up
  const xs = Array.from({ length: RUNS }, sample).sort((x, y) => x - y)
  return xs[Math.floor(RUNS / 2)] ?? 0
}

/** [rule, regex, adversarial input of length n, benign input of length n, the call]. */
const CASES: ReadonlyArray<readonly [string, string, (n: number) => string, (n: number) => string, (s: string) => unknown]> = [
  // A literal or one-character class has no quantifier to backtrack: the worst case is the most
  // replacements (every character matches); benign text has every other character matching.
  ['escapeToken', '/~/g, /\\//g', (n) => '~/'.repeat(n / 2), (n) => 'a~'.repeat(n / 2), (s) => escapeToken(s)],
  ['toPointer (every issue path)', '/~/g, /\\//g', (n) => '~'.repeat(n), (n) => 'a/'.repeat(n / 2), (s) => toPointer(['recipients', s])],
  // "~~~…1": every "~" starts a match attempt that fails on the next character.
  ['fromPointer', '/~1/g, /~0/g', (n) => `/${'~'.repeat(n - 2)}1`, (n) => `/${'~1'.repeat((n - 2) / 2)}1`, (s) => fromPointer(s)],
  ['suggestField', '/[-_ ]/g', (n) => '-_ '.repeat(n / 4) + 'x'.repeat(n / 4), (n) => 'a-'.repeat(n / 2), (s) => suggestField(s)],
  [
    'validateBatch with a long unknown field name',
    '/[-_ ]/g',
    (n) => '_-'.repeat(n / 2),
    (n) => 'a_'.repeat(n / 2),
    (s) => validateBatch({ sender: 'iP1', recipients: ['46701234567'], body: 'x', [s]: 1 }),
  ],
  // A long fraction that then fails: \d+ gives back one digit at a time and each try fails at
  // once (the optional groups after it start with distinct characters). Benign: it matches.
  [
    'resolveWindows (DATE_TIME, fraction)',
    'DATE_TIME',
    (n) => `2026-12-01T09:00:00.${'1'.repeat(n - 21)}!`,
    (n) => `2026-12-01T09:00:00.${'1'.repeat(n - 21)}Z`,
    (s) => resolveWindows([{ opens: s, closes: null }], new Date('2026-01-01T00:00:00Z')),
  ],
  [
    'resolveWindows (DATE_TIME, offset)',
    'DATE_TIME',
    (n) => `2026-12-01T09:00:00,${'9'.repeat(n - 26)}+01:0x`,
    (n) => `2026-12-01T09:00:00,${'9'.repeat(n - 26)}+01:00`,
    (s) => resolveWindows([{ opens: s, closes: null }], new Date('2026-01-01T00:00:00Z')),
  ],
  // The command line's JSON error finder: the sticky number scanner over a huge number that ends
  // in a broken exponent, and \u escapes with a broken one at the end.
  ['firstJsonError (number)', '/-?(?:0|[1-9]\\d*)…/y', (n) => `[1${'0'.repeat(n - 4)}e+]`, (n) => `[1${'0'.repeat(n - 3)}]`, (s) => firstJsonError(s)],
  [
    'firstJsonError (\\u escapes)',
    '/^[0-9a-fA-F]{4}$/',
    (n) => `["${'\\u00e9'.repeat((n - 11) / 6)}\\u00g"]`,
    (n) => `["${'\\u00e9'.repeat((n - 11) / 6)}\\u00f"]`,
    (s) => firstJsonError(s),
  ],
]

describe('each regex fed a long adversarial string', () => {
  it.each(CASES)('%s (%s) is linear: close to a benign string of the same length, and to a sixteenth of itself', (name, _regex, bad, good, call) => {
    const n = 200_000
    expect(Math.abs(bad(n).length - good(n).length)).toBeLessThanOrEqual(2)
    const adversarial = median(() => call(bad(n)))
    const benign = median(() => call(good(n)))
    const sixteenth = median(() => call(bad(n / 16)))
    const ratio = adversarial / benign
    const growth = adversarial / sixteenth
    console.log(`${name}: adversarial ${adversarial.toFixed(3)} ms, benign ${benign.toFixed(3)} ms, ratio ${ratio.toFixed(2)}, ×16 length → ×${growth.toFixed(2)} time`)
    expect(ratio).toBeLessThan(MAX_RATIO)
    expect(growth).toBeLessThan(MAX_GROWTH)
  })
})
