import type { Indicator } from '@/api/indicators'
import { CITATION_KINDS, type CitationKind } from '@/api/series'
import type { JudgedObservation } from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { sourceLabel, targetBasisLabel } from '@/i18n/format-indicator'

/**
 * Footnotes under a chart (and baked into its PNG): who published the figures and where they were
 * read, "data per", the synthetic mark as the chart draws it (hollow points on a trend, dashed bars
 * marked ◇ on a ranking), the targets' basis.
 */
export function chartFootnotes(
  i18n: I18n,
  judged: ReadonlyArray<JudgedObservation>,
  dataAsOf: string | undefined,
  marks: 'points' | 'bars' = 'points',
): string[] {
  const observations = judged.map((j) => j.observation)
  const sources = [...new Set(observations.map((o) => sourceLabel(i18n, o)))]
  const notes = [i18n.t('footnote.sources', { sources: sources.join('; ') || '–' })]
  // Where the figures were read, grouped by what the outlet is: "BPS (penerbit); Suara.com,
  // ANTARA (media yang mengutip penerbit)".
  const byKind = new Map<CitationKind, Set<string>>()
  for (const o of observations) {
    if (!o.citation) continue
    const outlets = byKind.get(o.citation.kind) ?? new Set<string>()
    byKind.set(o.citation.kind, outlets.add(o.citation.outlet))
  }
  const readIn = CITATION_KINDS.flatMap((kind) => {
    const outlets = byKind.get(kind)
    return outlets ? [i18n.t(`footnote.readIn.${kind}`, { outlets: [...outlets].join(', ') })] : []
  })
  if (readIn.length > 0) notes.push(i18n.t('footnote.readIn', { outlets: readIn.join('; ') }))
  if (dataAsOf) notes.push(i18n.t('footnote.dataAsOf', { date: i18n.date(dataAsOf, true) }))
  if (observations.some((o) => o.provenance === 'synthetic'))
    notes.push(i18n.t(marks === 'bars' ? 'footnote.syntheticBars' : 'footnote.synthetic'))
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
