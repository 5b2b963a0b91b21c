/**
 * The English message table: the catalogue's own messages (src/issue.ts stays their one
 * source, and the default `message` of every issue).
 *
 * @packageDocumentation
 */
import { catalogue, issueCodes, type IssueCode } from '../issue.js'
import type { Messages } from './messages.js'

function fromCatalogue(): Messages {
  const table: Partial<Record<IssueCode, unknown>> = {}
  for (const code of issueCodes) table[code] = catalogue[code].message
  // Every code of the catalogue has its entry's message function: the shape of `Messages`.
  return Object.freeze(table) as Messages
}

/**
 * The English messages, one function per code: the catalogue's, so that
 * `englishMessages[code](params)` is the `message` of an issue made in English. A base for a
 * table of one's own (`{ ...englishMessages, 'body.too_long': … }`).
 *
 * @example
 * ```ts
 * import { englishMessages } from 'sms-preflight'
 * englishMessages['body.too_long']({ length: 2001, max: 2000 })
 * // 'The body has at most 2000 characters; this one has 2001.'
 * ```
 * @category Messages
 */
export const englishMessages: Messages = /*#__PURE__*/ fromCatalogue()
