import type { Indicator } from '@/api/indicators'
import type { Region, RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { chartFootnotes, unitLabel } from '@/analysis/chart-notes'
import { breakdownView } from '@/analysis/breakdown'
import { coverageNote, coverageText, rankingCoverage } from '@/analysis/ranking-text'
import { rankingReferences, rankingTable } from '@/components/tables/ranking-table'
import { ChartFrame, EmptyChartFrame } from '@/components/charts/chart-frame'
import { RankingChart } from '@/components/charts/ranking-chart'
import { placeName } from '@/domain/places'
import { AddToBriefing } from '@/deck/add-to-briefing'
import { useI18n } from '@/i18n/i18n'
import { formatObservation, useValueFormatter } from '@/i18n/format-indicator'

type BreakdownSectionProps = {
  indicator: Indicator
  /** The region whose places are ranked: its `childCount` says how many places it has. */
  region: RegionRef & Pick<Region, 'childCount'>
  childRegions: ReadonlyArray<RegionRef>
  childSeries: ReadonlyArray<Series>
  regionSeries: Series | undefined
  /** The view's "as of": the breakdown compares the latest common period at or before it. */
  asOf: string | null
  today: string
  dataAsOf: string | undefined
  isUpdating: boolean
  initialView: 'chart' | 'table'
}

/**
 * The child regions (kecamatan, kota administrasi) ranked best first on one common period, with
 * the region's own value and target of that period as reference lines.
 */
export function BreakdownSection(props: BreakdownSectionProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { indicator, region } = props
  const formatChartValue = useValueFormatter(indicator)
  const name = indicator.shortName[locale]
  const title = t('breakdown.title', { indicator: name, region: placeName(region) })
  const view = breakdownView(props)
  if (!view) {
    return (
      <EmptyChartFrame
        title={title}
        message={t('breakdown.empty', { region: placeName(region) })}
      />
    )
  }
  const { period, ranking, high, low, own } = view
  const coverage = rankingCoverage(i18n, ranking, region)
  const table = rankingTable(i18n, indicator, ranking, props.dataAsOf, { coverage })
  const references = rankingReferences(i18n, indicator, region, own)

  return (
    <ChartFrame
      title={title}
      subtitle={t('breakdown.subtitle', {
        unit: unitLabel(i18n, indicator),
        period: i18n.period(period),
      })}
      summary={t('breakdown.summary', {
        coverage: coverageText(i18n, coverage),
        top: placeName(high.region),
        topValue: formatObservation(i18n, indicator, high.reading.observation),
        bottom: placeName(low.region),
        bottomValue: formatObservation(i18n, indicator, low.reading.observation),
      })}
      rowHeader={t('col.rank')}
      columns={table.columns}
      rows={table.rows}
      csv={table.csv}
      footnotes={[
        ...chartFootnotes(i18n, table.judged, props.dataAsOf, 'bars'),
        ...[coverageNote(i18n, coverage, period)].filter((note) => note !== null),
      ]}
      fileName={`${indicator.id}-${placeName(region)}-breakdown-${period}`}
      initialView={props.initialView}
      actions={<AddToBriefing slide={`breakdown:${indicator.id}`} />}
      isUpdating={props.isUpdating}
    >
      <RankingChart bars={table.bars()} formatValue={formatChartValue} references={references} />
    </ChartFrame>
  )
}
