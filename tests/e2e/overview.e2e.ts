import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { CHART_COLORS as CHART_TOKENS } from '../../src/components/tokens/tokens'
import {
  drawnChart,
  openSession,
  screenshot,
  seriousA11yViolations,
  textOf,
  type Session,
} from './browser'

let session: Session

beforeEach(async () => {
  session = await openSession()
})
afterEach(async () => {
  await session.close()
})

function card(name: RegExp) {
  return session.page.getByRole('article', { name })
}

test('the 2023 scorecard of Kota Bogor shows its official figures with their sources', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271&period=2023`)
  await page.getByRole('heading', { level: 1, name: /Kota Bogor/ }).waitFor()

  const tpt = card(/TPT/)
  await tpt.getByText('9,39 %', { exact: true }).waitFor()
  expect(await textOf(tpt)).toContain('Agustus 2023')
  expect(await textOf(tpt)).toContain('Sumber: BPS')

  const poverty = card(/miskin/i)
  expect(await textOf(poverty)).toMatch(/6,67 %.*2023/)
  expect(await textOf(poverty)).toContain('Sumber: BPS')

  const stunting = card(/stunting/i)
  expect(await textOf(stunting)).toMatch(/18,2 %.*2023/)
  expect(await textOf(stunting)).toContain('Sumber: Kemenkes')

  const inflation = card(/inflasi/i)
  expect(await textOf(inflation)).toMatch(/3,36 %.*Desember 2023/)
  expect(await textOf(inflation)).toContain('Sumber: BPS')

  for (const official of [tpt, poverty, stunting, inflation]) {
    expect(await official.getByText('Sintetis', { exact: true }).count()).toBe(0)
    expect(await official.getByRole('link').count()).toBeGreaterThanOrEqual(2) // indicator + source
  }
  await screenshot(page, 'overview-bogor-2023')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('changing region and period updates the cards and the URL, and a reload restores them', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1, name: /Kota Bogor/ }).waitFor()

  // The region picker, by keyboard alone: type, move down, Enter.
  await page.getByRole('combobox', { name: 'Wilayah' }).focus()
  await page.keyboard.type('kota gorontalo')
  await page.getByRole('option', { name: /^Kota Gorontalo/ }).waitFor()
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1, name: /Kota Gorontalo/ }).waitFor()
  await page.getByLabel('Periode (per)').selectOption('2020')
  await page.getByText('Per 2020', { exact: true }).waitFor()

  const url = new URL(page.url())
  expect(url.searchParams.get('region')).toBe('7571')
  expect(url.searchParams.get('period')).toBe('2020')
  const before = await textOf(card(/TPT/))
  expect(before).toContain('2020')

  await page.reload()
  await page.getByRole('heading', { level: 1, name: /Kota Gorontalo/ }).waitFor()
  await page.getByText('Per 2020', { exact: true }).waitFor()
  expect(await page.getByRole('combobox', { name: 'Wilayah' }).inputValue()).toBe('Kota Gorontalo')
  expect(await page.getByLabel('Periode (per)').inputValue()).toBe('2020')
  expect(await textOf(card(/TPT/))).toBe(before)

  await page.getByLabel('Periode (per)').selectOption('2019-Q3')
  await page.getByText('Per Triwulan III 2019', { exact: true }).waitFor()
  expect(new URL(page.url()).searchParams.get('period')).toBe('2019-Q3')
  expect(session.problems).toEqual([])
})

test('lang=en switches the language and the number format', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271&period=2023&lang=en`)
  await page.getByRole('heading', { level: 1, name: 'Scorecard of Kota Bogor' }).waitFor()
  const tpt = card(/unemployment|TPT/i)
  await tpt.getByText('9.39%', { exact: true }).waitFor()
  expect(await textOf(tpt)).toContain('August 2023')
  expect(await textOf(tpt)).toContain('Source: BPS')
  expect(await page.locator('html').getAttribute('lang')).toBe('en')
  expect(await seriousA11yViolations(page)).toEqual([])
  await screenshot(page, 'overview-bogor-2023-en')
  expect(session.problems).toEqual([])
})

test('a malformed link shows the default view with a notice', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=%3Cscript%3E&period=2024-13&lang=xx`)
  await page.getByRole('heading', { level: 1, name: /Kota Bogor/ }).waitFor()
  const notice = page.getByRole('status').filter({ hasText: 'tidak dikenali' })
  await notice.waitFor()
  const text = await textOf(notice)
  expect(text).toContain('2024-13')
  expect(text).toContain('<script>')
  await card(/TPT/).getByText('Agustus 2023', { exact: true }).waitFor()
  await screenshot(page, 'overview-malformed')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('an unknown region code falls back to Kota Bogor and says so', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=9999`)
  await page
    .getByText('Wilayah dengan kode “9999” tidak ditemukan; menampilkan Kota Bogor.', {
      exact: true,
    })
    .waitFor()
  await page.getByRole('heading', { level: 1, name: /Kota Bogor/ }).waitFor()
  expect(session.problems).toEqual([])
})

test('a link to an unknown indicator: /compare shows the default one with a notice, /indicators says not found — no failed request, no console error', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/compare?indicator=zzz`)
  await page
    .getByText('Indikator “zzz” tidak dikenal; menampilkan indikator bawaan.', { exact: true })
    .waitFor()
  await page.getByRole('figure', { name: /^Peringkat TPT/ }).waitFor()
  expect(await seriousA11yViolations(page)).toEqual([])
  await screenshot(page, 'compare-unknown-indicator')

  await page.goto(`${baseUrl}/indicators/zzz?region=3271`)
  await page.getByRole('heading', { level: 1, name: 'Indikator “zzz” tidak dikenal.' }).waitFor()
  await page.getByRole('link', { name: 'Tingkat Pengangguran Terbuka (TPT)' }).waitFor()
  expect(await seriousA11yViolations(page)).toEqual([])
  await screenshot(page, 'indicator-unknown')
  expect(session.problems).toEqual([])
})

test('an "as of" after the data’s time (period=2099) falls back to the latest and says so', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271&period=2099`)
  await page
    .getByText(
      'Periode “2099” berada sesudah waktu data (data per 1 November 2026); menampilkan angka terbaru.',
      { exact: true },
    )
    .waitFor()
  const meta = await textOf(page.locator('.page__meta').first())
  expect(meta).not.toContain('2099')
  expect(await page.getByLabel('Periode (per)').inputValue()).toBe('')
  expect(session.problems).toEqual([])
})

test('the scorecard table view lists every indicator', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271&period=2023`)
  await page.getByRole('button', { name: 'Tabel' }).click()
  const table = page.getByRole('table', { name: /Kota Bogor/ })
  await table.waitFor()
  expect(await table.getByRole('row').count()).toBe(1 + 7)
  expect(new URL(page.url()).searchParams.get('view')).toBe('table')
  expect(await textOf(table.getByRole('row', { name: /TPT/ }))).toContain('9,39 %')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('the about page says where the figures come from, with each release calendar and the map’s credit', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271`)
  await page.getByRole('link', { name: 'Tentang data' }).click()
  await page.getByRole('heading', { level: 1, name: 'Tentang data' }).waitFor()
  const table = page.getByRole('table', { name: /penerbit, frekuensi dan jadwal rilis/ })
  await table.getByRole('rowheader', { name: 'Tingkat Pengangguran Terbuka (TPT)' }).waitFor()
  expect(await textOf(table)).toContain('BPS merilis Sakernas Agustus pada awal November')
  const credit = page.getByRole('link', { name: /^idn-area-data di GitHub/ })
  expect(await credit.getAttribute('href')).toBe('https://github.com/fityannugroho/idn-area-data')
  expect(await textOf(page.getByRole('main'))).toContain('Open Database License 1.0')
  expect(await page.title()).toBe('Tentang data · Kinerja')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

/** An element's computed colour as [r, g, b]. */
async function rgb(selector: string, property: 'color' | 'backgroundColor'): Promise<number[]> {
  const value = await session.page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element)[name], property)
  return (value.match(/\d+/g) ?? []).slice(0, 3).map(Number)
}

/** Relative lightness 0–1, enough to tell a dark surface from a light one. */
const lightness = ([r = 0, g = 0, b = 0]: number[]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255

test('a reader whose system is dark gets the dark theme, legible throughout, and still prints and exports light', async () => {
  const { page, baseUrl } = session
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(`${baseUrl}/?region=3271`)
  await card(/TPT/).getByText('%', { exact: false }).first().waitFor()
  expect(lightness(await rgb('body', 'color'))).toBeGreaterThan(0.8)
  expect(lightness(await rgb(':root', 'backgroundColor'))).toBeLessThan(0.1)
  expect(lightness(await rgb('.card', 'backgroundColor'))).toBeLessThan(0.15)
  await screenshot(page, 'overview-dark')
  expect(await seriousA11yViolations(page)).toEqual([])

  // The charts are drawn for the dark panel they sit on.
  await page.goto(`${baseUrl}/indicators/tpt?region=3271`)
  const trend = page.getByRole('figure', { name: /^Tren TPT/ })
  await drawnChart(trend)
  const strokes = await trend
    .locator('.recharts-wrapper > svg .recharts-line-curve')
    .evaluateAll((lines) => lines.map((line) => line.getAttribute('stroke')))
  expect(strokes).toContain(CHART_TOKENS.dark.roles.region)
  expect(strokes).not.toContain(CHART_TOKENS.light.roles.region)
  await screenshot(page, 'indicator-dark')
  expect(await seriousA11yViolations(page)).toEqual([])

  // The PNG is light, like print: a white ground, the region in its light-theme blue.
  await trend.getByRole('button', { name: 'Unduh' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trend.getByRole('button', { name: 'Gambar PNG' }).click(),
  ])
  const png = (await readFile(await download.path())).toString('base64')
  const colours = await page.evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')
    if (!context) return []
    context.drawImage(image, 0, 0)
    const pixels = context.getImageData(0, 0, image.width, image.height).data
    const seen = new Set<string>()
    for (let i = 0; i < pixels.length; i += 4) {
      const hex = [pixels[i], pixels[i + 1], pixels[i + 2]]
        .map((v) => (v ?? 0).toString(16).padStart(2, '0'))
        .join('')
      seen.add(`#${hex}`)
    }
    return [...seen]
  }, png)
  expect(colours).toContain(CHART_TOKENS.light.surface)
  expect(colours).toContain(CHART_TOKENS.light.roles.region)
  expect(colours).not.toContain(CHART_TOKENS.dark.roles.region)
  expect(colours).not.toContain(CHART_TOKENS.dark.surface)

  // Printed, the page is light whatever the system's setting.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  expect(lightness(await rgb(':root', 'backgroundColor'))).toBeGreaterThan(0.9)
  expect(lightness(await rgb('body', 'color'))).toBeLessThan(0.2)
  expect(session.problems).toEqual([])
})

/**
 * Scrolls a table's own box to its far right and says where its first row header and its last
 * cell are, relative to the box, before and after.
 */
async function scrollTable(table: Locator) {
  const scroller = table.locator('xpath=ancestor::*[@role="region"][1]')
  const rowHeader = table.locator('tbody tr').first().locator('th').first()
  const lastCell = table.locator('tbody tr').first().locator('td').last()
  const at = async () => {
    const box = (await scroller.boundingBox())!
    const header = (await rowHeader.boundingBox())!
    const last = (await lastCell.boundingBox())!
    return { header: header.x - box.x, last: last.x - box.x }
  }
  const before = await at()
  await scroller.evaluate((e) => e.scrollTo({ left: e.scrollWidth }))
  await expect.poll(() => scroller.evaluate((e) => e.scrollLeft)).toBeGreaterThan(100)
  return { before, after: await at() }
}

/** The page's width as the reader can scroll it: never more than the phone's. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

test.each([
  {
    name: 'the scorecard table',
    url: '/?region=3271&view=table',
    table: /^Kartu kinerja Kota Bogor/,
    shot: 'phone-scorecard-table',
  },
  {
    name: 'the /agencies SAKIP grid',
    url: '/agencies?region=3271',
    table: /Predikat dan nilai SAKIP perangkat daerah/,
    shot: 'phone-agencies-grid',
  },
])(
  'on a 390-px phone $name scrolls inside its own box, its first column stays put, the page is never wider than the phone',
  async ({ url, table: name, shot }) => {
    const phone = await openSession({ viewport: { width: 390, height: 844 } })
    try {
      const { page, baseUrl } = phone
      await page.goto(`${baseUrl}${url}`)
      const table = page.getByRole('table', { name })
      await table.locator('tbody tr').first().waitFor()
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)
      const { before, after } = await scrollTable(table)
      // The cells moved left under the row headers; the row header did not.
      expect(before.last - after.last).toBeGreaterThan(100)
      expect(Math.abs(after.header - before.header)).toBeLessThanOrEqual(1)
      expect(after.header).toBeLessThanOrEqual(2)
      expect(await pageWidth(page)).toBeLessThanOrEqual(390)
      expect(await seriousA11yViolations(page)).toEqual([])
      await screenshot(page, shot)
      expect(phone.problems).toEqual([])
    } finally {
      await phone.close()
    }
  },
)
