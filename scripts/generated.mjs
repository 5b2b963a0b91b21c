// What the generator scripts share: importing a TypeScript module of this repository (bundled
// with esbuild from src/, never a stale dist/), and writing generated files or, with --check,
// failing when a committed file differs from what its script makes.
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

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

/**
 * Writes each `[file, text]` (paths relative to the repository), or with `check` compares each
 * with the committed file and sets exit code 1 on a difference, naming `script` and `npmScript`.
 */
export function writeOrCheck(outputs, { check, script, npmScript }) {
  for (const [file, text] of outputs) {
    if (!check) {
      writeFileSync(join(root, file), text)
      console.log(`wrote ${file} (${text.length} characters)`)
      continue
    }
    let committed = ''
    try {
      committed = readFileSync(join(root, file), 'utf8')
    } catch {
      committed = ''
    }
    if (committed !== text) {
      console.error(`${file} differs from what ${script} makes: run npm run ${npmScript}`)
      process.exitCode = 1
    } else console.log(`${file} is up to date`)
  }
}
