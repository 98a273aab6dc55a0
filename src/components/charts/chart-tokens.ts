/** Chart colours as named tokens (each ≥ 4.5:1 on white), never literals in chart code. */
export const SERIES_COLORS = ['#0b4f6c', '#b8420f', '#5b2a86', '#1e6b34'] as const
export const TARGET_COLOR = '#3d4a63'
export const BAND_FILL = '#1e6b34'
export const GRID_COLOR = '#d5dbe3'
export const AXIS_COLOR = '#3d4a63'

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? SERIES_COLORS[0]
}

export type ChartTheme = 'light' | 'dark'

export type ChartTokens = {
  series: ReadonlyArray<string>
  axis: string
  grid: string
  target: string
  band: string
  /** The chart's background: hollow points, the halo that keeps labels legible over lines. */
  surface: string
}

/** Light: every mark ≥ 4.5:1 on white, text ≥ 7:1. Dark: the same against #0f1726. */
export const CHART_TOKENS: Record<ChartTheme, ChartTokens> = {
  light: {
    series: SERIES_COLORS,
    axis: AXIS_COLOR,
    grid: GRID_COLOR,
    target: TARGET_COLOR,
    band: BAND_FILL,
    surface: '#ffffff',
  },
  dark: {
    series: ['#7cc4e8', '#f4a261', '#d0b3f7', '#8fd694'],
    axis: '#dbe2ec',
    grid: '#33415c',
    target: '#e6e9ef',
    band: '#8fd694',
    surface: '#0f1726',
  },
}
