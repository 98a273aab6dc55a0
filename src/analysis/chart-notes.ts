import type { Observation } from '@/api/series'
import type { ExportRow } from '@/components/charts/chart-frame'
import type { Indicator } from '@/api/indicators'
import type { I18n } from '@/i18n/i18n'
import {
  formatTarget,
  provenanceLabel,
  sourceLabel,
  targetBasisLabel,
} from '@/i18n/format-indicator'
import type { ShownObservation } from './series-view'

/** Footnotes under a chart (and baked into its PNG): sources, "data per", synthetic note, target basis. */
export function chartFootnotes(
  i18n: I18n,
  observations: ReadonlyArray<ShownObservation | Observation>,
  dataAsOf: string | undefined,
): string[] {
  const sources = [...new Set(observations.map((o) => sourceLabel(i18n, o)))]
  const notes = [i18n.t('footnote.sources', { sources: sources.join('; ') || '–' })]
  if (dataAsOf) notes.push(i18n.t('footnote.dataAsOf', { date: i18n.date(dataAsOf, true) }))
  if (observations.some((o) => o.provenance === 'synthetic'))
    notes.push(i18n.t('footnote.synthetic'))
  const targets = observations.flatMap((o) => ('target' in o && o.target ? [o.target] : []))
  const basis = [...new Set(targets.map((target) => targetBasisLabel(i18n, target)))]
  if (basis.length > 0) notes.push(i18n.t('footnote.target', { basis: basis.join('; ') }))
  return notes
}

export function unitLabel(i18n: I18n, indicator: Indicator): string {
  return i18n.t(`unit.${indicator.unit}`)
}

/** One CSV row per observation shown. */
export function toExportRow(
  i18n: I18n,
  indicator: Indicator,
  regionName: string,
  observation: ShownObservation,
): ExportRow {
  return {
    indicator: indicator.shortName[i18n.locale],
    region: regionName,
    period: i18n.period(observation.period),
    value: observation.grade ?? observation.value,
    unit: indicator.unit === 'percent' ? '%' : unitLabel(i18n, indicator),
    target: formatTarget(i18n, indicator, observation.target) ?? '',
    status: i18n.t(`status.${observation.status}`),
    source: [sourceLabel(i18n, observation), observation.citation?.url].filter(Boolean).join(' — '),
    provenance: provenanceLabel(i18n, observation),
  }
}
