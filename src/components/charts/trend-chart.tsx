import { memo } from 'react'
import { ChartSlot, LazyTrend } from './chart-slot'
import type { TrendChartProps } from './chart-types'
import { equalData } from './equal-data'

const DEFAULT_HEIGHT = 320

/**
 * A line chart over time (drawn by ./recharts-trend, loaded with the chart library when first
 * needed). It re-renders only when what it draws changes (see equalData): pass stable
 * `formatValue` and `formatTime` (useValueFormatter, useTimeFormatter).
 */
export const TrendChart = memo(function TrendChart(props: TrendChartProps) {
  return (
    <ChartSlot height={props.height ?? DEFAULT_HEIGHT} eager={props.width !== undefined}>
      <LazyTrend {...props} height={props.height ?? DEFAULT_HEIGHT} />
    </ChartSlot>
  )
}, equalData)
