/**
 * The bench's measurements in a real browser: cold loads (time to the first chart), filter changes
 * and keystrokes in the region picker. Each opens its own browser context (an empty cache, no
 * service worker), as a first visit does.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  CHART_SELECTOR,
  installLoadProbe,
  timeChange,
  timeKeystroke,
  type ChangeResult,
  type KeystrokeResult,
  type LoadProbe,
} from './probe.ts'
import { normalizeRegionName } from '../../src/domain/region-search.ts'
import { gzipBytes } from './sizes.ts'

export const VIEWPORT = { width: 1366, height: 900 }

/** Only the trend chart (Recharts' line), for the indicator page's pair. */
export const TREND_SELECTOR = 'path.recharts-line-curve'

export type LoadedFile = { path: string; gzip: number; beforeChart: boolean }

export type Load = {
  url: string
  firstChart: number | null
  cls: number
  longestTask: number
  /** The API requests of the load, path and query. */
  api: string[]
  files: LoadedFile[]
}

/**
 * One cold load of `origin + path`: the first element matching `selector` painted (see probe.ts),
 * layout shifts, long tasks, API requests, and the JS files loaded (gzip size from `dir`).
 */
export async function coldLoad(
  browser: Browser,
  origin: string,
  dir: string,
  path: string,
  { selector = CHART_SELECTOR, expectChart = true } = {},
): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    await context.addInitScript(installLoadProbe, selector)
    const page = await context.newPage()
    const api: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/api/')) api.push(`${url.pathname}${url.search}`)
    })
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 30_000 })
    await page
      .waitForFunction(() => window.__benchLoad?.firstChart != null, null, {
        timeout: expectChart ? 15_000 : 3_000,
      })
      .catch(() => undefined)
    await page.waitForTimeout(500) // late requests and layout shifts
    const probe = await page.evaluate(() => ({
      load: window.__benchLoad as LoadProbe,
      resources: performance
        .getEntriesByType('resource')
        .map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd })),
    }))
    const firstChart = probe.load.firstChart
    const files = probe.resources
      .filter((r) => r.name.startsWith(origin) && new URL(r.name).pathname.endsWith('.js'))
      .map((r) => {
        const file = new URL(r.name).pathname.slice(1)
        return {
          path: file,
          gzip: gzipBytes(dir, file),
          beforeChart: firstChart === null || r.end <= firstChart,
        }
      })
    return {
      url: path,
      firstChart,
      cls: probe.load.layoutShift,
      longestTask: Math.max(0, ...probe.load.longTasks.map((t) => t.duration)),
      api,
      files,
    }
  } finally {
    await context.close()
  }
}

/** A fresh context on `origin + path`, once its first chart has painted and the page is quiet. */
export async function openAndWait(
  browser: Browser,
  origin: string,
  path: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(installLoadProbe, CHART_SELECTOR)
  const page = await context.newPage()
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 30_000 })
  await page.waitForFunction(() => window.__benchLoad?.firstChart != null, null, {
    timeout: 20_000,
  })
  await page.waitForTimeout(400)
  return { context, page }
}

/** The region field, once the combobox has replaced the first-paint field (it loads on focus). */
export async function regionCombobox(page: Page) {
  const field = page.locator('#filter-region')
  await field.click()
  await page.locator('#filter-region[role="combobox"]').waitFor({ timeout: 15_000 })
  return field
}

/**
 * Types `text` into the region field, one key at a time as a person does, and waits until the
 * first option is `expected` (the name as listed) and highlighted, so that Enter commits it.
 * Not timed.
 */
export async function typeRegion(page: Page, text: string, expected: string): Promise<void> {
  const field = await regionCombobox(page)
  await field.fill('')
  await field.pressSequentially(text)
  const first = page.locator('.field--region [role="option"]').first()
  await first.locator('.picker__name', { hasText: expected }).waitFor({ timeout: 15_000 })
  const id = await first.getAttribute('id')
  await page.waitForFunction(
    (id) => document.querySelector('#filter-region')?.getAttribute('aria-activedescendant') === id,
    id,
    { timeout: 15_000 },
  )
}

export type ChangeCase = {
  name: string
  path: string
  /** A select's new value, or a region typed in the picker and committed with Enter. */
  change:
    | { kind: 'select'; select: string; values: string[] }
    | { kind: 'region'; values: Array<{ type: string; name: string }> }
  /** A figure to scroll to first, so its chart (drawn only near the viewport) is on screen. */
  figure?: RegExp
}

export type ChangeReport = { name: string; runs: ChangeResult[] }

/** `runs` filter changes of one view, in one page (the first load is not timed). */
export async function measureChanges(
  browser: Browser,
  origin: string,
  change: ChangeCase,
  runs: number,
): Promise<ChangeReport> {
  const { context, page } = await openAndWait(browser, origin, change.path)
  try {
    if (change.figure) {
      const figure = page.getByRole('figure', { name: change.figure })
      await figure.scrollIntoViewIfNeeded()
      await figure.locator(CHART_SELECTOR).first().waitFor({ timeout: 15_000 })
      await page.waitForTimeout(400)
    }
    const results: ChangeResult[] = []
    for (let i = 0; i < runs; i += 1) {
      const how = change.change
      if (how.kind === 'select') {
        const value = how.values[i % how.values.length] as string
        results.push(await timeChange(page, () => page.selectOption(how.select, value)))
      } else {
        const region = how.values[i % how.values.length] as { type: string; name: string }
        await typeRegion(page, region.type, region.name)
        await page.waitForTimeout(300)
        results.push(await timeChange(page, () => page.keyboard.press('Enter'), 'keydown'))
      }
      await page.waitForTimeout(200)
    }
    return { name: change.name, runs: results }
  } finally {
    await context.close()
  }
}

export type KeystrokeReport = {
  /** The field's text after the keystroke. */
  text: string
  result: KeystrokeResult
}

/**
 * Types each word into the region picker of a fresh page, one key at a time, timing every
 * keystroke that searches (two characters or more) from its keydown to the frame that shows the
 * list for the text typed: the search's answer is in (no search request in flight) and every
 * option listed contains every typed word, or the list says nothing matches.
 */
export async function measureTyping(
  browser: Browser,
  origin: string,
  path: string,
  words: ReadonlyArray<string>,
): Promise<KeystrokeReport[]> {
  const { context, page } = await openAndWait(browser, origin, path)
  try {
    let inFlight = 0
    const isSearch = (url: string) => /\/api\/regions\?(.*&)?q=/.test(url)
    page.on('request', (r) => {
      if (isSearch(r.url())) inFlight += 1
    })
    const done = (r: { url: () => string }) => {
      if (isSearch(r.url())) inFlight -= 1
    }
    page.on('requestfinished', done)
    page.on('requestfailed', done)
    const field = await regionCombobox(page)
    await page.waitForTimeout(300)
    const reports: KeystrokeReport[] = []
    for (const word of words) {
      await field.fill('')
      await page.waitForTimeout(300)
      let text = ''
      for (const key of word) {
        text += key
        const query = normalizeRegionName(text)
        const answered = async () => {
          if (query.length < 2) return
          const wanted = query.split(' ')
          const deadline = Date.now() + 15_000
          for (;;) {
            const listed = await page.evaluate(
              ({ wanted }) => {
                const strip = (t: string) =>
                  t
                    .normalize('NFD')
                    .replace(/\p{M}+/gu, '')
                    .toLowerCase()
                    .replace(/[^\p{L}\p{N}]+/gu, ' ')
                const picker = document.querySelector('.field--region .picker')
                const names = [...(picker?.querySelectorAll('[role="option"] .picker__name') ?? [])]
                const status = picker?.querySelector('.picker__status')?.textContent ?? ''
                if (names.length === 0) return /tidak ada|no region/i.test(status)
                return names.every((n) =>
                  wanted.every((w) => strip(n.textContent ?? '').includes(w)),
                )
              },
              { wanted },
            )
            if (inFlight === 0 && listed) return
            if (Date.now() > deadline) throw new Error(`the picker never listed "${text}"`)
            await page.waitForTimeout(15)
          }
        }
        const result = await timeKeystroke(
          page,
          '.field--region .picker',
          () => page.keyboard.press(key === ' ' ? 'Space' : key),
          answered,
        )
        if (query.length >= 2) reports.push({ text, result })
      }
    }
    return reports
  } finally {
    await context.close()
  }
}

/** Scorecard → indicator page → back → forward: API requests on the revisits. */
export async function revisitRequests(browser: Browser, origin: string): Promise<number> {
  const { context, page } = await openAndWait(browser, origin, '/?region=3271')
  try {
    await page.getByRole('article', { name: /TPT/ }).getByRole('link', { name: 'TPT' }).click()
    await page.locator(TREND_SELECTOR).first().waitFor({ timeout: 15_000 })
    await page.waitForTimeout(400)
    let requests = 0
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) requests += 1
    })
    await page.goBack()
    await page.locator(CHART_SELECTOR).first().waitFor({ timeout: 15_000 })
    await page.goForward()
    await page.locator(TREND_SELECTOR).first().waitFor({ timeout: 15_000 })
    await page.waitForTimeout(400)
    return requests
  } finally {
    await context.close()
  }
}
