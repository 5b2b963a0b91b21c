/**
 * Finds the Chromium the browser suite drives, and installs Debian's package when there is none.
 *
 * The browser is always a system Chromium: `CHROMIUM_PATH` when set, else the first of
 * {@link CANDIDATES} that exists. When none does and the process runs as root on a system with
 * `apt-get`, Debian's `chromium` package is installed (`apt-get update`, then
 * `apt-get install -y chromium`). Nothing else ever downloads a browser (playwright-core has no
 * download of its own, and none is asked for). Without root, the suite fails with a message that
 * says how to install it.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Where distributions put Chromium, in the order they are tried. */
export const CANDIDATES: ReadonlyArray<string> = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
]

/** The commands that install Debian's Chromium, each as argv. */
export const INSTALL: ReadonlyArray<ReadonlyArray<string>> = [
  ['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'update'],
  ['apt-get', '-o', 'DPkg::Lock::Timeout=600', 'install', '-y', 'chromium'],
]

/** What the suite's machine looks like, as far as finding Chromium goes. */
export interface Machine {
  /** `process.env.CHROMIUM_PATH`. */
  readonly chromiumPath: string | undefined
  /** Whether the process runs as root (uid 0). */
  readonly isRoot: boolean
  /** Whether a file exists. */
  readonly exists: (path: string) => boolean
}

/** What to do: use a Chromium, install Debian's, or stop with a message. */
export type Plan =
  | { readonly kind: 'use'; readonly path: string }
  | { readonly kind: 'install'; readonly commands: ReadonlyArray<ReadonlyArray<string>> }
  | { readonly kind: 'fail'; readonly message: string }

const HOW_TO_INSTALL =
  "Install Debian's Chromium as root (`apt-get update && apt-get install -y chromium`), " +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.'

/** Decides where the browser comes from; pure, so that every branch is tested. */
export function planChromium(machine: Machine): Plan {
  const { chromiumPath } = machine
  if (chromiumPath !== undefined && chromiumPath !== '') {
    return machine.exists(chromiumPath)
      ? { kind: 'use', path: chromiumPath }
      : { kind: 'fail', message: `CHROMIUM_PATH is ${JSON.stringify(chromiumPath)}, and there is no file there. ${HOW_TO_INSTALL}` }
  }
  const found = CANDIDATES.find((p) => machine.exists(p))
  if (found !== undefined) return { kind: 'use', path: found }
  if (!machine.isRoot) {
    return {
      kind: 'fail',
      message: `The browser suite needs a Chromium and found none (looked at ${CANDIDATES.join(', ')}); not root, so it cannot install one. ${HOW_TO_INSTALL}`,
    }
  }
  if (!machine.exists('/usr/bin/apt-get')) {
    return {
      kind: 'fail',
      message: `The browser suite needs a Chromium and found none (looked at ${CANDIDATES.join(', ')}); there is no apt-get to install Debian's. Point CHROMIUM_PATH at a Chromium or Chrome executable.`,
    }
  }
  return { kind: 'install', commands: INSTALL }
}

/** The machine this process runs on. */
export function thisMachine(): Machine {
  return {
    chromiumPath: process.env['CHROMIUM_PATH'],
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    exists: existsSync,
  }
}

/** Runs one command without a terminal; resolves with its exit code and the end of its output. */
export function run(argv: ReadonlyArray<string>): Promise<{ code: number | null; tail: string }> {
  const [cmd, ...args] = argv
  return new Promise((resolve) => {
    if (cmd === undefined) {
      resolve({ code: null, tail: 'empty command' })
      return
    }
    const child = spawn(cmd, args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    const keep = (chunk: Buffer): void => {
      out = (out + chunk.toString('utf8')).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (e) => resolve({ code: null, tail: e.message }))
    child.on('close', (code) => resolve({ code, tail: out }))
  })
}

/**
 * The path of the Chromium to drive, installing Debian's first when the plan says so (a minute
 * or two: call it from a `beforeAll` with a generous timeout). Rejects with a message that says
 * how to install it when it cannot.
 */
export async function ensureChromium(machine: Machine = thisMachine()): Promise<string> {
  const plan = planChromium(machine)
  if (plan.kind === 'use') return plan.path
  if (plan.kind === 'fail') throw new Error(plan.message)
  for (const argv of plan.commands) {
    const { code, tail } = await run(argv)
    if (code !== 0) {
      // Another run may have installed it meanwhile (it held apt's lock).
      const meanwhile = planChromium(machine)
      if (meanwhile.kind === 'use') return meanwhile.path
      throw new Error(`Installing Debian's Chromium failed: \`${argv.join(' ')}\` exited with ${String(code)}.\n${tail}\n${HOW_TO_INSTALL}`)
    }
  }
  const after = planChromium(machine)
  if (after.kind === 'use') return after.path
  throw new Error(`apt-get installed chromium, but no Chromium is at ${CANDIDATES.join(', ')}. ${HOW_TO_INSTALL}`)
}
