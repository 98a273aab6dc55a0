import type { Indicator } from '@/api/indicators'
import type { Region } from '@/api/regions'
import type { Series } from '@/api/series'
import { ChartFrame } from '@/components/charts/chart-frame'
import { AddToBriefing } from '@/filters/add-to-briefing'
import { RankingChart, type RankingReference } from '@/components/charts/ranking-chart'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import { latestAtOrBefore, parsePeriod } from '@/domain/periods'
import { useI18n } from '@/i18n/i18n'
import { formatObservation, formatTarget, formatValue } from '@/i18n/format-indicator'
import { chartFootnotes, toExportRow, unitLabel } from '@/analysis/chart-notes'
import { rankRegions } from '@/analysis/series-view'

type BreakdownSectionProps = {
  indicator: Indicator
  region: Region
  childRegions: ReadonlyArray<Region>
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
  const name = indicator.shortName[locale]
  const title = t('breakdown.title', { indicator: name, region: region.name })
  const { ranked } = rankRegions(indicator, props.childRegions, props.childSeries, props.asOfKey)
  const valued = ranked.filter((r) => r.rank > 0)
  if (valued.length === 0 || indicator.valueType === 'grade') {
    return (
      <section className="chart-frame" aria-label={title}>
        <h2 className="chart-frame__title">{title}</h2>
        <p className="state">{t('breakdown.empty', { region: region.name })}</p>
      </section>
    )
  }
  const rankLabel = (rank: number, tied: boolean) =>
    tied ? t('ranking.tied', { rank }) : String(rank)
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
  const shown = valued.map((r) => ({
    ...r.item.observation,
    sourcePeriod: r.item.observation.period,
    target: r.item.target,
    status: r.item.status,
  }))

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
      columns={[
        { key: 'region', label: t('col.region') },
        { key: 'value', label: t('col.value'), numeric: true },
        { key: 'period', label: t('col.period') },
        { key: 'target', label: t('col.target') },
        { key: 'status', label: t('col.status') },
        { key: 'provenance', label: t('col.provenance') },
      ]}
      rows={valued.map((r) => ({
        key: r.item.region.code,
        header: rankLabel(r.rank, r.tied),
        cells: {
          region: r.item.region.name,
          value: formatObservation(i18n, indicator, r.item.observation),
          period: i18n.period(r.item.observation.period),
          target: formatTarget(i18n, indicator, r.item.target) ?? '–',
          status: <StatusBadge status={r.item.status} />,
          provenance:
            r.item.observation.provenance === 'synthetic' ? (
              <ProvenanceBadge provenance="synthetic" />
            ) : (
              t('card.official')
            ),
        },
      }))}
      exportRows={valued.map((r) =>
        toExportRow(i18n, indicator, r.item.region.name, {
          ...r.item.observation,
          sourcePeriod: r.item.observation.period,
          target: r.item.target,
          status: r.item.status,
        }),
      )}
      footnotes={chartFootnotes(i18n, shown, props.dataAsOf)}
      fileName={`${indicator.id}-${region.name}-breakdown-${props.asOfKey}`}
      initialView={props.initialView}
      actions={<AddToBriefing slide={`breakdown:${indicator.id}`} />}
      isUpdating={props.isUpdating}
    >
      <RankingChart
        bars={valued.map((r) => ({
          key: r.item.region.code,
          label: `${rankLabel(r.rank, r.tied)}. ${r.item.region.name}`,
          value: r.item.observation.value ?? 0,
          synthetic: r.item.observation.provenance === 'synthetic',
        }))}
        formatValue={(v) => formatValue(i18n, indicator, v)}
        references={references}
      />
    </ChartFrame>
  )
}
