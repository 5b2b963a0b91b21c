/**
 * The readable case list behind test/conformance/json-text.json: each case a JSON *text*, "now",
 * and what `prepareBatchJson(text, { now })` must say, with every issue's place in the text —
 * reasoned here from SPEC ("The doors into other code"), docs/json-text.md and the "JSON text"
 * entries of docs/decisions.md, never read off the library. The generator (generate.ts)
 * replays every case and refuses to write the file when the library says anything else.
 *
 * The rules the positions follow:
 *
 * - `offset` is 0-based, `line` and `column` 1-based, all in UTF-16 code units: an emoji is two
 *   columns, a tab one.
 * - A line ends at `\n`, `\r\n` (one line end, two offsets) or a lone `\r`; `\n\r` is two.
 * - A leading byte order mark counts in offsets but not in columns: the character after it is
 *   offset 1, column 1. A second mark, or one further on, is a character like any other.
 * - An issue points at its value (a string with its quotes and escapes as written; a container
 *   from its opening to its closing bracket, across lines), or at the key, quotes included, for
 *   an issue about a key: `request.*`, `recipient.*` and `message.*` at a recipient of the
 *   dictionary form, `template.invalid_key`, `template.empty_value`, `json.duplicate_key`. A
 *   missing field points at the opening brace of its object, length 1. An array element has no
 *   key: `recipient.*` in the list form points at the string.
 * - A key written twice is `json.duplicate_key` at every later occurrence, in text order (a repeat
 *   inside a member's value comes after the repeat of the member's own key); the value door sees
 *   what `JSON.parse` keeps, the last, and its issues point there. The duplicates come first, then
 *   what `prepareBatch` says of the value, in its order (see cases.ts).
 * - `json.invalid` (path `""`) is the first place the text stops being JSON. It covers the
 *   character found (a whole astral character: length 2), or nothing (length 0) at the end of
 *   the text; an unterminated string from its opening quote to the end; an invalid escape from
 *   its backslash: two characters for `\x`, and for `\u` what was read before the character
 *   that is not a hex digit (`\u12` of `\u12G4`), one for a backslash that ends the text; an
 *   invalid number from its first character to where it stopped being a number (at least one).
 *   Text with nothing but white space (or a mark) is `empty` at its end.
 */
import type { IssueCode } from '../../src/issue'
import type { JsonExpected, JsonProblem } from '../../src/json/problems'
import { NOW } from './cases'

/** Where an issue stands: 1-based line and column, 0-based offset, length (UTF-16 code units). */
export interface Place {
  readonly line: number
  readonly column: number
  readonly offset: number
  readonly length: number
}

/** `[path, code, place]`: a JSON Pointer into the request, the issue's code and its place in the text. */
export type Placed = readonly [path: string, code: IssueCode, place: Place]

/** One case of the list. */
export interface TextCaseSpec {
  /** What the case shows, as a sentence. */
  readonly name: string
  /** The JSON text, exactly. */
  readonly text: string
  /** "Now" (UTC ISO-8601); cases.ts's NOW when absent. */
  readonly now?: string
  /** Every issue of a Left, or every warning of a Right, in order. */
  readonly issues: ReadonlyArray<Placed>
  /** For a `json.invalid` case: the parser's `problem` and what it `expected` there. */
  readonly invalid?: readonly [problem: JsonProblem, expected?: JsonExpected]
}

const at = (line: number, column: number, offset: number, length: number): Place => ({ line, column, offset, length })

/** The lines joined with `\n`. */
const lines = (...ls: string[]): string => ls.join('\n')

const BOM = '\ufeff'

/**
 * The smallest valid request on one line (60 code units): `{` 0, `"sender"` 1–8, `:` 9,
 * `"iP1"` 10–14, `,` 15, `"recipients"` 16–27, `:` 28, `[` 29, `"46701234567"` 30–42, `]` 43,
 * `,` 44, `"body"` 45–50, `:` 51, `"Hello"` 52–58, `}` 59.
 */
const SMALLEST = '{"sender":"iP1","recipients":["46701234567"],"body":"Hello"}'

/** SMALLEST without its closing brace, to which members are added from offset 59 (a comma). */
const OPEN = SMALLEST.slice(0, -1)

// Pretty-printed lines shared by several cases, with their lengths:
//   `{`                                   line 1, offset 0, its \n at 1
//   `  "sender": "iP1",`                  18 code units (offsets 2–19 on line 2, \n at 20)
//   `  "recipients": ["46701234567"],`    32 (offsets 21–52 on line 3, \n at 53)
//   `  "recipients": {`                   17 (offsets 21–37 on line 3, \n at 38)
const SENDER_LINE = '  "sender": "iP1",'
const LIST_LINE = '  "recipients": ["46701234567"],'

const validCases: TextCaseSpec[] = [
  { name: 'valid: the smallest request on one line has no issue', text: SMALLEST, issues: [] },
  { name: 'valid: a byte order mark before the request is allowed', text: BOM + SMALLEST, issues: [] },
  {
    name: 'valid: an unknown field is a warning at its key',
    // `,` at 59, then `"datacodig"` at 60, 11 code units.
    text: `${OPEN},"datacodig":"gsm"}`,
    issues: [['/datacodig', 'request.unknown_field', at(1, 61, 60, 11)]],
  },
  {
    name: 'valid: template.empty_value is a warning at the recipient key of the dictionary',
    // `{"sender":"iP1",` is 0–15, `"recipients"` 16–27, `:` 28, `{` 29, `"46701234567"` 30–42.
    text: '{"sender":"iP1","recipients":{"46701234567":{},"46701234568":{"sign":"Bob"}},"body":"Hi{sign}"}',
    issues: [['/recipients/46701234567', 'template.empty_value', at(1, 31, 30, 13)]],
  },
  {
    name: 'valid: a tag with outer white space is a warning at the tag, on its line',
    text: lines('{', SENDER_LINE, LIST_LINE, '  "body": "Hello",', '  "tags": ["marketing", " ux"]', '}'),
    // Line 4 `  "body": "Hello",` is 54–71 (\n at 72); line 5 starts at 73: `"tags"` at column 3,
    // `[` at 11, `"marketing"` 12–22, `,` 23, space 24, `" ux"` at column 25, offset 73 + 24 = 97.
    issues: [['/tags/1', 'tag.whitespace', at(5, 25, 97, 5)]],
  },
]

const duplicateCases: TextCaseSpec[] = [
  {
    name: 'duplicate: "sender" written twice at the top level is json.duplicate_key at the second key',
    text: '{"sender":"iP1","sender":"iP1","recipients":["46701234567"],"body":"Hello"}',
    issues: [['/sender', 'json.duplicate_key', at(1, 17, 16, 8)]],
  },
  {
    name: 'duplicate: "\\u0073ender" is "sender" written with an escape: a duplicate key, its span the key as written',
    // `"\u0073ender"` is 1 + 6 + 5 + 1 = 13 code units of text.
    text: '{"sender":"iP1","\\u0073ender":"iP1","recipients":["46701234567"],"body":"Hello"}',
    issues: [['/sender', 'json.duplicate_key', at(1, 17, 16, 13)]],
  },
  {
    name: 'duplicate: "\\u0053ender" is "Sender", another spelling of the field, not the same key (request.duplicate_field)',
    text: '{"sender":"iP1","\\u0053ender":"iP1","recipients":["46701234567"],"body":"Hello"}',
    issues: [['/Sender', 'request.duplicate_field', at(1, 17, 16, 13)]],
  },
  {
    name: 'duplicate: "body" three times is two json.duplicate_key, and only the last value is checked',
    // Line 4 `  "body": "",` is 54–66 (\n 67); line 5 `  "body": "Hi",` 68–82 (\n 83); line 6 at 84.
    text: lines('{', SENDER_LINE, LIST_LINE, '  "body": "",', '  "body": "Hi",', '  "body": "Hello"', '}'),
    issues: [
      ['/body', 'json.duplicate_key', at(5, 3, 70, 6)],
      ['/body', 'json.duplicate_key', at(6, 3, 86, 6)],
    ],
  },
  {
    name: 'duplicate: a recipient written twice in the dictionary is json.duplicate_key at its second key',
    // Line 4 `    "46701234567": {},` is 39–60 (\n 61); line 5 starts at 62, the key at column 5.
    text: lines('{', SENDER_LINE, '  "recipients": {', '    "46701234567": {},', '    "46701234567": {}', '  },', '  "body": "Hello"', '}'),
    issues: [['/recipients/46701234567', 'json.duplicate_key', at(5, 5, 66, 13)]],
  },
  {
    name: 'duplicate: a template key written twice in one recipient\'s values',
    // Line 4 starts at 39: `"46701234567"` columns 5–17, `{` 20, `"sign"` 22–27, `"Bob"` 30–34,
    // the second `"sign"` at column 37.
    text: lines('{', SENDER_LINE, '  "recipients": {', '    "46701234567": { "sign": "Bob", "sign": "Eve" }', '  },', '  "body": "Hello {sign}"', '}'),
    issues: [['/recipients/46701234567/sign', 'json.duplicate_key', at(4, 37, 75, 6)]],
  },
  {
    name: 'duplicate: "closes" written twice in the second delivery window',
    // Line 4 `  "body": "Hello",` 54–71 (\n 72); line 5 `  "deliveryWindows": [` 73–94 (\n 95); line 6
    // (74 code units) 96–169 (\n 170); line 7 starts at 171: `{` column 5, `"opens"` 7–13, the
    // date 16–37, `"closes"` 40–47, `null` 50–53, the second `"closes"` at column 56.
    text: lines(
      '{',
      SENDER_LINE,
      LIST_LINE,
      '  "body": "Hello",',
      '  "deliveryWindows": [',
      '    { "opens": "2026-12-01T09:00:00Z", "closes": "2026-12-01T17:00:00Z" },',
      '    { "opens": "2026-12-02T09:00:00Z", "closes": null, "closes": "2026-12-02T17:00:00Z" }',
      '  ]',
      '}',
    ),
    issues: [['/deliveryWindows/1/closes', 'json.duplicate_key', at(7, 56, 226, 8)]],
  },
  {
    name: 'duplicate: text order, the repeat of a key before a repeat inside its value',
    // Line 4 `  "recipients": {` starts at 54 (the key at 56), 17 code units (\n 71); line 5 starts at
    // 72: `"46701234567"` 5–17, `{` 20, `"a"` 22–24, `"1"` 27–29, the second `"a"` at column 32.
    text: lines('{', SENDER_LINE, LIST_LINE, '  "recipients": {', '    "46701234567": { "a": "1", "a": "2" }', '  },', '  "body": "Hello"', '}'),
    issues: [
      ['/recipients', 'json.duplicate_key', at(4, 3, 56, 12)],
      ['/recipients/46701234567/a', 'json.duplicate_key', at(5, 32, 103, 3)],
    ],
  },
  {
    name: 'duplicate: text order, a deep repeat early in the text before a top-level repeat after it',
    // `{` 0, `"recipients"` 1–12, `:` 13, `{` 14, `"46701234567"` 15–27, `:` 28, `{` 29, `"a"` 30–32,
    // `:` 33, `"1"` 34–36, `,` 37, `"a"` 38–40, `:` 41, `"2"` 42–44, `}}` 45–46, `,` 47,
    // `"sender"` 48–55, `:` 56, `"iP1"` 57–61, `,` 62, `"body"` 63–68, `:` 69, `"Hello"` 70–76,
    // `,` 77, `"sender"` 78–85.
    text: '{"recipients":{"46701234567":{"a":"1","a":"2"}},"sender":"iP1","body":"Hello","sender":"iP1"}',
    issues: [
      ['/recipients/46701234567/a', 'json.duplicate_key', at(1, 39, 38, 3)],
      ['/sender', 'json.duplicate_key', at(1, 79, 78, 8)],
    ],
  },
  {
    name: 'duplicate: a request valid but for a duplicate key is refused, its warnings after the duplicate',
    // `"recipients"` 16–27, `:` 28, `[` 29, `"4670123"` 30–38, `]` 39, `,` 40, `"body"` 41–46,
    // `:` 47, `"Hello"` 48–54, `,` 55, `"body"` 56–61. +46 has 9 national digits; 4670123 has 5.
    text: '{"sender":"iP1","recipients":["4670123"],"body":"Hello","body":"Hello"}',
    issues: [
      ['/body', 'json.duplicate_key', at(1, 57, 56, 6)],
      ['/recipients/0', 'recipient.implausible_length', at(1, 31, 30, 9)],
    ],
  },
  {
    name: 'duplicate: "__proto__" written twice is a duplicate key and an unknown field, both at the later key',
    // `,` 59, `"__proto__"` 60–70, `:` 71, `{}` 72–73, `,` 74, `"__proto__"` 75–85.
    text: `${OPEN},"__proto__":{},"__proto__":{}}`,
    issues: [
      ['/__proto__', 'json.duplicate_key', at(1, 76, 75, 11)],
      ['/__proto__', 'request.unknown_field', at(1, 76, 75, 11)],
    ],
  },
]

const placeCases: TextCaseSpec[] = [
  {
    name: 'place: text-level and value-level issues together, the duplicate key first',
    // Line 3 `  "sender": "AB",` starts at 21: the key at 23, `"AB"` at column 13, offset 33; 17 code
    // units (\n 38). Line 4 starts at 39: `[` at column 17, `"46701234567"` 18–30, `,` 31, space 32,
    // `"4670123"` at column 33, offset 71; 43 code units (\n 82). Line 5 `  "body": "Hello",`
    // 83–100 (\n 101); line 6 starts at 102, `"Body"` at 104. The request's own issues (a
    // second spelling) come before the fields', the composed messages' warnings last.
    text: lines('{', SENDER_LINE, '  "sender": "AB",', '  "recipients": ["46701234567", "4670123"],', '  "body": "Hello",', '  "Body": "x"', '}'),
    issues: [
      ['/sender', 'json.duplicate_key', at(3, 3, 23, 8)],
      ['/Body', 'request.duplicate_field', at(6, 3, 104, 6)],
      ['/sender', 'sender.alphanumeric_length', at(3, 13, 33, 4)],
      ['/recipients/1', 'recipient.implausible_length', at(4, 33, 71, 9)],
    ],
  },
  {
    name: 'place: in the dictionary a recipient issue is at the key, a template-values issue at the value',
    // Line 4 `    "+46701234567": {},` starts at 39 (key at 43, 14 code units), 23 code units (\n 62);
    // line 5 starts at 63: `5` at column 20, offset 82.
    text: lines('{', SENDER_LINE, '  "recipients": {', '    "+46701234567": {},', '    "46701234568": 5', '  },', '  "body": "Hello"', '}'),
    issues: [
      ['/recipients/+46701234567', 'recipient.non_digit', at(4, 5, 43, 14)],
      ['/recipients/46701234568', 'template.values_not_object', at(5, 20, 82, 1)],
    ],
  },
  {
    name: 'place: deep in the dictionary, a value that is not a string at the value, an invalid key at the key',
    // Line 4 `    "46701234567": {` 39–58 (\n 59); line 5 `      "sign": 5,` starts at 60, `5` at column
    // 15, offset 74; 16 code units (\n 76); line 6 starts at 77, `"{name}"` at column 7, offset 83;
    // 21 code units (\n 98); line 7 `    }` 99–103 (\n 104); line 8 `  },` 105–108 (\n 109); line 9
    // starts at 110, the body at column 11. A value that is no string adds no key to the batch
    // (docs/decisions.md, "The body's own findings stand on their own"), so {sign} is unresolved.
    text: lines('{', SENDER_LINE, '  "recipients": {', '    "46701234567": {', '      "sign": 5,', '      "{name}": "Bob"', '    }', '  },', '  "body": "Hello {sign}"', '}'),
    issues: [
      ['/recipients/46701234567/sign', 'template.value_not_string', at(5, 15, 74, 1)],
      ['/recipients/46701234567/{name}', 'template.invalid_key', at(6, 7, 83, 8)],
      ['/body', 'template.unresolved', at(9, 11, 120, 14)],
    ],
  },
  {
    name: 'place: a window issue covers the window object, brace to brace',
    // `,` 59, `"deliveryWindows"` 60–76, `:` 77, `[` 78, the window from 79: 1 + 7 + 1 + 22 + 1 + 8 + 1 + 22 + 1 = 64.
    text: `${OPEN},"deliveryWindows":[{"opens":"2026-11-02T09:00:00Z","closes":"2026-11-02T17:00:00Z"}]}`,
    issues: [['/deliveryWindows/0', 'window.in_past', at(1, 80, 79, 64)]],
  },
  {
    name: 'place: a container across lines is covered from its opening to its closing bracket',
    // The `{` of recipients at column 17 of line 3, offset 37; line 4 (32 code units) 39–70 (\n 71);
    // line 5 `  },` starts at 72, its `}` at 74: 74 - 37 + 1 = 38 code units.
    text: lines('{', SENDER_LINE, '  "recipients": {', '    "default": { "sign": "Bob" }', '  },', '  "body": "Hello{sign}"', '}'),
    issues: [['/recipients', 'recipients.empty', at(3, 17, 37, 38)]],
  },
  {
    name: 'place: a missing field points at the opening brace, which after a byte order mark is offset 1, column 1',
    text: `${BOM}{"sender":"iP1","recipients":["46701234567"]}`,
    issues: [['/body', 'body.missing', at(1, 1, 1, 1)]],
  },
  {
    name: 'place: a request that is not an object is covered whole, from where it starts',
    text: '  [\n]',
    issues: [['', 'request.not_object', at(1, 3, 2, 3)]],
  },
  {
    name: 'place: a string value is covered as written, its escapes included',
    // `"A\u0042"` ("AB") is 1 + 1 + 6 + 1 = 9 code units at 10.
    text: '{"sender":"A\\u0042","recipients":["46701234567"],"body":"Hello"}',
    issues: [['/sender', 'sender.alphanumeric_length', at(1, 11, 10, 9)]],
  },
]

const lineCases: TextCaseSpec[] = [
  {
    name: 'lines: a byte order mark counts in the offset, not in the column',
    // The mark 0, `{` 1, `"sender"` 2–9, `:` 10, `"AB"` 11: column 11 as without the mark.
    text: `${BOM}{"sender":"AB","recipients":["46701234567"],"body":"Hello"}`,
    issues: [['/sender', 'sender.alphanumeric_length', at(1, 11, 11, 4)]],
  },
  {
    name: 'lines: \\r\\n ends a line and counts two in offsets',
    // `{` 0, \r\n 1–2; line 2 at 3, `"AB"` at column 13 (offset 15), 17 code units (\r\n 20–21);
    // line 3 at 22, `"4670123"` at column 18 (offset 39).
    text: ['{', '  "sender": "AB",', '  "recipients": ["4670123"],', '  "body": "Hello"', '}'].join('\r\n'),
    issues: [
      ['/sender', 'sender.alphanumeric_length', at(2, 13, 15, 4)],
      ['/recipients/0', 'recipient.implausible_length', at(3, 18, 39, 9)],
    ],
  },
  {
    name: 'lines: a lone \\r ends a line',
    // `{` 0, \r 1; line 2 at 2, `"AB"` at offset 14 (\r at 19); line 3 at 20, `"4670123"` at 37.
    text: ['{', '  "sender": "AB",', '  "recipients": ["4670123"],', '  "body": "Hello"', '}'].join('\r'),
    issues: [
      ['/sender', 'sender.alphanumeric_length', at(2, 13, 14, 4)],
      ['/recipients/0', 'recipient.implausible_length', at(3, 18, 37, 9)],
    ],
  },
  {
    name: 'lines: \\n then \\r are two line ends',
    // `{` 0, \n 1 (line 2 at 2), \r 2 (line 3 at 3), `"sender"` 3–10, `:` 11, `"AB"` at 12, column 10.
    text: '{\n\r"sender":"AB","recipients":["46701234567"],"body":"Hello"}',
    issues: [['/sender', 'sender.alphanumeric_length', at(3, 10, 12, 4)]],
  },
  {
    name: 'lines: an emoji before the issue on its line is two columns',
    // `"body"` 1–6, `:` 7, `"😀😀"` 8–13 (each emoji two code units), `,` 14, `"sender"` 15–22,
    // `:` 23, `"AB"` at 24: column 25 (23 if counted in code points).
    text: '{"body":"😀😀","sender":"AB","recipients":["46701234567"]}',
    issues: [['/sender', 'sender.alphanumeric_length', at(1, 25, 24, 4)]],
  },
  {
    name: 'lines: a tab is one column',
    // Line 2 at 2: tab (column 1), `"sender"` 2–9, `:` 10, two tabs 11–12, `"AB"` at column 13, offset 14.
    text: lines('{', '\t"sender":\t\t"AB",', '\t"recipients": ["46701234567"],', '\t"body": "Hello"', '}'),
    issues: [['/sender', 'sender.alphanumeric_length', at(2, 13, 14, 4)]],
  },
]

const inv = (name: string, text: string, place: Place, problem: JsonProblem, expected?: JsonExpected): TextCaseSpec => ({
  name: `json.invalid: ${name}`,
  text,
  issues: [['', 'json.invalid', place]],
  invalid: expected === undefined ? [problem] : [problem, expected],
})

const invalidCases: TextCaseSpec[] = [
  // RFC 8259 §6: a number is `-`? then `0` or a digit 1–9 and more digits. `01` is the whole
  // number `0` and then a `1` where a comma or the end of the object was due; `.5` starts no
  // value at all. `"priority"` 1–10, `:` 11, `0` (or `.`) 12, `1` 13.
  inv('a leading zero (01) is the number 0, then an unexpected 1', '{"priority":01}', at(1, 14, 13, 1), 'unexpected_character', 'comma_or_close_object'),
  inv('a fraction without its whole part (.5) starts no value', '{"priority":.5}', at(1, 13, 12, 1), 'unexpected_character', 'value'),
  inv('the empty text is empty, at offset 0', '', at(1, 1, 0, 0), 'empty'),
  // \n 0; line 2 starts at 1, the text ends at 3.
  inv('only white space is empty, at its end', '\n  ', at(2, 3, 3, 0), 'empty'),
  inv('a byte order mark alone is empty, after the mark', BOM, at(1, 1, 1, 0), 'empty'),
  inv('a second byte order mark is an unexpected character (a value was due), column 1', `${BOM}${BOM}{}`, at(1, 1, 1, 1), 'unexpected_character', 'value'),
  // `,` 15, the mark at 16.
  inv('a byte order mark inside the text is an unexpected character (a key was due)', `{"sender":"iP1",${BOM}"recipients":["46701234567"],"body":"Hello"}`, at(1, 17, 16, 1), 'unexpected_character', 'key'),
  inv('an emoji where a value was due covers the whole emoji, two code units', '{"sender":😀}', at(1, 11, 10, 2), 'unexpected_character', 'value'),
  inv('a trailing comma: "}" where a key was due', '{"sender":"iP1",}', at(1, 17, 16, 1), 'unexpected_character', 'key'),
  // `"sender"` 1–8, a space 9, `"iP1"` from 10.
  inv('a missing colon: a quote where the colon was due', '{"sender" "iP1"}', at(1, 11, 10, 1), 'unexpected_character', 'colon'),
  inv('a missing comma between members', '{"sender":"iP1" "body":"x"}', at(1, 17, 16, 1), 'unexpected_character', 'comma_or_close_object'),
  // `[` 14, `"46701234567"` 15–27, a space 28, `"` 29.
  inv('a missing comma between elements', '{"recipients":["46701234567" "46701234568"]}', at(1, 30, 29, 1), 'unexpected_character', 'comma_or_close_array'),
  inv('a second value after the request, on line 2', '{}\n{}', at(2, 1, 3, 1), 'unexpected_character', 'end'),
  inv('the text ends where a value was due', '{"sender":', at(1, 11, 10, 0), 'unexpected_end', 'value'),
  // Line 2 `  "sender": "iP1",` 2–19, \n 20: the text ends at 21, the start of line 3.
  inv('the text ends after a comma and a line end, where a key was due: line 3, column 1', `{\n${SENDER_LINE}\n`, at(3, 1, 21, 0), 'unexpected_end', 'key'),
  inv('the text ends after a key', '{"sender"', at(1, 10, 9, 0), 'unexpected_end', 'colon'),
  // `{` 0, \r\n 1–2, line 2 `  "sender": "iP1"` 3–19: the text ends at 20, column 18.
  inv('the text ends inside the object, after \\r\\n', '{\r\n  "sender": "iP1"', at(2, 18, 20, 0), 'unexpected_end', 'comma_or_close_object'),
  inv('the text ends inside an array', '{"recipients":["46701234567"', at(1, 29, 28, 0), 'unexpected_end', 'comma_or_close_array'),
  // The opening quote at 10; the text ends at 14: 14 - 10 = 4.
  inv('a string without its closing quote, from its quote to the end', '{"sender":"iP1', at(1, 11, 10, 4), 'unterminated_string'),
  // `"body"` 1–6, `:` 7, `"` 8, `Hel` 9–11, the tab at 12.
  inv('a raw tab inside a string', '{"body":"Hel\tlo"}', at(1, 13, 12, 1), 'control_character'),
  inv('a raw line end inside a string stands at the end of its line', '{"body":"Hel\nlo"}', at(1, 13, 12, 1), 'control_character'),
  // `"` 8, `C` 9, `:` 10, the backslash at 11.
  inv('an unknown escape \\x covers the backslash and the x', '{"body":"C:\\x"}', at(1, 12, 11, 2), 'invalid_escape'),
  inv('a \\u escape with a non-hex digit covers what was read before it', '{"body":"\\u12G4"}', at(1, 10, 9, 4), 'invalid_escape'),
  inv('a backslash that ends the text is an invalid escape of length 1', '{"body":"\\', at(1, 10, 9, 1), 'invalid_escape'),
  // `"priority"` 1–10, `:` 11, the number from 12.
  inv('a fraction without digits (1.)', '{"priority":1.}', at(1, 13, 12, 2), 'invalid_number'),
  inv('a minus without digits', '{"priority":-}', at(1, 13, 12, 1), 'invalid_number'),
  inv('an exponent without digits (1e+)', '{"priority":1e+}', at(1, 13, 12, 3), 'invalid_number'),
]

/** Every case, in the order of the file, with its "now". */
export const TEXT_CASES: ReadonlyArray<TextCaseSpec & { readonly now: string }> = [
  ...validCases,
  ...duplicateCases,
  ...placeCases,
  ...lineCases,
  ...invalidCases,
].map((c) => ({ ...c, now: c.now ?? NOW }))
