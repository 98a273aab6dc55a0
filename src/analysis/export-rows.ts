/**
 * The CSV behind every "Unduh CSV" of readings (docs/decisions/0034-exports-for-analysis.md): one
 * row per figure with the region's code and name, the indicator's id, the period as a key and as
 * words, the value as a number, the target as numbers with its basis, the status, the provenance
 * and whether the figure is provisional,
 * the publisher and where the figure was read, and the data's time. Every chart and table of
 * readings exports through here, so a figure's row is the same from any view.
 */
import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { CsvCell, CsvTable } from '@/domain/csv'
import { placeName } from '@/domain/places'
import type { JudgedObservation } from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { provenanceLabel } from '@/i18n/format-indicator'

export type ReadingRow = {
  region: RegionRef
  indicator: Indicator
  judged: JudgedObservation
  /** A ranking's place ("1", "=2"); absent outside rankings. */
  rank?: string
}

const COLUMNS = [
  'csv.regionCode',
  'csv.regionName',
  'csv.indicatorId',
  'csv.indicator',
  'csv.period',
  'csv.periodLabel',
  'csv.value',
  'csv.grade',
  'csv.unit',
  'csv.targetYear',
  'csv.targetValue',
  'csv.targetMin',
  'csv.targetMax',
  'csv.targetGrade',
  'csv.targetBasis',
  'csv.targetProvenance',
  'csv.status',
  'csv.provenance',
  'csv.provisional',
  'csv.publisher',
  'csv.publication',
  'csv.readIn',
  'csv.citationUrl',
  'csv.releaseDate',
  'csv.dataAsOf',
] as const

function unitCell(i18n: I18n, indicator: Indicator): string {
  return indicator.unit === 'percent' ? '%' : i18n.t(`unit.${indicator.unit}`)
}

export function readingsCsv(
  i18n: I18n,
  items: ReadonlyArray<ReadingRow>,
  dataAsOf: string | undefined,
): CsvTable & { header: string[]; rows: CsvCell[][] } {
  const ranked = items.some((item) => item.rank !== undefined)
  const header = [...(ranked ? [i18n.t('csv.rank')] : []), ...COLUMNS.map((key) => i18n.t(key))]
  const asOf = dataAsOf ?? null
  const rows = items.map(({ region, indicator, judged, rank }): CsvCell[] => {
    const { observation: o, target, status } = judged
    return [
      ...(ranked ? [rank ?? ''] : []),
      region.code,
      placeName(region),
      indicator.id,
      indicator.shortName[i18n.locale],
      o.period,
      i18n.period(o.period),
      o.value,
      o.grade,
      unitCell(i18n, indicator),
      target?.year ?? null,
      target?.value ?? null,
      target?.min ?? null,
      target?.max ?? null,
      target?.grade ?? null,
      target ? i18n.t(`target.basis.${target.basis}`) : null,
      target ? provenanceLabel(i18n, target.provenance) : null,
      i18n.t(`status.${status}`),
      provenanceLabel(i18n, o.provenance),
      i18n.t(o.provisional ? 'csv.yes' : 'csv.no'),
      o.source?.publisher ?? null,
      o.source ? o.source.publication : (o.method?.[i18n.locale] ?? null),
      o.citation?.outlet ?? null,
      o.citation?.url ?? null,
      o.releaseDate,
      asOf,
    ]
  })
  return { header, rows }
}
