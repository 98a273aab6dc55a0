/**
 * How each fact of a reading is said, in one place (docs/decisions/0026-one-reading.md): the value, the
 * target with its basis and provenance, the change, the age, the source and the citation. Every
 * view — card, indicator page, compare, slide, table twin, CSV, PNG — phrases facts through these
 * functions, so the same fact reads the same everywhere.
 */
import type { Indicator } from '@/api/indicators'
import type { Citation, Observation, Target } from '@/api/series'
import { directionOf, yearOf, type AnyReading, type Change } from '@/domain/reading'
import type { RollUp } from '@/domain/rollup'
import { useCallback } from 'react'
import { useI18n, type I18n } from './i18n'

/** A value in the indicator's unit: "9,39 %", "57,89". */
export function formatValue(i18n: I18n, indicator: Indicator, value: number): string {
  return indicator.unit === 'percent'
    ? i18n.percent(value, indicator.decimals)
    : i18n.number(value, indicator.decimals)
}

/** The headline of an observation: its grade for graded indicators, else its value. */
export function formatObservation(
  i18n: I18n,
  indicator: Indicator,
  observation: Observation,
): string {
  if (observation.grade !== null) return observation.grade
  if (observation.value !== null) return formatValue(i18n, indicator, observation.value)
  return '–'
}

/** "≤ 7,64 %", "2,5 ± 1 %", "WTP"; null without a target. */
export function formatTarget(
  i18n: I18n,
  indicator: Indicator,
  target: Target | null | undefined,
): string | null {
  if (!target) return null
  if (target.grade !== null) return target.grade
  if (target.min !== null && target.max !== null) {
    const center = (target.min + target.max) / 2
    const radius = (target.max - target.min) / 2
    return i18n.t('target.band', {
      center: i18n.number(center, 1),
      radius: formatValue(i18n, { ...indicator, decimals: 0 }, radius),
    })
  }
  if (target.value !== null) {
    const key = indicator.polarity === 'lower' ? 'target.lower' : 'target.higher'
    return i18n.t(key, { value: formatValue(i18n, indicator, target.value) })
  }
  return null
}

/** The plan behind a target, with its provenance: "RPJMD, sintetis", "nasional". */
export function targetBasisLabel(i18n: I18n, target: Target): string {
  const basis = i18n.t(`target.basis.${target.basis}`)
  return target.provenance === 'synthetic'
    ? `${basis}, ${i18n.t('provenance.synthetic').toLowerCase()}`
    : basis
}

/** "≤ 7,64 % (RPJMD, sintetis)": a target with its basis, as a table cell says it; "–" for none. */
export function targetWithBasis(i18n: I18n, indicator: Indicator, target: Target | null): string {
  if (!target) return '–'
  return `${formatTarget(i18n, indicator, target) ?? '–'} (${targetBasisLabel(i18n, target)})`
}

/** "Target 2023: ≤ 7,64 % (RPJMD, sintetis)", or that the reading's year has none. */
export function targetSentence(
  i18n: I18n,
  { indicator, target, observation }: Pick<AnyReading, 'indicator' | 'target' | 'observation'>,
): string {
  const year = yearOf(observation)
  const text = formatTarget(i18n, indicator, target)
  if (!target || !text) {
    return year === null ? i18n.t('target.noneYet') : i18n.t('target.none', { year })
  }
  return i18n.t('target.text', {
    year: target.year,
    target: targetWithBasis(i18n, indicator, target),
  })
}

/** "Belum ada data untuk wilayah ini sampai 2023.": a reading that found nothing, as of when. */
export function noReadingSentence(i18n: I18n, reading: { asOf: string | null }): string {
  return reading.asOf
    ? i18n.t('reading.noData', { period: i18n.period(reading.asOf) })
    : i18n.t('reading.noDataLatest')
}

/** "Triwulan IV 2026 (sementara)": a figure's period, saying when the figure is provisional. */
export function observationPeriod(i18n: I18n, observation: Observation): string {
  const period = i18n.period(observation.period)
  return observation.provisional ? `${period} (${i18n.t('reading.provisional')})` : period
}

export function provenanceLabel(i18n: I18n, provenance: Observation['provenance']): string {
  return i18n.t(`provenance.${provenance}`)
}

/** Who published a figure: "BPS, Sakernas Agustus 2023"; for a synthetic value, that it is one. */
export function sourceLabel(i18n: I18n, observation: Observation): string {
  return observation.source
    ? `${observation.source.publisher}, ${observation.source.publication}`
    : i18n.t('source.synthetic')
}

/** What a citation link opens, said after its visible text (its accessible name and tooltip). */
export function citationLinkLabel(i18n: I18n, citation: Citation): string {
  const { title } = citation
  if (citation.partialUrl) return i18n.t('citation.link.partial')
  if (citation.kind === 'news') {
    return title ? i18n.t('citation.link.newsTitled', { title }) : i18n.t('citation.link.news')
  }
  return i18n.t(`citation.link.${citation.kind}`)
}

/** Notes a reader needs about a citation: the address is partial, the figure was inferred… */
export function citationNotes(i18n: I18n, citation: Citation): string[] {
  const notes: string[] = []
  if (citation.partialUrl) notes.push(i18n.t('citation.partial'))
  if (citation.caveat) notes.push(i18n.t(`citation.caveat.${citation.caveat}`))
  return notes
}

/** The amount of a change in the indicator's terms: "1,39 poin persentase", "2,50 poin". */
function changeAmount(i18n: I18n, indicator: Indicator, delta: number): string {
  const magnitude = i18n.number(Math.abs(delta), indicator.decimals)
  const unit =
    indicator.unit === 'percent' ? i18n.t('change.percentPoints') : i18n.t('change.points')
  return `${magnitude} ${unit}`
}

/**
 * "turun 1,39 poin persentase dari Agustus 2022", "naik dari WDP (2023)", with "(melibatkan angka
 * sintetis)" when either side is synthetic.
 */
export function changeSentence(i18n: I18n, indicator: Indicator, change: Change | null): string {
  if (!change) return i18n.t('change.none')
  const period = i18n.period(change.from.period)
  let text: string
  if (change.steps !== null) {
    const grade = change.from.grade ?? '–'
    text =
      change.direction === 'up'
        ? i18n.t('change.gradeUp', { grade, period })
        : change.direction === 'down'
          ? i18n.t('change.gradeDown', { grade, period })
          : i18n.t('change.gradeSame', { grade, period })
  } else if (change.direction === 'same' || change.delta === null) {
    text = i18n.t('change.same', { period })
  } else {
    text = i18n.t('change.text', {
      direction: i18n.t(`change.${change.direction}`),
      amount: changeAmount(i18n, indicator, change.delta),
      period,
    })
  }
  return change.synthetic ? `${text} (${i18n.t('change.synthetic')})` : text
}

/**
 * How a run of figures moved, said the same way by every trend — the card's sparkline, the
 * indicator page's trend, each small multiple of /compare: "TPT Kota Bogor turun dari 9,65 %
 * (Agustus 2018) menjadi 9,39 % (Agustus 2023)", or the one figure there is. The direction follows
 * the printed values (`directionOf`): two equal printed numbers are always "tetap". Null when no
 * figure has a value.
 */
export function trendSentence(
  i18n: I18n,
  indicator: Indicator,
  observations: ReadonlyArray<Observation>,
  subject: string,
): string | null {
  const numeric = observations.filter((o) => o.value !== null)
  const first = numeric[0]
  const last = numeric.at(-1)
  if (!first || !last || first.value === null || last.value === null) return null
  const lastValue = formatValue(i18n, indicator, last.value)
  const lastPeriod = i18n.period(last.period)
  if (first === last)
    return i18n.t('trend.sentenceSingle', { subject, last: lastValue, lastPeriod })
  return i18n.t('trend.sentence', {
    subject,
    movement: i18n.t(`trend.movement.${directionOf(indicator, first.value, last.value)}`),
    first: formatValue(i18n, indicator, first.value),
    firstPeriod: i18n.period(first.period),
    last: lastValue,
    lastPeriod,
  })
}

/** The age notice of a reading that trails its release calendar; null when it does not. */
export function ageNotice(
  i18n: I18n,
  reading: AnyReading,
): { title: string; detail: string } | null {
  const age = reading.age
  if (!age || age.behind < 1) return null
  return {
    title: i18n.plural('age.behind', age.behind),
    detail: i18n.t('age.expected', {
      period: i18n.period(age.expectedPeriod),
      date: age.expectedRelease ? i18n.date(age.expectedRelease) : '–',
    }),
  }
}

/**
 * A chart's value formatter ("9,39 %"), the same function for as long as the language, the indicator
 * and the decimals stay: charts re-render when their formatter changes. `maxDecimals` rounds coarser
 * (the projector shows at most one decimal).
 */
export function useValueFormatter(
  indicator: Indicator,
  maxDecimals = indicator.decimals,
): (value: number) => string {
  const i18n = useI18n()
  return useCallback(
    (value: number) =>
      formatValue(
        i18n,
        maxDecimals < indicator.decimals ? { ...indicator, decimals: maxDecimals } : indicator,
        value,
      ),
    [i18n, indicator, maxDecimals],
  )
}

/** A chart's formatter for a plain number with fixed decimals (scores), stable like useValueFormatter. */
export function useNumberFormatter(decimals: number): (value: number) => string {
  const i18n = useI18n()
  return useCallback((value: number) => i18n.number(value, decimals), [i18n, decimals])
}

/**
 * A time axis' tick label (stable per language, like useValueFormatter): the year for yearly
 * steps ("2023"), the short month otherwise ("Agu 2023").
 */
export function useTimeFormatter(): (t: number, stepMonths: number) => string {
  const i18n = useI18n()
  return useCallback(
    (t: number, stepMonths: number) => {
      const month = Math.floor(t)
      const year = Math.floor(month / 12)
      if (stepMonths >= 12) return String(year)
      return i18n.periodShort(`${year}-${String((month % 12) + 1).padStart(2, '0')}`)
    },
    [i18n],
  )
}

/**
 * The program roll-up said the same way wherever it is shown, naming the set it counts and its
 * day: "30 dari 34 komitmen program 100 hari Kota Bogor selesai (88 %), per 1 November 2026".
 */
export function rollupSentence(i18n: I18n, rollup: RollUp, regionName: string): string {
  if (rollup.percent === null) return i18n.t(`rollup.none.${rollup.kind}`, { region: regionName })
  return i18n.t(`rollup.text.${rollup.kind}`, {
    done: rollup.done,
    total: rollup.total,
    region: regionName,
    percent: i18n.percent(rollup.percent, 0),
    date: i18n.date(rollup.day),
  })
}
