import {
  Area,
  CartesianGrid,
  ComposedChart,
  Curve,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type LineDrawShapeProps,
} from 'recharts'
import { useCallback, useMemo, useState, type ReactElement } from 'react'
import { downsampleMinMax } from '@/domain/downsample'
import { axisTick } from './axis-tick'
import { estimateTextWidth, niceScale, timeTicks } from './axis-ticks'
import type { TargetSpan, TrendPoint, TrendSeries } from '@/analysis/trend-data'
import type { TrendChartProps } from './chart-types'
import { CHART_TOKENS, seriesColors } from './chart-tokens'
import { equalData } from './equal-data'

type Row = Record<string, string | number | null | [number, number] | boolean>

/**
 * A line as Recharts draws it, minus its entrance animation's measuring: Recharts hands each line
 * a ref and reads the path's length (`getTotalLength`) on every render of every line, animated or
 * not, which forces a layout of the whole page in the middle of React's render — 40 ms of a
 * national filter change here (docs/decisions/0044-first-chart-asks-for-what-it-needs.md). This chart
 * never animates, so the path gets no ref and nothing is measured.
 */
function PlainLine(props: LineDrawShapeProps) {
  return <Curve {...props} pathRef={undefined} />
}

/** The target (and band) in force at time t, if any span covers it. */
function targetAt(targets: ReadonlyArray<TargetSpan>, t: number): TargetSpan | undefined {
  return targets.find((span) => t >= span.from && t <= span.to)
}

/**
 * One row per point, plus a row at each end of each target span, all on the time axis: the target
 * is a step that starts and ends where its year's data does, with a riser where years meet.
 */
function toRows(
  points: ReadonlyArray<TrendPoint>,
  series: ReadonlyArray<TrendSeries>,
  targets: ReadonlyArray<TargetSpan>,
): Row[] {
  const rows: Array<Row & { order: number }> = []
  for (const point of points) {
    const span = targetAt(targets, point.t)
    const row: Row & { order: number } = {
      t: point.t,
      label: point.label,
      order: 1,
      target: span?.value ?? null,
      band: span?.band ? [span.band[0], span.band[1]] : null,
    }
    for (const s of series) {
      row[s.id] = point.values[s.id] ?? null
      row[`${s.id}__synthetic`] = point.synthetic?.[s.id] ?? false
    }
    rows.push(row)
  }
  for (const span of targets) {
    const band: [number, number] | null = span.band ? [span.band[0], span.band[1]] : null
    // A span's end sorts before the next span's start at the same instant: the riser.
    rows.push({ t: span.from, label: '', order: 2, target: span.value, band })
    rows.push({ t: span.to, label: '', order: 0, target: span.value, band })
  }
  rows.sort((a, b) => (a.t as number) - (b.t as number) || a.order - b.order)
  return rows
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
  if (row[dataKey] === null || row[dataKey] === undefined) return null
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

/** The usual gap between points, in months (12 for a yearly survey, 1 for a monthly series). */
function cadenceOf(points: ReadonlyArray<TrendPoint>): number {
  const gaps = points
    .slice(1)
    .map((p, i) => p.t - (points[i]?.t ?? p.t))
    .filter((g) => g > 0)
    .sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)] ?? 12
}

/** The time domain of the data: half the usual gap of padding at each end. */
function fittedDomain(points: ReadonlyArray<TrendPoint>): readonly [number, number] {
  const times = points.map((p) => p.t)
  const pad = Math.max(0.5, cadenceOf(points) / 2)
  return [Math.min(...times) - pad, Math.max(...times) + pad]
}

/**
 * A line chart over time: one line per series (coloured by its role), the target as a step or a
 * band, series breaks as vertical markers, synthetic points hollow. Points sit at the middle of
 * their period on a time axis, so unevenly spaced rounds stay spaced by time. No animation
 * (deterministic, and right for projectors).
 */
export function RechartsTrend({
  points: allPoints,
  series,
  targets = [],
  formatValue,
  formatTime,
  targetLabel,
  bandLabel,
  breaks = [],
  height = 320,
  large = false,
  legend = true,
  theme = 'light',
  width,
  xDomain,
  yDomain,
}: TrendChartProps) {
  const tokens = CHART_TOKENS[theme]
  const colors = seriesColors(tokens, series)
  const fontSize = large ? 32 : 13
  const domain = useMemo(
    () => xDomain ?? (allPoints.length > 0 ? fittedDomain(allPoints) : ([0, 1] as const)),
    [xDomain, allPoints],
  )
  const values = useMemo(() => {
    const list: number[] = []
    for (const p of allPoints)
      for (const s of series) {
        const v = p.values[s.id]
        if (v !== null && v !== undefined) list.push(v)
      }
    for (const span of targets) {
      if (span.value !== null) list.push(span.value)
      if (span.band) list.push(span.band[0], span.band[1])
    }
    return list
  }, [allPoints, series, targets])
  const yScale = useMemo(() => {
    const [low, high] =
      yDomain ?? (values.length > 0 ? [Math.min(...values), Math.max(...values)] : [0, 1])
    // As many round ticks as fit, but never two that read the same ("1 %, 1 %" on a narrow range
    // shown without decimals): fewer, coarser ticks then.
    for (let count = Math.max(3, Math.floor((height - 60) / (large ? 80 : 44))); ; count -= 1) {
      const scale = niceScale(low, high, count)
      const labels = scale.ticks.map((v) => formatValue(v))
      if (count <= 2 || new Set(labels).size === labels.length) return scale
    }
  }, [yDomain, values, height, large, formatValue])
  const yAxisWidth = Math.ceil(
    Math.max(...yScale.ticks.map((v) => estimateTextWidth(formatValue(v), fontSize))) + 12,
  )
  const margin = useMemo(() => ({ top: 16, right: large ? 40 : 24, bottom: 8, left: 8 }), [large])
  // The plot's width, once measured: it thins long series to one point per pixel (min/max buckets
  // keep spikes and the ends; the table twin and CSV get every point) and spaces the time labels.
  const [measuredWidth, setMeasuredWidth] = useState<number | null>(null)
  const plotWidth = measuredWidth ?? (width ?? 640) - margin.left - margin.right - yAxisWidth
  const tickGap = large ? 48 : 20
  // Never a tick finer than the data: a yearly survey is labelled by year, not by half-year.
  const cadence = useMemo(() => Math.round(cadenceOf(allPoints)), [allPoints])
  const layout = useMemo(() => {
    const breakTimes = new Set(breaks.map((b) => b.t))
    const points =
      allPoints.length > plotWidth
        ? downsampleMinMax(allPoints, plotWidth, {
            values: (p) => series.map((s) => p.values[s.id] ?? null),
            keep: (p) => breakTimes.has(p.t),
          })
        : allPoints
    return {
      rows: toRows(points, series, targets),
      time: timeTicks(
        domain,
        plotWidth,
        fontSize,
        tickGap,
        formatTime,
        cadence >= 6 ? 12 : cadence,
      ),
    }
  }, [
    allPoints,
    series,
    targets,
    breaks,
    plotWidth,
    domain,
    fontSize,
    tickGap,
    formatTime,
    cadence,
  ])
  // A new measurement re-renders the chart only when it changes what is drawn.
  function handleResize(containerWidth: number) {
    const next = Math.max(1, Math.floor(containerWidth - margin.left - margin.right - yAxisWidth))
    const thinned = (w: number) => allPoints.length > w
    const sameLayout =
      !thinned(plotWidth) &&
      !thinned(next) &&
      equalData(
        timeTicks(domain, next, fontSize, tickGap, formatTime, cadence >= 6 ? 12 : cadence),
        layout.time,
      )
    if (!sameLayout) setMeasuredWidth(next)
  }
  const { rows, time } = layout
  const hasTarget = targets.some((span) => span.value !== null)
  const hasBand = targets.some((span) => span.band !== null)
  const lineWidth = large ? 5 : 2.5
  const dotRadius = large ? 7 : 4
  const manyPoints = allPoints.length > 40
  const timeTick = useMemo(
    () =>
      axisTick({
        fontSize,
        fill: tokens.axis,
        format: (t) => formatTime(t, time.step),
      }),
    [fontSize, tokens.axis, formatTime, time.step],
  )
  const valueTick = useMemo(
    () => axisTick({ fontSize, fill: tokens.axis, format: formatValue }),
    [fontSize, tokens.axis, formatValue],
  )
  const axisLine = useMemo(() => ({ stroke: tokens.axis }), [tokens.axis])
  const tooltipFormatter = useCallback(
    (value: unknown, name: unknown): [string, string] => [
      typeof value === 'number'
        ? formatValue(value)
        : Array.isArray(value)
          ? value.map((v) => (typeof v === 'number' ? formatValue(v) : '')).join(' – ')
          : String(value),
      String(name),
    ],
    [formatValue],
  )
  const tooltipLabel = useCallback(
    (_: unknown, payload: ReadonlyArray<{ payload?: Row }>) =>
      String(payload.find((item) => item.payload?.label)?.payload?.label ?? ''),
    [],
  )
  const legendFormatter = useCallback(
    (value: unknown) => <span style={{ color: tokens.axis }}>{String(value)}</span>,
    [tokens.axis],
  )
  // The legend in the order the series were given (region, parent, nation…), then target, band.
  const legendOrder = useCallback(
    (item: { dataKey?: unknown }) => {
      const index = series.findIndex((s) => s.id === item.dataKey)
      return index >= 0 ? index : series.length + (item.dataKey === 'target' ? 0 : 1)
    },
    [series],
  )
  const legendStyle = useMemo(() => ({ fontSize, color: tokens.axis }), [fontSize, tokens.axis])
  const activeDot = useMemo(() => ({ r: dotRadius + 2 }), [dotRadius])
  const hollow = tokens.surface
  const breakLabels = useMemo(
    () =>
      new Map(
        breaks.map((b) => [
          b.t,
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
  const seriesKey = series.map((s, i) => `${s.id}:${colors[i]}`).join('\u0000')
  // One dot renderer per series, kept across renders (a new function is a new setting to Recharts).
  const dots = useMemo(() => {
    const byId = new Map<string, (props: DotItemDotProps) => ReactElement>()
    for (const entry of seriesKey.split('\u0000')) {
      const [id = '', color = tokens.axis] = entry.split(':')
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
    }
    return byId
  }, [seriesKey, tokens.axis, dotRadius, hollow])
  return (
    <ResponsiveContainer width={width ?? '100%'} height={height} onResize={handleResize}>
      <ComposedChart data={rows} margin={margin} accessibilityLayer>
        <CartesianGrid stroke={tokens.grid} vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={[domain[0], domain[1]]}
          allowDataOverflow
          tick={timeTick}
          tickLine={false}
          axisLine={axisLine}
          ticks={time.ticks}
          interval={0}
          height={large ? 56 : 30}
        />
        <YAxis
          tick={valueTick}
          width={yAxisWidth}
          interval={0}
          axisLine={false}
          tickLine={false}
          domain={[yScale.domain[0], yScale.domain[1]]}
          ticks={yScale.ticks}
          allowDataOverflow
        />
        {!large && (
          <Tooltip
            formatter={tooltipFormatter}
            labelFormatter={tooltipLabel}
            isAnimationActive={false}
          />
        )}
        {legend && (series.length > 1 || hasTarget || hasBand) && (
          <Legend
            verticalAlign="top"
            align="left"
            height={large ? 56 : 30}
            wrapperStyle={legendStyle}
            iconSize={large ? 28 : 14}
            formatter={legendFormatter}
            itemSorter={legendOrder}
          />
        )}
        {hasBand && (
          <Area
            dataKey="band"
            name={bandLabel}
            type="linear"
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
            type="linear"
            stroke={tokens.target}
            strokeWidth={large ? 4 : 2}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
            shape={PlainLine}
          />
        )}
        {breaks.map((b) => (
          <ReferenceLine
            key={b.t}
            x={b.t}
            stroke={tokens.axis}
            strokeDasharray="2 3"
            label={breakLabels.get(b.t)}
          />
        ))}
        {series.map((s, index) => (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.label}
            type="linear"
            stroke={colors[index]}
            strokeWidth={lineWidth}
            connectNulls
            isAnimationActive={false}
            shape={PlainLine}
            dot={manyPoints ? false : dots.get(s.id)}
            activeDot={activeDot}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  )
}
