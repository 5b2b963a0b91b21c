/**
 * The `numberType` option of `prepareBatch`: reading it from a caller, and the
 * `recipient.not_mobile` warning it gives a number that cannot receive SMS. The core never
 * knows a number's type itself; the caller passes a function (`numberType` of
 * `sms-preflight/numbers`, or one of its own).
 *
 * @packageDocumentation
 */
import { fromPointer, makeIssue, type Issue } from '../issue.js'
import { NOT_MOBILE_TYPES, type NotMobileType } from './numberTypes.js'

/**
 * A function that tells a number's type, as the `numberType` option of `prepareBatch` takes it:
 * given an MSISDN (digits, country code first), the name of its type (`fixed_line`, `mobile`, …).
 *
 * @category Numbering
 */
export type NumberTypeOf = (msisdn: string) => string

/**
 * Each type that gets the warning, by the names a function may give it: ours (`fixed_line`)
 * and libphonenumber-js's own (`FIXED_LINE`), so that a function returning
 * `parsePhoneNumber(…).getType()` works as written. Looked up with whatever the function
 * answered: a value that is not one of these strings (another type, a number, an object) finds
 * nothing, as a map compares keys without converting them.
 */
const WARNED: ReadonlyMap<unknown, NotMobileType> = new Map(
  NOT_MOBILE_TYPES.flatMap((t): Array<[string, NotMobileType]> => [
    [t, t],
    [t.toUpperCase(), t],
  ]),
)

/**
 * The `numberType` option as given: a function, or `undefined` for anything else (absent, not
 * a function, a getter that throws — `ownValue` gives those as a value that is no function).
 *
 * @internal
 */
export function numberTypeOption(given: unknown): NumberTypeOf | undefined {
  return typeof given === 'function' ? (given as NumberTypeOf) : undefined
}

/**
 * The type a caller's function gives a number, when it is one that cannot receive SMS; else
 * `undefined` (another type, a name it does not know, a value that is not a string, or a call
 * that throws: never an exception).
 *
 * @internal
 */
export function notMobileType(typeOf: NumberTypeOf, msisdn: string): NotMobileType | undefined {
  let said: unknown
  try {
    said = typeOf(msisdn)
  } catch {
    // A call that throws tells no type: `said` stays undefined.
  }
  return WARNED.get(said)
}

/**
 * A composed message with `recipient.not_mobile` added to its issues (at the message's own
 * path) when `typeOf` gives its recipient a type that cannot receive SMS; the message itself
 * otherwise.
 *
 * @internal
 */
export function withNumberType<M extends NumberedMessage>(message: M, typeOf: NumberTypeOf): M {
  const msisdn = message.recipient
  const type = notMobileType(typeOf, msisdn)
  if (type === undefined) return message
  const issue = makeIssue('recipient.not_mobile', fromPointer(message.path), { msisdn, type })
  return { ...message, issues: [...message.issues, issue] }
}

/** What {@link withNumberType} reads of a message. */
export interface NumberedMessage {
  readonly recipient: string
  readonly path: string
  readonly issues: ReadonlyArray<Issue>
}
