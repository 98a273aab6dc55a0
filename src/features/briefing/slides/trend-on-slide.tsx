import type { Indicator } from '@/api/indicators'
import type { TrendModel } from '@/analysis/slides'
import type { ChartTheme } from '@/components/charts/chart-tokens'
import { TrendChart } from '@/components/charts/trend-chart'
import { useI18n } from '@/i18n/i18n'
import { useTimeFormatter, useValueFormatter } from '@/i18n/format-indicator'
import { SLIDE_CHART } from './chart-size'

/** A slide's line chart at its design size: projector text, thick lines, hollow synthetic points. */
export function TrendOnSlide({
  trend,
  indicator,
  theme,
}: {
  trend: TrendModel
  indicator: Indicator
  theme: ChartTheme
}) {
  const i18n = useI18n()
  const formatValue = useValueFormatter(indicator, 1)
  const formatTime = useTimeFormatter()
  return (
    <TrendChart
      large
      theme={theme}
      width={SLIDE_CHART.width}
      height={SLIDE_CHART.height}
      points={trend.points}
      series={trend.series}
      targets={trend.targets}
      breaks={trend.breaks}
      formatValue={formatValue}
      formatTime={formatTime}
      targetLabel={i18n.t('trend.target')}
      bandLabel={i18n.t('trend.band')}
    />
  )
}
