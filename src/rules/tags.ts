/**
 * The `tags` field.
 *
 * @packageDocumentation
 */
import { localized } from '../locale/format.js'
import type { LocaleOptions } from '../locale/messages.js'
import { excerpt } from '../excerpt.js'
import { makeIssue, type Path } from '../issue.js'
import { elementAt } from '../own.js'
import { hasOuterWhiteSpace, isBlank } from '../text.js'
import { fromIssues, guard, invalid, issueSink, toResult, valid, type Result, type Validation } from '../validation.js'

/** The rule, at `path`; `undefined` and `null` mean no tags. */
export function checkTags(value: unknown, path: Path): Validation<ReadonlyArray<string>> {
  if (value === undefined || value === null) return valid([])
  if (!Array.isArray(value)) return invalid(makeIssue('tags.invalid_type', path))
  // At most ISSUES_PER_CODE_CAP issues of one code are made; the rest are only counted (one
  // request.too_many_issues at `path` says how many).
  const sink = issueSink(path)
  const tags: string[] = []
  const first = new Map<string, number>()
  // A for loop with an index visits holes of sparse arrays too: a hole is a missing tag
  // (tag.not_string), never one read through Array.prototype.
  for (let i = 0; i < value.length; i++) {
    const tag: unknown = elementAt(value, i)
    if (typeof tag !== 'string') {
      sink.add('tag.not_string', () => makeIssue('tag.not_string', [...path, i]))
      continue
    }
    if (isBlank(tag)) {
      sink.add('tag.empty', () => makeIssue('tag.empty', [...path, i]))
      continue
    }
    // A tag has no length limit: the issues show an excerpt of it.
    if (hasOuterWhiteSpace(tag)) sink.add('tag.whitespace', () => makeIssue('tag.whitespace', [...path, i], { tag: excerpt(tag) }))
    const seen = first.get(tag)
    if (seen === undefined) first.set(tag, i)
    else sink.add('tag.duplicate', () => makeIssue('tag.duplicate', [...path, i], { tag: excerpt(tag), first: seen }))
    tags.push(tag)
  }
  return fromIssues(sink.issues(), tags)
}

function validateTagsUnguarded(value: unknown): Result<ReadonlyArray<string>> {
  return toResult(checkTags(value, []))
}

/**
 * Checks the tags: an array of non-empty strings. Leading or trailing white space and repeats
 * are warnings, and the tags are kept exactly as written. At most `ISSUES_PER_CODE_CAP` (1000)
 * issues of one code are listed, the rest counted in one `request.too_many_issues` warning at
 * `""`; an issue shows at most 100 characters of its tag (cut with `…`).
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
