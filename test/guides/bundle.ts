/**
 * Builds and type-checks a guide's code blocks as the files they name, without writing them:
 * each block is a file in memory at `docs/guides/<name>`, where a reader would save it, so that
 * its imports resolve as they would for the reader (`sms-preflight` is the library's source).
 */
import { build, type Plugin } from 'esbuild'
import { dirname, isAbsolute, join } from 'node:path'
import ts from 'typescript'
import { ROOT, type Block } from './extract'

/** Where a guide's files stand: beside the guide. */
export const GUIDE_DIR = join(ROOT, 'docs', 'guides')
const LIBRARY = join(ROOT, 'src', 'index.ts')

const LOADERS: Readonly<Record<string, 'ts' | 'tsx'>> = { ts: 'ts', tsx: 'tsx' }

/** An esbuild plugin that serves the guide's blocks as files beside the guide. */
function guideFiles(files: ReadonlyMap<string, Block>): Plugin {
  const byPath = new Map([...files].map(([name, block]) => [join(GUIDE_DIR, name), block]))
  const find = (base: string): string | undefined =>
    [base, `${base}.ts`, `${base}.tsx`].find((candidate) => byPath.has(candidate))
  return {
    name: 'guide-files',
    setup(b) {
      b.onResolve({ filter: /^\.{0,2}\// }, (args) => {
        const path = find(isAbsolute(args.path) ? args.path : join(args.resolveDir, args.path))
        return path === undefined ? undefined : { path, namespace: 'guide' }
      })
      b.onLoad({ filter: /.*/, namespace: 'guide' }, (args) => {
        const block = byPath.get(args.path)
        if (block === undefined) return undefined
        const loader = LOADERS[block.lang]
        if (loader === undefined) throw new Error(`${args.path} is a ${block.lang} block; only ts and tsx are built`)
        return { contents: block.code, loader, resolveDir: dirname(args.path) }
      })
    },
  }
}

/** The options of {@link bundleGuide}. */
export interface BundleOptions {
  /** `cjs` to run in Node (with `external` left to the caller's require), `esm` for a page. */
  readonly format: 'cjs' | 'esm'
  /** Packages left as `require(...)` calls. */
  readonly external?: ReadonlyArray<string>
}

/**
 * Bundles `entry` (a file of `files`) into one script: the guide's files from memory,
 * `sms-preflight` from the library's source (or left external when listed in `external`).
 */
export async function bundleGuide(files: ReadonlyMap<string, Block>, entry: string, options: BundleOptions): Promise<string> {
  const external = options.external ?? []
  const result = await build({
    entryPoints: [join(GUIDE_DIR, entry)],
    bundle: true,
    write: false,
    format: options.format,
    platform: options.format === 'cjs' ? 'node' : 'browser',
    target: 'es2020',
    jsx: 'automatic',
    external: [...external],
    alias: external.includes('sms-preflight') ? {} : { 'sms-preflight': LIBRARY },
    plugins: [guideFiles(files)],
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry}`)
  return output.text
}

/**
 * Type-checks the guide's TypeScript files (`ts` blocks) under the repository's compiler
 * options, with the DOM's types and without Node's or Jest's: every diagnostic in those files,
 * as `file:line:column message` lines (none when they compile).
 */
export function typeCheckGuide(files: ReadonlyMap<string, Block>, names: ReadonlyArray<string>): string[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path))
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    lib: ['lib.es2020.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    paths: { 'sms-preflight': [LIBRARY] },
  }
  const virtual = new Map([...files].map(([name, block]) => [join(GUIDE_DIR, name), block.code]))
  const host = ts.createCompilerHost(options)
  const { fileExists, readFile, getSourceFile } = host
  host.fileExists = (path) => virtual.has(path) || fileExists.call(host, path)
  host.readFile = (path) => virtual.get(path) ?? readFile.call(host, path)
  host.getSourceFile = (path, language, onError, shouldCreate) => {
    const text = virtual.get(path)
    return text === undefined ? getSourceFile.call(host, path, language, onError, shouldCreate) : ts.createSourceFile(path, text, language)
  }
  const roots = names.map((name) => join(GUIDE_DIR, name))
  const program = ts.createProgram(roots, options, host)
  const mine = (d: ts.Diagnostic): boolean => d.file === undefined || virtual.has(d.file.fileName)
  return ts
    .getPreEmitDiagnostics(program)
    .filter(mine)
    .map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n')
      if (d.file === undefined || d.start === undefined) return text
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start)
      return `${d.file.fileName.slice(GUIDE_DIR.length + 1)}:${line + 1}:${character + 1} ${text}`
    })
}
