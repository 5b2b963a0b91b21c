/**
 * Matching of the enum fields (`type`, `datacoding`): case-insensitive as the provider's .NET
 * server binds them, normalised to lower case.
 *
 * @packageDocumentation
 */

/** The member of `members` equal to `value` ignoring ASCII case, or `undefined`. */
export function matchEnum<T extends string>(value: string, members: ReadonlyArray<T>): T | undefined {
  // A value longer than every member matches none: it is never copied into lower case.
  if (members.every((m) => value.length > m.length)) return undefined
  const lower = value.toLowerCase()
  return members.find((m) => m === lower)
}
