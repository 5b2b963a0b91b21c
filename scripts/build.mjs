// Builds dist/: per-file transpiles of src/ (no bundling) in three flavours, plus declarations.
//
//   dist/esm   ESM for bundlers ("module" condition): fp-ts/io-ts from their es6/ builds, so
//              a browser bundle tree-shakes them.
//   dist/mjs   ESM for native Node ("import" condition): fp-ts/io-ts from lib/ with explicit
//              .js files (fp-ts has no exports map; Node ESM cannot import its directories).
//   dist/cjs   CommonJS ("require" condition).
//
// Declarations come from one tsc run (tsconfig.core.json) and are copied into dist/cjs and
// dist/mjs, with the fp-ts/io-ts specifiers rewritten the same way as the code.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const src = join(root, 'src')
const dist = join(root, 'dist')

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

const DEP = /(from\s+|import\s*\(\s*|require\s*\(\s*)(['"])(fp-ts|io-ts)\/([A-Za-z]+)\2/g
const rewrite = {
  esm: (code) => code.replace(DEP, (_m, pre, q, pkg, mod) => `${pre}${q}${pkg}/es6/${mod}.js${q}`),
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
    writeFileSync(file.path, rewrite[flavour](file.text))
  }
  writeFileSync(join(outdir, 'package.json'), JSON.stringify({ type: format === 'esm' ? 'module' : 'commonjs', sideEffects: false }) + '\n')
}

// Declarations (core only; the CLI ships no types).
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.core.json')], { stdio: 'inherit' })
const types = join(dist, 'types')
for (const flavour of ['cjs', 'mjs', 'esm']) {
  for (const f of walk(types)) {
    const target = join(dist, flavour, relative(types, f))
    mkdirSync(join(target, '..'), { recursive: true })
    const text = readFileSync(f, 'utf8')
    writeFileSync(target, rewrite[flavour === 'esm' ? 'mjs' : flavour](text))
  }
}
rmSync(types, { recursive: true, force: true })
console.log(`built ${entryPoints.length} modules into dist/{esm,mjs,cjs}`)
