// The sms-preflight/numbers entry stays opt-in: no module the main entry loads imports
// libphonenumber-js or the entry, and package.json declares libphonenumber-js an optional peer.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import * as numbers from '../../src/numbers'

const ROOT = join(__dirname, '..', '..')
const SRC = join(ROOT, 'src')

/** The specifiers a module imports or re-exports (static and dynamic), comments left out. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"]+)\1/g)].map((m) => m[2] ?? '')
}

/** Every module of src/ that `entry` loads, itself included, with the packages they import. */
function graph(entry: string): { readonly modules: ReadonlyArray<string>; readonly packages: ReadonlyArray<string> } {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    for (const spec of specifiers(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec)
        continue
      }
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'))
      if (existsSync(target)) visit(target)
      else if (existsSync(join(target, 'index.ts'))) visit(join(target, 'index.ts'))
      else throw new Error(`${file}: cannot resolve ${spec}`)
    }
  }
  visit(entry)
  return { modules: [...seen].map((f) => f.slice(SRC.length + 1)).sort(), packages: [...packages].sort() }
}

describe('sms-preflight/numbers', () => {
  it('exports numberType, NUMBER_TYPES and NOT_MOBILE_TYPES', () => {
    expect(Object.keys(numbers).sort()).toStrictEqual(['NOT_MOBILE_TYPES', 'NUMBER_TYPES', 'numberType'])
  })

  it('is the only entry that imports libphonenumber-js: no module the main entry loads does', () => {
    const main = graph(join(SRC, 'index.ts'))
    expect(main.packages.filter((p) => p.startsWith('libphonenumber-js'))).toStrictEqual([])
    expect(main.modules.filter((m) => m.startsWith('numbers/'))).toStrictEqual([])
    expect(graph(join(SRC, 'numbers', 'index.ts')).packages).toStrictEqual(['libphonenumber-js/max'])
  })

  it('declares libphonenumber-js an optional peer dependency, at the version the tests pin', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      peerDependencies?: Record<string, string>
      peerDependenciesMeta?: Record<string, { optional?: boolean }>
      devDependencies?: Record<string, string>
      dependencies?: Record<string, string>
    }
    expect(pkg.peerDependencies?.['libphonenumber-js']).toBe('^1.13.16')
    expect(pkg.peerDependenciesMeta?.['libphonenumber-js']).toStrictEqual({ optional: true })
    expect(pkg.devDependencies?.['libphonenumber-js']).toBe('1.13.16')
    expect(pkg.dependencies?.['libphonenumber-js']).toBeUndefined()
  })
})
