import type { Indicator } from '@/api/indicators'
import { chartFootnotes, unitLabel } from '@/analysis/chart-notes'
import { readingsCsv } from '@/analysis/export-rows'
import { parentsSentence, type ParentsView } from '@/analysis/parents'
import { trendPoints, trendSeries } from '@/analysis/series-view'
import { ChartFrame } from '@/components/charts/chart-frame'
import { TrendChart } from '@/components/charts/trend-chart'
import { compareKeys } from '@/domain/periods'
import { placeName } from '@/domain/places'
import type { KeyRange } from '@/domain/ranges'
import { AddToBriefing } from '@/deck/add-to-briefing'
import { useI18n } from '@/i18n/i18n'
import { formatObservation, useTimeFormatter, useValueFormatter } from '@/i18n/format-indicator'

type ParentsSectionProps = {
  indicator: Indicator
  /** The region against its parents, like for like (src/analysis/parents.ts). */
  parents: ParentsView
  range: KeyRange
  dataAsOf: string | undefined
  isUpdating: boolean
  initialView: 'chart' | 'table'
}

/**
 * The region against its province and the nation: the sentence the briefing's slide says, and the
 * figures of the region's round on one time axis, each in its role's colour.
 */
export function ParentsSection(props: ParentsSectionProps) {
  const i18n = useI18n()
  const { t } = i18n
  const { indicator, parents } = props
  const lines = parents.lines
  const formatChartValue = useValueFormatter(indicator)
  const formatTime = useTimeFormatter()
  const region = lines[0]?.region
  if (!region || lines.length < 2) return null
  const points = trendPoints(i18n, lines)
  const periods = [...new Set(lines.flatMap((l) => l.shown.map((o) => o.observation.period)))].sort(
    compareKeys,
  )
  const byKey = new Map(
    lines.map((line) => [
      line.region.code,
      new Map(line.shown.map((o) => [o.observation.period, o.observation])),
    ]),
  )
  const rangeLabel = `${i18n.period(props.range.from)} – ${i18n.period(props.range.to)}`
  const hasNumbers = points.some((p) => Object.values(p.values).some((v) => v !== null))
  const all = lines.flatMap((line) => line.shown)

  return (
    <ChartFrame
      title={t('parents.title', { region: placeName(region) })}
      subtitle={t('parents.subtitle', { unit: unitLabel(i18n, indicator), range: rangeLabel })}
      summary={parentsSentence(i18n, indicator, parents)}
      rowHeader={t('col.period')}
      columns={lines.map((line) => ({
        key: line.region.code,
        label: placeName(line.region),
        numeric: true,
      }))}
      rows={() =>
        periods.map((key) => ({
          key,
          header: i18n.period(key),
          cells: Object.fromEntries(
            lines.map((line) => {
              const o = byKey.get(line.region.code)?.get(key)
              const text = o ? formatObservation(i18n, indicator, o) : '–'
              return [line.region.code, o?.provenance === 'synthetic' ? `${text} ◇` : text]
            }),
          ),
        }))
      }
      csv={() =>
        readingsCsv(
          i18n,
          lines.flatMap((line) =>
            line.shown.map((judged) => ({ region: line.region, indicator, judged })),
          ),
          props.dataAsOf,
        )
      }
      footnotes={chartFootnotes(i18n, all, props.dataAsOf)}
      fileName={`${indicator.id}-${placeName(region)}-vs-parents`}
      initialView={hasNumbers ? props.initialView : 'table'}
      actions={<AddToBriefing slide={`parents:${indicator.id}`} />}
      isUpdating={props.isUpdating}
    >
      <TrendChart
        points={points}
        series={trendSeries(lines)}
        formatValue={formatChartValue}
        formatTime={formatTime}
      />
    </ChartFrame>
  )
}
