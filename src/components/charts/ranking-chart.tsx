import { memo } from 'react'
import { ChartSlot, LazyRanking } from './chart-slot'
import type { ChartTheme } from './chart-tokens'
import { equalData } from './equal-data'

export type RankingBar = {
  key: string
  /** Row label, e.g. "1. Bogor Barat" or "=2. Kota Depok". */
  label: string
  value: number
  highlighted?: boolean
  synthetic?: boolean
}

export type RankingReference = { value: number; label: string }

export type RankingChartProps = {
  bars: ReadonlyArray<RankingBar>
  formatValue: (value: number) => string
  references?: ReadonlyArray<RankingReference>
  /** Text of at least 32 px and thicker marks (projector). */
  large?: boolean
  theme?: ChartTheme
  /** A fixed width in px (slides render hidden, where nothing can be measured). */
  width?: number
}

const ROW_HEIGHT = 30

/** The chart's height for `count` bars: a row per bar, room for the axis and reference labels. */
export function rankingChartHeight(count: number, large = false): number {
  return Math.max(160, count * (large ? 64 : ROW_HEIGHT) + (large ? 100 : 60))
}

/**
 * Horizontal bars in the order given (drawn by ./recharts-ranking, loaded with the chart library
 * when first needed). It re-renders only when what it draws changes (see equalData): pass a stable
 * `formatValue` (useValueFormatter).
 */
export const RankingChart = memo(function RankingChart(props: RankingChartProps) {
  return (
    <ChartSlot
      height={rankingChartHeight(props.bars.length, props.large)}
      eager={props.width !== undefined}
    >
      <LazyRanking {...props} />
    </ChartSlot>
  )
}, equalData)
