import type { Iku } from '@/api/agencies'
import { capaian, capaianBand, type CapaianBand } from '@/domain/capaian'
import { parsePeriod } from '@/domain/periods'

export type IkuRow = {
  iku: Iku
  target: number | null
  realisation: number | null
  capaian: number | null
  band: CapaianBand | null
}

/** Years with targets, newest first. */
export function ikuYears(iku: ReadonlyArray<Iku>): number[] {
  return [...new Set(iku.flatMap((i) => i.values.map((v) => v.year)))].sort((a, b) => b - a)
}

/**
 * The year the IKU table shows: the period's year when it has targets (even before any
 * realisation), else the latest year at or before it with a realisation.
 */
export function chooseIkuYear(iku: ReadonlyArray<Iku>, period: string | null): number | null {
  const years = ikuYears(iku)
  const limit = period ? (parsePeriod(period)?.year ?? null) : null
  if (limit !== null && years.includes(limit)) return limit
  const realised = years.filter(
    (year) =>
      (limit === null || year <= limit) &&
      iku.some((i) => i.values.some((v) => v.year === year && v.realisation !== null)),
  )
  return realised[0] ?? (limit === null ? (years[0] ?? null) : null)
}

export function ikuRows(iku: ReadonlyArray<Iku>, year: number): IkuRow[] {
  return iku.map((indicator) => {
    const value = indicator.values.find((v) => v.year === year)
    const target = value?.target ?? null
    const realisation = value?.realisation ?? null
    const percent = capaian(target, realisation, indicator.polarity)
    return {
      iku: indicator,
      target,
      realisation,
      capaian: percent,
      band: percent === null ? null : capaianBand(percent),
    }
  })
}
