/**
 * Messages in English and Swedish, and in the caller's own language: one table per language,
 * keyed by code, and {@link formatIssue}.
 *
 * @packageDocumentation
 */
export type { CustomMessages, Locale, LocaleOptions, Messages } from './messages.js'
export { englishMessages } from './en.js'
export { formatSwedishNumber, swedishMessages } from './sv.js'
export { formatIssue } from './format.js'
