/**
 * Yearly targets per region × indicator (2018–2025). National targets are real policy figures
 * (inflation band, the 14 % stunting goal); every RPJMD-style target is invented for the demo and
 * marked `synthetic`.
 */
import type { Region } from '@/api/regions'
import type { LocalizedText } from '@/api/common'
import type { Observation, Target } from '@/api/series'
import { parsePeriod } from '@/domain/periods'
import type { IndicatorId } from '../reference/catalog'
import { seriesKey } from './observations'
import { round2, roundTo, seededUniform } from './random'

const TARGET_YEARS = { from: 2018, to: 2026 } as const
/** The year the city's yearly plan (RKPD) in the demo sets its own targets for. */
const RKPD_YEAR = 2026

const INFLATION_SOURCE: LocalizedText = {
  id: 'Sasaran inflasi nasional (Pemerintah dan Bank Indonesia; PMK 124/2017, PMK 101/2021)',
  en: 'National inflation target (Government and Bank Indonesia; PMK 124/2017, PMK 101/2021)',
}
const STUNTING_NATIONAL_SOURCE: LocalizedText = {
  id: 'Target nasional 14 % (Perpres 72/2021, RPJMN 2020–2024)',
  en: 'National target of 14% (Presidential Regulation 72/2021, RPJMN 2020–2024)',
}
const RPJMD_SOURCE: LocalizedText = {
  id: 'Target RPJMD ilustratif (sintetis)',
  en: 'Illustrative RPJMD target (synthetic)',
}
const RKPD_SOURCE: LocalizedText = {
  id: 'Target RKPD 2026 ilustratif (sintetis)',
  en: 'Illustrative 2026 RKPD target (synthetic)',
}

/** The seed cities and province whose plans (RPJMD, RKPD) the demo invents targets for. */
const PLAN_REGIONS = ['3271', '7571', '31'] as const

const SAKIP_TARGET: Readonly<Record<string, string>> = { '3271': 'A', '7571': 'BB', '31': 'A' }

type TargetInput = Partial<Pick<Target, 'value' | 'min' | 'max' | 'grade'>> &
  Pick<Target, 'year' | 'basis' | 'provenance' | 'source'>

/** A target with every unused field null. */
function target(input: TargetInput): Target {
  return {
    year: input.year,
    value: input.value ?? null,
    min: input.min ?? null,
    max: input.max ?? null,
    grade: input.grade ?? null,
    basis: input.basis,
    provenance: input.provenance,
    source: input.source,
  }
}

function years(from: number = TARGET_YEARS.from, to: number = TARGET_YEARS.to): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/**
 * The national inflation target band (centre ± 1 pt) for a year, set by the Government and Bank
 * Indonesia (PMK 124/2017, PMK 101/2021): the one home of the band, for the base dataset's targets
 * and the national load scenario's (./national.ts).
 */
export function nationalInflationBand(year: number): { min: number; max: number } {
  const centre = year <= 2019 ? 3.5 : year <= 2023 ? 3 : 2.5
  return { min: centre - 1, max: centre + 1 }
}

/**
 * The first official value of a series in or after 2018 (else the last before) and its year, which
 * anchor the illustrative RPJMD paths.
 */
function firstOfficial(
  observations: ReadonlyArray<Observation>,
): { year: number; value: number } | null {
  const official = observations
    .filter((o) => o.provenance === 'official' && o.value !== null)
    .map((o) => ({ year: parsePeriod(o.period)?.year ?? 0, value: o.value as number }))
  return official.find((o) => o.year >= TARGET_YEARS.from) ?? official[official.length - 1] ?? null
}

/**
 * RPJMD-style path for TPT or poverty, 2018–2025: just below the first official value in that
 * value's year, declining 0.2–0.4 pt a year (slower for low rates, so the path never falls below
 * half its 2018 level).
 */
function decliningPath(
  regionCode: string,
  indicator: IndicatorId,
  anchor: { year: number; value: number },
): Target[] {
  const atAnchor = anchor.value - seededUniform(0.1, 0.3, regionCode, indicator, 'target-start')
  const span = TARGET_YEARS.to - TARGET_YEARS.from
  const drawn = seededUniform(0.2, 0.4, regionCode, indicator, 'target-step')
  const step = Math.min(drawn, atAnchor / (2 * span))
  const anchorYear = clampYear(anchor.year)
  return years().map((year) =>
    target({
      year,
      value: round2(atAnchor - step * (year - anchorYear)),
      basis: 'rpjmd',
      provenance: 'synthetic',
      source: RPJMD_SOURCE,
    }),
  )
}

function clampYear(year: number): number {
  return Math.min(TARGET_YEARS.to, Math.max(TARGET_YEARS.from, year))
}

/** RPJMD-style stunting path 2021–2025: from just below the first value, 14 in 2024, ~12 in 2025. */
function stuntingPath(regionCode: string, start: number): Target[] {
  const first = Math.max(
    14.5,
    start - seededUniform(0.2, 0.6, regionCode, 'stunting', 'target-start'),
  )
  const last = 12 + seededUniform(-0.3, 0.3, regionCode, 'stunting', 'target-2025')
  const values: Record<number, number> = {
    2021: first,
    2022: first + (14 - first) / 3,
    2023: first + ((14 - first) * 2) / 3,
    2024: 14,
    2025: last,
  }
  return years(2021, 2025).map((year) =>
    target({
      year,
      value: roundTo(values[year] ?? 14, 1),
      basis: 'rpjmd',
      provenance: 'synthetic',
      source: RPJMD_SOURCE,
    }),
  )
}

/** Builds region × indicator → targets (oldest year first) from the observation store. */
export function buildTargets(
  regions: ReadonlyArray<Region>,
  observations: ReadonlyMap<string, ReadonlyArray<Observation>>,
): Map<string, Target[]> {
  const targets = new Map<string, Target[]>()
  const add = (regionCode: string, indicator: IndicatorId, items: ReadonlyArray<Target>) => {
    const key = seriesKey(regionCode, indicator)
    targets.set(key, [...(targets.get(key) ?? []), ...items])
  }
  const has = (regionCode: string, indicator: IndicatorId) =>
    (observations.get(seriesKey(regionCode, indicator))?.length ?? 0) > 0
  const rpjmdRegions = new Set<string>(PLAN_REGIONS)

  for (const region of regions) {
    const code = region.code

    if (has(code, 'inflation')) {
      add(
        code,
        'inflation',
        years().map((year) =>
          target({
            year,
            ...nationalInflationBand(year),
            basis: 'national',
            provenance: 'official',
            source: INFLATION_SOURCE,
          }),
        ),
      )
    }

    if (has(code, 'stunting')) {
      add(code, 'stunting', [
        target({
          year: 2024,
          value: 14,
          basis: 'national',
          provenance: 'official',
          source: STUNTING_NATIONAL_SOURCE,
        }),
      ])
      const first = firstOfficial(observations.get(seriesKey(code, 'stunting')) ?? [])
      if (rpjmdRegions.has(code) && first) add(code, 'stunting', stuntingPath(code, first.value))
    }

    if (rpjmdRegions.has(code)) {
      for (const indicator of ['tpt', 'poverty'] as const) {
        const first = firstOfficial(observations.get(seriesKey(code, indicator)) ?? [])
        if (!first) continue
        const path = decliningPath(code, indicator, first)
        add(code, indicator, path)
        // The yearly plan sharpens the five-year plan's target for its year.
        const planned = path.find((t) => t.year === RKPD_YEAR)
        if (planned?.value != null) {
          add(code, indicator, [
            target({
              year: RKPD_YEAR,
              value: round2(planned.value - 0.1),
              basis: 'rkpd',
              provenance: 'synthetic',
              source: RKPD_SOURCE,
            }),
          ])
        }
      }
    }

    const sakipGrade = SAKIP_TARGET[code]
    if (sakipGrade) {
      add(
        code,
        'sakip',
        years().map((year) =>
          target({
            year,
            grade: sakipGrade,
            basis: 'rpjmd',
            provenance: 'synthetic',
            source: RPJMD_SOURCE,
          }),
        ),
      )
    }

    if (has(code, 'audit-opinion')) {
      add(
        code,
        'audit-opinion',
        years().map((year) =>
          target({
            year,
            grade: 'WTP',
            basis: 'rpjmd',
            provenance: 'synthetic',
            source: RPJMD_SOURCE,
          }),
        ),
      )
    }

    if (has(code, 'program-100')) {
      add(
        code,
        'program-100',
        years(2025, 2026).map((year) =>
          target({
            year,
            value: 90,
            basis: 'rpjmd',
            provenance: 'synthetic',
            source: RPJMD_SOURCE,
          }),
        ),
      )
    }
  }

  for (const list of targets.values()) {
    // Oldest first; for the same year the national target before the RPJMD one.
    list.sort((a, b) => a.year - b.year || a.basis.localeCompare(b.basis))
  }
  return targets
}
