/**
 * The `sms-preflight` command line, as a function of its arguments and an injected {@link CliIo}
 * (so that tests run it without a process).
 *
 * The contract: a usage error (an unknown option, a missing operand, a bad `--now`, `--price`
 * or `--account`, …) prints one line to standard error, naming the problem and pointing at
 * `--help`, and exits 2 before any input is read. `--help` after a command describes that
 * command. See the help texts (./help.ts) for the rest.
 *
 * @packageDocumentation
 */
import { parseArgs } from './args.js'
import { check } from './check.js'
import { count } from './count.js'
import { serve } from './serve.js'
import { EXIT, type ExitCode } from './exit.js'
import { style } from './format.js'
import { helpText, usageLine } from './help.js'
import type { CliIo } from './io.js'

export { EXIT } from './exit.js'
export type { ExitCode } from './exit.js'

/**
 * Runs the command line.
 *
 * @returns the exit code.
 */
export function run(argv: ReadonlyArray<string>, io: CliIo): ExitCode {
  const parsed = parseArgs(argv)
  if (!parsed.ok) {
    io.stderr(usageLine(parsed.error.command, parsed.error.problem))
    return EXIT.usage
  }
  const { args } = parsed
  if (args.flags.has('--help')) {
    io.stdout(helpText(args.command))
    return EXIT.valid
  }
  if (args.flags.has('--version')) {
    io.stdout(io.version)
    return EXIT.valid
  }
  const s = style(io.color && !args.flags.has('--no-color') && !args.flags.has('--json'))
  if (args.command === undefined) {
    io.stderr(usageLine(undefined, 'give a command, check, count or serve'))
    return EXIT.usage
  }
  const result = args.command === 'check' ? check(args, io, s) : args.command === 'count' ? count(args, io, s) : serve(args, io)
  if (typeof result === 'number') return result
  io.stderr(usageLine(args.command, result.problem))
  return EXIT.usage
}
