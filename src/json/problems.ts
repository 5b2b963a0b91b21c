/**
 * The vocabulary of JSON syntax errors, shared by the parser and the issue catalogue.
 *
 * @packageDocumentation
 */

/**
 * Why a text is not JSON (RFC 8259).
 *
 * - `empty`: nothing but white space;
 * - `unexpected_character`: a character where `expected` was due;
 * - `unexpected_end`: the text ends where `expected` was due;
 * - `unterminated_string`: a string without its closing quote;
 * - `control_character`: a raw control character (U+0000–U+001F) inside a string;
 * - `invalid_escape`: a backslash not followed by `" \ / b f n r t` or `u` and four hex digits;
 * - `invalid_number`: a number begun (`-` or a digit) and not finished as JSON's grammar
 *   says (`1.`, `-`, `1e`, `1e+`). `01` is the number `0` followed by an unexpected `1`, and
 *   `.5` an unexpected `.` where a value was due, as RFC 8259 reads them;
 * - `not_text`: bytes that are not UTF-8 (the server and the command line read bytes);
 * - `not_string`: the input is not a string at all (a JavaScript caller's mistake).
 *
 * @category JSON text
 */
export type JsonProblem =
  | 'empty'
  | 'unexpected_character'
  | 'unexpected_end'
  | 'unterminated_string'
  | 'control_character'
  | 'invalid_escape'
  | 'invalid_number'
  | 'not_text'
  | 'not_string'

/**
 * What the parser expected where it stopped.
 *
 * @category JSON text
 */
export type JsonExpected = 'value' | 'key' | 'colon' | 'comma_or_close_object' | 'comma_or_close_array' | 'end'
