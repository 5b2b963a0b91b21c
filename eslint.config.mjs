// @ts-check
import js from '@eslint/js'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'docs/api/**', 'docs/playground/dist/**', 'node_modules/**', '.stryker-tmp*/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Regular expressions in the library: eslint-plugin-regexp's recommended rules, and the two that
  // prove each regex linear at their strictest (test/adversarial/regex.test.ts runs these two on
  // src/ and requires no finding). `use-ignore-case` is off: `[Tt]` and `[Zz]` spell out the
  // letters RFC 3339 allows, where an `i` flag would make the reader check the whole pattern for
  // what else it changes.
  {
    files: ['src/**/*.ts'],
    ...regexp.configs['flat/recommended'],
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
      'regexp/use-ignore-case': 'off',
    },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', 'bench/**', 'scripts/**', 'bin/**'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', performance: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', Buffer: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
