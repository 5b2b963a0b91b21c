/**
 * Placing issues in the JSON text they were found in: each issue's JSON Pointer becomes a
 * `source` with line, column, offset and length, in one pass over the text for all of them.
 *
 * @packageDocumentation
 */
import { fromPointer, type Issue, type SourcePosition } from '../issue.js'
import { addTarget, parseJsonAt, targetTree, type Located, type Span, type Targets } from './parse.js'

/**
 * Line and column (both 1-based, in UTF-16 code units) of offsets in `text`. A line ends at
 * `\n`, `\r\n` or `\r`, as editors count them, and a leading byte order mark is no column (an
 * editor hides it: the first character after it is column 1), though it counts in offsets.
 * Builds the line table once; each look-up is a binary search.
 */
export function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const starts: number[] = [text.charCodeAt(0) === 0xfeff ? 1 : 0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) starts.push(i + 1)
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++
      starts.push(i + 1)
    }
  }
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    // The mark itself, were it pointed at, is column 1 like what follows it.
    return { line: lo + 1, column: Math.max(1, offset - (starts[lo] ?? 0) + 1) }
  }
}

/** A span as a source position. */
export function sourceOf(span: Span, lines: (offset: number) => { line: number; column: number }): SourcePosition {
  const { line, column } = lines(span.offset)
  return { line, column, offset: span.offset, length: span.length }
}

/**
 * Codes about a member's *key*: where the path ends at an object member, they point at its key
 * (a recipient of the dictionary form is its key; an unknown field is its name), every other
 * code at the value.
 */
function pointsAtKey(code: string, tokens: ReadonlyArray<string>): boolean {
  return (
    code.startsWith('request.') ||
    code.startsWith('recipient.') ||
    (code.startsWith('message.') && tokens.length > 1) ||
    code === 'template.invalid_key' ||
    code === 'template.empty_value'
  )
}

/**
 * Where each path stands: the deepest node of the path that the text holds. A missing member
 * (`/sender` when the request has none) gets the object it belongs in, at its opening brace.
 */
function deepest(tree: Targets, tokens: ReadonlyArray<string>): { at: Located; exact: boolean } | undefined {
  let node: Targets | undefined = tree
  let best = tree.found
  let exact = true
  for (const token of tokens) {
    node = node.children.get(token)
    if (node?.found === undefined) {
      exact = false
      break
    }
    best = node.found
  }
  return best === undefined ? undefined : { at: best, exact }
}

/**
 * Gives every issue its `source` in `text` (the JSON text its paths point into), but an issue
 * that already has one, which keeps it, and those `stays` says stand nowhere in the text.
 * `text` must be valid JSON (it was parsed before); an issue whose path is not in the text at
 * all points at the start of the text. When no issue is to be placed the text is not read again,
 * and the same list is the answer.
 */
export function placeIssues(
  text: string,
  issues: ReadonlyArray<Issue>,
  lines: (offset: number) => { line: number; column: number },
  stays: (issue: Issue) => boolean,
): ReadonlyArray<Issue> {
  const placed = (issue: Issue): boolean => issue.source !== undefined || stays(issue)
  if (issues.every(placed)) return issues
  // Each path read once: the tokens of every issue to place, `undefined` for the others.
  const tokensOf = issues.map((issue) => (placed(issue) ? undefined : fromPointer(issue.path)))
  const tree = targetTree()
  for (const tokens of tokensOf) if (tokens !== undefined) addTarget(tree, tokens)
  parseJsonAt(text, tree)
  return issues.map((issue, k) => {
    const tokens = tokensOf[k]
    if (tokens === undefined) return issue
    const found = deepest(tree, tokens)
    if (found === undefined) return { ...issue, source: sourceOf({ offset: 0, length: 0 }, lines) }
    const { at, exact } = found
    const span: Span =
      exact && at.key !== undefined && pointsAtKey(issue.code, tokens)
        ? at.key
        : exact
          ? at.value
          : { offset: at.value.offset, length: Math.min(1, at.value.length) }
    return { ...issue, source: sourceOf(span, lines) }
  })
}
