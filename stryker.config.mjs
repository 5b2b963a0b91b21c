// Mutation testing (`npm run mutation`, not part of CI): StrykerJS mutates the library source
// (everything under src/ except the command line) and runs the fast jest suites against each
// mutant. The score and every surviving mutant are recorded in docs/quality.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  mutate: ['src/**/*.ts', '!src/cli/**'],
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.cjs',
    enableFindRelatedTests: false,
  },
  checkers: ['typescript'],
  // The library's own project (src minus the CLI): the tests are not type-checked per mutant.
  tsconfigFile: 'tsconfig.core.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Module-level mutants (the frozen tables, the regular expressions built once) are covered by
  // every test, so each would cost a whole suite run; they are left out and counted as ignored.
  ignoreStatic: true,
  // A loaded machine slows a suite run down; a generous limit keeps a slow run from being
  // reported as a timeout (a real infinite loop still times out).
  timeoutMS: 30000,
  timeoutFactor: 2,
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  ignorePatterns: ['dist', 'coverage', 'artifacts', 'reports', 'docs/api', 'docs/playground/dist', '*.tgz'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}

export default config
