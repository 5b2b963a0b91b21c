/**
 * What the command line needs from the outside world, passed in so that `run` stays testable.
 *
 * @packageDocumentation
 */

/** Reading a file: its text, or why it could not be read. */
export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string }

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
}
