import { expect, test } from 'vitest'
import type { Directive, DirectivesResponse } from '@/api/directives'
import type { Program, ProgramsResponse } from '@/api/programs'
import type { Region, RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { programRollup } from '@/domain/rollup'
import { briefingDeckEn } from '@/i18n/briefing-deck-en'
import { briefingDeckId } from '@/i18n/briefing-deck-id'
import { createI18n, registerMessages } from '@/i18n/i18n'
import { messagesEn } from '@/i18n/messages-en'
import { rollupSentence } from '@/i18n/format-indicator'
import { makeIndicator, makeObservation, makeTarget } from '@/testing/fixtures'
import {
  BOARD_LAYOUT,
  boardRowHeight,
  breakdownSlide,
  directivesBoard,
  paginate,
  parentsSlide,
  programsSlide,
  titleSlide,
  type SlideData,
} from './slide-models'

// The briefing's strings come with its route (src/features/briefing/messages.ts).
registerMessages('id', briefingDeckId)
registerMessages('en', briefingDeckEn)

const id = createI18n('id')
const en = createI18n('en', messagesEn)
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

const nation: RegionRef = { code: '0000', name: 'Indonesia', level: 'national' }
const province: RegionRef = { code: '32', name: 'Jawa Barat', level: 'province' }
const city: Region = {
  code: '3271',
  bpsCode: '3271',
  kemendagriCode: '32.71',
  name: 'Kota Bogor',
  level: 'city',
  parentCode: '32',
  ancestors: [nation, province],
  childCount: 3,
}
const kecamatan = (code: string, name: string): RegionRef => ({ code, name, level: 'district' })
const children = [
  kecamatan('3271010', 'Bogor Selatan'),
  kecamatan('3271020', 'Bogor Timur'),
  kecamatan('3271030', 'Bogor Utara'),
]
const tpt = makeIndicator()

function series(
  regionCode: string,
  values: Record<string, number>,
  extra: Partial<Series> = {},
): Series {
  return {
    indicatorId: 'tpt',
    regionCode,
    observations: Object.entries(values).map(([period, value]) =>
      makeObservation(period, value, regionCode.length === 7 ? { provenance: 'synthetic' } : {}),
    ),
    targets: [],
    ...extra,
  }
}

const data: SlideData = {
  indicators: [tpt],
  region: city,
  series: [
    series(
      '3271',
      { '2022-08': 10.78, '2023-08': 9.39 },
      {
        targets: [makeTarget({ year: 2023, value: 8 })],
      },
    ),
    // The province also publishes a February round, which a like-for-like slide leaves out.
    series('32', { '2023-02': 7.89, '2022-08': 8.31, '2023-08': 7.44 }),
    series('0000', { '2022-08': 5.86, '2023-08': 5.32 }),
  ],
  childRegions: children,
  childSeries: [
    series('3271010', { '2023-08': 11.2 }),
    series('3271020', { '2023-08': 8.1 }),
    series('3271030', { '2023-08': 9.6 }),
  ],
  asOf: null,
  today: '2026-11-01',
}

test('the comparison slide makes its own point, like for like, on one round', () => {
  const model = parentsSlide(id, data, tpt)
  expect(plain(model.headline)).toBe(
    'TPT Kota Bogor 9,39 % (Agustus 2023): di atas Prov. Jawa Barat (7,44 %) dan Indonesia (5,32 %)',
  )
  expect(plain(parentsSlide(en, data, tpt).headline)).toBe(
    'TPT Kota Bogor 9.39% (August 2023): above Prov. Jawa Barat (7.44%) and Indonesia (5.32%)',
  )
  expect(model.trend.points.map((p) => p.key)).toEqual(['2022-08', '2023-08'])
  // The region's target steps are the chart's reference.
  expect(model.trend.targets.some((span) => span.value === 8)).toBe(true)
  expect(model.synthetic).toBe(true) // the RPJMD target is synthetic
})

test('a breakdown of some of the city’s places says how many of them it ranks', () => {
  // Kota Bogor has six kecamatan; three have a figure for August 2023.
  const partial = { ...data, region: { ...city, childCount: 6 } }
  expect(plain(breakdownSlide(id, partial, tpt).headline)).toBe(
    'TPT Agustus 2023, 3 dari 6 kecamatan: tertinggi Kec. Bogor Selatan (11,20 %), terendah Kec. Bogor Timur (8,10 %); Kota Bogor 9,39 %',
  )
  expect(plain(breakdownSlide(en, partial, tpt).headline)).toMatch(
    /^TPT, August 2023, 3 of 6 kecamatan: highest /,
  )
})

test('the breakdown slide names the highest and lowest against the city, with its reference lines', () => {
  const model = breakdownSlide(id, data, tpt)
  expect(plain(model.headline)).toBe(
    'TPT Agustus 2023: tertinggi Kec. Bogor Selatan (11,20 %), terendah Kec. Bogor Timur (8,10 %); Kota Bogor 9,39 %',
  )
  expect(model.references.map((r) => plain(r.label))).toEqual([
    'Kota Bogor: 9,39 %',
    'Target 2023: ≤ 8,00 %',
  ])
  expect(model.bars).toHaveLength(3)
  expect(model.synthetic).toBe(true)
})

test('a breakdown of many places draws the best and the worst four and says how many are left out', () => {
  const many = Array.from({ length: 12 }, (_, i) =>
    kecamatan(`32710${String(i + 10)}`, `K${String(i + 1).padStart(2, '0')}`),
  )
  const model = breakdownSlide(
    id,
    {
      ...data,
      childRegions: many,
      childSeries: many.map((k, i) => series(k.code, { '2023-08': 5 + i })),
    },
    tpt,
  )
  expect(model.bars).toHaveLength(8)
  expect(model.hiddenBars).toBe(4)
  expect(model.bars[0]?.label).toMatch(/^1\. /)
  expect(model.bars.at(-1)?.label).toMatch(/^12\. /)
})

function program(over: Partial<Program>): Program {
  return {
    id: 'p',
    regionCode: '3271',
    kind: 'hundred-day',
    title: { id: 'Program', en: 'Programme' },
    agency: { id: '3271-dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' },
    startDate: '2026-08-01',
    dueDate: '2026-11-30',
    completedOn: null,
    progress: 50,
    status: 'on-track',
    milestones: [],
    updates: [],
    provenance: 'synthetic',
    ...over,
  }
}

test('the programs slide says the one roll-up, naming the city, and lists the late first', () => {
  const programs: Program[] = [
    program({ id: 'a', status: 'done', completedOn: '2026-10-01', progress: 100 }),
    program({ id: 'b', status: 'at-risk', dueDate: '2026-11-05' }),
    program({ id: 'c', status: 'late', dueDate: '2026-10-20' }),
    program({ id: 'd', kind: 'priority', status: 'late', dueDate: '2026-10-25' }),
  ]
  const response: ProgramsResponse = {
    regionCode: '3271',
    programs,
    dataAsOf: '2026-11-01T08:00:00+07:00',
  }
  const model = programsSlide(id, response, city)
  const rollup = programRollup(programs, 'hundred-day', '2026-11-01')
  expect(model.headline).toBe(rollupSentence(id, rollup, 'Kota Bogor'))
  expect(model.headline).toContain('Kota Bogor')
  expect(model.watched.map((w) => w.program.id)).toEqual(['c', 'd', 'b'])
  expect(model.watchSentence).toBe('2 program terlambat, 1 berisiko')
})

function directive(n: number, due: string, over: Partial<Directive> = {}): Directive {
  return {
    id: `d${n}`,
    regionCode: '3271',
    text: { id: `Arahan nomor ${n}`, en: `Directive ${n}` },
    briefingDate: '2026-08-03',
    agency: { id: '3271-dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' },
    dueDate: due,
    status: 'in-progress',
    completedOn: null,
    followUps: [
      { date: '2026-09-01', note: { id: 'Rapat koordinasi', en: 'Coordination meeting' } },
      { date: '2026-10-15', note: { id: 'Anggaran diajukan', en: 'Budget requested' } },
    ],
    provenance: 'synthetic',
    ...over,
  }
}

test('the board lists every open directive, the most overdue first, with its latest follow-up and origin', () => {
  const response: DirectivesResponse = {
    regionCode: '3271',
    dataAsOf: '2026-11-01T08:00:00+07:00',
    directives: [
      directive(1, '2026-10-25'),
      directive(2, '2026-09-01'),
      directive(3, '2026-12-01'),
      directive(4, '2026-08-01', { status: 'done', completedOn: '2026-07-30' }),
    ],
  }
  const model = directivesBoard(id, response, city)
  expect(model.rows.map((r) => r.id)).toEqual(['d2', 'd1', 'd3'])
  expect(model.rows[0]?.overdue).toBe('Terlambat 61 hari')
  expect(model.rows[2]?.overdue).toBeNull()
  expect(model.rows[0]?.followUp).toBe('Tindak lanjut terakhir 15 Oktober 2026: Anggaran diajukan')
  expect(model.rows[0]?.meta).toBe(
    'Dinkes · tenggat 1 September 2026 · dari briefing 3 Agustus 2026',
  )
  expect(model.headline).toBe('Kota Bogor: 3 arahan belum selesai, 2 melewati tenggat')
  expect(directivesBoard(en, response, city).headline).toBe(
    'Kota Bogor: 3 directives still open, 2 past their due date',
  )
  expect(model.pages).toEqual([model.rows])
})

test('a long board continues on as many slides as it needs, in order, none overfull', () => {
  const response: DirectivesResponse = {
    regionCode: '3271',
    dataAsOf: '2026-11-01T08:00:00+07:00',
    directives: Array.from({ length: 11 }, (_, i) =>
      directive(i + 1, `2026-10-${String(10 + i).padStart(2, '0')}`, {
        text: { id: 'Percepat '.repeat(i % 3 === 0 ? 20 : 4), en: 'Speed up' },
      }),
    ),
  }
  const model = directivesBoard(id, response, city)
  expect(model.pages.length).toBeGreaterThan(2)
  expect(model.pages.flat()).toEqual(model.rows)
  for (const [index, page] of model.pages.entries()) {
    const last = index === model.pages.length - 1
    const used = page.reduce((sum, row) => sum + boardRowHeight(row), 0)
    expect(used).toBeLessThanOrEqual(BOARD_LAYOUT.height - (last ? 0 : BOARD_LAYOUT.moreHeight))
  }
})

test('pagination keeps the order, starts a page for what does not fit and never leaves one empty', () => {
  const pages = paginate([3, 3, 3, 5, 1], (n) => n, 7, 1)
  expect(pages).toEqual([[3, 3], [3], [5, 1]])
  expect(paginate([], (n: number) => n, 7, 1)).toEqual([[]])
  // Taller than a page: it gets one of its own.
  expect(paginate([9, 1], (n) => n, 7, 1)).toEqual([[9], [1]])
})

test('the title slide names the meeting, its day, the city, "data per" and the freeze time', () => {
  const model = titleSlide(id, {
    region: city,
    meeting: null,
    date: null,
    dataAsOf: '2026-11-01T08:00:00+07:00',
    takenAt: '2026-11-29T07:20:00.000Z',
    agenda: ['TPT', 'Stunting'],
  })
  expect(model.meeting).toBe('Briefing Pimpinan Kota Bogor')
  expect(model.date).toBe('29 November 2026')
  expect(model.dataAsOf).toBe('Data per 1 November 2026')
  expect(model.frozen).toMatch(/^Dibekukan 29 November 2026/)
  const named = titleSlide(en, {
    region: city,
    meeting: 'December review',
    date: '2026-12-01',
    dataAsOf: null,
    takenAt: '2026-11-29T07:20:00.000Z',
    agenda: [],
  })
  expect([named.meeting, named.date, named.dataAsOf]).toEqual([
    'December review',
    '1 December 2026',
    null,
  ])
})
