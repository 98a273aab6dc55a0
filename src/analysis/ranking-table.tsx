import type { Indicator } from '@/api/indicators'
import type { ExportRow, TableColumn, TableRow } from '@/components/charts/chart-frame'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import type { Ranked } from '@/domain/ranking'
import type { I18n } from '@/i18n/i18n'
import { formatObservation, formatTarget } from '@/i18n/format-indicator'
import { toExportRow } from './chart-notes'
import type { RankedRegion, ShownObservation } from './series-view'

export function rankLabel(i18n: I18n, rank: number, tied: boolean): string {
  return tied ? i18n.t('ranking.tied', { rank }) : String(rank)
}

/**
 * The table twin, the CSV rows and the observations of a regional ranking (breakdown, compare).
 * Rows and CSV rows are built when asked for, as ChartFrame asks: when shown, printed or exported.
 */
export function rankingTable(
  i18n: I18n,
  indicator: Indicator,
  ranked: ReadonlyArray<Ranked<RankedRegion>>,
) {
  const { t } = i18n
  const shown: ShownObservation[] = ranked.map((r) => ({
    ...r.item.observation,
    sourcePeriod: r.item.observation.period,
    target: r.item.target,
    status: r.item.status,
  }))
  const columns: TableColumn[] = [
    { key: 'region', label: t('col.region') },
    { key: 'value', label: t('col.value'), numeric: true },
    { key: 'period', label: t('col.period') },
    { key: 'target', label: t('col.target') },
    { key: 'status', label: t('col.status') },
    { key: 'provenance', label: t('col.provenance') },
  ]
  const rows = (): TableRow[] =>
    ranked.map((r) => ({
      key: r.item.region.code,
      header: rankLabel(i18n, r.rank, r.tied),
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
    }))
  const exportRows = (): ExportRow[] =>
    ranked.map((r, index) =>
      toExportRow(i18n, indicator, r.item.region.name, shown[index] ?? shown[0]!),
    )
  return { shown, columns, rows, exportRows }
}
