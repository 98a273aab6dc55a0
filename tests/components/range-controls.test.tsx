/**
 * The period controls of the indicator and compare pages (src/filters/range-controls.tsx): the
 * presets a frequency gives meaning to, a custom from–to range checked before it is applied, how
 * the trend is grouped — each written to the URL, the filters' one home.
 */
import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { ViewRange } from '@/domain/ranges'
import { RangeControls } from '@/filters/range-controls'
import { renderWithProviders } from '../render'

const FIVE_YEARS: ViewRange = {
  from: '2021-01',
  to: '2025-12',
  preset: 'last-5-years',
  ignored: null,
}

function presets() {
  return within(screen.getByRole('group', { name: 'Rentang cepat' })).getAllByRole('button')
}

test('a monthly indicator offers its four presets, the one shown pressed, and says what is shown', async () => {
  await renderWithProviders(
    <RangeControls frequency="month" shown={FIVE_YEARS} datasetYear={2026} />,
    { url: '/indicators/tpt?region=3271' },
  )
  expect(screen.getByRole('region', { name: 'Rentang waktu' })).toBeInTheDocument()
  expect(presets().map((button) => button.textContent)).toEqual([
    '12 bulan terakhir',
    '4 triwulan terakhir',
    '5 tahun terakhir',
    'Tahun ini',
  ])
  expect(presets().filter((b) => b.getAttribute('aria-pressed') === 'true')).toEqual([
    screen.getByRole('button', { name: '5 tahun terakhir' }),
  ])
  expect(screen.getByRole('status')).toHaveTextContent('Menampilkan Januari 2021 – Desember 2025')
})

test('a yearly indicator has no month presets and nothing coarser to group by', async () => {
  await renderWithProviders(
    <RangeControls
      frequency="year"
      shown={{ from: '2021', to: '2025', preset: 'last-5-years', ignored: null }}
      datasetYear={2026}
    />,
  )
  expect(presets().map((button) => button.textContent)).toEqual([
    '5 tahun terakhir',
    '10 tahun terakhir',
  ])
  expect(screen.queryByRole('combobox', { name: 'Kelompokkan tren' })).not.toBeInTheDocument()
  // The pickers offer the years from the first the data has (2018) up to the dataset's.
  const from = screen.getByRole('combobox', { name: 'Dari' })
  const years = within(from)
    .getAllByRole('option')
    .map((option) => option.textContent)
  expect([years[0], years.at(-1), years.length]).toEqual(['2018', '2026', 9])
  expect(from).toHaveValue('2021')
})

test('a preset is written to the URL and replaces a custom range', async () => {
  const { user, search } = await renderWithProviders(
    <RangeControls frequency="month" shown={FIVE_YEARS} datasetYear={2026} />,
    { url: '/indicators/tpt?region=3271&from=2022-01&to=2022-06' },
  )
  await user.click(screen.getByRole('button', { name: '12 bulan terakhir' }))
  expect(search().get('range')).toBe('last-12-months')
  expect(search().get('from')).toBeNull()
  expect(search().get('to')).toBeNull()
  expect(search().get('region')).toBe('3271')
})

test('a custom range is applied only in order: "Dari" after "Sampai" is refused with a message', async () => {
  const { user, search } = await renderWithProviders(
    <RangeControls frequency="quarter" shown={null} datasetYear={2025} />,
    { url: '/compare?indicator=tpt&range=last-5-years' },
  )
  const form = screen.getByRole('form', { name: 'Rentang khusus' })
  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'Dari' }),
    'Triwulan III 2024',
  )
  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'Sampai' }),
    'Triwulan I 2024',
  )
  await user.click(within(form).getByRole('button', { name: 'Terapkan rentang' }))
  expect(screen.getByRole('alert')).toHaveTextContent('“Dari” harus sebelum “Sampai”.')
  expect(search().get('from')).toBeNull()
  expect(search().get('range')).toBe('last-5-years')

  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'Sampai' }),
    'Triwulan IV 2025',
  )
  await user.click(within(form).getByRole('button', { name: 'Terapkan rentang' }))
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  expect(search().get('from')).toBe('2024-Q3')
  expect(search().get('to')).toBe('2025-Q4')
  expect(search().get('range')).toBeNull()
})

test('grouping the trend by a coarser period is written to the URL; "as published" removes it', async () => {
  const { user, search } = await renderWithProviders(
    <RangeControls frequency="month" shown={FIVE_YEARS} datasetYear={2026} />,
  )
  const grouping = screen.getByRole('combobox', { name: 'Kelompokkan tren' })
  expect(
    within(grouping)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual([
    'Seperti terbit (Bulanan)',
    'Per triwulan (nilai akhir triwulan)',
    'Per semester (nilai akhir semester)',
    'Per tahun (nilai akhir tahun)',
  ])
  await user.selectOptions(grouping, 'Per triwulan (nilai akhir triwulan)')
  expect(search().get('granularity')).toBe('quarter')
  expect(grouping).toHaveValue('quarter')
  await user.selectOptions(grouping, 'Seperti terbit (Bulanan)')
  expect(search().get('granularity')).toBeNull()
})

test('a preset that means nothing at this frequency is named, with what is shown instead', async () => {
  await renderWithProviders(
    <RangeControls
      frequency="year"
      shown={{ from: '2021', to: '2025', preset: 'last-5-years', ignored: 'last-12-months' }}
      datasetYear={2026}
    />,
  )
  expect(
    screen.getByText(
      '“12 bulan terakhir” tidak berarti untuk data tahunan; menampilkan 5 tahun terakhir.',
    ),
  ).toBeInTheDocument()
})
