/**
 * Runs the `@example` blocks of the library's TSDoc.
 *
 * Every fenced ```` ```ts ```` block after an `@example` tag in `src/` (the command line
 * excluded) is an example. It imports from `'sms-preflight'`, which resolves to `src/index.ts`
 * (`'sms-preflight/io-ts'` to `src/schema/ioTs.ts`, `'sms-preflight/national'` to
 * `src/national/index.ts`, `'sms-preflight/numbers'` to `src/numbers/index.ts`).
 * It must run without throwing, and every result it shows must be what the code gives.
 *
 * ## How an example shows a result
 *
 * A `//` comment right after a statement (on the same line, or on the lines that directly follow
 * it) is the statement's result when it reads as a JavaScript expression:
 *
 * ```ts
 * severityOf('tag.duplicate') // 'warning'
 * const r = validateSender('iP1')
 * // Right({ value: 'iP1', warnings: [] })
 * ```
 *
 * - For an expression statement the result is the expression's value; for `const x = …` it is
 *   the value of `x`.
 * - The comment may go on over several `//` lines; a trailing remark in parentheses is not part
 *   of the value (`// 0x65 (sent as 0x1B 0x65)`).
 * - `Right(x)` and `Left(x)` are fp-ts's `Either`; `Right` or `Left` alone only says which side.
 * - Without `…` the value must equal the result exactly (`toStrictEqual`).
 * - With `…` only what is written is compared: `{ code: 'x', … }` is an object with at least
 *   that property, `[a, …]` an array that starts with `a`, and `Right(…)` any right. Objects
 *   and arrays written without `…` inside such a value must match key for key and element for
 *   element (so `Left([{ code: 'x', … }])` says there is exactly one issue, with code `x`).
 * - A comment that is not an expression is an error: prose goes before the statement it
 *   explains, after a blank line.
 */
import { transformSync } from 'esbuild'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import * as ts from 'typescript'

/** One `@example` block. */
export interface Example {
  /** The source file, relative to the repository root. */
  readonly file: string
  /** The 1-based line of the block's opening fence in `file`. */
  readonly line: number
  /** The code inside the fence. */
  readonly code: string
}

/** One result an example shows. */
export interface Check {
  /** The 1-based line in the source file of the statement checked. */
  readonly line: number
  /** The statement's value, as written. */
  readonly expression: string
  /** The result, as written in the comment. */
  readonly expected: string
}

/** An example made ready to run. */
export interface Instrumented {
  /** The example as CommonJS, calling `__check(i, actual, expected)` for check `i`. */
  readonly js: string
  /** The results it shows. */
  readonly checks: ReadonlyArray<Check>
  /** Comments after statements that were read as results but are not expressions. */
  readonly unreadable: ReadonlyArray<string>
}

export const ROOT = join(__dirname, '..', '..')
export const SRC = join(ROOT, 'src')
export const INDEX = join(SRC, 'index.ts')
/** The source of the `sms-preflight/io-ts` entry, which its examples import. */
export const IO_TS_ENTRY = join(SRC, 'schema', 'ioTs.ts')
/** The source of the `sms-preflight/national` entry, which its examples import. */
export const NATIONAL_ENTRY = join(SRC, 'national', 'index.ts')
/** The source of the `sms-preflight/numbers` entry, which its examples import. */
export const NUMBERS_ENTRY = join(SRC, 'numbers', 'index.ts')
const EXCLUDED = [join(SRC, 'cli')]

/** Every `.ts` file under `src/`, the command line excluded, sorted. */
export function sourceFiles(dir: string = SRC): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name)
    if (EXCLUDED.includes(full)) continue
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full))
    else if (name.endsWith('.ts')) out.push(full)
  }
  return out
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length

/** The `@example` blocks of one file's doc comments. */
export function examplesOf(file: string, text: string): Example[] {
  const out: Example[] = []
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const start = comment.index
    // Each comment line without its leading ` * `, remembering its line in the file.
    const lines = comment[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''))
    const first = lineOf(text, start)
    let inExample = false
    let fence: { line: number; body: string[] } | undefined
    lines.forEach((l, i) => {
      if (fence !== undefined) {
        if (/^```\s*$/.test(l)) {
          out.push({ file: relative(ROOT, file), line: fence.line, code: fence.body.join('\n') })
          fence = undefined
        } else {
          fence.body.push(l)
        }
        return
      }
      if (/^@example\b/.test(l)) inExample = true
      else if (/^@\w/.test(l)) inExample = false
      else if (inExample && /^```(ts|typescript)\s*$/.test(l)) fence = { line: first + i, body: [] }
    })
  }
  return out
}

/** Every example in `src/`, the command line excluded. */
export function allExamples(): Example[] {
  return sourceFiles().flatMap((f) => examplesOf(f, readFileSync(f, 'utf8')))
}

/**
 * Rewrites `…` outside string literals as a spread of the `__MORE` marker, so that
 * `{ a: 1, … }` and `[x, …]` become JavaScript.
 */
export function expandEllipsis(expected: string): string {
  let out = ''
  let quote: string | undefined
  for (let i = 0; i < expected.length; i++) {
    const c = expected.charAt(i)
    if (quote !== undefined) {
      out += c
      if (c === '\\') out += expected.charAt(++i)
      else if (c === quote) quote = undefined
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c
      out += c
    } else if (c === '…') {
      out += '...__MORE'
    } else {
      out += c
    }
  }
  return out
}

/** Whether `js` is one JavaScript expression. */
function isExpression(js: string): boolean {
  try {
    new Function(`return (${js}\n)`)
    return true
  } catch {
    return false
  }
}

/** The result written in some comment lines, as a JavaScript expression, if it is one. */
function readResult(comments: ReadonlyArray<string>): string | undefined {
  // The longest run of lines that reads as a value wins; a trailing "(remark)" is dropped.
  for (let n = comments.length; n > 0; n--) {
    const text = comments.slice(0, n).join('\n').trim()
    for (const candidate of [text, text.replace(/\s*\([^()]*\)\s*$/, '')]) {
      const js = expandEllipsis(candidate)
      if (candidate !== '' && isExpression(js)) return js
    }
  }
  return undefined
}

/** The `//` comments right after `node` (same line, then directly following lines). */
function resultComments(sf: ts.SourceFile, node: ts.Node): { texts: string[]; raw: string } | undefined {
  const text = sf.text
  // Same-line comments count as trailing, the lines after as leading: take both.
  const trailing = ts.getTrailingCommentRanges(text, node.end) ?? []
  const leading = (ts.getLeadingCommentRanges(text, node.end) ?? []).filter((r) => !trailing.some((t) => t.pos === r.pos))
  const ranges = [...trailing, ...leading]
  const texts: string[] = []
  let line = sf.getLineAndCharacterOfPosition(node.end).line
  let raw = ''
  for (const r of ranges) {
    if (r.kind !== ts.SyntaxKind.SingleLineCommentTrivia) break
    const at = sf.getLineAndCharacterOfPosition(r.pos).line
    if (at !== line && at !== line + 1) break
    if (at === line && texts.length > 0) break
    texts.push(text.slice(r.pos + 2, r.end))
    raw += (raw === '' ? '' : '\n') + text.slice(r.pos, r.end)
    line = at
  }
  return texts.length === 0 ? undefined : { texts, raw }
}

const isStatement = (n: ts.Node): n is ts.Statement => n.kind >= ts.SyntaxKind.FirstStatement && n.kind <= ts.SyntaxKind.LastStatement

/**
 * The statements of a block of code, nested ones included; of statements that end together
 * (`if (ok) f(x)`), the innermost, since a comment after them is about its value.
 */
function statements(node: ts.Node): ts.Statement[] {
  const byEnd = new Map<number, ts.Statement>()
  const visit = (n: ts.Node): void => {
    if (isStatement(n)) {
      const known = byEnd.get(n.end)
      if (known === undefined || known.pos < n.pos) byEnd.set(n.end, n)
    }
    ts.forEachChild(n, visit)
  }
  visit(node)
  return [...byEnd.values()].sort((a, b) => a.pos - b.pos)
}

/**
 * Instruments an example: each statement with a result comment reports its value and the
 * expected value to `__check`, then the whole is compiled to CommonJS with esbuild.
 */
export function instrument(example: Example, specifier: string): Instrumented {
  const sf = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS)
  const edits: Array<{ start: number; end: number; text: string }> = []
  const checks: Check[] = []
  const unreadable: string[] = []
  for (const s of statements(sf)) {
    const comments = resultComments(sf, s)
    if (comments === undefined) continue
    const expected = readResult(comments.texts)
    const line = example.line + 1 + sf.getLineAndCharacterOfPosition(s.getStart(sf)).line
    if (expected === undefined) {
      unreadable.push(`line ${line}: ${comments.raw}`)
      continue
    }
    const i = checks.length
    if (ts.isExpressionStatement(s)) {
      const expression = s.expression.getText(sf)
      checks.push({ line, expression, expected: comments.texts.join('\n').trim() })
      edits.push({ start: s.getStart(sf), end: s.end, text: `__check(${i}, () => (${expression}), () => (${expected}\n));` })
    } else if (ts.isVariableStatement(s) && s.declarationList.declarations.length === 1) {
      const name = s.declarationList.declarations[0]?.name
      if (name === undefined || !ts.isIdentifier(name)) {
        unreadable.push(`line ${line}: a result after a destructuring declaration`)
        continue
      }
      checks.push({ line, expression: name.text, expected: comments.texts.join('\n').trim() })
      edits.push({ start: s.end, end: s.end, text: `;__check(${i}, () => ${name.text}, () => (${expected}\n));` })
    } else {
      unreadable.push(`line ${line}: a result after a statement that has no value`)
    }
  }
  let code = example.code
  for (const e of edits.sort((a, b) => b.start - a.start)) code = code.slice(0, e.start) + e.text + code.slice(e.end)
  code = code.replace(/(from\s+|import\s+|require\()(['"])sms-preflight\2/g, (_m, lead: string, q: string) => `${lead}${q}${specifier}${q}`)
  code = code.replace(/(from\s+|import\s+|require\()(['"])sms-preflight\/io-ts\2/g, (_m, lead: string, q: string) => `${lead}${q}${IO_TS_ENTRY}${q}`)
  code = code.replace(/(from\s+|import\s+|require\()(['"])sms-preflight\/national\2/g, (_m, lead: string, q: string) => `${lead}${q}${NATIONAL_ENTRY}${q}`)
  code = code.replace(/(from\s+|import\s+|require\()(['"])sms-preflight\/numbers\2/g, (_m, lead: string, q: string) => `${lead}${q}${NUMBERS_ENTRY}${q}`)
  const js = transformSync(code, { loader: 'ts', format: 'cjs', target: 'es2020', sourcefile: `${example.file}:${example.line}` }).code
  return { js, checks, unreadable }
}

// ---------------------------------------------------------------------------------------------
// Comparing a result with the value an example shows.

const MORE_KEY = Symbol('…')
/** Stands for any number of array elements (an array `[…]`) or any value (`Right(…)`). */
export const ANY: unique symbol = Symbol('any')

/** The marker `…` is rewritten into: spread in an object it allows more keys, in an array more elements. */
export const MORE: Readonly<Record<symbol, unknown>> = Object.freeze({
  [MORE_KEY]: true,
  *[Symbol.iterator](): Generator<typeof ANY> {
    yield ANY
  },
})

/** `Right(x)` as written in an example: fp-ts's right. */
export const Right = (right: unknown): { _tag: 'Right'; right: unknown } => ({ _tag: 'Right', right })
/** `Left(x)` as written in an example: fp-ts's left. */
export const Left = (left: unknown): { _tag: 'Left'; left: unknown } => ({ _tag: 'Left', left })

const isObject = (v: unknown): v is Record<string | symbol, unknown> => typeof v === 'object' && v !== null

/** Whether a shown value is partial: it has a `…` or a bare `Right`/`Left` somewhere. */
export function isPartial(expected: unknown): boolean {
  if (expected === ANY || expected === Right || expected === Left) return true
  if (!isObject(expected)) return false
  if (Array.isArray(expected)) return expected.some(isPartial)
  return expected[MORE_KEY] === true || Object.keys(expected).some((k) => isPartial(expected[k]))
}

const show = (v: unknown): string => {
  if (typeof v === 'bigint') return `${v}n`
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'function') return v.name
  try {
    const s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x))
    return s === undefined ? String(v) : s.length > 160 ? `${s.slice(0, 160)}…` : s
  } catch {
    return String(v)
  }
}

/** The differences between a result and a partial value; empty when it matches. */
export function partialMismatches(actual: unknown, expected: unknown, at = '$'): string[] {
  if (expected === ANY) return []
  if (expected === Right || expected === Left) {
    const tag = expected === Right ? 'Right' : 'Left'
    return isObject(actual) && actual['_tag'] === tag ? [] : [`${at}: expected a ${tag}, got ${show(actual)}`]
  }
  if (!isObject(expected)) {
    return Object.is(actual, expected) ? [] : [`${at}: expected ${show(expected)}, got ${show(actual)}`]
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array, got ${show(actual)}`]
    const anyAt = expected.indexOf(ANY)
    if (anyAt === -1) {
      if (actual.length !== expected.length) return [`${at}: expected ${expected.length} elements, got ${actual.length}: ${show(actual)}`]
      return expected.flatMap((e: unknown, i) => partialMismatches(actual[i], e, `${at}[${i}]`))
    }
    // One `…`: the elements before it start the array and the elements after it end it.
    const head = expected.slice(0, anyAt)
    const tail = expected.slice(anyAt + 1)
    if (tail.includes(ANY)) return [`${at}: at most one … per array`]
    if (actual.length < head.length + tail.length) return [`${at}: expected at least ${head.length + tail.length} elements, got ${actual.length}`]
    const offset = actual.length - tail.length
    return [
      ...head.flatMap((e: unknown, i) => partialMismatches(actual[i], e, `${at}[${i}]`)),
      ...tail.flatMap((e: unknown, i) => partialMismatches(actual[offset + i], e, `${at}[${offset + i}]`)),
    ]
  }
  if (!isObject(actual) || Array.isArray(actual)) return [`${at}: expected an object, got ${show(actual)}`]
  const keys = Object.keys(expected)
  const out: string[] = []
  for (const k of keys) {
    if (!Object.prototype.hasOwnProperty.call(actual, k)) out.push(`${at}.${k}: missing`)
    else out.push(...partialMismatches(actual[k], expected[k], `${at}.${k}`))
  }
  if (expected[MORE_KEY] !== true) {
    const extra = Object.keys(actual).filter((k) => !keys.includes(k))
    if (extra.length > 0) out.push(`${at}: unexpected properties ${extra.join(', ')} (add … to show part of an object)`)
  }
  return out
}
