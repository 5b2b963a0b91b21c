/**
 * The command line's exit codes.
 *
 * @packageDocumentation
 */

/**
 * Exit codes: 0 valid; 1 invalid (or, with `--fail-on-warnings`, a valid request with
 * warnings; or a text that cannot be sent); 2 bad usage, input that cannot be read (or is too
 * large to decode), or output that cannot be written (./main.ts).
 */
export const EXIT = Object.freeze({ valid: 0, invalid: 1, usage: 2 } as const)

/** One of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** The worst of several exit codes (2 > 1 > 0); 0 for none. */
export function worst(codes: ReadonlyArray<ExitCode>): ExitCode {
  return codes.reduce<ExitCode>((a, b) => (b > a ? b : a), EXIT.valid)
}
