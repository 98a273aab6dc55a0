import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openSession, screenshot, type Session } from './browser'

let session: Session
beforeEach(async () => {
  session = await openSession()
})
afterEach(async () => {
  await session.close()
})

test('hostile names open no dialog, run no script and show literally', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271&period=2023&scenario=hostile-names`)
  const heading = page.getByRole('heading', { level: 1 })
  await heading.filter({ hasText: 'Kota Bogor' }).waitFor()
  const title = await heading.innerText()
  expect(title).toMatch(
    /<img src=x onerror="alert\(1\)">|<script>|=HYPERLINK|DROP TABLE|@SUM|\+62|-1\+1/,
  )
  expect(await page.locator('main img, main script').count()).toBe(0)
  // The region picker lists hostile names as text, too.
  const picker = page.getByRole('combobox', { name: 'Wilayah' })
  await picker.click()
  const options = page.getByRole('listbox').getByRole('option')
  await options.first().waitFor()
  const texts = await options.allInnerTexts()
  expect(texts.some((o) => /<script>|<img src=x|=HYPERLINK/.test(o))).toBe(true)
  expect(await page.locator('main img, main script, .picker img, .picker script').count()).toBe(0)
  await screenshot(page, 'hostile-names')
  expect(session.problems).toEqual([])
})

test('hostile names are neutralised in the CSV export', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/tpt?region=3271&scenario=hostile-names`)
  const trend = page.getByRole('figure', { name: /^Tren TPT/ })
  await trend.locator('.recharts-wrapper > svg').waitFor()
  await trend.getByRole('button', { name: 'Unduh' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trend.getByRole('button', { name: 'CSV (koma, titik desimal)' }).click(),
  ])
  const lines = (await readFile(await download.path(), 'utf8'))
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) {
    const cells =
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
        ?.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '')) ?? []
    for (const cell of cells) {
      // A region code is written as the text formula ="3271" (digits and dots only, so it can
      // carry nothing); every other cell a spreadsheet could run is neutralised.
      if (/^=""[\d.]+""$/.test(cell)) continue
      expect(cell).not.toMatch(/^[=+\-@]/)
    }
  }
  expect(session.problems).toEqual([])
})

test('the demo runs under its Content-Security-Policy with no violation', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/inflation?region=3271`)
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  // Scripts from this origin, and the one inline script whose hash the build wrote (the Intl
  // warm-up, vite.config.ts): nothing else inline.
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/)
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain('unsafe-eval')
  await page
    .getByRole('figure', { name: /^Tren Inflasi/ })
    .locator('.recharts-wrapper > svg')
    .waitFor()
  await page.goto(`${baseUrl}/compare?regions=3271,7571`)
  await page.getByRole('figure', { name: /^Peringkat/ }).waitFor()
  expect(session.problems.filter((p) => p.includes('CSP'))).toEqual([])
  expect(session.problems).toEqual([])
})
