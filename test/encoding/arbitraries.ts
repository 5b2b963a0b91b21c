import fc from 'fast-check'

/** GSM basic characters, including the trap ones (Ç, ¤, Greek capitals, CR, LF). */
export const basicChars: string[] = [...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà']
/** GSM extension characters (2 septets each). */
export const extensionChars: string[] = [...'\f^{}\\[~]|€']
/** Characters outside GSM: look-alikes, lower-case Greek, ç, tab, ESC, Cyrillic, astral, lone surrogates. */
export const nonGsmChars: string[] = [
  '\u00a0', '“', '”', '’', '–', '—', '…', 'α', 'ç', '\t', '\u001b', '`', 'ж', '中',
  '😀', '🇸🇪', '\u200d', '\u0301', '\ud800', '\udc00',
]

/** Strings mixing GSM basic, extension and non-GSM characters, long enough to cross part boundaries. */
export const mixedText = (maxLength = 700): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...basicChars) },
      { weight: 3, arbitrary: fc.constantFrom(...extensionChars) },
      { weight: 1, arbitrary: fc.constantFrom(...nonGsmChars) },
    ),
    maxLength,
  })

/** Strings of GSM characters only (basic and extension). */
export const gsmText = (maxLength = 700): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...basicChars) }, { weight: 1, arbitrary: fc.constantFrom(...extensionChars) }),
    maxLength,
  })

/** Any code points (fast-check's "binary" unit: the full Unicode range), plus lone surrogates. */
export const anyText = (maxLength = 400): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(
      { weight: 10, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
    ),
    maxLength,
  })

export const datacoding: fc.Arbitrary<'gsm' | 'ucs'> = fc.constantFrom('gsm', 'ucs')
