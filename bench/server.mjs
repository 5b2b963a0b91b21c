// Server benchmark: `sms-preflight serve` over HTTP on 127.0.0.1, requests per second and
// latency (p50, p99), beside what the same requests cost without the network: the fetch handler
// called in this process, and `prepareBatchJson` alone (the validation the handler does).
//
// Cases: the page's small request (valid, 201), the same with a bad sender (400 problem
// details), and a 10,000-recipient batch (valid, 201). The server runs in its own process (the
// built command line); this process sends with keep-alive connections, a fixed number of
// requests in flight.
//
// Usage: node bench/server.mjs [--quick]   (run `npm run build` first)
import { spawn } from 'node:child_process'
import { Agent, request } from 'node:http'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const lib = require('../dist/cjs/index.js')
const bin = fileURLToPath(new URL('../bin/sms-preflight.cjs', import.meta.url))
const quick = process.argv.includes('--quick')

const PAGE = { sender: 'iP1', recipients: ['46712345678'], body: 'Test message rest v2', type: 'sms', datacoding: 'gsm', priority: 1, reference: 'Test', tags: ['Test SMS'] }
const big = (n) => ({ sender: 'iP1', recipients: Array.from({ length: n }, (_, i) => String(46700000000 + i)), body: 'Hej! Din tid hos oss är bokad till i morgon kl. 10.', tags: ['bench'] })

const CASES = [
  { name: 'small valid batch (1 recipient)', text: JSON.stringify(PAGE), status: 201, requests: quick ? 2000 : 10000, inFlight: 16 },
  { name: 'small invalid batch (400, problem details)', text: JSON.stringify({ ...PAGE, sender: 'iP' }), status: 400, requests: quick ? 2000 : 10000, inFlight: 16 },
  { name: '10,000-recipient batch', text: JSON.stringify(big(10_000)), status: 201, requests: quick ? 40 : 200, inFlight: 4 },
]

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let seen = ''
    const onData = (d) => {
      seen += d
      const m = /listening on http:\/\/([\d.]+):(\d+)/.exec(seen)
      if (m) {
        // Keep draining the log (one line per request) so the server never blocks on it.
        child.stdout.off('data', onData)
        child.stdout.resume()
        resolve({ child, host: m[1], port: Number(m[2]) })
      }
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', onData)
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)))
  })
}

function post(agent, server, body) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const req = request(
      { agent, host: server.host, port: server.port, method: 'POST', path: '/v2/batches', headers: { 'Content-Type': 'application/json', 'Content-Length': body.byteLength } },
      (res) => {
        res.resume()
        res.once('end', () => resolve({ status: res.statusCode, ms: performance.now() - t0 }))
      },
    )
    req.once('error', reject)
    req.end(body)
  })
}

/** `count` requests with `inFlight` at a time; each latency and the wall time. */
async function load(server, text, count, inFlight) {
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight })
  const body = Buffer.from(text)
  const latencies = []
  const statuses = new Map()
  let next = 0
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        next++
        const r = await post(agent, server, body)
        latencies.push(r.ms)
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
      }
    }),
  )
  const wall = performance.now() - t0
  agent.destroy()
  return { latencies, wall, statuses }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Calls per second and ms per call of `f`, run for about `ms` after a warm-up. */
async function rate(f, ms) {
  for (let i = 0; i < 5; i++) await f()
  let calls = 0
  const t0 = performance.now()
  while (performance.now() - t0 < ms) {
    await f()
    calls++
  }
  const elapsed = performance.now() - t0
  return { perSecond: (calls / elapsed) * 1000, msPerCall: elapsed / calls }
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

const server = await startServer()
const now = new Date()
const rows = []
try {
  for (const c of CASES) {
    // Warm-up, then the measured run.
    await load(server, c.text, Math.max(10, Math.floor(c.requests / 10)), c.inFlight)
    const { latencies, wall, statuses } = await load(server, c.text, c.requests, c.inFlight)
    if (statuses.size !== 1 || !statuses.has(c.status)) throw new Error(`${c.name}: expected every answer ${c.status}, got ${JSON.stringify([...statuses])}`)
    const sorted = [...latencies].sort((a, b) => a - b)
    const handler = lib.createHandler({ now: () => now })
    const inProcess = await rate(async () => {
      const r = await handler(new globalThis.Request('http://localhost/v2/batches', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: c.text }))
      await r.arrayBuffer()
    }, quick ? 1000 : 3000)
    const alone = await rate(() => lib.prepareBatchJson(c.text, { now }), quick ? 1000 : 3000)
    rows.push({
      name: c.name,
      bytes: Buffer.byteLength(c.text),
      requests: c.requests,
      inFlight: c.inFlight,
      rps: (c.requests / wall) * 1000,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      handlerRps: inProcess.perSecond,
      handlerMs: inProcess.msPerCall,
      aloneRps: alone.perSecond,
      aloneMs: alone.msPerCall,
    })
  }
} finally {
  server.child.kill('SIGTERM')
}

console.log(`node ${process.version}; the server in its own process (sms-preflight serve), this process sending over keep-alive connections`)
console.log('')
console.log('| case | body | requests (in flight) | HTTP req/s | p50 ms | p99 ms | handler in-process req/s (ms) | prepareBatchJson alone calls/s (ms) |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows) {
  const digits = r.p99 < 10 ? 2 : 1
  console.log(
    `| ${r.name} | ${fmt(r.bytes)} B | ${fmt(r.requests)} (${r.inFlight}) | ${fmt(r.rps)} | ${fmt(r.p50, digits)} | ${fmt(r.p99, digits)} | ${fmt(r.handlerRps)} (${fmt(r.handlerMs, 3)}) | ${fmt(r.aloneRps)} (${fmt(r.aloneMs, 3)}) |`,
  )
}
