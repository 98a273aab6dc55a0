/**
 * What the bench measures inside the page, identically for the app and the floor. Each function runs
 * in the browser (Playwright serialises it), so it may use nothing from this module's scope.
 *
 * "Painted" is the first task after the next animation frame that follows a DOM change: the frame
 * that shows the change has been produced by then. No app code is instrumented.
 */
import type { Page } from 'playwright-core'

/** Anything that counts as a drawn chart: a card sparkline, a Recharts line, a ranking bar, a grade row. */
export const CHART_SELECTOR =
  'svg.sparkline polyline, path.recharts-line-curve, rect.ranking-chart__bar, svg.grade-timeline rect'

export type LoadProbe = {
  firstChart: number | null
  longTasks: Array<{ start: number; duration: number }>
  layoutShift: number
}

export type ChangeProbe = {
  t0: number | null
  lastMutation: number | null
  painted: number | null
}

declare global {
  interface Window {
    __benchLoad?: LoadProbe
    __benchChange?: ChangeProbe
  }
}

/** Init script: first chart painted, long tasks and layout shifts, from the first byte on. */
export function installLoadProbe(selector: string): void {
  const probe: LoadProbe = { firstChart: null, longTasks: [], layoutShift: 0 }
  window.__benchLoad = probe
  let pending = false
  const observer = new MutationObserver(() => {
    if (pending || !document.querySelector(selector)) return
    pending = true
    observer.disconnect()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        probe.firstChart = performance.now()
        performance.mark('bench:first-chart')
      }
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document, { childList: true, subtree: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<
      PerformanceEntry & { value?: number; hadRecentInput?: boolean }
    >) {
      if (!entry.hadRecentInput) probe.layoutShift += entry.value ?? 0
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

/**
 * Before a filter change: note the time of the event that makes it (`change` for a select, the
 * Enter `keydown` that commits the region combobox) and every DOM change in <main> after it.
 */
export function armChangeProbe(trigger: 'change' | 'keydown' = 'change'): void {
  const probe: ChangeProbe = { t0: null, lastMutation: null, painted: null }
  window.__benchChange = probe
  document.addEventListener(
    trigger,
    (event) => {
      probe.t0 ??= event.timeStamp
    },
    { capture: true, once: true },
  )
  const main = document.querySelector('main') ?? document.body
  new MutationObserver(() => {
    if (probe.t0 === null) return
    probe.lastMutation = performance.now()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        probe.painted = performance.now()
      }
      channel.port2.postMessage(null)
    })
  }).observe(main, { childList: true, subtree: true, characterData: true, attributes: true })
}

/** The change has landed: painted, nothing busy or loading, and the DOM quiet for `quietMs`. */
export function changeSettled(quietMs: number): boolean {
  const probe = window.__benchChange
  if (!probe || probe.painted === null || probe.lastMutation === null) return false
  if (performance.now() - probe.lastMutation < quietMs) return false
  if (probe.painted < probe.lastMutation) return false
  return !document.querySelector('main [aria-busy="true"], main .state--loading')
}

export type ChangeResult = { ms: number; longestTask: number }

/** Times one filter change made by `act` (e.g. a `selectOption`, or Enter in the combobox). */
export async function timeChange(
  page: Page,
  act: () => Promise<unknown>,
  trigger: 'change' | 'keydown' = 'change',
): Promise<ChangeResult> {
  await page.evaluate(armChangeProbe, trigger)
  await act()
  await page.waitForFunction(changeSettled, 250, { timeout: 20_000, polling: 50 })
  return await page.evaluate(() => {
    const change = window.__benchChange as ChangeProbe
    const load = window.__benchLoad as LoadProbe
    const t0 = change.t0 ?? 0
    const end = change.painted ?? t0
    const tasks = load.longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= end)
    return { ms: end - t0, longestTask: Math.max(0, ...tasks.map((t) => t.duration)) }
  })
}

export type KeystrokeProbe = {
  t0: number | null
  /** The frame that shows the keystroke in the field. */
  echo: number | null
  lastMutation: number | null
  painted: number | null
}

declare global {
  interface Window {
    __benchKey?: KeystrokeProbe
  }
}

/**
 * Before a keystroke in the region combobox: the keydown's time, the frame that shows it, and every
 * change to the picker's list (`menu`: its options and its status line) after it.
 */
export function armKeystrokeProbe(menuSelector: string): void {
  const probe: KeystrokeProbe = { t0: null, echo: null, lastMutation: null, painted: null }
  window.__benchKey = probe
  const afterPaint = (done: (time: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => done(performance.now())
      channel.port2.postMessage(null)
    })
  document.addEventListener(
    'keydown',
    (event) => {
      probe.t0 ??= event.timeStamp
      afterPaint((time) => (probe.echo ??= time))
    },
    { capture: true, once: true },
  )
  const menu = document.querySelector(menuSelector)
  if (!menu) throw new Error(`no ${menuSelector}`)
  new MutationObserver(() => {
    if (probe.t0 === null) return
    probe.lastMutation = performance.now()
    afterPaint((time) => (probe.painted = time))
  }).observe(menu, { childList: true, subtree: true, characterData: true, attributes: true })
}

/**
 * The keystroke has been answered: `settled` says so (e.g. the list names the typed text, or the
 * search request has returned), the list's last change has painted and it has been quiet since.
 */
export function keystrokeSettled(quietMs: number): boolean {
  const probe = window.__benchKey
  if (!probe || probe.t0 === null || probe.echo === null) return false
  const last = probe.lastMutation ?? probe.t0
  if (performance.now() - last < quietMs) return false
  return probe.lastMutation === null || (probe.painted ?? 0) >= probe.lastMutation
}

export type KeystrokeResult = {
  /** Keydown → the frame that shows the list for the typed text (or its echo if the list stayed). */
  ms: number
  echoMs: number
  longestTask: number
  /** Whether the list changed at all. */
  changed: boolean
}

/** Times one keystroke (`act` presses it) until the picker's list has answered it. */
export async function timeKeystroke(
  page: Page,
  menuSelector: string,
  act: () => Promise<unknown>,
  answered: () => Promise<unknown>,
  quietMs = 150,
): Promise<KeystrokeResult> {
  await page.evaluate(armKeystrokeProbe, menuSelector)
  await act()
  await answered()
  await page.waitForFunction(keystrokeSettled, quietMs, { timeout: 20_000, polling: 25 })
  return await page.evaluate(() => {
    const probe = window.__benchKey as KeystrokeProbe
    const load = window.__benchLoad as LoadProbe
    const t0 = probe.t0 ?? 0
    const echo = probe.echo ?? t0
    const end = Math.max(echo, probe.painted ?? echo)
    const tasks = load.longTasks.filter((t) => t.start + t.duration >= t0 && t.start <= end)
    return {
      ms: end - t0,
      echoMs: echo - t0,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      changed: probe.lastMutation !== null,
    }
  })
}
