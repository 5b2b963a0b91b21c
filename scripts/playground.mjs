// Builds the browser playground into docs/playground/dist/, and with --serve serves it.
//
//   node scripts/playground.mjs                 build only
//   node scripts/playground.mjs --serve [port]  build, then serve on http://127.0.0.1:<port>/
//                                               (default 8080; 0 picks a free port)
//
// The page's code (docs/playground/src/main.ts) imports the library as 'sms-preflight' and,
// dynamically, 'sms-preflight/numbers'; the bundle takes them from the library's own browser
// build (dist/esm, fp-ts from its es6/ build), exactly as a web app's bundler would. The library
// is built first when dist/esm is missing.
//
// The bundle is split (ES modules): main.js, the chunks it imports, and a chunk of its own for
// the number types (libphonenumber-js and its metadata), which the page loads only when they are
// asked for. The build fails if main.js or anything it imports statically holds libphonenumber-js.
// The server listens on the loopback address only.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, relative as relativePath, resolve, sep } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const page = join(root, 'docs', 'playground')
const out = join(page, 'dist')
const libraryEntry = join(root, 'dist', 'esm', 'index.js')
/** The library's entries as the page imports them, each from the library's browser build. */
const LIBRARY = {
  'sms-preflight': libraryEntry,
  'sms-preflight/numbers': join(root, 'dist', 'esm', 'numbers', 'index.js'),
}

/** Resolves the library's entries to its browser build (esbuild's alias maps a name, not a subpath). */
const libraryPlugin = {
  name: 'sms-preflight',
  setup(b) {
    b.onResolve({ filter: /^sms-preflight(\/numbers)?$/ }, (args) => ({ path: LIBRARY[args.path] }))
  },
}

/**
 * The output files main.js loads before it runs (itself and its static imports, transitively),
 * from esbuild's metafile.
 */
function staticClosure(outputs, entry) {
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file) || outputs[file] === undefined) return
    seen.add(file)
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path)
  }
  visit(entry)
  return [...seen]
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

export async function buildPlayground() {
  if (!existsSync(libraryEntry)) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' })
  }
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const result = await build({
    entryPoints: [join(page, 'src', 'main.ts')],
    outdir: out,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    sourcemap: false,
    plugins: [libraryPlugin],
    metafile: true,
    logLevel: 'warning',
  })
  for (const file of ['index.html', 'playground.css']) copyFileSync(join(page, file), join(out, file))
  const outputs = result.metafile.outputs
  // The metafile's paths are relative to the working directory.
  const relative = (file) => relativePath(out, resolve(file))
  const mainOutput = Object.keys(outputs).find((file) => relative(file) === 'main.js')
  if (mainOutput === undefined) throw new Error('the build wrote no main.js')
  const first = staticClosure(outputs, mainOutput)
  const heavy = first.flatMap((file) => Object.keys(outputs[file].inputs).filter((input) => input.includes('libphonenumber-js')))
  if (heavy.length > 0) throw new Error(`the page's main bundle holds libphonenumber-js (${heavy[0]}); it must load only with the number types`)
  const bytes = first.reduce((sum, file) => sum + outputs[file].bytes, 0)
  const lazy = Object.keys(outputs).filter((file) => !first.includes(file) && file.endsWith('.js'))
  const lazyBytes = lazy.reduce((sum, file) => sum + outputs[file].bytes, 0)
  const inputs = Object.keys(result.metafile.inputs).length
  console.log(
    `built docs/playground/dist (main.js and its chunks ${bytes} bytes; loaded on demand: ${lazy.map(relative).join(', ')} ${lazyBytes} bytes; ${inputs} modules)`,
  )
  return out
}

/** Serves `dir` on 127.0.0.1; resolves to the server once it listens. */
export function serve(dir, port) {
  const base = normalize(dir + sep)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html'
    const file = normalize(join(base, rel))
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('not found\n')
      return
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    res.end(readFileSync(file))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

const isMain = process.argv[1] !== undefined && normalize(process.argv[1]) === normalize(new URL(import.meta.url).pathname)
if (isMain) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--serve')
  const unknown = args.filter((a, i) => a !== '--serve' && !(at >= 0 && i === at + 1 && /^\d+$/.test(a)))
  if (unknown.length > 0) {
    console.error(`unknown argument: ${unknown[0]}\nusage: node scripts/playground.mjs [--serve [port]]`)
    process.exit(2)
  }
  const dir = await buildPlayground()
  if (at >= 0) {
    const next = args[at + 1]
    const port = next !== undefined && /^\d+$/.test(next) ? Number(next) : 8080
    const server = await serve(dir, port)
    const address = server.address()
    const actual = typeof address === 'object' && address !== null ? address.port : port
    console.log(`playground: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`)
  }
}
