import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts'
import { useState } from 'react'
import { downsampleMinMax } from '@/domain/downsample'
import { CHART_TOKENS, seriesColor, type ChartTheme } from './chart-tokens'

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

type Row = Record<string, string | number | null | [number, number] | boolean>

function toRows(points: ReadonlyArray<TrendPoint>, series: ReadonlyArray<TrendSeries>): Row[] {
  return points.map((point) => {
    const row: Row = { key: point.key, label: point.label, target: point.target ?? null }
    row.band = point.band ? [point.band[0], point.band[1]] : null
    for (const s of series) {
      row[s.id] = point.values[s.id] ?? null
      row[`${s.id}__synthetic`] = point.synthetic?.[s.id] ?? false
    }
    return row
  })
}

type SeriesDotProps = {
  hollow: string
  cx?: number
  cy?: number
  row: Row | undefined
  dataKey: string
  color: string
  r: number
}

function SeriesDot({ cx, cy, row, dataKey, color, r, hollow }: SeriesDotProps) {
  if (cx === undefined || cy === undefined || row === undefined) return null
  if (row[dataKey] === null) return null
  const synthetic = row[`${dataKey}__synthetic`] === true
  return (
    <circle
      cx={cx}
      cy={cy}
      r={r}
      stroke={color}
      strokeWidth={2}
      fill={synthetic ? hollow : color}
    />
  )
}

/**
 * A line chart over periods: one line per series, an optional target line or band, series breaks as
 * vertical markers, synthetic points hollow. No animation (deterministic, and right for projectors).
 */
export function TrendChart({
  points: allPoints,
  series,
  formatValue,
  targetLabel,
  bandLabel,
  breaks = [],
  height = 320,
  large = false,
  theme = 'light',
  width,
  yDomain,
}: TrendChartProps) {
  const tokens = CHART_TOKENS[theme]
  // At most one point per pixel of plot: min/max buckets keep spikes, the ends and series breaks.
  // Only the drawing is thinned; the frame's table twin and CSV get every point.
  const [plotWidth, setPlotWidth] = useState<number | null>(null)
  const breakKeys = new Set(breaks.map((b) => b.key))
  const points =
    plotWidth !== null && allPoints.length > plotWidth
      ? downsampleMinMax(allPoints, plotWidth, {
          values: (p) => series.map((s) => p.values[s.id] ?? null),
          keep: (p) => breakKeys.has(p.key),
        })
      : allPoints
  const rows = toRows(points, series)
  const hasTarget = allPoints.some((p) => p.target !== undefined && p.target !== null)
  const hasBand = allPoints.some((p) => p.band)
  const labelByKey = new Map(allPoints.map((p) => [p.key, p.label]))
  const fontSize = large ? 32 : 13
  const lineWidth = large ? 5 : 2.5
  const dotRadius = large ? 7 : 4
  const manyPoints = points.length > 40
  return (
    <ResponsiveContainer
      width={width ?? '100%'}
      height={height}
      onResize={(width) => setPlotWidth(Math.max(1, Math.floor(width - 32 - (large ? 150 : 72))))}
    >
      <ComposedChart
        data={rows}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid stroke={tokens.grid} vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fill: tokens.axis, fontSize }}
          tickLine={false}
          axisLine={{ stroke: tokens.axis }}
          minTickGap={large ? 40 : 16}
        />
        <YAxis
          tick={{ fill: tokens.axis, fontSize }}
          tickFormatter={(value: number) => formatValue(value)}
          width={large ? 150 : 72}
          axisLine={false}
          tickLine={false}
          domain={yDomain ?? ['auto', 'auto']}
        />
        {!large && (
          <Tooltip
            formatter={(value, name) => [
              typeof value === 'number' ? formatValue(value) : String(value),
              String(name),
            ]}
            isAnimationActive={false}
          />
        )}
        {(series.length > 1 || hasTarget || hasBand) && (
          <Legend
            verticalAlign="top"
            align="left"
            height={large ? 56 : 30}
            wrapperStyle={{ fontSize, color: tokens.axis }}
            iconSize={large ? 28 : 14}
            formatter={(value) => <span style={{ color: tokens.axis }}>{value}</span>}
          />
        )}
        {hasBand && (
          <Area
            dataKey="band"
            name={bandLabel}
            stroke="none"
            fill={tokens.band}
            fillOpacity={theme === 'dark' ? 0.22 : 0.14}
            isAnimationActive={false}
            connectNulls={false}
            activeDot={false}
          />
        )}
        {hasTarget && (
          <Line
            dataKey="target"
            name={targetLabel}
            type="stepAfter"
            stroke={tokens.target}
            strokeWidth={large ? 4 : 2}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
        )}
        {breaks.map((b) =>
          labelByKey.has(b.key) ? (
            <ReferenceLine
              key={b.key}
              x={labelByKey.get(b.key)}
              stroke={tokens.axis}
              strokeDasharray="2 3"
              label={{
                value: b.label,
                position: 'insideTopLeft',
                fill: tokens.axis,
                fontSize: large ? 32 : 12,
              }}
            />
          ) : null,
        )}
        {series.map((s, index) => {
          const color = tokens.series[index % tokens.series.length] ?? seriesColor(index)
          return (
            <Line
              key={s.id}
              dataKey={s.id}
              name={s.label}
              stroke={color}
              strokeWidth={lineWidth}
              connectNulls
              isAnimationActive={false}
              dot={
                manyPoints
                  ? false
                  : (props: DotItemDotProps) => (
                      <SeriesDot
                        key={`${s.id}-${props.index}`}
                        cx={typeof props.cx === 'number' ? props.cx : undefined}
                        cy={typeof props.cy === 'number' ? props.cy : undefined}
                        row={props.payload as Row | undefined}
                        dataKey={s.id}
                        color={color}
                        r={dotRadius}
                        hollow={theme === 'dark' ? '#0f1726' : '#ffffff'}
                      />
                    )
              }
              activeDot={{ r: dotRadius + 2 }}
            />
          )
        })}
      </ComposedChart>
    </ResponsiveContainer>
  )
}
