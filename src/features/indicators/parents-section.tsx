import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { ChartFrame } from '@/components/charts/chart-frame'
import { AddToBriefing } from '@/filters/add-to-briefing'
import { TrendChart, type TrendPoint } from '@/components/charts/trend-chart'
import { compareKeys, type Granularity } from '@/domain/periods'
import type { KeyRange } from '@/domain/ranges'
import { useI18n } from '@/i18n/i18n'
import { formatObservation, useValueFormatter } from '@/i18n/format-indicator'
import { chartFootnotes, toExportRow, unitLabel } from '@/analysis/chart-notes'
import { toShownObservations, type ShownObservation } from '@/analysis/series-view'

type ParentsSectionProps = {
  indicator: Indicator
  chain: RegionRef[]
  series: ReadonlyArray<Series>
  range: KeyRange
  granularity: Granularity | null
  dataAsOf: string | undefined
  isUpdating: boolean
  initialView: 'chart' | 'table'
}

/** The region against its province and the nation, on one chart (at most 4 lines). */
export function ParentsSection(props: ParentsSectionProps) {
  const i18n = useI18n()
  const { t } = i18n
  const { indicator, chain } = props
  const formatChartValue = useValueFormatter(indicator)
  const region = chain[0]
  if (!region || chain.length < 2) return null
  const lines = chain.slice(0, 4).map((r) => ({
    region: r,
    shown: toShownObservations(
      indicator,
      props.series.find((s) => s.regionCode === r.code),
      props.range,
      props.granularity,
    ),
  }))
  const periods = [...new Set(lines.flatMap((line) => line.shown.map((o) => o.period)))].sort(
    compareKeys,
  )
  const byKey = new Map(
    lines.map((line) => [line.region.code, new Map(line.shown.map((o) => [o.period, o]))]),
  )
  const points: TrendPoint[] = periods.map((key) => {
    const values: Record<string, number | null> = {}
    const synthetic: Record<string, boolean> = {}
    for (const line of lines) {
      const o = byKey.get(line.region.code)?.get(key)
      values[line.region.code] = o?.value ?? null
      synthetic[line.region.code] = o?.provenance === 'synthetic'
    }
    return { key, label: i18n.periodShort(key), values, synthetic }
  })
  const all: ShownObservation[] = lines.flatMap((line) => line.shown)
  const summaryValues = lines
    .map((line) => {
      const last = line.shown.at(-1)
      return last
        ? t('parents.valueOf', {
            region: line.region.name,
            value: formatObservation(i18n, indicator, last),
            period: i18n.period(last.period),
          })
        : t('parents.noValue', { region: line.region.name })
    })
    .join('; ')
  const rangeLabel = `${i18n.period(props.range.from)} – ${i18n.period(props.range.to)}`
  const hasNumbers = points.some((p) => Object.values(p.values).some((v) => v !== null))

  return (
    <ChartFrame
      title={t('parents.title', { region: region.name })}
      subtitle={t('parents.subtitle', { unit: unitLabel(i18n, indicator), range: rangeLabel })}
      summary={t('parents.summary', { values: summaryValues })}
      rowHeader={t('col.period')}
      columns={lines.map((line) => ({
        key: line.region.code,
        label: line.region.name,
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
      exportRows={() =>
        lines.flatMap((line) =>
          line.shown.map((o) => toExportRow(i18n, indicator, line.region.name, o)),
        )
      }
      footnotes={chartFootnotes(i18n, all, props.dataAsOf)}
      fileName={`${indicator.id}-${region.name}-vs-parents`}
      initialView={hasNumbers ? props.initialView : 'table'}
      actions={<AddToBriefing slide={`parents:${indicator.id}`} />}
      isUpdating={props.isUpdating}
    >
      <TrendChart
        points={points}
        series={lines.map((line) => ({ id: line.region.code, label: line.region.name }))}
        formatValue={formatChartValue}
      />
    </ChartFrame>
  )
}
