/**
 * `sms-preflight serve`: the stand-in for `POST /v2/batches` (the library's fetch handler) on
 * Node's `http`. This module reads the options; ./listen.ts runs the server.
 *
 * Everything wrong with the call (an operand, a bad port, an empty key or one HTTP cannot carry,
 * a bad timeout) is a usage error (exit 2) before anything listens.
 *
 * @packageDocumentation
 */
import type { Args } from './args.js'
import { EXIT, type ExitCode } from './exit.js'
import type { CliIo, ServeConfig } from './io.js'
import { isSendableKey } from '../server/handler.js'
import { quoted } from '../escape.js'

/** The port when `--port` is not given. */
export const DEFAULT_PORT = 8080
/** Whether a character may stand in a host name or an IP address, as `--host` takes one. */
const isHostCharacter = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || '.-:%[]_'.includes(c)

/** The address when `--host` is not given: loopback only. */
export const DEFAULT_HOST = '127.0.0.1'
/** How long a request may take to arrive when `--timeout` is not given, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 30
/** The environment variable read for the key when `--api-key` is not given. */
export const API_KEY_VARIABLE = 'SMS_PREFLIGHT_API_KEY'

/** Whole decimal digits only (no sign, no exponent, no space), as a number. */
function digits(written: string): number | undefined {
  if (written === '' || written.length > 6) return undefined
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return undefined
  }
  return Number(written)
}

/** The options of `serve`, checked. */
export function readServeConfig(args: Args, io: CliIo): { readonly ok: true; readonly config: ServeConfig } | { readonly ok: false; readonly problem: string } {
  const [operand] = args.operands
  if (operand !== undefined) return { ok: false, problem: `serve takes no operand, not ${quoted(operand)}` }
  const portText = args.values.get('--port') ?? String(DEFAULT_PORT)
  const port = digits(portText)
  if (port === undefined || port > 65535) {
    return { ok: false, problem: `--port is a whole number from 0 to 65535 (0: a free port the system picks), not ${quoted(portText)}` }
  }
  const host = args.values.get('--host') ?? DEFAULT_HOST
  if (host.trim() === '') return { ok: false, problem: '--host needs an address, such as 127.0.0.1' }
  // A host name or an IPv4 or IPv6 address (a zone after %): letters, digits and . - : % [ ].
  // Anything else is no address, and would otherwise reach the terminal in the lines that name it.
  if (![...host].every(isHostCharacter)) return { ok: false, problem: `--host is an address such as 127.0.0.1 or ::1, not ${quoted(host)}` }
  const timeoutText = args.values.get('--timeout') ?? String(DEFAULT_TIMEOUT_SECONDS)
  const timeout = digits(timeoutText)
  if (timeout === undefined || timeout < 1 || timeout > 3600) {
    return { ok: false, problem: `--timeout is a whole number of seconds from 1 to 3600, not ${quoted(timeoutText)}` }
  }
  const written = args.values.get('--api-key')
  if (written === '') return { ok: false, problem: '--api-key needs a key (or leave it out: no key is then required)' }
  const fromEnv = io.env?.(API_KEY_VARIABLE)
  const apiKey = written ?? (fromEnv === undefined || fromEnv === '' ? undefined : fromEnv)
  if (apiKey !== undefined && !isSendableKey(apiKey)) {
    const source = written === undefined ? API_KEY_VARIABLE : '--api-key'
    return { ok: false, problem: `${source} must be visible ASCII characters only (! to ~: no space, no control, nothing beyond ASCII), which an Authorization header can carry` }
  }
  const numberType = args.flags.has('--no-number-types') ? undefined : io.numberTypes?.()
  return { ok: true, config: { port, host, apiKey, requestTimeoutMs: timeout * 1000, numberType } }
}

/** Whether an address is a loopback one (only this machine can reach it). */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase()
  return h === 'localhost' || h === '::1' || h === '[::1]' || h.startsWith('127.')
}

/**
 * `sms-preflight serve`: checks the options, then starts the server, which runs until SIGINT or
 * SIGTERM. Returns 0 once it is started (the process stays up while it listens), or the usage
 * problem.
 */
export function serve(args: Args, io: CliIo): ExitCode | { readonly problem: string } {
  const read = readServeConfig(args, io)
  if (!read.ok) return { problem: read.problem }
  if (io.serve === undefined) return { problem: 'serve cannot run here (no server)' }
  if (!isLoopback(read.config.host)) {
    io.stderr(`sms-preflight serve: warning: listening on ${read.config.host} makes the stand-in reachable from other machines`)
  }
  io.serve(read.config)
  return EXIT.valid
}
