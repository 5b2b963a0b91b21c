// Generates src/phone/callingCodes.data.ts, the calling-code table, from libphonenumber-js's
// metadata (the pinned devDependency; its full set, metadata.max.json).
//
//   node scripts/gen-calling-codes.mjs           writes src/phone/callingCodes.data.ts
//   node scripts/gen-calling-codes.mjs --check   exit 1 when the committed file differs
//   node scripts/gen-calling-codes.mjs --stdout  prints the file instead of writing it
//   node scripts/gen-calling-codes.mjs --notes   prints what the derivation left out or merged
//
// What is taken (docs/numbering.md, "Sources", says the same for readers):
//
// - Every country calling code of the metadata (`country_calling_codes`) and every
//   non-geographic entity (`nonGeographic`, libphonenumber's region `001`: +800, +808, …).
// - The regions of a code in the metadata's order (the code's main country first).
// - Lengths: the union, over the code's regions, of the possible lengths of the number types an
//   SMS recipient (an MSISDN) can be: MOBILE, and FIXED_LINE_OR_MOBILE — the fixed-line lengths
//   of a region whose fixed-line and mobile numbers cannot be told apart (its mobile pattern is
//   the fixed-line one, or it has no mobile type). A type without lengths of its own has the
//   region's general ones, as in libphonenumber. Pure fixed-line, pager, VoIP, personal,
//   toll-free, premium-rate, shared-cost, UAN and voicemail numbers are left out. The table keeps
//   the smallest and the largest of that union.
// - A non-geographic entity with neither type (+800, +808, +878, +883, +888, +979) keeps the
//   lengths of all its numbers, so the code stays known.
// - NANP area codes: each 3-digit area code goes to the first region, in the metadata's order
//   for +1, that claims it the way libphonenumber-js resolves a +1 number: a region with
//   leading digits claims what they match, any other region (US, CA) the numbers its type
//   patterns accept. Only the non-US ones are written; every other area code resolves to US.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)

/** Where the generated module goes, relative to the repository. */
export const OUTPUT = 'src/phone/callingCodes.data.ts'

/** The metadata file read, inside the libphonenumber-js package. */
export const METADATA_FILE = 'metadata.max.json'

/** Positions in a compressed metadata record (libphonenumber-js's `metadata.js`, version 4). */
const GENERAL_LENGTHS = 3
const LEADING_DIGITS = 10
const TYPES = 11
const FIXED_LINE = 0
const MOBILE = 1

/** The type positions in `TYPES`, by name (for --notes). */
const TYPE_NAMES = ['fixed_line', 'mobile', 'toll_free', 'premium_rate', 'personal_number', 'voicemail', 'uan', 'pager', 'voip', 'shared_cost']

/** The pinned metadata and the version of the package it comes from. */
export function loadMetadata() {
  const metadata = JSON.parse(readFileSync(require.resolve(`libphonenumber-js/${METADATA_FILE}`), 'utf8'))
  const pkg = JSON.parse(readFileSync(require.resolve('libphonenumber-js/package.json'), 'utf8'))
  return { metadata, version: pkg.version }
}

/** One type of a region's record: its pattern and possible lengths, or `undefined`. */
function numberType(record, index) {
  const types = record[TYPES]
  const type = types ? types[index] : undefined
  if (!type) return undefined
  return { pattern: type[0], lengths: type[1] || record[GENERAL_LENGTHS] }
}

/**
 * The lengths of the numbers of one region that can be an SMS recipient: MOBILE and
 * FIXED_LINE_OR_MOBILE (see the header), or `undefined` when the region has neither type.
 */
export function recipientLengths(record) {
  const mobile = numberType(record, MOBILE)
  const fixed = numberType(record, FIXED_LINE)
  // libphonenumber-js drops a mobile pattern equal to the fixed-line one (it is then ""): every
  // fixed-line number of that region is FIXED_LINE_OR_MOBILE.
  if (mobile !== undefined && mobile.pattern !== '') return [...mobile.lengths]
  if (mobile !== undefined && fixed !== undefined) return [...new Set([...mobile.lengths, ...fixed.lengths])]
  if (mobile !== undefined) return [...mobile.lengths]
  // No mobile type at all: libphonenumber-js calls its fixed-line numbers FIXED_LINE_OR_MOBILE.
  if (fixed !== undefined) return [...fixed.lengths]
  return undefined
}

/** Every calling code with its regions (`[]` for a non-geographic entity) and records. */
function entities(metadata) {
  const out = []
  for (const [code, regions] of Object.entries(metadata.country_calling_codes)) {
    out.push({ code, regions: [...regions], records: regions.map((r) => metadata.countries[r]) })
  }
  for (const [code, record] of Object.entries(metadata.nonGeographic ?? {})) {
    out.push({ code, regions: [], records: [record] })
  }
  // Numeric order within each zone: the codes compared as strings (1, 20, 211, …, 27, 290, …).
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

/**
 * The table: per calling code, its regions, the sorted union of recipient lengths (`lengths`)
 * and where they come from (`source`: 'recipient' or, without a recipient type, 'general').
 */
export function callingCodeTable(metadata) {
  return entities(metadata).map(({ code, regions, records }) => {
    const union = new Set()
    for (const record of records) for (const n of recipientLengths(record) ?? []) union.add(n)
    const source = union.size > 0 ? 'recipient' : 'general'
    if (union.size === 0) for (const record of records) for (const n of record[GENERAL_LENGTHS]) union.add(n)
    const lengths = [...union].sort((a, b) => a - b)
    return { code, regions, lengths, minLength: lengths[0], maxLength: lengths[lengths.length - 1], source }
  })
}

// ---------------------------------------------------------------------------------------------
// Which numbers a pattern can match: a small reader for the regular expressions of the metadata
// (digits, `\d`, classes, `(?:…)`, `(…)`, `|`, `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`), run on a
// "template" — an array of positions that are a fixed digit or any digit (`null`). A template
// can be matched when some choice of the free digits makes the whole string match, and since a
// regular expression without back-references reads each position once along a match, a free
// position can always take a digit of the class that reads it: the answer is exact.

const ALL_DIGITS = Object.freeze(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])

function parsePattern(source) {
  let i = 0
  const fail = (what) => {
    throw new Error(`gen-calling-codes: cannot read ${what} at ${i} in /${source}/`)
  }
  const alternation = () => {
    const branches = [sequence()]
    while (source[i] === '|') {
      i++
      branches.push(sequence())
    }
    return { kind: 'alt', branches }
  }
  const sequence = () => {
    const items = []
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(atom()))
    return items
  }
  const atom = () => {
    const c = source[i]
    if (c === '(') {
      i += source.startsWith('(?:', i) ? 3 : 1
      const inner = alternation()
      if (source[i] !== ')') fail('a group')
      i++
      return inner
    }
    if (c === '[') return charClass()
    if (c === '\\') {
      if (source[i + 1] !== 'd') fail('an escape')
      i += 2
      return { kind: 'set', digits: new Set(ALL_DIGITS) }
    }
    if (c !== undefined && c >= '0' && c <= '9') {
      i++
      return { kind: 'set', digits: new Set([c]) }
    }
    return fail('a character')
  }
  const charClass = () => {
    i++
    const negated = source[i] === '^'
    if (negated) i++
    const digits = new Set()
    while (source[i] !== ']') {
      let lo = source[i]
      if (lo === '\\' && source[i + 1] === 'd') {
        ALL_DIGITS.forEach((d) => digits.add(d))
        i += 2
        continue
      }
      if (lo === undefined || lo < '0' || lo > '9') fail('a class')
      i++
      let hi = lo
      if (source[i] === '-' && source[i + 1] !== ']') {
        hi = source[i + 1]
        i += 2
      }
      for (let d = lo.charCodeAt(0); d <= hi.charCodeAt(0); d++) digits.add(String.fromCharCode(d))
    }
    i++
    return { kind: 'set', digits: negated ? new Set(ALL_DIGITS.filter((d) => !digits.has(d))) : digits }
  }
  const quantified = (node) => {
    const c = source[i]
    if (c === '?') return (i++, { node, min: 0, max: 1 })
    if (c === '*') return (i++, { node, min: 0, max: Infinity })
    if (c === '+') return (i++, { node, min: 1, max: Infinity })
    if (c === '{') {
      const close = source.indexOf('}', i)
      const [lo, hi] = source.slice(i + 1, close).split(',')
      i = close + 1
      return { node, min: Number(lo), max: hi === undefined ? Number(lo) : hi === '' ? Infinity : Number(hi) }
    }
    return { node, min: 1, max: 1 }
  }
  const tree = alternation()
  if (i !== source.length) fail('the end')
  return tree
}

/** The end positions a node can reach on `template` from each of `starts`. */
function ends(node, template, starts) {
  if (node.kind === 'set') {
    const out = new Set()
    for (const p of starts) {
      if (p >= template.length) continue
      const fixed = template[p]
      if (fixed === null ? node.digits.size > 0 : node.digits.has(fixed)) out.add(p + 1)
    }
    return out
  }
  const out = new Set()
  for (const branch of node.branches) {
    let at = new Set(starts)
    for (const { node: item, min, max } of branch) {
      let reached = new Set()
      let frontier = at
      if (min === 0) for (const p of at) reached.add(p)
      for (let k = 1; k <= Math.min(max, template.length + 1) && frontier.size > 0; k++) {
        frontier = ends(item, template, frontier)
        if (k >= min) for (const p of frontier) reached.add(p)
      }
      at = reached
      if (at.size === 0) break
    }
    for (const p of at) out.add(p)
  }
  return out
}

const compiled = new Map()
function tree(pattern) {
  let t = compiled.get(pattern)
  if (t === undefined) compiled.set(pattern, (t = parsePattern(pattern)))
  return t
}

/** Whether some string of `template`'s shape matches `pattern` entirely. */
export function canMatchWhole(pattern, template) {
  return ends(tree(pattern), template, new Set([0])).has(template.length)
}

/** Whether some string of `template`'s shape starts with a match of `pattern` (leading digits). */
function canMatchStart(pattern, template) {
  return ends(tree(pattern), template, new Set([0])).size > 0
}

/** A 10-digit NANP national number template: the area code, then seven free digits. */
const nanpTemplate = (areaCode) => [...areaCode, ...Array(7).fill(null)]

/**
 * Whether a region's type patterns accept some 10-digit number under `areaCode` (a "mobile"
 * pattern of "" is the fixed-line one). The general pattern is not consulted: for the regions
 * this is asked about (those without leading digits, US and CA), it accepts every 10-digit
 * number starting 2–9.
 */
function typesAccept(record, areaCode) {
  const types = record[TYPES] || []
  return types.some((type, index) => {
    if (!type) return false
    const pattern = type[0] === '' && index === MOBILE ? types[FIXED_LINE]?.[0] : type[0]
    return pattern !== undefined && pattern !== '' && canMatchWhole(pattern, nanpTemplate(areaCode))
  })
}

/**
 * NANP area code → region, for the area codes that are not US, plus `notes`: the leading
 * digits longer than an area code (a part of an area code claimed by another region, which an
 * area-code table cannot hold) and the area codes more than one region's patterns accept.
 */
export function nanpAreaCodes(metadata) {
  const regions = metadata.country_calling_codes['1'] ?? []
  const byRegion = new Map()
  const notes = []
  for (let n = 200; n <= 999; n++) {
    const areaCode = String(n)
    const claims = []
    for (const region of regions) {
      const record = metadata.countries[region]
      const leading = record[LEADING_DIGITS]
      if (leading) {
        // libphonenumber-js: a region with leading digits owns exactly the numbers they match.
        const whole = areaCode.search(new RegExp(leading)) === 0
        if (whole) claims.push({ region, whole: true })
        else if (canMatchStart(leading, nanpTemplate(areaCode))) claims.push({ region, whole: false, leading })
      } else if (typesAccept(record, areaCode)) {
        claims.push({ region, whole: true })
      }
    }
    const owner = claims.find((c) => c.whole)
    for (const c of claims) {
      if (!c.whole) notes.push(`${areaCode}: ${c.region}'s leading digits ${c.leading} claim part of it; it stays ${owner?.region ?? 'US'}`)
    }
    const wholeClaims = claims.filter((c) => c.whole).map((c) => c.region)
    if (wholeClaims.length > 1) notes.push(`${areaCode}: accepted by ${wholeClaims.join(', ')}; the first, ${wholeClaims[0]}, has it`)
    if (owner === undefined || owner.region === 'US') continue
    const list = byRegion.get(owner.region) ?? []
    list.push(areaCode)
    byRegion.set(owner.region, list)
  }
  const table = regions.filter((r) => byRegion.has(r)).map((region) => ({ region, areaCodes: byRegion.get(region) }))
  return { table, notes }
}

// ---------------------------------------------------------------------------------------------
// The generated module.

/** Joins tokens with spaces into lines of at most `width` characters. */
function wrap(tokens, width) {
  const lines = []
  let line = ''
  for (const token of tokens) {
    if (line !== '' && line.length + 1 + token.length > width) {
      lines.push(line)
      line = ''
    }
    line = line === '' ? token : `${line} ${token}`
  }
  if (line !== '') lines.push(line)
  return lines
}

/** `code:REGIONS:min-max` (`code:REGIONS:n` when min = max, `-` for no region). */
function codeToken({ code, regions, minLength, maxLength }) {
  const lengths = minLength === maxLength ? `${minLength}` : `${minLength}-${maxLength}`
  return `${code}:${regions.length === 0 ? '-' : regions.join(',')}:${lengths}`
}

/** `RRaaabbb…`: the region, then its area codes; a long list is cut into several tokens. */
function nanpTokens({ region, areaCodes }) {
  const tokens = []
  for (let i = 0; i < areaCodes.length; i += 30) tokens.push(region + areaCodes.slice(i, i + 30).join(''))
  return tokens
}

/** The text of src/phone/callingCodes.data.ts for this metadata. */
export function generate(metadata, version) {
  const table = callingCodeTable(metadata)
  const { table: nanp } = nanpAreaCodes(metadata)
  const data = wrap(table.map(codeToken), 96)
  const nanpLines = wrap(nanp.flatMap(nanpTokens), 96)
  return `/*
 * GENERATED FILE: DO NOT EDIT.
 * Written by scripts/gen-calling-codes.mjs (\`npm run gen:numbering\`)
 * from the metadata of libphonenumber-js ${version} (${METADATA_FILE}).
 * To change the table, change the script (or the pinned libphonenumber-js version) and run it
 * again; test/phone/callingCodes.generated.test.ts fails while this file and the script's
 * output differ. What is taken, and every deliberate departure: docs/numbering.md, "Sources".
 */

/**
 * One token per calling code, \`code:REGIONS:min-max\` (\`code:REGIONS:n\` when min = max, \`-\` for a
 * non-geographic code), in numeric order by zone. The lengths bound the national significant
 * number of a number that can receive SMS (mobile, or fixed-line-or-mobile).
 */
export const CALLING_CODE_DATA = \`
${data.join('\n')}
\`

/**
 * NANP (+1) area codes that are not the United States: \`RRaaabbb…\` = a region, then its 3-digit
 * area codes. Every other area code resolves to US.
 */
export const NANP_AREA_CODE_DATA = \`
${nanpLines.join('\n')}
\`
`
}

/** What --notes prints: the regions' type lengths behind each non-trivial entry, and NANP notes. */
function notes(metadata) {
  const lines = []
  for (const entry of callingCodeTable(metadata)) {
    const span = entry.maxLength - entry.minLength + 1
    if (entry.source === 'general') lines.push(`${entry.code}: no mobile or fixed-line type; all its lengths: ${entry.lengths.join(',')}`)
    if (span !== entry.lengths.length) lines.push(`${entry.code}: lengths ${entry.lengths.join(',')} kept as ${entry.minLength}-${entry.maxLength}`)
  }
  for (const [code, regions] of Object.entries(metadata.country_calling_codes)) {
    for (const region of regions) {
      const record = metadata.countries[region]
      const mobile = numberType(record, MOBILE)
      if (mobile === undefined) {
        const present = (record[TYPES] || []).map((t, i) => (t ? TYPE_NAMES[i] : null)).filter(Boolean)
        lines.push(`${code} ${region}: no mobile type (${present.join(', ')}); fixed-line lengths taken`)
      }
    }
  }
  return [...lines, ...nanpAreaCodes(metadata).notes]
}

function main(args) {
  const { metadata, version } = loadMetadata()
  const path = join(root, OUTPUT)
  if (args.includes('--notes')) {
    console.log(notes(metadata).join('\n'))
    return 0
  }
  const text = generate(metadata, version)
  if (args.includes('--stdout')) {
    process.stdout.write(text)
    return 0
  }
  if (args.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(path, 'utf8')
    } catch {
      current = ''
    }
    if (current === text) return 0
    console.error(`${OUTPUT} is not what scripts/gen-calling-codes.mjs makes of libphonenumber-js ${version}: run npm run gen:numbering`)
    return 1
  }
  writeFileSync(path, text)
  console.log(`wrote ${OUTPUT} from libphonenumber-js ${version}`)
  return 0
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2))
