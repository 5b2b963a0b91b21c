/**
 * docs/guides/forms.md, run as written: its TypeScript blocks type-check under the repository's
 * settings, and its react-hook-form example runs through react-hook-form's own form control
 * (`createFormControl`, the object `useForm` builds and keeps; no DOM, no renderer) with the
 * guide's resolver. The plain page is run in Chromium by forms.browser.test.ts.
 */
import { createFormControl, type FieldErrors, type Resolver } from 'react-hook-form'
import type { Locale } from '../../src/index'
import * as library from '../../src/index'
import { bundleGuide, typeCheckGuide } from './bundle'
import { fileOf, readGuide } from './extract'

const guide = readGuide('forms.md')

/** The values of the guide's form (its `CampaignValues`), as this test writes them. */
interface Campaign {
  sender: string
  recipients: string[]
  body: string
  datacoding: 'ucs' | 'gsm'
  priority: 1 | 2
}

/** What the guide's react-hook-form files export, as far as this test calls them. */
interface ReactExample {
  readonly campaignResolver: (locale: Locale) => Resolver<Campaign>
  readonly counterText: (values: Campaign, locale: Locale, pricePerSegment: string) => string
  readonly emptyCampaign: Campaign
  readonly CampaignForm: (props: { onSend: (request: Campaign) => Promise<void> }) => unknown
  readonly senderErrors: (value: string, locale: Locale) => string[]
}

function isReactExample(x: unknown): x is ReactExample {
  if (typeof x !== 'object' || x === null) return false
  const functions = ['campaignResolver', 'counterText', 'CampaignForm', 'senderErrors']
  return functions.every((name) => typeof Reflect.get(x, name) === 'function') && typeof Reflect.get(x, 'emptyCampaign') === 'object'
}

/** The packages the bundled example requires, each the one this test's own imports get. */
const PACKAGES = new Set(['react', 'react/jsx-runtime', 'react-hook-form', '@hookform/resolvers/standard-schema'])

/** Runs a CommonJS bundle and gives its exports; `sms-preflight` is the library's source. */
function run(code: string): unknown {
  const module = { exports: {} as unknown }
  const load = (id: string): unknown => {
    if (id === 'sms-preflight') return library
    if (PACKAGES.has(id)) return jest.requireActual<object>(id)
    throw new Error(`the guide's code requires ${id}, which the guide does not install`)
  }
  new Function('require', 'module', 'exports', code)(load, module, module.exports)
  return module.exports
}

let example: ReactExample

beforeAll(async () => {
  // Every file of the React example in one bundle: the component imports the logic.
  const files = new Map(guide.files)
  files.set('react-example-entry.ts', {
    lang: 'ts',
    code: "export * from './campaign-form'\nexport * from './CampaignForm'\nexport * from './sender-field'\n",
    line: 0,
  })
  const code = await bundleGuide(files, 'react-example-entry.ts', { format: 'cjs', external: ['sms-preflight', ...PACKAGES] })
  const exports = run(code)
  if (!isReactExample(exports)) throw new Error(`the guide's React example exports ${Object.keys(exports as object).join(', ')}`)
  example = exports
})

/** react-hook-form's submit, as the guide's `<form onSubmit={handleSubmit(onSend)}>` runs it. */
async function submit(values: Campaign, locale: Locale): Promise<{ sent: Campaign[]; errors: FieldErrors<Campaign> | undefined }> {
  const form = createFormControl<Campaign>({ resolver: example.campaignResolver(locale), defaultValues: values, mode: 'onTouched' })
  const sent: Campaign[] = []
  let errors: FieldErrors<Campaign> | undefined
  await form.handleSubmit(
    (request) => {
      sent.push(request)
    },
    (found) => {
      errors = found
    },
  )()
  return { sent, errors }
}

/** An array with holes, as react-hook-form makes for errors at some indices of a field array. */
function holes<T>(entries: Record<number, T>): T[] {
  const array: T[] = []
  for (const [index, value] of Object.entries(entries)) array[Number(index)] = value
  return array
}

/** The guide's campaign with three mistakes: a 15-letter sender, a "+", an en dash under gsm. */
const faulty: Campaign = {
  sender: 'Blomsterhandeln',
  recipients: ['46701234567', '46701234568', '46701234569', '+46701234560'],
  body: 'Vårrea – 20 % på allt',
  datacoding: 'gsm',
  priority: 1,
}

describe('docs/guides/forms.md', () => {
  it('names the files the tests run', () => {
    expect([...guide.files.keys()].sort()).toStrictEqual(['CampaignForm.tsx', 'campaign-form.ts', 'live-price.ts', 'plain/form.ts', 'plain/index.html', 'sender-field.ts'])
    expect(fileOf(guide, 'CampaignForm.tsx').lang).toBe('tsx')
    expect(fileOf(guide, 'plain/index.html').lang).toBe('html')
  })

  it('has TypeScript that compiles under the strict settings, with the DOM and without Node', () => {
    // CampaignForm.tsx is left out: its JSX needs React's types, which are not installed.
    expect(typeCheckGuide(guide.files, ['campaign-form.ts', 'sender-field.ts', 'plain/form.ts', 'live-price.ts'])).toStrictEqual([])
  })

  it("reports a type error in a guide's file, so that no diagnostics above means something", () => {
    const files = new Map(guide.files)
    const wrong = "import { senderErrors } from './sender-field'\nexport const n: number = senderErrors('iP1', 'de')\n"
    files.set('wrong.ts', { lang: 'ts', code: wrong, line: 0 })
    const diagnostics = typeCheckGuide(files, ['wrong.ts'])
    expect(diagnostics.map((d) => d.slice(0, d.indexOf(' ')))).toStrictEqual(['wrong.ts:2:14', 'wrong.ts:2:46'])
  })

  it('has a component that compiles and exports CampaignForm', () => {
    expect(typeof example.CampaignForm).toBe('function')
  })
})

describe("the guide's react-hook-form resolver", () => {
  it('puts each of the three errors at its field in Swedish, the fourth recipient at recipients[3]', async () => {
    const { sent, errors } = await submit(faulty, 'sv')
    expect(sent).toStrictEqual([])
    expect(errors).toStrictEqual({
      sender: { message: 'En alfanumerisk avsändare har 3–11 tecken; den här har 15.', type: '', ref: undefined },
      recipients: holes({
        3: {
          message:
            'Ett mottagarnummer (MSISDN) får bara innehålla siffror; det här innehåller "+". ' +
            'Skriv numret utan inledande "+": landsnummer och sedan nummer, till exempel 46701234567.',
          type: '',
          ref: undefined,
        },
      }),
      body: {
        message:
          'Med teckenkodningen "gsm" måste alla tecken finnas i GSM 03.38-alfabetet, men "–" (index 7) finns inte där. ' +
          'Liknande GSM-tecken finns: "–" → "-".',
        type: '',
        ref: undefined,
      },
    })
  })

  it('says the same errors in English with the English resolver', async () => {
    const { errors } = await submit(faulty, 'en')
    expect(errors).toStrictEqual({
      sender: { message: 'An alphanumeric sender has 3 to 11 characters; this one has 15.', type: '', ref: undefined },
      recipients: holes({
        3: {
          message:
            'A recipient MSISDN has digits only; found "+". Write the number without the leading "+": country code then number, e.g. 46701234567.',
          type: '',
          ref: undefined,
        },
      }),
      body: {
        message: 'With datacoding "gsm" every character must be in the GSM 03.38 alphabet; found "–" at 7. GSM look-alikes exist for "–" (→ "-").',
        type: '',
        ref: undefined,
      },
    })
  })

  it('shows the errors object the guide prints', async () => {
    const { errors } = await submit(faulty, 'sv')
    const printed = guide.results.get('react-errors')
    if (printed === undefined) throw new Error('the guide prints no react-errors result')
    const withoutRefs = JSON.parse(JSON.stringify(errors)) as unknown
    expect(JSON.parse(JSON.stringify(new Function(`return (${printed.code})`)()))).toStrictEqual(withoutRefs)
  })

  it('accepts the body under ucs, where the dash makes it UCS-2', async () => {
    const { errors } = await submit({ ...faulty, sender: 'Blomster', recipients: ['46701234567'], datacoding: 'ucs' }, 'sv')
    expect(errors).toBeUndefined()
  })

  it('submits the values as typed, a national number (a warning) and all, not the normalised request', async () => {
    const values: Campaign = { sender: 'Blomster', recipients: ['46701234567', '046701234568'], body: 'Vårrea - 20 % på allt', datacoding: 'gsm', priority: 2 }
    const { sent, errors } = await submit(values, 'sv')
    expect(errors).toBeUndefined()
    expect(sent).toStrictEqual([values])
  })

  it('refuses the new, empty campaign with an error at each field', async () => {
    const { errors } = await submit(example.emptyCampaign, 'en')
    expect(errors).toStrictEqual({
      sender: { message: 'The sender must not be empty or only white space.', type: '', ref: undefined },
      recipients: holes({ 0: { message: 'A recipient MSISDN must not be empty.', type: '', ref: undefined } }),
      body: { message: 'The body must not be empty or only white space.', type: '', ref: undefined },
    })
  })
})

describe("the guide's counterText", () => {
  it('counts the dashed body as one UCS-2 segment for four recipients at 35 öre', () => {
    expect(example.counterText({ ...faulty, datacoding: 'ucs' }, 'sv', '0.35')).toBe(
      'UCS-2: 1 segment per meddelande, 49 kvar i segmentet · 4 mottagare · 4 segment · 1,40 kr',
    )
  })

  it('names the characters outside GSM-7 under datacoding gsm', () => {
    expect(example.counterText(faulty, 'sv', '0.35')).toBe('Finns inte i GSM-7: "–"')
    expect(example.counterText(faulty, 'en', '0.35')).toBe('Not in GSM-7: "–"')
  })

  it('counts a number given twice once and adds the priority surcharge of 10 öre per segment', () => {
    // 161 septets: two parts of 153, 145 left in the second; 2 numbers × 2 segments at 35 + 10 öre.
    const values: Campaign = { sender: 'Blomster', recipients: ['46701234567', '46701234567', '46701234568', ''], body: 'a'.repeat(161), datacoding: 'ucs', priority: 2 }
    expect(example.counterText(values, 'en', '0.35')).toBe('GSM-7: 2 segments per message, 145 left in the segment · 2 recipients · 4 segments · 1.80 SEK')
  })

  it('groups thousands the Swedish way and prices a four-decimal price exactly', () => {
    // 1,200 × 0.0595 = 71.40 exactly.
    const recipients = Array.from({ length: 1200 }, (_, i) => String(46700000000 + i))
    const values: Campaign = { sender: 'Blomster', recipients, body: 'Hej', datacoding: 'ucs', priority: 1 }
    expect(example.counterText(values, 'sv', '0.0595')).toBe('GSM-7: 1 segment per meddelande, 157 kvar i segmentet · 1\u00a0200 mottagare · 1\u00a0200 segment · 71,40 kr')
    expect(example.counterText(values, 'en', '0.0595')).toBe('GSM-7: 1 segment per message, 157 left in the segment · 1,200 recipients · 1,200 segments · 71.40 SEK')
  })

  it('leaves the price out when the price per segment is not one', () => {
    expect(example.counterText({ ...faulty, datacoding: 'ucs' }, 'en', '0,35')).toBe('UCS-2: 1 segment per message, 49 left in the segment · 4 recipients · 4 segments')
  })
})

describe("the guide's senderErrors (one field at a time)", () => {
  it('says a sender with "&" is refused, in Swedish', () => {
    expect(example.senderErrors('Blomster&Co', 'sv')).toStrictEqual([
      'En alfanumerisk avsändare får bara innehålla A–Z, a–z och 0–9 (inte å, ä eller ö); den här innehåller "&".',
    ])
  })

  it('has no error for a good sender', () => {
    expect(example.senderErrors('Blomster', 'en')).toStrictEqual([])
  })
})

/** The guide's `Quote`, as this test reads it. */
interface Quote {
  segments: number | null
  price: string | null
  errors: string[]
  first: string | null
}

/** What the guide's live-price.ts exports. */
interface LivePriceExample {
  readonly liveCampaign: (
    request: Record<string, unknown>,
    options: { now: Date; locale: Locale; pricing: library.PricingOptions },
  ) => { readonly quote: Quote; readonly edit: (patch: Record<string, unknown>) => Quote }
}

function isLivePriceExample(x: unknown): x is LivePriceExample {
  return typeof x === 'object' && x !== null && typeof Reflect.get(x, 'liveCampaign') === 'function'
}

describe("the guide's live price (createDraft)", () => {
  let live: LivePriceExample
  const now = new Date('2026-03-01T08:00:00Z')
  const pricing = { account: 'SE' as const, pricePerSegment: '0.35' }
  // 10,000 recipients named alternately Ada and Maximiliana.
  const recipients: Record<string, Record<string, string>> = {}
  for (let i = 0; i < 10_000; i++) recipients[String(46700000000 + i)] = { name: i % 2 === 0 ? 'Ada' : 'Maximiliana' }
  const body = `${'a'.repeat(150)} {name}`

  beforeAll(async () => {
    const code = await bundleGuide(guide.files, 'live-price.ts', { format: 'cjs', external: ['sms-preflight'] })
    const exports = run(code)
    if (!isLivePriceExample(exports)) throw new Error(`the guide's live-price.ts exports ${Object.keys(exports as object).join(', ')}`)
    live = exports
  })

  it('prices the batch as the body is typed while the sender is still invalid, as the guide says', () => {
    const campaign = live.liveCampaign({ sender: 'Blomsterhandeln', recipients, body: '' }, { now, locale: 'sv', pricing })
    // An empty body cannot be composed: no segments, no price, and both errors.
    expect(campaign.quote.segments).toBeNull()
    expect(campaign.quote.price).toBeNull()
    expect(campaign.quote.errors).toStrictEqual(['En alfanumerisk avsändare har 3–11 tecken; den här har 15.', 'Meddelandetexten får inte vara tom eller bara bestå av blanktecken.'])
    // Keystrokes in the body: only the body goes to the draft.
    let quote = campaign.edit({ body: 'Hej {name}!' })
    expect(quote).toStrictEqual({ segments: 10_000, price: '3500.0000 SEK', errors: ['En alfanumerisk avsändare har 3–11 tecken; den här har 15.'], first: 'Hej Ada!' })
    quote = campaign.edit({ body })
    // Ada: 150 + 1 + 3 = 154 septets, one segment; Maximiliana: 162, two. 15,000 × 0.35 kr.
    expect(quote.segments).toBe(15_000)
    expect(quote.price).toBe('5250.0000 SEK')
    expect(quote.errors).toStrictEqual(['En alfanumerisk avsändare har 3–11 tecken; den här har 15.'])
    expect(quote.first).toBe(`${'a'.repeat(150)} Ada`)
    // The sender fixed: no error left, and the same figures as prepareBatch's.
    quote = campaign.edit({ sender: 'Blomster' })
    expect(quote.errors).toStrictEqual([])
    const prepared = library.prepareBatch({ sender: 'Blomster', recipients, body }, { now, pricing })
    if (prepared._tag === 'Left') throw new Error(prepared.left.map((i) => i.code).join(', '))
    expect(quote.segments).toBe(prepared.right.summary.segments)
    expect(quote.price).toBe(`${prepared.right.summary.price?.total.amount ?? ''} ${prepared.right.summary.price?.currency ?? ''}`)
  })

  it('takes a new recipients object when the list changes', () => {
    const campaign = live.liveCampaign({ sender: 'Blomster', recipients, body }, { now, locale: 'en', pricing })
    expect(campaign.quote.segments).toBe(15_000)
    const fewer = { '46701234567': { name: 'Maximiliana' }, default: { name: 'friend' } }
    expect(campaign.edit({ recipients: fewer })).toStrictEqual({ segments: 2, price: '0.7000 SEK', errors: [], first: `${'a'.repeat(150)} Maximiliana` })
  })
})
