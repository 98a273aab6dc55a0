import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react'
import { useAfterPaint } from '@/components/ui/use-after-paint'
import { usePrinting } from '@/components/ui/use-printing'
import { useI18n } from '@/i18n/i18n'

/*
 * The chart library (Recharts, ~115 KiB gzip) loads apart from the pages: a page's heading,
 * summary, numbers and table twins render as soon as its data is in, and each chart draws once the
 * library is. A chart asks for the library once its empty place has painted, so on a slow line the
 * page's text is not queued behind it (docs/decisions/0018-pages-ask-for-data-as-they-start.md).
 */

/**
 * A component loaded on first use. Not React.lazy: a Suspense boundary that showed its fallback
 * reveals no sooner than 300 ms after it (React's throttle against popping content), which here
 * held every first chart back by that much after the library had arrived.
 */
function loadable<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | null = null
  let pending: Promise<ComponentType<Props>> | null = null
  const preload = () => {
    pending ??= load().then((component) => (loaded = component))
    // A failed download may succeed later (a flaky line): the next use asks again.
    pending.catch(() => (pending = null))
    return pending
  }
  function Loadable(props: Props) {
    const { t } = useI18n()
    const [component, setComponent] = useState<ComponentType<Props> | null>(() => loaded)
    const [failed, setFailed] = useState(false)
    // Asked for once the frame that mounted this chart's place has painted: the page's heading and
    // text (its largest paint) are not held behind the library's download and evaluation.
    const painted = useAfterPaint(component === null)
    useEffect(() => {
      if (component || !painted) return
      let current = true
      preload().then(
        (next) =>
          takeTurn(() => {
            if (current) setComponent(() => next)
          }),
        (error: unknown) => {
          console.warn('[kinerja] chart library could not load', error)
          if (current) setFailed(true)
        },
      )
      return () => {
        current = false
      }
    }, [component, painted])
    if (failed) return <p className="state state--error">{t('chart.unavailable')}</p>
    const Component = component
    return Component ? <Component {...props} /> : null
  }
  return { Loadable, preload }
}

const trend = loadable(async () => (await import('./recharts-trend')).RechartsTrend)
export const LazyTrend = trend.Loadable

/**
 * The chart library, loaded now; settles either way (a chart whose library failed to load says
 * so in its place). For views that must work offline once open: the briefing's frozen deck.
 */
export async function loadCharts(): Promise<void> {
  await trend.preload().catch(() => undefined)
}

/**
 * The chart library, asked for as soon as the page's first contentful paint is done (at once when
 * it already is): a trend in the first screen then does not wait for the page body to paint
 * before asking for it, and it does not share a slow line with what that first paint needs (the
 * page's heading, its largest paint: docs/decisions/0044-first-chart-asks-for-what-it-needs.md).
 */
export function loadChartsAfterFirstPaint(): void {
  if (typeof PerformanceObserver === 'undefined' || performance.getEntriesByType === undefined) {
    void loadCharts()
    return
  }
  if (performance.getEntriesByName('first-contentful-paint').length > 0) {
    void loadCharts()
    return
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return
    observer.disconnect()
    void loadCharts()
  })
  observer.observe({ type: 'paint', buffered: true })
}

/*
 * Charts that become ready together (the library arrives; a page with three charts in view) mount
 * one per frame, first come first served: the first chart paints as soon as it can and no single
 * task draws them all (a long task on a phone is a frozen page).
 */
const turns: Array<() => void> = []
let turnTaken = false

function takeTurn(start: () => void): void {
  turns.push(start)
  if (!turnTaken) nextTurn()
}

function nextTurn(): void {
  const start = turns.shift()
  turnTaken = start !== undefined
  if (!start) return
  start()
  // The next chart after this one has painted (a timer alone where there are no frames).
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(nextTurn, 0))
  } else {
    setTimeout(nextTurn, 0)
  }
}

/** How far outside the viewport a chart starts drawing, so it is ready before it scrolls in. */
const NEAR_PX = 400

function isNear(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect()
  return rect.top < window.innerHeight + NEAR_PX && rect.bottom > -NEAR_PX
}

/**
 * True once `ref` is in or near the viewport (or the page is printed); `eager` is true at once. A
 * chart far down a page then costs nothing until the reader gets near it: a phone's first screen
 * does not wait on charts it cannot show.
 */
function useNearViewport(ref: React.RefObject<HTMLElement | null>, eager: boolean): boolean {
  const [near, setNear] = useState(eager || typeof IntersectionObserver === 'undefined')
  // One turn per chart (see takeTurn), whichever way it is found near: a second would hold back
  // the charts queued after it by a frame.
  const requested = useRef(near)
  const request = useCallback(() => {
    if (requested.current) return
    requested.current = true
    takeTurn(() => setNear(true))
  }, [])
  // Before paint: a chart already in view (and first in line) draws in the same frame as its frame.
  useLayoutEffect(() => {
    if (ref.current && isNear(ref.current)) request()
  }, [ref, request])
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) request()
      },
      { rootMargin: `${NEAR_PX}px 0px` },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near, ref, request])
  // Printed: drawn before `beforeprint` returns (usePrinting), so a chart whose code is in draws on
  // paper (one whose library has not loaded is left out, its table printed), and kept drawn after.
  const printing = usePrinting()
  if (printing && !near) setNear(true)
  return near
}

/**
 * The chart's place, at the chart's height from the start (no layout shift when it draws): empty
 * until the chart is near the viewport (and a line chart's library has loaded).
 */
export function ChartSlot({
  height,
  eager,
  children,
}: {
  height: number
  /** Draw at once, in or out of view (projector slides, which have a fixed size). */
  eager: boolean
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const near = useNearViewport(ref, eager)
  return (
    <div ref={ref} className="chart-slot" style={{ height }}>
      {near && children}
    </div>
  )
}
