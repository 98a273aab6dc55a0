import type { Indicator } from '@/api/indicators'
import type { TableColumn, TableRow } from '@/components/charts/chart-frame'
import type { RankingBar, RankingReference } from '@/components/charts/ranking-chart'
import { ProvenanceCell } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import { placeName, placeShortName, type PlaceRole } from '@/domain/places'
import type { AnyReading, Reading } from '@/domain/reading'
import { rankLabel } from '@/domain/ranking'
import type { I18n } from '@/i18n/i18n'
import {
  formatObservation,
  formatTarget,
  formatValue,
  observationPeriod,
  targetWithBasis,
} from '@/i18n/format-indicator'
import { rankingCsv } from '@/analysis/export-rows'
import type { Ranking } from '@/analysis/ranking'
import { rankedValueText, type Coverage } from '@/analysis/ranking-text'

/**
 * The table twin, the CSV and the bars of a like-for-like ranking (compare, breakdown). Places
 * without a rankable figure for the period stay in the table and the CSV, unranked: with their
 * figure of the period when it is one the ranking cannot rank (a predicate without its score),
 * else with their nearest rankable one shown apart; they get no bar. Rows and CSV are built when
 * asked for, as ChartFrame asks.
 */
export function rankingTable(
  i18n: I18n,
  indicator: Indicator,
  ranking: Ranking,
  dataAsOf: string | undefined,
  {
    roleOf = () => 'peer',
    coverage,
  }: {
    roleOf?: (code: string) => PlaceRole
    /** How many of a region's places the ranking covers (a breakdown): said in the CSV. */
    coverage?: Coverage
  } = {},
) {
  const { t } = i18n
  const periodLabel = i18n.period(ranking.period)
  const columns: TableColumn[] = [
    { key: 'region', label: t('col.region') },
    { key: 'value', label: t('col.value'), numeric: true },
    { key: 'period', label: t('col.period') },
    { key: 'target', label: t('col.target') },
    { key: 'status', label: t('col.status') },
    { key: 'provenance', label: t('col.provenance') },
  ]
  const readingCells = (reading: Reading, value: string) => ({
    value,
    period: observationPeriod(i18n, reading.observation),
    target: targetWithBasis(i18n, indicator, reading.target),
    status: <StatusBadge status={reading.status} />,
    provenance: <ProvenanceCell provenance={reading.observation.provenance} />,
  })
  const rows = (): TableRow[] => [
    ...ranking.ranked.map(({ item, rank, tied }) => ({
      key: item.region.code,
      header: rankLabel({ rank, tied }),
      cells: {
        region: placeName(item.region),
        ...readingCells(
          item.reading,
          rankedValueText(i18n, indicator, ranking.measure, item.reading.observation),
        ),
      },
    })),
    ...ranking.missing.map(({ region, atPeriod, nearest }) => ({
      key: region.code,
      header: '–',
      cells: atPeriod
        ? {
            region: placeName(region),
            ...readingCells(
              atPeriod,
              `${formatObservation(i18n, indicator, atPeriod.observation)} (${t('ranking.noScore')})`,
            ),
          }
        : {
            region: placeName(region),
            value: t('ranking.noValueFor', { period: periodLabel }),
            period: nearest
              ? t('ranking.nearest', {
                  value: rankedValueText(i18n, indicator, ranking.measure, nearest.observation),
                  period: i18n.period(nearest.observation.period),
                })
              : t('ranking.noneAtAll'),
          },
    })),
  ]
  const csv = () => rankingCsv(i18n, indicator, ranking, dataAsOf, coverage)
  const bars = (): RankingBar[] =>
    ranking.ranked.map(({ item, rank, tied }) => ({
      key: item.region.code,
      label: `${rankLabel({ rank, tied })}. ${placeShortName(item.region)}`,
      value: item.reading.observation.value ?? 0,
      role: roleOf(item.region.code),
      synthetic: item.reading.observation.provenance === 'synthetic',
    }))
  return { columns, rows, csv, bars, judged: ranking.ranked.map(({ item }) => item.reading) }
}

/**
 * The reference lines over a ranking of a region's places: the region's own value and its target
 * for the ranked period ("Kota Bogor: 9,39 %", "Target 2023: ≤ 7,64 %"), as the indicator page's
 * breakdown and its briefing slide both draw them.
 */
export function rankingReferences(
  i18n: I18n,
  indicator: Indicator,
  region: Parameters<typeof placeShortName>[0],
  own: AnyReading,
): RankingReference[] {
  const references: RankingReference[] = []
  if (own.observation?.value != null) {
    references.push({
      value: own.observation.value,
      label: i18n.t('breakdown.referenceRegion', {
        region: placeShortName(region),
        value: formatValue(i18n, indicator, own.observation.value),
      }),
    })
  }
  const target = own.target
  if (target?.value != null) {
    references.push({
      value: target.value,
      label: i18n.t('breakdown.referenceTarget', {
        year: target.year,
        target: formatTarget(i18n, indicator, target) ?? '',
      }),
    })
  }
  return references
}
