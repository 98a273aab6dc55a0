import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { chartFootnotes, unitLabel } from '@/analysis/chart-notes'
import { readingsCsv } from '@/analysis/export-rows'
import {
  targetSpans,
  trendPoints,
  trendSeries,
  type ShownObservation,
} from '@/analysis/series-view'
import { ChartFrame, EmptyChartFrame } from '@/components/charts/chart-frame'
import { TrendChart } from '@/components/charts/trend-chart'
import { CitationLink } from '@/components/reading/reading-facts'
import { ProvenanceCell } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import { periodKeyMidpoint } from '@/domain/periods'
import { placeName } from '@/domain/places'
import type { KeyRange } from '@/domain/ranges'
import { AddToBriefing } from '@/deck/add-to-briefing'
import { useI18n } from '@/i18n/i18n'
import {
  formatObservation,
  observationPeriod,
  sourceLabel,
  targetWithBasis,
  trendSentence,
  useTimeFormatter,
  useValueFormatter,
} from '@/i18n/format-indicator'

type TrendSectionProps = {
  indicator: Indicator
  region: RegionRef
  shown: ShownObservation[]
  regionSeries: Series | undefined
  range: KeyRange
  dataAsOf: string | undefined
  isUpdating: boolean
  initialView: 'chart' | 'table'
}

/** The region's trend against its target, placed by time, with its table twin and exports. */
export function TrendSection(props: TrendSectionProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { indicator, shown, region } = props
  const formatChartValue = useValueFormatter(indicator)
  const formatTime = useTimeFormatter()
  const name = indicator.shortName[locale]
  const regionName = placeName(region)
  const rangeLabel = `${i18n.period(props.range.from)} – ${i18n.period(props.range.to)}`
  const title = t('trend.title', { indicator: name })

  if (shown.length === 0) {
    return (
      <EmptyChartFrame
        title={title}
        message={t('trend.empty', { indicator: name, region: regionName })}
      />
    )
  }

  const lines = [{ region, role: 'region' as const, shown }]
  const points = trendPoints(i18n, lines)
  const last = shown.at(-1)
  const sentence = trendSentence(
    i18n,
    indicator,
    shown.map((o) => o.observation),
    t('trend.subject', { indicator: name, region: regionName }),
  )
  const summary =
    sentence && last
      ? t('trend.summary', {
          sentence,
          status: t('trend.statusLast', { status: t(`status.${last.status}`) }),
        })
      : ''
  const breaks = indicator.seriesBreaks.flatMap((b) => {
    const at = periodKeyMidpoint(b.period)
    return at !== null && shown.some((o) => o.observation.period === b.period)
      ? [{ t: at, label: b.label[locale] }]
      : []
  })

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
        shown.map(({ observation: o, target, status: rowStatus }) => ({
          key: o.period,
          header: observationPeriod(i18n, o),
          cells: {
            value: formatObservation(i18n, indicator, o),
            target: targetWithBasis(i18n, indicator, target),
            status: <StatusBadge status={rowStatus} />,
            provenance: <ProvenanceCell provenance={o.provenance} />,
            source: (
              <>
                {sourceLabel(i18n, o)}
                {o.citation && (
                  <>
                    {' · '}
                    <CitationLink citation={o.citation} />
                  </>
                )}
              </>
            ),
          },
        }))
      }
      csv={() =>
        readingsCsv(
          i18n,
          shown.map((judged) => ({ region, indicator, judged })),
          props.dataAsOf,
        )
      }
      footnotes={[
        ...chartFootnotes(i18n, shown, props.dataAsOf),
        ...breaks.map((b) => `${t('indicator.breaks')}: ${b.label}`),
      ]}
      fileName={`${indicator.id}-${regionName}-${props.range.from}-${props.range.to}`}
      initialView={props.initialView}
      actions={<AddToBriefing slide={indicator.id} />}
      isUpdating={props.isUpdating}
    >
      <TrendChart
        points={points}
        series={trendSeries(lines)}
        targets={targetSpans(props.regionSeries, points)}
        formatValue={formatChartValue}
        formatTime={formatTime}
        targetLabel={t('trend.target')}
        bandLabel={t('trend.band')}
        breaks={breaks}
      />
    </ChartFrame>
  )
}
