/**
 * The props of the charts, apart from the components, so the chart modules never import one
 * another in a circle (the lazy Recharts module imports these types, not the component that loads it).
 */
import type { TargetSpan, TrendPoint, TrendSeries } from '@/analysis/trend-data'
import type { ChartTheme } from './chart-tokens'

export type TrendChartProps = {
  points: ReadonlyArray<TrendPoint>
  series: ReadonlyArray<TrendSeries>
  /** The target steps (and bands) of the first series. */
  targets?: ReadonlyArray<TargetSpan>
  formatValue: (value: number) => string
  /** A tick label of the time axis: a year ("2023") for yearly steps, a month ("Agu 2023") else. */
  formatTime: (t: number, stepMonths: number) => string
  targetLabel?: string
  bandLabel?: string
  /** Vertical markers, e.g. a survey change (SSGI → SKI), at a point's time. */
  breaks?: ReadonlyArray<{ t: number; label: string }>
  height?: number
  /** Thicker lines and text of at least 32 px (projector). */
  large?: boolean
  /**
   * Draw the legend inside the chart (default). Projector slides draw their own: inside a scaled
   * canvas the library would measure it at the screen's scale, not the chart's.
   */
  legend?: boolean
  theme?: ChartTheme
  /** A fixed width in px (slides render hidden, where nothing can be measured). */
  width?: number
  /** Shared axes for small multiples; fitted to the data otherwise. */
  xDomain?: readonly [number, number] | undefined
  yDomain?: readonly [number, number] | undefined
}
