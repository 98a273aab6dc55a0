import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { ChartFrame, EmptyChartFrame } from '@/components/charts/chart-frame'
import { AddToBriefing } from '@/filters/add-to-briefing'
import { RankingChart, type RankingReference } from '@/components/charts/ranking-chart'
import { latestAtOrBefore, parsePeriod } from '@/domain/periods'
import { useI18n } from '@/i18n/i18n'
import { formatObservation, formatValue, useValueFormatter } from '@/i18n/format-indicator'
import { chartFootnotes, unitLabel } from '@/analysis/chart-notes'
import { rankingTable, rankLabel } from '@/analysis/ranking-table'
import { rankRegions } from '@/analysis/series-view'

type BreakdownSectionProps = {
  indicator: Indicator
  region: RegionRef
  childRegions: ReadonlyArray<RegionRef>
  childSeries: ReadonlyArray<Series>
  regionSeries: Series | undefined
  asOfKey: string
  dataAsOf: string | undefined
  isUpdating: boolean
  initialView: 'chart' | 'table'
}

/** The child regions (kecamatan, kota administrasi) ranked best first, with the region and its target as references. */
export function BreakdownSection(props: BreakdownSectionProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { indicator, region } = props
  const formatChartValue = useValueFormatter(indicator)
  const name = indicator.shortName[locale]
  const title = t('breakdown.title', { indicator: name, region: region.name })
  const { ranked } = rankRegions(indicator, props.childRegions, props.childSeries, props.asOfKey)
  const valued = ranked.filter((r) => r.rank > 0)
  if (valued.length === 0 || indicator.valueType === 'grade') {
    return <EmptyChartFrame title={title} message={t('breakdown.empty', { region: region.name })} />
  }
  const own = props.regionSeries
    ? latestAtOrBefore(props.regionSeries.observations, parsePeriod(props.asOfKey))
    : undefined
  const ownTarget = valued[0]?.item.target
  const references: RankingReference[] = []
  if (own?.value != null) {
    references.push({
      value: own.value,
      label: t('breakdown.referenceRegion', {
        region: region.name,
        value: formatValue(i18n, indicator, own.value),
      }),
    })
  }
  if (ownTarget?.value != null) {
    references.push({
      value: ownTarget.value,
      label: t('breakdown.referenceTarget', {
        value: formatValue(i18n, indicator, ownTarget.value),
      }),
    })
  }
  const top = valued.reduce((a, b) =>
    (a.item.observation.value ?? 0) >= (b.item.observation.value ?? 0) ? a : b,
  )
  const bottom = valued.reduce((a, b) =>
    (a.item.observation.value ?? 0) <= (b.item.observation.value ?? 0) ? a : b,
  )
  const table = rankingTable(i18n, indicator, valued)

  return (
    <ChartFrame
      title={title}
      subtitle={t('breakdown.subtitle', {
        unit: unitLabel(i18n, indicator),
        period: i18n.period(props.asOfKey),
      })}
      summary={t('breakdown.summary', {
        count: valued.length,
        top: top.item.region.name,
        topValue: formatObservation(i18n, indicator, top.item.observation),
        bottom: bottom.item.region.name,
        bottomValue: formatObservation(i18n, indicator, bottom.item.observation),
      })}
      rowHeader={t('col.rank')}
      columns={table.columns}
      rows={table.rows}
      exportRows={table.exportRows}
      footnotes={chartFootnotes(i18n, table.shown, props.dataAsOf)}
      fileName={`${indicator.id}-${region.name}-breakdown-${props.asOfKey}`}
      initialView={props.initialView}
      actions={<AddToBriefing slide={`breakdown:${indicator.id}`} />}
      isUpdating={props.isUpdating}
    >
      <RankingChart
        bars={valued.map((r) => ({
          key: r.item.region.code,
          label: `${rankLabel(i18n, r.rank, r.tied)}. ${r.item.region.name}`,
          value: r.item.observation.value ?? 0,
          synthetic: r.item.observation.provenance === 'synthetic',
        }))}
        formatValue={formatChartValue}
        references={references}
      />
    </ChartFrame>
  )
}
