// Lints regular expressions with eslint-plugin-regexp's linearity rules, for
// test/adversarial/regex.test.ts. It runs as a child process because the plugin is an ES module,
// which jest's CommonJS runtime cannot load.
//
//   node test/adversarial/regex-lint.mjs          lints src/**/*.ts with LINEAR_RULES only
//   node test/adversarial/regex-lint.mjs --stdin  lints the TypeScript read from stdin instead
//
// Prints one JSON object: { linted, findings: [{ file, line, column, ruleId, message }], project }:
// `linted` lists the files linted, and
// `project` is how the repository's own eslint.config.mjs sets each of LINEAR_RULES for
// src/index.ts (so that `npx eslint .` enforces the same proof).
import { ESLint } from 'eslint'
import regexp from 'eslint-plugin-regexp'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import tseslint from 'typescript-eslint'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The two rules that prove a regex linear, at their strictest: every quadratic or worse
 * backtracking the analysis can find ("potential", not only "certain"), and every quadratic
 * move, sticky and partial regexes included.
 */
export const LINEAR_RULES = {
  'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
  'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
}

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ linterOptions: { reportUnusedDisableDirectives: 'off' }, files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { regexp, '@typescript-eslint': tseslint.plugin }, rules: LINEAR_RULES }],
})

const results = process.argv.includes('--stdin')
  ? await eslint.lintText(readFileSync(0, 'utf8'), { filePath: 'src/stdin.ts' })
  : await eslint.lintFiles(['src/**/*.ts'])

const name = (file) => relative(root, file).split('\\').join('/')
const linted = results.map((r) => name(r.filePath)).sort()
const findings = results.flatMap((r) =>
  r.messages.map((m) => ({
    file: name(r.filePath),
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    message: m.message,
  })),
)

const projectRules = (await new ESLint({ cwd: root }).calculateConfigForFile('src/index.ts')).rules ?? {}
const project = Object.fromEntries(Object.keys(LINEAR_RULES).map((rule) => [rule, projectRules[rule] ?? null]))

console.log(JSON.stringify({ linted, findings, project }))
