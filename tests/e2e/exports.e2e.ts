import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import {
  drawnChart,
  openSession,
  screenshot,
  seriousA11yViolations,
  textOf,
  type Session,
} from './browser'

/**
 * What a planner takes away (issue 19's symptoms; docs/decisions 0060–0063): the ranking and its
 * files keep every place the screen keeps, say how much of a region they rank, mark a synthetic
 * figure in the picture too, and write codes and "data per" a spreadsheet reads as meant.
 */
let session: Session
beforeAll(async () => {
  session = await openSession()
})
afterAll(async () => {
  await session.close()
})

type Row = Record<string, string>
const DATA_AS_OF = '2026-11-01T08:00:00+07:00'
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

/** The file a download button gives: its text, and its rows as a spreadsheet's parser reads them. */
async function download(
  page: Page,
  frame: Locator,
  button: 'CSV (koma, titik desimal)' | 'CSV untuk Excel Indonesia (;)',
): Promise<{ text: string; rows: Row[] }> {
  await frame.getByRole('button', { name: 'Unduh' }).first().click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: button }).first().click(),
  ])
  const text = await readFile(await file.path(), 'utf8')
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, '').trimEnd(), {
    header: true,
    delimiter: button === 'CSV (koma, titik desimal)' ? ',' : ';',
  })
  expect(parsed.errors).toEqual([])
  return { text, rows: parsed.data }
}

test('the compare ranking’s CSV keeps the regions it does not rank, with an empty rank and why', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/compare?indicator=tpt&regions=3271,7571,31,3171&at=2023-08`)
  const ranking = page.getByRole('figure', { name: /^Peringkat TPT/ })
  await drawnChart(ranking)
  expect(await textOf(ranking)).toContain('Kota Gorontalo: tanpa data untuk Agustus 2023')
  const { rows } = await download(page, ranking, 'CSV (koma, titik desimal)')
  expect(rows.map((r) => [r.peringkat, r.nama_wilayah])).toEqual([
    ['1', 'Kota Administrasi Jakarta Selatan'],
    ['2', 'Prov. DKI Jakarta'],
    ['3', 'Kota Bogor'],
    ['', 'Kota Gorontalo'],
  ])
  expect(plain(rows[3]?.catatan ?? '')).toBe(
    'tanpa data untuk Agustus 2023 — terdekat: 6,52 % (Agustus 2020), tidak diperingkat',
  )
  expect(session.problems).toEqual([])
})

test('the ranking PNG marks DKI’s interpolated 6,84 % as the screen does', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/compare?indicator=tpt&regions=3271,7571,31,3171&at=2023-08`)
  const ranking = page.getByRole('figure', { name: /^Peringkat TPT/ })
  await drawnChart(ranking)
  // On screen: the bar's figure carries the mark.
  const labels = (await ranking.locator('svg text').allTextContents()).map(plain)
  expect(labels).toContain('6,84 % ◇')
  // The PNG is drawn from the chart's SVG and the frame's notes: record both as they are drawn.
  await page.evaluate(() => {
    const drawn: string[] = []
    ;(window as unknown as { drawn: string[] }).drawn = drawn
    // Wrap two methods so every call is recorded, then passed on unchanged.
    const record = (
      proto: object,
      name: string,
      pick: (args: unknown[], out: unknown) => string,
    ) => {
      const original = Object.getOwnPropertyDescriptor(proto, name)?.value as (
        ...args: unknown[]
      ) => unknown
      Object.defineProperty(proto, name, {
        configurable: true,
        value(this: unknown, ...args: unknown[]) {
          const out = Reflect.apply(original, this, args)
          drawn.push(pick(args, out))
          return out
        },
      })
    }
    record(XMLSerializer.prototype, 'serializeToString', (_args, out) => String(out))
    record(CanvasRenderingContext2D.prototype, 'fillText', (args) => String(args[0]))
  })
  await ranking.getByRole('button', { name: 'Unduh' }).click()
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    ranking.getByRole('button', { name: 'Gambar PNG' }).click(),
  ])
  const bytes = await readFile(await png.path())
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  const drawn = (await page.evaluate(() => (window as unknown as { drawn: string[] }).drawn)).map(
    plain,
  )
  expect(drawn.some((text) => text.includes('6,84 % ◇</text>'))).toBe(true)
  expect(drawn.join('\n')).toContain('Batang bergaris putus-putus bertanda ◇: data sintetis')
  expect(session.problems).toEqual([])
})

test('codes open as text in a spreadsheet, BPS and Kemendagri apart; the method of a synthetic value has its own column', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/tpt?region=31&from=2021&to=2025`)
  const parents = page.getByRole('figure', { name: /dibanding wilayah induk/ })
  await drawnChart(parents)
  const excel = await download(page, parents, 'CSV untuk Excel Indonesia (;)')
  // Indonesia's 0000 as the text formula ="0000" (RFC 4180 quoted), never a bare 0000.
  expect(excel.text).toMatch(/^"=""0000""";;Indonesia;tpt;/m)
  expect(excel.text).not.toMatch(/(^|;)0000;/m)
  const nation = excel.rows.find((r) => r.nama_wilayah === 'Indonesia')
  expect(nation).toMatchObject({ kode_bps: '="0000"', kode_kemendagri: '' })
  const dki = excel.rows.find((r) => r.nama_wilayah === 'Prov. DKI Jakarta')
  expect(dki).toMatchObject({ kode_bps: '="31"', kode_kemendagri: '="31"' })
  expect(Object.keys(excel.rows[0] ?? {})).not.toContain('kode_wilayah')

  const trend = page.getByRole('figure', { name: /^Tren TPT/ })
  const { rows } = await download(page, trend, 'CSV (koma, titik desimal)')
  const interpolated = rows.find((r) => r.periode === '2023-08')
  expect(interpolated).toMatchObject({
    nilai: '6.84',
    asal_data: 'Sintetis',
    penerbit: '',
    publikasi: '',
    metode_sintetis: 'Interpolasi antara dua angka resmi',
    data_per: DATA_AS_OF,
  })
  const official = rows.find((r) => r.periode === '2025-08')
  expect(official?.publikasi).toMatch(/^Sakernas Agustus 2025/)
  expect(official?.metode_sintetis).toBe('')
  expect(session.problems).toEqual([])
})

test('a breakdown of 4 of Jawa Barat’s 27 kab/kota says so on screen and in its CSV', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/tpt?region=32`)
  const breakdown = page.getByRole('figure', { name: /^TPT per wilayah di Prov. Jawa Barat/ })
  await drawnChart(breakdown)
  expect(plain(await textOf(breakdown))).toContain(
    '4 dari 27 kab/kota; tertinggi Kota Bogor (9,39 %), terendah Kota Bekasi (7,90 %).',
  )
  const { rows } = await download(page, breakdown, 'CSV (koma, titik desimal)')
  expect(rows).toHaveLength(27)
  const ranked = rows.filter((r) => r.peringkat !== '')
  expect(ranked.map((r) => r.nama_wilayah)).toEqual([
    'Kota Bekasi',
    'Kabupaten Bogor',
    'Kota Bandung',
    'Kota Bogor',
  ])
  for (const row of ranked) {
    expect(row.catatan).toBe(
      'peringkat di antara 4 dari 27 kab/kota yang memiliki data Agustus 2023',
    )
  }
  await screenshot(page, 'breakdown-jawa-barat-partial')
  expect(await seriousA11yViolations(page)).toEqual([])
  expect(session.problems).toEqual([])
})

test('programs and directives write one "data per": the dataset’s time', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/programs?region=3271`)
  const hundredDay = page.getByRole('region', { name: 'Program 100 hari kerja' })
  await hundredDay.getByRole('table').waitFor()
  const programs = await download(page, hundredDay, 'CSV (koma, titik desimal)')
  const directivesSection = page.getByRole('region', { name: /^Arahan/ })
  await directivesSection.getByRole('table').waitFor()
  const directives = await download(page, directivesSection, 'CSV (koma, titik desimal)')
  for (const rows of [programs.rows, directives.rows]) {
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.data_per))).toEqual(new Set([DATA_AS_OF]))
    expect(rows[0]).toMatchObject({ kode_bps: '="3271"', kode_kemendagri: '="32.71"' })
  }
  expect(session.problems).toEqual([])
})

test('a grade ranking numbers each place once', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/compare?indicator=audit-opinion&regions=3271,7571,31`)
  const list = page.locator('ol.grade-ranking')
  await list.waitFor()
  expect(await list.evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('none')
  expect(await list.locator('li').first().innerText()).toMatch(/^=1\. Prov\. DKI Jakarta: WTP/)
  await screenshot(page, 'compare-audit-grades')
  expect(session.problems).toEqual([])
})
