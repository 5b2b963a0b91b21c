/**
 * Splitting a text into the parts a handset receives.
 *
 * @packageDocumentation
 */
import { GSM_PART, GSM_SINGLE, UCS_PART, UCS_SINGLE, type Encoding } from './analyze.js'
import { GSM_COST, isPairAt } from './gsm.js'

/** Start indices (UTF-16) of each part after the first, for a GSM text. */
function gsmBreaks(text: string): number[] | undefined {
  const n = text.length
  const breaks: number[] = []
  let septets = 0
  let limit = GSM_PART // septet count at which the current part is full
  for (let i = 0; i < n; i++) {
    const start = i
    // A character outside the tables counts 1 septet; an astral one is one character.
    const k = GSM_COST[text.charCodeAt(i)] || 1
    if (isPairAt(text, i)) i++
    septets += k
    if (septets > limit) {
      breaks.push(start)
      limit = septets - k + GSM_PART
    }
  }
  return septets <= GSM_SINGLE ? undefined : breaks
}

/** Start indices (UTF-16) of each part after the first, for a UCS-2 text. */
function ucsBreaks(text: string): number[] | undefined {
  const n = text.length
  if (n <= UCS_SINGLE) return undefined
  const breaks: number[] = []
  let start = 0
  while (n - start > UCS_PART) {
    let end = start + UCS_PART
    if (isPairAt(text, end - 1)) end--
    breaks.push(end)
    start = end
  }
  return breaks
}

/**
 * Splits a text into the parts a handset receives, in the given encoding (`'gsm'`: 160
 * septets single, 153 per part; `'ucs'`: UCS-2, 70 code units single, 67 per part).
 *
 * A part never ends inside an escape pair (an extension character) or a surrogate pair; the
 * parts joined give back the text; `''` gives no part. With `'gsm'` a character outside the
 * tables counts 1 septet (as {@link analyzeText} counts it). `'ucs'` here means UCS-2 itself:
 * pass the `encoding` of {@link analyzeText}'s result to split as the text is sent.
 *
 * @param text - the message text.
 * @param encoding - the encoding the text is sent in.
 * @returns the parts, in order.
 * @example
 * ```ts
 * import { splitSegments } from 'sms-preflight'
 * splitSegments('a'.repeat(161), 'gsm').map((p) => p.length) // [153, 8]
 * splitSegments('', 'gsm') // []
 * ```
 *
 * @category Encoding
 */
export function splitSegments(text: string, encoding: Encoding): string[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const breaks = encoding === 'gsm' ? gsmBreaks(text) : ucsBreaks(text)
  if (breaks === undefined) return [text]
  const parts: string[] = []
  let start = 0
  for (const b of breaks) {
    parts.push(text.slice(start, b))
    start = b
  }
  parts.push(text.slice(start))
  return parts
}
