/**
 * Standard Schema V1 (https://standardschema.dev): the request and each of its fields as a
 * schema that form libraries and frameworks take as it is (react-hook-form's
 * `standardSchemaResolver`, TanStack Form, tRPC, Hono, …).
 *
 * @packageDocumentation
 */
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import { validateBatch, type BatchRequest, type RequestField, type ValidateOptions } from '../batch.js'
import * as E from '../either.js'
import { isError, type Issue, type IssueCode } from '../issue.js'
import { fieldChecks, type FieldCheck, type FieldOutputs } from './fields.js'
import { requestJsonSchemaConverter, type StandardJSONSchemaConverter } from './jsonSchema.js'
import { locate } from './path.js'

// The Standard Schema V1 interface, copied as the standard's authors ask implementers to do
// (no dependency on `@standard-schema/spec`), from its `packages/spec/src/index.ts` (MIT).

/**
 * The Standard Schema interface.
 *
 * @category Schemas
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>
}

// A namespace is the standard's own shape (`StandardSchemaV1.Issue`, …): kept as written.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties interface. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version number of the standard. */
    readonly version: 1
    /** The vendor name of the schema library. */
    readonly vendor: string
    /** Validates unknown input values. */
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>
    /** Inferred types associated with the schema. */
    readonly types?: Types<Input, Output> | undefined
  }

  /** The result interface of the validate function. */
  export type Result<Output> = SuccessResult<Output> | FailureResult

  /** The result interface if validation succeeds. */
  export interface SuccessResult<Output> {
    /** The typed output value. */
    readonly value: Output
    /** The non-existent issues. */
    readonly issues?: undefined
  }

  /** The result interface if validation fails. */
  export interface FailureResult {
    /** The issues of failed validation. */
    readonly issues: ReadonlyArray<Issue>
  }

  /** The issue interface of the failure output. */
  export interface Issue {
    /** The error message of the issue. */
    readonly message: string
    /** The path of the issue, if any. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined
  }

  /** The path segment interface of the issue. */
  export interface PathSegment {
    /** The key representing a path segment. */
    readonly key: PropertyKey
  }

  /** The Standard Schema types interface. */
  export interface Types<Input = unknown, Output = Input> {
    /** The input type of the schema. */
    readonly input: Input
    /** The output type of the schema. */
    readonly output: Output
  }

  /** Infers the input type of a Standard Schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input']

  /** Infers the output type of a Standard Schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output']
}

/**
 * One of our errors as a Standard Schema issue: the standard's `message` and `path`, with the
 * issue's stable `code` (and its `params`) beside them for a form that translates or styles by
 * code. `path` is an array of keys, array indices as numbers: `["recipients", 3]`.
 *
 * @category Schemas
 */
export interface SchemaIssue extends StandardSchemaV1.Issue {
  /** The issue's message. */
  readonly message: string
  /** Where it stands: keys from the checked value's root (`[]` is the value itself). */
  readonly path: ReadonlyArray<string | number>
  /** The issue's stable code, as in {@link Issue}. */
  readonly code: IssueCode
  /** The values its message needs (absent when it needs none). */
  readonly params?: Readonly<Record<string, unknown>>
}

/**
 * What a {@link PreflightSchema} answers, always synchronously: the valid value, or the errors.
 *
 * @category Schemas
 */
export type SchemaResult<Output> = StandardSchemaV1.SuccessResult<Output> | SchemaFailure

/**
 * A failed {@link SchemaResult}: every error, never a warning.
 *
 * @category Schemas
 */
export interface SchemaFailure {
  /** The errors, in the order the check found them. */
  readonly issues: ReadonlyArray<SchemaIssue>
}

/**
 * The `~standard` properties of a {@link PreflightSchema}.
 *
 * @category Schemas
 */
export interface PreflightSchemaProps<Output, Input = unknown> extends StandardSchemaV1.Props<Input, Output> {
  /** Always 1. */
  readonly version: 1
  /** Always `sms-preflight`. */
  readonly vendor: 'sms-preflight'
  /** Checks a value; synchronous and total (it never throws). */
  readonly validate: (value: unknown) => SchemaResult<Output>
}

/**
 * A Standard Schema V1 of this library: every value in, `Output` out. Its `validate` is
 * synchronous and its issues carry our codes (see {@link SchemaIssue}).
 *
 * `Input` is only the input type the schema declares (`unknown` unless asked): `validate` takes
 * anything whatever it is. A form library that wants a schema's input type to be its form's
 * values (TanStack Form, react-hook-form) gets it with `batchSchema<FormValues>()`.
 *
 * @category Schemas
 */
export interface PreflightSchema<Output, Input = unknown> extends StandardSchemaV1<Input, Output> {
  /** The Standard Schema properties. */
  readonly '~standard': PreflightSchemaProps<Output, Input>
}

/**
 * The `~standard` properties of {@link batchSchema}: a Standard Schema V1 that is a Standard
 * JSON Schema too (https://standardschema.dev/json-schema), with the `jsonSchema` converter.
 *
 * @category Schemas
 */
export interface BatchSchemaProps<Input = unknown> extends PreflightSchemaProps<BatchRequest, Input> {
  /**
   * Standard JSON Schema's converter: `input({ target })` is the request's JSON Schema,
   * `output({ target })` the normalised request's, for `draft-2020-12` or `draft-07` (another
   * target gets the draft 2020-12 schema, whose `$schema` names it; nothing throws).
   */
  readonly jsonSchema: StandardJSONSchemaConverter
}

/**
 * What {@link batchSchema} gives: a {@link PreflightSchema} of the request that also converts to
 * JSON Schema (Standard JSON Schema).
 *
 * @category Schemas
 */
export interface BatchSchema<Input = unknown> extends PreflightSchema<BatchRequest, Input> {
  /** The Standard Schema and Standard JSON Schema properties. */
  readonly '~standard': BatchSchemaProps<Input>
}

/** An error of ours as a Standard Schema issue, its path walked in the checked value. */
function toSchemaIssue(input: unknown, issue: Issue): SchemaIssue {
  const path = locate(input, issue.path).map((s) => s.key)
  const base = { message: issue.message, path, code: issue.code }
  return issue.params === undefined ? base : { ...base, params: issue.params }
}

/** A schema from a total check: a `Right` is the value, a `Left`'s errors are the issues. */
function schemaOf<A, I = unknown>(check: (value: unknown) => E.Either<NonEmptyArray<Issue>, A>): PreflightSchema<A, I> {
  const validate = (value: unknown): SchemaResult<A> => {
    const result = check(value)
    if (result._tag === 'Right') return { value: result.right }
    return { issues: result.left.filter(isError).map((issue) => toSchemaIssue(value, issue)) }
  }
  return { '~standard': { version: 1, vendor: 'sms-preflight', validate } }
}

/** A field's check as a check of its value alone (its warnings dropped). */
function valueOf<A>(check: FieldCheck<A>): (value: unknown) => E.Either<NonEmptyArray<Issue>, A> {
  return (value) => {
    const result = check(value)
    return result._tag === 'Right' ? E.right(result.right.value) : result
  }
}

/**
 * The whole request as a Standard Schema V1, built on {@link validateBatch}: a request with
 * errors fails with every error; one with warnings alone passes (the warnings are
 * `validateBatch`'s to report) and gives the normalised {@link BatchRequest}.
 *
 * Like `validateBatch`, it composes no message, so two errors that only a composed message
 * shows pass it: a template value outside GSM-7 under `datacoding: 'gsm'` (`message.not_gsm`
 * at the recipient's path) and a message past 255 parts (`message.too_many_segments`). A form
 * whose recipients carry template values checks with `createDraft`, or calls `prepareBatch`
 * before it sends.
 *
 * Each issue's `path` is an array of keys from the request's root, array indices as numbers
 * (`["recipients", 3]` is the fourth recipient; `["recipients", "46701234567", "name"]` a
 * template value of the dictionary form), `[]` for the request itself; `message` is the
 * issue's message, and `code` and `params` are the issue's own. `validate` is synchronous and
 * never throws: an input that throws when read fails with `request.unreadable`.
 *
 * It is a Standard JSON Schema too: `['~standard'].jsonSchema.input({ target: 'draft-2020-12' })`
 * is the request's JSON Schema (`requestJsonSchema` without its descriptions and examples), and
 * `output(…)` the normalised request's; `draft-07` is the other target.
 *
 * @typeParam Input - The input type the schema declares, `unknown` by default (see
 *   {@link PreflightSchema}); it changes nothing at run time.
 * @param options - `now`, as for {@link validateBatch}.
 * @example
 * ```ts
 * import { batchSchema } from 'sms-preflight'
 * const schema = batchSchema()
 * schema['~standard'].validate({ sender: 'iP1', recipients: ['46701234567', '4670123456x'], body: 'Hi' })
 * // { issues: [{ message: 'A recipient MSISDN has digits only; found "x".',
 * //              path: ['recipients', 1], code: 'recipient.non_digit', params: { characters: ['x'] } }] }
 * schema['~standard'].jsonSchema.input({ target: 'draft-2020-12' }).$schema
 * // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 * @category Schemas
 */
export function batchSchema<Input = unknown>(options?: ValidateOptions): BatchSchema<Input> {
  const schema = schemaOf<BatchRequest, Input>((value) => {
    const result = validateBatch(value, options)
    return result._tag === 'Right' ? E.right(result.right.request) : result
  })
  return { '~standard': { ...schema['~standard'], jsonSchema: requestJsonSchemaConverter } }
}

/**
 * The input type a field's schema declares: the field's type in `Values` (a form's values), or
 * `unknown` when `Values` has no such field. It changes nothing at run time.
 *
 * @category Schemas
 */
export type FieldInput<Values, F extends RequestField> = F extends keyof Values ? Values[F] : unknown

/**
 * A Standard Schema V1 for each field of {@link FieldOutputs}; `Values`, when given, names the
 * input type each declares (see {@link FieldInput}).
 *
 * @category Schemas
 */
export interface FieldSchemas<Values = unknown> {
  /** {@link validateSender}. */
  readonly sender: PreflightSchema<FieldOutputs['sender'], FieldInput<Values, 'sender'>>
  /** The request's `recipients` rule: the array or the dictionary form, every recipient checked. */
  readonly recipients: PreflightSchema<FieldOutputs['recipients'], FieldInput<Values, 'recipients'>>
  /** {@link validateBody}. */
  readonly body: PreflightSchema<FieldOutputs['body'], FieldInput<Values, 'body'>>
  /** {@link validateType}. */
  readonly type: PreflightSchema<FieldOutputs['type'], FieldInput<Values, 'type'>>
  /** {@link validateDatacoding}. */
  readonly datacoding: PreflightSchema<FieldOutputs['datacoding'], FieldInput<Values, 'datacoding'>>
  /** {@link validatePriority}. */
  readonly priority: PreflightSchema<FieldOutputs['priority'], FieldInput<Values, 'priority'>>
  /** {@link validateDeliveryWindows}, with the options' `now`. */
  readonly deliveryWindows: PreflightSchema<FieldOutputs['deliveryWindows'], FieldInput<Values, 'deliveryWindows'>>
  /** {@link validateDeliveryReportUrl}. */
  readonly deliveryReportUrl: PreflightSchema<FieldOutputs['deliveryReportUrl'], FieldInput<Values, 'deliveryReportUrl'>>
  /** {@link validateReference}. */
  readonly reference: PreflightSchema<FieldOutputs['reference'], FieldInput<Values, 'reference'>>
  /** {@link validateTags}. */
  readonly tags: PreflightSchema<FieldOutputs['tags'], FieldInput<Values, 'tags'>>
}

/**
 * One Standard Schema V1 per field of the request, for a form that checks field by field: each
 * runs the field's rule (see {@link FieldSchemas}) on that field's value alone, fails with its
 * errors and passes with warnings alone. An issue about the field itself has the path `[]`; one
 * below it, the path from the field (`[1]` for the second tag, `[0, "opens"]` for the first
 * window's `opens`). Rules that need two fields (a body outside GSM-7 with datacoding `gsm`,
 * a placeholder no recipient fills) are {@link batchSchema}'s.
 *
 * @typeParam Values - A form's values, to declare each field schema's input type (see
 *   {@link FieldInput}); `unknown` by default. It changes nothing at run time.
 * @param options - `now`, used by `deliveryWindows` (windows in the past, null bounds resolved).
 * @example
 * ```ts
 * import { fieldSchemas } from 'sms-preflight'
 * const fields = fieldSchemas()
 * fields.sender['~standard'].validate('TooLongSender')
 * // { issues: [{ message: 'An alphanumeric sender has 3 to 11 characters; this one has 13.',
 * //              path: [], code: 'sender.alphanumeric_length', params: { length: 13, min: 3, max: 11 } }] }
 * fields.tags['~standard'].validate(['a', 1])
 * // { issues: [{ message: 'A tag must be a string.', path: [1], code: 'tag.not_string' }] }
 * ```
 * @category Schemas
 */
export function fieldSchemas<Values = unknown>(options?: ValidateOptions): FieldSchemas<Values> {
  const checks = fieldChecks(options)
  return {
    sender: schemaOf(valueOf(checks.sender)),
    recipients: schemaOf(valueOf(checks.recipients)),
    body: schemaOf(valueOf(checks.body)),
    type: schemaOf(valueOf(checks.type)),
    datacoding: schemaOf(valueOf(checks.datacoding)),
    priority: schemaOf(valueOf(checks.priority)),
    deliveryWindows: schemaOf(valueOf(checks.deliveryWindows)),
    deliveryReportUrl: schemaOf(valueOf(checks.deliveryReportUrl)),
    reference: schemaOf(valueOf(checks.reference)),
    tags: schemaOf(valueOf(checks.tags)),
  }
}
