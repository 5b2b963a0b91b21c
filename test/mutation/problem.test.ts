/**
 * Tests written to kill mutants of src/server/problem.ts that its own tests left alive: where
 * the default `detail` places the first error, which needs both a line and a column.
 */
import type { Issue } from '../../src/issue'
import { toProblemDetails } from '../../src/server/problem'

const issue = (source: unknown): Issue =>
  ({ severity: 'error', code: 'body.empty', path: '/body', message: 'The body is empty.', source }) as unknown as Issue

describe('toProblemDetails: the place of the first error in detail', () => {
  it('gives the line and column when the issue has both', () => {
    expect(toProblemDetails([issue({ line: 3, column: 7, offset: 40, length: 2 })]).detail).toBe('At /body (line 3, column 7): The body is empty.')
  })

  // A place is a line and a column together: half of one is no place, and nothing says "undefined".
  it('gives the pointer alone when the line or the column is missing', () => {
    expect(toProblemDetails([issue({ line: 3 })]).detail).toBe('At /body: The body is empty.')
    expect(toProblemDetails([issue({ column: 7 })]).detail).toBe('At /body: The body is empty.')
    expect(toProblemDetails([issue(undefined)]).detail).toBe('At /body: The body is empty.')
  })
})
