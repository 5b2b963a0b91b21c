/**
 * The request as JSON Schema, for the code that cannot call this library: an SDK in another
 * language, an API gateway, an OpenAPI document, a form generator. Built from the very
 * constants the rules use (field names, limits, enum members, the date-time grammar, the white
 * space of `char.IsWhiteSpace`), so the schema and the validator cannot drift apart.
 *
 * The schema may be looser than the validator — JSON Schema cannot say "a window closes after
 * it opens" or "no recipient twice" — but never stricter: every request `validateBatch`
 * accepts, the schema accepts (a property test proves it with Ajv). Field names bind
 * case-insensitively and the enum fields match case-insensitively, as the provider's .NET server
 * binds them; JSON Schema regular expressions are ECMA-262 without flags, so a name is spelt
 * letter by letter (`^[Ss][Ee][Nn][Dd][Ee][Rr]$`). Unknown fields are warnings, never errors:
 * other properties are allowed.
 *
 * @packageDocumentation
 */
import { REQUEST_FIELDS, type BatchRequest, type RequestField } from '../batch.js'
import { BODY_MAX_LENGTH } from '../rules/body.js'
import { DATACODINGS } from '../rules/datacoding.js'
import { URL_MAX_LENGTH } from '../rules/deliveryReportUrl.js'
import { MSISDN_MAX_LENGTH } from '../rules/msisdn.js'
import { PRIORITIES } from '../rules/priority.js'
import { REFERENCE_MAX_LENGTH } from '../rules/reference.js'
import { SENDER_LIMITS } from '../rules/sender.js'
import { TYPES } from '../rules/type.js'
import { DATE_TIME, DEFAULT_WINDOW_HOURS, type WindowSpec } from '../rules/windows.js'
import { ownValue } from '../own.js'
import { isWhiteSpaceCode } from '../text.js'

/**
 * A JSON value, as a JSON Schema holds them.
 *
 * @category Schemas
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject

/**
 * A JSON object: a JSON Schema is one.
 *
 * @category Schemas
 */
export interface JsonObject {
  [key: string]: JsonValue
}

/**
 * A JSON Schema that nobody may change: {@link requestJsonSchema} is shared, and frozen.
 *
 * @category Schemas
 */
export type JsonSchema = { readonly [keyword: string]: ReadonlyJsonValue }

/**
 * A JSON value that nobody may change.
 *
 * @category Schemas
 */
export type ReadonlyJsonValue = null | boolean | number | string | ReadonlyArray<ReadonlyJsonValue> | JsonSchema

/**
 * The JSON Schema dialects the schemas are written in: `draft-2020-12` (`$defs`) and `draft-07`
 * (`definitions`). The two are the same schema otherwise.
 *
 * @category Schemas
 */
export type JsonSchemaTarget = 'draft-2020-12' | 'draft-07'

/**
 * Every {@link JsonSchemaTarget}, in order of preference.
 *
 * @category Schemas
 */
export const JSON_SCHEMA_TARGETS: ReadonlyArray<JsonSchemaTarget> = ['draft-2020-12', 'draft-07']

const META_SCHEMA: Readonly<Record<JsonSchemaTarget, string>> = {
  'draft-2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
}

const DEFS_KEYWORD: Readonly<Record<JsonSchemaTarget, string>> = { 'draft-2020-12': '$defs', 'draft-07': 'definitions' }

/** `\uXXXX`, as an ECMA-262 pattern writes a UTF-16 code unit. */
const unit = (c: number): string => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The body of a character class holding every UTF-16 code unit that is white space as the rules
 * mean it ({@link isWhiteSpaceCode}, .NET's `char.IsWhiteSpace`), in ranges: read from the rule
 * itself, never a second list.
 */
function whiteSpaceClass(): string {
  let out = ''
  for (let c = 0; c < 0x10000; c++) {
    if (!isWhiteSpaceCode(c)) continue
    const start = c
    while (isWhiteSpaceCode(c + 1)) c++
    out += c === start ? unit(start) : c === start + 1 ? unit(start) + unit(c) : `${unit(start)}-${unit(c)}`
  }
  return out
}

/** ECMA-262's syntax characters and `/`: escaped where a word holds one (the escapes every dialect reads). */
const SYNTAX = '^$\\.*+?()[]{}|/'

/**
 * A pattern that matches `word` in any letter case, letter by letter (`sms` → `[Ss][Mm][Ss]`):
 * how the rules compare field names and enum values (`toLowerCase`), in a dialect without flags.
 */
export function anyCase(word: string): string {
  let out = ''
  for (const c of word) {
    const lower = c.toLowerCase()
    const upper = c.toUpperCase()
    out += lower !== upper ? `[${upper}${lower}]` : SYNTAX.includes(c) ? `\\${c}` : c
  }
  return out
}

/**
 * A pattern for the spellings of `name` other than `name` itself (`Sender`, `SENDER`, …): the
 * keys `patternProperties` holds beside `properties`, so that the two never overlap (Ajv's strict
 * mode refuses a schema where they do).
 */
const otherSpellings = (name: string): string => `^(?!${name}$)${anyCase(name)}$`

/** The first member of a rule's list: its default (the lists are never empty). */
const head = <T extends string | number>(members: ReadonlyArray<T>): T | null => members[0] ?? null

/** `^(?:a|b)$` over the words, each in any letter case. */
const oneOfAnyCase = (words: ReadonlyArray<string>): string => `^(?:${words.map(anyCase).join('|')})$`

/** The names of the `$defs`: one per field, and the shapes the fields share. */
type DefName = RequestField | 'msisdn' | 'templateValues' | 'window' | 'windowBound'

/** The schemas of every field and shared shape; `ref` points at one of them. Structure only: {@link annotations} adds the words. */
function definitions(ref: (name: DefName) => JsonObject): Record<DefName, JsonObject> {
  const nonBlank = `[^${whiteSpaceClass()}]`
  const { numericMaxDigits, alphanumericMin, alphanumericMax } = SENDER_LIMITS
  const windowKeys = { opens: ref('windowBound'), closes: ref('windowBound') } satisfies Record<keyof WindowSpec, JsonObject>
  return {
    sender: {
      title: 'sender',
      type: 'string',
      anyOf: [
        { title: 'numeric', pattern: `^[0-9]{1,${numericMaxDigits}}$` },
        { title: 'E.164', pattern: `^\\+[1-9][0-9]{0,${numericMaxDigits - 1}}$` },
        { title: 'alphanumeric', pattern: `^[0-9A-Za-z]{${alphanumericMin},${alphanumericMax}}$` },
      ],
    },
    recipients: {
      title: 'recipients',
      anyOf: [
        { title: 'list', type: 'array', minItems: 1, items: ref('msisdn') },
        {
          title: 'dictionary',
          type: 'object',
          propertyNames: { pattern: `^(?:[0-9]{1,${MSISDN_MAX_LENGTH}}|default)$` },
          additionalProperties: ref('templateValues'),
          // Some key is an MSISDN: not every key (none, in an empty object) is "default".
          not: { propertyNames: { const: 'default' } },
        },
      ],
    },
    body: { title: 'body', type: 'string', minLength: 1, maxLength: BODY_MAX_LENGTH, pattern: nonBlank },
    type: { title: 'type', type: ['string', 'null'], pattern: oneOfAnyCase(TYPES), default: head(TYPES) },
    datacoding: { title: 'datacoding', type: ['string', 'null'], pattern: oneOfAnyCase(DATACODINGS), default: head(DATACODINGS) },
    priority: { title: 'priority', type: ['integer', 'null'], enum: [...PRIORITIES, null], default: head(PRIORITIES) },
    deliveryWindows: { title: 'deliveryWindows', type: ['array', 'null'], items: ref('window') },
    deliveryReportUrl: {
      title: 'deliveryReportUrl',
      type: ['string', 'null'],
      maxLength: URL_MAX_LENGTH,
      pattern: `^(?:${anyCase('http')}[Ss]?://${nonBlank}+)?$`,
    },
    reference: { title: 'reference', type: ['string', 'null'], minLength: 1, maxLength: REFERENCE_MAX_LENGTH, pattern: nonBlank },
    tags: { title: 'tags', type: ['array', 'null'], items: { type: 'string', minLength: 1, pattern: nonBlank } },
    msisdn: { title: 'MSISDN', type: 'string', pattern: `^[0-9]{1,${MSISDN_MAX_LENGTH}}$` },
    templateValues: { title: 'Template values', type: 'object', propertyNames: { pattern: '^[^{}]+$' }, additionalProperties: { type: 'string' } },
    window: {
      title: 'Delivery window',
      type: 'object',
      properties: windowKeys,
      patternProperties: Object.fromEntries(Object.keys(windowKeys).map((k) => [otherSpellings(k), ref('windowBound')])),
    },
    windowBound: { title: 'Window bound', type: ['string', 'null'], pattern: DATE_TIME.source },
  }
}

/** The words of a schema: what a reader, a form generator or an OpenAPI document shows. */
interface Annotation {
  readonly description: string
  readonly examples?: JsonValue[]
}

/**
 * The descriptions and examples of the request schema's `$defs`, and of the request itself
 * (`''`). Kept apart from the structure so that {@link requestJsonSchemaConverter} — which
 * `batchSchema` carries into a form's bundle — leaves them out.
 */
function annotations(): Readonly<Record<DefName | '', Annotation>> {
  const { numericMaxDigits, alphanumericMin, alphanumericMax } = SENDER_LIMITS
  const quoted = (words: ReadonlyArray<string>): string => words.map((w) => `"${w}"`).join(' or ')
  return {
    '': {
      description:
        'A batch of SMS as a client sends it. Field names match in any letter case ("Sender" is "sender"); two ' +
        'spellings of one field are an error the schema cannot express. Unknown fields are allowed (a warning). ' +
        'The schema is looser than the rules where JSON Schema cannot say them (overlapping windows, repeated ' +
        'recipients, characters outside GSM 03.38 with datacoding "gsm", …), never stricter.',
    },
    sender: {
      description:
        `Required. Numeric: 1 to ${numericMaxDigits} digits, optionally after "+" (E.164: no 0 right after the "+"); ` +
        `or alphanumeric: ${alphanumericMin} to ${alphanumericMax} characters of A-Z, a-z and 0-9.`,
      examples: ['iP1', '46701234567', '+46701234567'],
    },
    recipients: {
      description:
        'Required. An array of MSISDNs, or, for templating, an object whose keys are MSISDNs (and the special key ' +
        '"default") and whose values are the template values of that recipient. "default" alone is no recipient. ' +
        'A repeated MSISDN is a warning and gets one message.',
      examples: [['46701234567'], { '46701234567': { name: 'Ann' }, default: { name: 'customer' } }],
    },
    body: {
      description:
        `Required. At most ${BODY_MAX_LENGTH} characters (UTF-16 code units), not empty or only white space. ` +
        'A placeholder {key} takes the recipient\'s value of that key, else the "default" value.',
      examples: ['A very nice message', 'Hello {name}'],
    },
    type: { description: `${quoted(TYPES)}, in any letter case; null or absent means "${String(head(TYPES))}".`, examples: [...TYPES] },
    datacoding: {
      description: `The largest character set the batch allows: ${quoted(DATACODINGS)}, in any letter case; null or absent means "${String(head(DATACODINGS))}".`,
      examples: [...DATACODINGS],
    },
    priority: { description: `The JSON number ${PRIORITIES.join(' or ')}; null or absent means ${String(head(PRIORITIES))}.` },
    deliveryWindows: {
      description:
        `Windows in which the messages may be sent; null, absent or [] means one window from now for ` +
        `${DEFAULT_WINDOW_HOURS} hours. Windows must not overlap (touching is fine) and must close after now.`,
    },
    deliveryReportUrl: {
      description: `An absolute http or https URL of at most ${URL_MAX_LENGTH} characters; null or "" means none.`,
      examples: ['https://example.com/dlr', ''],
    },
    reference: { description: `A client reference of at most ${REFERENCE_MAX_LENGTH} characters, not empty or only white space; null by default.` },
    tags: { description: 'Tags to filter batches by; each a string, not empty or only white space.', examples: [['marketing', 'ux']] },
    msisdn: {
      description: `A phone number in MSISDN form: country code then number, 1 to ${MSISDN_MAX_LENGTH} digits, no "+".`,
      examples: ['46701234567'],
    },
    templateValues: { description: 'Template key → value; a key is not empty and has no "{" or "}".' },
    window: { description: `Keys in any letter case. "opens" null means now; "closes" null means opens + ${DEFAULT_WINDOW_HOURS} hours.` },
    windowBound: {
      description:
        'null, or an ISO-8601 date-time: YYYY-MM-DDThh:mm[:ss[.fraction]] then Z, ±hh:mm, ±hhmm or ±hh (at most ' +
        '14 hours); without an offset it is read as UTC (a warning).',
      examples: ['2026-05-01T09:00:00+02:00', null],
    },
  }
}

/** A schema object with an annotation after its `title` (the key order a reader expects; every schema here has a title). */
function annotated(schema: JsonObject, annotation: Annotation): JsonObject {
  const { title = null, ...rest } = schema
  return { title, ...annotation, ...rest }
}

/**
 * The dialect a caller asked for: `draft-07` when it said so, else draft 2020-12 — whatever a
 * JavaScript caller passes (compared, never read), so the builders never throw.
 */
const dialectOf = (target: unknown): JsonSchemaTarget => (target === 'draft-07' ? 'draft-07' : 'draft-2020-12')

/** `{ $ref }` to a definition of `target`. */
const refTo =
  (target: JsonSchemaTarget) =>
  (name: DefName): JsonObject => ({ $ref: `#/${DEFS_KEYWORD[target]}/${name}` })

/**
 * The JSON Schema of a request as a client POSTs it (the input of `validateBatch`), in the
 * `target` dialect: a fresh object the caller may change.
 *
 * @param target - `draft-2020-12` (the default) or `draft-07`; any other value is draft 2020-12.
 * @returns The schema: every field under `properties` by its name on the page, and under
 *   `patternProperties` in its other letter cases; the three required fields required in any
 *   letter case; each field's schema in `$defs` (`definitions` for draft-07).
 * @example
 * ```ts
 * import { requestJsonSchemaFor } from 'sms-preflight'
 * requestJsonSchemaFor('draft-07').$schema // 'http://json-schema.org/draft-07/schema#'
 * ```
 * @category Schemas
 */
export function requestJsonSchemaFor(target: JsonSchemaTarget = 'draft-2020-12'): JsonObject {
  const words = annotations()
  const dialect = dialectOf(target)
  const lean = leanRequestSchema(dialect)
  const defsKey = DEFS_KEYWORD[dialect]
  const defs = lean[defsKey] as Record<DefName, JsonObject>
  const annotatedDefs = Object.fromEntries((Object.keys(defs) as DefName[]).map((name) => [name, annotated(defs[name], words[name])]))
  // The lean definitions give way to the annotated ones, in their place: last.
  return { ...annotated(lean, words['']), [defsKey]: annotatedDefs }
}

/** {@link requestJsonSchemaFor} without descriptions and examples: what the Standard JSON Schema converter gives. */
function leanRequestSchema(target: JsonSchemaTarget): JsonObject {
  const ref = refTo(target)
  const named = (f: RequestField): [string, JsonObject] => [f, ref(f)]
  const required: ReadonlyArray<RequestField> = ['sender', 'recipients', 'body']
  return {
    $schema: META_SCHEMA[target],
    title: 'SMS batch request (POST /v2/batches)',
    type: 'object',
    properties: Object.fromEntries(REQUEST_FIELDS.map(named)),
    patternProperties: Object.fromEntries(REQUEST_FIELDS.map((f) => [otherSpellings(f), ref(f)])),
    // "Some key spells the field": not every key fails to spell it.
    allOf: required.map((f) => ({
      title: `${f} is required (in any letter case)`,
      not: { propertyNames: { not: { pattern: `^${anyCase(f)}$` } } },
    })),
    [DEFS_KEYWORD[target]]: definitions(ref),
  }
}

/**
 * The JSON Schema of a request after `validateBatch`: the normalised {@link BatchRequest} that
 * `batchSchema` gives (the output of its Standard JSON Schema), in the `target` dialect.
 *
 * @param target - `draft-2020-12` (the default) or `draft-07`; any other value is draft 2020-12.
 * @example
 * ```ts
 * import { batchRequestJsonSchema } from 'sms-preflight'
 * batchRequestJsonSchema().required
 * // ['sender', 'recipients', 'recipientsForm', 'defaults', 'body', 'type', 'datacoding', 'priority',
 * //  'deliveryWindows', 'deliveryReportUrl', 'reference', 'tags']
 * ```
 * @category Schemas
 */
export function batchRequestJsonSchema(target: JsonSchemaTarget = 'draft-2020-12'): JsonObject {
  const dialect = dialectOf(target)
  const ref = refTo(dialect)
  const utcOrNull: JsonObject = { type: ['string', 'null'], description: 'UTC, as Date.prototype.toISOString writes it.' }
  const forms: ReadonlyArray<BatchRequest['recipientsForm']> = ['list', 'dictionary']
  const properties = {
    sender: ref('sender'),
    recipients: {
      description: 'Unique recipients, in request order.',
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['msisdn', 'at', 'values'],
        additionalProperties: false,
        properties: {
          msisdn: ref('msisdn'),
          at: {
            description: 'Its index in the array form, its key in the dictionary form.',
            anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string' }],
          },
          values: ref('templateValues'),
        },
      },
    },
    recipientsForm: { enum: [...forms] },
    defaults: ref('templateValues'),
    body: ref('body'),
    type: { enum: [...TYPES] },
    datacoding: { enum: [...DATACODINGS] },
    priority: { enum: [...PRIORITIES] },
    deliveryWindows: {
      description: 'Sorted by opens, in UTC; a bound is null only when no "now" was given.',
      type: 'array',
      items: { type: 'object', required: ['opens', 'closes'], additionalProperties: false, properties: { opens: utcOrNull, closes: utcOrNull } },
    },
    deliveryReportUrl: { type: ['string', 'null'], minLength: 1, maxLength: URL_MAX_LENGTH },
    reference: { type: ['string', 'null'], minLength: 1, maxLength: REFERENCE_MAX_LENGTH },
    tags: { type: 'array', items: { type: 'string', minLength: 1 } },
  } satisfies Record<keyof BatchRequest, JsonObject>
  const defs = definitions(ref)
  return {
    $schema: META_SCHEMA[dialect],
    title: 'Normalised SMS batch request',
    description: 'A request that passed every rule, defaults filled and enum values in lower case.',
    type: 'object',
    required: Object.keys(properties),
    additionalProperties: false,
    properties,
    [DEFS_KEYWORD[dialect]]: {
      sender: defs.sender,
      body: defs.body,
      msisdn: defs.msisdn,
      templateValues: defs.templateValues,
    },
  }
}

/** A deep copy of a JSON value, every object and array frozen. */
function frozen(value: JsonValue): ReadonlyJsonValue {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return Object.freeze(value.map(frozen))
  const out: Record<string, ReadonlyJsonValue> = {}
  for (const [key, v] of Object.entries(value)) out[key] = frozen(v)
  return Object.freeze(out)
}

/** The draft 2020-12 request schema, frozen. */
function frozenRequestSchema(): JsonSchema {
  return frozen(requestJsonSchemaFor('draft-2020-12')) as JsonSchema
}

/**
 * The JSON Schema (draft 2020-12) of a batch request as a client POSTs it to `/v2/batches`:
 * what an SDK, a gateway or an OpenAPI document checks before the library's rules run. Frozen;
 * {@link requestJsonSchemaFor} gives a copy to change, or the draft-07 form.
 *
 * It accepts every request {@link validateBatch} accepts, and refuses what JSON Schema can say
 * of the rules: types, enum values (in any letter case), lengths, the sender's and the MSISDN's
 * forms, the date-time grammar of a window bound, the required fields (in any letter case).
 *
 * @example
 * ```ts
 * import Ajv2020 from 'ajv/dist/2020'
 * import { requestJsonSchema } from 'sms-preflight'
 * const check = new Ajv2020().compile(requestJsonSchema)
 * check({ Sender: 'iP1', recipients: ['46701234567'], body: 'Hi', TYPE: 'Flash' }) // true
 * check({ sender: 'iP1', recipients: ['+46701234567'], body: 'Hi' })               // false
 * ```
 * @category Schemas
 */
export const requestJsonSchema: JsonSchema = /*#__PURE__*/ frozenRequestSchema()

/**
 * Standard JSON Schema's converter (https://standardschema.dev/json-schema), the interface
 * copied as the standard's authors ask implementers to do.
 *
 * @category Schemas
 */
export interface StandardJSONSchemaConverter {
  /** Converts the input type to JSON Schema. May throw if conversion is not supported. */
  readonly input: (options: StandardJSONSchemaOptions) => Record<string, unknown>
  /** Converts the output type to JSON Schema. May throw if conversion is not supported. */
  readonly output: (options: StandardJSONSchemaOptions) => Record<string, unknown>
}

/**
 * The options of a {@link StandardJSONSchemaConverter} call.
 *
 * @category Schemas
 */
export interface StandardJSONSchemaOptions {
  /** The JSON Schema dialect wanted: `draft-2020-12`, `draft-07`, `openapi-3.0` or another. */
  readonly target: 'draft-2020-12' | 'draft-07' | 'openapi-3.0' | (string & Record<never, never>)
  /** Vendor-specific parameters; none are read. */
  readonly libraryOptions?: Record<string, unknown> | undefined
}

/**
 * The target of a converter call. A target it does not write (or options that name none) gets
 * draft 2020-12, whose `$schema` says so: the library never throws, and the caller can see which
 * dialect it got.
 */
function targetOf(options: unknown): JsonSchemaTarget {
  // An own property only, read once; options that cannot be read name no target.
  const target = ownValue(options, 'target')
  return JSON_SCHEMA_TARGETS.find((t) => t === target) ?? 'draft-2020-12'
}

/**
 * The `jsonSchema` converter of `batchSchema`'s Standard Schema: `input` is the schema of
 * {@link requestJsonSchemaFor} (the request as a client sends it) without its descriptions and
 * examples — `batchSchema` carries the converter into every form's bundle, and the words would
 * more than double its weight — and `output` is {@link batchRequestJsonSchema} (the normalised
 * request). Targets `draft-2020-12` and `draft-07`; for every other target it answers the draft
 * 2020-12 schema, whose `$schema` names its dialect (Standard JSON Schema suggests throwing; this
 * library never throws, and a caller checks `$schema`).
 *
 * @example
 * ```ts
 * import { requestJsonSchemaConverter } from 'sms-preflight'
 * requestJsonSchemaConverter.input({ target: 'draft-07' }).$schema // 'http://json-schema.org/draft-07/schema#'
 * requestJsonSchemaConverter.output({ target: 'draft-2020-12' }).title // 'Normalised SMS batch request'
 * ```
 * @category Schemas
 */
export const requestJsonSchemaConverter: StandardJSONSchemaConverter = {
  input: (options) => leanRequestSchema(targetOf(options)),
  output: (options) => batchRequestJsonSchema(targetOf(options)),
}
