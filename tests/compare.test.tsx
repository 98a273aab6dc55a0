import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { renderApp } from './render-app'

/**
 * Like for like (docs/decisions 0060–0061): the comparison ranks the period most regions share,
 * a grade is never ranked against a score, a city's yearly poverty figure ranks against its
 * province's March round, and a ranking of some of a region's places says how many it ranks.
 */
const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\u00a0/g, ' ')

test('SAKIP compares scores on the period most regions have one for, never a grade against a score', async () => {
  renderApp({ url: '/compare?indicator=sakip&regions=3271,7571,31,3171' })
  const ranking = await screen.findByRole('figure', { name: /^Peringkat SAKIP/ })
  // Scores: 2018 and 2016 are each held by two of the four regions; 2020 by DKI alone (Kota
  // Gorontalo's 2020 is a predicate without a score).
  expect(screen.getByRole('combobox', { name: 'Periode yang dibandingkan' })).toHaveDisplayValue(
    'Otomatis: 2018 (dimiliki paling banyak wilayah: 2 dari 4)',
  )
  expect(text(ranking)).toContain('skor (0–100) · 2018, periode yang sama untuk semua wilayah')
  expect(text(ranking)).toContain('Peringkat 1 pada 2018: Prov. DKI Jakarta (71,04, predikat BB).')
  expect(text(ranking)).toContain(
    'Kota Bogor: tanpa data untuk 2018 — terdekat: 57,89 (2016), tidak diperingkat',
  )
  await userSeesTable(ranking, [
    ['1', 'Prov. DKI Jakarta', '71,04, predikat BB'],
    ['2', 'Kota Gorontalo', '64,87, predikat B'],
    ['–', 'Kota Bogor', 'tanpa data untuk 2018'],
    ['–', 'Kota Administrasi Jakarta Selatan', 'tanpa data untuk 2018'],
  ])
})

test('a region with only a predicate for the period keeps its grade and is not ranked', async () => {
  renderApp({ url: '/compare?indicator=sakip&regions=3271,7571,31&at=2020' })
  const ranking = await screen.findByRole('figure', { name: /^Peringkat SAKIP/ })
  expect(text(ranking)).toContain('Peringkat 1 pada 2020: Prov. DKI Jakarta (74,41).')
  expect(text(ranking)).toContain(
    'Kota Gorontalo hanya punya predikat untuk 2020 (tanpa nilai), tidak diperingkat.',
  )
  expect(text(ranking)).toContain(
    'Kota Gorontalo: predikat B, tanpa nilai untuk 2020 — terdekat: 64,87, predikat B (2018), tidak diperingkat',
  )
})

async function userSeesTable(figure: HTMLElement, expected: string[][]) {
  await userEvent.click(within(figure).getByRole('button', { name: 'Tabel' }))
  const rows = await within(figure).findAllByRole('row')
  const cells = rows
    .slice(1)
    .map((row) => [...row.querySelectorAll<HTMLElement>('th, td')].slice(0, 3).map(text))
  expect(cells).toEqual(expected)
}

test('poverty ranks Kota Bogor’s yearly figure against Jawa Barat’s March round of the same year', async () => {
  renderApp({ url: '/compare?indicator=poverty&regions=3271,32' })
  const ranking = await screen.findByRole('figure', { name: /^Peringkat Kemiskinan/ })
  expect(text(ranking)).toContain('Maret 2024, periode yang sama untuk semua wilayah')
  expect(text(ranking)).toContain('Peringkat 1 pada Maret 2024: Kota Bogor (6,53 %).')
  expect(text(ranking)).not.toContain('tidak diperingkat')
  expect(screen.getByRole('combobox', { name: 'Periode yang dibandingkan' })).toHaveDisplayValue(
    'Otomatis: Maret 2024 (dimiliki paling banyak wilayah: 2 dari 2)',
  )
})

test('a link naming the city’s year ranks the March round it is', async () => {
  renderApp({ url: '/compare?indicator=poverty&regions=3271,31,3171&at=2023' })
  const ranking = await screen.findByRole('figure', { name: /^Peringkat Kemiskinan/ })
  expect(text(ranking)).toContain('Peringkat 1 pada Maret 2023: Kota Administrasi Jakarta Selatan')
  expect(text(ranking)).not.toContain('tidak diperingkat')
  expect(screen.getByRole('combobox', { name: 'Periode yang dibandingkan' })).toHaveDisplayValue(
    'Maret 2023 (3 dari 3 wilayah)',
  )
})

test('a breakdown of 4 of Jawa Barat’s 27 kab/kota says it ranks 4 of 27', async () => {
  renderApp({ url: '/indicators/tpt?region=32' })
  const breakdown = await screen.findByRole('figure', {
    name: /^TPT per wilayah di Prov. Jawa Barat/,
  })
  expect(text(breakdown)).toContain(
    '4 dari 27 kab/kota; tertinggi Kota Bogor (9,39 %), terendah Kota Bekasi (7,90 %).',
  )
  expect(text(breakdown)).toContain(
    'Diperingkat 4 dari 27 kab/kota; 23 lainnya tanpa data untuk Agustus 2023.',
  )
})
