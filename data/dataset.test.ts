import { expect, test } from 'vitest'
import type { Observation } from '@/api/series'
import { indicatorRows } from './reference/csv'
import { buildDataset, getDataset, listRegions, querySeries } from './dataset'
import { seriesKey } from './synthetic/observations'
import { programRollup } from '@/domain/rollup'
import { getProgramData } from './synthetic/programs-data'

const KOTA_BOGOR = '3271'

function observation(region: string, indicator: string, period: string): Observation | undefined {
  return getDataset()
    .observations.get(seriesKey(region, indicator))
    ?.find((o) => o.period === period)
}

function csvRow(region: string, csvIndicator: string, period: string) {
  return indicatorRows().find(
    (r) => r.region_code === region && r.indicator === csvIndicator && r.period === period,
  )
}

function allObservations(): Array<{ key: string; obs: Observation }> {
  return [...getDataset().observations].flatMap(([key, list]) => list.map((obs) => ({ key, obs })))
}

test.each([
  { indicator: 'tpt', csv: 'tpt', period: '2023-08', value: 9.39 },
  { indicator: 'poverty', csv: 'poverty_rate_p0', period: '2023', value: 6.67 },
  { indicator: 'stunting', csv: 'stunting_prevalence', period: '2023', value: 18.2 },
  { indicator: 'inflation', csv: 'inflation_yoy', period: '2023-12', value: 3.36 },
])(
  "Kota Bogor's official $indicator for $period comes through with the CSV's value and URL",
  ({ indicator, csv, period, value }) => {
    const obs = observation(KOTA_BOGOR, indicator, period)
    const row = csvRow(KOTA_BOGOR, csv, period)
    expect(row).toBeDefined()
    expect(obs).toMatchObject({
      period,
      value,
      grade: null,
      provenance: 'official',
      provisional: false,
      citation: { url: row?.source_url },
    })
    expect(obs?.value).toBe(Number(row?.value))
  },
)

test('official figures name their publisher and survey and a typical release date', () => {
  expect(observation(KOTA_BOGOR, 'tpt', '2023-08')).toMatchObject({
    source: { publisher: 'BPS', publication: 'Sakernas Agustus 2023' },
    releaseDate: '2023-11-06',
  })
  expect(observation(KOTA_BOGOR, 'stunting', '2023')?.source).toEqual({
    publisher: 'Kemenkes',
    publication: 'SKI 2023',
  })
  expect(observation(KOTA_BOGOR, 'stunting', '2022')?.source?.publication).toBe('SSGI 2022')
  expect(observation(KOTA_BOGOR, 'inflation', '2023-12')?.releaseDate).toBe('2024-01-01')
  expect(observation(KOTA_BOGOR, 'poverty', '2023')?.releaseDate).toBe('2024-01-15')
  expect(observation('31', 'poverty', '2024-03')?.releaseDate).toBe('2024-07-15')
  expect(observation(KOTA_BOGOR, 'audit-opinion', '2023')).toMatchObject({
    grade: 'WTP',
    value: null,
    source: { publisher: 'BPK RI', publication: 'LHP atas LKPD TA 2023' },
    releaseDate: '2024-05-31',
  })
})

test('a SAKIP score and predicate for the same year become one observation', () => {
  expect(observation('31', 'sakip', '2021')).toMatchObject({ value: 80.1, grade: 'A' })
  expect(observation(KOTA_BOGOR, 'sakip', '2019')).toMatchObject({ value: null, grade: 'BB' })
  expect(observation(KOTA_BOGOR, 'sakip', '2016')).toMatchObject({ value: 57.89, grade: null })
})

test('a source cell with several URLs keeps the first as the link and moves the rest to the note', () => {
  const obs = observation('31', 'stunting', '2021')
  expect(obs?.citation).toMatchObject({
    outlet: 'Databoks (Katadata)',
    url: 'https://databoks.katadata.co.id/',
    partialUrl: true,
  })
  expect(obs?.citation?.note).toContain('1 dari 5 Balita')
  for (const { obs: o } of allObservations()) {
    if (o.citation?.url) expect(o.citation.url).toMatch(/^https?:\/\/\S+$/)
  }
})

test('a figure read in a news article names the outlet apart from the publisher', () => {
  // Kota Gorontalo's SSGI 2022 figure was read in an article headlined about Kabupaten Pohuwato.
  expect(observation('7571', 'stunting', '2022')).toMatchObject({
    source: { publisher: 'Kemenkes', publication: 'SSGI 2022' },
    citation: {
      outlet: 'dailypost.id',
      kind: 'news',
      partialUrl: false,
    },
  })
  expect(observation('7571', 'stunting', '2022')?.citation?.title).toMatch(/pohuwato/i)
  expect(observation(KOTA_BOGOR, 'tpt', '2023-08')?.citation?.kind).toMatch(/news|publisher/)
  const inferred = observation('31', 'audit-opinion', '2018')
  expect(inferred?.citation?.caveat).toBe('inferred')
})

test('every synthetic observation is labelled synthetic, with no URL or release date', () => {
  const synthetic = allObservations().filter(({ obs }) => obs.provenance === 'synthetic')
  expect(synthetic.length).toBeGreaterThan(1000)
  for (const { key, obs } of synthetic) {
    expect(obs.source).toBeNull()
    expect(obs.citation).toBeNull()
    expect(typeof obs.method?.id).toBe('string')
    expect(typeof obs.method?.en).toBe('string')
    if (!obs.provisional && !key.endsWith('|program-100')) expect(obs.releaseDate).toBeNull()
    expect(obs.value).not.toBeNull()
    expect(Math.round((obs.value ?? 0) * 100) / 100).toBe(obs.value)
  }
  // Kota Bogor's TPT for 2019 is an interior gap between August 2018 and August 2020.
  expect(observation(KOTA_BOGOR, 'tpt', '2019-08')?.provenance).toBe('synthetic')
})

test('synthetic fill never extrapolates a city series past its last official figure', () => {
  const tpt = getDataset().observations.get(seriesKey(KOTA_BOGOR, 'tpt')) ?? []
  expect(tpt.at(-1)).toMatchObject({ period: '2023-08', provenance: 'official' })
  const inflation = getDataset().observations.get(seriesKey(KOTA_BOGOR, 'inflation')) ?? []
  expect(inflation.at(-1)).toMatchObject({ period: '2025-07', provenance: 'official' })
})

test('two builds of the dataset are equal', () => {
  expect(buildDataset()).toEqual(buildDataset())
})

test("Kota Bogor's six kecamatan exist and carry synthetic TPT", () => {
  const kecamatan = listRegions().filter((r) => r.parentCode === KOTA_BOGOR)
  expect(kecamatan).toHaveLength(6)
  for (const region of kecamatan) {
    expect(region.level).toBe('district')
    const tpt = getDataset().observations.get(seriesKey(region.code, 'tpt')) ?? []
    expect(tpt.map((o) => o.period)).toEqual(
      (getDataset().observations.get(seriesKey(KOTA_BOGOR, 'tpt')) ?? []).map((o) => o.period),
    )
    expect(tpt.every((o) => o.provenance === 'synthetic')).toBe(true)
  }
})

test('from/to keep observations whose period ends inside the range, of any granularity', () => {
  const [inflation] = querySeries({
    regions: [KOTA_BOGOR],
    indicators: ['inflation'],
    from: '2023',
    to: '2024-Q1',
  })
  expect(inflation?.observations.map((o) => o.period)).toEqual([
    '2023-01',
    '2023-02',
    '2023-03',
    '2023-04',
    '2023-05',
    '2023-06',
    '2023-07',
    '2023-08',
    '2023-09',
    '2023-10',
    '2023-11',
    '2023-12',
    '2024-01',
    '2024-02',
    '2024-03',
  ])
  expect(inflation?.targets.map((t) => t.year)).toEqual([2023, 2024])

  const [poverty] = querySeries({
    regions: [KOTA_BOGOR],
    indicators: ['poverty'],
    from: '2023-06',
  })
  expect(poverty?.observations.map((o) => o.period)).toEqual(['2023', '2024'])
})

test('a pair with data elsewhere stays in the response even when the range empties it', () => {
  const series = querySeries({ regions: [KOTA_BOGOR], indicators: ['tpt'], from: '2030' })
  expect(series).toHaveLength(1)
  expect(series[0]?.observations).toEqual([])
})

test('pairs with no data at all are left out', () => {
  const kecamatan = querySeries({ parent: KOTA_BOGOR })
  expect(new Set(kecamatan.map((s) => s.indicatorId))).toEqual(
    new Set(['tpt', 'stunting', 'poverty']),
  )
  expect(querySeries({ regions: ['3201'], indicators: ['inflation'] })).toEqual([])
})

test('no value is negative, except official deflation and inflation down to −1', () => {
  for (const { key, obs } of allObservations()) {
    if (obs.value === null) continue
    if (key.endsWith('|inflation')) {
      if (obs.provenance === 'synthetic') expect(obs.value).toBeGreaterThanOrEqual(-1)
      expect(obs.value).toBeLessThanOrEqual(9)
    } else {
      expect(obs.value).toBeGreaterThanOrEqual(0)
    }
  }
  for (const list of getDataset().targets.values()) {
    for (const target of list) expect(target.value ?? 0).toBeGreaterThanOrEqual(0)
  }
})

test('SAKIP and audit opinions are only ever official', () => {
  const graded = allObservations().filter(
    ({ key }) => key.endsWith('|sakip') || key.endsWith('|audit-opinion'),
  )
  expect(graded.length).toBeGreaterThan(0)
  for (const { obs } of graded) expect(obs.provenance).toBe('official')
})

test('the 100-day programme series is the roll-up of the programme list, quarter by quarter', () => {
  for (const code of ['3271', '7571']) {
    const series = getDataset().observations.get(seriesKey(code, 'program-100')) ?? []
    expect(series[0]?.period).toBe('2025-Q1')
    const current = series.at(-1)
    expect(current).toMatchObject({ period: '2026-Q4', provisional: true })
    const programs = getProgramData().programs.get(code) ?? []
    expect(current?.value).toBe(programRollup(programs, 'hundred-day', '2026-11-01').percent)
    expect(series.find((o) => o.period === '2025-Q2')?.value).toBe(
      programRollup(programs, 'hundred-day', '2025-06-30').percent,
    )
  }
  // No programme list, no delivery figure: kecamatan and DKI Jakarta have none.
  for (const code of ['31', '3271010']) {
    expect(getDataset().observations.get(seriesKey(code, 'program-100'))).toBeUndefined()
  }
})
