/**
 * The `tags` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { makeIssue, type Issue, type Path } from '../issue.js'
import { elementAt } from '../own.js'
import { hasOuterWhiteSpace, isBlank } from '../text.js'
import { fromIssues, guard, invalid, toResult, valid, type Result, type Validation } from '../validation.js'

/** The rule, at `path`; `undefined` and `null` mean no tags. */
export function checkTags(value: unknown, path: Path): Validation<ReadonlyArray<string>> {
  if (value === undefined || value === null) return valid([])
  if (!Array.isArray(value)) return invalid(makeIssue('tags.invalid_type', path))
  const issues: Issue[] = []
  const tags: string[] = []
  const first = new Map<string, number>()
  // A for loop with an index visits holes of sparse arrays too: a hole is a missing tag
  // (tag.not_string), never one read through Array.prototype.
  for (let i = 0; i < value.length; i++) {
    const tag: unknown = elementAt(value, i)
    const at = [...path, i]
    if (typeof tag !== 'string') {
      issues.push(makeIssue('tag.not_string', at))
      continue
    }
    if (isBlank(tag)) {
      issues.push(makeIssue('tag.empty', at))
      continue
    }
    if (hasOuterWhiteSpace(tag)) issues.push(makeIssue('tag.whitespace', at, { tag }))
    const seen = first.get(tag)
    if (seen === undefined) first.set(tag, i)
    else issues.push(makeIssue('tag.duplicate', at, { tag, first: seen }))
    tags.push(tag)
  }
  return fromIssues(issues, tags)
}

function validateTagsUnguarded(value: unknown): Result<ReadonlyArray<string>> {
  return toResult(checkTags(value, []))
}

/**
 * Checks the tags: an array of non-empty strings. Leading or trailing white space and repeats
 * are warnings, and the tags are kept exactly as written.
 *
 * With `options.locale` (`'sv'`, or a table of one's own) the messages are in that language.
 *
 * @example
 * ```ts
 * import { validateTags } from 'sms-preflight'
 * validateTags(['marketing', ' ux'])
 * // Right({ value: ['marketing', ' ux'], warnings: [{ code: 'tag.whitespace', path: '/1', … }] })
 * ```
 * @category Field rules
 */
export function validateTags(value: unknown, options?: LocaleOptions): Result<ReadonlyArray<string>> {
  return localized(guard(() => validateTagsUnguarded(value)), options)
}
