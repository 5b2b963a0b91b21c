/**
 * Set-up for mutation runs only (jest.mutation.config.cjs): a property that fails stops at its
 * first counterexample instead of shrinking it. Shrinking makes a report readable, but a mutant
 * only needs to be seen failing, and shrinking a failure found in a large generated batch can
 * take longer than the run's time limit, which turns a killed mutant into a timeout.
 */
import fc from 'fast-check'

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true })

// Properties that set their own run count read this (see test/batch.test.ts).
process.env['MUTATION_PROPERTY_RUNS'] ??= '100'

// The tests at SPEC's scale (a million recipients) run at 1 % of it (see test/helpers.ts `scaled`):
// each mutant they cover would otherwise cost seconds.
process.env['MUTATION_SCALE'] ??= '0.01'
