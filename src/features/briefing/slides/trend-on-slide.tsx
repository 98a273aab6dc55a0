import type { Indicator } from '@/api/indicators'
import type { TrendModel } from '@/analysis/slides'
import type { ChartTheme } from '@/components/charts/chart-tokens'
import { TrendChart } from '@/components/charts/trend-chart'
import { useI18n } from '@/i18n/i18n'
import { useTimeFormatter, useValueFormatter } from '@/i18n/format-indicator'

/**
 * A slide's line chart at the size its slide gives it: projector text, thick lines, hollow
 * synthetic points, target steps; a survey change is a marked line (said in words under the chart).
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
  return (
    <TrendChart
      large
      theme={theme}
      width={width}
      height={height}
      points={trend.points}
      series={trend.series}
      targets={trend.targets}
      breaks={trend.breaks.map((b) => ({ t: b.t, label: '' }))}
      formatValue={formatValue}
      formatTime={formatTime}
      targetLabel={i18n.t('trend.target')}
      bandLabel={i18n.t('trend.band')}
    />
  )
}

/** "Garis tegak: SSGI → SKI 2023 (survei berbeda)": each survey change in words. */
export function breakNotes(i18n: ReturnType<typeof useI18n>, trend: TrendModel): string[] {
  return trend.breaks.map((b) => i18n.t('slide.break', { label: b.label }))
}
