// Generates the conformance vectors for ports in other languages (published as
// `sms-preflight/conformance/requests.json`, `sms-preflight/conformance/json-text.json` and
// `sms-preflight/conformance/segments.json`):
//
//   test/conformance/requests.json   from test/conformance/cases.ts (generate.ts): each case
//                                    replayed through prepareBatch and cross-checked with the
//                                    expectations reasoned in the case list
//   test/conformance/json-text.json  from test/conformance/textCases.ts (generate.ts): JSON texts
//                                    replayed through prepareBatchJson, each issue with its
//                                    place in the text, cross-checked with the places reasoned
//                                    in the case list
//   test/conformance/segments.json   from test/conformance/segments.ts: texts with their encoding,
//                                    units, segments and parts, from other projects' test suites
//                                    (test/conformance/sources/segments.json) and our own
//                                    boundaries, cross-checked with what each source expects
//
//   node scripts/gen-conformance.mjs           writes the three files
//   node scripts/gen-conformance.mjs --check   exit 1 when a committed file differs
//   node scripts/gen-conformance.mjs --import-segments <dir>
//                                    refreshes test/conformance/sources/segments.json from a
//                                    directory of segment-count vectors (one JSON file per
//                                    source: { provenance, vectors: [{ id, text | build, mode,
//                                    expect, policy?, note? }] }); keeps the vectors that count a
//                                    text (mode auto, gsm or ucs2), each source with its
//                                    provenance
//
// The generators are TypeScript; they are bundled with esbuild (from src/, never a stale dist/)
// and run here. Generation fails, writing nothing, when the library disagrees with a case.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { importTs, root, writeOrCheck } from './generated.mjs'

const args = process.argv.slice(2)
const SOURCES = 'test/conformance/sources/segments.json'

/** The vectors of one source file that count a text. */
function countingVectors(vectors) {
  return vectors.filter((v) => v.kind === undefined && ['auto', 'gsm', 'ucs2'].includes(v.mode) && (typeof v.text === 'string' || Array.isArray(v.build)))
}

const importAt = args.indexOf('--import-segments')
if (importAt !== -1) {
  const dir = args[importAt + 1]
  if (dir === undefined) throw new Error('--import-segments needs a directory')
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      // Where each vector comes from (repository, commit, paths, package); a note on how the
      // collection was made is not part of it.
      const provenance = Object.fromEntries(Object.entries(data.provenance ?? {}).filter(([key]) => key !== 'note'))
      return { file, provenance, vectors: countingVectors(data.vectors ?? []) }
    })
    .filter((s) => s.vectors.length > 0)
  // One vector a line.
  const text = `{\n "sources": [\n${sources
    .map(
      (s) =>
        `  {\n   "file": ${JSON.stringify(s.file)},\n   "provenance": ${JSON.stringify(s.provenance)},\n   "vectors": [\n${s.vectors
          .map((v) => `    ${JSON.stringify(v)}`)
          .join(',\n')}\n   ]\n  }`,
    )
    .join(',\n')}\n ]\n}\n`
  writeFileSync(join(root, SOURCES), text)
  console.log(`wrote ${SOURCES}: ${sources.map((s) => `${s.file} ${s.vectors.length}`).join(', ')}`)
} else {
  const { requestsText, jsonTextText } = await importTs('test/conformance/generate.ts')
  const { segmentsText } = await importTs('test/conformance/segments.ts')
  const outputs = [
    ['test/conformance/requests.json', requestsText()],
    ['test/conformance/json-text.json', jsonTextText()],
    ['test/conformance/segments.json', segmentsText(JSON.parse(readFileSync(join(root, SOURCES), 'utf8')))],
  ]
  writeOrCheck(outputs, { check: args.includes('--check'), script: 'scripts/gen-conformance.mjs', npmScript: 'gen:conformance' })
}
