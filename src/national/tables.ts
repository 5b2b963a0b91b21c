/**
 * The national language shift tables of 3GPP TS 23.038 Annex A, as data: for each of the
 * thirteen languages (ISO 639-1 codes, in the order of their national language identifiers 1 to
 * 13), the locking shift table (A.3, which replaces the default alphabet) and the single shift
 * table (A.2, which replaces the extension table: each of its characters is the escape 0x1B and
 * a septet, 2 septets in all).
 *
 * Each table is a string of 128 characters whose index is the septet; U+0000 marks a position
 * that holds no character. Position 0x1B is never a character (it is the escape), nor is 0x0D
 * of a single shift table (CR2, a control of its own). Spanish has no locking shift table
 * (A.3.2 is void): a Spanish text uses the default alphabet with the Spanish single shift table.
 *
 * The values are the standard's (TS 23.038 V18.0.0 Annex A), checked position by position in
 * `test/national/tables.test.ts` against Android's `GsmAlphabet.java` and two independent
 * transcriptions of the standard. At two positions Android differs from the standard, and the
 * standard is followed here:
 *
 * - Kannada locking 0x24 is U+0CAA (ಪ) as the standard prints it, the same character as at
 *   0x3D; Android reads U+0CA1 (ಡ), the letter the alphabetical order suggests. So ಡ has no
 *   septet in the Kannada locking table here (a Kannada text with ಡ is not covered by it).
 * - Telugu single shift 0x65 is unassigned in the standard; Android puts € there, as every
 *   other single shift table has it.
 *
 * @packageDocumentation
 */

/**
 * The ISO 639-1 codes of the thirteen languages of TS 23.038 Annex A, in the order of their
 * national language identifiers (Turkish 1 … Urdu 13).
 *
 * @category National language tables
 */
export const NATIONAL_LANGUAGES = /*#__PURE__*/ Object.freeze(['tr', 'es', 'pt', 'bn', 'gu', 'hi', 'kn', 'ml', 'or', 'pa', 'ta', 'te', 'ur'] as const)

/**
 * A language of TS 23.038 Annex A, by its ISO 639-1 code.
 *
 * @category National language tables
 */
export type NationalLanguage = (typeof NATIONAL_LANGUAGES)[number]

/**
 * A language with a locking shift table: every one but Spanish.
 *
 * @category National language tables
 */
export type LockingLanguage = Exclude<NationalLanguage, 'es'>

/**
 * The national language locking shift tables (TS 23.038 Annex A.3): 128 characters each, the
 * character at index `i` is septet `i`, U+0000 where the table has none.
 *
 * @example
 * ```ts
 * import { LOCKING_SHIFT_TABLES } from 'sms-preflight/national'
 * LOCKING_SHIFT_TABLES.tr[0x07] // 'ı'
 * ```
 *
 * @category National language tables
 */
export const LOCKING_SHIFT_TABLES: Readonly<Record<LockingLanguage, string>> = /*#__PURE__*/ Object.freeze({
  // Turkish (A.3.1): 127 characters
  tr: (
    '@£$¥€éùıòÇ\nĞğ\rÅå' + // 0x00
    'Δ_ΦΓΛΩΠΨΣΘΞ\x00ŞşßÉ' + // 0x10
    ' !"#¤%&\'()*+,-./' + // 0x20
    '0123456789:;<=>?' + // 0x30
    'İABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZÄÖÑÜ§' + // 0x50
    'çabcdefghijklmno' + // 0x60
    'pqrstuvwxyzäöñüà' // 0x70
  ),
  // Portuguese (A.3.3): 127 characters
  pt: (
    '@£$¥êéúíóç\nÔô\rÁá' + // 0x00
    'Δ_ªÇÀ∞^\\€Ó|\x00ÂâÊÉ' + // 0x10
    ' !"#º%&\'()*+,-./' + // 0x20
    '0123456789:;<=>?' + // 0x30
    'ÍABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZÃÕÚÜ§' + // 0x50
    '~abcdefghijklmno' + // 0x60
    'pqrstuvwxyzãõ`üà' // 0x70
  ),
  // Bengali (A.3.4): 114 characters
  bn: (
    '\u0981\u0982\u0983অআইঈউঊঋ\nঌ\x00\r\x00এ' + // 0x00
    'ঐ\x00\x00ওঔকখগঘঙচ\x00ছজঝঞ' + // 0x10
    ' !টঠডঢণত)(থদ,ধ.ন' + // 0x20
    '0123456789:;\x00পফ?' + // 0x30
    'বভমযর\x00ল\x00\x00\x00শষসহ\u09bcঽ' + // 0x40
    '\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\x00\x00\u09c7\u09c8\x00\x00\u09cb\u09cc\u09cd' + // 0x50
    'ৎabcdefghijklmno' + // 0x60
    'pqrstuvwxyz\u09d7ড়ঢ়ৰৱ' // 0x70
  ),
  // Gujarati (A.3.5): 120 characters
  gu: (
    '\u0a81\u0a82\u0a83અઆઇઈઉઊઋ\nઌઍ\r\x00એ' + // 0x00
    'ઐઑ\x00ઓઔકખગઘઙચ\x00છજઝઞ' + // 0x10
    ' !ટઠડઢણત)(થદ,ધ.ન' + // 0x20
    '0123456789:;\x00પફ?' + // 0x30
    'બભમયર\x00લળ\x00વશષસહ\u0abcઽ' + // 0x40
    '\u0abe\u0abf\u0ac0\u0ac1\u0ac2\u0ac3\u0ac4\u0ac5\x00\u0ac7\u0ac8\u0ac9\x00\u0acb\u0acc\u0acd' + // 0x50
    'ૐabcdefghijklmno' + // 0x60
    'pqrstuvwxyzૠૡ\u0ae2\u0ae3૱' // 0x70
  ),
  // Hindi (A.3.6): 127 characters
  hi: (
    '\u0901\u0902\u0903अआइईउऊऋ\nऌऍ\rऎए' + // 0x00
    'ऐऑऒओऔकखगघङच\x00छजझञ' + // 0x10
    ' !टठडढणत)(थद,ध.न' + // 0x20
    '0123456789:;ऩपफ?' + // 0x30
    'बभमयरऱलळऴवशषसह\u093cऽ' + // 0x40
    '\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0945\u0946\u0947\u0948\u0949\u094a\u094b\u094c\u094d' + // 0x50
    'ॐabcdefghijklmno' + // 0x60
    'pqrstuvwxyzॲॻॼॾॿ' // 0x70
  ),
  // Kannada (A.3.7): 120 characters
  kn: (
    '\x00\u0c82\u0c83ಅಆಇಈಉಊಋ\nಌ\x00\rಎಏ' + // 0x00
    'ಐ\x00ಒಓಔಕಖಗಘಙಚ\x00ಛಜಝಞ' + // 0x10
    ' !ಟಠಪಢಣತ)(ಥದ,ಧ.ನ' + // 0x20
    '0123456789:;\x00ಪಫ?' + // 0x30
    'ಬಭಮಯರಱಲಳ\x00ವಶಷಸಹ\u0cbcಽ' + // 0x40
    '\u0cbe\u0cbf\u0cc0\u0cc1\u0cc2\u0cc3\u0cc4\x00\u0cc6\u0cc7\u0cc8\x00\u0cca\u0ccb\u0ccc\u0ccd' + // 0x50
    '\u0cd5abcdefghijklmno' + // 0x60
    'pqrstuvwxyz\u0cd6ೠೡ\u0ce2\u0ce3' // 0x70
  ),
  // Malayalam (A.3.8): 120 characters
  ml: (
    '\x00\u0d02\u0d03അആഇഈഉഊഋ\nഌ\x00\rഎഏ' + // 0x00
    'ഐ\x00ഒഓഔകഖഗഘങച\x00ഛജഝഞ' + // 0x10
    ' !ടഠഡഢണത)(ഥദ,ധ.ന' + // 0x20
    '0123456789:;\x00പഫ?' + // 0x30
    'ബഭമയരറലളഴവശഷസഹ\x00ഽ' + // 0x40
    '\u0d3e\u0d3f\u0d40\u0d41\u0d42\u0d43\u0d44\x00\u0d46\u0d47\u0d48\x00\u0d4a\u0d4b\u0d4c\u0d4d' + // 0x50
    '\u0d57abcdefghijklmno' + // 0x60
    'pqrstuvwxyzൠൡ\u0d62\u0d63൹' // 0x70
  ),
  // Oriya (A.3.9): 116 characters
  or: (
    '\u0b01\u0b02\u0b03ଅଆଇଈଉଊଋ\nଌ\x00\r\x00ଏ' + // 0x00
    'ଐ\x00\x00ଓଔକଖଗଘଙଚ\x00ଛଜଝଞ' + // 0x10
    ' !ଟଠଡଢଣତ)(ଥଦ,ଧ.ନ' + // 0x20
    '0123456789:;\x00ପଫ?' + // 0x30
    'ବଭମଯର\x00ଲଳ\x00ଵଶଷସହ\u0b3cଽ' + // 0x40
    '\u0b3e\u0b3f\u0b40\u0b41\u0b42\u0b43\u0b44\x00\x00\u0b47\u0b48\x00\x00\u0b4b\u0b4c\u0b4d' + // 0x50
    '\u0b56abcdefghijklmno' + // 0x60
    'pqrstuvwxyz\u0b57ୠୡ\u0b62\u0b63' // 0x70
  ),
  // Punjabi (A.3.10): 110 characters
  pa: (
    '\u0a01\u0a02\u0a03ਅਆਇਈਉਊ\x00\n\x00\x00\r\x00ਏ' + // 0x00
    'ਐ\x00\x00ਓਔਕਖਗਘਙਚ\x00ਛਜਝਞ' + // 0x10
    ' !ਟਠਡਢਣਤ)(ਥਦ,ਧ.ਨ' + // 0x20
    '0123456789:;\x00ਪਫ?' + // 0x30
    'ਬਭਮਯਰ\x00ਲਲ਼\x00ਵਸ਼\x00ਸਹ\u0a3c\x00' + // 0x40
    '\u0a3e\u0a3f\u0a40\u0a41\u0a42\x00\x00\x00\x00\u0a47\u0a48\x00\x00\u0a4b\u0a4c\u0a4d' + // 0x50
    '\u0a51abcdefghijklmno' + // 0x60
    'pqrstuvwxyz\u0a70\u0a71ੲੳੴ' // 0x70
  ),
  // Tamil (A.3.11): 102 characters
  ta: (
    '\x00\u0b82ஃஅஆஇஈஉஊ\x00\n\x00\x00\rஎஏ' + // 0x00
    'ஐ\x00ஒஓஔக\x00\x00\x00ஙச\x00\x00ஜ\x00ஞ' + // 0x10
    ' !ட\x00\x00\x00ணத)(\x00\x00,\x00.ந' + // 0x20
    '0123456789:;னப\x00?' + // 0x30
    '\x00\x00மயரறலளழவஶஷஸஹ\x00\x00' + // 0x40
    '\u0bbe\u0bbf\u0bc0\u0bc1\u0bc2\x00\x00\x00\u0bc6\u0bc7\u0bc8\x00\u0bca\u0bcb\u0bcc\u0bcd' + // 0x50
    'ௐabcdefghijklmno' + // 0x60
    'pqrstuvwxyz\u0bd7௰௱௲௹' // 0x70
  ),
  // Telugu (A.3.12): 120 characters
  te: (
    '\u0c01\u0c02\u0c03అఆఇఈఉఊఋ\nఌ\x00\rఎఏ' + // 0x00
    'ఐ\x00ఒఓఔకఖగఘఙచ\x00ఛజఝఞ' + // 0x10
    ' !టఠడఢణత)(థద,ధ.న' + // 0x20
    '0123456789:;\x00పఫ?' + // 0x30
    'బభమయరఱలళ\x00వశషసహ\x00ఽ' + // 0x40
    '\u0c3e\u0c3f\u0c40\u0c41\u0c42\u0c43\u0c44\x00\u0c46\u0c47\u0c48\x00\u0c4a\u0c4b\u0c4c\u0c4d' + // 0x50
    '\u0c55abcdefghijklmno' + // 0x60
    'pqrstuvwxyz\u0c56ౠౡ\u0c62\u0c63' // 0x70
  ),
  // Urdu (A.3.13): 127 characters
  ur: (
    'اآبٻڀپڦتۂٿ\nٹٽ\rٺټ' + // 0x00
    'ثجځڄڃڅچڇحخد\x00ڌڈډڊ' + // 0x10
    ' !ڏڍذرڑړ)(ڙز,ږ.ژ' + // 0x20
    '0123456789:;ښسش?' + // 0x30
    'صضطظعفقکڪګگڳڱلمن' + // 0x40
    'ںڻڼوۄەہھءیېے\u064d\u0650\u064f\u0657' + // 0x50
    '\u0654abcdefghijklmno' + // 0x60
    'pqrstuvwxyz\u0655\u0651\u0653\u0656\u0670' // 0x70
  ),
})

/**
 * The national language single shift tables (TS 23.038 Annex A.2): 128 characters each, the
 * character at index `i` is the one that the escape 0x1B followed by septet `i` stands for,
 * U+0000 where the table has none.
 *
 * @example
 * ```ts
 * import { SINGLE_SHIFT_TABLES } from 'sms-preflight/national'
 * SINGLE_SHIFT_TABLES.es[0x09] // 'ç'
 * ```
 *
 * @category National language tables
 */
export const SINGLE_SHIFT_TABLES: Readonly<Record<NationalLanguage, string>> = /*#__PURE__*/ Object.freeze({
  // Turkish (A.2.1): 17 characters
  tr: (
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\f\x00\x00\x00\x00\x00' + // 0x00
    '\x00\x00\x00\x00^\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x10
    '\x00\x00\x00\x00\x00\x00\x00\x00{}\x00\x00\x00\x00\x00\\' + // 0x20
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|\x00\x00\x00\x00\x00\x00Ğ\x00İ\x00\x00\x00\x00\x00\x00' + // 0x40
    '\x00\x00\x00Ş\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00ç\x00€\x00ğ\x00ı\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00ş\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Spanish (A.2.2): 19 characters
  es: (
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00ç\f\x00\x00\x00\x00\x00' + // 0x00
    '\x00\x00\x00\x00^\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x10
    '\x00\x00\x00\x00\x00\x00\x00\x00{}\x00\x00\x00\x00\x00\\' + // 0x20
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|Á\x00\x00\x00\x00\x00\x00\x00Í\x00\x00\x00\x00\x00Ó' + // 0x40
    '\x00\x00\x00\x00\x00Ú\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x50
    '\x00á\x00\x00\x00€\x00\x00\x00í\x00\x00\x00\x00\x00ó' + // 0x60
    '\x00\x00\x00\x00\x00ú\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Portuguese (A.2.3): 37 characters
  pt: (
    '\x00\x00\x00\x00\x00ê\x00\x00\x00ç\fÔô\x00Áá' + // 0x00
    '\x00\x00ΦΓ^ΩΠΨΣΘ\x00\x00\x00\x00\x00Ê' + // 0x10
    '\x00\x00\x00\x00\x00\x00\x00\x00{}\x00\x00\x00\x00\x00\\' + // 0x20
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|À\x00\x00\x00\x00\x00\x00\x00Í\x00\x00\x00\x00\x00Ó' + // 0x40
    '\x00\x00\x00\x00\x00Ú\x00\x00\x00\x00\x00ÃÕ\x00\x00\x00' + // 0x50
    '\x00Â\x00\x00\x00€\x00\x00\x00í\x00\x00\x00\x00\x00ó' + // 0x60
    '\x00\x00\x00\x00\x00ú\x00\x00\x00\x00\x00ãõ\x00\x00â' // 0x70
  ),
  // Bengali (A.2.4): 82 characters
  bn: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*০১\x00২৩৪৫' + // 0x10
    '৬৭৮৯য়ৠৡ\u09e2{}\u09e3৲৳৴৵\\' + // 0x20
    '৶৷৸৹৺\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Gujarati (A.2.5): 70 characters
  gu: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*।॥\x00૦૧૨૩' + // 0x10
    '૪૫૬૭૮૯\x00\x00{}\x00\x00\x00\x00\x00\\' + // 0x20
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Hindi (A.2.6): 88 characters
  hi: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*।॥\x00०१२३' + // 0x10
    '४५६७८९\u0951\u0952{}\u0953\u0954क़ख़ग़\\' + // 0x20
    'ज़ड़ढ़फ़य़ॠॡ\u0962\u0963॰ॱ\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Kannada (A.2.7): 73 characters
  kn: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*।॥\x00೦೧೨೩' + // 0x10
    '೪೫೬೭೮೯ೞೱ{}ೲ\x00\x00\x00\x00\\' + // 0x20
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Malayalam (A.2.8): 82 characters
  ml: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*।॥\x00൦൧൨൩' + // 0x10
    '൪൫൬൭൮൯൰൱{}൲൳൴൵ൺ\\' + // 0x20
    'ൻർൽൾൿ\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Oriya (A.2.9): 75 characters
  or: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*।॥\x00୦୧୨୩' + // 0x10
    '୪୫୬୭୮୯ଡ଼ଢ଼{}ୟ୰ୱ\x00\x00\\' + // 0x20
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Punjabi (A.2.10): 76 characters
  pa: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*।॥\x00੦੧੨੩' + // 0x10
    '੪੫੬੭੮੯ਖ਼ਗ਼{}ਜ਼ੜਫ਼\u0a75\x00\\' + // 0x20
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Tamil (A.2.11): 77 characters
  ta: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*।॥\x00௦௧௨௩' + // 0x10
    '௪௫௬௭௮௯௳௴{}௵௶௷௸௺\\' + // 0x20
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Telugu (A.2.12): 77 characters
  te: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*\x00\x00\x00౦౧౨౩' + // 0x10
    '౪౫౬౭౮౯ౘౙ{}౸౹౺౻౼\\' + // 0x20
    '౽౾౿\x00\x00\x00\x00\x00\x00\x00\x00\x00[~]\x00' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
  // Urdu (A.2.13): 90 characters
  ur: (
    '@£$¥¿"¤%&\'\f*+\x00-/' + // 0x00
    '<=>¡^¡_#*\u0600\u0601\x00۰۱۲۳' + // 0x10
    '۴۵۶۷۸۹،؍{}؎؏\u0610\u0611\u0612\\' + // 0x20
    '\u0613\u0614؛؟ـ\u0652\u0658٫٬ٲٳۍ[~]۔' + // 0x30
    '|ABCDEFGHIJKLMNO' + // 0x40
    'PQRSTUVWXYZ\x00\x00\x00\x00\x00' + // 0x50
    '\x00\x00\x00\x00\x00€\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' + // 0x60
    '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' // 0x70
  ),
})
