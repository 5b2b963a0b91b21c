/**
 * The GSM-7 / UCS-2 engine: detection, units, segments, parts, octets and look-alikes.
 *
 * @packageDocumentation
 */
export type { Encoding, NonGsmChar, TextAnalysis, TextCount } from './analyze.js'
export { analyzeText, countText, listNonGsm, GSM_SINGLE, GSM_PART, UCS_SINGLE, UCS_PART } from './analyze.js'
export { splitSegments } from './split.js'
export { GSM_BASIC, GSM_EXTENSION, GSM_ESCAPE, gsmCost, gsmSeptet } from './gsm.js'
export type { EncodedPart, TooManySegments } from './pack.js'
export { gsmSeptets, packGsm7, encodeUcs2, encodeParts } from './pack.js'
export type { GsmReplacement, GsmSuggestion } from './lookalikes.js'
export { suggestGsm } from './lookalikes.js'
export type { CharDetail, GsmSet } from './describe.js'
export { describeText, charactersToSaveSegment } from './describe.js'
