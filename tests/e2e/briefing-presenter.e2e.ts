import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openSession, screenshot, seriousA11yViolations, type Session } from './browser'

let session: Session
beforeEach(async () => {
  session = await openSession({ viewport: { width: 1920, height: 1080 } })
})
afterEach(async () => {
  await session.close()
})

const counter = (page: Page) => page.locator('.briefing__counter')

test('the presenter window follows the projector both ways, with the notes, the time and the blank screen', async () => {
  const { page, baseUrl, context } = session
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await page.locator('.briefing__stage .slide-canvas:not([hidden]) .slide__title').waitFor()
  const total = Number((await counter(page).innerText()).split('/')[1])

  // Speaker notes are written in the deck panel and kept with the briefing.
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  const notes = page.getByLabel('Catatan penyaji untuk Tingkat Pengangguran Terbuka (TPT)')
  await notes.fill('Sebut target RPJMD 2024 dan program padat karya.')
  await notes.blur()
  await page.keyboard.press('Escape')

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')])
  presenter.on('console', (message) => {
    if (message.type() === 'error') session.problems.push(`presenter: ${message.text()}`)
  })
  presenter.on('pageerror', (error) => session.problems.push(`presenter: ${error.message}`))
  await presenter.setViewportSize({ width: 1280, height: 800 })
  await presenter.getByRole('heading', { level: 1, name: /^Tampilan penyaji — / }).waitFor()
  await presenter.locator('.presenter__current .slide-canvas .slide__title').waitFor()
  await expect.poll(() => counter(presenter).innerText()).toBe(`1 / ${total}`)
  expect(new URL(presenter.url()).pathname).toBe('/briefing/presenter')

  // The projector leads: the presenter follows and shows that slide's notes.
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => counter(presenter).innerText()).toBe(`2 / ${total}`)
  await expect
    .poll(() => presenter.locator('.presenter__note').innerText())
    .toBe('Sebut target RPJMD 2024 dan program padat karya.')
  expect(await presenter.getByRole('heading', { name: /^Sekarang: / }).innerText()).toContain(
    'Tingkat Pengangguran Terbuka (TPT)',
  )
  expect(await presenter.getByRole('heading', { name: /^Berikutnya: / }).innerText()).toContain(
    'Prevalensi balita stunting',
  )
  expect(await presenter.locator('.presenter__elapsed').innerText()).toMatch(/^\d\d:\d\d$/)

  // The presenter leads (the clicker plugged into the presenter's laptop): the projector follows.
  await presenter.keyboard.press('PageDown')
  await presenter.keyboard.press('PageDown')
  await expect.poll(() => counter(page).innerText()).toBe(`4 / ${total}`)
  await expect.poll(() => counter(presenter).innerText()).toBe(`4 / ${total}`)
  expect(await presenter.locator('.presenter__note').innerText()).toBe(
    'Tidak ada catatan untuk salindia ini.',
  )
  await presenter.getByRole('button', { name: 'Sebelumnya' }).click()
  await expect.poll(() => counter(page).innerText()).toBe(`3 / ${total}`)

  // B on the presenter blanks the audience's screen, and the presenter says so.
  await presenter.keyboard.press('b')
  await page.locator('.briefing__blank--black').waitFor()
  await presenter.getByText('Layar penonton dikosongkan').waitFor()
  await screenshot(presenter, 'briefing-presenter')
  await presenter.keyboard.press('b')
  await page.locator('.briefing__blank').waitFor({ state: 'detached' })

  // A note changed on the projector reaches the open presenter view.
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  const stunting = page.getByLabel('Catatan penyaji untuk Prevalensi balita stunting')
  await stunting.fill('Bandingkan dengan SSGI 2022.')
  await stunting.blur()
  await expect
    .poll(() => presenter.locator('.presenter__note').innerText())
    .toBe('Bandingkan dengan SSGI 2022.')

  expect(await seriousA11yViolations(presenter)).toEqual([])
  await presenter.close()
  expect(session.problems).toEqual([])
})

/** WCAG contrast of two computed colours `rgb(r, g, b)` or hex. */
function contrast(a: string, b: string): number {
  const channels = (color: string) =>
    color.startsWith('#')
      ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
      : (color.match(/\d+/g) ?? []).slice(0, 3).map(Number)
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = channels(color).map((v) => {
      const c = v / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

test("a dark deck is dark in the presenter's slides too, its chart as legible as on the projector", async () => {
  const { page, baseUrl, context } = session
  await page.goto(`${baseUrl}/briefing?region=3271&deck=title,tpt`)
  await page.locator('.briefing__stage .slide-canvas:not([hidden]) .slide__title').waitFor()
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  await page.getByLabel('Tema').selectOption('dark')
  await page.keyboard.press('Escape')

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')])
  await presenter.setViewportSize({ width: 1280, height: 800 })
  const next = presenter.locator('.presenter__next .slide-canvas')
  const line = next.locator('.recharts-wrapper > svg .recharts-line-curve').first()
  await line.waitFor()
  const background = await next.evaluate((element) => getComputedStyle(element).backgroundColor)
  const stroke = (await line.getAttribute('stroke')) ?? ''
  expect(contrast(stroke, background)).toBeGreaterThanOrEqual(4.5)
  await screenshot(presenter, 'presenter-dark')
  expect(session.problems).toEqual([])
})

/** Hours and minutes of `date` in WIB, as the Indonesian clock writes them ("07.05"). */
function wibClock(date: Date): string {
  return new Intl.DateTimeFormat('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Jakarta',
  }).format(date)
}

test('on a device in another zone (WITA, Gorontalo), the presenter clock says WIB like the freeze time beside it', async () => {
  // The device's zone is not the zone the briefing says its times in: the clock used to be the
  // device's ("08.15" beside "dibekukan … pukul 07.15").
  const gorontalo = await openSession({
    viewport: { width: 1280, height: 800 },
    timezoneId: 'Asia/Makassar',
  })
  try {
    const { page, baseUrl } = gorontalo
    await page.goto(`${baseUrl}/briefing/presenter?region=7571`)
    await page.locator('.presenter__current .slide-canvas .slide__title').waitFor()
    const before = wibClock(new Date())
    const clock = await page
      .locator('.presenter__time', { hasText: 'Jam' })
      .locator('strong')
      .innerText()
    const after = wibClock(new Date())
    expect(clock).toMatch(/^\d\d\.\d\d WIB$/)
    expect([`${before} WIB`, `${after} WIB`]).toContain(clock)
    // The freeze time on the slide names the same zone.
    const footer = await page.locator('.presenter__current .slide__context').innerText()
    expect(footer).toMatch(/dibekukan \d+ \w+ \d{4} pukul \d\d\.\d\d WIB/)
    expect(gorontalo.problems).toEqual([])
  } finally {
    await gorontalo.close()
  }
})
