import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { measureSlide } from './briefing-measure'
import {
  openSession,
  resizeWindow,
  screenshot,
  seriousA11yViolations,
  type Session,
} from './browser'

let session: Session
beforeEach(async () => {
  session = await openSession({ viewport: { width: 1920, height: 1080 } })
})
afterEach(async () => {
  await session.close()
})

/** Every kind of slide: title, indicator, grade (SAKIP, audit), breakdown, comparison, programs, board. */
const EVERY_KIND =
  'title,tpt,stunting,inflation,poverty,sakip,audit-opinion,breakdown:tpt,parents:tpt,programs,directives'

const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1536, 864],
  [1920, 1080],
  [1920, 960],
  [2560, 1440],
  [3840, 2160],
  [1080, 1920],
] as const

const counter = (page: Page) => page.locator('.briefing__counter')
const shown = (page: Page) => page.locator('.briefing__stage .slide-canvas:not([hidden])')

async function ready(page: Page) {
  await shown(page).locator('.slide__title').waitFor()
}

/** The slide shown once its chart (if it has one) is drawn. */
async function settled(page: Page) {
  await ready(page)
  const chart = shown(page).locator('.slide__chart')
  if ((await chart.count()) > 0 && (await chart.locator('.chart-slot, svg').count()) > 0) {
    await chart.locator('svg').first().waitFor()
  }
}

async function total(page: Page): Promise<number> {
  return Number((await counter(page).innerText()).split('/')[1])
}

/** Walks every slide from the first, measuring each; returns what was measured. */
async function walk(page: Page, label: string, shots: boolean) {
  await page.keyboard.press('Home')
  const count = await total(page)
  let texts = 0
  let marks = 0
  const kinds = new Set<string>()
  for (let slide = 1; slide <= count; slide += 1) {
    await expect.poll(() => counter(page).innerText()).toBe(`${slide} / ${count}`)
    await settled(page)
    const kind = ((await shown(page).locator('.slide').getAttribute('class')) ?? '').replace(
      /^slide slide--/,
      '',
    )
    kinds.add(kind)
    const measure = await measureSlide(page)
    expect(measure.problems, `${label}, slide ${slide} (${kind})`).toEqual([])
    // The footer (city, "data per", freeze time, "n / N") is measured on every slide, the title's too.
    expect(measure.footerTexts, `${label}, slide ${slide} (${kind}) footer`).toBeGreaterThanOrEqual(
      2,
    )
    texts += measure.texts
    marks += measure.marks
    if (shots) await screenshot(page, `briefing-${label}-${String(slide).padStart(2, '0')}-${kind}`)
    await page.keyboard.press('ArrowRight')
  }
  return { texts, marks, kinds, count }
}

test(
  'every kind of slide fits, unclipped and legible, from 1024×768 to 3840×2160 and in portrait',
  { timeout: 300_000 },
  async () => {
    const { page, baseUrl } = session
    await page.goto(`${baseUrl}/briefing?region=3271&deck=${EVERY_KIND}`)
    await ready(page)
    for (const [width, height] of SIZES) {
      await resizeWindow(page, { width, height })
      const { texts, marks, kinds, count } = await walk(page, `${width}x${height}`, true)
      expect(count).toBeGreaterThanOrEqual(12)
      expect([...kinds].sort()).toEqual([
        'breakdown',
        'directives',
        'grade',
        'indicator',
        'parents',
        'programs',
        'title',
      ])
      expect(texts).toBeGreaterThan(150)
      expect(marks).toBeGreaterThan(5)
    }
    expect(session.problems).toEqual([])
  },
)

test(
  'the dark theme and English are as legible, and say everything in English',
  { timeout: 180_000 },
  async () => {
    const { page, baseUrl } = session
    await page.goto(`${baseUrl}/briefing?region=3271&lang=en&deck=${EVERY_KIND}`)
    await ready(page)
    await page.getByRole('button', { name: 'Slide deck' }).click()
    await page.getByLabel('Theme').selectOption('dark')
    await page.keyboard.press('Escape')
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await resizeWindow(page, { width, height })
      await walk(page, `dark-en-${width}x${height}`, true)
    }
    // No Indonesian words of the interface on an English deck (names and publications aside).
    await page.keyboard.press('Home')
    const words = /\b(dibekukan|Sumber|Salindia|Terlambat|tenggat|arahan|Berikutnya|sintetis)\b/
    for (let slide = 1; slide <= (await total(page)); slide += 1) {
      const text = await shown(page).innerText()
      expect(text, `slide ${slide}`).not.toMatch(words)
      await page.keyboard.press('ArrowRight')
    }
    expect(await page.locator('.briefing__controls').innerText()).not.toMatch(words)
    expect(session.problems).toEqual([])
  },
)

test("on a 1080-px projector in the browser's own full screen (F11), the title slide fills the screen: its footer is 32 px on the wall", async () => {
  // A window as large as its screen: F11 or a kiosk, no Fullscreen API (document.fullscreenElement
  // stays null). The control bar used to take 51 px of the 1080, shrinking every slide to 95 %.
  const projector = await openSession({
    viewport: { width: 1920, height: 1080 },
    screen: { width: 1920, height: 1080 },
  })
  try {
    const { page, baseUrl } = projector
    await page.goto(`${baseUrl}/briefing?region=3271`)
    await ready(page)
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull()
    // The canvas is the screen: 1 screen px per canvas px (it was 1029 / 1080 = 0.953).
    await expect.poll(async () => (await measureSlide(page)).scale).toBe(1)
    // The controls float and hide with the resting mouse, as in full screen.
    await expect
      .poll(
        () => page.locator('.briefing__controls').evaluate((e) => getComputedStyle(e).visibility),
        { timeout: 6000 },
      )
      .toBe('hidden')
    const measure = await measureSlide(page)
    expect(measure.problems).toEqual([])
    expect(await shown(page).locator('.slide').getAttribute('class')).toBe('slide slide--title')
    expect(measure.footerTexts).toBeGreaterThanOrEqual(2)
    // "Kota Bogor · Data per … · dibekukan …" in screen px: its canvas px times the canvas' scale.
    const footer = await shown(page)
      .locator('.slide__context')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
    expect(footer * measure.scale).toBeGreaterThanOrEqual(32)
    expect(measure.smallestOnScreen).toBeGreaterThanOrEqual(32)
    await screenshot(page, 'briefing-projector-1920x1080-title')
    // A move brings the controls back, over the slide's lower edge.
    await page.mouse.move(200, 200)
    await page.mouse.move(220, 240)
    await expect
      .poll(() =>
        page.locator('.briefing__controls').evaluate((e) => getComputedStyle(e).visibility),
      )
      .toBe('visible')
    expect(projector.problems).toEqual([])
  } finally {
    await projector.close()
  }
})

test('the deck walks by keyboard and clicker with no request and no network; Esc never leaves it', async () => {
  const { page, baseUrl, context } = session
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await ready(page)
  const count = await total(page)
  expect(await counter(page).innerText()).toBe(`1 / ${count}`)
  expect(count).toBeGreaterThanOrEqual(9)

  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await context.setOffline(true)
  for (const key of ['ArrowRight', 'PageDown', 'Space', 'ArrowDown', 'n']) {
    await page.keyboard.press(key)
  }
  await expect.poll(() => counter(page).innerText()).toBe(`6 / ${count}`)
  await page.keyboard.press('PageUp')
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => counter(page).innerText()).toBe(`4 / ${count}`)
  await page.keyboard.press('End')
  await expect.poll(() => counter(page).innerText()).toBe(`${count} / ${count}`)
  await page.keyboard.press('Home')
  await expect.poll(() => counter(page).innerText()).toBe(`1 / ${count}`)
  expect(requests).toEqual([])
  await context.setOffline(false)

  // Esc outside full screen stays in the deck (clickers send F5, then Esc, from one button).
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  expect(new URL(page.url()).pathname).toBe('/briefing')
  await ready(page)

  // Help lists the keys from the same table as the handler.
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Tombol pintas briefing' })
  await help.waitFor()
  for (const label of ['Salindia berikutnya', 'Layar hitam, sekali lagi untuk kembali']) {
    await help.getByText(label, { exact: true }).waitFor()
  }
  expect(await seriousA11yViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await help.waitFor({ state: 'detached' })

  // B blanks the screen (black), any key brings the slide back without moving; W whites it out.
  await page.keyboard.press('b')
  await page.locator('.briefing__blank--black').waitFor()
  await screenshot(page, 'briefing-blank-black')
  await page.keyboard.press('ArrowRight')
  await page.locator('.briefing__blank').waitFor({ state: 'detached' })
  expect(await counter(page).innerText()).toBe(`1 / ${count}`)
  await page.keyboard.press('.')
  await page.locator('.briefing__blank--black').waitFor()
  await page.keyboard.press('.')
  await page.locator('.briefing__blank').waitFor({ state: 'detached' })
  await page.keyboard.press('w')
  await page.locator('.briefing__blank--white').waitFor()
  await page.keyboard.press('w')

  // Leaving is the explicit button.
  await page.getByRole('button', { name: 'Keluar dari briefing' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  expect(session.problems).toEqual([])
})

test('full screen: F5 enters, the label follows, Esc leaves full screen only, controls hide until the mouse moves', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await ready(page)
  await page.keyboard.press('F5')
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
  expect(new URL(page.url()).pathname).toBe('/briefing')
  await page.getByRole('button', { name: 'Keluar layar penuh' }).waitFor({ state: 'attached' })
  // Resting mouse: the controls hide (and the cursor); a move brings them back.
  await expect
    .poll(
      () => page.locator('.briefing__controls').evaluate((e) => getComputedStyle(e).visibility),
      {
        timeout: 6000,
      },
    )
    .toBe('hidden')
  expect((await measureSlide(page)).problems).toEqual([])
  await page.mouse.move(200, 200)
  await page.mouse.move(220, 240)
  await expect
    .poll(() => page.locator('.briefing__controls').evaluate((e) => getComputedStyle(e).visibility))
    .toBe('visible')
  await page.keyboard.press('Escape')
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true)
  expect(new URL(page.url()).pathname).toBe('/briefing')
  await page.getByRole('button', { name: 'Layar penuh', exact: true }).waitFor()
  expect(session.problems).toEqual([])
})

test('a clicked control leaves no focus ring; a key-focused one gets a clear ring', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await ready(page)
  const next = page.getByRole('button', { name: 'Berikutnya' })
  await next.click()
  expect(await next.evaluate((e) => e === document.activeElement)).toBe(false)
  expect(
    await page.evaluate(() => document.querySelectorAll('.briefing :focus-visible').length),
  ).toBe(0)
  await page.keyboard.press('Tab')
  const ring = await page.evaluate(() => {
    const focused = document.activeElement
    if (!focused?.matches(':focus-visible')) return null
    const style = getComputedStyle(focused)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })
  expect(ring).toEqual({ style: 'solid', width: 4 })
  expect(session.problems).toEqual([])
})

test('an empty deck says so and offers the default back, never "1 / 0"', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/briefing?region=3271&deck=`)
  await page.getByText('Susunan salindia kosong.', { exact: false }).waitFor()
  expect(await counter(page).innerText()).toBe('Kosong')
  expect(await seriousA11yViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Kembalikan susunan bawaan' }).click()
  await ready(page)
  expect(await counter(page).innerText()).toMatch(/^1 \/ \d+$/)
  expect(new URL(page.url()).searchParams.get('deck')).toBe(
    'title,tpt,stunting,inflation,poverty,sakip,audit-opinion,programs,directives',
  )
  expect(session.problems).toEqual([])
})

test('a chart added from an indicator page is in the link at once and becomes its own slide', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/tpt?region=3271`)
  const breakdown = page.getByRole('figure', { name: /per wilayah/ })
  await breakdown.getByRole('button', { name: 'Tambah ke briefing' }).click()
  await breakdown.getByRole('button', { name: 'Sudah ada di briefing' }).waitFor()
  const parents = page.getByRole('figure', { name: /dibanding/i })
  await parents.getByRole('button', { name: 'Tambah ke briefing' }).click()
  await expect
    .poll(() => new URL(page.url()).searchParams.get('deck'))
    .toBe(
      'title,tpt,stunting,inflation,poverty,sakip,audit-opinion,programs,directives,breakdown:tpt,parents:tpt',
    )
  // Every link of the app now carries the deck, the Briefing link too.
  const link = page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', {
    name: 'Briefing',
  })
  expect(
    new URL((await link.getAttribute('href')) ?? '', baseUrl).searchParams.get('deck'),
  ).toContain('breakdown:tpt,parents:tpt')
  await link.click()
  await ready(page)
  const count = await total(page)
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  // The breakdown and the comparison each make their own point, not the indicator slide's.
  let slide = shown(page)
  await expect.poll(() => slide.locator('.slide__title').innerText()).toContain('per wilayah')
  const breakdownHeadline = await slide.locator('.slide__headline').innerText()
  expect(breakdownHeadline).toMatch(/tertinggi Kec\. .+ terendah Kec\. .+ Kota Bogor 9,39/)
  expect(await slide.locator('.slide__value').innerText()).toBe('9,39\u00a0%')
  expect(await slide.locator('.slide__source').innerText()).toContain('Data sintetis')
  expect(await slide.locator('.ranking-chart__reference').count()).toBe(2)
  await page.keyboard.press('ArrowRight')
  slide = shown(page)
  await expect.poll(() => slide.locator('.slide__title').innerText()).toContain('dibanding')
  expect(await slide.locator('.slide__headline').innerText()).toMatch(
    /^TPT Kota Bogor 9,39\s%\s\(Agustus 2023\): di atas Prov\. Jawa Barat/,
  )
  expect(await counter(page).innerText()).toBe(`${count} / ${count}`)
  expect(session.problems).toEqual([])
})

test('corrupt saved briefing state is discarded with a notice', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/`)
  await page.evaluate(() =>
    localStorage.setItem('kinerja.briefing', '{"version":0,"decks":"broken'),
  )
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await page
    .getByText('Susunan briefing yang tersimpan rusak atau versi lama, jadi diabaikan.')
    .waitFor()
  await ready(page)
  expect(await counter(page).innerText()).toMatch(/^1 \/ \d+$/)
  expect(session.problems).toEqual([])
})
