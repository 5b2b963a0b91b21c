/**
 * Records the outcome of each adversarial case, and prints them as a Markdown table when the
 * file is done. No test reads the clock: the times of these cases are measured by
 * `bench/adversarial.mjs`.
 */
import type { Issue } from '../../src/issue'

interface Row {
  readonly name: string
  readonly outcome: string
}

const rows: Row[] = []

/** A short description of an answer: `Left` / `Right` with its codes and how often each occurs. */
export function describeOutcome(result: unknown): string {
  if (typeof result !== 'object' || result === null || !('_tag' in result)) return 'answered'
  const r = result as { _tag: string; left?: ReadonlyArray<Issue>; right?: unknown }
  const issues: ReadonlyArray<Issue> =
    r._tag === 'Left'
      ? (r.left ?? [])
      : typeof r.right === 'object' && r.right !== null && 'warnings' in r.right
        ? (r.right as { warnings: ReadonlyArray<Issue> }).warnings
        : []
  const counts = new Map<string, number>()
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1)
  const list = [...counts].map(([code, n]) => (n === 1 ? code : `${code} ×${n}`)).join(', ')
  return list === '' ? r._tag : `${r._tag}: ${list}`
}

/** Runs `f` once, records its outcome under `name`, and returns its answer. */
export function timed<T>(name: string, f: () => T, outcome: (t: T) => string = describeOutcome): T {
  const result = f()
  rows.push({ name, outcome: outcome(result) })
  return result
}

/** Prints the recorded rows as a Markdown table. */
export function printTable(title: string): void {
  const lines = [
    `${title}`,
    '| case | outcome |',
    '| --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${r.outcome.replace(/\|/g, '\\|')} |`),
  ]
  console.log(lines.join('\n'))
}
