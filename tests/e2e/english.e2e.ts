import { afterAll, beforeAll, expect, test } from 'vitest'
import { openSession, type Session } from './browser'

/**
 * English complete (issue 12, finding 9): on `lang=en` pages no Indonesian is left apart from proper
 * names (places, agencies, article titles) and official publication titles ("Sakernas Agustus
 * 2023"). The words below are the app's own Indonesian; none of them is part of a proper name or a
 * publication title in the demo data.
 */
const INDONESIAN = [
  'Sumber:',
  'Sintetis',
  'sintetis',
  'dibaca di',
  'Tertinggal',
  'tertinggal',
  'Terbaru',
  'poin persentase',
  'Tahun ini',
  'Unduh',
  'Tabel',
  'Grafik',
  'Spasi',
  'Belum tercapai',
  'Tercapai',
  'Mendekati target',
  'tanpa data',
  'Wilayah',
  'Periode',
  'Kartu kinerja',
  'Triwulan',
  'biasanya terbit',
  'Menampilkan',
  'Rentang',
  'Terapkan',
  'Data per',
  'pukul',
  'Lewati',
  'Coba lagi',
  'Tambah',
  'yang lalu',
  'jatuh tempo',
  'Terlambat',
  'terlambat',
  'Kelompokkan',
  'Perbandingan',
  'Ringkasan',
  'Perangkat daerah',
]

const PAGES = [
  { path: '/?region=3271', title: /^Scorecard .*Kota Bogor · Kinerja$/ },
  { path: '/?region=7571010&period=2023', title: /Kec\. Kota Barat · Kinerja$/ },
  { path: '/indicators/tpt?region=3271', title: /Kota Bogor · Kinerja$/ },
  { path: '/indicators/stunting?region=7571', title: /Kota Gorontalo · Kinerja$/ },
  { path: '/indicators/inflation?region=3271&range=12m', title: /Kota Bogor · Kinerja$/ },
  { path: '/indicators/poverty?region=31', title: /DKI Jakarta · Kinerja$/ },
  { path: '/indicators/sakip?region=3271', title: /Kota Bogor · Kinerja$/ },
  { path: '/indicators/audit-opinion?region=7571', title: /Kota Gorontalo · Kinerja$/ },
  { path: '/indicators/program-100?region=3271', title: /Kota Bogor · Kinerja$/ },
  { path: '/compare?indicator=tpt&regions=3271,7571,31', title: /· Kinerja$/ },
  { path: '/compare?indicator=sakip&regions=3271,7571,31', title: /· Kinerja$/ },
  { path: '/agencies?region=3271', title: /Kota Bogor · Kinerja$/ },
  { path: '/agencies/3271-dinkes?region=3271', title: /· Kinerja$/ },
  { path: '/programs?region=3271', title: /Kota Bogor · Kinerja$/ },
  { path: '/briefing?region=3271', title: /· Kinerja$/ },
  { path: '/briefing/presenter?region=3271', title: /· Kinerja$/ },
  { path: '/about', title: /^About the data · Kinerja$/ },
  { path: '/no-such-page', title: /· Kinerja$/ },
]

let session: Session
beforeAll(async () => {
  session = await openSession()
})
afterAll(async () => {
  await session.close()
})

test.each(PAGES)(
  '$path in English: no Indonesian of our own, a title naming the page',
  async ({ path, title }) => {
    const { page, baseUrl } = session
    const separator = path.includes('?') ? '&' : '?'
    await page.goto(`${baseUrl}${path}${separator}lang=en`)
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'attached' })
    // Everything settles: lazy sections and charts below the fold draw as they come into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.title()).toMatch(title)
    // What is read aloud counts as much as what is seen: names, labels and tooltips too.
    const text = await page.evaluate(() =>
      [
        document.body.innerText,
        ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap(
          (element) =>
            ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name)),
        ),
      ]
        .filter(Boolean)
        .join('\n'),
    )
    const found = INDONESIAN.filter((word) => text.includes(word))
    expect(found).toEqual([])
    expect(session.problems).toEqual([])
  },
)
