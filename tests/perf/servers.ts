/**
 * The bench's servers, all on 127.0.0.1: a small static server (precompressed files, SPA fallback)
 * for the demo build, the live build and the floor pages. The live build and the floor get the demo's own
 * mock API over HTTP — the same MSW handlers (mocks/browser.ts), run in Node through MSW's
 * `getResponse` — so they load the same data as the demo without a service worker.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { getResponse, type RequestHandler } from 'msw'
import { createServer, type ViteDevServer } from 'vite'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Whether `port` (0: any) can be listened on at 127.0.0.1 now; the port it got, or null. */
function tryPort(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createNetServer()
    server.once('error', () => resolve(null))
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const got = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(got))
    })
  })
}

/**
 * A port free right now: the first free one from `BENCH_PORT_BASE` (the next 100 ports) when that is
 * set (`npm run bench -- --port-base=8300` sets it), else any the OS gives. Ports handed out are
 * not handed out again in this process.
 */
const handedOut = new Set<number>()
export async function freePort(): Promise<number> {
  const base = Number(process.env.BENCH_PORT_BASE ?? 0)
  if (base > 0) {
    for (let port = base; port < base + 100; port += 1) {
      if (handedOut.has(port)) continue
      if ((await tryPort(port)) !== null) {
        handedOut.add(port)
        return port
      }
    }
    throw new Error(`no free port in ${base}–${base + 99}`)
  }
  const port = await tryPort(0)
  if (port === null) throw new Error('no free port')
  return port
}

export type MockHandlers = {
  handlersFor: (scenario: string | null) => RequestHandler[]
  close: () => Promise<void>
}

/** Loads mocks/browser.ts through Vite (it imports CSV files with `?raw`, which Node cannot). */
export async function loadMockHandlers(): Promise<MockHandlers> {
  const vite: ViteDevServer = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    resolve: { alias: { '@': `${ROOT}src` } },
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, entries: [] },
  })
  const module = (await vite.ssrLoadModule('/mocks/browser.ts')) as {
    browserHandlers: (scenario: string | null) => RequestHandler[]
  }
  return { handlersFor: (scenario) => module.browserHandlers(scenario), close: () => vite.close() }
}

type Next = (error?: unknown) => void

/** Answers /api/* with the mock handlers, gzipped like a real backend would. */
function apiMiddleware(handlers: RequestHandler[]) {
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    if (!req.url?.startsWith('/api/')) {
      next()
      return
    }
    const url = new URL(req.url, `http://${req.headers.host ?? '127.0.0.1'}`)
    getResponse(handlers, new Request(url, { headers: { accept: 'application/json' } }))
      .then(async (response) => {
        const body = response
          ? Buffer.from(await response.arrayBuffer())
          : Buffer.from(JSON.stringify({ error: { code: 'not_found', message: url.pathname } }))
        res.statusCode = response?.status ?? 404
        res.setHeader('content-type', response?.headers.get('content-type') ?? 'application/json')
        res.setHeader('cache-control', 'no-store')
        res.setHeader('vary', 'accept-encoding')
        const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
        if (acceptsGzip && body.length > 1024) {
          res.setHeader('content-encoding', 'gzip')
          res.end(gzipSync(body))
        } else {
          res.end(body)
        }
      })
      .catch((error: unknown) => {
        res.statusCode = 500
        res.end(String(error))
      })
  }
}

export type Served = { url: string; dir: string; close: () => Promise<void> }

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

type StaticFile = { body: Buffer; gzip: Buffer | null; type: string }

/** Every file of `dir` in memory, text files also gzipped once (like a CDN's precompressed files). */
function loadFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const body = readFileSync(path)
    const type = TYPES[extname(path)] ?? 'application/octet-stream'
    const compressible = /text|javascript|json|svg/.test(type) && body.length > 1024
    files.set(`/${relative(dir, path).split(sep).join('/')}`, {
      body,
      gzip: compressible ? gzipSync(body, { level: 9 }) : null,
      type,
    })
  }
  return files
}

/**
 * A static server for a build on a free port of 127.0.0.1: files from memory, gzipped ahead of time,
 * `index.html` for unknown paths (as `vite preview` does), and the mock API when handlers are given.
 * Serving from memory keeps the server from competing with the browser for the CPU mid-measurement.
 */
export async function serve(dir: string, handlers: RequestHandler[] | null): Promise<Served> {
  const files = loadFiles(dir)
  const api = handlers ? apiMiddleware(handlers) : null
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    const serveFile = () => {
      const file = files.get(path) ?? (extname(path) ? undefined : files.get('/index.html'))
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      res.writeHead(200, {
        'content-type': file.type,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      })
      res.end(gzip ? file.gzip : file.body)
    }
    if (api) api(req, res, serveFile)
    else serveFile()
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type RealServer = { url: string; close: () => Promise<void> }

/**
 * The reference server as a city runs it (`dist-server/main.js`, `npm run build:server`) serving the
 * live build and the API on one port, on a fresh PGlite folder loaded with the demo dataset on this
 * first start. Resolves once /readyz answers and the pages' files have been asked for once (the
 * server compresses each file on first use).
 */
export async function startRealServer(staticDir: string): Promise<RealServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-bench-db-'))
  const port = await freePort()
  const child = spawn(process.execPath, [join(ROOT, 'dist-server/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KINERJA_DATA_DIR: dataDir,
      // The quick-start path: this server migrates and loads the demo itself.
      KINERJA_MIGRATE: process.env.KINERJA_MIGRATE ?? 'auto',
      KINERJA_STATIC_DIR: staticDir,
      KINERJA_DATASET: 'demo',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const deadline = Date.now() + 120_000
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
      const ok = await fetch(`${url}/readyz`)
        .then((r) => r.ok)
        .catch(() => false)
      if (ok) break
      if (Date.now() > deadline) throw new Error('the server did not start within 2 minutes')
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    // Every file once, compressed as a browser asks (the server compresses each on first use).
    const files = readdirSync(join(staticDir, 'assets')).map((name) => `/assets/${name}`)
    for (const path of ['/', ...files]) {
      const response = await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'br, gzip' } })
      await response.arrayBuffer()
    }
    return { url, close }
  } catch (error) {
    await close()
    throw error
  }
}
