/**
 * The tables of /programs (src/features/programs/*), each rendered with a handful of programs,
 * directives and Pj scores whose numbers can be checked by hand: the roll-up counts the whole
 * set and the filters only narrow the list; problems come first; lateness is counted from the
 * data's day; the Pj matrix signs its changes.
 */
import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { Program } from '@/api/programs'
import { DirectivesSection } from '@/features/programs/directives-section'
import { PjEvaluationSection } from '@/features/programs/pj-evaluation-section'
import { ProgramSection } from '@/features/programs/program-section'
import { StatusFilter } from '@/features/programs/status-filter'
import { makeDirective, makeProgram } from '@/testing/fixtures'
import { renderWithProviders } from '../render'
import { catchDownloads } from './download'

const TODAY = '2026-11-01'
const BOGOR = { code: '3271', name: 'Kota Bogor' }
const BAPPEDA = {
  id: '3271-bappeda',
  name: 'Badan Perencanaan Pembangunan Daerah',
  abbreviation: null,
}

/** Five priority programs, one of each status, and a 100-day one (another kind, never counted). */
const PROGRAMS: Program[] = [
  makeProgram({
    id: 'done',
    title: { id: 'Sertifikasi halal UMKM', en: 'Halal certification for MSMEs' },
    status: 'done',
    progress: 100,
    completedOn: '2026-06-30',
    dueDate: '2026-07-31',
  }),
  makeProgram({
    id: 'on-track',
    title: { id: 'Aktivasi posyandu', en: 'Posyandu activation' },
    dueDate: '2026-12-15',
    progress: 60,
    milestones: [
      {
        title: { id: 'Pendataan posyandu', en: 'Posyandu census' },
        dueDate: '2026-03-31',
        doneOn: '2026-03-20',
      },
      {
        title: { id: 'Pelatihan kader', en: 'Cadre training' },
        dueDate: '2026-12-01',
        doneOn: null,
      },
    ],
    updates: [
      { date: '2026-10-15', note: { id: 'Kader dilatih di 4 kecamatan', en: 'Cadres trained' } },
    ],
  }),
  makeProgram({
    id: 'late-2',
    title: { id: 'Perbaikan jalan', en: 'Road repair' },
    status: 'late',
    dueDate: '2026-10-20',
    progress: 70,
    agency: BAPPEDA,
  }),
  makeProgram({
    id: 'late-1',
    title: { id: 'Drainase pasar', en: 'Market drainage' },
    status: 'late',
    dueDate: '2026-09-30',
    progress: 40,
  }),
  makeProgram({
    id: 'at-risk',
    title: { id: 'Sekolah ramah anak', en: 'Child-friendly schools' },
    status: 'at-risk',
    progress: 20,
  }),
  makeProgram({
    id: 'hundred',
    kind: 'hundred-day',
    title: { id: 'Layanan 24 jam', en: '24-hour service' },
    status: 'done',
    completedOn: '2025-05-30',
  }),
]

function section(listed: ReadonlyArray<Program> = PROGRAMS) {
  return (
    <ProgramSection
      kind="priority"
      all={PROGRAMS}
      listed={listed}
      dataAsOf={`${TODAY}T08:00:00+07:00`}
      place={BOGOR}
    />
  )
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\u00a0/g, ' ')

/** Each body row: the program title, agency, due date, status and progress as read. */
function programRows(region: HTMLElement) {
  const table = within(region).getByRole('table')
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell')
      return [
        text(row.querySelector('.program-title')),
        text(cells[0]),
        text(cells[2]),
        text(cells[3]),
        text(cells[4]),
      ]
    })
}

test('the roll-up counts the whole set of its kind; problems are listed first, then by due date', async () => {
  await renderWithProviders(section(), { url: '/programs?region=3271' })
  const region = screen.getByRole('region', { name: 'Program prioritas 2026' })
  expect(
    within(region).getByRole('table', {
      name: 'Program prioritas 2026: program, pemilik, jadwal, status, dan progres',
    }),
  ).toBeInTheDocument()
  // One of five priority programs done; the 100-day list is another set.
  expect(text(within(region).getByText(/program prioritas Kota Bogor/))).toBe(
    '1 dari 5 program prioritas Kota Bogor selesai (20 %), per 1 November 2026',
  )
  expect(programRows(region)).toEqual([
    ['Drainase pasar', 'Dinkes', '30 September 2026', '⚠Terlambat', '40 %'],
    [
      'Perbaikan jalan',
      'Badan Perencanaan Pembangunan Daerah',
      '20 Oktober 2026',
      '⚠Terlambat',
      '70 %',
    ],
    ['Sekolah ramah anak', 'Dinkes', '15 Desember 2026', '◐Berisiko', '20 %'],
    ['Aktivasi posyandu', 'Dinkes', '15 Desember 2026', '→Sesuai jadwal', '60 %'],
    ['Sertifikasi halal UMKM', 'Dinkes', '31 Juli 2026', '✓SelesaiSelesai 30 Juni 2026', '100 %'],
  ])
  const counts = within(region).getByRole('list', { name: 'Rincian status' })
  expect(within(counts).getAllByRole('listitem').map(text)).toEqual([
    '→Sesuai jadwal 1',
    '◐Berisiko 1',
    '⚠Terlambat 2',
    '✓Selesai 1',
  ])
  // Nothing is narrowed: no "showing n of m".
  expect(within(region).queryByRole('status')).not.toBeInTheDocument()
})

test('a filtered list says how many of the set it shows; the roll-up stays the whole set', async () => {
  const late = PROGRAMS.filter((p) => p.status === 'late')
  await renderWithProviders(section(late))
  const region = screen.getByRole('region', { name: 'Program prioritas 2026' })
  expect(within(region).getByRole('status')).toHaveTextContent(
    'Menampilkan 2 dari 5 menurut filter di atas.',
  )
  expect(programRows(region).map((row) => row[0])).toEqual(['Drainase pasar', 'Perbaikan jalan'])
  expect(text(within(region).getByText(/program prioritas Kota Bogor/))).toMatch(/^1 dari 5 /)
})

test('a filter that leaves nothing says so, and the roll-up is still there', async () => {
  await renderWithProviders(section([]))
  const region = screen.getByRole('region', { name: 'Program prioritas 2026' })
  expect(region).toHaveTextContent('Tidak ada program yang cocok dengan filter ini.')
  expect(within(region).queryByRole('table')).not.toBeInTheDocument()
  expect(within(region).queryByRole('button', { name: /Unduh/ })).not.toBeInTheDocument()
  expect(text(within(region).getByText(/program prioritas Kota Bogor/))).toMatch(/^1 dari 5 /)
})

test('a program opens to its milestones, done or due, and its dated updates', async () => {
  const { user } = await renderWithProviders(section([PROGRAMS[1]!]))
  const row = screen.getByRole('row', { name: /Aktivasi posyandu/ })
  expect(within(row).getByText('Pelatihan kader', { exact: false })).not.toBeVisible()
  await user.click(within(row).getByText('Tonggak dan pembaruan'))
  const items = within(row).getAllByRole('listitem').map(text)
  expect(items).toEqual([
    '✓ Pendataan posyandu — selesai 20 Maret 2026',
    '○ Pelatihan kader — tenggat 1 Desember 2026',
    '15 Oktober 2026: Kader dilatih di 4 kecamatan',
  ])
  expect(within(row).getByRole('time')).toHaveAttribute('datetime', '2026-10-15')
})

test('the owner is a link to its page, by its abbreviation when it has one', async () => {
  await renderWithProviders(section([PROGRAMS[1]!]), {
    url: '/programs?region=3271&status=on-track',
  })
  expect(screen.getByRole('link', { name: 'Dinkes' })).toHaveAttribute(
    'href',
    '/agencies/3271-dinkes?region=3271&status=on-track',
  )
})

test("the CSV lists the section's programs in the table's order, one row each", async () => {
  const downloads = catchDownloads()
  const { user } = await renderWithProviders(section())
  await user.click(screen.getByRole('button', { name: /Unduh/ }))
  await user.click(screen.getByRole('button', { name: 'CSV (koma, titik desimal)' }))
  expect(downloads.map((d) => d.fileName)).toEqual(['program-prioritas-kota-bogor.csv'])
  const lines = (await downloads[0]!.text()).trim().split('\r\n')
  expect(lines).toHaveLength(1 + 5)
  const title = lines[0]!.split(',').indexOf('program')
  expect(title).toBeGreaterThan(-1)
  expect(lines.slice(1).map((line) => line.split(',')[title])).toEqual([
    'Drainase pasar',
    'Perbaikan jalan',
    'Sekolah ramah anak',
    'Aktivasi posyandu',
    'Sertifikasi halal UMKM',
  ])
})

test('English roll-up and statuses', async () => {
  await renderWithProviders(section(), { locale: 'en' })
  const region = screen.getByRole('region', { name: 'Priority programs 2026' })
  expect(text(within(region).getByText(/priority programs done/))).toBe(
    '1 of 5 Kota Bogor priority programs done (20%), as of 1 November 2026',
  )
  expect(programRows(region)[0]?.[3]).toBe('⚠Late')
})

test('the status filter writes the status to the URL, and "all" removes it', async () => {
  const { user, search } = await renderWithProviders(<StatusFilter />, {
    url: '/programs?region=3271',
  })
  const select = screen.getByRole('combobox', { name: 'Status program' })
  expect(
    within(select)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['Semua status', 'Belum dimulai', 'Sesuai jadwal', 'Berisiko', 'Terlambat', 'Selesai'])
  await user.selectOptions(select, 'Terlambat')
  expect(search().get('status')).toBe('late')
  expect(select).toHaveValue('late')
  await user.selectOptions(select, 'Semua status')
  expect(search().get('status')).toBeNull()
})

const DIRECTIVES = [
  makeDirective({
    id: 'late',
    text: { id: 'Siapkan evaluasi indikator kinerja', en: 'Prepare the indicator review' },
    dueDate: '2026-10-29',
    status: 'in-progress',
    followUps: [{ date: '2026-10-10', note: { id: 'Draf dibahas', en: 'Draft discussed' } }],
  }),
  makeDirective({
    id: 'done-late',
    text: { id: 'Tutup lubang jalan', en: 'Fill the potholes' },
    dueDate: '2026-08-01',
    status: 'done',
    completedOn: '2026-08-20',
    agency: BAPPEDA,
  }),
  makeDirective({
    id: 'open',
    text: { id: 'Data stunting per kelurahan', en: 'Stunting by ward' },
  }),
]

test('directives: the summary, lateness counted from the data’s day, not the clock; done ones are never late', async () => {
  await renderWithProviders(
    <DirectivesSection
      directives={DIRECTIVES}
      dataAsOf="2026-11-01T08:00:00+07:00"
      place={BOGOR}
    />,
  )
  const region = screen.getByRole('region', {
    name: 'Arahan Briefing Pimpinan dan tindak lanjutnya',
  })
  expect(within(region).getByText('3 arahan: 1 selesai, 1 terlambat.')).toBeInTheDocument()
  const rows = within(within(region).getByRole('table')).getAllByRole('row').slice(1)
  expect(rows.map((row) => within(row).getAllByRole('cell').map(text))).toEqual([
    [
      '7 September 2026',
      'Dinkes',
      '29 Oktober 2026⚠ Terlambat 3 hari',
      '→Dalam proses',
      '10 Oktober 2026: Draf dibahas',
    ],
    [
      '7 September 2026',
      'Badan Perencanaan Pembangunan Daerah',
      '1 Agustus 2026',
      '✓Selesaiselesai 20 Agustus 2026',
      'Belum ada tindak lanjut',
    ],
    [
      '7 September 2026',
      'Dinkes',
      '1 Desember 2026',
      '○Belum ditindaklanjuti',
      'Belum ada tindak lanjut',
    ],
  ])
})

test('no directive for the filters says so', async () => {
  await renderWithProviders(
    <DirectivesSection directives={[]} dataAsOf="2026-11-01T08:00:00+07:00" place={BOGOR} />,
  )
  expect(screen.getByText('Tidak ada arahan untuk filter ini.')).toBeInTheDocument()
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
})

const PJ: PjEvaluationsResponse = {
  regionCode: '3271',
  indicators: [
    { id: 'inflasi', name: { id: 'Pengendalian inflasi', en: 'Inflation control' } },
    { id: 'stunting', name: { id: 'Penurunan stunting', en: 'Stunting reduction' } },
  ],
  quarters: [
    {
      period: '2024-Q3',
      evaluatedOn: '2024-10-15',
      scores: { inflasi: 80, stunting: 70.5 },
      overall: 75.25,
    },
    {
      period: '2024-Q4',
      evaluatedOn: '2025-01-15',
      scores: { inflasi: 82.5, stunting: 69.5 },
      overall: 76,
    },
    {
      period: '2025-Q1',
      evaluatedOn: '2025-04-15',
      scores: { inflasi: 82.5, stunting: null },
      overall: 82.5,
    },
  ],
  evaluator: { id: 'Itjen Kemendagri', en: 'Itjen, Ministry of Home Affairs' },
  provenance: 'synthetic',
  dataAsOf: '2026-11-01T08:00:00+07:00',
}

test('the Pj evaluation: a trend named and summed up, and a matrix whose last column signs the change', async () => {
  const { user } = await renderWithProviders(<PjEvaluationSection data={PJ} place={BOGOR} />)
  const figure = screen.getByRole('figure', {
    name: 'Hasil evaluasi triwulanan Pj Wali Kota Kota Bogor',
  })
  expect(figure).toHaveTextContent(
    'Hasil keseluruhan dari 75,25 (Triwulan III 2024) menjadi 82,50 (Triwulan I 2025); indikator terendah pada Triwulan I 2025: Pengendalian inflasi (82,50).',
  )
  await user.click(within(figure).getByRole('button', { name: 'Tabel' }))
  expect(
    within(within(figure).getByRole('table'))
      .getAllByRole('row')
      .map((row) => [...row.children].map(text)),
  ).toEqual([
    ['Triwulan', 'Hasil keseluruhan', 'Tanggal evaluasi'],
    ['Triwulan III 2024', '75,25', '15 Oktober 2024'],
    ['Triwulan IV 2024', '76,00', '15 Januari 2025'],
    ['Triwulan I 2025', '82,50', '15 April 2025'],
  ])
  const matrix = screen.getByRole('table', {
    name: /Skor setiap indikator evaluasi Pj per triwulan/,
  })
  expect(
    within(matrix)
      .getAllByRole('row')
      .map((row) => [...row.children].map(text)),
  ).toEqual([
    ['Indikator', 'TW III 2024', 'TW IV 2024', 'TW I 2025', 'Perubahan triwulan terakhir'],
    ['Pengendalian inflasi', '80,00', '82,50', '82,50', '±0,00'],
    // Not scored last quarter: no change to show.
    ['Penurunan stunting', '70,50', '69,50', '–', '–'],
    ['Hasil keseluruhan', '75,25', '76,00', '82,50', '+6,50'],
  ])
})

test('a falling score is signed with a minus, and a city without a Pj says so', async () => {
  const falling: PjEvaluationsResponse = {
    ...PJ,
    quarters: PJ.quarters.slice(0, 2).map((q, i) => (i === 1 ? { ...q, overall: 74 } : q)),
  }
  const { unmount } = await renderWithProviders(
    <PjEvaluationSection data={falling} place={BOGOR} />,
  )
  const overall = screen.getByRole('row', { name: /^Hasil keseluruhan/ })
  expect(text(within(overall).getAllByRole('cell').at(-1))).toBe('−1,25')
  unmount()
  await renderWithProviders(
    <PjEvaluationSection
      data={{ ...PJ, quarters: [] }}
      place={{ code: '7571', name: 'Kota Gorontalo' }}
    />,
  )
  expect(
    screen.getByText('Tidak ada evaluasi Pj untuk Kota Gorontalo dalam data ini.'),
  ).toBeInTheDocument()
  expect(screen.queryByRole('figure')).not.toBeInTheDocument()
})
