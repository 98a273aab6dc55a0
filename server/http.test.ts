/**
 * What the server adds to the contract: caching (ETag, 304, Cache-Control), compression, methods,
 * unknown paths, security headers, and the live build served beside the API.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { ApiErrorBodySchema } from '@/api/common'
import { RegionsResponseSchema } from '@/api/regions'
import { API_CACHE_CONTROL, matchesEtag, normalisedQuery } from './http'
import { chooseEncoding } from './respond'
import { APP_ROUTES, cspFromHtml, isAppRoute, withRegion } from './static'
import { startTestServer, type TestServer } from './testing/server'

const CSP =
  "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; connect-src 'self'; worker-src 'none'; object-src 'none'"
const INDEX = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Kinerja</title></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`
const ASSET = `console.log(${JSON.stringify('x'.repeat(4000))})`

let server: TestServer
let site: string
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'kinerja-site-'))
  mkdirSync(join(site, 'assets'))
  writeFileSync(join(site, 'index.html'), INDEX)
  writeFileSync(join(site, 'assets', 'index-AbC123.js'), ASSET)
  writeFileSync(join(site, 'robots.txt'), 'User-agent: *\nAllow: /\n')
  writeFileSync(join(site, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  mkdirSync(join(site, '.vite'))
  writeFileSync(join(site, '.vite', 'manifest.json'), '{"index.html":{}}')
  server = await startTestServer({ KINERJA_STATIC_DIR: site, KINERJA_REGION: '7571' })
})
afterAll(async () => {
  await server.close()
  rmSync(site, { recursive: true, force: true })
})

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A request with node:http, so nothing decompresses or follows anything behind our back. */
function raw(path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Raw>((resolve, reject) => {
    const url = new URL(server.url)
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })
}

test('an API answer carries an ETag and Cache-Control; If-None-Match answers 304 with no body', async () => {
  const first = await raw('/api/regions?parent=32')
  expect(first.status).toBe(200)
  expect(first.headers['cache-control']).toBe(API_CACHE_CONTROL)
  const etag = first.headers.etag as string
  expect(etag).toMatch(/^W\/"1-[A-Za-z0-9_-]+"$/)
  expect(RegionsResponseSchema.parse(JSON.parse(first.body.toString())).regions).toHaveLength(27)

  const again = await raw('/api/regions?parent=32', { headers: { 'if-none-match': etag } })
  expect(again.status).toBe(304)
  expect(again.body.length).toBe(0)
  expect(again.headers.etag).toBe(etag)
  expect(again.headers['cache-control']).toBe(API_CACHE_CONTROL)

  // Another request, or a stale tag, gets the full answer.
  expect((await raw('/api/regions?parent=75', { headers: { 'if-none-match': etag } })).status).toBe(
    200,
  )
  expect(
    (await raw('/api/regions?parent=32', { headers: { 'if-none-match': 'W/"0-old"' } })).status,
  ).toBe(200)
})

test('the ETag depends on the parameters, not on their order in the query string', async () => {
  const a = await raw('/api/series?regions=3271&indicators=tpt')
  const b = await raw('/api/series?indicators=tpt&regions=3271')
  const c = await raw('/api/series?regions=3271&indicators=inflation')
  expect(a.headers.etag).toBe(b.headers.etag)
  expect(a.headers.etag).not.toBe(c.headers.etag)
  expect(normalisedQuery(new URLSearchParams('b=2&a=1&b=1'))).toBe('a=1&b=2&b=1')
  expect(matchesEtag('W/"x", W/"y"', 'W/"y"')).toBe(true)
  expect(matchesEtag('"y"', 'W/"y"')).toBe(true)
  expect(matchesEtag('*', 'W/"y"')).toBe(true)
  expect(matchesEtag('W/"z"', 'W/"y"')).toBe(false)
})

test('answers are compressed with brotli or gzip as the client accepts', async () => {
  const plain = await raw('/api/regions?parent=0000')
  const br = await raw('/api/regions?parent=0000', {
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  })
  const gz = await raw('/api/regions?parent=0000', { headers: { 'accept-encoding': 'gzip' } })
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(br.headers['content-encoding']).toBe('br')
  expect(gz.headers['content-encoding']).toBe('gzip')
  expect(br.headers.vary).toContain('Accept-Encoding')
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
  expect(gunzipSync(gz.body).equals(plain.body)).toBe(true)
  expect(br.body.length).toBeLessThan(plain.body.length / 3)
  expect(chooseEncoding('br;q=0, gzip')).toBe('gzip')
  expect(chooseEncoding('identity')).toBeNull()
})

test('only GET and HEAD are allowed; HEAD answers the headers alone', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    const response = await raw('/api/regions?parent=32', { method })
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
    expect(ApiErrorBodySchema.parse(JSON.parse(response.body.toString())).error.code).toBe(
      'method_not_allowed',
    )
  }
  const head = await raw('/api/regions?parent=32', { method: 'HEAD' })
  expect(head.status).toBe(200)
  expect(head.body.length).toBe(0)
  expect(Number(head.headers['content-length'])).toBeGreaterThan(1000)
})

test('unknown API paths answer 404 with the error body, never the app', async () => {
  for (const path of [
    '/api',
    '/api/',
    '/api/nope',
    '/api/regions/3271',
    '/api/agencies/3271-dinkes/iku',
    '/api/../etc/passwd',
  ]) {
    const response = await raw(path)
    expect(response.status, path).toBe(404)
    expect(ApiErrorBodySchema.parse(JSON.parse(response.body.toString())).error.code).toBe(
      'not_found',
    )
    expect(response.headers['cache-control']).toBe('no-store')
  }
})

test('every answer carries the security headers; the API forbids framing and loading anything', async () => {
  for (const path of ['/api/indicators', '/api/nope', '/', '/assets/index-AbC123.js']) {
    const { headers } = await raw(path)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(headers['permissions-policy']).toContain('camera=()')
  }
  expect((await raw('/api/indicators')).headers['content-security-policy']).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  )
})

test('the app: index.html with the build’s CSP as a header, SPA fallback, immutable assets', async () => {
  const index = await raw('/')
  expect(index.status).toBe(200)
  expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(index.headers['cache-control']).toBe('no-cache')
  expect(index.headers['content-security-policy']).toBe(`${CSP}; frame-ancestors 'none'`)
  expect(index.body.toString()).toBe(withRegion(INDEX, '7571'))
  expect(index.body.toString()).toContain('<meta name="kinerja-region" content="7571" />')

  // The app's routes get the page; any other path the page too, but as a real 404.
  for (const route of [
    '/indicators/tpt?region=3271',
    '/compare',
    '/agencies/3271-dinkes',
    '/briefing/presenter',
    '/about',
  ]) {
    const deep = await raw(route)
    expect(deep.status, route).toBe(200)
    expect(deep.body.toString()).toBe(withRegion(INDEX, '7571'))
  }
  for (const unknown of ['/wp-login', '/indicators', '/agencies/3271-dinkes/iku', '/admin/']) {
    const page = await raw(unknown)
    expect(page.status, unknown).toBe(404)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
  }
  // Files the build leaves for tools are not served; a missing file is plain text.
  expect((await raw('/.vite/manifest.json')).status).toBe(404)
  expect((await raw('/.vite/manifest.json')).headers['content-type']).toBe(
    'text/plain; charset=utf-8',
  )
  expect((await raw('/.env')).status).toBe(404)

  const asset = await raw('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'br' } })
  expect(asset.status).toBe(200)
  expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(brotliDecompressSync(asset.body).toString()).toBe(ASSET)
  const revalidated = await raw('/assets/index-AbC123.js', {
    headers: { 'if-none-match': asset.headers.etag as string },
  })
  expect(revalidated.status).toBe(304)

  expect((await raw('/assets/missing-123.js')).status).toBe(404)
  // The briefing's service worker: revalidated on every visit, and never answered with the page.
  const worker = await raw('/sw.js')
  expect(worker.status).toBe(200)
  expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect(worker.headers['cache-control']).toBe('no-cache')
  expect((await raw('/mockServiceWorker.js')).status).toBe(404)
  expect((await raw('/robots.txt')).body.toString()).toContain('User-agent')
  expect((await raw('/%E0%A4%A')).status).toBe(400)
})

test('the CSP is read from the meta tag the build writes', () => {
  expect(
    cspFromHtml(
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">`,
    ),
  ).toBe("default-src 'self'")
  expect(cspFromHtml('<meta charset="utf-8">')).toBeNull()
})

test('/healthz says the process is alive; /readyz that the database answers, its schema is current and it holds data', async () => {
  const health = await raw('/healthz')
  expect(health.status).toBe(200)
  expect(JSON.parse(health.body.toString())).toEqual({ status: 'alive', version: 'dev' })
  const ready = await raw('/readyz')
  expect(ready.status).toBe(200)
  expect(JSON.parse(ready.body.toString())).toEqual({
    ready: true,
    status: 'ready',
    version: 'dev',
    checks: {
      database: 'ok',
      migrations: 'current',
      schema: { database: 2, server: 2 },
      data: 'ok',
      draining: false,
    },
  })
})

test('the server knows every route of the app (src/app/app.tsx), so none of them is a 404', () => {
  const source = readFileSync(join(process.cwd(), 'src/app/app.tsx'), 'utf8')
  const paths = [...source.matchAll(/path:\s*'([^']+)'/g)].map((m) => m[1]!)
  expect(paths.length).toBeGreaterThan(5)
  // Nested routes: `presenter` lives under `briefing`.
  const concrete = paths
    .filter((p) => p !== '*')
    .map((p) => (p === 'presenter' ? '/briefing/presenter' : `/${p.replace(/:[a-z]+/g, 'x1')}`))
  for (const path of concrete) expect(isAppRoute(path), path).toBe(true)
  expect(APP_ROUTES.length).toBeGreaterThan(0)
})
