/**
 * The Node.js entry of the command line: binds {@link run} to the process. This is the only
 * module that touches Node (files, standard input, the clock, the environment), with
 * ./listen.ts for the network (`serve`).
 *
 * @packageDocumentation
 */
import { constants } from 'node:buffer'
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { CliIo, ReadResult } from './io.js'
import { run } from './run.js'
import { EXIT } from './exit.js'
import { startServer } from './listen.js'

function readFile(path: string): ReadResult {
  // The reason names the file as given (the command line escapes it when it shows it); the empty
  // name, which names no file, as "".
  const name = path === '' ? '""' : path
  try {
    if (statSync(path).isDirectory()) return { ok: false, reason: `${name} is a directory, not a file` }
    return { ok: true, bytes: readFileSync(path) }
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
    if (code === 'ENOENT') return { ok: false, reason: `${name}: no such file` }
    if (code === 'EACCES') return { ok: false, reason: `${name}: permission denied` }
    return { ok: false, reason: `${name}: cannot be read (${code || String(e)})` }
  }
}

/** Whether `serve` has started: its log on standard output is no output a reader may cut short. */
let serving = false

/**
 * What a write to standard output or standard error that fails does. A closed pipe on standard
 * output (`sms-preflight check big.json | head`) ends the output quietly with the run's own
 * code, as Unix tools do, except under `serve`, whose log is no output to cut short. Any other
 * failure (a full disk, standard error into a closed pipe, the log's pipe closed) means the call
 * could not be carried out: exit 2, never a stack trace; a failed standard output is said in one
 * line on standard error, if that can still be written.
 */
function onWriteError(stream: 'stdout' | 'stderr'): (e: NodeJS.ErrnoException) => void {
  return (e) => {
    if (stream === 'stdout' && e.code === 'EPIPE' && !serving) process.exit(process.exitCode ?? EXIT.valid)
    if (stream === 'stdout') process.stderr.write(`sms-preflight: standard output cannot be written (${e.code ?? e.message}); the output is incomplete\n`)
    process.exit(EXIT.usage)
  }
}

function readStdin(): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(0) }
  } catch (e) {
    return { ok: false, reason: `standard input cannot be read (${String(e)})` }
  }
}

function version(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'))
    return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * `numberType` of the `sms-preflight/numbers` entry beside this module, or `undefined` when it
 * cannot be loaded: libphonenumber-js, its optional peer dependency, is not installed. Loaded
 * only when `check` asks (the metadata takes a moment to load), through a require the bundler
 * leaves as it is, so the entry stays a file of its own.
 */
function numberTypes(): ((msisdn: string) => string) | undefined {
  try {
    const entry: unknown = createRequire(__filename)('../numbers/index.js')
    const f: unknown = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['numberType'] : undefined
    return typeof f === 'function' ? (f as (msisdn: string) => string) : undefined
  } catch {
    return undefined
  }
}

/** Runs the command line in this process and returns its exit code. */
export function main(argv: ReadonlyArray<string>): number {
  process.stdout.on('error', onWriteError('stdout'))
  process.stderr.on('error', onWriteError('stderr'))
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t + '\n'),
    stderr: (t) => process.stderr.write(t + '\n'),
    readFile,
    readStdin,
    maxTextLength: constants.MAX_STRING_LENGTH,
    now: () => new Date(),
    color: Boolean(process.stdout.isTTY) && (process.env['NO_COLOR'] ?? '') === '',
    version: version(),
    env: (name) => process.env[name],
    numberTypes,
    serve: (config) => {
      serving = true
      startServer(config, { log: (t) => process.stdout.write(t + '\n'), error: (t) => process.stderr.write(t + '\n') })
    },
  }
  return run(argv, io)
}
