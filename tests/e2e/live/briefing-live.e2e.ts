import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openSession, screenshot, seriousA11yViolations, type Session } from '../browser'

let session: Session
beforeEach(async () => {
  session = await openSession({ viewport: { width: 1366, height: 768 } })
})
afterEach(async () => {
  await session.close()
})

const shown = (page: Page) => page.locator('.briefing__stage .slide-canvas:not([hidden])')

test('live build: the pinned briefing reloads with the network cut, same freeze time, its worker registered by the briefing only', async () => {
  const { page, baseUrl, context } = session
  // The scorecard's first load registers no worker.
  await page.goto(`${baseUrl}/?region=3271`)
  await page.getByRole('article', { name: /TPT/ }).waitFor()
  expect(
    await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
  ).toBe(0)

  await page.goto(`${baseUrl}/briefing?region=3271&slide=2`)
  await shown(page).locator('.slide__title').waitFor()
  const frozen = await shown(page).locator('.slide__context').innerText()
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  await page
    .getByText('Tersimpan di perangkat ini: dibuka tanpa jaringan, dengan angka yang sama.')
    .waitFor({ timeout: 30_000 })
  expect(
    await page.evaluate(() =>
      navigator.serviceWorker.getRegistrations().then((r) => r.map((x) => x.active?.scriptURL)),
    ),
  ).toEqual([`${baseUrl}/sw.js`])

  await context.setOffline(true)
  await page.reload()
  await shown(page).locator('.slide__title').waitFor()
  expect(await shown(page).locator('.slide__context').innerText()).toBe(frozen)
  await page.keyboard.press('End')
  await screenshot(page, 'briefing-live-offline')
  expect(await seriousA11yViolations(page)).toEqual([])

  // "Perbarui data" fetches anew and says both freeze times.
  await context.setOffline(false)
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  await page.getByRole('button', { name: 'Perbarui data' }).click()
  await page.getByText(/^Data diperbarui: dibekukan .+ → .+\.$/).waitFor()

  // With the network cut, the app's own requests (the first paint's region list and catalogue,
  // the live page's preloads) fail as they would; nothing else does.
  const unexpected = session.problems.filter(
    (problem) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(problem),
  )
  expect(unexpected).toEqual([])
})
