import { memo, useLayoutEffect, useRef, useState } from 'react'
import { axisTick } from './axis-tick'
import { estimateTextWidth, valueTicks } from './axis-ticks'
import { ChartSlot } from './chart-slot'
import { CHART_TEXT } from '@/components/tokens/tokens'
import { CHART_TOKENS, type ChartTheme, type SeriesRole } from './chart-tokens'
import { useChartTheme } from './use-chart-theme'
import { equalData } from './equal-data'

export type RankingBar = {
  key: string
  /** Row label, e.g. "1. Bogor Barat" or "=2. Kota Depok". */
  label: string
  value: number
  /** Colours the bar as on every chart: the selected region, its parent, the nation; peers alike. */
  role: SeriesRole
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

/** The mark every synthetic value carries on screen, in tables and in exports (the About page). */
const SYNTHETIC_MARK = '◇'

const ROW_HEIGHT = 30
/** The width assumed where nothing can be measured (no layout, as in unit tests). */
const FALLBACK_WIDTH = 640

/** The chart's height for `count` bars: a row per bar, room for the axis and reference labels. */
export function rankingChartHeight(count: number, large = false): number {
  return Math.max(160, count * (large ? 64 : ROW_HEIGHT) + (large ? 100 : 60))
}

/**
 * Horizontal bars in the order given (already ranked), the value at each bar's end, reference lines
 * (the region's own value, its target). Drawn as plain SVG, like the sparklines: a ranking needs
 * no chart library, and Recharts spent 40–60 ms on each update of a 40-bar breakdown (a second
 * render one frame after the first, for its entry animation even when switched off). It draws
 * once near the viewport (ChartSlot) and re-renders only when what it draws changes (equalData):
 * pass a stable `formatValue` (useValueFormatter).
 */
export const RankingChart = memo(function RankingChart(props: RankingChartProps) {
  return (
    <ChartSlot
      height={rankingChartHeight(props.bars.length, props.large)}
      eager={props.width !== undefined}
    >
      <RankingSvg {...props} />
    </ChartSlot>
  )
}, equalData)

/** The container's width, measured before paint and followed as it changes. */
function useWidth(given: number | undefined) {
  const ref = useRef<HTMLDivElement>(null)
  const [measured, setMeasured] = useState<number | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (given !== undefined || !element) return
    const update = (width: number) =>
      setMeasured((current) =>
        current !== null && Math.abs(current - width) < 1 ? current : width || FALLBACK_WIDTH,
      )
    update(element.getBoundingClientRect().width)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width
      if (width) update(width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [given])
  return { ref, width: given ?? measured }
}

/** The row (0 nearest the plot) of each reference label, so no two labels overlap. */
function layoutReferenceLabels(
  references: ReadonlyArray<RankingReference>,
  x: (value: number) => number,
  fontSize: number,
): number[] {
  const placed: Array<{ row: number; from: number; to: number }> = []
  return references.map((reference) => {
    const half = estimateTextWidth(reference.label, fontSize) / 2 + 6
    const at = x(reference.value)
    let row = 0
    while (placed.some((p) => p.row === row && at - half < p.to && at + half > p.from)) row += 1
    placed.push({ row, from: at - half, to: at + half })
    return row
  })
}

function RankingSvg({
  bars,
  formatValue,
  references = [],
  large = false,
  theme: givenTheme,
  width: givenWidth,
}: RankingChartProps) {
  const { ref, width } = useWidth(givenWidth)
  const tokens = CHART_TOKENS[useChartTheme(givenTheme)]
  const fontSize = large ? CHART_TEXT.slide : CHART_TEXT.app
  const height = rankingChartHeight(bars.length, large)
  if (width === null) return <div ref={ref} className="ranking-chart" />

  // Room past the longest bar (or reference) for its value label (and a synthetic mark).
  const max = Math.max(0, ...bars.map((bar) => bar.value), ...references.map((r) => r.value)) * 1.05
  // Reference labels sit above the plot, on a second row when two would touch.
  const labelRow = fontSize * 1.3
  const valueLabel = (bar: RankingBar) =>
    bar.synthetic ? `${formatValue(bar.value)} ${SYNTHETIC_MARK}` : formatValue(bar.value)
  const widestValue = Math.max(
    0,
    ...bars.map((bar) => estimateTextWidth(valueLabel(bar), fontSize)),
  )
  const provisional = {
    top: 0,
    right: Math.max(large ? 160 : 72, widestValue + (large ? 20 : 12)),
    bottom: large ? 56 : 28,
    left: 8,
  }
  // Names get up to 40 % of a narrow chart, wrapped onto two lines; the value axis as many round
  // ticks as fit (2 to 5).
  const wanted = Math.min(
    large ? 560 : 260,
    Math.max(120, ...bars.map((bar) => estimateTextWidth(bar.label, fontSize) + 12)),
  )
  const labelWidth = Math.min(wanted, Math.floor(width * 0.4))
  const plotLeft = provisional.left + labelWidth
  const plotWidth = Math.max(1, width - plotLeft - provisional.right)
  const referenceRows = layoutReferenceLabels(
    references,
    (value) => {
      const end0 = valueTicks(max, 5).at(-1) || 1
      return plotLeft + (Math.max(0, value) / end0) * plotWidth
    },
    fontSize,
  )
  const rowsUsed = references.length === 0 ? 0 : Math.max(...referenceRows) + 1
  const margin = { ...provisional, top: (large ? 24 : 12) + rowsUsed * labelRow }
  const plotBottom = height - margin.bottom
  const plotHeight = plotBottom - margin.top
  const widestTick = valueTicks(max, 5).at(-1) ?? max
  const tickWidth = estimateTextWidth(formatValue(widestTick), fontSize) + (large ? 40 : 16)
  const ticks = valueTicks(max, Math.max(2, Math.min(5, Math.floor(plotWidth / tickWidth))))
  const end = ticks.at(-1) || 1
  const x = (value: number) => plotLeft + (Math.max(0, value) / end) * plotWidth
  const band = plotHeight / Math.max(1, bars.length)
  const thickness = Math.min(large ? 40 : 18, band * 0.8)
  // Plain functions called for their SVG, not components (a component made per render would be
  // remounted on every render).
  const valueTick = axisTick({ fontSize, fill: tokens.axis })
  const nameTick = axisTick({ fontSize, fill: tokens.axis, wrapWidth: labelWidth - 8 })
  const rows = bars.map((bar, index) => ({
    bar,
    center: margin.top + band * (index + 0.5),
    color: bar.role === 'peer' ? tokens.peerBar : tokens.roles[bar.role],
    length: x(bar.value) - plotLeft,
  }))
  const halo = {
    stroke: tokens.surface,
    strokeWidth: large ? 8 : 4,
    strokeLinejoin: 'round' as const,
    paintOrder: 'stroke',
  }

  return (
    <div ref={ref} className="ranking-chart">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        // The figure's summary and its table twin say what the bars show.
        aria-hidden="true"
        focusable="false"
      >
        <g className="ranking-chart__grid" stroke={tokens.grid}>
          {ticks.map((tick) => (
            <line key={tick} x1={x(tick)} x2={x(tick)} y1={margin.top} y2={plotBottom} />
          ))}
        </g>
        <g className="ranking-chart__axis" stroke={tokens.axis}>
          <line x1={plotLeft} x2={plotLeft + plotWidth} y1={plotBottom} y2={plotBottom} />
          <line x1={plotLeft} x2={plotLeft} y1={margin.top} y2={plotBottom} />
          {ticks.map((tick) => (
            <line key={tick} x1={x(tick)} x2={x(tick)} y1={plotBottom} y2={plotBottom + 6} />
          ))}
        </g>
        {ticks.map((tick) => (
          <g key={tick}>
            {valueTick({
              x: x(tick),
              y: plotBottom + (large ? 12 : 8),
              textAnchor: 'middle',
              verticalAnchor: 'start',
              payload: { value: formatValue(tick) },
            })}
          </g>
        ))}
        {rows.map(({ bar, center, color, length }) => (
          <g key={bar.key}>
            {nameTick({
              x: plotLeft - 8,
              y: center,
              textAnchor: 'end',
              verticalAnchor: 'middle',
              payload: { value: bar.label },
            })}
            <rect
              className="ranking-chart__bar"
              x={plotLeft}
              y={center - thickness / 2}
              width={Math.max(0, length)}
              height={thickness}
              fill={color}
              fillOpacity={bar.synthetic && !large ? 0.55 : 1}
              stroke={color}
              strokeWidth={large ? 3 : 1}
              strokeDasharray={bar.synthetic ? '4 2' : undefined}
            />
          </g>
        ))}
        {/* Over the bars (which bars pass the line), under the values and labels (legible). */}
        {references.map((reference, index) => (
          <line
            key={index}
            className="ranking-chart__reference"
            x1={x(reference.value)}
            x2={x(reference.value)}
            y1={margin.top}
            y2={plotBottom}
            stroke={tokens.target}
            strokeWidth={large ? 4 : 2}
            strokeDasharray={index === 0 ? '6 3' : '2 3'}
          />
        ))}
        {rows.map(({ bar, center, length }) => (
          <text
            key={bar.key}
            x={plotLeft + length + (large ? 10 : 6)}
            y={center}
            dy="0.35em"
            fill={tokens.axis}
            fontSize={fontSize}
            {...halo}
          >
            {/* A synthetic figure is marked in words as well as by its dashed bar, so the mark
                survives in the PNG (which draws this SVG) and in greyscale. */}
            {valueLabel(bar)}
          </text>
        ))}
        {references.map((reference, index) => (
          <text
            key={index}
            x={x(reference.value)}
            y={margin.top - 6 - (referenceRows[index] ?? 0) * labelRow}
            textAnchor="middle"
            fill={tokens.axis}
            fontSize={fontSize}
            {...halo}
          >
            {reference.label}
          </text>
        ))}
      </svg>
    </div>
  )
}
