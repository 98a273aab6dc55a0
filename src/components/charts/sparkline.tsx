export type SparklineProps = {
  values: ReadonlyArray<number>
  /** Accessible description of the trend; the sparkline itself is decorative. */
  width?: number
  height?: number
}

/**
 * A tiny trend line drawn as plain SVG, so the scorecard needs no chart library on first load.
 * The card's text summary says what it shows.
 */
export function Sparkline({ values, width = 120, height = 36 }: SparklineProps) {
  if (values.length < 2) return null
  const min = Math.min(...values)
  const max = Math.max(...values)
  const span = max - min || 1
  const pad = 3
  const step = (width - pad * 2) / (values.length - 1)
  const points = values
    .map((value, index) => {
      const x = pad + index * step
      const y = pad + (height - pad * 2) * (1 - (value - min) / span)
      return `${x.toFixed(1)},${y.toFixed(1)}`
    })
    .join(' ')
  const last = points.split(' ').at(-1)?.split(',') ?? ['0', '0']
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx={last[0]} cy={last[1]} r="3" fill="currentColor" />
    </svg>
  )
}
