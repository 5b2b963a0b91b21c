import { standardSchemaResolver } from '@hookform/resolvers/standard-schema'
import { FieldApi, FormApi } from '@tanstack/form-core'
import type { FieldValues, ResolverOptions } from 'react-hook-form'
import { batchSchema, fieldSchemas } from '../../src/schema/standard'

// Our schemas through the code that real form libraries run: react-hook-form's
// standardSchemaResolver (called directly, as useForm calls it, no DOM) and TanStack Form's
// core FormApi and FieldApi. What they make of our issues is what a form shows.

// TanStack Form sends its state to its devtools on timers (a 300 ms throttle, a connection
// retried every 300 ms); under fake timers, dropped after each test, none outlives the tests.
function withFakeTimers(): void {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => {
    jest.clearAllTimers()
    jest.useRealTimers()
  })
}

const NOW = new Date('2036-12-01T00:00:00Z')

const options: ResolverOptions<FieldValues> = { fields: {}, shouldUseNativeValidation: false }

/** What a campaign form holds. */
interface FormValues {
  sender: string
  recipients: string[]
  body: string
}

/** A campaign form's values: four recipients, the fourth mistyped, and a sender too long. */
const formValues: FormValues = {
  sender: 'TooLongSender',
  recipients: ['46701234567', '46701234568', '46701234569', '4670123456x'],
  body: 'Hello',
}

describe("react-hook-form's standardSchemaResolver with batchSchema", () => {
  it('puts the sender error at errors.sender and the fourth recipient error at errors.recipients[3]', async () => {
    const resolver = standardSchemaResolver(batchSchema({ now: NOW }))
    const result = await resolver(formValues, undefined, options)
    const errors = result.errors as Record<string, unknown>
    const recipients = errors['recipients'] as unknown[]
    expect(result.values).toStrictEqual({})
    expect(errors['sender']).toStrictEqual({
      message: 'An alphanumeric sender has 3 to 11 characters; this one has 13.',
      type: '',
      ref: undefined,
    })
    expect(Array.isArray(recipients)).toBe(true)
    expect(recipients.length).toBe(4)
    expect(Object.keys(recipients)).toStrictEqual(['3'])
    expect(recipients[3]).toStrictEqual({ message: 'A recipient MSISDN has digits only; found "x".', type: '', ref: undefined })
    expect(Object.keys(errors).sort()).toStrictEqual(['recipients', 'sender'])
  })

  it('gives the normalised request as the values of a valid form, warnings and all', async () => {
    const resolver = standardSchemaResolver(batchSchema())
    // 0… is a national number: a warning, which does not stop the form.
    const result = await resolver({ sender: 'iP1', recipients: ['046701234567'], body: 'Hi', type: 'SMS' }, undefined, options)
    expect(result.errors).toStrictEqual({})
    expect(result.values).toStrictEqual({
      sender: 'iP1',
      recipients: [{ msisdn: '046701234567', at: 0, values: {} }],
      recipientsForm: 'list',
      defaults: {},
      body: 'Hi',
      type: 'sms',
      datacoding: 'ucs',
      priority: 1,
      deliveryWindows: [{ opens: null, closes: null }],
      deliveryReportUrl: null,
      reference: null,
      tags: [],
    })
  })

  it("nests a window bound's error and a template value's error under their fields", async () => {
    const resolver = standardSchemaResolver(batchSchema())
    const result = await resolver(
      {
        sender: 'iP1',
        recipients: { '46701234567': { name: 7 } },
        body: 'Hi {name}',
        deliveryWindows: [{ opens: '2036-12-02T09:00:00Z', closes: 'tomorrow' }],
      },
      undefined,
      options,
    )
    const errors = result.errors as Record<string, Record<string, unknown>>
    const windows = errors['deliveryWindows'] as unknown as Array<Record<string, unknown>>
    expect(windows[0]?.['closes']).toStrictEqual({
      message: '"closes" must be null or an ISO-8601 date-time such as "2026-05-01T17:00:00+02:00".',
      type: '',
      ref: undefined,
    })
    expect((errors['recipients']?.['46701234567'] as Record<string, unknown>)['name']).toStrictEqual({
      message: 'A template value must be a string.',
      type: '',
      ref: undefined,
    })
  })

  it('turns an issue about the whole request into errors.root', async () => {
    const resolver = standardSchemaResolver(batchSchema())
    const result = await resolver([] as unknown as FieldValues, undefined, options)
    expect(result.errors).toStrictEqual({ root: { message: 'The request must be a JSON object.', type: '', ref: undefined } })
  })
})

describe("react-hook-form's standardSchemaResolver with fieldSchemas", () => {
  it("shows a field schema's issue about the field itself as the root error of that field's form", async () => {
    const resolver = standardSchemaResolver(fieldSchemas().recipients)
    const result = await resolver({ '46701234567': {}, '4670+1': {} }, undefined, options)
    expect(result.errors).toStrictEqual({
      '4670+1': { message: 'A recipient MSISDN has digits only; found "+".', type: '', ref: undefined },
    })
  })
})

describe("TanStack Form's FormApi with batchSchema as its onChange validator", () => {
  withFakeTimers()

  it('marks the sender field and the fourth recipient field with our issues', () => {
    const form = new FormApi({
      defaultValues: { sender: 'iP1', recipients: ['46701234567', '46701234568', '46701234569', '46701234560'], body: 'Hello' },
      validators: { onChange: batchSchema<FormValues>({ now: NOW }) },
    })
    form.mount()
    form.setFieldValue('sender', 'TooLongSender')
    form.setFieldValue('recipients', formValues.recipients)
    const messages = (field: string): unknown =>
      (form.getFieldMeta(field as 'sender')?.errorMap.onChange as ReadonlyArray<{ message: string; code: string }> | undefined)?.map(
        (i) => [i.code, i.message],
      )
    expect(messages('sender')).toStrictEqual([
      ['sender.alphanumeric_length', 'An alphanumeric sender has 3 to 11 characters; this one has 13.'],
    ])
    expect(messages('recipients[3]')).toStrictEqual([['recipient.non_digit', 'A recipient MSISDN has digits only; found "x".']])
    expect(messages('body')).toBeUndefined()
    expect(form.state.canSubmit).toBe(false)
  })

  it('clears the errors when the request becomes valid, warnings alone left', () => {
    const form = new FormApi({
      defaultValues: { sender: 'TooLongSender', recipients: ['46701234567'], body: 'Hello' },
      validators: { onChange: batchSchema<FormValues>() },
    })
    form.mount()
    form.setFieldValue('sender', 'iP1')
    form.setFieldValue('recipients', ['046701234567'])
    expect(form.getFieldMeta('sender')?.errorMap.onChange).toBeUndefined()
    expect(form.state.errors).toStrictEqual([])
    expect(form.state.canSubmit).toBe(true)
  })
})

describe("TanStack Form's FieldApi with a field schema", () => {
  withFakeTimers()

  it("shows the sender schema's issue as the field's error, cleared by a valid sender", () => {
    const form = new FormApi({ defaultValues: { sender: '' } })
    form.mount()
    const field = new FieldApi({ form, name: 'sender', validators: { onChange: fieldSchemas<{ sender: string }>().sender } })
    field.mount()
    field.handleChange('TooLongSender')
    expect(field.state.meta.errors).toStrictEqual([
      {
        message: 'An alphanumeric sender has 3 to 11 characters; this one has 13.',
        path: [],
        code: 'sender.alphanumeric_length',
        params: { length: 13, min: 3, max: 11 },
      },
    ])
    field.handleChange('iP1')
    expect(field.state.meta.errors).toStrictEqual([])
  })
})
