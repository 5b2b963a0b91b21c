/**
 * No super-linear regular expressions: the list of every regex in src/ is checked against the
 * source (so docs/quality.md cannot fall behind), and every regex of src/ is proven linear by
 * static analysis — eslint-plugin-regexp's `no-super-linear-backtracking` and
 * `no-super-linear-move`, at their strictest, must find nothing. Nothing here is timed: the speed
 * figures are printed by bench/regex.mjs, never asserted.
 */
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import ts from 'typescript'

const root = path.join(__dirname, '..', '..')

/** Every regex of src/, as `file: /literal/flags`, in file order (kept in docs/quality.md). */
const DOCUMENTED = [
  'src/batch.ts: /[-_ ]/g',
  'src/cli/format.ts: /^(?:(\\p{M})|(\\p{Z})|[\\p{Cf}\\p{Cc}])$/u',
  'src/cli/format.ts: /^[\\p{Emoji_Presentation}\\u{1100}-\\u{115F}\\u{2E80}-\\u{303E}\\u{3041}-\\u{33FF}\\u{3400}-\\u{4DBF}\\u{4E00}-\\u{9FFF}\\u{A000}-\\u{A4CF}\\u{AC00}-\\u{D7A3}\\u{F900}-\\u{FAFF}\\u{FE30}-\\u{FE4F}\\u{FF00}-\\u{FF60}\\u{FFE0}-\\u{FFE6}\\u{20000}-\\u{3FFFD}]$/u',
  'src/cli/format.ts: /[\\u007f-\\u009f\\p{Bidi_Control}\\u2028\\u2029]/gu',
  'src/escape.ts: /[\\p{Cc}\\p{Cf}\\p{Z}\\p{Cs}]/gu',
  'src/locale/format.ts: /^sv(?:[-_.@]|$)/i',
  'src/phone/callingCodes.ts: /\\s+/',
  'src/phone/callingCodes.ts: /\\D/',
  'src/phone/callingCodes.ts: /\\s+/',
  'src/rules/deliveryReportUrl.ts: /^[\\da-f]{1,4}$/i',
  'src/rules/windows.ts: /^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?$/',
  'src/server/problem.ts: /^\\d{3}/',
]

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))
    .sort()
}

/** Every regex literal and `RegExp(…)` call of src/, found by the TypeScript parser. */
function regexesInSource(): string[] {
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

interface Finding {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly ruleId: string | null
  readonly message: string
}

interface LintReport {
  readonly linted: ReadonlyArray<string>
  readonly findings: ReadonlyArray<Finding>
  readonly project: Readonly<Record<string, unknown>>
}

const LINEAR_RULES = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move']

/** Runs test/adversarial/regex-lint.mjs (ESLint with the two rules) on src/, or on `text`. */
function lint(text?: string): LintReport {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'regex-lint.mjs'), ...(text === undefined ? [] : ['--stdin'])], {
    cwd: root,
    encoding: 'utf8',
    ...(text === undefined ? {} : { input: text }),
  })
  if (run.status !== 0) throw new Error(`regex-lint.mjs exited with ${String(run.status)}:\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(run.stdout) as LintReport
}

describe('every regex of src/, by eslint-plugin-regexp', () => {
  let report: LintReport = { linted: [], findings: [], project: {} }
  beforeAll(() => {
    report = lint()
  }, 120_000)

  it('lints every .ts file of src/', () => {
    expect(report.linted).toStrictEqual(sourceFiles(path.join(root, 'src')).map((f) => path.relative(root, f).split(path.sep).join('/')))
  })

  it('has no super-linear backtracking (regexp/no-super-linear-backtracking, report: potential) and no super-linear move (regexp/no-super-linear-move, sticky and partial regexes included)', () => {
    expect(report.findings).toStrictEqual([])
  })

  it('is the check `npx eslint .` runs on src/ (eslint.config.mjs sets both rules the same way)', () => {
    expect(report.project).toStrictEqual({
      'regexp/no-super-linear-backtracking': [2, { report: 'potential' }],
      'regexp/no-super-linear-move': [2, { ignoreSticky: false, ignorePartial: false }],
    })
  })
})

describe('the linearity check', () => {
  // Known super-linear regexes, one per line, and linear ones that must pass: proof that the check
  // above can fail, and fails on the right regexes only.
  const SAMPLE = [
    "export const nested = (s: string): boolean => /^(a+)+$/.test(s)", // exponential backtracking
    "export const exchange = (s: string): boolean => /^\\d*\\d*x$/.test(s)", // two quantifiers trade digits: quadratic
    "export const trimEnd = (s: string): string => s.replace(/\\s+$/, '')", // each start scans the run again: quadratic moves
    "export const number = /-?\\d+(?:\\.\\d+)?/y", // linear
    "export const hex = (s: string): boolean => /^[0-9a-fA-F]{4}$/.test(s)", // linear
  ].join('\n')

  it('fires regexp/no-super-linear-backtracking and regexp/no-super-linear-move on known super-linear regexes, and only on them', () => {
    const { findings } = lint(SAMPLE)
    const byLine = (line: number): string[] => [...new Set(findings.filter((f) => f.line === line).map((f) => f.ruleId ?? ''))].sort()
    expect([1, 2, 3, 4, 5].map(byLine)).toStrictEqual([
      ['regexp/no-super-linear-backtracking'],
      ['regexp/no-super-linear-backtracking'],
      ['regexp/no-super-linear-move'],
      [],
      [],
    ])
    expect(findings.every((f) => LINEAR_RULES.includes(f.ruleId ?? ''))).toBe(true)
  })
})
