import type { Agency } from '@/api/agencies'
import { ChartFrame } from '@/components/charts/chart-frame'
import { RankingChart } from '@/components/charts/ranking-chart'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { rankLabel } from '@/domain/ranking'
import { useFilters } from '@/filters/use-filters'
import { useNumberFormatter } from '@/i18n/format-indicator'
import { useI18n } from '@/i18n/i18n'
import { sakipCsv, type CsvRegion } from '@/analysis/export-rows'
import { evaluationOf, rankAgencies, shortName } from './sakip-view'

type SakipRankingProps = {
  agencies: ReadonlyArray<Agency>
  year: number
  region: CsvRegion
  regionName: string
  /** The agency the view is narrowed to: highlighted, and named in the summary. */
  selected: Agency | null
  dataAsOf: string
}

/** The year's SAKIP ranking as bars, with ties written "=2" in the labels and the table. */
export function SakipRanking({
  agencies,
  year,
  region,
  regionName,
  selected,
  dataAsOf,
}: SakipRankingProps) {
  const i18n = useI18n()
  const { filters } = useFilters()
  const { t } = i18n
  const formatScore = useNumberFormatter(2)
  const ranked = rankAgencies(agencies, year)
  const top = ranked[0]
  const score = (agency: Agency) => evaluationOf(agency, year)?.score ?? 0
  const mine = selected ? ranked.find((r) => r.item.id === selected.id) : undefined

  let summary = top
    ? t('agencies.ranking.summary', {
        first: top.item.name,
        score: i18n.number(score(top.item), 2),
      })
    : ''
  if (selected) {
    const evaluation = evaluationOf(selected, year)
    summary =
      mine && evaluation
        ? t('agencies.ranking.summaryAgency', {
            agency: selected.name,
            rank: rankLabel(mine),
            count: ranked.length,
            score: i18n.number(evaluation.score, 2),
            predicate: evaluation.predicate,
          })
        : t('agencies.ranking.notEvaluated', { agency: selected.name, year })
  }
  const title = t('agencies.ranking.title', { year })

  return (
    <ChartFrame
      title={title}
      subtitle={t('agencies.ranking.subtitle', { count: ranked.length })}
      summary={summary}
      rowHeader={t('agencies.grid.agency')}
      columns={[
        { key: 'rank', label: t('agencies.ranking.rank'), numeric: true },
        { key: 'score', label: t('agencies.ranking.score'), numeric: true },
        { key: 'predicate', label: t('agencies.ranking.predicate') },
        { key: 'provenance', label: t('table.provenance') },
      ]}
      rows={() =>
        ranked.map((r) => ({
          key: r.item.id,
          header: r.item.name,
          cells: {
            rank: rankLabel(r),
            score: i18n.number(score(r.item), 2),
            predicate: evaluationOf(r.item, year)?.predicate ?? '–',
            provenance: <ProvenanceBadge provenance="synthetic" />,
          },
        }))
      }
      csv={() =>
        sakipCsv(
          i18n,
          { ...region, name: regionName },
          ranked.flatMap((r) => {
            const evaluation = evaluationOf(r.item, year)
            return evaluation ? [{ agency: r.item, evaluation, rank: r }] : []
          }),
          dataAsOf,
        )
      }
      footnotes={[
        t('agencies.source'),
        t('overview.dataAsOf', { date: i18n.date(dataAsOf, true) }),
        t('agencies.ranking.tiedNote'),
      ]}
      fileName={`sakip-ranking-${regionName}-${year}`}
      initialView={filters.view}
    >
      <RankingChart
        bars={ranked.map((r) => ({
          key: r.item.id,
          label: `${rankLabel(r)}. ${shortName(r.item)}`,
          value: score(r.item),
          role: r.item.id === selected?.id ? ('region' as const) : ('peer' as const),
          synthetic: true,
        }))}
        formatValue={formatScore}
      />
    </ChartFrame>
  )
}
