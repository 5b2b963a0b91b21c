// Generates openapi.json, the OpenAPI 3.1 document of POST /v2/batches and the stand-in's GETs
// (published as `sms-preflight/openapi.json`), from scripts/openapi.ts: the request schema is the
// library's own requestJsonSchema, the examples the source page's requests and what the
// stand-in answers them.
//
//   node scripts/gen-openapi.mjs           writes openapi.json
//   node scripts/gen-openapi.mjs --check   exit 1 when the committed file differs
//   node scripts/gen-openapi.mjs --stdout  prints the document instead of writing it
//
// scripts/openapi.ts is TypeScript; it is bundled with esbuild (from src/, never a stale dist/)
// and run here.
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const OUTPUT = 'openapi.json'

/** Bundles a TypeScript module of this repository and imports it. */
export async function importTs(file) {
  const bundled = await build({
    entryPoints: [join(root, file)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node18',
    logLevel: 'error',
  })
  const code = bundled.outputFiles[0]?.text ?? ''
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}

const args = process.argv.slice(2)
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const { openApiText } = await importTs('scripts/openapi.ts')
const text = await openApiText({ version })

if (args.includes('--stdout')) process.stdout.write(text)
else if (args.includes('--check')) {
  let committed = ''
  try {
    committed = readFileSync(join(root, OUTPUT), 'utf8')
  } catch {
    committed = ''
  }
  if (committed !== text) {
    console.error(`${OUTPUT} differs from what scripts/gen-openapi.mjs makes: run npm run gen:openapi`)
    process.exitCode = 1
  } else console.log(`${OUTPUT} is up to date`)
} else {
  writeFileSync(join(root, OUTPUT), text)
  console.log(`wrote ${OUTPUT} (${text.length} characters)`)
}
