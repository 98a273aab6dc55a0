import { readFile } from 'node:fs/promises'
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

function figure(name: RegExp) {
  return session.page.getByRole('figure', { name })
}

async function showTable(name: RegExp) {
  await figure(name).getByRole('button', { name: 'Tabel', exact: true }).click()
  return figure(name).getByRole('table')
}

async function bodyRowCount(name: RegExp) {
  return await (await showTable(name)).locator('tbody tr').count()
}

test('a scorecard card opens its indicator page with trend, comparison and breakdown', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271&period=2023`)
  await page.getByRole('article', { name: /TPT/ }).getByRole('link', { name: 'TPT' }).click()
  await page
    .getByRole('heading', { level: 1, name: 'Tingkat Pengangguran Terbuka (TPT) — Kota Bogor' })
    .waitFor()
  const url = new URL(page.url())
  expect(url.pathname).toBe('/indicators/tpt')
  expect(url.searchParams.get('period')).toBe('2023')

  await drawnChart(figure(/^Tren TPT/))
  expect(await textOf(figure(/^Tren TPT/))).toContain('menjadi 9,39 % (Agustus 2023)')
  await drawnChart(figure(/dibanding wilayah induk/))
  expect(await textOf(figure(/dibanding wilayah induk/))).toContain('Jawa Barat')
  await drawnChart(figure(/TPT per wilayah di Kota Bogor/))
  expect(await textOf(figure(/TPT per wilayah/))).toContain('semua 6 kecamatan')
  // The reference lines say what the card and the briefing's breakdown slide say.
  const lines = (
    await figure(/TPT per wilayah/)
      .locator('svg text')
      .allTextContents()
  ).map((line) => line.replace(/\s+/g, ' '))
  expect(lines).toEqual(expect.arrayContaining(['Kota Bogor: 9,39 %', 'Target 2023: ≤ 7,64 %']))
  await screenshot(page, 'indicator-tpt-bogor')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('a preset and a custom range keep chart, table and URL in agreement, and survive reload', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/inflation?region=3271`)
  await page.getByRole('heading', { level: 1, name: /Inflasi/ }).waitFor()

  await page.getByRole('button', { name: '12 bulan terakhir' }).click()
  await page.getByText('Menampilkan Agustus 2024 – Juli 2025', { exact: true }).waitFor()
  expect(new URL(page.url()).searchParams.get('range')).toBe('last-12-months')
  expect(await textOf(figure(/^Tren Inflasi/))).toContain('Agustus 2024 – Juli 2025')
  expect(await bodyRowCount(/^Tren Inflasi/)).toBe(12)

  await page.reload()
  await page.getByText('Menampilkan Agustus 2024 – Juli 2025', { exact: true }).waitFor()
  expect(
    await page.getByRole('button', { name: '12 bulan terakhir' }).getAttribute('aria-pressed'),
  ).toBe('true')

  await page.getByLabel('Dari').selectOption('2023-01')
  await page.getByLabel('Sampai').selectOption('2023-06')
  await page.getByRole('button', { name: 'Terapkan rentang' }).click()
  await page.getByText('Menampilkan Januari 2023 – Juni 2023', { exact: true }).waitFor()
  const url = new URL(page.url())
  expect(url.searchParams.get('from')).toBe('2023-01')
  expect(url.searchParams.get('to')).toBe('2023-06')
  expect(url.searchParams.get('range')).toBeNull()
  expect(await bodyRowCount(/^Tren Inflasi/)).toBe(6)

  await page.getByLabel('Kelompokkan tren').selectOption('quarter')
  await figure(/^Tren Inflasi/)
    .getByRole('rowheader', { name: 'Triwulan II 2023' })
    .waitFor()
  expect(await bodyRowCount(/^Tren Inflasi/)).toBe(2)
  expect(new URL(page.url()).searchParams.get('granularity')).toBe('quarter')

  await page.reload()
  await page.getByText('Menampilkan Januari 2023 – Juni 2023', { exact: true }).waitFor()
  expect(await bodyRowCount(/^Tren Inflasi/)).toBe(2)
  await screenshot(page, 'indicator-inflation-custom')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('the CSV download matches the table, with BOM, source and provenance', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/tpt?region=3271&from=2018&to=2023`)
  const trend = figure(/^Tren TPT/)
  const table = await showTable(/^Tren TPT/)
  const tableRows = await table.locator('tbody tr').allInnerTexts()
  expect(tableRows).toHaveLength(6)

  await trend.getByRole('button', { name: 'Unduh' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trend.getByRole('button', { name: 'CSV (koma, titik desimal)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^tpt-kota-bogor-2018-2023\.csv$/)
  const text = await readFile(await download.path(), 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const lines = text.slice(1).trimEnd().split('\r\n')
  expect(lines[0]).toBe(
    'kode_bps,kode_kemendagri,nama_wilayah,id_indikator,indikator,periode,label_periode,nilai,predikat,satuan,tahun_target,target_nilai,target_min,target_maks,target_predikat,dasar_target,asal_target,status,asal_data,angka_sementara,penerbit,publikasi,metode_sintetis,dibaca_di,url_kutipan,tanggal_rilis,data_per',
  )
  expect(lines).toHaveLength(1 + tableRows.length)
  const official = lines.find((line) => line.includes('Agustus 2023'))
  // Region codes (as text) and name, indicator id, period key and label, value and target as
  // numbers…
  expect(official).toMatch(
    /^"=""3271""","=""32\.71""",Kota Bogor,tpt,TPT,2023-08,Agustus 2023,9\.39,,%,2023,7\.64,,,,RPJMD,Sintetis,Belum tercapai,Resmi,tidak,BPS,Sakernas Agustus 2023,,rekam24\.com,https:\/\/rekam24\.com/,
  )
  expect(official).toMatch(/,2023-11-06,2026-11-01T08:00:00\+07:00$/)
  // The provenance column (asal_data, the 19th) marks the same rows synthetic as the table.
  const provenance = lines.slice(1).map((line) => line.split(',')[18])
  expect(provenance.filter((p) => p === 'Sintetis')).toHaveLength(
    tableRows.filter((row) => row.includes('Sintetis')).length,
  )
  for (const row of tableRows) {
    const period = row.split('\t')[0] ?? ''
    expect(lines.some((line) => line.includes(period))).toBe(true)
  }

  await trend.getByRole('button', { name: 'Unduh' }).click()
  const [excel] = await Promise.all([
    page.waitForEvent('download'),
    trend.getByRole('button', { name: 'CSV untuk Excel Indonesia (;)' }).click(),
  ])
  const excelText = await readFile(await excel.path(), 'utf8')
  expect(excelText).toContain('2023-08;Agustus 2023;9,39;;%;2023;7,64')
  expect(session.problems).toEqual([])
})

test('the PNG download is a real image with the chart', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/tpt?region=3271`)
  const trend = figure(/^Tren TPT/)
  await drawnChart(trend)
  await trend.getByRole('button', { name: 'Unduh' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trend.getByRole('button', { name: 'Gambar PNG' }).click(),
  ])
  const bytes = await readFile(await download.path())
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  const chart = await trend.locator('.recharts-wrapper > svg').boundingBox()
  // The image is the chart itself at 2×, framed by 24 px of padding, with text above and below.
  expect(width).toBe(Math.round((Math.round(chart?.width ?? 0) + 48) * 2))
  expect(height).toBeGreaterThan(Math.round(chart?.height ?? 0) * 2 + 200)
  expect(bytes.length).toBeGreaterThan(20_000)
  expect(session.problems).toEqual([])
})

test('two regions compared appear in both the ranking and its table; regions can be added and removed', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/compare?regions=3271,7571&indicator=poverty`)
  const ranking = figure(/^Peringkat Kemiskinan/)
  await drawnChart(ranking)
  const chartText = await textOf(ranking)
  expect(chartText).toContain('Kota Bogor')
  expect(chartText).toContain('Kota Gorontalo')
  const table = await showTable(/^Peringkat Kemiskinan/)
  expect(await table.getByRole('row', { name: /Kota Bogor/ }).count()).toBe(1)
  expect(await table.getByRole('row', { name: /Kota Gorontalo/ }).count()).toBe(1)

  // "Tambah wilayah" is the region picker, by keyboard alone.
  await page.getByRole('combobox', { name: 'Tambah wilayah' }).focus()
  await page.keyboard.type('kota bekasi')
  await page.getByRole('option', { name: /^Kota Bekasi/ }).waitFor()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Hapus Kota Bekasi' }).waitFor()
  expect(new URL(page.url()).searchParams.get('regions')).toBe('3271,7571,3275')
  await page.getByRole('button', { name: 'Hapus Kota Gorontalo' }).click()
  expect(new URL(page.url()).searchParams.get('regions')).toBe('3271,3275')
  await screenshot(page, 'compare-poverty')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('a view already seen reopens without a network request', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271`)
  await page.getByRole('article', { name: /TPT/ }).getByRole('link', { name: 'TPT' }).click()
  await drawnChart(figure(/^Tren TPT/))
  const requests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url())
  })
  await page.getByRole('link', { name: 'Ringkasan' }).click()
  await page.getByRole('article', { name: /TPT/ }).waitFor()
  await page.goBack()
  await drawnChart(figure(/^Tren TPT/))
  await page.getByLabel('Periode (per)').selectOption('2022')
  await page.getByText('Menampilkan 2018 – 2022', { exact: true }).waitFor()
  expect(requests).toEqual([])
  expect(session.problems).toEqual([])
})

test('printing a page prints every chart with its table, and no empty box for a chart never drawn', async () => {
  const { page, baseUrl } = session
  // A short phone screen, not scrolled: no chart is near enough to have been drawn, and the line
  // charts' library has not been asked for.
  await page.setViewportSize({ width: 390, height: 300 })
  await page.goto(`${baseUrl}/indicators/tpt?region=3271`)
  const trend = figure(/^Tren TPT/)
  const breakdown = figure(/TPT per wilayah di Kota Bogor/)
  expect(await textOf(breakdown)).toContain('semua 6 kecamatan')
  expect(await page.locator('figure .chart-slot svg').count()).toBe(0)
  expect(await trend.isVisible()).toBe(true)
  await page.emulateMedia({ media: 'print' })
  // What the browser does on Ctrl+P: the page then prints as it is when the event returns.
  const printed = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'))
    const visible = (el: Element | null) => el !== null && getComputedStyle(el).display !== 'none'
    return [...document.querySelectorAll('figure')].map((f) => ({
      title: f.querySelector('h2')?.textContent ?? '',
      chart: visible(f.querySelector('.chart-slot')),
      table: visible(f.querySelector('.chart-frame__print-table table')),
      rows: f.querySelectorAll('.chart-frame__print-table tbody tr').length,
      tools: visible(f.querySelector('.chart-frame__tools')),
    }))
  })
  const trendPrint = printed.find((f) => f.title.startsWith('Tren TPT'))
  const breakdownPrint = printed.find((f) => f.title.startsWith('TPT per wilayah'))
  // The ranking is plain SVG and draws at once; the trend's library is not there to draw with.
  expect(trendPrint).toMatchObject({ chart: false, table: true, tools: false })
  expect(breakdownPrint).toMatchObject({ chart: true, table: true, rows: 6, tools: false })
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  await page.emulateMedia({ media: 'screen' })
  await expect.poll(() => page.locator('.chart-frame__print-table').count()).toBe(0)
  expect(session.problems).toEqual([])
})

test('on a phone, a chart far down the page draws as the reader scrolls to it; its text is there at once', async () => {
  const { page, baseUrl } = session
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${baseUrl}/indicators/tpt?region=3271`)
  const breakdown = figure(/TPT per wilayah di Kota Bogor/)
  // Title, one-sentence summary and the table twin need no chart library and no scrolling.
  expect(await textOf(breakdown)).toContain('semua 6 kecamatan')
  expect(await breakdown.locator('.chart-slot svg').count()).toBe(0)
  const chart = await drawnChart(breakdown)
  expect(await chart.isVisible()).toBe(true)
  expect(await textOf(breakdown)).toContain('semua 6 kecamatan')
  await screenshot(page, 'indicator-tpt-phone-breakdown')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})
