type SparklinePoint = {
  /** Place on the time axis (months), so uneven rounds stay spaced by time. */
  t: number
  value: number
  synthetic?: boolean
}

export type SparklineProps = {
  points: ReadonlyArray<SparklinePoint>
  width?: number
  height?: number
}

/**
 * A tiny trend line drawn as plain SVG, so the scorecard needs no chart library on first load.
 * Points are placed by time; synthetic ones are hollow. Decorative: the card's text says what it
 * shows.
 */
export function Sparkline({ points, width = 120, height = 36 }: SparklineProps) {
  if (points.length < 2) return null
  const values = points.map((p) => p.value)
  const min = Math.min(...values)
  const max = Math.max(...values)
  const span = max - min || 1
  const first = points[0]?.t ?? 0
  const duration = (points.at(-1)?.t ?? first) - first || 1
  const pad = 4
  const xy = points.map((p) => ({
    x: pad + ((p.t - first) / duration) * (width - pad * 2),
    y: pad + (height - pad * 2) * (1 - (p.value - min) / span),
    synthetic: p.synthetic === true,
  }))
  const last = xy.at(-1)
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline
        points={xy.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
      {last && (
        <circle
          cx={last.x}
          cy={last.y}
          r="3"
          fill={last.synthetic ? 'var(--surface, #fff)' : 'currentColor'}
          stroke="currentColor"
          strokeWidth="1.5"
        />
      )}
    </svg>
  )
}
