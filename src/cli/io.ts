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

/** The command line's view of the process. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readFile: (path: string) => ReadResult
  readonly readStdin: () => ReadResult
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
