import { afterEach, beforeEach, expect, test } from 'vitest'
import { openSession, screenshot, seriousA11yViolations, textOf, type Session } from './browser'

/**
 * The region picker (issue 14): any kab/kota or kecamatan of Indonesia is found by typing part of
 * its name and chosen by keyboard alone; arrow keys never choose.
 */
let session: Session
beforeEach(async () => {
  session = await openSession()
})
afterEach(async () => {
  await session.close()
})

/** Tabs from the top of the page to the region field, as a keyboard user would. */
async function tabToRegionField(session: Session) {
  const { page } = session
  for (let presses = 0; presses < 20; presses += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.id ?? '')
    if (focused === 'filter-region') return
  }
  throw new Error('the region field was not reached with Tab')
}

test('a kab/kota far from the seed cities, by keyboard alone', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271`)
  await page.getByRole('heading', { level: 1, name: 'Kartu kinerja Kota Bogor' }).waitFor()
  await tabToRegionField(session)
  await page.keyboard.type('aceh sel')
  const option = page.getByRole('option', { name: /^Kabupaten Aceh Selatan/ })
  await option.waitFor()
  expect(await textOf(option)).toContain('Kabupaten · Prov. Aceh')
  expect(await seriousA11yViolations(page)).toEqual([])
  await screenshot(page, 'picker-aceh-selatan')
  // The first match is highlighted; Enter chooses it.
  expect(await option.getAttribute('aria-selected')).toBe('true')
  await page.keyboard.press('Enter')
  await page
    .getByRole('heading', { level: 1, name: 'Kartu kinerja Kabupaten Aceh Selatan' })
    .waitFor()
  expect(new URL(page.url()).searchParams.get('region')).toBe('1101')
  expect(await textOf(page.getByRole('navigation', { name: 'Letak wilayah' }))).toBe(
    'Indonesia › Prov. Aceh › Kabupaten Aceh Selatan',
  )
  expect(session.problems).toEqual([])
})

test('a kecamatan in Papua, keyed by its Kemendagri code, by keyboard alone', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271`)
  await page.getByRole('heading', { level: 1, name: 'Kartu kinerja Kota Bogor' }).waitFor()
  await tabToRegionField(session)
  await page.keyboard.type('abepura')
  const option = page.getByRole('option', { name: /^Kec\. Abepura/ })
  await option.waitFor()
  expect(await textOf(option)).toContain('Kecamatan · Kota Jayapura, Prov. Papua')
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1, name: 'Kartu kinerja Kec. Abepura' }).waitFor()
  expect(new URL(page.url()).searchParams.get('region')).toBe('91.71.03')
  expect(await textOf(page.getByRole('navigation', { name: 'Letak wilayah' }))).toBe(
    'Indonesia › Prov. Papua › Kota Jayapura › Kec. Abepura',
  )
  // No figures for it in the demo: every card says so plainly.
  await page
    .getByRole('article', { name: 'TPT' })
    .getByText(/^Belum ada data/)
    .waitFor()
  expect(session.problems).toEqual([])
})

test('arrow keys only move through the list; Escape leaves the region as it was', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/?region=3271`)
  await page.getByRole('heading', { level: 1, name: 'Kartu kinerja Kota Bogor' }).waitFor()
  const field = page.getByRole('combobox', { name: 'Wilayah' })
  await field.focus()
  await page.keyboard.type('bogor')
  await page.getByRole('option', { name: /^Kabupaten Bogor/ }).waitFor()
  const history = await page.evaluate(() => window.history.length)
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowDown']) {
    await page.keyboard.press(key)
  }
  expect(new URL(page.url()).searchParams.get('region')).toBe('3271')
  expect(await page.evaluate(() => window.history.length)).toBe(history)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  expect(await field.inputValue()).toBe('Kota Bogor')
  expect(new URL(page.url()).searchParams.get('region')).toBe('3271')
  expect(session.problems).toEqual([])
})
