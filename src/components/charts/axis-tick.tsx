/**
 * The axis tick the charts draw in place of Recharts' own (which measures every label in the DOM):
 * plain SVG text laid out by the pure rules of ./axis-ticks.ts.
 */
import { wrapLabel } from './axis-ticks'

type TickProps = {
  x?: number | string
  y?: number | string
  textAnchor?: string
  verticalAnchor?: string
  payload?: { value?: unknown }
}

type TickOptions = {
  fontSize: number
  fill: string
  /** Wrap onto at most two lines of this many px (the ranking's region names). */
  wrapWidth?: number
  /** Formats a numeric tick ("9,0 %"); other values are shown as they are. */
  format?: (value: number) => string
}

/**
 * An axis tick drawn as plain SVG text, positioned as Recharts positions its own (anchor and
 * baseline from the axis), without measuring anything. A wrapped label that had to be shortened
 * keeps its full text in a <title>; the chart's table twin shows it whole.
 */
export function axisTick({ fontSize, fill, wrapWidth, format }: TickOptions) {
  return function AxisTick({ x = 0, y = 0, textAnchor, verticalAnchor, payload }: TickProps) {
    const value = payload?.value
    const text =
      typeof value === 'number' && format
        ? format(value)
        : typeof value === 'string' || typeof value === 'number'
          ? String(value)
          : ''
    const { lines, truncated } =
      wrapWidth === undefined
        ? { lines: [text], truncated: false }
        : wrapLabel(text, wrapWidth, fontSize)
    const lineHeight = fontSize * 1.15
    const baseline = verticalAnchor === 'start' ? 0.71 : verticalAnchor === 'end' ? 0 : 0.355
    const shift = verticalAnchor === 'start' ? 0 : ((lines.length - 1) * lineHeight) / 2
    const firstDy = baseline * fontSize - shift
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        textAnchor={textAnchor === 'start' || textAnchor === 'end' ? textAnchor : 'middle'}
        fill={fill}
        fontSize={fontSize}
        className="recharts-cartesian-axis-tick-value"
      >
        {truncated && <title>{text}</title>}
        {lines.map((line, index) => (
          <tspan key={index} x={Number(x)} dy={index === 0 ? firstDy : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    )
  }
}
