/**
 * The types of a message table: one function per issue code, from the issue's params to a
 * whole sentence in one language.
 *
 * @packageDocumentation
 */
import type { IssueCode, IssueParams } from '../issue.js'

/**
 * A language the library writes its messages in: English (`en`, the default) or Swedish (`sv`).
 *
 * @example
 * ```ts
 * import { formatIssue, validateBody, type Locale } from 'sms-preflight'
 * const locale: Locale = 'sv'
 * const r = validateBody('')
 * if (r._tag === 'Left') formatIssue(r.left[0], locale) // 'Meddelandetexten får inte vara tom eller bara bestå av blanktecken.'
 * ```
 * @category Messages
 */
export type Locale = 'en' | 'sv'

/**
 * A whole message table: for every issue code, a function from the issue's params to its
 * message. Typed so that a table lacking a code does not compile.
 *
 * @example
 * ```ts
 * import { englishMessages, type Messages } from 'sms-preflight'
 * // A table for one more language names every code (here: English with one message changed).
 * const fi: Messages = { ...englishMessages, 'sender.missing': () => 'Lähettäjä puuttuu.' }
 * fi['sender.missing']({}) // 'Lähettäjä puuttuu.'
 * ```
 * @category Messages
 */
export type Messages = { readonly [C in IssueCode]: (params: IssueParams<C>) => string }

/**
 * A caller's own messages, for some codes: a code it lacks is said in English. Each function
 * is only called with params of the shape its code has (see {@link formatIssue}).
 *
 * @example
 * ```ts
 * import { formatIssue, validateBody, type CustomMessages } from 'sms-preflight'
 * const fi: CustomMessages = {
 *   'body.too_long': (p) => `Viestissä voi olla enintään ${p.max} merkkiä; tässä on ${p.length}.`,
 * }
 * const r = validateBody('x'.repeat(2001))
 * if (r._tag === 'Left') formatIssue(r.left[0], fi) // 'Viestissä voi olla enintään 2000 merkkiä; tässä on 2001.'
 * ```
 * @category Messages
 */
export type CustomMessages = Partial<Messages>

/**
 * The `locale` option of the functions that return issues (`validateBatch`, `prepareBatch`,
 * the JSON-text forms and the field rules): the language of every returned issue's `message`,
 * English when absent. Codes, paths and params never change with it.
 *
 * @example
 * ```ts
 * import { validateSender } from 'sms-preflight'
 * validateSender('Åhléns', { locale: 'sv' })
 * // Left([{ code: 'sender.invalid_characters', message: 'En alfanumerisk avsändare får bara innehålla A–Z, a–z och 0–9 (inte å, ä eller ö); den här innehåller "Å" och "é".', … }])
 * ```
 * @category Messages
 */
export interface LocaleOptions {
  /**
   * `'en'` (default) or `'sv'`, or a table of the caller's own messages (a code it lacks is
   * said in English). From JavaScript, a language tag such as `'sv-SE'` counts as its language
   * (`sv`); any other value gives English.
   */
  readonly locale?: Locale | CustomMessages
}
