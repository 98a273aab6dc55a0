import type { Indicator } from '@/api/indicators'
import type { TrendModel } from './slide-models'
import { CHART_TOKENS, seriesColors, type ChartTheme } from '@/components/charts/chart-tokens'
import { TrendChart } from '@/components/charts/trend-chart'
import { useI18n, type I18n } from '@/i18n/i18n'
import { useTimeFormatter, useValueFormatter } from '@/i18n/format-indicator'

/** The legend row above a slide's chart (32-px text and its gap). */
const LEGEND_HEIGHT = 32 * 1.3 + 12

type LegendEntry = { key: string; label: string; color: string; dashed?: boolean; band?: boolean }

/** The chart's lines in the order drawn (the region first), then its target or band. */
function legendOf(i18n: I18n, trend: TrendModel, theme: ChartTheme): LegendEntry[] {
  const tokens = CHART_TOKENS[theme]
  const colors = seriesColors(tokens, trend.series)
  const entries: LegendEntry[] = trend.series.map((s, index) => ({
    key: s.id,
    label: s.label,
    color: colors[index] ?? tokens.axis,
  }))
  if (trend.targets.some((span) => span.value !== null)) {
    entries.push({
      key: 'target',
      label: i18n.t('trend.target'),
      color: tokens.target,
      dashed: true,
    })
  }
  if (trend.targets.some((span) => span.band !== null)) {
    entries.push({ key: 'band', label: i18n.t('trend.band'), color: tokens.band, band: true })
  }
  return entries
}

/**
 * A slide's line chart at the size its slide gives it: projector text, thick lines, hollow
 * synthetic points, target steps; a survey change is a marked line (said in words under the
 * chart). The legend is the slide's own HTML: the chart library measures its legend on screen,
 * which inside the scaled canvas is at the screen's scale, not the chart's.
 */
export function TrendOnSlide({
  trend,
  indicator,
  theme,
  width,
  height,
}: {
  trend: TrendModel
  indicator: Indicator
  theme: ChartTheme
  width: number
  height: number
}) {
  const i18n = useI18n()
  const formatValue = useValueFormatter(indicator, 1)
  const formatTime = useTimeFormatter()
  const legend = legendOf(i18n, trend, theme)
  // Nothing to draw (no figure up to the chosen period): no empty axes; the figure column says so.
  if (!trend.points.some((point) => Object.values(point.values).some((v) => v != null))) return null
  return (
    <>
      {legend.length > 1 || trend.targets.length > 0 ? (
        <ul className="slide__legend">
          {legend.map((entry) => (
            <li key={entry.key}>
              <span
                aria-hidden="true"
                className={`slide__swatch${entry.dashed ? ' slide__swatch--dashed' : ''}${entry.band ? ' slide__swatch--band' : ''}`}
                style={{ color: entry.color }}
              />
              {entry.label}
            </li>
          ))}
        </ul>
      ) : null}
      <TrendChart
        large
        legend={false}
        theme={theme}
        width={width}
        height={height - LEGEND_HEIGHT}
        points={trend.points}
        series={trend.series}
        targets={trend.targets}
        breaks={trend.breaks.map((b) => ({ t: b.t, label: '' }))}
        formatValue={formatValue}
        formatTime={formatTime}
        targetLabel={i18n.t('trend.target')}
        bandLabel={i18n.t('trend.band')}
      />
    </>
  )
}

/** "Garis tegak: SSGI → SKI 2023: survei berbeda": each survey change in words. */
export function breakNotes(i18n: I18n, trend: TrendModel): string[] {
  return trend.breaks.map((b) => i18n.t('slide.break', { label: b.label }))
}
