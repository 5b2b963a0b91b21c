/**
 * The plain page of docs/guides/forms.md in a real browser: its HTML block and its form.ts
 * block (bundled as the guide says, `sms-preflight` from the library's source) served on the
 * loopback address, a system Chromium driven by playwright-core (found, or as root installed
 * from Debian's packages, by ../browser/chromium.ts), typed into as a person would.
 */
import { createServer, type Server } from 'node:http'
import { type AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import { ensureChromium } from '../browser/chromium'
import { bundleGuide } from './bundle'
import { fileOf, readGuide } from './extract'

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
/** How long to wait for the page to show a state: generous, for a shared machine. */
const WAIT = 30_000

/** What the page's form POSTed to its action, in order. */
const posted: unknown[] = []

function serve(html: string, script: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (req.method === 'POST' && path === '/batches') {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        posted.push(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        res.writeHead(201, { 'content-type': 'application/json' })
        res.end('{}')
      })
      return
    }
    const files: Record<string, [string, string]> = {
      '/': ['text/html; charset=utf-8', html],
      '/form.js': ['text/javascript; charset=utf-8', script],
    }
    if (path === '/favicon.ico') {
      // The browser asks for one; the guide's page has none.
      res.writeHead(204)
      res.end()
      return
    }
    const file = req.method === 'GET' ? files[path] : undefined
    if (file === undefined) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': file[0] })
    res.end(file[1])
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

let server: Server | undefined
let browser: Browser | undefined
let page: Page
let url: string
const pageErrors: string[] = []

// Up to 15 minutes: installing Debian's Chromium (when there is none and this is root) takes a
// minute or two on a good connection.
beforeAll(async () => {
  const executablePath = await ensureChromium()
  const guide = readGuide('forms.md')
  const script = await bundleGuide(guide.files, 'plain/form.ts', { format: 'esm' })
  server = await serve(fileOf(guide, 'plain/index.html').code, script)
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  browser = await chromium.launch({ executablePath, headless: true, args: ARGS })
  page = await browser.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())))
})

/** Loads the page afresh and waits for its module to have counted the (empty) body. */
async function load(): Promise<void> {
  await page.goto(url)
  await page.waitForFunction("document.querySelector('#counter').value !== ''", undefined, { timeout: WAIT })
}

type Shown = ReadonlyArray<readonly [severity: string, text: string]>

const listedAt = (field: string): string =>
  `Array.from(document.querySelectorAll('ul.issues[data-for="${field}"] li'), (li) => [li.className, li.textContent])`

/** The list under a field, once it shows `expected` (or after the wait, whatever it shows). */
async function issuesAt(field: string, expected: Shown): Promise<Shown> {
  await page
    .waitForFunction(`JSON.stringify(${listedAt(field)}) === ${JSON.stringify(JSON.stringify(expected))}`, undefined, { timeout: WAIT })
    .catch(() => undefined)
  return page.evaluate<Shown>(listedAt(field))
}

/** The text of an output element, once it is `expected` (or after the wait, whatever it is). */
async function outputText(id: string, expected: string): Promise<string> {
  const read = `document.querySelector('#${id}').value`
  await page.waitForFunction(`${read} === ${JSON.stringify(expected)}`, undefined, { timeout: WAIT }).catch(() => undefined)
  return page.evaluate<string>(read)
}

const FIELDS = ['sender', 'recipients', 'body', 'datacoding', ''] as const

describe("the guide's plain page", () => {
  it('shows no issue before anything is typed, then every field\'s error on Send', async () => {
    await load()
    for (const field of FIELDS) expect(await page.evaluate<Shown>(listedAt(field))).toStrictEqual([])
    await page.click('button[type=submit]')
    expect(await issuesAt('sender', [['error', 'The sender must not be empty or only white space.']])).toStrictEqual([
      ['error', 'The sender must not be empty or only white space.'],
    ])
    expect(await issuesAt('recipients', [['error', 'There must be at least one recipient ("default" alone is not one).']])).toStrictEqual([
      ['error', 'There must be at least one recipient ("default" alone is not one).'],
    ])
    expect(await issuesAt('body', [['error', 'The body must not be empty or only white space.']])).toStrictEqual([
      ['error', 'The body must not be empty or only white space.'],
    ])
    expect(posted).toStrictEqual([])
  })

  it('shows the errors and the warning of each field as it is typed, in English and then Swedish, and sends once they are fixed', async () => {
    await load()

    await page.locator('#sender').pressSequentially('Blomsterhandeln')
    const sender: Shown = [['error', 'An alphanumeric sender has 3 to 11 characters; this one has 15.']]
    expect(await issuesAt('sender', sender)).toStrictEqual(sender)
    // The other fields have errors too (they are empty), but nobody has typed there yet.
    expect(await page.evaluate<Shown>(listedAt('recipients'))).toStrictEqual([])
    expect(await page.evaluate<Shown>(listedAt('body'))).toStrictEqual([])

    await page.locator('#recipients').pressSequentially('46701234567\n+46701234560\n046701234568\n')
    const recipients: Shown = [
      ['error', 'Line 2: A recipient MSISDN has digits only; found "+". Write the number without the leading "+": country code then number, e.g. 46701234567.'],
      ['warning', 'Line 3: 046701234568 starts with 0: it looks like a national number; write it as country code + number.'],
    ]
    expect(await issuesAt('recipients', recipients)).toStrictEqual(recipients)

    // 21 UTF-16 code units with an en dash: one UCS-2 segment of 70, 49 left; no error.
    await page.locator('#body').pressSequentially('Vårrea – 20 % på allt')
    expect(await outputText('counter', 'UCS-2 · 1 segment · 49 left')).toBe('UCS-2 · 1 segment · 49 left')
    expect(await issuesAt('body', [])).toStrictEqual([])

    await page.selectOption('#datacoding', 'gsm')
    const body: Shown = [['error', 'With datacoding "gsm" every character must be in the GSM 03.38 alphabet; found "–" at 7. GSM look-alikes exist for "–" (→ "-").']]
    expect(await issuesAt('body', body)).toStrictEqual(body)
    expect(await outputText('counter', 'Not in GSM-7: "–"')).toBe('Not in GSM-7: "–"')

    await page.selectOption('#language', 'sv')
    const sv: Record<string, Shown> = {
      sender: [['error', 'En alfanumerisk avsändare har 3–11 tecken; den här har 15.']],
      recipients: [
        [
          'error',
          'Rad 2: Ett mottagarnummer (MSISDN) får bara innehålla siffror; det här innehåller "+". Skriv numret utan inledande "+": landsnummer och sedan nummer, till exempel 46701234567.',
        ],
        ['warning', 'Rad 3: 046701234568 börjar med 0 och ser ut som ett nationellt nummer; skriv det som landsnummer följt av numret.'],
      ],
      body: [
        ['error', 'Med teckenkodningen "gsm" måste alla tecken finnas i GSM 03.38-alfabetet, men "–" (index 7) finns inte där. Liknande GSM-tecken finns: "–" → "-".'],
      ],
    }
    for (const [field, shown] of Object.entries(sv)) expect(await issuesAt(field, shown)).toStrictEqual(shown)
    expect(await outputText('counter', 'Finns inte i GSM-7: "–"')).toBe('Finns inte i GSM-7: "–"')
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('sv')

    // Errors stop Send.
    await page.click('button[type=submit]')
    expect(await issuesAt('sender', sv['sender'] ?? [])).toStrictEqual(sv['sender'])
    expect(posted).toStrictEqual([])

    // Fixed: a shorter sender, the "+" number gone, a hyphen for the dash. The warning stays and
    // does not stop Send.
    await page.fill('#sender', 'Blomster')
    await page.fill('#recipients', '46701234567\n046701234568')
    await page.fill('#body', 'Vårrea - 20 % på allt')
    expect(await issuesAt('sender', [])).toStrictEqual([])
    const warning: Shown = [['warning', 'Rad 2: 046701234568 börjar med 0 och ser ut som ett nationellt nummer; skriv det som landsnummer följt av numret.']]
    expect(await issuesAt('recipients', warning)).toStrictEqual(warning)
    expect(await issuesAt('body', [])).toStrictEqual([])
    // 21 septets ("å" is in the GSM basic table): one GSM-7 segment of 160, 139 left.
    expect(await outputText('counter', 'GSM-7 · 1 segment · 139 kvar')).toBe('GSM-7 · 1 segment · 139 kvar')

    await page.click('button[type=submit]')
    expect(await outputText('status', 'Skickat.')).toBe('Skickat.')
    expect(posted).toStrictEqual([
      { sender: 'Blomster', recipients: ['46701234567', '046701234568'], body: 'Vårrea - 20 % på allt', datacoding: 'gsm' },
    ])
    expect(pageErrors).toStrictEqual([])
  })
})
