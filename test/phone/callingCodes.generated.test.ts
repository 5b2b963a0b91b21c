/**
 * The calling-code table is generated from libphonenumber-js's metadata (the pinned
 * devDependency) by scripts/gen-calling-codes.mjs. These tests hold the committed module to the
 * script's output, pin the lengths the hand-written table had wrong, and check the table against
 * libphonenumber-js itself: every example mobile number it ships analyses as plausible, in its
 * own region.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import examples from 'libphonenumber-js/examples.mobile.json'
import { getCountryCallingCode, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max'
import { analyzeMsisdn } from '../../src/phone/analyzeMsisdn.js'
import { findCallingCode } from '../../src/phone/callingCodes.js'

const root = join(__dirname, '..', '..')
const GENERATED = join(root, 'src', 'phone', 'callingCodes.data.ts')

/** libphonenumber-js's own reading of an E.164 number: its type and its length verdict. */
const reference = (msisdn: string): { type: string | undefined; length: string | undefined } => ({
  type: parsePhoneNumberFromString(`+${msisdn}`)?.getType(),
  length: validatePhoneNumberLength(`+${msisdn}`),
})

describe('CALLING_CODE_DATA', () => {
  it('is exactly what scripts/gen-calling-codes.mjs makes of the pinned libphonenumber-js metadata', () => {
    // Regenerate with `npm run gen:numbering` when the script or the pinned version changes.
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'gen-calling-codes.mjs'), '--stdout'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect({ status: run.status, stderr: run.stderr }).toStrictEqual({ status: 0, stderr: '' })
    expect(readFileSync(GENERATED, 'utf8')).toStrictEqual(run.stdout)
  })

  it('names the pinned libphonenumber-js version in its header', () => {
    const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
      .devDependencies['libphonenumber-js']
    const installed = (JSON.parse(readFileSync(require.resolve('libphonenumber-js/package.json'), 'utf8')) as { version: string }).version
    expect([pinned, installed]).toStrictEqual(['1.13.16', '1.13.16'])
    expect(readFileSync(GENERATED, 'utf8')).toContain('from the metadata of libphonenumber-js 1.13.16 (metadata.max.json)')
  })
})

// The eight lengths the hand-written table had wrong. Each case names the metadata's mobile
// pattern (libphonenumber-js 1.13.16, metadata.max.json) it is reasoned from.
describe('analyzeMsisdn', () => {
  it('accepts a 9-digit Gambian mobile number (+220), which the hand-written table (7 only) called too_long', () => {
    // GM mobile: …|8(?:(?:3[35]|6[68]|99)\d|7(?:[27]\d|4[015]))\d\d{4}|… — 833 1 2 3456 is 9
    // digits; the older 7-digit numbers (3012345) stay plausible: GM is 7 to 9.
    expect(analyzeMsisdn('220833123456')).toStrictEqual({
      callingCode: '220',
      regions: ['GM'],
      nationalNumber: '833123456',
      status: 'ok',
      region: 'GM',
    })
    expect(analyzeMsisdn('2203012345').status).toBe('ok')
    expect(reference('220833123456')).toStrictEqual({ type: 'MOBILE', length: undefined })
  })

  it('accepts a 9-digit Saint Pierre and Miquelon mobile number (+508), which the hand-written table (6 only) called too_long', () => {
    // PM mobile: 708(?:4[0-5]|5[0-6])\d{4} (9 digits) | (?:[236-9]\d|4[02-489]|5[02-9])\d{4} (6).
    expect(analyzeMsisdn('508708401234')).toStrictEqual({
      callingCode: '508',
      regions: ['PM'],
      nationalNumber: '708401234',
      status: 'ok',
      region: 'PM',
    })
    expect(reference('508708401234')).toStrictEqual({ type: 'MOBILE', length: undefined })
  })

  it('accepts a 12-digit Inmarsat mobile number (+870), which the hand-written table (9 only) called too_long', () => {
    // +870 mobile: (?:[356]|774[45])\d{8} | 7[6-8]\d{7}: 774 4 + 8 digits is 12; the others 9.
    expect(analyzeMsisdn('870774412345678')).toStrictEqual({
      callingCode: '870',
      regions: [],
      nationalNumber: '774412345678',
      status: 'ok',
    })
    expect(reference('870774412345678')).toStrictEqual({ type: 'MOBILE', length: undefined })
  })

  it('calls an 8-digit Libyan number (+218) too_short: Libyan mobile numbers have 9 digits', () => {
    // LY mobile: 9[1-6]\d{7}, 9 digits (the hand-written table said 8 to 9).
    expect(analyzeMsisdn('21891234567')).toStrictEqual({
      callingCode: '218',
      regions: ['LY'],
      nationalNumber: '91234567',
      status: 'too_short',
      region: 'LY',
    })
    expect(reference('21891234567').length).toBe('TOO_SHORT')
  })

  it('calls a 10-digit Namibian number (+264) too_long: Namibian mobile numbers have 9 digits', () => {
    // NA mobile: (?:60|8[1245])\d{7}, 9 digits (the hand-written table said 8 to 10).
    expect(analyzeMsisdn('2648112345678')).toStrictEqual({
      callingCode: '264',
      regions: ['NA'],
      nationalNumber: '8112345678',
      status: 'too_long',
      region: 'NA',
    })
    expect(reference('2648112345678').length).toBe('TOO_LONG')
  })

  it('calls a 5-digit Norfolk Island number (+672) too_short: its mobile numbers have 6 digits', () => {
    // NF mobile: (?:14|3[58])\d{4}, 6 digits (the hand-written table said 5 to 6; 5 digits are
    // dialled only inside the island).
    expect(analyzeMsisdn('67238123')).toStrictEqual({
      callingCode: '672',
      regions: ['NF'],
      nationalNumber: '38123',
      status: 'too_short',
      region: 'NF',
    })
    expect(reference('67238123').length).toBe('TOO_SHORT')
  })

  it('calls a 9-digit Nigerian number (+234) too_short: Nigerian mobile numbers have 10 digits', () => {
    // NG mobile: (?:702[0-24-9]|819[01])\d{6} | (?:7(?:0[13-9]|[12]\d)|8(?:0[1-9]|1[0-8])|9(?:0[1-9]|1[0-6]))\d{7},
    // 10 digits (the hand-written table said 7 to 10).
    expect(analyzeMsisdn('234802123456')).toStrictEqual({
      callingCode: '234',
      regions: ['NG'],
      nationalNumber: '802123456',
      status: 'too_short',
      region: 'NG',
    })
    expect(reference('234802123456').length).toBe('TOO_SHORT')
  })

  it('calls a 7-digit San Marino number (+378) too_short: San Marino mobile numbers have 8 digits', () => {
    // SM mobile: 6[16]\d{6}, 8 digits (the hand-written table said 6 to 10; the 10-digit
    // 0549… numbers are fixed lines).
    expect(analyzeMsisdn('3786666121')).toStrictEqual({
      callingCode: '378',
      regions: ['SM'],
      nationalNumber: '6666121',
      status: 'too_short',
      region: 'SM',
    })
    expect(reference('3786666121').length).toBe('TOO_SHORT')
  })

  it('analyses every example mobile number libphonenumber-js ships as ok, in its own region', () => {
    // examples.mobile.json: one national mobile number per region. The region is resolved for a
    // code of one region and for +1 (by area code); other shared codes list it among `regions`.
    const wrong: string[] = []
    const entries = Object.entries(examples) as Array<[CountryCode, string]>
    for (const [region, national] of entries) {
      const code = getCountryCallingCode(region)
      const a = analyzeMsisdn(code + national)
      const entry = findCallingCode(code)
      const single = entry !== undefined && (entry.regions.length === 1 || code === '1')
      const expected = { callingCode: code, nationalNumber: national, status: 'ok', inRegions: true, region: single ? region : undefined }
      const actual = { callingCode: a.callingCode, nationalNumber: a.nationalNumber, status: a.status, inRegions: a.regions.includes(region), region: a.region }
      if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${region} ${code} ${national}: ${JSON.stringify(actual)}`)
    }
    expect(entries.length).toBeGreaterThan(240)
    expect(wrong).toStrictEqual([])
  })

  it('keeps a non-geographic code without mobile numbers known, with the lengths of all its numbers', () => {
    // +800 (international freephone) has only toll-free numbers, of 8 digits: the table keeps
    // the code (regions [], libphonenumber's region 001) with those lengths.
    expect(analyzeMsisdn('80012345678')).toStrictEqual({ callingCode: '800', regions: [], nationalNumber: '12345678', status: 'ok' })
    expect(analyzeMsisdn('8001234567').status).toBe('too_short')
  })
})

describe('NANP_AREA_CODE_DATA', () => {
  it('resolves the Canadian area codes the metadata adds to the hand-written list (273, 622, 633) to CA', () => {
    for (const areaCode of ['273', '622', '633']) expect([areaCode, analyzeMsisdn(`1${areaCode}2345678`).region]).toStrictEqual([areaCode, 'CA'])
  })

  it('resolves +1 800 1xx to US, though libphonenumber-js gives 800 14x to DO by its leading digits 8001', () => {
    // A deliberate departure: the table maps whole area codes, and 800 is US's toll-free code.
    expect(parsePhoneNumberFromString('+18001412345')?.country).toBe('DO')
    expect(analyzeMsisdn('18001412345').region).toBe('US')
  })

  it('resolves the NANP-wide toll-free, premium-rate and personal codes (800, 900, 533) to US, the first region', () => {
    expect(['18002345678', '19002345678', '15332345678'].map((m) => analyzeMsisdn(m).region)).toStrictEqual(['US', 'US', 'US'])
  })
})
