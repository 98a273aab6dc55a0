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
import { useCallback, useMemo, useState, type ReactElement } from 'react'
import { downsampleMinMax } from '@/domain/downsample'
import { axisTick, estimateTextWidth, spacedTicks } from './axis-ticks'
import { CHART_TOKENS, seriesColor } from './chart-tokens'
import { equalData } from './equal-data'
import type { TrendChartProps, TrendPoint, TrendSeries } from './trend-chart'

const AUTO_DOMAIN = ['auto', 'auto']

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
export function RechartsTrend({
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
  const yAxisWidth = large ? 150 : 72
  const fontSize = large ? 32 : 13
  // Room on the right for half of the last period label, which is always shown (the latest data).
  const rightMargin = Math.max(
    24,
    Math.ceil(estimateTextWidth(allPoints.at(-1)?.label ?? '', fontSize) / 2) + 4,
  )
  const margin = useMemo(() => ({ top: 16, right: rightMargin, bottom: 8, left: 8 }), [rightMargin])
  // The plot's width, once measured: it thins long series to one point per pixel (min/max buckets
  // keep spikes, the ends and series breaks; the table twin and CSV get every point) and spaces
  // the period labels. Until measured, the width given or a typical one.
  const [measuredWidth, setMeasuredWidth] = useState<number | null>(null)
  const plotWidth = measuredWidth ?? (width ?? 640) - 8 - rightMargin - yAxisWidth
  const tickGap = large ? 40 : 16
  const layout = useMemo(() => {
    const breakKeys = new Set(breaks.map((b) => b.key))
    const points =
      allPoints.length > plotWidth
        ? downsampleMinMax(allPoints, plotWidth, {
            values: (p) => series.map((s) => p.values[s.id] ?? null),
            keep: (p) => breakKeys.has(p.key),
          })
        : allPoints
    const labels = points.map((p) => p.label)
    return {
      rows: toRows(points, series),
      ticks: spacedTicks(labels, plotWidth, fontSize, tickGap),
    }
  }, [allPoints, series, breaks, plotWidth, fontSize, tickGap])
  // A new measurement re-renders the chart only when it changes what is drawn.
  function handleResize(containerWidth: number) {
    const next = Math.max(1, Math.floor(containerWidth - 8 - rightMargin - yAxisWidth))
    const thinned = (w: number) => allPoints.length > w
    const sameLayout =
      !thinned(plotWidth) &&
      !thinned(next) &&
      equalData(
        spacedTicks(
          layout.rows.map((row) => String(row.label)),
          next,
          fontSize,
          tickGap,
        ),
        layout.ticks,
      )
    if (!sameLayout) setMeasuredWidth(next)
  }
  const { rows, ticks } = layout
  const hasTarget = allPoints.some((p) => p.target !== undefined && p.target !== null)
  const hasBand = allPoints.some((p) => p.band)
  const labelByKey = new Map(allPoints.map((p) => [p.key, p.label]))
  const lineWidth = large ? 5 : 2.5
  const dotRadius = large ? 7 : 4
  const manyPoints = rows.length > 40
  const periodTick = useMemo(
    () => axisTick({ fontSize, fill: tokens.axis }),
    [fontSize, tokens.axis],
  )
  const valueTick = useMemo(
    () => axisTick({ fontSize, fill: tokens.axis, format: formatValue }),
    [fontSize, tokens.axis, formatValue],
  )
  const axisLine = useMemo(() => ({ stroke: tokens.axis }), [tokens.axis])
  const tooltipFormatter = useCallback(
    (value: unknown, name: unknown): [string, string] => [
      typeof value === 'number' ? formatValue(value) : String(value),
      String(name),
    ],
    [formatValue],
  )
  const legendFormatter = useCallback(
    (value: unknown) => <span style={{ color: tokens.axis }}>{String(value)}</span>,
    [tokens.axis],
  )
  const legendStyle = useMemo(() => ({ fontSize, color: tokens.axis }), [fontSize, tokens.axis])
  const activeDot = useMemo(() => ({ r: dotRadius + 2 }), [dotRadius])
  const hollow = tokens.surface
  // The same label objects from render to render: a new one is a changed line to Recharts.
  const breakLabels = useMemo(
    () =>
      new Map(
        breaks.map((b) => [
          b.key,
          {
            value: b.label,
            position: 'insideTopLeft' as const,
            fill: tokens.axis,
            fontSize: large ? 32 : 12,
          },
        ]),
      ),
    [breaks, tokens.axis, large],
  )
  const seriesIds = series.map((s) => s.id).join('\u0000')
  // One dot renderer per series, kept across renders (a new function is a new setting to Recharts).
  const dots = useMemo(() => {
    const byId = new Map<string, (props: DotItemDotProps) => ReactElement>()
    seriesIds.split('\u0000').forEach((id, index) => {
      const color = tokens.series[index % tokens.series.length] ?? seriesColor(index)
      byId.set(id, (props: DotItemDotProps) => (
        <SeriesDot
          key={`${id}-${props.index}`}
          cx={typeof props.cx === 'number' ? props.cx : undefined}
          cy={typeof props.cy === 'number' ? props.cy : undefined}
          row={props.payload as Row | undefined}
          dataKey={id}
          color={color}
          r={dotRadius}
          hollow={hollow}
        />
      ))
    })
    return byId
  }, [seriesIds, tokens.series, dotRadius, hollow])
  return (
    <ResponsiveContainer width={width ?? '100%'} height={height} onResize={handleResize}>
      <ComposedChart data={rows} margin={margin} accessibilityLayer>
        <CartesianGrid stroke={tokens.grid} vertical={false} />
        <XAxis
          dataKey="label"
          tick={periodTick}
          tickLine={false}
          axisLine={axisLine}
          ticks={ticks}
          interval={0}
        />
        <YAxis
          tick={valueTick}
          width={yAxisWidth}
          interval={0}
          axisLine={false}
          tickLine={false}
          domain={yDomain ?? AUTO_DOMAIN}
        />
        {!large && <Tooltip formatter={tooltipFormatter} isAnimationActive={false} />}
        {(series.length > 1 || hasTarget || hasBand) && (
          <Legend
            verticalAlign="top"
            align="left"
            height={large ? 56 : 30}
            wrapperStyle={legendStyle}
            iconSize={large ? 28 : 14}
            formatter={legendFormatter}
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
              label={breakLabels.get(b.key)}
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
              dot={manyPoints ? false : dots.get(s.id)}
              activeDot={activeDot}
            />
          )
        })}
      </ComposedChart>
    </ResponsiveContainer>
  )
}
