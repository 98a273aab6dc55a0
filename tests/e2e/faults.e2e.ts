import { afterEach, beforeEach, expect, test } from 'vitest'
import { openSession, seriousA11yViolations, textOf, type Session } from './browser'

/**
 * The fault matrix: every resource × {500, network error, a hang past the timeout, invalid payload}.
 * In each case the widget that needs the resource shows its error with a retry while the rest of the
 * page renders, and the retry recovers once the fault clears (the scenario fails the first tries only).
 */
const FAULTS = ['500', 'network', 'hang', 'invalid'] as const
const MESSAGES: Record<(typeof FAULTS)[number], string> = {
  '500': 'Server menolak permintaan (kode 500).',
  network: 'Tidak dapat terhubung ke server.',
  hang: 'Server tidak menjawab tepat waktu.',
  invalid: 'Data tidak valid.',
}

type Case = {
  resource: string
  path: string
  /** Something that must render although the resource fails. */
  unaffected: (s: Session) => Promise<void>
  /** Something the resource feeds, visible once it recovers. */
  recovered: (s: Session) => Promise<void>
}

/** The region field shows the chosen region's name once its record has arrived. */
async function regionFieldShows(s: Session, name: string): Promise<void> {
  const field = s.page.getByRole('combobox', { name: 'Wilayah' })
  await field.waitFor()
  await s.page.waitForFunction(
    (expected) =>
      (document.querySelector<HTMLInputElement>('#filter-region')?.value ?? '') === expected,
    name,
  )
}

const CASES: Case[] = [
  {
    resource: 'regions',
    path: '/?region=3271&period=2023',
    unaffected: (s) =>
      s.page.getByRole('article', { name: /TPT/ }).getByText('9,39 %', { exact: true }).waitFor(),
    recovered: async (s) => {
      await regionFieldShows(s, 'Kota Bogor')
      await s.page
        .getByRole('navigation', { name: 'Letak wilayah' })
        .getByText('Prov. Jawa Barat')
        .waitFor()
    },
  },
  {
    resource: 'indicators',
    path: '/?region=3271&period=2023',
    unaffected: (s) => regionFieldShows(s, 'Kota Bogor'),
    recovered: (s) => s.page.getByRole('article', { name: /TPT/ }).waitFor(),
  },
  {
    resource: 'series',
    path: '/?region=3271&period=2023',
    unaffected: (s) => regionFieldShows(s, 'Kota Bogor'),
    recovered: (s) =>
      s.page.getByRole('article', { name: /TPT/ }).getByText('9,39 %', { exact: true }).waitFor(),
  },
  {
    resource: 'agencies',
    path: '/agencies?region=3271',
    unaffected: (s) => regionFieldShows(s, 'Kota Bogor'),
    recovered: (s) => s.page.getByRole('heading', { name: 'Predikat SAKIP per tahun' }).waitFor(),
  },
  {
    resource: 'programs',
    path: '/programs?region=3271',
    unaffected: (s) =>
      s.page
        .getByRole('heading', { name: 'Arahan Briefing Pimpinan dan tindak lanjutnya' })
        .waitFor(),
    recovered: (s) => s.page.getByRole('heading', { name: 'Program 100 hari kerja' }).waitFor(),
  },
  {
    resource: 'directives',
    path: '/programs?region=3271',
    unaffected: (s) => s.page.getByRole('heading', { name: 'Program 100 hari kerja' }).waitFor(),
    recovered: (s) =>
      s.page
        .getByRole('heading', { name: 'Arahan Briefing Pimpinan dan tindak lanjutnya' })
        .waitFor(),
  },
  {
    resource: 'pj-evaluations',
    path: '/programs?region=3271',
    unaffected: (s) =>
      s.page
        .getByRole('heading', { name: 'Arahan Briefing Pimpinan dan tindak lanjutnya' })
        .waitFor(),
    recovered: (s) =>
      s.page.getByRole('heading', { name: /Hasil evaluasi triwulanan Pj Wali Kota/ }).waitFor(),
  },
]

let session: Session
beforeEach(async () => {
  session = await openSession()
})
afterEach(async () => {
  await session.close()
})

const matrix = CASES.flatMap((c) => FAULTS.map((fault) => ({ ...c, fault })))

test.each(matrix)(
  '$resource × $fault: the widget says so, the rest renders, retry recovers',
  async (c) => {
    const { page, baseUrl } = session
    const separator = c.path.includes('?') ? '&' : '?'
    await page.goto(`${baseUrl}${c.path}${separator}scenario=${c.resource}:${c.fault}&timeout=1200`)
    const alert = page.getByRole('alert').filter({ hasText: MESSAGES[c.fault] })
    await alert.waitFor({ timeout: 20_000 })
    await c.unaffected(session)
    await alert.getByRole('button', { name: 'Coba lagi' }).click()
    await c.recovered(session)
    expect(await page.getByRole('alert').filter({ hasText: MESSAGES[c.fault] }).count()).toBe(0)
    // The browser logs failed loads (5xx) itself; anything else is a bug.
    expect(
      session.problems.filter((p) => !/Failed to load resource|net::ERR_FAILED/.test(p)),
    ).toEqual([])
  },
)

test('the error state passes axe', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?scenario=series:invalid`)
  await page.getByRole('alert').filter({ hasText: 'Data tidak valid.' }).waitFor()
  expect(await seriousA11yViolations(page)).toEqual([])
})

test('when the chart library cannot load, each chart says so and its table still has every figure', async () => {
  const { page, context, baseUrl } = session
  // The chart modules and Recharts itself never arrive (a proxy that blocks them, a dropped line).
  // On the context: the demo's service worker fetches them, out of reach of page.route.
  await context.route(/\/assets\/(recharts-|charts-)[^/]*\.js$/, (route) => route.abort())
  await page.goto(`${baseUrl}/indicators/tpt?region=3271&period=2023`)
  const trend = page.getByRole('figure', { name: /^Tren TPT/ })
  await trend
    .getByText('Grafik tidak dapat dimuat. Tabelnya (tombol Tabel) memuat semua angka.')
    .waitFor()
  // The page around it is whole: heading, summary sentence, the other sections.
  await page
    .getByRole('heading', { level: 1, name: 'Tingkat Pengangguran Terbuka (TPT) — Kota Bogor' })
    .waitFor()
  expect(await textOf(trend)).toContain('menjadi 9,39 % (Agustus 2023)')
  await trend.getByRole('button', { name: 'Tabel', exact: true }).click()
  await trend.getByRole('table').getByRole('cell', { name: '9,39 %' }).waitFor()
  expect(await seriousA11yViolations(page)).toEqual([])
  // Only the blocked downloads themselves are logged (as the browser reports them).
  expect(
    session.problems.filter((p) => !/Failed to load resource|net::ERR_FAILED/.test(p)),
  ).toEqual([])
})
