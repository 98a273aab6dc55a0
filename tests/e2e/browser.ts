import { mkdtempSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Locator,
  type Page,
} from 'playwright-core'
import { inject } from 'vitest'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = 'tests/e2e/artifacts'

export type Session = {
  context: BrowserContext
  page: Page
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[]
  baseUrl: string
  close: () => Promise<void>
}

type Size = { width: number; height: number }

/** A desk's monitor: larger than any window the tests open, so no window covers its screen. */
const DESK_SCREEN: Size = { width: 7680, height: 4320 }

/**
 * A fresh Chromium profile with one page; every console error is recorded as a problem. The
 * screen is larger than any window the tests open (a desk's monitor with a browser window on it),
 * unless `screen` says otherwise: a window as large as its screen is the browser's own full screen
 * (F11, a kiosk), which the briefing shows like full screen. `timezoneId` is the device's zone.
 */
export async function openSession({
  viewport = { width: 1366, height: 900 },
  screen = DESK_SCREEN,
  timezoneId,
}: { viewport?: Size; screen?: Size; timezoneId?: string } = {}): Promise<Session> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'kinerja-e2e-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      viewport,
      screen,
      ...(timezoneId ? { timezoneId } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  )
  // Record every Content-Security-Policy violation and any dialog (alert from injected markup).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  return {
    context,
    page,
    problems,
    baseUrl: inject('baseUrl'),
    close: () => context.close(),
  }
}

const emulation = new WeakMap<Page, CDPSession>()

/**
 * Resizes the window to `size` on a screen of `screen` (a desk's monitor unless told). Playwright's
 * `setViewportSize` also makes the screen the window's size — which the briefing rightly reads as
 * the browser's own full screen (F11) — so the screen is set again through DevTools (the session
 * is kept: its emulation ends with it) and the page told of it by a resize event, as a real
 * window would be. Screenshots re-apply Playwright's screen without a resize: the page keeps its
 * layout.
 */
export async function resizeWindow(page: Page, size: Size, screen: Size = DESK_SCREEN) {
  await page.setViewportSize(size)
  let session = emulation.get(page)
  if (!session) {
    session = await page.context().newCDPSession(page)
    emulation.set(page, session)
  }
  await session.send('Emulation.setDeviceMetricsOverride', {
    width: size.width,
    height: size.height,
    deviceScaleFactor: 1,
    mobile: false,
    screenWidth: screen.width,
    screenHeight: screen.height,
  })
  await page.evaluate(() => window.dispatchEvent(new Event('resize')))
}

/** Axe violations of serious or critical impact, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true })
  const path = join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** The visible text of an element, whitespace (including no-break spaces) collapsed. */
/**
 * A figure's chart once drawn. The figure is scrolled to first, as a reader would: a chart far down
 * a page draws only as it comes near the viewport (src/components/charts/chart-slot.tsx).
 */
export async function drawnChart(figure: Locator): Promise<Locator> {
  await figure.scrollIntoViewIfNeeded()
  const chart = figure.locator('svg.recharts-surface, .ranking-chart svg').first()
  await chart.waitFor()
  return chart
}

export async function textOf(locator: Locator): Promise<string> {
  const text = await locator.innerText()
  return text.replace(/\s+/g, ' ').trim()
}
