import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useCallback, useMemo, useState } from 'react'
import { axisTick, estimateTextWidth } from './axis-ticks'
import { CHART_TOKENS } from './chart-tokens'
import { niceCeiling, rankingChartHeight, type RankingChartProps } from './ranking-chart'

/** Horizontal bars in the order given (already ranked), values at the bar ends, reference lines. */
export function RechartsRanking({
  bars,
  formatValue,
  references = [],
  large = false,
  theme = 'light',
  width,
}: RankingChartProps) {
  const tokens = CHART_TOKENS[theme]
  const rows = bars.map((bar) => ({ ...bar }))
  const fontSize = large ? 32 : 13
  const height = rankingChartHeight(rows.length, large)
  const max = niceCeiling(
    Math.max(0, ...bars.map((bar) => bar.value), ...references.map((r) => r.value)) * 1.05,
  )
  const rightMargin = large ? 160 : 72
  // Names get up to 40 % of a narrow chart; the value axis as many ticks as fit (2 to 5). Both
  // follow the measured width, which re-renders the chart only when one of them changes.
  const layoutFor = (containerWidth: number | null) => {
    const wanted = Math.min(
      large ? 560 : 260,
      Math.max(120, ...bars.map((bar) => estimateTextWidth(bar.label, fontSize) + 12)),
    )
    const labelWidth =
      containerWidth === null ? wanted : Math.min(wanted, Math.floor(containerWidth * 0.4))
    const plot = containerWidth === null ? null : containerWidth - labelWidth - rightMargin - 8
    const tickWidth = estimateTextWidth(formatValue(max), fontSize) + (large ? 40 : 16)
    const tickCount = plot === null ? 5 : Math.max(2, Math.min(5, Math.floor(plot / tickWidth)))
    return { labelWidth, tickCount }
  }
  const [containerWidth, setContainerWidth] = useState<number | null>(width ?? null)
  const { labelWidth, tickCount } = layoutFor(containerWidth)
  function handleResize(next: number) {
    const layout = layoutFor(next)
    if (layout.labelWidth !== labelWidth || layout.tickCount !== tickCount) {
      setContainerWidth(next)
    }
  }
  const [main, highlight] = [tokens.series[0] ?? '#0b4f6c', tokens.series[1] ?? '#b8420f']
  const valueTick = useMemo(
    () => axisTick({ fontSize, fill: tokens.axis, format: formatValue }),
    [fontSize, tokens.axis, formatValue],
  )
  const labelTick = useMemo(
    () => axisTick({ fontSize, fill: tokens.axis, wrapWidth: labelWidth - 8 }),
    [labelWidth, fontSize, tokens.axis],
  )
  const margin = useMemo(
    () => ({ top: large ? 56 : 24, right: rightMargin, bottom: 8, left: 8 }),
    [large, rightMargin],
  )
  const domain = useMemo(() => [0, max || 1], [max])
  const tooltipFormatter = useCallback(
    (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value)),
    [formatValue],
  )
  const labelFormatter = useCallback(
    (value: unknown) => (typeof value === 'number' ? formatValue(value) : ''),
    [formatValue],
  )
  return (
    <ResponsiveContainer width={width ?? '100%'} height={height} onResize={handleResize}>
      <BarChart data={rows} layout="vertical" margin={margin} accessibilityLayer>
        <CartesianGrid stroke={tokens.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={domain}
          tickCount={tickCount}
          interval={0}
          tick={valueTick}
          stroke={tokens.axis}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tick={labelTick}
          tickLine={false}
          interval={0}
          stroke={tokens.axis}
        />
        {!large && <Tooltip formatter={tooltipFormatter} isAnimationActive={false} />}
        <Bar dataKey="value" isAnimationActive={false} barSize={large ? 40 : 18}>
          {rows.map((row) => (
            <Cell
              key={row.key}
              fill={row.highlighted ? highlight : main}
              fillOpacity={row.synthetic && !large ? 0.55 : 1}
              stroke={row.highlighted ? highlight : main}
              strokeWidth={large ? 3 : 1}
              strokeDasharray={row.synthetic ? '4 2' : undefined}
            />
          ))}
          <LabelList
            dataKey="value"
            position="right"
            formatter={labelFormatter}
            fill={tokens.axis}
            fontSize={fontSize}
          />
        </Bar>
        {references.map((reference, index) => (
          <ReferenceLine
            key={reference.label}
            x={reference.value}
            stroke={tokens.target}
            strokeWidth={large ? 4 : 2}
            strokeDasharray={index === 0 ? '6 3' : '2 3'}
            label={{
              value: reference.label,
              position: index % 2 === 0 ? 'top' : 'insideTopRight',
              fill: tokens.axis,
              fontSize: large ? 32 : 12,
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
