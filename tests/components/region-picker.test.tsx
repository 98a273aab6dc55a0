/**
 * The region field (src/filters/region-picker.tsx, src/filters/region-combobox.tsx) over a small
 * map of its own, answered by a test-local /regions: typing searches, each option says its level
 * and parent, arrows only highlight, Enter or a click commits once, Escape and leaving restore the
 * chosen name, and with nothing typed the list is the region's hierarchy.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, expect, test, vi } from 'vitest'
import type { Region, RegionLevel, RegionRef } from '@/api/regions'
import { compareRegions, indexRegions, searchRegionEntries } from '@/domain/region-search'
import { RegionCombobox } from '@/filters/region-combobox'
import type { RegionPickerProps } from '@/filters/region-picker-props'
import { server } from '../../mocks/node'
import { renderWithProviders } from '../render'

const NATION: RegionRef = { code: '0000', name: 'Indonesia', level: 'national' }
const JABAR: RegionRef = { code: '32', name: 'Jawa Barat', level: 'province' }
const BOGOR: RegionRef = { code: '3271', name: 'Kota Bogor', level: 'city' }

function region(
  code: string,
  name: string,
  level: RegionLevel,
  ancestors: RegionRef[],
  childCount = 0,
): Region {
  return {
    code,
    bpsCode: code,
    kemendagriCode: null,
    name,
    level,
    parentCode: ancestors.at(-1)?.code ?? null,
    ancestors,
    childCount,
  }
}

const MAP: Region[] = [
  region('0000', 'Indonesia', 'national', [], 1),
  region('32', 'Jawa Barat', 'province', [NATION], 3),
  region('3201', 'Kabupaten Bogor', 'regency', [NATION, JABAR]),
  region('3271', 'Kota Bogor', 'city', [NATION, JABAR], 2),
  region('3276', 'Kota Depok', 'city', [NATION, JABAR]),
  region('3271010', 'Bogor Tengah', 'district', [NATION, JABAR, BOGOR]),
  region('3271020', 'Bogor Barat', 'district', [NATION, JABAR, BOGOR]),
]
const KOTA_BOGOR = MAP[3]!
const ENTRIES = indexRegions(MAP)

/** What the field asked /regions for, as `q=…`, `parent=…` or `codes=…`. */
let asked: string[] = []

beforeEach(() => {
  asked = []
  server.use(
    http.get('*/api/regions', ({ request }) => {
      const params = new URL(request.url).searchParams
      asked.push(decodeURIComponent(params.toString()).replace(/&limit=\d+/, ''))
      const q = params.get('q')
      if (q !== null) {
        const { items, total } = searchRegionEntries(ENTRIES, q, Number(params.get('limit') ?? 20))
        return HttpResponse.json({ query: q, regions: items, total })
      }
      const parent = params.get('parent')
      if (parent !== null) {
        return HttpResponse.json({
          regions: MAP.filter((r) => r.parentCode === parent).sort(compareRegions),
          unknown: [],
        })
      }
      const codes = params.get('codes')?.split(',') ?? []
      return HttpResponse.json({ regions: MAP.filter((r) => codes.includes(r.code)), unknown: [] })
    }),
  )
})

async function renderField(over: Partial<RegionPickerProps> = {}) {
  const onCommit = vi.fn<(code: string) => void>()
  const onPreview = vi.fn<(code: string) => void>()
  const view = await renderWithProviders(
    <RegionCombobox
      id="region"
      label="Wilayah"
      value={KOTA_BOGOR}
      onCommit={onCommit}
      onPreview={onPreview}
      {...over}
    />,
  )
  const field = screen.getByRole('combobox', { name: 'Wilayah' })
  return { ...view, field, onCommit, onPreview }
}

/** The options as read: name, then level · parent. */
function options() {
  return within(screen.getByRole('listbox'))
    .queryAllByRole('option')
    .map((option) => option.textContent)
}

test('the field shows the chosen region; typing searches and each option says its level and parent', async () => {
  const { user, field } = await renderField()
  expect(field).toHaveValue('Kota Bogor')
  await user.click(field)
  await user.keyboard('bogor')
  await screen.findByRole('option', { name: /^Kabupaten Bogor/ })
  expect(options()).toEqual([
    'Kabupaten Bogor Kabupaten · Prov. Jawa Barat',
    // The chosen region is not offered again.
    'Kec. Bogor Barat Kecamatan · Kota Bogor, Prov. Jawa Barat',
    'Kec. Bogor Tengah Kecamatan · Kota Bogor, Prov. Jawa Barat',
  ])
  // Every match but the chosen region is offered: nothing is left to narrow down.
  expect(field).toHaveAccessibleDescription('3 wilayah ditemukan.')
})

test('arrow keys only highlight; Enter commits the highlighted region, once', async () => {
  const { user, field, onCommit } = await renderField()
  await user.click(field)
  await user.keyboard('bogor')
  await screen.findByRole('option', { name: /^Kabupaten Bogor/ })
  // The first match is highlighted as the list opens.
  expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true')
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
  expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true')
  expect(onCommit).not.toHaveBeenCalled()
  await user.keyboard('{Enter}')
  expect(onCommit.mock.calls).toEqual([['3271020']])
  expect(screen.queryByRole('option')).not.toBeInTheDocument()
})

test('a click on an option commits it', async () => {
  const { user, field, onCommit } = await renderField()
  await user.click(field)
  await user.keyboard('depok')
  await user.click(await screen.findByRole('option', { name: /^Kota Depok/ }))
  expect(onCommit.mock.calls).toEqual([['3276']])
})

test('Escape chooses nothing and shows the chosen region again', async () => {
  const { user, field, onCommit } = await renderField()
  await user.click(field)
  await user.keyboard('depok')
  await screen.findByRole('option', { name: /^Kota Depok/ })
  await user.keyboard('{Escape}')
  expect(field).toHaveValue('Kota Bogor')
  expect(screen.queryByRole('option')).not.toBeInTheDocument()
  expect(onCommit).not.toHaveBeenCalled()
})

test('leaving the field chooses nothing and shows the chosen region again', async () => {
  const { user, field, onCommit } = await renderField()
  await user.click(field)
  await user.keyboard('depok')
  await screen.findByRole('option', { name: /^Kota Depok/ })
  await user.tab()
  expect(field).toHaveValue('Kota Bogor')
  expect(onCommit).not.toHaveBeenCalled()
})

test('resting on an option previews it (its data can load); the chosen region is never previewed', async () => {
  const { user, field, onPreview, onCommit } = await renderField()
  await user.click(field)
  await user.keyboard('kota')
  await screen.findByRole('option', { name: /^Kota Depok/ })
  await waitFor(() => expect(onPreview).toHaveBeenCalledWith('3276'))
  expect(onPreview).not.toHaveBeenCalledWith('3271')
  expect(onCommit).not.toHaveBeenCalled()
})

test('nothing typed: the list is the way up, the region’s own places and its neighbours', async () => {
  const { user, field } = await renderField()
  await user.click(field)
  await screen.findByRole('option', { name: /^Kec\. Bogor Tengah/ })
  await screen.findByRole('option', { name: /^Kota Depok/ })
  expect(options()).toEqual([
    'Prov. Jawa Barat Wilayah induk · Provinsi',
    'Indonesia Nasional',
    'Kec. Bogor Barat Di dalam Kota Bogor · Kecamatan · Kota Bogor, Prov. Jawa Barat',
    'Kec. Bogor Tengah Kecamatan · Kota Bogor, Prov. Jawa Barat',
    'Kabupaten Bogor Lainnya di Prov. Jawa Barat · Kabupaten · Prov. Jawa Barat',
    'Kota Depok Kota · Prov. Jawa Barat',
  ])
})

test('regions already chosen elsewhere (compare) are not offered', async () => {
  const { user, field } = await renderField({ value: undefined, exclude: ['3201'] })
  expect(field).toHaveValue('')
  await user.click(field)
  await user.keyboard('bogor')
  await screen.findByRole('option', { name: /^Kota Bogor/ })
  expect(options().map((text) => text?.split(/ (Kota|Kecamatan) ·/)[0])).toEqual([
    'Kota Bogor',
    'Kec. Bogor Barat',
    'Kec. Bogor Tengah',
  ])
})

test('a name no region has says so', async () => {
  const { user, field } = await renderField()
  await user.click(field)
  await user.keyboard('zz')
  await waitFor(() =>
    expect(field).toHaveAccessibleDescription('Tidak ada wilayah dengan nama “zz”.'),
  )
  expect(options()).toEqual([])
})

test('a narrower text is answered from the complete answer already in hand, without asking again', async () => {
  const { user, field } = await renderField()
  await user.click(field)
  await user.keyboard('bo')
  await screen.findByRole('option', { name: /^Kabupaten Bogor/ })
  await user.keyboard('gor bar')
  await waitFor(() => expect(options()).toHaveLength(1))
  expect(options()[0]).toMatch(/^Kec\. Bogor Barat/)
  expect(asked.filter((query) => query.startsWith('q='))).toEqual(['q=bo'])
})

test('the first-paint field shows the region and hands what was typed to the combobox', async () => {
  // Fresh modules: the combobox not yet fetched, as on a first page load (a file before this one
  // in the worker may have fetched it into the module's state).
  vi.resetModules()
  const { RegionPicker } = await import('@/filters/region-picker')
  const { renderWithProviders: render } = await import('../render')
  const onCommit = vi.fn<(code: string) => void>()
  const { user } = await render(
    <RegionPicker id="region" label="Wilayah" value={KOTA_BOGOR} onCommit={onCommit} />,
  )
  // A plain field first: no combobox library in the first load.
  const first = screen.getByRole('textbox', { name: 'Wilayah' })
  expect(first).toHaveValue('Kota Bogor')
  expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
  await user.click(first)
  await user.keyboard('depok')
  const option = await screen.findByRole('option', { name: /^Kota Depok/ })
  expect(screen.getByRole('combobox', { name: 'Wilayah' })).toHaveValue('depok')
  await user.click(option)
  expect(onCommit.mock.calls).toEqual([['3276']])
})
