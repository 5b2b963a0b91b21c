/**
 * sms-preflight: pre-flight validation, composition, segment counting and exact pricing for
 * SMS batch requests (`POST /v2/batches`). Pure, typed and browser-safe; "now" is always the
 * caller's.
 *
 * @packageDocumentation
 * @module sms-preflight
 */

// Issues
export type { Issue, IssueCode, IssueParams, Path, Severity, SourcePosition } from './issue.js'
export { catalogue, issueCodes, severityOf, toPointer, fromPointer, escapeToken } from './issue.js'
export type { Checked, Result } from './validation.js'

// Messages in English, Swedish and the caller's language
export type { CustomMessages, Locale, LocaleOptions, Messages } from './locale/index.js'
export { formatIssue, englishMessages, swedishMessages, formatSwedishNumber } from './locale/index.js'

// The whole request
export type {
  BatchRequest,
  Recipient,
  RequestField,
  TemplateValues,
  ValidBatch,
  ValidateOptions,
} from './batch.js'
export { validateBatch, suggestField, REQUEST_FIELDS, ISSUES_PER_CODE_CAP } from './batch.js'

// Field rules
export type { Sender } from './rules/sender.js'
export { validateSender } from './rules/sender.js'
export type { Msisdn } from './rules/msisdn.js'
export { validateMsisdn } from './rules/msisdn.js'
export type { Body } from './rules/body.js'
export { validateBody } from './rules/body.js'
export type { MessageType } from './rules/type.js'
export { validateType } from './rules/type.js'
export type { Datacoding } from './rules/datacoding.js'
export { validateDatacoding } from './rules/datacoding.js'
export type { Priority } from './rules/priority.js'
export { validatePriority } from './rules/priority.js'
export { validateReference } from './rules/reference.js'
export { validateTags } from './rules/tags.js'
export { validateDeliveryReportUrl } from './rules/deliveryReportUrl.js'
export type { ParsedDateTime, ResolvedWindow, WindowSpec } from './rules/windows.js'
export { parseDateTime, resolveWindows, validateDeliveryWindows } from './rules/windows.js'

// Encoding
export type {
  Encoding,
  NonGsmChar,
  TextAnalysis,
  TextCount,
  EncodedPart,
  TooManySegments,
  GsmReplacement,
  GsmSuggestion,
} from './encoding/index.js'
export {
  analyzeText,
  countText,
  listNonGsm,
  gsmCost,
  gsmSeptet,
  GSM_BASIC,
  GSM_EXTENSION,
  GSM_ESCAPE,
  GSM_SINGLE,
  GSM_PART,
  UCS_SINGLE,
  UCS_PART,
  splitSegments,
  suggestGsm,
  packGsm7,
  encodeUcs2,
  encodeParts,
  gsmSeptets,
} from './encoding/index.js'
export type { CharDetail, GsmSet } from './encoding/index.js'
export { describeText, charactersToSaveSegment } from './encoding/index.js'

// Templating
export type { CompiledTemplate, Rendered } from './template.js'
export { compileTemplate, placeholderKeys, renderCompiled, renderTemplate } from './template.js'

// Pricing
export type { Money, Price, PriceInput, PricingOptions } from './pricing.js'
export { parsePrice, priceBatch, validatePricing } from './pricing.js'

// Numbers
export type { CallingCode, MsisdnAnalysis } from './phone/index.js'
export type { NotMobileType, NumberType } from './phone/numberTypes.js'
export type { NumberTypeOf } from './phone/notMobile.js'
export {
  analyzeMsisdn,
  callingCodes,
  findCallingCode,
  alphanumericUnsupported,
  alphanumericUnsupportedRegions,
  msisdnWarnings,
} from './phone/index.js'

// Composition
export type {
  ComposeOptions,
  CountrySummary,
  Message,
  PreparedBatch,
  PrepareOptions,
  Summary,
  SummaryBuilder,
} from './compose.js'
export { composeMessages, prepareBatch, summaryBuilder, MAX_SEGMENTS } from './compose.js'

// Forms: a request being edited
export type { Draft, DraftOptions, DraftState } from './draft.js'
export { createDraft } from './draft.js'

// JSON text
export type { Located, Span, JsonParse, JsonParsed, JsonNotParsed, JsonSyntaxError, JsonProblem, JsonExpected, DuplicateKey } from './json/parse.js'
export { parseJson } from './json/parse.js'
export { validateBatchJson, prepareBatchJson } from './batchJson.js'

// Standard Schema V1 (form libraries and frameworks)
export type {
  StandardSchemaV1,
  PreflightSchema,
  PreflightSchemaProps,
  SchemaIssue,
  SchemaResult,
  SchemaFailure,
  FieldSchemas,
  FieldInput,
} from './schema/standard.js'
export { batchSchema, fieldSchemas } from './schema/standard.js'
export type { FieldOutputs, RecipientsValue } from './schema/fields.js'

// JSON Schema
export type {
  JsonObject,
  JsonSchema,
  JsonSchemaTarget,
  JsonValue,
  ReadonlyJsonValue,
  StandardJSONSchemaConverter,
  StandardJSONSchemaOptions,
} from './schema/jsonSchema.js'
export type { BatchSchema, BatchSchemaProps } from './schema/standard.js'
export {
  batchRequestJsonSchema,
  JSON_SCHEMA_TARGETS,
  requestJsonSchema,
  requestJsonSchemaConverter,
  requestJsonSchemaFor,
} from './schema/jsonSchema.js'

// Servers: the fetch handler (a local stand-in for POST /v2/batches) and problem details
export type { FetchHandler, HandlerOptions } from './server/handler.js'
export { createHandler } from './server/handler.js'
export type { HttpProblem, ProblemDetails, ProblemOptions } from './server/problem.js'
export { toProblemDetails } from './server/problem.js'
