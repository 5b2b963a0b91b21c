/**
 * `npm pack` in a fresh clone publishes what it builds: package.json's `prepack` script builds
 * dist/ first. The files git would commit (tracked and new ones, from the working tree, never
 * ignored ones such as dist/ or node_modules/) are copied to a temporary directory with no
 * dist/, node_modules/ is linked in (no network), and `npm pack --dry-run --json` lists the
 * tarball it would write. (scripts/pack-check.mjs, run by package.test.ts, builds dist/ itself
 * and packs with --ignore-scripts; this test is the one that proves `npm pack` alone suffices.)
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const root = join(__dirname, '..', '..')

interface PackedFile {
  readonly path: string
}

interface Manifest {
  readonly license?: string
  readonly main?: string
  readonly module?: string
  readonly types?: string
  readonly bin?: string | Readonly<Record<string, string>>
  readonly exports?: unknown
}

/** Every file path a package.json names: main, module, types, bin and each target of exports. */
function namedFiles(pkg: Manifest): string[] {
  const out: string[] = []
  const visit = (v: unknown): void => {
    if (typeof v === 'string') out.push(v)
    else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) visit(x)
  }
  visit([pkg.main, pkg.module, pkg.types, pkg.bin, pkg.exports])
  return [...new Set(out.map((p) => p.replace(/^\.\//, '')))].filter((p) => p !== 'package.json').sort()
}

/** The JSON npm prints after whatever the prepack script printed. */
function packJson(stdout: string): ReadonlyArray<PackedFile> {
  const start = stdout.startsWith('[') ? 0 : stdout.indexOf('\n[') + 1
  const parsed = JSON.parse(stdout.slice(start)) as ReadonlyArray<{ files: ReadonlyArray<PackedFile> }>
  return parsed[0]?.files ?? []
}

describe('npm pack from a clean state', () => {
  const stage = mkdtempSync(join(tmpdir(), 'sms-preflight-clean-pack-'))
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest
  let distBefore = true
  let status: number | null = null
  let output = ''
  let files: string[] = []

  beforeAll(() => {
    const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
    for (const file of listed.stdout.split('\0')) {
      const from = join(root, file)
      // A tracked file deleted in the working tree is not copied, as a commit would not have it.
      if (file === '' || !existsSync(from) || !statSync(from).isFile()) continue
      mkdirSync(dirname(join(stage, file)), { recursive: true })
      copyFileSync(from, join(stage, file))
    }
    distBefore = existsSync(join(stage, 'dist'))
    symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir')
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const packed = spawnSync(npm, ['pack', '--dry-run', '--json', '--offline'], {
      cwd: stage,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', npm_config_ignore_scripts: 'false' },
    })
    status = packed.status
    output = `${packed.stdout}\n${packed.stderr}`
    if (packed.status === 0) files = packJson(packed.stdout).map((f) => f.path).sort()
  }, 180_000)

  afterAll(() => rmSync(stage, { recursive: true, force: true }))

  it('starts without dist/, as a fresh clone does (dist/ is ignored by git)', () => {
    expect(distBefore).toBe(false)
  })

  it('runs the prepack script, which builds dist/, and exits 0', () => {
    expect({ status, output }).toStrictEqual({ status: 0, output })
    expect(existsSync(join(stage, 'dist', 'cjs', 'index.js'))).toBe(true)
  })

  it('packs every file package.json names (main, module, types, bin and each exports target)', () => {
    const named = namedFiles(pkg)
    expect(named).toEqual(expect.arrayContaining(['dist/cjs/index.js', 'dist/esm/index.js', 'dist/mjs/index.js', 'bin/sms-preflight.cjs']))
    expect(named.filter((f) => !files.includes(f))).toStrictEqual([])
  })

  it('packs the CommonJS, bundler ESM and Node ESM builds with their declarations', () => {
    for (const flavour of ['cjs', 'esm', 'mjs']) {
      const inFlavour = files.filter((f) => f.startsWith(`dist/${flavour}/`))
      expect({ flavour, js: inFlavour.some((f) => f.endsWith('.js')), dts: inFlavour.some((f) => f.endsWith('.d.ts')) }).toStrictEqual({
        flavour,
        js: true,
        dts: true,
      })
    }
  })

  it('packs the MIT LICENSE that package.json names, the README, package.json and every bundled example', () => {
    expect(pkg.license).toBe('MIT')
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the sms-preflight authors\n/)
    const examples = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'examples'], { cwd: root, encoding: 'utf8' })
      .stdout.split('\n')
      .filter((f) => f.endsWith('.json'))
    expect(examples.length).toBeGreaterThan(0)
    expect(['LICENSE', 'README.md', 'package.json', ...examples].filter((f) => !files.includes(f))).toStrictEqual([])
  })

  it('packs the JSON files package.json exports: openapi.json and the conformance vectors with their README', () => {
    const json = ['openapi.json', 'test/conformance/requests.json', 'test/conformance/json-text.json', 'test/conformance/segments.json', 'test/conformance/README.md']
    expect(json.filter((f) => !files.includes(f))).toStrictEqual([])
    expect(files.filter((f) => f.startsWith('test/') && !json.includes(f))).toStrictEqual([])
  })

  it('packs nothing but dist/, bin/, examples/, LICENSE, README.md, package.json and the exported JSON files: no source, tests, docs or scripts', () => {
    const exported = ['openapi.json', 'test/conformance/requests.json', 'test/conformance/json-text.json', 'test/conformance/segments.json', 'test/conformance/README.md']
    const allowed = (f: string): boolean =>
      f.startsWith('dist/') ||
      f.startsWith('bin/') ||
      f.startsWith('examples/') ||
      ['LICENSE', 'README.md', 'package.json', ...exported].includes(f)
    expect(files.filter((f) => !allowed(f))).toStrictEqual([])
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toStrictEqual([])
  })
})
