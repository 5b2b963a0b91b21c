/**
 * Exact money: segments times a per-segment price, plus the priority surcharge (SPEC "Pricing").
 *
 * Money is held as a `bigint` count of 1/10,000 of the currency unit ("units"): `"0.0595"` SEK
 * is `595n`, `"1"` is `10000n`. Prices are parsed from decimal strings by hand (never through
 * `Number` or `parseFloat`) and every product and sum is a `bigint`, so no binary floating point
 * touches money. Amounts leave the library as decimal strings with exactly 4 decimals, and as
 * integer minor units (öre, cents).
 *
 * @packageDocumentation
 */
import * as E from './either.js'
import type { NonEmptyArray } from 'fp-ts/NonEmptyArray'
import * as Th from './these.js'
import { excerpt } from './excerpt.js'
import { isArray } from './own.js'
import { makeIssue, type Issue, type Path } from './issue.js'
import { checkPriority } from './rules/priority.js'
import { hasOwn, isDigits as isAsciiDigits } from './text.js'
import { guard, invalid, mapValid, struct, toNonEmpty, toResult, valid, type Result, type Validation } from './validation.js'

/**
 * How a batch is priced: the account (`'SE'` bills in SEK, `'international'` in EUR) and the
 * base price of one segment as a decimal string with at most 4 decimals (`"0.35"`, `"0.0595"`).
 *
 * @category Pricing
 */
export interface PricingOptions {
  /** `'SE'` (billed in SEK) or `'international'` (billed in EUR). */
  readonly account: 'SE' | 'international'
  /** The base price of one segment, a decimal string with at most 4 decimals. */
  readonly pricePerSegment: string
}

/**
 * An exact amount of money.
 *
 * @category Pricing
 */
export interface Money {
  /** The exact amount with 4 decimals, e.g. `"59500.0000"`. */
  readonly amount: string
  /**
   * The amount in whole minor units (öre for SEK, cents for EUR) as an integer decimal string,
   * rounded half away from zero (`"0.0050"` → `"1"`, `"0.0049"` → `"0"`).
   */
  readonly minorUnits: string
}

/**
 * What a batch costs, in one currency.
 *
 * @category Pricing
 */
export interface Price {
  /** The currency of every amount: SEK on an SE account, EUR on an international one. */
  readonly currency: 'SEK' | 'EUR'
  /** The account priced. */
  readonly account: 'SE' | 'international'
  /** The segments priced. */
  readonly segments: number
  /** The base price of one segment, 4 decimals. */
  readonly pricePerSegment: string
  /** The priority surcharge per segment, 4 decimals (`"0.0000"` at priority 1). */
  readonly surchargePerSegment: string
  /** `segments × pricePerSegment`. */
  readonly base: Money
  /** `segments × surchargePerSegment`. */
  readonly surcharge: Money
  /** `base + surcharge`. */
  readonly total: Money
  /** `total / messages` with 4 decimals, rounded half up; present when `messages > 0`. */
  readonly averagePerMessage?: string
}

/**
 * What {@link priceBatch} prices: a segment count, the batch's priority and, optionally, the
 * number of messages (for the average per message).
 *
 * @category Pricing
 */
export interface PriceInput {
  /** The number of segments, a non-negative safe integer. */
  readonly segments: number | bigint
  /** The batch's priority: 2 adds the surcharge. */
  readonly priority: 1 | 2
  /** The number of messages, a non-negative safe integer, for the average per message. */
  readonly messages?: number
}

/** Units (1/10,000 of the currency unit) per currency unit. */
const SCALE = 10000n
/** The decimals a price may have, and that amounts are written with. */
const MAX_DECIMALS = 4
/** Units per minor unit (öre, cent). */
const UNITS_PER_MINOR = 100n
/** Priority 2 surcharge per segment, in units: 10 öre on an SE account, €0.01 otherwise. */
const SURCHARGE_UNITS = { SE: 1000n, international: 100n } as const
const CURRENCY = { SE: 'SEK', international: 'EUR' } as const
/**
 * The most characters a price may have. Far more than any price per segment needs, and a bound
 * on the work: a longer string is refused by its length before anything reads it (a 330-million
 * digit string is past what `BigInt` can hold, and 10 million digits took 52 s to price).
 */
const MAX_PRICE_LENGTH = 32
/** The largest count priced (the largest integer a `number` holds exactly). */
const MAX_COUNT = /*#__PURE__*/ BigInt(Number.MAX_SAFE_INTEGER)

/** The units of an unsigned decimal (`digits` or `digits.digits`, as many decimals as given). */
function unitsOf(whole: string, fraction: string): bigint {
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(MAX_DECIMALS, '0'))
}

/** The price rule, at `path`. */
export function checkPrice(value: unknown, path: Path): Validation<bigint> {
  if (typeof value !== 'string') return invalid(makeIssue('pricing.price_not_string', path))
  if (value.length > MAX_PRICE_LENGTH) {
    return invalid(makeIssue('pricing.price_too_long', path, { length: value.length, max: MAX_PRICE_LENGTH }))
  }
  const negative = value.startsWith('-')
  const unsigned = negative ? value.slice(1) : value
  const dot = unsigned.indexOf('.')
  const whole = dot === -1 ? unsigned : unsigned.slice(0, dot)
  const fraction = dot === -1 ? '' : unsigned.slice(dot + 1)
  if (!isAsciiDigits(whole) || (dot !== -1 && !isAsciiDigits(fraction))) {
    return invalid(makeIssue('pricing.price_invalid', path, { value }))
  }
  const issues: Issue[] = []
  if (negative) issues.push(makeIssue('pricing.price_negative', path))
  if (fraction.length > MAX_DECIMALS) {
    issues.push(makeIssue('pricing.price_too_precise', path, { decimals: fraction.length, max: MAX_DECIMALS }))
  }
  const nea = toNonEmpty(issues)
  return nea === undefined ? valid(unitsOf(whole, fraction)) : Th.left(nea)
}

/**
 * Parses a price: a plain decimal string of ASCII digits with at most 4 decimals, into units of
 * 1/10,000 of the currency unit.
 *
 * Refused: a non-string (`pricing.price_not_string`: money never travels as a binary float);
 * more than 32 characters (`pricing.price_too_long`, by its length alone, before anything else
 * is read); a leading `-` (`pricing.price_negative`, also for `"-0"`); more than 4 decimals
 * (`pricing.price_too_precise`); anything else that is not `digits` or `digits.digits`, such as
 * `"NaN"`, `"1e3"`, `""`, `" 1"`, `"1."`, `".5"`, `"+1"` or non-ASCII digits
 * (`pricing.price_invalid`). Issues stand at path `""`.
 *
 * @param value - The price as the caller wrote it.
 * @returns The price in units, or every issue found.
 * @example
 * ```ts
 * import { parsePrice } from 'sms-preflight'
 * parsePrice('0.0595') // Right(595n)
 * parsePrice('1e3')    // Left([{ code: 'pricing.price_invalid', … }])
 * ```
 * @category Pricing
 */
export function parsePrice(value: unknown): E.Either<NonEmptyArray<Issue>, bigint> {
  const v = checkPrice(value, [])
  return v._tag === 'Right' ? E.right(v.right) : E.left(v.left)
}

/**
 * Writes a non-negative amount in units (1/10,000 of the currency unit) as a decimal string
 * with exactly 4 decimals: `595000000n` → `'59500.0000'`. Internal: every amount the library
 * prices is non-negative (prices and counts are refused below zero).
 */
export function formatUnits(units10k: bigint): string {
  return `${units10k / SCALE}.${(units10k % SCALE).toString().padStart(MAX_DECIMALS, '0')}`
}

/** `n / d` rounded half up, for `n ≥ 0` and `d > 0` (half away from zero, as amounts are non-negative). */
function divRound(n: bigint, d: bigint): bigint {
  return (n + d / 2n) / d
}

/** An amount in units as {@link Money}. */
function money(units: bigint): Money {
  return { amount: formatUnits(units), minorUnits: divRound(units, UNITS_PER_MINOR).toString() }
}

/**
 * Describes an unexpected count for an issue's params without calling user code, in signs every
 * language reads: the value as JavaScript writes it (`-1`, `"3"`, `true`, `null`, `undefined`),
 * `{…}` or `[…]` for an object or an array, and for a function or a symbol its type.
 */
function describeCount(value: unknown): string {
  // A caller's string or bigint can be of any size: the issue shows an excerpt, and a bigint of
  // more than 100 digits is not written out (that alone costs more than the check).
  if (typeof value === 'bigint') return value > BIG ? '> 10^100' : value < -BIG ? '< -10^100' : String(value)
  if (typeof value === 'string') return JSON.stringify(excerpt(value))
  if (typeof value === 'object' && value !== null) return isArray(value) ? '[…]' : '{…}'
  return typeof value === 'function' || typeof value === 'symbol' ? typeof value : String(value)
}

/** The largest bigint a count's issue writes out: 100 digits. */
const BIG = /*#__PURE__*/ 10n ** 100n - 1n

/** A count, at `path`: a non-negative integer up to `Number.MAX_SAFE_INTEGER`, number or bigint. */
function checkCount(
  value: unknown,
  path: Path,
  code: 'pricing.segments_invalid' | 'pricing.messages_invalid',
): Validation<bigint> {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return valid(BigInt(value))
  if (typeof value === 'bigint' && value >= 0n && value <= MAX_COUNT) return valid(value)
  return invalid(makeIssue(code, path, { value: describeCount(value) }))
}

/** Reads an own property of something that may not be an object. */
function field(o: unknown, key: string): unknown {
  if (typeof o !== 'object' || o === null || !hasOwn(o, key)) return undefined
  return (o as Readonly<Record<string, unknown>>)[key]
}

interface ParsedPricing {
  readonly options: PricingOptions
  readonly units: bigint
}

function checkAccount(value: unknown, path: Path): Validation<PricingOptions['account']> {
  return value === 'SE' || value === 'international' ? valid(value) : invalid(makeIssue('pricing.invalid_account', path))
}

function checkParsedPricing(options: unknown, path: Path): Validation<ParsedPricing> {
  const price = field(options, 'pricePerSegment')
  const checked = struct({
    account: checkAccount(field(options, 'account'), [...path, 'account']),
    units: checkPrice(price, [...path, 'pricePerSegment']),
  })
  // checkPrice accepted `price`, so it is a string.
  return mapValid(checked, ({ account, units }) => ({ options: { account, pricePerSegment: String(price) }, units }))
}

/** The pricing options rule, at `path`. */
export function checkPricing(options: unknown, path: Path): Validation<PricingOptions> {
  return mapValid(checkParsedPricing(options, path), (p) => p.options)
}

function validatePricingUnguarded(options: unknown): Result<PricingOptions> {
  return toResult(checkPricing(options, []))
}

/**
 * Checks pricing options: `account` is `'SE'` or `'international'` (`pricing.invalid_account`)
 * and `pricePerSegment` is a decimal string with at most 4 decimals (see {@link parsePrice}).
 * Issue paths are relative to the options object (`/account`, `/pricePerSegment`); anything
 * that is not an object has neither field.
 *
 * @param options - The pricing options as the caller gave them.
 * @returns The options (only the two fields), or every issue found.
 * @example
 * ```ts
 * import { validatePricing } from 'sms-preflight'
 * validatePricing({ account: 'SE', pricePerSegment: '0.35' })
 * // Right({ value: { account: 'SE', pricePerSegment: '0.35' }, warnings: [] })
 * validatePricing({ account: 'se', pricePerSegment: 0.35 })
 * // Left([{ code: 'pricing.invalid_account', … }, { code: 'pricing.price_not_string', … }])
 * ```
 * @category Pricing
 */
export function validatePricing(options: unknown): Result<PricingOptions> {
  return guard(() => validatePricingUnguarded(options))
}

function priceBatchUnguarded(input: PriceInput, pricing: unknown): E.Either<NonEmptyArray<Issue>, Price> {
  const rawMessages = field(input, 'messages')
  const checked = struct({
    pricing: checkParsedPricing(pricing, []),
    segments: checkCount(field(input, 'segments'), ['segments'], 'pricing.segments_invalid'),
    priority: checkPriority(field(input, 'priority'), ['priority']),
    messages: rawMessages === undefined ? valid(0n) : checkCount(rawMessages, ['messages'], 'pricing.messages_invalid'),
  })
  if (checked._tag !== 'Right') return E.left(checked.left)
  const { pricing: parsed, segments, priority, messages } = checked.right
  const { account } = parsed.options
  const surchargePerSegment = priority === 2 ? SURCHARGE_UNITS[account] : 0n
  const base = segments * parsed.units
  const surcharge = segments * surchargePerSegment
  const total = base + surcharge
  const price: Price = {
    currency: CURRENCY[account],
    account,
    segments: Number(segments),
    pricePerSegment: formatUnits(parsed.units),
    surchargePerSegment: formatUnits(surchargePerSegment),
    base: money(base),
    surcharge: money(surcharge),
    total: money(total),
  }
  return E.right(messages > 0n ? { ...price, averagePerMessage: formatUnits(divRound(total, messages)) } : price)
}

/**
 * Prices a batch exactly: `segments × pricePerSegment`, plus at priority 2 a surcharge of
 * 10 öre per segment on an SE account (SEK) or €0.01 per segment on an international account
 * (EUR).
 *
 * `segments` must be a non-negative integer no larger than `Number.MAX_SAFE_INTEGER` (a number
 * or a bigint), else `pricing.segments_invalid` at `/segments`; `messages`, when given, the same
 * (`pricing.messages_invalid` at `/messages`); `priority` 1 or 2 (missing or null mean 1, as in a request), else
 * `priority.invalid` at `/priority`. Those paths are
 * relative to `input`; the pricing options' issues are relative to `pricing` (see
 * {@link validatePricing}). Every issue is reported at once.
 *
 * Amounts are exact (see {@link Money}); the surcharge is always whole minor units, so
 * `total.minorUnits` is `base.minorUnits + surcharge.minorUnits`.
 *
 * @param input - The segment count, the priority and optionally the message count.
 * @param pricing - The pricing options.
 * @returns The price, or every issue found.
 * @example
 * ```ts
 * import { priceBatch } from 'sms-preflight'
 * priceBatch({ segments: 3, priority: 2 }, { account: 'SE', pricePerSegment: '0.35' })
 * // Right({ currency: 'SEK', account: 'SE', segments: 3,
 * //   pricePerSegment: '0.3500', surchargePerSegment: '0.1000',
 * //   base: { amount: '1.0500', minorUnits: '105' },
 * //   surcharge: { amount: '0.3000', minorUnits: '30' },
 * //   total: { amount: '1.3500', minorUnits: '135' } })
 * ```
 * @category Pricing
 */
export function priceBatch(input: PriceInput, pricing: unknown): E.Either<NonEmptyArray<Issue>, Price> {
  return guard(() => priceBatchUnguarded(input, pricing))
}
