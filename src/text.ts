/**
 * Character classes shared by the rules.
 *
 * @packageDocumentation
 */

/**
 * Whether `s` has at least one code unit from `from` on, and every one of them is an ASCII
 * digit: the one digit loop of the rules (prices, numbers, senders, ports), allocation-free.
 *
 * @category Text
 */
export function isDigits(s: string, from = 0): boolean {
  if (s.length <= from) return false
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i)
    // Written as "not a digit" (and not as "below 0 or above 9"), so that NaN fails it too.
    if (!(c >= 0x30 && c <= 0x39)) return false
  }
  return true
}

/**
 * Whether a UTF-16 code unit is white space as the provider's .NET server means it
 * (`char.IsWhiteSpace`): the Unicode space, line and paragraph separators, U+0009–U+000D and
 * U+0085. U+200B (zero width space) and U+FEFF are not white space there, and not here.
 *
 * @category Text
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

/**
 * Whether a string is empty or only white space (.NET `string.IsNullOrWhiteSpace`).
 *
 * @category Text
 */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWhiteSpaceCode(s.charCodeAt(i))) return false
  return true
}

/** Whether a string starts or ends with white space (the empty string does not: `NaN` is no white space). */
export function hasOuterWhiteSpace(s: string): boolean {
  return isWhiteSpaceCode(s.charCodeAt(0)) || isWhiteSpaceCode(s.charCodeAt(s.length - 1))
}

/**
 * The distinct characters (code points) of `s` that fail `ok`, in order of first appearance.
 */
export function offendingChars(s: string, ok: (c: number) => boolean): string[] {
  const seen = new Set<string>()
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (!ok(c)) seen.add(ch)
  }
  return [...seen]
}

/** Own-property check that works on `Object.create(null)` objects too. */
export function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key)
}

/** Levenshtein distance of two short strings (callers keep them short: it is quadratic). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length] ?? 0
}
