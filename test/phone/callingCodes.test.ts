import { callingCodes, findCallingCode } from '../../src/phone/callingCodes.js'

describe('callingCodes', () => {
  it('lists +1 as the single NANP code, with US, CA and PR among its regions', () => {
    // NANP is one E.164 code, 1; the area code is part of the national number.
    const nanp = callingCodes.filter((c) => c.code.startsWith('1'))
    expect(nanp.map((c) => c.code)).toStrictEqual(['1'])
    expect(nanp[0]?.regions).toEqual(expect.arrayContaining(['US', 'CA', 'PR', 'JM', 'DO']))
  })

  it('lists shared codes with every region', () => {
    expect(findCallingCode('7')?.regions).toStrictEqual(['RU', 'KZ'])
    expect(findCallingCode('44')?.regions).toStrictEqual(['GB', 'GG', 'IM', 'JE'])
    expect(findCallingCode('47')?.regions).toStrictEqual(['NO', 'SJ'])
    // libphonenumber's order: the main country first, then the others alphabetically.
    expect(findCallingCode('61')?.regions).toStrictEqual(['AU', 'CC', 'CX'])
    expect(findCallingCode('590')?.regions).toStrictEqual(['GP', 'BL', 'MF'])
  })

  it('is frozen', () => {
    expect(Object.isFrozen(callingCodes)).toBe(true)
    for (const c of callingCodes) {
      expect(Object.isFrozen(c)).toBe(true)
      expect(Object.isFrozen(c.regions)).toBe(true)
    }
  })

  describe('properties', () => {
    it('should be prefix-free: no code is a prefix of another', () => {
      const clashes: string[] = []
      for (const a of callingCodes) {
        for (const b of callingCodes) {
          if (a !== b && b.code.startsWith(a.code)) clashes.push(`${a.code} / ${b.code}`)
        }
      }
      expect(clashes).toStrictEqual([])
      expect(callingCodes.length).toBeGreaterThan(200)
    })

    it('should hold 1- to 3-digit codes not starting with 0, with 1 <= min <= max <= 14', () => {
      // E.164: at most 15 digits in all, so a 1-digit code leaves at most 14.
      for (const c of callingCodes) {
        expect(/^[1-9][0-9]{0,2}$/.test(c.code)).toBe(true)
        expect(c.minLength >= 1 && c.minLength <= c.maxLength && c.code.length + c.maxLength <= 15).toBe(true)
        for (const r of c.regions) expect(/^[A-Z]{2}$/.test(r)).toBe(true)
      }
    })
  })
})

describe('findCallingCode', () => {
  it('finds an assigned code', () => {
    // Sweden: +46; the table takes the lengths of numbers that can receive SMS, and Sweden's
    // mobile numbers (libphonenumber: 7[02369]\d{7}) have 9 digits. Its 7- and 8-digit
    // fixed-line numbers are no longer in the range (the hand-written table said 7 to 10).
    expect(findCallingCode('46')).toStrictEqual({ code: '46', regions: ['SE'], minLength: 9, maxLength: 9 })
  })

  it('returns undefined for a spare code, a prefix of a code, a longer string or non-digits', () => {
    expect(findCallingCode('999')).toBeUndefined()
    expect(findCallingCode('4')).toBeUndefined()
    expect(findCallingCode('461')).toBeUndefined()
    expect(findCallingCode('4612')).toBeUndefined()
    expect(findCallingCode('')).toBeUndefined()
    expect(findCallingCode('4a')).toBeUndefined()
    expect(findCallingCode(46 as unknown as string)).toBeUndefined()
    // Strings that Number() would read as a code's slot: white space, signs, exponents, hex.
    for (const s of [' 46', '46 ', '+46', '-1', '1e1', '0x1', '4.6', '.46', '46\n']) expect([s, findCallingCode(s)]).toStrictEqual([s, undefined])
    // Values a string conversion would throw on (JavaScript callers): no code, and no exception.
    expect(findCallingCode(Symbol('46') as unknown as string)).toBeUndefined()
    expect(findCallingCode(Object.create(null) as string)).toBeUndefined()
  })

  it('finds codes of one, two and three digits, and the last slot', () => {
    expect(findCallingCode('1')?.regions).toContain('US')
    expect(findCallingCode('7')?.regions).toStrictEqual(['RU', 'KZ'])
    expect(findCallingCode('998')?.regions).toStrictEqual(['UZ'])
  })
})
