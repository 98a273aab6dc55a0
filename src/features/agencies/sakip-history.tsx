import type { Agency } from '@/api/agencies'
import { ChartFrame } from '@/components/charts/chart-frame'
import { TrendChart } from '@/components/charts/trend-chart'
import { useFilters } from '@/filters/use-filters'
import { useNumberFormatter, useTimeFormatter } from '@/i18n/format-indicator'
import { useI18n } from '@/i18n/i18n'
import { sakipCsv, type CsvRegion } from '@/analysis/export-rows'
import { evaluationOf } from './sakip-view'

/** One agency's SAKIP score over the years, with its predicate and components in the table. */
export function SakipHistory({
  agency,
  region,
  regionName,
  dataAsOf,
}: {
  agency: Agency
  /** The agency's region: its record when known, else its code. */
  region: CsvRegion
  regionName: string
  dataAsOf: string
}) {
  const i18n = useI18n()
  const { filters } = useFilters()
  const { t } = i18n
  const formatScore = useNumberFormatter(1)
  const formatTime = useTimeFormatter()
  const evaluations = agency.sakip
  const first = evaluations[0]
  const last = evaluations.at(-1)
  if (!first || !last) return <p className="state">{t('agency.history.none')}</p>
  const years: number[] = []
  for (let year = first.year; year <= last.year; year += 1) years.push(year)
  const missing = years.filter((year) => !evaluationOf(agency, year))
  const score = (value: number) => i18n.number(value, 2)
  const summary =
    first === last
      ? t('agency.history.summarySingle', {
          score: score(last.score),
          year: last.year,
          predicate: last.predicate,
        })
      : t('agency.history.summary', {
          first: score(first.score),
          firstYear: first.year,
          last: score(last.score),
          lastYear: last.year,
          predicate: last.predicate,
        })
  const footnotes = [
    t('agencies.source'),
    t('overview.dataAsOf', { date: i18n.date(dataAsOf, true) }),
    ...(missing.length > 0 ? [t('agency.history.gap', { years: missing.join(', ') })] : []),
  ]
  return (
    <ChartFrame
      title={t('agency.history.title', { agency: agency.abbreviation ?? agency.name })}
      subtitle={t('agency.history.subtitle', { from: first.year, to: last.year })}
      summary={summary}
      rowHeader={t('agency.history.year')}
      columns={[
        { key: 'score', label: t('agencies.ranking.score'), numeric: true },
        { key: 'predicate', label: t('agencies.ranking.predicate') },
        { key: 'planning', label: t('agencies.components.planning'), numeric: true },
        { key: 'measurement', label: t('agencies.components.measurement'), numeric: true },
        { key: 'reporting', label: t('agencies.components.reporting'), numeric: true },
        {
          key: 'internalEvaluation',
          label: t('agencies.components.internalEvaluation'),
          numeric: true,
        },
      ]}
      rows={() =>
        years.map((year) => {
          const evaluation = evaluationOf(agency, year)
          const components = evaluation?.components
          return {
            key: String(year),
            header: String(year),
            cells: evaluation
              ? {
                  score: score(evaluation.score),
                  predicate: evaluation.predicate,
                  planning: components ? score(components.planning) : '–',
                  measurement: components ? score(components.measurement) : '–',
                  reporting: components ? score(components.reporting) : '–',
                  internalEvaluation: components ? score(components.internalEvaluation) : '–',
                }
              : { score: t('agencies.grid.none') },
          }
        })
      }
      csv={() =>
        sakipCsv(
          i18n,
          { ...region, name: regionName },
          evaluations.map((evaluation) => ({ agency, evaluation })),
          dataAsOf,
        )
      }
      footnotes={footnotes}
      fileName={`sakip-${agency.id}`}
      initialView={filters.view}
    >
      <TrendChart
        points={years.map((year) => {
          const evaluation = evaluationOf(agency, year)
          return {
            t: year * 12 + 6,
            key: String(year),
            label: String(year),
            values: { score: evaluation?.score ?? null },
            synthetic: { score: evaluation?.provenance === 'synthetic' },
          }
        })}
        series={[{ id: 'score', label: t('agency.history.series'), role: 'region' }]}
        formatValue={formatScore}
        formatTime={formatTime}
        height={280}
      />
    </ChartFrame>
  )
}
