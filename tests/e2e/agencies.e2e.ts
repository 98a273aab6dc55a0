import type { Locator, Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
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

type Evaluation = { year: number; score: number; predicate: string }
type AgencyJson = { id: string; name: string; sakip: Evaluation[] }

/** Asks the demo's own API (the mock service worker answers inside the page). */
async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url)
    return (await response.json()) as T
  }, `/api${path}`)
}

const idScore = (value: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    value,
  )

/** A page section, by its heading (exactly: each table's scroll box is a region too). */
function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true })
}

/** A program table's body rows: status (words only) and the agency cell. */
async function programRows(region: Locator) {
  const rows = region.locator('table tbody tr')
  const result: Array<{ status: string; agency: string }> = []
  for (let i = 0; i < (await rows.count()); i += 1) {
    const cells = rows.nth(i).getByRole('cell')
    const statusText = await textOf(cells.nth(3))
    const status =
      /^\W*(Belum dimulai|Sesuai jadwal|Berisiko|Terlambat|Selesai|Not started|On track|At risk|Late|Done)/.exec(
        statusText,
      )?.[1] ?? statusText
    result.push({ status, agency: await textOf(cells.nth(0)) })
  }
  return result
}

async function rollUp(region: Locator) {
  const sentence = await textOf(region.locator('.rollup'))
  const match = /^(\d+) (?:dari|of) (\d+) .* \((\d+) ?%\), (?:per|as of) (.+)$/.exec(sentence)
  if (!match) throw new Error(`not a roll-up: ${sentence}`)
  return {
    done: Number(match[1]),
    total: Number(match[2]),
    percent: Number(match[3]),
    day: match[4],
  }
}

/** Unfiltered, the roll-up of each program section counts exactly the rows listed under it. */
async function expectRollUpsMatchRows(page: Page, doneWord = 'Selesai') {
  const names =
    doneWord === 'Selesai'
      ? ['Program 100 hari kerja', 'Program prioritas 2026']
      : ['100-day program', 'Priority programs 2026']
  for (const name of names) {
    const region = section(page, name)
    const rows = await programRows(region)
    const { done, total, percent } = await rollUp(region)
    expect(total).toBe(rows.length)
    expect(done).toBe(rows.filter((row) => row.status === doneWord).length)
    if (total > 0) expect(percent).toBe(Math.round((done / total) * 100))
  }
}

test('the SAKIP grid shows a predicate for every evaluated agency-year and says so where there is none', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/agencies?region=3271`)
  await page.getByRole('heading', { level: 1, name: 'Perangkat daerah Kota Bogor' }).waitFor()
  const grid = page.getByRole('table', { name: /Predikat dan nilai SAKIP perangkat daerah/ })
  await grid.waitFor()

  const data = await api<{ years: number[]; agencies: AgencyJson[] }>(page, '/agencies?region=3271')
  expect(await grid.locator('tbody tr').count()).toBe(data.agencies.length)
  let empty = 0
  for (const [index, agency] of data.agencies.entries()) {
    const row = grid.locator('tbody tr').nth(index)
    expect(await textOf(row.getByRole('rowheader'))).toContain(agency.name)
    const cells = row.getByRole('cell')
    for (const [y, year] of data.years.entries()) {
      const evaluation = agency.sakip.find((e) => e.year === year)
      const text = await textOf(cells.nth(y))
      if (evaluation) expect(text).toBe(`${evaluation.predicate} ${idScore(evaluation.score)}`)
      else {
        expect(text).toBe('Belum dievaluasi')
        empty += 1
      }
    }
  }
  expect(empty).toBeGreaterThan(0)
  expect(await page.getByText('Sintetis').count()).toBeGreaterThan(0)

  await drawnChart(page.getByRole('figure', { name: /^Peringkat SAKIP 2025/ }))
  await screenshot(page, 'agencies-bogor')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('the ranking shows a shared place as "=n" in its table', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/agencies?region=7571&period=2024`)
  const figure = page.getByRole('figure', { name: 'Peringkat SAKIP 2024' })
  await figure.getByRole('button', { name: 'Tabel', exact: true }).click()
  const ranks = await figure.locator('tbody tr td:first-of-type').allInnerTexts()
  expect(ranks[0]).toBe('1')
  expect(ranks.filter((rank) => rank.startsWith('=')).length).toBeGreaterThanOrEqual(2)
  await screenshot(page, 'agencies-gorontalo-2024-ranking-table')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('choosing an agency narrows the agencies page, then the programs and directives, and stays in the URL', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/agencies?region=3271`)
  await page.getByRole('table', { name: /Predikat dan nilai SAKIP/ }).waitFor()
  await page.getByLabel('Perangkat daerah', { exact: true }).selectOption('3271-dpmptsp')
  await page.waitForURL(/agency=3271-dpmptsp/)
  const grid = page.getByRole('table', { name: /Predikat dan nilai SAKIP/ })
  await expect.poll(() => grid.locator('tbody tr').count()).toBe(1)
  expect(await textOf(grid.getByRole('rowheader'))).toContain('Dinas Penanaman Modal')
  expect(
    await page
      .getByRole('table', { name: /Nilai komponen evaluasi SAKIP/ })
      .locator('tbody tr')
      .count(),
  ).toBe(1)
  expect(await textOf(page.getByRole('figure', { name: /^Peringkat SAKIP/ }))).toMatch(
    /Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu di peringkat =?\d+ dari \d+/,
  )

  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Program' })
    .click()
  await page.getByRole('heading', { level: 1, name: 'Program Kota Bogor' }).waitFor()
  expect(new URL(page.url()).searchParams.get('agency')).toBe('3271-dpmptsp')
  await section(page, 'Program 100 hari kerja').locator('table').waitFor()
  const rows = [
    ...(await programRows(section(page, 'Program 100 hari kerja'))),
    ...(await programRows(section(page, 'Program prioritas 2026'))),
  ]
  expect(rows.length).toBeGreaterThan(0)
  for (const row of rows) expect(row.agency).toBe('DPMPTSP')
  // The roll-up still counts the whole set (what the scorecard and the briefing show).
  expect(await textOf(section(page, 'Program 100 hari kerja'))).toMatch(
    /Menampilkan \d+ dari \d+ menurut filter di atas\./,
  )
  const directives = section(page, 'Arahan Briefing Pimpinan dan tindak lanjutnya')
  const directiveAgencies = await directives.locator('tbody tr td:nth-of-type(2)').allInnerTexts()
  expect(directiveAgencies.length).toBeGreaterThan(0)
  expect(new Set(directiveAgencies)).toEqual(new Set(['DPMPTSP']))

  // The agency's own page: its key indicators (capaian and band in text) and its SAKIP history.
  await page.getByRole('link', { name: 'DPMPTSP' }).first().click()
  await page.getByRole('heading', { level: 1, name: /Dinas Penanaman Modal/ }).waitFor()
  const iku = page.getByRole('table', { name: /Target, realisasi, dan capaian IKU/ })
  await iku.waitFor()
  expect(await iku.locator('tbody tr').count()).toBe(4)
  expect(await textOf(iku)).toMatch(/izin terbit tepat waktu/)
  expect(await textOf(iku)).toMatch(/(Sangat Baik|Baik|Cukup|Kurang|Sangat Kurang)/)
  await drawnChart(page.getByRole('figure', { name: /Riwayat nilai SAKIP DPMPTSP/ }))
  await screenshot(page, 'agency-dpmptsp')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('each roll-up equals the programs listed under the same filters', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/programs?region=3271`)
  await section(page, 'Program prioritas 2026').locator('table').waitFor()
  await expectRollUpsMatchRows(page)
  await screenshot(page, 'programs-bogor')
  expect(await seriousA11yViolations(page)).toEqual([])

  const before = await rollUp(section(page, 'Program prioritas 2026'))
  await page.getByLabel('Status program').selectOption('late')
  await page.waitForURL(/status=late/)
  await section(page, 'Program prioritas 2026')
    .getByText(/^Menampilkan \d+ dari \d+ menurut filter di atas\.$/)
    .waitFor()
  // A filter narrows the list, never the roll-up.
  expect(await rollUp(section(page, 'Program prioritas 2026'))).toEqual(before)
  for (const row of await programRows(section(page, 'Program prioritas 2026'))) {
    expect(row.status).toBe('Terlambat')
  }
  expect(session.problems).toEqual([])
})

test('an overdue directive is flagged in text and with an icon, not by colour alone', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/programs?region=3271`)
  const directives = section(page, 'Arahan Briefing Pimpinan dan tindak lanjutnya')
  await directives.locator('table').waitFor()
  const overdue = directives.locator('tbody tr').filter({ hasText: /Terlambat \d+ hari/ })
  expect(await overdue.count()).toBeGreaterThan(0)
  for (let i = 0; i < (await overdue.count()); i += 1) {
    const row = overdue.nth(i)
    expect(await textOf(row)).toMatch(/⚠ Terlambat \d+ hari/)
    expect(await textOf(row.getByRole('cell').nth(3))).not.toContain('Selesai')
  }
  expect(await textOf(directives)).toMatch(
    /^Arahan Briefing Pimpinan.*16 arahan: \d+ selesai, [1-9]\d* terlambat\./,
  )
  await directives.screenshot({ path: 'tests/e2e/artifacts/directives-bogor.png' })
  expect(session.problems).toEqual([])
})

test("the acting mayor's quarterly evaluation is a chart with a summary and a table twin", async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/programs?region=3271`)
  const figure = page.getByRole('figure', {
    name: 'Hasil evaluasi triwulanan Pj Wali Kota Kota Bogor',
  })
  await drawnChart(figure)
  expect(await textOf(figure)).toMatch(
    /Hasil keseluruhan dari .* \(Triwulan II 2024\) menjadi .* \(Triwulan I 2025\)/,
  )
  await figure.screenshot({ path: 'tests/e2e/artifacts/pj-evaluation-bogor.png' })
  await figure.getByRole('button', { name: 'Tabel', exact: true }).click()
  expect(await figure.locator('tbody tr').count()).toBe(4)
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('milestones and updates open from the keyboard', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/programs?region=3271&agency=3271-dinkes`)
  const region = section(page, 'Program 100 hari kerja')
  const summary = region.getByText('Tonggak dan pembaruan').first()
  await summary.focus()
  await page.keyboard.press('Enter')
  await region.getByText(/Pendataan posyandu tidak aktif — selesai/).waitFor()
  expect(await textOf(region)).toMatch(/Pembaruan.*\d+ \w+ 2025: Rapat koordinasi awal/)
  expect(session.problems).toEqual([])
})

test('regions without agency data say so plainly', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/agencies?region=3171`)
  await page
    .getByText('Belum ada data perangkat daerah untuk Kota Administrasi Jakarta Selatan.')
    .waitFor()
  await page.getByRole('button', { name: 'Tampilkan Kota Bogor' }).waitFor()
  await screenshot(page, 'agencies-empty-jaksel')
  expect(await seriousA11yViolations(page)).toEqual([])
  await page.goto(`${baseUrl}/programs?region=31`)
  await page.getByText('Belum ada data program untuk Prov. DKI Jakarta.').waitFor()
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('in English: the roll-up, statuses, overdue flags and the agencies grid', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/programs?region=3271&lang=en`)
  await page.getByRole('heading', { level: 1, name: 'Programs of Kota Bogor' }).waitFor()
  await section(page, 'Priority programs 2026').locator('table').waitFor()
  await expectRollUpsMatchRows(page, 'Done')
  expect(await textOf(section(page, '100-day program'))).toMatch(
    /\d+ of \d+ commitments of the Kota Bogor 100-day program done \(\d+%\), as of 1 November 2026/,
  )
  expect(await textOf(section(page, 'Briefing directives and their follow-up'))).toMatch(
    /⚠ \d+ days? overdue/,
  )
  expect(await page.locator('html').getAttribute('lang')).toBe('en')
  await screenshot(page, 'programs-bogor-en')
  expect(await seriousA11yViolations(page)).toEqual([])

  await page.goto(`${baseUrl}/agencies?region=7571&lang=en`)
  await page.getByRole('heading', { level: 1, name: 'Agencies of Kota Gorontalo' }).waitFor()
  const grid = page.getByRole('table', { name: /SAKIP grade and score/ })
  await grid.waitFor()
  expect(await grid.getByText('Not evaluated').count()).toBeGreaterThan(0)
  await drawnChart(page.getByRole('figure', { name: /^SAKIP ranking, 2025/ }))
  await screenshot(page, 'agencies-gorontalo-en')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})
