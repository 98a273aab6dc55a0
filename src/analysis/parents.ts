/**
 * A region against its province and the nation (docs/decisions/0055-region-against-its-parents.md):
 * like for like, on the region's round. Each parent is read at exactly the period of the region's
 * reading; a parent without it shows its nearest figure, labelled with its own period, and is not
 * compared. The lines keep only that round. The indicator page's comparison and the briefing's
 * parents slide both render from this one view model and say it with one sentence.
 */
import type { Indicator } from '@/api/indicators'
import type { Region, RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import type { Granularity } from '@/domain/periods'
import { lineageOf, placeShortName, roleOf, type PlaceRole } from '@/domain/places'
import type { KeyRange } from '@/domain/ranges'
import {
  directionOf,
  hasReading,
  readAt,
  readIndicator,
  sameRound,
  type AnyReading,
  type Reading,
} from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { formatObservation } from '@/i18n/format-indicator'
import { nearestReading, type RankingMeasure } from './ranking'
import { shownObservations, type TrendLine } from './series-view'

export type ParentPlace = {
  region: RegionRef
  role: PlaceRole
  /** Its reading of the region's period (the region's own reading for the region itself). */
  reading: AnyReading
  /** Without a figure for that period: its figure nearest in time, said with its own period. */
  nearest: Reading | null
}

export type ParentsView = {
  /** The region's reading as of the view's "as of": its period is the one compared. */
  reading: AnyReading
  period: string | null
  /** The region first, then its ancestors up to the nation (at most four places). */
  places: ParentPlace[]
  /** Each place's figures in the range, of the region's round only. */
  lines: TrendLine[]
}

export type ParentsInput = {
  indicator: Indicator
  region: Region
  /** The series of the region and its ancestors (others are ignored). */
  series: ReadonlyArray<Series>
  /** The range the lines cover, and the granularity they are shown at (null: native). */
  range: KeyRange | null
  granularity: Granularity | null
  asOf: string | null
  today: string
}

export function parentsView(input: ParentsInput): ParentsView {
  const { indicator, region, asOf, today } = input
  const find = (code: string) =>
    input.series.find((s) => s.regionCode === code && s.indicatorId === indicator.id)
  const reading = readIndicator(indicator, find(region.code), region.code, { asOf, today })
  const period = reading.observation?.period ?? null
  const lineage = lineageOf(region).slice(0, 4)
  const places = lineage.map((place): ParentPlace => {
    const role = roleOf(place.code, region)
    if (place.code === region.code) return { region: place, role, reading, nearest: null }
    const series = find(place.code)
    if (!period) {
      const none = readIndicator(indicator, undefined, place.code, { asOf, today })
      return { region: place, role, reading: none, nearest: null }
    }
    const at = readAt(indicator, series, place.code, period, today)
    return {
      region: place,
      role,
      reading: at,
      nearest: hasReading(at)
        ? null
        : nearestReading(indicator, measureOf(indicator), series, period, today),
    }
  })
  const lines = lineage.map((place) => ({
    region: place,
    role: roleOf(place.code, region),
    shown: shownObservations(indicator, find(place.code), input.range, input.granularity).filter(
      // An end-of-period value (a coarser granularity) is judged by the round it was published in.
      (o) => period === null || sameRound(indicator, o.sourcePeriod, period),
    ),
  }))
  return { reading, period, places, lines }
}

type Relation = 'above' | 'below' | 'equal' | 'better' | 'worse'

/** The region's figure against another of the same period, as printed. */
function relationOf(indicator: Indicator, own: Reading, other: Reading): Relation {
  if (indicator.valueType === 'grade') {
    const scale = indicator.gradeScale ?? []
    const a = scale.indexOf(own.observation.grade ?? '')
    const b = scale.indexOf(other.observation.grade ?? '')
    return a === b ? 'equal' : a > b ? 'better' : 'worse'
  }
  const direction = directionOf(indicator, other.observation.value ?? 0, own.observation.value ?? 0)
  return direction === 'same' ? 'equal' : direction === 'up' ? 'above' : 'below'
}

/**
 * The comparison in one sentence, the same on the page and the slide: "TPT Kota Bogor 9,39 %
 * (Agustus 2023): di atas Prov. Jawa Barat (7,44 %) dan Indonesia (5,32 %)", and, for a parent
 * without that period, "belum ada angka Agustus 2023 untuk Prov. Jawa Barat (terdekat: 6,91 %,
 * Februari 2024)".
 */
export function parentsSentence(i18n: I18n, indicator: Indicator, view: ParentsView): string {
  const { t } = i18n
  const name = indicator.shortName[i18n.locale]
  const own = view.reading
  const region = view.places[0]?.region
  if (!hasReading(own) || !view.period || !region) return t('headline.noData', { name })
  const and = ` ${t('parents.and')} `
  const groups = new Map<Relation, string[]>()
  const missing: string[] = []
  for (const place of view.places.slice(1)) {
    const other = place.reading
    if (!hasReading(other)) {
      missing.push(
        place.nearest
          ? t('parents.nearest', {
              region: placeShortName(place.region),
              value: formatObservation(i18n, indicator, place.nearest.observation),
              period: i18n.period(place.nearest.observation.period),
            })
          : placeShortName(place.region),
      )
      continue
    }
    const relation = relationOf(indicator, own, other)
    const said = t('parents.place', {
      region: placeShortName(place.region),
      value: formatObservation(i18n, indicator, other.observation),
    })
    groups.set(relation, [...(groups.get(relation) ?? []), said])
  }
  const comparisons = [...groups].map(([relation, said]) =>
    t(`parents.${relation}`, { places: said.join(and) }),
  )
  const period = i18n.period(view.period)
  const said = comparisons.join(', ')
  const unsaid =
    missing.length > 0 ? t('parents.missing', { period, regions: missing.join(and) }) : ''
  return t('parents.headline', {
    name,
    region: placeShortName(region),
    value: formatObservation(i18n, indicator, own.observation),
    period,
    comparisons: [said, unsaid].filter(Boolean).join('; ') || t('parents.alone'),
  })
}

/** What a parent's nearest figure is judged by: a grade for a graded indicator, else its value. */
function measureOf(indicator: Indicator): RankingMeasure {
  return indicator.valueType === 'grade' ? 'grade' : 'value'
}
