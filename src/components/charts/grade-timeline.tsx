import { CHART_TEXT } from '@/components/tokens/tokens'
import { CHART_TOKENS, type ChartTheme } from './chart-tokens'
import { useChartTheme } from './use-chart-theme'

export type GradeCell = {
  key: string
  /** Period label under the cell. */
  label: string
  grade: string
  /** Optional second line, e.g. the SAKIP score. */
  detail?: string
  tone: 'good' | 'near' | 'bad' | 'neutral'
  synthetic?: boolean
}

/**
 * Ordinal grades over time as a row of lettered boxes (SVG, so it exports as PNG like any chart).
 * The letter is the information; the tone is only a second cue.
 */
export function GradeTimeline({
  cells,
  large = false,
  theme: givenTheme,
}: {
  cells: ReadonlyArray<GradeCell>
  large?: boolean
  theme?: ChartTheme
}) {
  const tokens = CHART_TOKENS[useChartTheme(givenTheme)]
  const text = large ? CHART_TEXT.slide : CHART_TEXT.app
  const size = large ? 150 : 84
  const gap = large ? 16 : 8
  const labelHeight = large ? 48 : 22
  const width = Math.max(cells.length * (size + gap) + gap, 200)
  const height = size + labelHeight + gap * 2
  return (
    <svg
      className="grade-timeline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      style={{ maxWidth: '100%', height: 'auto' }}
      role="img"
      aria-label={cells.map((c) => `${c.label}: ${c.grade}`).join(', ')}
    >
      {cells.map((cell, index) => {
        const x = gap + index * (size + gap)
        const tone = tokens.grade[cell.tone]
        return (
          <g key={cell.key}>
            <rect
              x={x}
              y={gap}
              width={size}
              height={size}
              rx={8}
              fill={tone.fill}
              stroke={tone.stroke}
              strokeWidth={large ? 4 : 2}
              strokeDasharray={cell.synthetic ? '5 3' : undefined}
            />
            <text
              x={x + size / 2}
              y={gap + size / 2 + (cell.detail ? -4 : 4)}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize={large ? CHART_TEXT.gradeSlide : CHART_TEXT.gradeApp}
              fontWeight={700}
              fill={tone.ink}
            >
              {cell.grade}
            </text>
            {cell.detail && (
              <text
                x={x + size / 2}
                y={gap + size - (large ? 16 : 10)}
                textAnchor="middle"
                fontSize={text}
                fill={tone.ink}
              >
                {cell.detail}
              </text>
            )}
            <text
              x={x + size / 2}
              y={gap + size + labelHeight - 4}
              textAnchor="middle"
              fontSize={text}
              fill={tokens.axis}
            >
              {cell.label}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
