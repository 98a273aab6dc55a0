import { afterEach, beforeEach, expect, test } from 'vitest'
import { openSession, seriousA11yViolations, type Session } from '../browser'

let session: Session
beforeEach(async () => {
  session = await openSession()
})
afterEach(async () => {
  await session.close()
})

test('the live build talks HTTP to the API under a strict CSP, with no worker on the scorecard and no violation', async () => {
  const { page, baseUrl } = session
  const apiCalls: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url())
  })
  await page.goto(`${baseUrl}/?region=3271&period=2023`)
  await page.getByRole('article', { name: /TPT/ }).getByText('9,39 %', { exact: true }).waitFor()
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  // Scripts from this origin, and the one inline script whose hash the build wrote (the Intl
  // warm-up, vite.config.ts): nothing else inline.
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/)
  // One worker, from this origin: the briefing's (/sw.js), registered by the briefing only.
  expect(csp).toContain("worker-src 'self'")
  expect(csp).not.toMatch(/unsafe-(inline|eval)/)
  expect(
    await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
  ).toBe(0)
  // The live build has no mock worker: the server says so (404), never with the app's page.
  expect((await page.request.get(`${baseUrl}/mockServiceWorker.js`)).status()).toBe(404)
  expect(apiCalls.length).toBeGreaterThanOrEqual(3)

  await page.goto(`${baseUrl}/indicators/inflation?region=3271`)
  await page
    .getByRole('figure', { name: /^Tren Inflasi/ })
    .locator('.recharts-wrapper > svg')
    .waitFor()
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await page.locator('.briefing__stage .slide-canvas:not([hidden]) .slide__title').waitFor()
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('the server sends the page’s CSP and the security headers, and answers a repeat API request with 304', async () => {
  const { page, baseUrl } = session
  const response = await page.goto(`${baseUrl}/indicators/tpt?region=3271`)
  const headers = response?.headers() ?? {}
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`)
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['cache-control']).toBe('no-cache')

  const first = await page.request.get(`${baseUrl}/api/regions?q=bogor`)
  const etag = first.headers()['etag'] ?? ''
  expect(etag).toMatch(/^W\//)
  const again = await page.request.get(`${baseUrl}/api/regions?q=bogor`, {
    headers: { 'if-none-match': etag },
  })
  expect(again.status()).toBe(304)
  expect(session.problems).toEqual([])
})
