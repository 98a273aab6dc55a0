import type { Indicator } from '@/api/indicators'
import { ChartFrame, EmptyChartFrame } from '@/components/charts/chart-frame'
import { AddToBriefing } from '@/filters/add-to-briefing'
import { TrendChart } from '@/components/charts/trend-chart'
import { toTrendPoint } from '@/analysis/trend-point'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import type { KeyRange } from '@/domain/ranges'
import { useI18n } from '@/i18n/i18n'
import {
  formatObservation,
  formatTarget,
  formatValue,
  sourceLabel,
  useValueFormatter,
} from '@/i18n/format-indicator'
import { chartFootnotes, toExportRow, unitLabel } from '@/analysis/chart-notes'
import type { ShownObservation } from '@/analysis/series-view'

type TrendSectionProps = {
  indicator: Indicator
  regionName: string
  observations: ShownObservation[]
  range: KeyRange
  dataAsOf: string | undefined
  isUpdating: boolean
  initialView: 'chart' | 'table'
}

export function TrendSection(props: TrendSectionProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { indicator, observations, regionName } = props
  const formatChartValue = useValueFormatter(indicator)
  const name = indicator.shortName[locale]
  const rangeLabel = `${i18n.period(props.range.from)} – ${i18n.period(props.range.to)}`
  const title = t('trend.title', { indicator: name })

  if (observations.length === 0) {
    return (
      <EmptyChartFrame
        title={title}
        message={t('trend.empty', { indicator: name, region: regionName })}
      />
    )
  }

  const points = observations.map((o) => toTrendPoint(i18n, o, o.target, 'region'))
  const first = observations[0]
  const last = observations.at(-1)
  const status = last ? t('trend.statusLast', { status: t(`status.${last.status}`) }) : ''
  let summary = ''
  if (first && last && first !== last && first.value !== null && last.value !== null) {
    const diff = last.value - first.value
    summary = t('trend.summary', {
      indicator: name,
      region: regionName,
      movement: t(
        Math.abs(diff) < 1e-9
          ? 'trend.movement.flat'
          : diff > 0
            ? 'trend.movement.up'
            : 'trend.movement.down',
      ),
      first: formatValue(i18n, indicator, first.value),
      firstPeriod: i18n.period(first.period),
      last: formatValue(i18n, indicator, last.value),
      lastPeriod: i18n.period(last.period),
      status,
    })
  } else if (last) {
    summary = t('trend.summarySingle', {
      indicator: name,
      region: regionName,
      last: formatObservation(i18n, indicator, last),
      lastPeriod: i18n.period(last.period),
      status,
    })
  }
  const breaks = indicator.seriesBreaks
    .filter((b) => observations.some((o) => o.period === b.period))
    .map((b) => ({ key: b.period, label: b.label[locale] }))

  return (
    <ChartFrame
      title={title}
      subtitle={t('trend.subtitle', {
        unit: unitLabel(i18n, indicator),
        range: rangeLabel,
        region: regionName,
      })}
      summary={summary}
      rowHeader={t('col.period')}
      columns={[
        { key: 'value', label: t('col.value'), numeric: true },
        { key: 'target', label: t('col.target') },
        { key: 'status', label: t('col.status') },
        { key: 'provenance', label: t('col.provenance') },
        { key: 'source', label: t('col.source') },
      ]}
      rows={() =>
        observations.map((o) => ({
          key: o.period,
          header: i18n.period(o.period),
          cells: {
            value: o.provisional
              ? `${formatObservation(i18n, indicator, o)} ${t('trend.provisionalMark')}`
              : formatObservation(i18n, indicator, o),
            target: formatTarget(i18n, indicator, o.target) ?? '–',
            status: <StatusBadge status={o.status} />,
            provenance:
              o.provenance === 'synthetic' ? (
                <ProvenanceBadge provenance="synthetic" />
              ) : (
                t('card.official')
              ),
            source: o.citation?.url ? (
              <a href={o.citation.url} target="_blank" rel="noreferrer noopener">
                {sourceLabel(i18n, o)}
              </a>
            ) : (
              sourceLabel(i18n, o)
            ),
          },
        }))
      }
      exportRows={() => observations.map((o) => toExportRow(i18n, indicator, regionName, o))}
      footnotes={[
        ...chartFootnotes(i18n, observations, props.dataAsOf),
        ...(observations.some((o) => o.provisional) ? [t('trend.provisionalNote')] : []),
        ...breaks.map((b) => `${t('indicator.breaks')}: ${b.label}`),
      ]}
      fileName={`${indicator.id}-${regionName}-${props.range.from}-${props.range.to}`}
      initialView={props.initialView}
      actions={<AddToBriefing slide={indicator.id} />}
      isUpdating={props.isUpdating}
    >
      <TrendChart
        points={points}
        series={[{ id: 'region', label: regionName }]}
        formatValue={formatChartValue}
        targetLabel={t('trend.target')}
        bandLabel={t('trend.band')}
        breaks={breaks}
      />
    </ChartFrame>
  )
}
