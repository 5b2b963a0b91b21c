// Builds dist/: per-file transpiles of src/ (no bundling) in three flavours, plus declarations.
//
//   dist/esm   ESM for bundlers ("module" condition): fp-ts/io-ts from their es6/ builds, so
//              a browser bundle tree-shakes them.
//   dist/mjs   ESM for native Node ("import" condition): fp-ts/io-ts from lib/ with explicit
//              .js files (fp-ts has no exports map; Node ESM cannot import its directories).
//   dist/cjs   CommonJS ("require" condition); index.js, national/index.js, numbers/index.js and
//              cli/main.js are bundled (see below).
//
// Declarations come from one tsc run (tsconfig.core.json) and are copied into dist/cjs and
// dist/mjs, with the fp-ts/io-ts specifiers rewritten the same way as the code.
//
// `node scripts/build.mjs --outdir <dir>` builds into <dir> instead of dist/ (the package and
// size checks build into a temporary directory so they never race a build of the work tree).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const src = join(root, 'src')
const outdirFlag = process.argv.indexOf('--outdir')
const outdirArg = outdirFlag === -1 ? undefined : process.argv[outdirFlag + 1]
if (outdirFlag !== -1 && outdirArg === undefined) {
  console.error('build: --outdir needs a directory')
  process.exit(2)
}
const dist = outdirArg === undefined ? join(root, 'dist') : resolve(outdirArg)

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

const DEP = /(from\s+|import\s*\(\s*|require\s*\(\s*)(['"])(fp-ts|io-ts)\/([A-Za-z]+)\2/g

// io-ts's root module builds every codec at load time (`new …Type()`, not removable by a
// bundler), about 6.7 KB minified. The library only calls the primitive guards
// `UnknownRecord.is` and `UnknownArray.is`; io-ts's Guard module defines the very same two
// predicates as plain objects, which tree-shake to a few bytes. So in the bundler build, a
// namespace import of 'io-ts' whose only members used are those two is pointed at the Guard
// module; any other use keeps the root module (and says so).
const IO_TS_NS = /import\s+\*\s+as\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])io-ts\2/
const GUARD_MEMBERS = new Set(['UnknownRecord', 'UnknownArray'])
// The `sms-preflight/io-ts` entry is made of io-ts codecs: it keeps the root module, on purpose
// (its own entry point, so the main entry never loads it).
const IO_TS_ENTRY = /[\\/]schema[\\/]ioTs\.js$/
function slimIoTs(code, file) {
  const m = IO_TS_NS.exec(code)
  if (m === null || IO_TS_ENTRY.test(file)) return code
  const ns = m[1]
  const used = new Set([...code.matchAll(new RegExp(`(?<![\\w$.])${ns.replace(/\$/g, '\\$')}\\.([A-Za-z_$][\\w$]*)`, 'g'))].map((u) => u[1]))
  const bare = new RegExp(`(?<![\\w$.])${ns.replace(/\$/g, '\\$')}(?![\\w$.])`, 'g')
  const bareUses = [...code.matchAll(bare)].length - 1 // the import itself
  if (bareUses > 0 || [...used].some((name) => !GUARD_MEMBERS.has(name))) {
    console.warn(`build: ${relative(src, file)} uses io-ts beyond its guards; the bundler build keeps io-ts's root module`)
    return code
  }
  return code.replace(IO_TS_NS, (_m, name, q) => `import * as ${name} from ${q}io-ts/es6/Guard.js${q}`)
}

const rewrite = {
  esm: (code, file) => slimIoTs(code.replace(DEP, (_m, pre, q, pkg, mod) => `${pre}${q}${pkg}/es6/${mod}.js${q}`), file),
  mjs: (code) => code.replace(DEP, (_m, pre, q, pkg, mod) => `${pre}${q}${pkg}/lib/${mod}.js${q}`),
  cjs: (code) => code.replace(DEP, (_m, pre, q, pkg, mod) => `${pre}${q}${pkg}/lib/${mod}${q}`),
}

rmSync(dist, { recursive: true, force: true })
const entryPoints = walk(src).filter((f) => f.endsWith('.ts'))

for (const [flavour, format] of [['esm', 'esm'], ['mjs', 'esm'], ['cjs', 'cjs']]) {
  const outdir = join(dist, flavour)
  const result = await build({
    entryPoints,
    outbase: src,
    outdir,
    format,
    platform: 'neutral',
    target: 'es2020',
    bundle: false,
    write: false,
    sourcemap: false,
    logLevel: 'warning',
  })
  for (const file of result.outputFiles) {
    mkdirSync(join(file.path, '..'), { recursive: true })
    writeFileSync(file.path, rewrite[flavour](file.text, file.path))
  }
  writeFileSync(join(outdir, 'package.json'), JSON.stringify({ type: format === 'esm' ? 'module' : 'commonjs', sideEffects: false }) + '\n')
}

// CommonJS entry points bundled into one file each. esbuild's per-file CommonJS output exports
// through property getters, so every call from one module to another pays a getter (measured:
// a third of validateBatch's time at 300,000 recipients); bundled, the library's modules call
// each other directly and only the package's own exports go through one. The per-file
// transpiles stay beside them (deep imports in benchmarks); the dependencies stay external.
// libphonenumber-js is an optional peer dependency, for the `sms-preflight/numbers` entry only.
const external = ['fp-ts', 'fp-ts/*', 'io-ts', 'io-ts/*', 'date-fns', 'date-fns/*', 'libphonenumber-js', 'libphonenumber-js/*', 'node:*']
for (const [entry, out, platform] of [
  ['index.ts', 'index.js', 'neutral'],
  ['national/index.ts', 'national/index.js', 'neutral'],
  ['numbers/index.ts', 'numbers/index.js', 'neutral'],
  ['cli/main.ts', 'cli/main.js', 'node'],
]) {
  const bundled = await build({
    entryPoints: [join(src, entry)],
    outfile: join(dist, 'cjs', out),
    format: 'cjs',
    platform,
    target: 'es2020',
    bundle: true,
    external,
    write: false,
    logLevel: 'warning',
  })
  const [file] = bundled.outputFiles
  if (file === undefined) throw new Error(`build: esbuild wrote nothing for ${entry}`)
  writeFileSync(file.path, rewrite.cjs(file.text, file.path))
}

// Declarations (core only; the CLI ships no types).
const types = join(dist, 'types')
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.core.json'), '--outDir', types],
  { stdio: 'inherit' },
)
for (const flavour of ['cjs', 'mjs', 'esm']) {
  for (const f of walk(types)) {
    const target = join(dist, flavour, relative(types, f))
    mkdirSync(join(target, '..'), { recursive: true })
    const text = readFileSync(f, 'utf8')
    writeFileSync(target, rewrite[flavour === 'esm' ? 'mjs' : flavour](text))
  }
}
rmSync(types, { recursive: true, force: true })
console.log(`built ${entryPoints.length} modules into ${dist.startsWith(root) ? relative(root, dist) : dist}/{esm,mjs,cjs}`)
