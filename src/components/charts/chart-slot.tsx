import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'

/*
 * The chart library (Recharts, ~115 KiB gzip) loads apart from the pages: a page's heading, summary,
 * numbers and table twins render as soon as its data is in, and each chart draws once the library
 * is. Chart routes call preloadCharts() as they start, so the library downloads alongside the
 * page's own chunk and data rather than after them (README, decision "Chunks and performance
 * budgets").
 */
const loadTrend = () => import('./recharts-trend')
const loadRanking = () => import('./recharts-ranking')

export const LazyTrend = lazy(async () => ({ default: (await loadTrend()).RechartsTrend }))
export const LazyRanking = lazy(async () => ({ default: (await loadRanking()).RechartsRanking }))

/** Starts downloading the chart implementations; safe to call any number of times. */
export function preloadCharts(): void {
  void loadTrend()
  void loadRanking()
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
  // Before paint: a chart already in view draws in the same frame as its frame.
  useLayoutEffect(() => {
    if (!near && ref.current && isNear(ref.current)) setNear(true)
  }, [near, ref])
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: `${NEAR_PX}px 0px` },
    )
    observer.observe(element)
    const onPrint = () => setNear(true)
    window.addEventListener('beforeprint', onPrint)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', onPrint)
    }
  }, [near, ref])
  return near
}

/**
 * The chart's place, at the chart's height from the start (no layout shift when it draws): empty
 * until the chart is near the viewport and its library has loaded.
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
      {near && <Suspense fallback={null}>{children}</Suspense>}
    </div>
  )
}
