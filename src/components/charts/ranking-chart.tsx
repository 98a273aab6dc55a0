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
import { CHART_TOKENS, type ChartTheme } from './chart-tokens'

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

/** The next round number (1, 1.2, 1.5, 2 … 8 × 10ⁿ) at or above `value`, so the axis ends on a clean tick. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 0
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * magnitude >= value) ?? 10
  return step * magnitude
}

/** Horizontal bars in the order given (already ranked), values at the bar ends, reference lines. */
export function RankingChart({
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
  const height = Math.max(160, rows.length * (large ? 64 : ROW_HEIGHT) + (large ? 100 : 60))
  const labelWidth = Math.min(
    large ? 560 : 260,
    Math.max(120, ...bars.map((bar) => bar.label.length * (large ? 17 : 7.5))),
  )
  const max = niceCeiling(
    Math.max(0, ...bars.map((bar) => bar.value), ...references.map((r) => r.value)) * 1.05,
  )
  const [main, highlight] = [tokens.series[0] ?? '#0b4f6c', tokens.series[1] ?? '#b8420f']
  return (
    <ResponsiveContainer width={width ?? '100%'} height={height}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: large ? 56 : 24, right: large ? 160 : 72, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid stroke={tokens.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={[0, max || 1]}
          tickCount={5}
          tick={{ fill: tokens.axis, fontSize }}
          tickFormatter={(value: number) => formatValue(value)}
          stroke={tokens.axis}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tick={{ fill: tokens.axis, fontSize }}
          tickLine={false}
          interval={0}
          stroke={tokens.axis}
        />
        {!large && (
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value))}
            isAnimationActive={false}
          />
        )}
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
            formatter={(value: unknown) => (typeof value === 'number' ? formatValue(value) : '')}
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
