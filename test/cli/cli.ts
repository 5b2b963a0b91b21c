/**
 * Runs the command line in-process with a fake {@link CliIo}: files from a table (else from
 * examples/), standard input from a string, each given as text (encoded as UTF-8) or as bytes,
 * "now" fixed (no test reads the clock), and the longest text the engine makes settable (so that
 * a file too large to decode is a few bytes, not 512 MiB).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/cli/run'
import type { CliIo, ReadResult } from '../../src/cli/io'

export interface Captured {
  readonly code: number
  readonly out: string
  readonly err: string
}

const examples = join(__dirname, '..', '..', 'examples')

/** "Now" of every run: the examples' delivery windows lie after it. */
export const NOW = new Date('2026-11-25T00:00:00Z')

/** Text as UTF-8 bytes; bytes as they are. */
const utf8 = (t: string | Uint8Array): Uint8Array => (typeof t === 'string' ? new TextEncoder().encode(t) : t)

export function cli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
  stdin?: string | Uint8Array,
  color = false,
  maxTextLength?: number,
): Captured {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p): ReadResult => {
      const text = files[p]
      if (text !== undefined) return { ok: true, bytes: utf8(text) }
      try {
        return { ok: true, bytes: readFileSync(join(examples, p)) }
      } catch {
        return { ok: false, reason: `${p}: no such file` }
      }
    },
    readStdin: (): ReadResult => (stdin === undefined ? { ok: false, reason: 'standard input cannot be read' } : { ok: true, bytes: utf8(stdin) }),
    now: () => NOW,
    color,
    version: '9.9.9',
    ...(maxTextLength === undefined ? {} : { maxTextLength }),
  }
  const code = run(argv, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}
