// Builds the browser playground into docs/playground/dist/, and with --serve serves it.
//
//   node scripts/playground.mjs                 build only
//   node scripts/playground.mjs --serve [port]  build, then serve on http://127.0.0.1:<port>/
//                                               (default 8080; 0 picks a free port)
//
// The page's code (docs/playground/src/main.ts) imports the library as 'sms-preflight'; the
// bundle takes it from the library's own browser build (dist/esm, fp-ts from its es6/ build),
// exactly as a web app's bundler would. The library is built first when dist/esm is missing.
// The server listens on the loopback address only.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const page = join(root, 'docs', 'playground')
const out = join(page, 'dist')
const libraryEntry = join(root, 'dist', 'esm', 'index.js')

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
    outfile: join(out, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    sourcemap: false,
    alias: { 'sms-preflight': libraryEntry },
    metafile: true,
    logLevel: 'warning',
  })
  for (const file of ['index.html', 'playground.css']) copyFileSync(join(page, file), join(out, file))
  const bytes = statSync(join(out, 'main.js')).size
  const inputs = Object.keys(result.metafile.inputs).length
  console.log(`built docs/playground/dist (main.js ${bytes} bytes from ${inputs} modules)`)
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
