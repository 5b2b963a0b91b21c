/**
 * Jest configuration for mutation runs (`npm run mutation`, see stryker.config.mjs).
 *
 * The same as jest.config.cjs minus the suites that are slow, spawn processes or depend on a
 * fresh random seed, none of which can tell a mutant from the original reliably
 * and quickly:
 * - test/browser, test/package, test/cli/bin: start browsers, bundlers or child processes;
 * - test/adversarial/inputs, test/adversarial/regex and test/adversarial/bounded-heap: 50 MB
 *   bodies, a million recipients, ESLint run over src/ in a child process, and the audit's
 *   hostile inputs each in a child process with a capped heap;
 * - test/fuzz: a fresh seed on each run (a mutant would be killed or not by chance);
 * - test/phone/callingCodes.generated: a byte-for-byte check of generated data, which a sandbox's
 *   instrumented sources can never pass.
 *
 * test/mutation/setup.ts stops a failing property at its first counterexample (no shrinking).
 */
const base = require('./jest.config.cjs')

// MUTATION_TESTS=test/encoding,test/template.test.ts limits a run to a module's own tests
// (a slice: `MUTATION_TESTS=test/encoding npx stryker run -m 'src/encoding/**/*.ts'`).
const only = (process.env.MUTATION_TESTS ?? '').split(',').filter((p) => p !== '')
const sliced = only.length === 0 ? {} : { testMatch: only.map((p) => (p.endsWith('.ts') ? `<rootDir>/${p}` : `<rootDir>/${p}/**/*.test.ts`)) }

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  ...sliced,
  setupFilesAfterEnv: [...(base.setupFilesAfterEnv ?? []), '<rootDir>/test/mutation/setup.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/browser/',
    '<rootDir>/test/package/',
    '<rootDir>/test/cli/bin\\.test\\.ts$',
    '<rootDir>/test/adversarial/inputs\\.test\\.ts$',
    '<rootDir>/test/adversarial/regex\\.test\\.ts$',
    '<rootDir>/test/adversarial/bounded-heap\\.test\\.ts$',
    '<rootDir>/test/fuzz/',
    // Compares the generated calling-code data with the generator's output byte for byte; in a
    // mutation sandbox every source file starts with the line the mutation runner adds.
    '<rootDir>/test/phone/callingCodes\\.generated\\.test\\.ts$',
  ],
}
