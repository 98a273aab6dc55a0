import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  type LabelProps,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { useCallback, useMemo, useState } from 'react'
import { axisTick, estimateTextWidth, valueTicks } from './axis-ticks'
import { CHART_TOKENS } from './chart-tokens'
import { rankingChartHeight, type RankingChartProps } from './ranking-chart'

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
  // Room past the longest bar (or reference) for its value label.
  const max = Math.max(0, ...bars.map((bar) => bar.value), ...references.map((r) => r.value)) * 1.05
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
    const widest = valueTicks(max, 5).at(-1) ?? max
    const tickWidth = estimateTextWidth(formatValue(widest), fontSize) + (large ? 40 : 16)
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
  const ticks = useMemo(() => valueTicks(max, tickCount), [max, tickCount])
  const domain = useMemo(() => [0, ticks.at(-1) ?? 1], [ticks])
  const tooltipFormatter = useCallback(
    (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value)),
    [formatValue],
  )
  // The value at each bar's end, drawn where the bar ends: Recharts' own label would measure every
  // value's text in the DOM (a forced layout per bar, 40 per change on a large breakdown).
  const valueLabel = useCallback(
    (props: LabelProps) => {
      const { x: left, y: top, width: length, height: thickness, value } = props
      if (
        typeof value !== 'number' ||
        typeof left !== 'number' ||
        typeof top !== 'number' ||
        typeof length !== 'number' ||
        typeof thickness !== 'number'
      ) {
        return null
      }
      const gap = large ? 10 : 6
      return (
        <text
          x={left + length + (length < 0 ? -gap : gap)}
          y={top + thickness / 2}
          dy="0.35em"
          textAnchor={length < 0 ? 'end' : 'start'}
          fill={tokens.axis}
          fontSize={fontSize}
          // A halo of the background: legible where a reference line crosses it.
          stroke={tokens.surface}
          strokeWidth={large ? 8 : 4}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {formatValue(value)}
        </text>
      )
    },
    [formatValue, fontSize, large, tokens.axis, tokens.surface],
  )
  // The same label objects from render to render: a new one is a changed line to Recharts.
  const referenceLabels = useMemo(
    () =>
      references.map((reference, index) => ({
        value: reference.label,
        position: index % 2 === 0 ? ('top' as const) : ('insideTopRight' as const),
        fill: tokens.axis,
        fontSize: large ? 32 : 12,
      })),
    [references, tokens.axis, large],
  )
  return (
    <ResponsiveContainer width={width ?? '100%'} height={height} onResize={handleResize}>
      <BarChart data={rows} layout="vertical" margin={margin} accessibilityLayer>
        <CartesianGrid stroke={tokens.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
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
          <LabelList dataKey="value" content={valueLabel} />
        </Bar>
        {references.map((reference, index) => (
          <ReferenceLine
            // By place, not by label: a label that changes (a new period's value) updates the
            // line rather than removing it and adding a new one.
            key={index}
            x={reference.value}
            stroke={tokens.target}
            strokeWidth={large ? 4 : 2}
            strokeDasharray={index === 0 ? '6 3' : '2 3'}
            label={referenceLabels[index]}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
