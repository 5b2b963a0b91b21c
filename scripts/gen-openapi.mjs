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
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importTs, root, writeOrCheck } from './generated.mjs'

const OUTPUT = 'openapi.json'

const args = process.argv.slice(2)
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const { openApiText } = await importTs('scripts/openapi.ts')
const text = await openApiText({ version })

if (args.includes('--stdout')) process.stdout.write(text)
else writeOrCheck([[OUTPUT, text]], { check: args.includes('--check'), script: 'scripts/gen-openapi.mjs', npmScript: 'gen:openapi' })
