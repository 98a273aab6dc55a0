import type { Indicator } from '@/api/indicators'
import type { JudgedObservation } from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { sourceLabel, targetBasisLabel } from '@/i18n/format-indicator'

/**
 * Footnotes under a chart (and baked into its PNG): who published the figures and where they were
 * read, "data per", the synthetic mark, the targets' basis.
 */
export function chartFootnotes(
  i18n: I18n,
  judged: ReadonlyArray<JudgedObservation>,
  dataAsOf: string | undefined,
): string[] {
  const observations = judged.map((j) => j.observation)
  const sources = [...new Set(observations.map((o) => sourceLabel(i18n, o)))]
  const notes = [i18n.t('footnote.sources', { sources: sources.join('; ') || '–' })]
  const outlets = [...new Set(observations.flatMap((o) => (o.citation ? [o.citation.outlet] : [])))]
  if (outlets.length > 0) notes.push(i18n.t('footnote.readIn', { outlets: outlets.join(', ') }))
  if (dataAsOf) notes.push(i18n.t('footnote.dataAsOf', { date: i18n.date(dataAsOf, true) }))
  if (observations.some((o) => o.provenance === 'synthetic'))
    notes.push(i18n.t('footnote.synthetic'))
  const basis = [
    ...new Set(judged.flatMap((j) => (j.target ? [targetBasisLabel(i18n, j.target)] : []))),
  ]
  if (basis.length > 0) notes.push(i18n.t('footnote.target', { basis: basis.join('; ') }))
  if (observations.some((o) => o.provisional)) notes.push(i18n.t('trend.provisionalNote'))
  return notes
}

export function unitLabel(i18n: I18n, indicator: Indicator): string {
  return i18n.t(`unit.${indicator.unit}`)
}
