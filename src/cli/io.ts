/**
 * What the command line needs from the outside world, passed in so that `run` stays testable.
 *
 * @packageDocumentation
 */

/**
 * Reading a file: its bytes, or why it could not be read. Bytes, not text: the command line
 * decodes them as UTF-8 itself, so that bytes that are not UTF-8 are reported where they stand
 * instead of replaced (as `serve` does).
 */
export type ReadResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string }

/**
 * The longest string V8 makes on 64-bit platforms, 2^29 - 24 UTF-16 code units (Node's
 * `buffer.constants.MAX_STRING_LENGTH`): the limit when a {@link CliIo} gives none.
 */
export const V8_MAX_STRING_LENGTH = 0x1fffffe8

/**
 * Why bytes are too many to decode, or `undefined` when they fit. Each UTF-8 byte decodes to at
 * most one UTF-16 code unit, so bytes no more than the longest string always fit; more are
 * refused (as unreadable input, exit 2) before the decoder would throw.
 */
export function tooLarge(bytes: Uint8Array, io: Pick<CliIo, 'maxTextLength'>): string | undefined {
  const limit = io.maxTextLength ?? V8_MAX_STRING_LENGTH
  return bytes.length <= limit ? undefined : `too large (${bytes.length} bytes; at most ${limit} can be read as text)`
}

/** The command line's view of the process. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readFile: (path: string) => ReadResult
  readonly readStdin: () => ReadResult
  /**
   * The longest string the engine can make (Node: `buffer.constants.MAX_STRING_LENGTH`); a file
   * or standard input of more bytes is refused as too large before it is decoded. Absent:
   * {@link V8_MAX_STRING_LENGTH}.
   */
  readonly maxTextLength?: number
  /** The clock: read here, by the command line, and nowhere in the library. */
  readonly now: () => Date
  /** Whether to colour the output (a TTY without NO_COLOR). */
  readonly color: boolean
  readonly version: string
  /** An environment variable (`SMS_PREFLIGHT_API_KEY`); absent where there is no environment. */
  readonly env?: (name: string) => string | undefined
  /**
   * Loads the type of a number (`numberType` of `sms-preflight/numbers`) when it can: it needs
   * libphonenumber-js, an optional peer dependency. Absent, or giving `undefined`, where it is
   * not installed.
   */
  readonly numberTypes?: () => ((msisdn: string) => string) | undefined
  /** Starts the stand-in server (`serve`); absent where no server can run. */
  readonly serve?: (config: ServeConfig) => void
}

/** What `sms-preflight serve` starts: where it listens, the key it wants, how long a request may take to arrive. */
export interface ServeConfig {
  /** The TCP port; 0 picks a free one (the address is printed). */
  readonly port: number
  /** The address to bind; loopback (`127.0.0.1`) by default. */
  readonly host: string
  /** The API key every request must carry as `Authorization: Bearer <key>`, if any. */
  readonly apiKey: string | undefined
  /** How long a request (headers and body) may take to arrive, in milliseconds, before a 408. */
  readonly requestTimeoutMs: number
  /** The type of a number (`numberType` of `sms-preflight/numbers`), when it is loaded. */
  readonly numberType: ((msisdn: string) => string) | undefined
}
