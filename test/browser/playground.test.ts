/**
 * The playground in a real browser: a system Chromium driven by playwright-core, found (or, as
 * root, installed from Debian's packages) by ./chromium.ts; never a browser download. Builds
 * the page with scripts/playground.mjs, serves it on the loopback address, types into it as a
 * person would, and checks what the page shows. Keeps a screenshot in artifacts/playground.png.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { ensureChromium } from './chromium'

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]
const root = join(__dirname, '..', '..')
const site = join(root, 'docs', 'playground', 'dist')
const screenshot = join(root, 'artifacts', 'playground.png')
/** "Now" for the page, so that the default delivery window is fixed. */
const NOW = '2026-01-01T00:00:00Z'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
}

function serveDir(dir: string): Promise<Server> {
  const base = normalize(dir + sep)
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const file = normalize(join(base, decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html'))
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

let server: Server | undefined
let context: BrowserContext | undefined
let userDataDir: string | undefined
let page: Page
const pageErrors: string[] = []
/** The paths of the scripts the page has requested, in order. */
const scripts: string[] = []

// Up to 15 minutes: installing Debian's Chromium (when there is none and this is root) takes a
// minute or two on a good connection.
beforeAll(async () => {
  const executablePath = await ensureChromium()
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'playground.mjs')], { cwd: root, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`building the playground failed:\n${built.stdout}\n${built.stderr}`)
  server = await serveDir(site)
  const { port } = server.address() as AddressInfo
  userDataDir = mkdtempSync(join(tmpdir(), 'playground-chromium-'))
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  await page.goto(`http://127.0.0.1:${port}/?now=${encodeURIComponent(NOW)}`)
  await page.waitForSelector('html[data-ready="true"]')
}, 900_000)

afterAll(async () => {
  await context?.close()
  await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())))
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true })
})

const text = (selector: string): Promise<string> => page.locator(selector).innerText()

async function counter(): Promise<{ encoding: string; units: string; segments: string; remaining: string }> {
  return {
    encoding: await text('#counter-encoding'),
    units: await text('#counter-units'),
    segments: await text('#counter-segments'),
    remaining: await text('#counter-remaining'),
  }
}

/** An attribute of each element a locator finds, in order. */
async function attributes(found: Locator, name: string): Promise<Array<string | null>> {
  const values: Array<string | null> = []
  for (let i = 0; i < (await found.count()); i++) values.push(await found.nth(i).getAttribute(name))
  return values
}

/** Empties the body and types `typed` key by key, as a person would. */
async function typeBody(typed: string): Promise<void> {
  await page.fill('#body', '')
  await page.locator('#body').pressSequentially(typed)
}

describe('playground', () => {
  it('labels every control of the form', async () => {
    // Every visible input, textarea and select has a <label for> (or is inside a <label>).
    const unlabelled = await page.evaluate(`Array.from(document.querySelectorAll('input:not([type=hidden]), textarea, select'))
      .filter((el) => !(el.labels && el.labels.length > 0))
      .map((el) => el.id)`)
    expect(unlabelled).toStrictEqual([])
  })

  it('counts a GSM body as it is typed, an extension character as 2 septets', async () => {
    await page.selectOption('#datacoding', 'ucs')
    await typeBody('Hello world')
    // 11 GSM characters: 11 septets of the 160 of a single message.
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '11', segments: '1', remaining: '149' })
    await page.locator('#body').press('End')
    await page.keyboard.insertText('€')
    // SPEC: "the extension characters ^ { } \ [ ~ ] |, € and form feed cost 2 septets".
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '13', segments: '1', remaining: '147' })
    expect(await page.locator('#body-mirror mark').count()).toBe(0)
  })

  it('splits 161 GSM characters into 2 segments of 153 and 8', async () => {
    await page.selectOption('#datacoding', 'ucs')
    await page.fill('#body', 'a'.repeat(160))
    // "160 septets single": exactly full.
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '160', segments: '1', remaining: '0' })
    await page.locator('#body').press('End')
    await page.keyboard.type('a')
    // 161 > 160: parts of 153, so 153 + 8 and 145 left in the second part.
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '161', segments: '2', remaining: '145' })
    const parts = page.locator('#preview li.message').first().locator('.part')
    expect(await parts.count()).toBe(2)
    expect(await parts.nth(0).getAttribute('class')).toBe('part part-even')
    expect(await parts.nth(1).getAttribute('class')).toBe('part part-odd')
  })

  it('switches to UCS-2 when an emoji is added, and marks it in the body', async () => {
    await page.locator('#body').press('End')
    await page.keyboard.insertText('😀')
    // 161 'a' + one emoji (a surrogate pair, 2 code units) = 163 UTF-16 code units; UCS-2
    // parts hold 67, so 67 + 67 + 29 (no boundary falls inside the pair), 38 left.
    expect(await counter()).toStrictEqual({ encoding: 'ucs', units: '163', segments: '3', remaining: '38' })
    expect(await page.locator('#body-mirror mark').allInnerTexts()).toStrictEqual(['😀'])
    expect(await page.locator('#preview li.message').first().locator('.part').count()).toBe(3)
    // An emoji has no GSM look-alike: no offer.
    expect(await page.locator('#lookalikes').isVisible()).toBe(false)
  })

  it('lists message.not_gsm with datacoding gsm, pointing at the character', async () => {
    await page.selectOption('#datacoding', 'gsm')
    // GSM only: the emoji cannot be sent, so the counter gives the body no GSM length at all
    // (not "GSM 7-bit, 162 septets") and says why, naming the character.
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '—', segments: '—', remaining: '—' })
    expect(await text('#counter-encoding-name')).toBe('cannot be sent as GSM 7-bit')
    expect(await text('#counter')).not.toContain('septet')
    expect(await text('#counter-unsendable')).toBe(
      'With data coding gsm this body cannot be sent: 😀 (U+1F600) is not in the GSM alphabet. Replace or remove it, or choose ucs.',
    )
    expect(await text('#body-issues')).toContain('"😀" at 161')
    const issue = page.locator('#issues li[data-code="message.not_gsm"]')
    expect(await issue.count()).toBe(1)
    expect(await issue.innerText()).toContain('"😀" at 161')
    // The recipients and the body compose, so the price stands, with a note that errors remain.
    expect(await text('#price-note')).toBe('The request still has errors: this is what it costs once they are fixed.')
    await issue.getByRole('button').click()
    expect(await page.locator('#body:focus').count()).toBe(1)
    // The emoji (code units 161 and 162) is selected.
    expect(await page.evaluate('[document.activeElement.selectionStart, document.activeElement.selectionEnd]')).toStrictEqual([161, 163])
  })

  it('applies the look-alike offer, which brings a curly quote back to GSM', async () => {
    await page.selectOption('#datacoding', 'ucs')
    await typeBody('It')
    await page.keyboard.insertText('’')
    await page.keyboard.type('s done')
    // The right single quotation mark is not in GSM: UCS-2, 9 code units.
    expect(await counter()).toStrictEqual({ encoding: 'ucs', units: '9', segments: '1', remaining: '61' })
    expect(await page.locator('#issues li[data-code="message.ucs_lookalikes"]').count()).toBe(1)
    expect(await page.locator('#lookalikes').isVisible()).toBe(true)
    await page.click('#apply-lookalikes')
    expect(await page.inputValue('#body')).toBe("It's done")
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '9', segments: '1', remaining: '151' })
    expect(await page.locator('#issues li[data-code="message.ucs_lookalikes"]').count()).toBe(0)
    expect(await page.locator('#lookalikes').isVisible()).toBe(false)
    expect(await page.locator('#body:focus').count()).toBe(1)
  })

  it('prices the batch, with the priority 2 surcharge', async () => {
    await page.fill('#recipients', '46701234567\n46709876543')
    await typeBody('Hello world')
    await page.fill('#price-per-segment', '0.35')
    await page.selectOption('#account', 'SE')
    await page.selectOption('#priority', '1')
    // 2 recipients × 1 segment × 0.35 SEK.
    expect(await text('#price-total')).toBe('0.7000 SEK')
    await page.selectOption('#priority', '2')
    // "Priority 2 adds 10 öre per SMS segment on a Swedish account": 2 × (0.35 + 0.10).
    expect(await text('#price-total')).toBe('0.9000 SEK')
    expect(await text('#issues')).toContain('No issues')
  })

  it('shows an invalid price next to its field and still every issue of the request', async () => {
    await page.fill('#sender', 'A')
    await page.fill('#price-per-segment', '1e3')
    // The pricing options' own message, under the price field, which is marked invalid.
    expect(await text('#price-error')).toBe('"1e3" is not a plain decimal such as "0.35" or "0.0595".')
    expect(await page.locator('#price-per-segment').getAttribute('aria-invalid')).toBe('true')
    // The request's issue is not hidden by it (a 1-character sender: sender.alphanumeric_length).
    expect(await page.locator('#issues li[data-code="sender.alphanumeric_length"]').count()).toBe(1)
    expect(await page.locator('#issues li[data-code="pricing.price_invalid"]').count()).toBe(1)
    expect(await text('#price')).toContain('Fix the price per segment')
    await page.fill('#sender', 'Acme')
    await page.fill('#price-per-segment', '0.35')
    expect(await page.locator('#price-error').isVisible()).toBe(false)
    expect(await page.locator('#price-per-segment').getAttribute('aria-invalid')).toBeNull()
  })

  it('previews each recipient of a templated batch and points issues at their line', async () => {
    await page.selectOption('#priority', '1')
    await page.fill('#recipients', '{"46701234567": {"name": "Ada"}, "46709876543": {}, "default": {"name": "friend"}}')
    await typeBody('Hi {name}, your order has shipped.')
    expect(await page.locator('#preview li.message .part-text').allInnerTexts()).toStrictEqual([
      'Hi Ada, your order has shipped.',
      'Hi friend, your order has shipped.',
    ])
    // Each recipient shows its country and its number status (46 = Sweden, 9 digits after it).
    expect(await page.locator('#preview li.message .number-status').allInnerTexts()).toStrictEqual([
      '+46 SE · plausible number',
      '+46 SE · plausible number',
    ])
    // Broken JSON is reported, and the rest of the form is still checked.
    await page.fill('#recipients', '{"46701234567": ')
    expect(await page.locator('#issues li[data-code="playground.invalid_json"]').count()).toBe(1)
    // A list with a bad number on its second line: recipient.non_digit at /recipients/1.
    await page.fill('#recipients', '46701234567\n\n+46709876543')
    const issue = page.locator('#issues li[data-code="recipient.non_digit"]')
    expect(await issue.count()).toBe(1)
    // By keyboard this time: the issue's button takes the focus and Enter presses it.
    await issue.getByRole('button').focus()
    await page.keyboard.press('Enter')
    expect(await page.locator('#recipients:focus').count()).toBe(1)
    // The selection is the third line of the textarea (after "46701234567\n\n": 13 code units).
    expect(await page.evaluate('[document.activeElement.selectionStart, document.activeElement.selectionEnd]')).toStrictEqual([13, 25])
  })

  it('says under gsm that replacing the look-alikes makes the body sendable, never that it stays UCS-2', async () => {
    await page.fill('#recipients', '46701234567\n46709876543')
    await page.selectOption('#datacoding', 'gsm')
    await typeBody('It')
    await page.keyboard.insertText('’')
    await page.keyboard.type('s done')
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '—', segments: '—', remaining: '—' })
    expect(await text('#lookalikes-summary')).toBe(
      'With data coding gsm this body cannot be sent as it is. Replacing 1 character with GSM look-alikes makes it sendable: 1 segment.',
    )
    // With an emoji as well, replacing the quote is not enough: the panel names what is left.
    await page.locator('#body').press('End')
    await page.keyboard.insertText('😀')
    const summary = await text('#lookalikes-summary')
    expect(summary).toBe(
      '1 character has a GSM look-alike, but even with it replaced the body cannot be sent with data coding gsm: 😀 (U+1F600) has no GSM look-alike.',
    )
    expect(summary).not.toContain('UCS-2')
    // The preview (each recipient's message, composed although the body cannot be sent) does
    // not count it in septets either.
    expect(await page.locator('#preview li.message .message-stats').allInnerTexts()).toStrictEqual([
      'gsm · cannot be sent as GSM 7-bit: ’ (U+2019) and 😀 (U+1F600)',
      'gsm · cannot be sent as GSM 7-bit: ’ (U+2019) and 😀 (U+1F600)',
    ])
    // Under ucs the same body does stay UCS-2, and the panel says so.
    await page.selectOption('#datacoding', 'ucs')
    expect(await text('#lookalikes-summary')).toContain('the body stays UCS-2 because of other characters')
  })

  it('has a control for every field of the request, each showing its own issues', async () => {
    for (const id of ['sender', 'recipients', 'body', 'type', 'datacoding', 'priority', 'windows', 'delivery-report-url', 'reference', 'tags']) {
      expect(await page.locator(`#${id}`).isVisible()).toBe(true)
    }
    // A key written twice in the recipients' JSON (JSON.parse would keep the last silently).
    await page.fill('#recipients', '{"46701234567": {}, "46701234567": {"name": "Ada"}}')
    expect(await page.locator('#recipients-issues li[data-code="json.duplicate_key"]').count()).toBe(1)
    await page.locator('#issues li[data-code="json.duplicate_key"]').getByRole('button').click()
    expect(await page.evaluate('[document.activeElement.id, document.activeElement.selectionStart, document.activeElement.selectionEnd]')).toStrictEqual(['recipients', 20, 33])
    await page.fill('#recipients', '46701234567')
    await page.fill('#body', 'Hello')
    await page.selectOption('#type', 'flash')
    await page.fill('#sender', 'A')
    await page.fill('#reference', 'r'.repeat(41))
    await page.fill('#delivery-report-url', 'ftp://example.com/reports')
    await page.fill('#tags', 'spring\nspring\n sale')
    await page.fill('#windows', '[{"opens": "2026-01-02T09:00:00Z", "closes": "2026-01-02T08:00:00Z"}]')
    const at = async (list: string): Promise<Array<{ code: string | null; path: string | null }>> =>
      page.locator(`#${list} li.field-issue`).evaluateAll((items) => items.map((li) => ({ code: li.getAttribute('data-code'), path: li.getAttribute('data-path') })))
    expect(await at('sender-issues')).toStrictEqual([{ code: 'sender.alphanumeric_length', path: '/sender' }])
    expect(await at('reference-issues')).toStrictEqual([{ code: 'reference.too_long', path: '/reference' }])
    expect(await at('delivery-report-url-issues')).toStrictEqual([{ code: 'deliveryReportUrl.invalid', path: '/deliveryReportUrl' }])
    const tagIssues = await at('tags-issues')
    expect(tagIssues).toHaveLength(2)
    expect(tagIssues).toEqual(expect.arrayContaining([{ code: 'tag.duplicate', path: '/tags/1' }, { code: 'tag.whitespace', path: '/tags/2' }]))
    expect(await at('windows-issues')).toStrictEqual([{ code: 'window.closes_before_opens', path: '/deliveryWindows/0' }])
    expect(await at('type-issues')).toStrictEqual([])
    expect(await text('#reference-issues')).toContain('at most 40 characters')
    // An error marks its control invalid; a warning alone does not.
    expect(await page.locator('#reference').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#tags').getAttribute('aria-invalid')).toBeNull()
    await page.fill('#delivery-report-url', 'http://example.com/reports')
    expect(await at('delivery-report-url-issues')).toStrictEqual([{ code: 'deliveryReportUrl.not_https', path: '/deliveryReportUrl' }])
    // The issue in the main list goes to the third line of the tags (after "spring\nspring\n").
    await page.locator('#issues li[data-code="tag.whitespace"]').getByRole('button').click()
    expect(await page.evaluate('[document.activeElement.id, document.activeElement.selectionStart, document.activeElement.selectionEnd]')).toStrictEqual(['tags', 14, 19])
    // Fixed, every field is quiet again.
    await page.fill('#sender', 'Acme')
    await page.fill('#reference', 'spring-sale')
    await page.fill('#delivery-report-url', 'https://example.com/reports')
    await page.fill('#tags', 'spring')
    await page.fill('#windows', '')
    expect(await page.locator('#batch-form li.field-issue').count()).toBe(0)
    expect(await text('#issues')).toContain('No issues')
  })

  it('carries the request to the JSON mode and marks each issue at its line and column', async () => {
    await page.check('#mode-json')
    expect(await page.locator('#request-json').isVisible()).toBe(true)
    expect(await page.locator('#sender').isVisible()).toBe(false)
    // The form's request, exactly as the form checked it.
    expect(JSON.parse(await page.inputValue('#request-json'))).toStrictEqual({
      sender: 'Acme',
      recipients: ['46701234567'],
      body: 'Hello',
      type: 'flash',
      datacoding: 'ucs',
      priority: 1,
      deliveryReportUrl: 'https://example.com/reports',
      reference: 'spring-sale',
      tags: ['spring'],
    })
    expect(await text('#issues')).toContain('No issues')
    // A key written twice: json.duplicate_key at the later key, line 3, column 3.
    const duplicated = '{\n  "sender": "Acme",\n  "sender": "Shop",\n  "recipients": ["46701234567"],\n  "body": "Hi"\n}'
    await page.fill('#request-json', duplicated)
    const issue = page.locator('#request-json-issues li[data-code="json.duplicate_key"]')
    expect(await issue.count()).toBe(1)
    expect(await issue.locator('.issue-position').innerText()).toBe('line 3, column 3')
    await issue.locator('.issue-position').click()
    const offset = duplicated.indexOf('"sender"', 5)
    expect(await page.evaluate('[document.activeElement.id, document.activeElement.selectionStart, document.activeElement.selectionEnd]')).toStrictEqual([
      'request-json',
      offset,
      offset + '"sender"'.length,
    ])
    // The same issue in the main list, with its place.
    expect(await page.locator('#issues li[data-code="json.duplicate_key"] .issue-position').innerText()).toBe('line 3, column 3')
    // Text that is not JSON: json.invalid where it stops being JSON.
    await page.fill('#request-json', '{"sender": }')
    const invalid = page.locator('#request-json-issues li[data-code="json.invalid"]')
    expect(await invalid.locator('.issue-position').innerText()).toBe('line 1, column 12')
    await invalid.locator('.issue-position').click()
    expect(await page.evaluate('[document.activeElement.selectionStart, document.activeElement.selectionEnd]')).toStrictEqual([11, 12])
    // It cannot be carried to the form while it does not parse: the switch stays on JSON.
    await page.click('#mode-form')
    expect(await page.locator('#mode-json').isChecked()).toBe(true)
    expect(await page.locator('#mode-notice').isVisible()).toBe(true)
    expect(await page.locator('#request-json').isVisible()).toBe(true)
  })

  it('carries the JSON back to the form, values the form has no option for included', async () => {
    await page.fill(
      '#request-json',
      JSON.stringify({ Sender: 'Acme', recipients: ['46701234567', '46709876543'], body: 'Hi', type: 'flashsms', tags: ['a', 'b'], campaign: 'x' }),
    )
    await page.check('#mode-form')
    expect(await page.locator('#sender').isVisible()).toBe(true)
    expect(await page.inputValue('#sender')).toBe('Acme')
    expect(await page.inputValue('#recipients')).toBe('46701234567\n46709876543')
    expect(await page.inputValue('#tags')).toBe('a\nb')
    // "flashsms" is kept (the select shows it) and its issue stands at the type field.
    expect(await page.locator('#type option:checked').innerText()).toBe('"flashsms"')
    expect(await page.locator('#type-issues li[data-code="type.invalid"]').count()).toBe(1)
    // A field the form has no control for is kept, said so, and still checked.
    expect(await text('#extras-text')).toBe('Kept from the JSON, with no field of their own in the form: "campaign".')
    expect(await page.locator('#issues li[data-code="request.unknown_field"]').count()).toBe(1)
    await page.click('#drop-extras')
    expect(await page.locator('#extras').isVisible()).toBe(false)
    expect(await page.locator('#issues li[data-code="request.unknown_field"]').count()).toBe(0)
    await page.selectOption('#type', '')
    await page.fill('#tags', '')
    expect(await text('#issues')).toContain('No issues')
  })

  it('switches every message on the page to Swedish and back', async () => {
    await page.fill('#sender', 'A')
    await page.selectOption('#datacoding', 'gsm')
    await page.fill('#body', 'Hej 😀')
    await page.selectOption('#lang', 'sv')
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    expect(await text('label[for="sender"]')).toBe('Avsändare')
    expect(await text('#issues-title')).toContain('Problem')
    // The library's messages, at the field and in the list.
    const swedish = 'En alfanumerisk avsändare har 3–11 tecken; den här har 1.'
    expect(await text('#sender-issues')).toContain(swedish)
    expect(await text('#issues li[data-code="sender.alphanumeric_length"] .issue-message')).toBe(swedish)
    expect(await text('#issues li[data-code="message.not_gsm"] .issue-message')).toContain('Med teckenkodningen "gsm"')
    expect(await text('#issues-count')).toBe('(2 fel, 0 varningar)')
    // The page's own sentences.
    expect(await text('#counter-encoding-name')).toBe('kan inte skickas som GSM 7-bit')
    expect(await text('#counter-unsendable')).toContain('Med teckenkodningen gsm kan den här texten inte skickas')
    expect(await text('#price-note')).toBe('Begäran har fortfarande fel: så här mycket kostar den när de är rättade.')
    // No English left in the form and the results (codes, paths and values aside).
    const visible = await page.locator('main').innerText()
    for (const english of ['Sender', 'Recipients', 'Message body', 'Issues', 'Fix the', 'cannot be sent', 'Go to', 'Encoding', 'What each']) {
      expect(visible).not.toContain(english)
    }
    await page.fill('#sender', 'Acme')
    await page.selectOption('#datacoding', 'ucs')
    expect(await text('#counter-units-name')).toBe('kodenheter')
    expect(await text('#price-total')).toBe('0,7000 SEK')
    // JSON mode issues in Swedish, with rad and kolumn.
    await page.check('#mode-json')
    await page.fill('#request-json', '{"sender": }')
    expect(await text('#request-json-issues .issue-position')).toBe('rad 1, kolumn 12')
    expect(await text('#request-json-issues')).toContain('Begäran är inte giltig JSON på rad 1, kolumn 12')
    await page.fill('#request-json', '{"sender": "Acme", "recipients": ["46701234567", "46709876543"], "body": "Hej 😀"}')
    await page.check('#mode-form')
    await page.selectOption('#lang', 'en')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await text('label[for="sender"]')).toBe('Sender')
    expect(await text('#issues')).toContain('No issues')
  })

  it('lists the characters outside the GSM default alphabet behind a toggle, once each, in both languages', async () => {
    await page.selectOption('#datacoding', 'ucs')
    await page.fill('#body', 'Café ’quoted’ costs €5 😀')
    const details = page.locator('#counter-details')
    expect(await details.getAttribute('open')).toBeNull()
    // Closed, the toggle says how many there are (’ twice, €, 😀; é is in the default alphabet).
    expect(await text('#counter-details-summary')).toBe('Character details (4 not in the GSM default alphabet)')
    expect(await page.locator('#counter-details-rows tr').count()).toBe(0)
    await page.click('#counter-details-summary')
    const rows = page.locator('#counter-details-rows tr.char-row')
    // The rows are drawn on the details' toggle event, which fires after the click returns.
    await rows.nth(2).waitFor({ timeout: 30_000 })
    expect(await attributes(rows, 'data-char')).toStrictEqual(['’', '€', '😀'])
    const cells = async (i: number): Promise<string[]> => rows.nth(i).locator('td').allInnerTexts()
    // Character, code point, times, septets, units as sent (the body is UCS-2), GSM table, look-alike.
    expect(await cells(0)).toStrictEqual(['’', 'U+2019', '2', '1', '1 code unit', 'not in GSM', "' (U+0027)"])
    expect(await cells(1)).toStrictEqual(['€', 'U+20AC', '1', '2', '1 code unit', 'extension table', '—'])
    expect(await cells(2)).toStrictEqual(['😀', 'U+1F600', '1', '1', '2 code units', 'not in GSM', '—'])
    // A GSM body: the euro sign costs its 2 septets as sent.
    await page.fill('#body', 'Only €5')
    expect(await cells(0)).toStrictEqual(['€', 'U+20AC', '1', '2', '2 septets', 'extension table', '—'])
    await page.selectOption('#lang', 'sv')
    expect(await text('#counter-details-summary')).toBe('Teckendetaljer (1 utanför GSM-alfabetets grundtabell)')
    expect(await page.locator('#counter-details thead th').allInnerTexts()).toStrictEqual([
      'Tecken',
      'Kodpunkt',
      'Antal',
      'Septetter',
      'Som det skickas',
      'GSM-tabell',
      'GSM-motsvarighet',
    ])
    expect(await cells(0)).toStrictEqual(['€', 'U+20AC', '1', '2', '2 septetter', 'utökningstabellen', '—'])
    await page.selectOption('#lang', 'en')
    await page.fill('#body', 'Hello')
    expect(await rows.count()).toBe(0)
    expect(await text('#counter-details-none')).toBe('Every character is in the GSM default alphabet: 1 septet each.')
    await page.click('#counter-details-summary')
    expect(await details.getAttribute('open')).toBeNull()
  })

  it('offers the characters to remove to save a segment, only for a text of several segments', async () => {
    await page.selectOption('#datacoding', 'ucs')
    await page.fill('#body', 'a'.repeat(160))
    expect(await page.locator('#counter-save').isVisible()).toBe(false)
    await page.locator('#body').press('End')
    await page.keyboard.type('bc')
    // 162 septets in 2 parts: 2 characters off the end make it one message of 160 again.
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '162', segments: '2', remaining: '144' })
    expect(await text('#counter-save')).toBe('Remove 2 characters from the end to save a segment')
    // UCS-2: 'a' × 150 and ж is 3 parts of 67; without the ж it is 1 GSM segment: 1 character.
    await page.fill('#body', `${'a'.repeat(150)}ж`)
    expect(await counter()).toStrictEqual({ encoding: 'ucs', units: '151', segments: '3', remaining: '50' })
    expect(await text('#counter-save')).toBe('Remove 1 character from the end to save a segment')
    await page.selectOption('#lang', 'sv')
    expect(await text('#counter-save')).toBe('Ta bort ett tecken i slutet för att spara ett segment')
    await page.selectOption('#lang', 'en')
    // Under gsm the body cannot be sent at all: no segments, so no pill.
    await page.selectOption('#datacoding', 'gsm')
    expect(await page.locator('#counter-save').isVisible()).toBe(false)
    await page.selectOption('#datacoding', 'ucs')
    await page.fill('#body', 'Hello')
    expect(await page.locator('#counter-save').isVisible()).toBe(false)
  })

  it('shows each previewed number type once asked, loading the number metadata only then, and warns of a landline', async () => {
    // The page has not loaded the number types' chunk so far.
    expect(scripts.filter((s) => s.includes('/chunks/numbers-'))).toStrictEqual([])
    await page.fill('#recipients', '46701234567\n4681234567\n14155550123')
    await page.fill('#body', 'Hello')
    expect(await page.locator('#preview .number-type').count()).toBe(0)
    expect(await page.locator('#issues li[data-code="recipient.not_mobile"]').count()).toBe(0)
    await page.check('#number-types')
    await page.waitForSelector('#preview .number-type', { timeout: 60_000 })
    expect(scripts.filter((s) => s.includes('/chunks/numbers-'))).toHaveLength(1)
    const types = page.locator('#preview li.message .number-type')
    expect(await attributes(types, 'data-type')).toStrictEqual([
      'mobile',
      'fixed_line',
      'fixed_line_or_mobile',
    ])
    expect(await types.allInnerTexts()).toStrictEqual(['mobile', 'landline', 'landline or mobile'])
    // A Stockholm landline cannot receive SMS: recipient.not_mobile at its line, and marked.
    const warning = page.locator('#issues li[data-code="recipient.not_mobile"]')
    expect(await warning.count()).toBe(1)
    expect(await warning.locator('.issue-path').innerText()).toBe('/recipients/1')
    expect(await types.nth(1).getAttribute('class')).toBe('number-type not-mobile')
    await page.selectOption('#lang', 'sv')
    expect(await types.allInnerTexts()).toStrictEqual(['mobil', 'fast telefon', 'fast telefon eller mobil'])
    await page.selectOption('#lang', 'en')
    // Unticked: no types and no warning; ticked again, no second load.
    await page.uncheck('#number-types')
    expect(await page.locator('#preview .number-type').count()).toBe(0)
    expect(await warning.count()).toBe(0)
    await page.check('#number-types')
    expect(await types.count()).toBe(3)
    expect(scripts.filter((s) => s.includes('/chunks/numbers-'))).toHaveLength(1)
    await page.uncheck('#number-types')
    await page.fill('#recipients', '46701234567\n46709876543')
  })

  it('takes 100,000 pasted recipients, keeps up with typing in the body and prints the time of each input', async () => {
    // Pasted as the page sees a paste: the value changes, then one input event. (Chromium's
    // own text insertion, which page.fill drives, takes minutes for 1.2 MB in any textarea,
    // page or no page, so it is not what is measured here.)
    await page.evaluate(`{
      const field = document.getElementById('recipients')
      field.value = Array.from({ length: 100000 }, (_, i) => '4670' + String(i).padStart(7, '0')).join('\\n')
      field.dispatchEvent(new Event('input', { bubbles: true }))
    }`)
    expect(await page.evaluate(`document.getElementById('recipients').value.split('\\n').length`)).toBe(100_000)
    await page.fill('#body', '', { timeout: 120_000 })
    // Typed key by key with the keyboard, each key one input the page checks and renders.
    await page.focus('#body')
    await page.keyboard.type('Hi there')
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '8', segments: '1', remaining: '152' })
    expect(await page.locator('#preview li.message').count()).toBe(25)
    expect(await text('#preview li.more')).toBe('… and 99975 more messages')
    // 100,000 messages of 1 segment at 0.35 SEK.
    expect(await text('#price-total')).toBe('35000.0000 SEK')
    // The page's benchmark: the time of the last input and the median of the last ones (the
    // figures themselves depend on the machine and are not checked).
    const readout = /^Checked and shown in \d+(\.\d)? ms \(median of the last \d+ inputs: \d+(\.\d)? ms\)\.$/
    expect(await text('#latency')).toMatch(readout)
    // Typing on past 160 septets: every message becomes 2 segments, and the summary follows.
    await page.fill('#body', 'a'.repeat(155), { timeout: 120_000 })
    await page.focus('#body')
    await page.keyboard.press('End')
    await page.keyboard.type(' Hi there')
    await page.waitForFunction(`document.getElementById('price-total')?.textContent === '70000.0000 SEK'`, undefined, { timeout: 120_000 })
    expect(await counter()).toStrictEqual({ encoding: 'gsm', units: '164', segments: '2', remaining: '142' })
    expect(await text('#price')).toContain('for 100000 messages, 200000 segments')
    expect(await text('#counter-save')).toBe('Remove 4 characters from the end to save a segment')
    expect(await text('#latency')).toMatch(readout)
    await page.evaluate(`{
      const field = document.getElementById('recipients')
      field.value = '46701234567\\n46709876543'
      field.dispatchEvent(new Event('input', { bubbles: true }))
    }`)
    expect(await page.locator('#preview li.message').count()).toBe(2)
  }, 900_000)

  it('runs without a page error and keeps a screenshot', async () => {
    await page.fill('#recipients', '46701234567\n46709876543\n14155550123')
    await page.fill('#body', `Hi! Your order #1234 has shipped – it arrives tomorrow. Track it: example.com/t/1234 ${'Thanks for shopping with us. '.repeat(3)}😀`)
    await page.selectOption('#datacoding', 'ucs')
    await page.keyboard.press('Tab')
    mkdirSync(join(root, 'artifacts'), { recursive: true })
    await page.screenshot({ path: screenshot, fullPage: true })
    const png = readFileSync(screenshot)
    expect(png.subarray(0, 8)).toStrictEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(pageErrors).toStrictEqual([])
  })
})
