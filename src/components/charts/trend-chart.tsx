import { memo } from 'react'
import { ChartSlot, LazyTrend } from './chart-slot'
import type { ChartTheme } from './chart-tokens'
import { equalData } from './equal-data'

export type TrendPoint = {
  /** Period key, unique per point. */
  key: string
  /** Axis label (already formatted). */
  label: string
  values: Record<string, number | null>
  /** Series whose value at this point is synthetic (drawn hollow). */
  synthetic?: Record<string, boolean>
  target?: number | null
  band?: readonly [number, number] | null
}

export type TrendSeries = { id: string; label: string }

export type TrendChartProps = {
  points: ReadonlyArray<TrendPoint>
  series: ReadonlyArray<TrendSeries>
  formatValue: (value: number) => string
  targetLabel?: string
  bandLabel?: string
  /** Vertical markers, e.g. a survey change (SSGI → SKI). `key` is a point key. */
  breaks?: ReadonlyArray<{ key: string; label: string }>
  height?: number
  /** Thicker lines and text of at least 32 px (projector). */
  large?: boolean
  theme?: ChartTheme
  /** A fixed width in px (slides render hidden, where nothing can be measured). */
  width?: number
  /** A shared scale for small multiples; automatic otherwise. */
  yDomain?: [number, number] | undefined
}

const DEFAULT_HEIGHT = 320

/**
 * A line chart over periods (drawn by ./recharts-trend, loaded with the chart library when first
 * needed). It re-renders only when what it draws changes (see equalData): pass a stable
 * `formatValue` (useValueFormatter).
 */
export const TrendChart = memo(function TrendChart(props: TrendChartProps) {
  return (
    <ChartSlot height={props.height ?? DEFAULT_HEIGHT} eager={props.width !== undefined}>
      <LazyTrend {...props} height={props.height ?? DEFAULT_HEIGHT} />
    </ChartSlot>
  )
}, equalData)
