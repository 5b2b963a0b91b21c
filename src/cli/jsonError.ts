/**
 * Where a JSON text stops being valid JSON, as line and column, for error messages.
 * `JSON.parse` does the parsing; this only locates the first error, without recursion (a
 * 100,000-deep document must not overflow the stack).
 *
 * @packageDocumentation
 */

/** A position in a text: 1-based line and column (in UTF-16 code units), and the 0-based offset. */
export interface TextPosition {
  readonly offset: number
  readonly line: number
  readonly column: number
}

/** Line and column of a 0-based offset. */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { offset, line, column: offset - lineStart + 1 }
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d

/**
 * The offset of the first character at which `text` is not valid JSON (RFC 8259), or
 * `undefined` when it is valid.
 */
export function firstJsonError(text: string): number | undefined {
  let i = 0
  const n = text.length
  // The stack holds what the open containers expect next.
  const stack: ('object' | 'array')[] = []
  const skip = (): void => {
    while (i < n && isWs(text.charCodeAt(i))) i++
  }
  const string = (): boolean => {
    i++ // opening quote
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return true
      }
      if (c < 0x20) return false
      if (c === 0x5c) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else return false
      } else i++
    }
    return false
  }
  const number = (): boolean => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
    m.lastIndex = i
    const r = m.exec(text)
    if (r === null) return false
    i += r[0].length
    return true
  }
  const literal = (): boolean => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return true
      }
    }
    return false
  }
  const key = (): boolean => {
    skip()
    if (text[i] !== '"' || !string()) return false
    skip()
    if (text[i] !== ':') return false
    i++
    return true
  }
  // One value. An opened container is pushed on the stack and the loop goes on with its first
  // element, so nesting never recurses; the main loop below closes containers.
  const value = (): boolean => {
    for (;;) {
      skip()
      const c = text[i]
      if (c === '{') {
        i++
        skip()
        if (text[i] === '}') {
          i++
          return true
        }
        stack.push('object')
        if (!key()) return false
        continue
      }
      if (c === '[') {
        i++
        skip()
        if (text[i] === ']') {
          i++
          return true
        }
        stack.push('array')
        continue
      }
      if (c === '"') return string()
      if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number()
      return literal()
    }
  }
  const member = (): boolean => key() && value()
  if (!value()) return i
  for (;;) {
    skip()
    const top = stack[stack.length - 1]
    if (top === undefined) break
    const c = text[i]
    if (c === ',') {
      i++
      if (!(top === 'object' ? member() : value())) return i
    } else if ((top === 'object' && c === '}') || (top === 'array' && c === ']')) {
      i++
      stack.pop()
    } else return i
  }
  return i < n ? i : undefined
}
