/**
 * Where the browser suite's Chromium comes from (test/browser/chromium.ts), for every kind of
 * machine, without touching this one: the rule is "a system Chromium, or Debian's installed by
 * apt-get as root, never a browser download; otherwise a message saying how to install it".
 */
import { CANDIDATES, INSTALL, planChromium, type Machine } from './chromium'

const machine = (over: Partial<Machine> & { files?: ReadonlyArray<string> } = {}): Machine => {
  const files = new Set(over.files ?? ['/usr/bin/apt-get'])
  return { chromiumPath: over.chromiumPath, isRoot: over.isRoot ?? true, exists: over.exists ?? ((p) => files.has(p)) }
}

describe('planChromium', () => {
  it('uses CHROMIUM_PATH when it names a file, before any usual place', () => {
    const plan = planChromium(machine({ chromiumPath: '/opt/chrome/chrome', files: ['/opt/chrome/chrome', '/usr/bin/chromium'] }))
    expect(plan).toStrictEqual({ kind: 'use', path: '/opt/chrome/chrome' })
  })

  it('fails, saying how to install, when CHROMIUM_PATH names no file (never installs over it)', () => {
    const plan = planChromium(machine({ chromiumPath: '/nowhere/chrome' }))
    expect(plan.kind).toBe('fail')
    expect(plan.kind === 'fail' ? plan.message : '').toMatch(/CHROMIUM_PATH is "\/nowhere\/chrome".*apt-get update && apt-get install -y chromium/)
  })

  it("uses Debian's /usr/bin/chromium, then /usr/bin/chromium-browser", () => {
    expect(planChromium(machine({ files: ['/usr/bin/chromium', '/usr/bin/chromium-browser'] }))).toStrictEqual({ kind: 'use', path: '/usr/bin/chromium' })
    expect(planChromium(machine({ files: ['/usr/bin/chromium-browser'] }))).toStrictEqual({ kind: 'use', path: '/usr/bin/chromium-browser' })
    expect(CANDIDATES.slice(0, 2)).toStrictEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser'])
  })

  it('treats an empty CHROMIUM_PATH as unset', () => {
    expect(planChromium(machine({ chromiumPath: '', files: ['/usr/bin/chromium'] }))).toStrictEqual({ kind: 'use', path: '/usr/bin/chromium' })
  })

  it("installs Debian's chromium package with apt-get as root when there is none, and nothing else", () => {
    expect(planChromium(machine({ isRoot: true }))).toStrictEqual({ kind: 'install', commands: INSTALL })
    expect(INSTALL.map((argv) => argv.filter((a) => !a.startsWith('DPkg::') && a !== '-o'))).toStrictEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'chromium'],
    ])
  })

  it('fails, saying how to install, when there is none and the process is not root', () => {
    const plan = planChromium(machine({ isRoot: false }))
    expect(plan.kind).toBe('fail')
    expect(plan.kind === 'fail' ? plan.message : '').toMatch(/found none .*not root.*apt-get update && apt-get install -y chromium.*CHROMIUM_PATH/)
  })

  it('fails, naming CHROMIUM_PATH, as root on a system without apt-get', () => {
    const plan = planChromium(machine({ isRoot: true, files: [] }))
    expect(plan.kind).toBe('fail')
    expect(plan.kind === 'fail' ? plan.message : '').toMatch(/no apt-get.*CHROMIUM_PATH/)
  })
})
