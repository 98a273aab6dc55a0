import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openSession, seriousA11yViolations, textOf, type Session } from './browser'

/**
 * One truth per number (issue 12's acceptance): for three places at two "as of" periods, every
 * indicator's reading is the same on the scorecard card, the indicator page, the compare ranking,
 * the briefing slide and the CSV — value, period, target with its basis, status and provenance
 * (and, where a view shows it, the source). The CSV is the machine-readable side; the card's words are compared with
 * it, then every other view is compared with the card.
 */
const PLACES = [
  { code: '3271', name: 'Kota Bogor' },
  { code: '7571', name: 'Kota Gorontalo' },
  { code: '31', name: 'Prov. DKI Jakarta' },
] as const
const AS_OF = [
  { param: null, label: 'Terbaru' },
  { param: '2023', label: 'Tahun 2023' },
] as const
const INDICATORS = [
  { id: 'tpt', short: 'TPT', name: 'Tingkat Pengangguran Terbuka (TPT)' },
  { id: 'stunting', short: 'Stunting', name: 'Prevalensi balita stunting' },
  { id: 'inflation', short: 'Inflasi', name: 'Inflasi tahunan (y-on-y)' },
  { id: 'poverty', short: 'Kemiskinan', name: 'Persentase penduduk miskin (P0)' },
  { id: 'sakip', short: 'SAKIP', name: 'Nilai & predikat SAKIP' },
  { id: 'audit-opinion', short: 'Opini BPK', name: 'Opini BPK atas LKPD' },
  { id: 'program-100', short: 'Program 100 hari', name: 'Capaian program 100 hari kepala daerah' },
] as const
/** A deck of one slide per indicator, in the order above. */
const DECK = INDICATORS.map((i) => i.id).join(',')

type CsvRow = Record<string, string>

/** The mark every synthetic value carries: "◇ Sintetis". */
const SYNTHETIC_MARK = /^◇ Sintetis$/

/** "9,39 %", "1.234,5", "95 %" → a number; null when the text is not an Indonesian number. */
function idNumber(text: string): number | null {
  const match = /-?[\d.]+(?:,\d+)?/.exec(text)
  if (!match) return null
  return Number(match[0].replaceAll('.', '').replace(',', '.'))
}

/**
 * A number as shown agrees with the number stored when it is that number rounded to the decimals
 * shown ("88 %" for 88.24, "15,4 %" for 15.4).
 */
function expectShownAs(
  shown: string | null | undefined,
  stored: string | undefined,
  where: string,
) {
  const number = idNumber(shown ?? '')
  const decimals = /,(\d+)/.exec(shown ?? '')?.[1]?.length ?? 0
  expect(number, where).not.toBeNull()
  expect(number, where).toBe(Number(Number(stored).toFixed(decimals)))
}

/** The facts one card shows, in its words. */
type CardFacts = {
  value: string
  period: string
  status: string
  /** "Target 2023: ≤ 7,64 % (RPJMD, sintetis)" or "Belum ada target untuk 2023". */
  target: string
  synthetic: boolean
  source: string
}

async function cardFacts(card: Locator): Promise<CardFacts> {
  const part = async (selector: string) => textOf(card.locator(selector).first())
  return {
    value: await part('.card__number'),
    period: await part('.card__period'),
    status: await part('.status'),
    target: await part('.card__target'),
    synthetic: (await card.getByText(SYNTHETIC_MARK).count()) > 0,
    source: await part('.source-line > span:first-child'),
  }
}

/** The card's words say what the CSV row holds. */
function expectCardMatchesCsv(facts: CardFacts, row: CsvRow, where: string) {
  expect(facts.period, where).toBe(
    row.angka_sementara === 'ya' ? `${row.label_periode} (sementara)` : row.label_periode,
  )
  if (row.predikat) expect(facts.value, where).toBe(row.predikat)
  else expectShownAs(facts.value, row.nilai, where)
  expect(facts.status, where).toContain(row.status)
  expect(facts.synthetic, where).toBe(row.asal_data === 'Sintetis')
  expect(facts.source, where).toBe(
    row.penerbit
      ? `Sumber: ${row.penerbit}, ${row.publikasi}`
      : 'Sumber: Kinerja — data sintetis (bukan angka resmi)',
  )
  if (!row.dasar_target) {
    expect(facts.target, where).toMatch(/^Belum ada target/)
    return
  }
  const basis = row.asal_target === 'Sintetis' ? `${row.dasar_target}, sintetis` : row.dasar_target
  expect(facts.target, where).toContain(`Target ${row.tahun_target}: `)
  expect(facts.target, where).toContain(`(${basis})`)
  const said = facts.target.slice(facts.target.indexOf(':') + 1)
  if (row.target_predikat) expect(said, where).toContain(row.target_predikat)
  else if (row.target_min && row.target_maks) {
    // "3,0 ± 1 %": the band's centre and half-width.
    const [centre, radius] = said.split('±')
    const min = Number(row.target_min)
    const max = Number(row.target_maks)
    expectShownAs(centre, String((min + max) / 2), where)
    expectShownAs(radius, String((max - min) / 2), where)
  } else expectShownAs(said, row.target_nilai, where)
}

/** Another view says what the card says. */
async function expectViewMatchesCard(
  view: Locator,
  facts: CardFacts,
  where: string,
  { source }: { source: boolean },
) {
  const text = await textOf(view)
  expect(text, where).toContain(facts.value)
  expect(text, where).toContain(facts.period)
  expect(text, where).toContain(facts.status)
  // The target with its basis; a table cell leaves out the "Target 2023:" the card starts with.
  const target = facts.target.startsWith('Target ')
    ? facts.target.slice(facts.target.indexOf(':') + 2)
    : facts.target
  expect(text, where).toContain(target)
  expect((await view.getByText(SYNTHETIC_MARK).count()) > 0, where).toBe(facts.synthetic)
  if (source) expect(text, where).toContain(facts.source)
}

async function downloadScorecardCsv(page: Page): Promise<CsvRow[]> {
  await page.getByRole('button', { name: 'Tabel', exact: true }).click()
  await page.getByRole('button', { name: 'Unduh' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV (koma, titik desimal)' }).click(),
  ])
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
  const parsed = Papa.parse<CsvRow>(text.trimEnd(), { header: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

function withAsOf(path: string, asOf: string | null): string {
  return asOf ? `${path}&period=${asOf}` : path
}

/** The deck's `index`-th slide (one per indicator), shown on the projector canvas. */
async function briefingSlide(
  page: Page,
  baseUrl: string,
  region: string,
  asOf: string | null,
  index: number,
): Promise<Locator> {
  await page.goto(
    withAsOf(`${baseUrl}/briefing?region=${region}&deck=${DECK}&slide=${index + 1}`, asOf),
  )
  const indicator = INDICATORS[index]!
  const slide = page.getByRole('region', {
    name: `${indicator.name} (${index + 1} / ${INDICATORS.length})`,
  })
  await slide.locator('.slide__value, .slide__fact').first().waitFor()
  return slide
}

let session: Session
beforeAll(async () => {
  session = await openSession()
})
afterAll(async () => {
  await session.close()
})

describe.each(PLACES)('$name', (place) => {
  test.each(AS_OF)(
    'as of “$label”: card, indicator page, compare ranking, briefing slide and CSV agree for every indicator',
    async (asOf) => {
      const { page, baseUrl } = session
      await page.goto(withAsOf(`${baseUrl}/?region=${place.code}`, asOf.param))
      await page.getByRole('heading', { level: 1, name: `Kartu kinerja ${place.name}` }).waitFor()
      await page.getByRole('article', { name: 'TPT' }).waitFor()

      // Each card's facts, or the sentence it says when there is no reading.
      const cards = new Map<string, CardFacts | string>()
      for (const indicator of INDICATORS) {
        const card = page.getByRole('article', { name: indicator.short, exact: true })
        const empty = card.getByText(/^Belum ada data/)
        cards.set(
          indicator.id,
          (await empty.count()) > 0 ? await textOf(empty) : await cardFacts(card),
        )
      }
      const csv = await downloadScorecardCsv(page)
      for (const row of csv) expect(row.kode_bps).toBe(`="${place.code}"`)

      for (const [index, indicator] of INDICATORS.entries()) {
        const where = `${place.name}, ${asOf.label}, ${indicator.short}`
        const facts = cards.get(indicator.id)
        const row = csv.find((r) => r.id_indikator === indicator.id)

        // The indicator page's reading panel.
        await page.goto(
          withAsOf(`${baseUrl}/indicators/${indicator.id}?region=${place.code}`, asOf.param),
        )
        const panel = page.getByRole('region', {
          name: asOf.param ? `${place.name} per ${asOf.param}` : `Angka terbaru ${place.name}`,
        })
        await panel.waitFor()
        if (typeof facts === 'string' || !facts || !row) {
          // No reading: no CSV row, and the page and the slide say what the card says.
          expect(row, where).toBeUndefined()
          expect(typeof facts, where).toBe('string')
          await panel.getByText(facts as string, { exact: true }).waitFor()
          const slide = await briefingSlide(page, baseUrl, place.code, asOf.param, index)
          await slide.getByText(facts as string, { exact: true }).waitFor()
          continue
        }
        expectCardMatchesCsv(facts, row, where)
        await panel.getByText(facts.value, { exact: true }).waitFor()
        await expectViewMatchesCard(panel, facts, `${where}: indicator page`, { source: true })

        // The compare ranking at the reading's own period ranks the same reading.
        await page.goto(
          withAsOf(
            `${baseUrl}/compare?indicator=${indicator.id}&regions=3271,7571,31&at=${row.periode}`,
            asOf.param,
          ),
        )
        const ranking = page.getByRole('figure', { name: /^Peringkat/ })
        await ranking.getByRole('button', { name: 'Tabel', exact: true }).click()
        const line = ranking.getByRole('row', { name: new RegExp(place.name) })
        await line.waitFor()
        await expectViewMatchesCard(line, facts, `${where}: compare ranking`, { source: false })

        // The briefing slide of the indicator, as of the same period.
        const slide = await briefingSlide(page, baseUrl, place.code, asOf.param, index)
        await expectViewMatchesCard(slide, facts, `${where}: briefing slide`, { source: true })
      }
      expect(session.problems).toEqual([])
    },
  )
})

/**
 * A region against its province and the nation (docs/decisions/0055): the indicator page and the
 * briefing's parents slide say the same sentence — each parent at the region's period, like for
 * like, a parent without it with its nearest figure and that figure's own period.
 */
describe('a region against its province and the nation', () => {
  const cases = (['3271', '7571'] as const).flatMap((region) =>
    (['tpt', 'poverty', 'inflation'] as const).flatMap((indicator) =>
      AS_OF.map((asOf) => ({ region, indicator, asOf: asOf.param, label: asOf.label })),
    ),
  )
  test.each(cases)(
    '$region, $indicator, as of “$label”: the indicator page and the slide agree',
    async ({ region, indicator, asOf }) => {
      const { page, baseUrl } = session
      await page.goto(withAsOf(`${baseUrl}/indicators/${indicator}?region=${region}`, asOf))
      const parents = page.getByRole('figure', { name: /dibanding wilayah induk/ })
      const onPage = await textOf(parents.locator('.chart-frame__summary'))
      await page.goto(
        withAsOf(`${baseUrl}/briefing?region=${region}&deck=parents:${indicator}`, asOf),
      )
      const headline = page.locator('.slide__headline').first()
      await headline.waitFor()
      const onSlide = await textOf(headline)
      // The comparison, or that the region has no figure as of that period (Gorontalo's poverty).
      expect(onSlide).toMatch(/^\S.* \(.+\): |^Belum ada data /)
      expect(onPage).toBe(onSlide)
      expect(session.problems).toEqual([])
    },
  )

  test('the comparison on the indicator page passes axe', async () => {
    const { page, baseUrl } = session
    await page.goto(`${baseUrl}/indicators/poverty?region=3271`)
    await page.getByRole('figure', { name: /dibanding wilayah induk/ }).waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
  })
})

test('the compare page with a common period passes axe', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/compare?indicator=tpt&regions=3271,7571,31&at=2020-08`)
  await page.getByRole('figure', { name: /^Peringkat/ }).waitFor()
  expect(await seriousA11yViolations(page)).toEqual([])
})

test.each([
  { asOf: null, years: ['2019', '2023'] },
  { asOf: '2024', years: ['2019', '2023'] },
])(
  'one "last 5 years" as of $asOf: the indicator page, the compare small multiples and the briefing slide show the same years of Kota Bogor’s TPT',
  async ({ asOf, years }) => {
    const { page, baseUrl } = session
    const [from, to] = years
    const window = `Menampilkan ${from} – ${to}`
    await page.goto(withAsOf(`${baseUrl}/indicators/tpt?region=3271`, asOf))
    expect(await textOf(page.locator('.range-controls__shown'))).toBe(window)
    // Compared with a place whose TPT runs two years further (DKI Jakarta, 2025).
    await page.goto(
      withAsOf(`${baseUrl}/compare?indicator=tpt&region=3271&regions=3271,7571,31`, asOf),
    )
    expect(await textOf(page.locator('.range-controls__shown'))).toBe(window)
    const slide = await briefingSlide(page, baseUrl, '3271', asOf, 0)
    await slide.locator('.slide__chart svg').first().waitFor()
    const ticks = (await slide.locator('.slide__chart svg text').allTextContents()).filter((t) =>
      /^\d{4}$/.test(t.trim()),
    )
    expect([ticks[0], ticks.at(-1)]).toEqual(years)
    expect(session.problems).toEqual([])
  },
)
