import * as E from 'fp-ts/Either'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateBatch } from '../../src/batch'
import { prepareBatch } from '../../src/compose'
import { catalogue, issueCodes, type Issue, type IssueCode } from '../../src/issue'
import { priceBatch, validatePricing, type PriceInput } from '../../src/pricing'
import { resolveWindows } from '../../src/rules/windows'
import { BASE, NOW, rulesTable, type RuleEntry, type Source } from './table'

const DOC_PATH = join(__dirname, '..', '..', 'docs', 'rules.md')
const DECISIONS_PATH = join(__dirname, '..', '..', 'docs', 'decisions.md')

/** An example longer than this (as compact JSON) must say how to show it (`display`). */
const MAX_INLINE_EXAMPLE = 240

/** The sections of the document, in the order of the request's fields; each owns code prefixes. */
const SECTIONS: ReadonlyArray<{ readonly title: string; readonly prefixes: ReadonlyArray<string> }> = [
  { title: 'The request', prefixes: ['request'] },
  { title: 'sender', prefixes: ['sender'] },
  { title: 'recipients', prefixes: ['recipients', 'recipient'] },
  { title: 'Template values and placeholders', prefixes: ['template'] },
  { title: 'body', prefixes: ['body'] },
  { title: 'Composed messages', prefixes: ['message'] },
  { title: 'type', prefixes: ['type'] },
  { title: 'datacoding', prefixes: ['datacoding'] },
  { title: 'priority', prefixes: ['priority'] },
  { title: 'deliveryWindows', prefixes: ['windows', 'window'] },
  { title: 'deliveryReportUrl', prefixes: ['deliveryReportUrl'] },
  { title: 'reference', prefixes: ['reference'] },
  { title: 'tags', prefixes: ['tags', 'tag'] },
  { title: 'Pricing', prefixes: ['pricing'] },
  { title: 'Options', prefixes: ['options'] },
]

const prefixOf = (code: string): string => code.slice(0, code.indexOf('.'))

/** Runs an example through its function. */
function run(entry: RuleEntry): E.Either<ReadonlyArray<Issue>, unknown> {
  const now = entry.options?.now ?? NOW
  switch (entry.call) {
    case 'validateBatch':
      return validateBatch(entry.input, { now })
    case 'prepareBatch':
      return prepareBatch(entry.input, { now })
    case 'resolveWindows':
      return resolveWindows(entry.input, now)
    case 'priceBatch':
      // priceBatch reads its input's own properties defensively; the examples give wrong values on purpose.
      return priceBatch(entry.input as PriceInput, entry.options?.pricing)
    case 'validatePricing':
      return validatePricing(entry.input)
  }
}

/** Every issue of a result: the Left's, or the warnings of a Right. */
function issuesOf(result: E.Either<ReadonlyArray<Issue>, unknown>): ReadonlyArray<Issue> {
  if (E.isLeft(result)) return result.left
  const right: unknown = result.right
  if (typeof right === 'object' && right !== null && 'warnings' in right) {
    return (right as { readonly warnings: ReadonlyArray<Issue> }).warnings
  }
  return []
}

/** The issues of an example that carry its code. */
function produced(entry: RuleEntry): ReadonlyArray<Issue> {
  return issuesOf(run(entry)).filter((i) => i.code === entry.code)
}

const compact = (value: unknown): string => JSON.stringify(value)

/** The example as a call, in compact JSON. */
function callText(entry: RuleEntry): string {
  if (entry.display !== undefined) return entry.display
  const args = entry.call === 'priceBatch' ? [entry.input, entry.options?.pricing] : [entry.input]
  return `${entry.call}(${args.map(compact).join(', ')})`
}

/** Collapses runs of white space, as a Markdown paragraph wrapped over lines reads. */
const flatten = (text: string): string => text.replace(/\s+/g, ' ')

/** A code span in a table cell. */
function code(text: string): string {
  if (text.includes('`')) throw new Error(`a code span cannot hold a backtick: ${text}`)
  return '`' + text.replace(/\|/g, '\\|') + '`'
}

/** Plain text in a table cell: characters Markdown would read as syntax are escaped. */
const plain = (text: string): string => text.replace(/[\\`*|<[\]]/g, (c) => '\\' + c)

/** Markdown (quoted from a Markdown source) in a table cell. */
const markdown = (text: string): string => text.replace(/\|/g, '\\|')

const SOURCE_LABEL: Readonly<Record<Source, string>> = { page: 'Page', SPEC: 'SPEC', decision: 'Decision' }

function row(entry: RuleEntry): string {
  const issue = produced(entry)[0]
  if (issue === undefined) throw new Error(`${entry.code}: the example produces no such issue`)
  const example = code(callText(entry)) + (entry.note === undefined ? '' : ` ${entry.note}`)
  const cells = [
    code(entry.code),
    catalogue[entry.code].severity,
    code(entry.path === '' ? '""' : entry.path),
    `${SOURCE_LABEL[entry.source]}: “${markdown(entry.rule)}”`,
    example,
    plain(issue.message),
  ]
  return `| ${cells.join(' | ')} |`
}

/** The document, from the catalogue (order, severity) and the table (rule, example, path). */
function render(): string {
  const byCode = new Map<IssueCode, RuleEntry>(rulesTable.map((e) => [e.code, e]))
  const errors = issueCodes.filter((c) => catalogue[c].severity === 'error').length
  const lines: string[] = [
    '# Issue codes',
    '',
    '<!-- Generated by test/rules-doc/rules-doc.test.ts from the catalogue in src/issue.ts and the examples in',
    '     test/rules-doc/table.ts. Do not edit by hand: run `npm run docs:rules`. -->',
    '',
    `Every code the library can emit — ${issueCodes.length} codes, ${errors} errors and ${issueCodes.length - errors} warnings —`,
    'with its severity, the path it stands at, the rule it enforces, an example that produces it and',
    'the English message that example gets. A test runs every example and checks that it produces its',
    'code at the path shown with the severity shown, and that the codes listed here are exactly the',
    "codes of the catalogue: none is missing and none is dead. Codes are a public contract; user",
    'interfaces translate them (`params` carries what a translation needs).',
    '',
    '- **Severity** comes from the catalogue: an `error` makes the request invalid, a `warning` never does.',
    '- **Path** is an RFC 6901 JSON Pointer into the request (`""` is the whole request). For',
    '  `resolveWindows` it points into the windows array, for `priceBatch` into its first argument,',
    '  and for `validatePricing` into the pricing options.',
    '- **Rule** quotes where the rule comes from: *Page* is the provider\'s "Send SMS" page, verbatim',
    '  (its typos included); *SPEC* is the product specification; *Decision* is',
    '  [decisions.md](decisions.md).',
    `- **Example** is the base request \`${compact(BASE)}\``,
    '  with one field changed or added (or a pricing input). `validateBatch`, `prepareBatch` and',
    `  \`resolveWindows\` are given "now" = \`${NOW.toISOString()}\`. Codes shown with \`prepareBatch\``,
    '  come from composing the messages or analysing the numbers, which `validateBatch` does not do.',
    '- **Message** is the English message of the example\'s issue.',
  ]
  for (const section of SECTIONS) {
    const codes = issueCodes.filter((c) => section.prefixes.includes(prefixOf(c)))
    if (codes.length === 0) continue
    lines.push('', `## ${section.title}`, '', '| Code | Severity | Path | Rule | Example | Message |', '| --- | --- | --- | --- | --- | --- |')
    for (const c of codes) {
      const entry = byCode.get(c)
      if (entry === undefined) throw new Error(`${c} has no example`)
      lines.push(row(entry))
    }
  }
  return lines.join('\n') + '\n'
}

describe('rules table', () => {
  it('lists exactly the codes of the catalogue, each once', () => {
    const listed = rulesTable.map((e) => e.code)
    expect([...listed].sort()).toStrictEqual([...issueCodes].sort())
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('puts every code of the catalogue in a section of the document', () => {
    const unplaced = issueCodes.filter((c) => !SECTIONS.some((s) => s.prefixes.includes(prefixOf(c))))
    expect(unplaced).toStrictEqual([])
  })

  it('quotes docs/decisions.md verbatim for every rule taken from it', () => {
    const decisions = flatten(readFileSync(DECISIONS_PATH, 'utf8'))
    const missing = rulesTable.filter((e) => e.source === 'decision' && !decisions.includes(e.rule)).map((e) => e.code)
    expect(missing).toStrictEqual([])
  })

  it('shows a long example by a description, and every description with a note on what it stands for', () => {
    const tooLong = rulesTable.filter((e) => e.display === undefined && callText(e).length > MAX_INLINE_EXAMPLE).map((e) => e.code)
    expect(tooLong).toStrictEqual([])
    const unexplained = rulesTable
      .filter((e) => e.display !== undefined && e.note === undefined && e.options?.now === undefined)
      .map((e) => e.code)
    expect(unexplained).toStrictEqual([])
  })
})

describe('rules table examples', () => {
  it.each(rulesTable.map((e) => [e.code, e] as const))('produces %s once, at its path, with its severity', (code, entry) => {
    const found = produced(entry).map((i) => ({ code: i.code, path: i.path, severity: i.severity }))
    expect(found).toStrictEqual([{ code, path: entry.path, severity: catalogue[code].severity }])
  })
})

describe('docs/rules.md', () => {
  it('is the document rendered from the catalogue and the rules table', () => {
    const rendered = render()
    if (process.env['UPDATE_RULES_DOC'] === '1') writeFileSync(DOC_PATH, rendered)
    expect(readFileSync(DOC_PATH, 'utf8')).toBe(rendered)
  })
})
