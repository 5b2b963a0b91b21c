/**
 * The command line's arguments: which command, its operands and its options. Every option is
 * known here with the commands it belongs to, so that a mistake is named precisely
 * (`unknown option --jsn (did you mean --json?)`, `--parts is an option of check, not count`).
 *
 * @packageDocumentation
 */
import { quoted } from '../escape.js'

/** The commands. */
export const COMMANDS = ['check', 'count', 'serve'] as const

/** A command of the command line. */
export type Command = (typeof COMMANDS)[number]

/** An option that takes a value (`--now ISO`, or `--now=ISO`). */
export type ValueOption = '--now' | '--account' | '--price' | '--datacoding' | '--lang' | '--port' | '--host' | '--api-key' | '--timeout'

/** An option that is on or off. */
export type FlagOption = '--json' | '--details' | '--parts' | '--fail-on-warnings' | '--no-number-types' | '--no-color' | '--help' | '--version'

interface OptionSpec {
  /** The commands that take it; empty for an option of every command. */
  readonly commands: ReadonlyArray<Command>
  readonly takesValue: boolean
}

const OPTIONS: Readonly<Record<ValueOption | FlagOption, OptionSpec>> = {
  '--now': { commands: ['check'], takesValue: true },
  '--account': { commands: ['check'], takesValue: true },
  '--price': { commands: ['check'], takesValue: true },
  '--datacoding': { commands: ['count'], takesValue: true },
  '--lang': { commands: ['check'], takesValue: true },
  '--port': { commands: ['serve'], takesValue: true },
  '--host': { commands: ['serve'], takesValue: true },
  '--api-key': { commands: ['serve'], takesValue: true },
  '--timeout': { commands: ['serve'], takesValue: true },
  '--json': { commands: ['check', 'count'], takesValue: false },
  '--details': { commands: ['count'], takesValue: false },
  '--parts': { commands: ['check'], takesValue: false },
  '--fail-on-warnings': { commands: ['check'], takesValue: false },
  '--no-number-types': { commands: ['check', 'serve'], takesValue: false },
  '--no-color': { commands: [], takesValue: false },
  '--help': { commands: [], takesValue: false },
  '--version': { commands: [], takesValue: false },
}

/** Short spellings. */
const SHORT: Readonly<Record<string, FlagOption>> = { '-h': '--help', '-v': '--version' }

const isOption = (name: string): name is ValueOption | FlagOption => Object.prototype.hasOwnProperty.call(OPTIONS, name)

const isCommand = (word: string): word is Command => (COMMANDS as ReadonlyArray<string>).includes(word)

/** What the arguments say. */
export interface Args {
  /** The command, when the first operand names one. */
  readonly command: Command | undefined
  /** The operands after the command (files, or the text to count). */
  readonly operands: ReadonlyArray<string>
  /** The options with a value, by name. */
  readonly values: ReadonlyMap<ValueOption, string>
  /** The options that are on. */
  readonly flags: ReadonlySet<FlagOption>
}

/** A usage mistake: the command it concerns (for the "see --help" pointer) and what is wrong. */
export interface UsageError {
  readonly command: Command | undefined
  readonly problem: string
}

/** The result of {@link parseArgs}. */
export type Parsed = { readonly ok: true; readonly args: Args } | { readonly ok: false; readonly error: UsageError }

/** Levenshtein distance, for "did you mean". Short words only. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** The closest of `candidates` to `word`, when it is close (at most 2 edits). */
export function closest(word: string, candidates: ReadonlyArray<string>): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const c of candidates) {
    const d = distance(word, c)
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

/** The options a command takes (or every option, without a command), for suggestions. */
function optionsOf(command: Command | undefined): string[] {
  return Object.entries(OPTIONS)
    .filter(([, spec]) => command === undefined || spec.commands.length === 0 || spec.commands.includes(command))
    .map(([name]) => name)
}

/** Whether a word is written like an option: `-x`, `--name`, `--no-name2` (a letter, then letters, digits and `-`). */
function optionShaped(name: string): boolean {
  const body = name.startsWith('--') ? name.slice(2) : name.slice(1)
  if (body.length === 0 || body.length > 40) return false
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i)
    const lower = c | 0x20
    const letter = lower >= 0x61 && lower <= 0x7a
    if (!(letter || (i > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2d)))) return false
  }
  return true
}

function unknownOption(arg: string, command: Command | undefined): string {
  const name = arg.startsWith('--') ? arg.split('=')[0] ?? arg : arg
  if (!optionShaped(name)) {
    // Text or a file name that starts with "-" (`count "-20% today"`): quoted as written, and
    // the way to give it.
    return `unknown option ${quoted(arg)}; a TEXT or FILE that starts with - goes after --`
  }
  const suggestion = closest(name, optionsOf(command))
  return `unknown option ${name}${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`
}

/**
 * Parses the arguments. Options may stand anywhere (before or after the command and its
 * operands); `--` ends them; `-` is an operand (standard input). A usage mistake — an unknown
 * option, an option without its value, an option given twice with a value, an option of the
 * other command, an unknown command — is an error that names it.
 */
export function parseArgs(argv: ReadonlyArray<string>): Parsed {
  const words: string[] = []
  const values = new Map<ValueOption, string>()
  const flags = new Set<FlagOption>()
  const options: string[] = []
  // The command is the first operand; options are checked against it once it is known.
  const commandOf = (): Command | undefined => {
    const first = words[0]
    return first !== undefined && isCommand(first) ? first : undefined
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') {
      words.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      words.push(arg)
      continue
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const written = eq > 0 ? arg.slice(0, eq) : arg
    const name = SHORT[written] ?? written
    if (!isOption(name)) return { ok: false, error: { command: commandOf(), problem: unknownOption(arg, commandOf()) } }
    if (OPTIONS[name].takesValue) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i]
      if (value === undefined) return { ok: false, error: { command: commandOf(), problem: `${name} needs a value` } }
      const option = name as ValueOption
      if (values.has(option)) return { ok: false, error: { command: commandOf(), problem: `${name} is given twice` } }
      values.set(option, value)
    } else if (eq > 0) {
      return { ok: false, error: { command: commandOf(), problem: `${name} takes no value` } }
    } else flags.add(name as FlagOption)
    options.push(name)
  }
  const [first, ...operands] = words
  if (first === undefined) return { ok: true, args: { command: undefined, operands: [], values, flags } }
  if (!isCommand(first)) {
    const suggestion = closest(first, COMMANDS)
    return {
      ok: false,
      error: {
        command: undefined,
        problem: `unknown command ${quoted(first)}${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`,
      },
    }
  }
  for (const name of options) {
    const { commands } = OPTIONS[name as ValueOption | FlagOption]
    if (commands.length > 0 && !commands.includes(first)) {
      return { ok: false, error: { command: first, problem: `${name} is an option of ${commands.join(' and ')}, not ${first}` } }
    }
  }
  return { ok: true, args: { command: first, operands, values, flags } }
}
