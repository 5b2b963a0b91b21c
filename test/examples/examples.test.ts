import * as ts from 'typescript'
import * as lib from '../../src/index'
import {
  allExamples,
  expandEllipsis,
  INDEX,
  instrument,
  isPartial,
  Left,
  MORE,
  partialMismatches,
  Right,
  type Example,
} from './runner'

const examples = allExamples()

/** Runs one example. Throws when it throws, when a result differs, or when a result cannot be read. */
function run(example: Example): void {
  const { js, checks, unreadable } = instrument(example, INDEX)
  if (unreadable.length > 0) {
    throw new Error(`${example.file}: comments after statements that are not values:\n${unreadable.join('\n')}`)
  }
  const check = (i: number, actual: () => unknown, expected: () => unknown): void => {
    const c = checks[i]
    const where = c === undefined ? `check ${i}` : `${example.file}:${c.line}: ${c.expression} // ${c.expected}`
    const value = actual()
    const shown = expected()
    if (isPartial(shown)) {
      const diffs = partialMismatches(value, shown)
      if (diffs.length > 0) throw new Error(`${where}\n${diffs.join('\n')}`)
    } else {
      try {
        expect(value).toStrictEqual(shown)
      } catch (e) {
        throw new Error(`${where}\n${e instanceof Error ? e.message : String(e)}`)
      }
    }
  }
  // An example may log to show what it does; the test output stays quiet.
  const quiet = { log: (): void => undefined }
  // The example runs in this realm, so that its values and the library's share prototypes.
  const body = new Function('require', 'module', 'exports', 'console', '__check', 'Right', 'Left', '__MORE', js)
  const module = { exports: {} }
  body(require, module, module.exports, quiet, check, Right, Left, MORE)
}

/** The names exported from src/index.ts, each with the doc tags of its declaration. */
function exportedDocs(): Map<string, ReadonlyArray<string>> {
  const program = ts.createProgram([INDEX], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(INDEX)
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source)
  const out = new Map<string, ReadonlyArray<string>>()
  if (module === undefined) return out
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    const tags = (target.declarations ?? []).flatMap((d) => ts.getJSDocTags(d).map((t) => t.tagName.text))
    out.set(symbol.name, tags)
  }
  return out
}

describe('@example blocks', () => {
  it('are found in the sources', () => {
    expect(examples.length).toBeGreaterThan(40)
  })

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s runs and shows what the code gives', (_name, example) => {
    expect(() => run(example)).not.toThrow()
  })

  it('each show at least one result', () => {
    expect(examples.filter((e) => instrument(e, INDEX).checks.length === 0).map((e) => `${e.file}:${e.line}`)).toStrictEqual([])
  })
})

describe('exports', () => {
  const docs = exportedDocs()
  const functions = Object.keys(lib).filter((name) => typeof (lib as Record<string, unknown>)[name] === 'function')

  it('are all seen by the compiler', () => {
    expect(functions.filter((name) => !docs.has(name))).toStrictEqual([])
  })

  it('every function exported from src/index.ts has an @example', () => {
    expect(functions.length).toBeGreaterThan(40)
    expect(functions.filter((name) => !(docs.get(name) ?? []).includes('example'))).toStrictEqual([])
  })

  it('every export from src/index.ts has a @category', () => {
    expect([...docs].filter(([, tags]) => !tags.includes('category')).map(([name]) => name)).toStrictEqual([])
  })
})

describe('the result convention', () => {
  const value = (shown: string): unknown =>
    (new Function('Right', 'Left', '__MORE', `return (${expandEllipsis(shown)})`) as (...a: unknown[]) => unknown)(Right, Left, MORE)

  it('reads … outside strings only', () => {
    expect(expandEllipsis("{ a: '…', … }")).toBe("{ a: '…', ...__MORE }")
  })

  it('compares only the parts given when the value has …', () => {
    const issue = { severity: 'error', code: 'x', path: '', message: 'm' }
    expect(partialMismatches(Left([issue]), value("Left([{ code: 'x', … }])"))).toStrictEqual([])
    expect(partialMismatches(Left([issue, issue]), value("Left([{ code: 'x', … }])"))).toHaveLength(1)
    expect(partialMismatches(Left([issue]), value("Left([{ code: 'y', … }])"))).toStrictEqual(["$.left[0].code: expected \"y\", got \"x\""])
    expect(partialMismatches([1, 2, 3], value('[1, …]'))).toStrictEqual([])
    expect(partialMismatches([1, 2, 3], value('[…, 3]'))).toStrictEqual([])
    expect(partialMismatches([1, 2, 3], value('[2, …]'))).toHaveLength(1)
  })

  it('checks only the side for a bare Right or Left', () => {
    expect(partialMismatches(Right(1), value('Right'))).toStrictEqual([])
    expect(partialMismatches(Right(1), value('Left'))).toHaveLength(1)
    expect(partialMismatches(Right({ a: 1 }), value('Right(…)'))).toStrictEqual([])
  })

  it('is exact for the objects of a partial value written without …', () => {
    expect(partialMismatches({ a: { b: 1, c: 2 }, d: 3 }, value('{ a: { b: 1 }, … }'))).toHaveLength(1)
  })

  it('fails an example whose result differs', () => {
    const wrong: Example = { file: 'x.ts', line: 1, code: "import { severityOf } from 'sms-preflight'\nseverityOf('tag.duplicate') // 'error'" }
    expect(() => run(wrong)).toThrow(/severityOf\('tag.duplicate'\)/)
  })

  it('fails an example whose result comment is not a value', () => {
    const prose: Example = { file: 'x.ts', line: 1, code: "import { severityOf } from 'sms-preflight'\nseverityOf('tag.duplicate') // is it bad?" }
    expect(() => run(prose)).toThrow(/not values/)
  })

  it('reads a result over several lines and drops a trailing remark', () => {
    const ok: Example = {
      file: 'x.ts',
      line: 1,
      code: "import { toPointer } from 'sms-preflight'\nconst p = toPointer(['a', 1])\n// '/a/1'\n// (the index as a token)\ntoPointer([]) // '' (the whole document)",
    }
    expect(() => run(ok)).not.toThrow()
  })
})
