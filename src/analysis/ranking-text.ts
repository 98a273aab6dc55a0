/**
 * How a like-for-like ranking is said (src/analysis/ranking.ts): a ranked figure in its measure
 * ("71,04, predikat BB" when a SAKIP ranking compares scores), a place left unranked and why, the
 * unit and order of the ranking, and how much of a region's places it covers ("4 dari 27
 * kab/kota"). The screen, its table twin, the CSV, the PNG's notes and the slide say it the same way.
 */
import type { Indicator } from '@/api/indicators'
import type { Region } from '@/api/regions'
import type { Observation } from '@/api/series'
import type { I18n } from '@/i18n/i18n'
import { formatObservation, formatValue } from '@/i18n/format-indicator'
import type { Ranking, RankingMeasure, UnrankedPlace } from './ranking'

/** A figure in the ranking's measure: "9,39 %", "WTP", and "71,04, predikat BB" for a scored grade. */
export function rankedValueText(
  i18n: I18n,
  indicator: Indicator,
  measure: RankingMeasure,
  observation: Observation,
): string {
  if (measure === 'value' && indicator.valueType === 'grade' && observation.value !== null) {
    const score = formatValue(i18n, indicator, observation.value)
    return observation.grade
      ? i18n.t('ranking.scoreGrade', { score, grade: observation.grade })
      : score
  }
  return formatObservation(i18n, indicator, observation)
}

/** The ranking's unit: the indicator's, or "skor (0–100)" when a graded indicator ranks scores. */
export function rankingUnit(i18n: I18n, indicator: Indicator, measure: RankingMeasure): string {
  return indicator.valueType === 'grade' && measure === 'value'
    ? i18n.t('unit.score')
    : i18n.t(`unit.${indicator.unit}`)
}

/** Which end is best: "terbaik (terendah) di atas", "predikat terbaik di atas"… */
export function rankingOrder(i18n: I18n, indicator: Indicator, measure: RankingMeasure): string {
  if (measure === 'grade') return i18n.t('compare.orderGradeFirst')
  if (indicator.polarity === 'band') return i18n.t('compare.orderBandFirst')
  return i18n.t(
    indicator.polarity === 'lower' ? 'compare.orderLowerFirst' : 'compare.orderHigherFirst',
  )
}

/**
 * Why a place is not ranked, with its nearest rankable figure: "tanpa data untuk Agustus 2023 —
 * terdekat: 6,52 % (Agustus 2020), tidak diperingkat"; "predikat BB, tanpa nilai untuk 2019 —
 * terdekat: 57,89 (2016), tidak diperingkat".
 */
export function unrankedText(
  i18n: I18n,
  indicator: Indicator,
  ranking: Pick<Ranking, 'period' | 'measure'>,
  place: UnrankedPlace,
): string {
  const period = i18n.period(ranking.period)
  const grade = place.atPeriod?.observation.grade
  const head = grade
    ? i18n.t('ranking.gradeNoScoreFor', { grade, period })
    : i18n.t('ranking.noValueFor', { period })
  const tail = place.nearest
    ? i18n.t('ranking.nearest', {
        value: rankedValueText(i18n, indicator, ranking.measure, place.nearest.observation),
        period: i18n.period(place.nearest.observation.period),
      })
    : place.atPeriod
      ? i18n.t('ranking.notRanked')
      : i18n.t('ranking.noneAtAll')
  return `${head} — ${tail}`
}

/** How many of a region's places a ranking of its children covers. */
export type Coverage = {
  ranked: number
  /** The parent's children (its `childCount`). */
  total: number
  /** "kab/kota", "kecamatan", "provinsi". */
  children: string
}

export function rankingCoverage(
  i18n: I18n,
  ranking: Pick<Ranking, 'ranked'>,
  parent: Pick<Region, 'level' | 'childCount'>,
): Coverage {
  const kind =
    parent.level === 'national' ? 'national' : parent.level === 'province' ? 'province' : 'kabkota'
  return {
    ranked: ranking.ranked.length,
    total: Math.max(parent.childCount, ranking.ranked.length),
    children: i18n.t(`ranking.children.${kind}`),
  }
}

export function isPartial(coverage: Coverage): boolean {
  return coverage.ranked < coverage.total
}

/** "4 dari 27 kab/kota", or "semua 6 kecamatan" when every place is ranked. */
export function coverageText(i18n: I18n, coverage: Coverage): string {
  return isPartial(coverage)
    ? i18n.t('ranking.coverage.partial', { ...coverage })
    : i18n.t('ranking.coverage.complete', { ...coverage })
}

/** The note under a partial ranking (frame and PNG): who is ranked, who has no data. */
export function coverageNote(i18n: I18n, coverage: Coverage, period: string): string | null {
  if (!isPartial(coverage)) return null
  return i18n.t('ranking.coverageNote', {
    ...coverage,
    missing: coverage.total - coverage.ranked,
    period: i18n.period(period),
  })
}

/** A ranked row's CSV note in a partial ranking: it is a rank among those with data. */
export function coverageCsvNote(i18n: I18n, coverage: Coverage, period: string): string | null {
  if (!isPartial(coverage)) return null
  return i18n.t('ranking.csvNote.partial', { ...coverage, period: i18n.period(period) })
}
