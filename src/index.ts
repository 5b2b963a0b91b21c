/**
 * sms-preflight: pre-flight validation, composition, segment counting and exact pricing for
 * SMS batch requests.
 *
 * @packageDocumentation
 */
export type { Issue, IssueCode, IssueParams, Path, Severity } from './issue.js'
export { catalogue, issueCodes, severityOf, toPointer, fromPointer, escapeToken } from './issue.js'
export type { Checked, Result } from './validation.js'
