import type { Agency, SakipEvaluation } from '@/api/agencies'
import { parsePeriod } from '@/domain/periods'
import { rankBy, type Ranked } from '@/domain/ranking'

export function evaluationOf(agency: Agency, year: number): SakipEvaluation | undefined {
  return agency.sakip.find((evaluation) => evaluation.year === year)
}

/**
 * The evaluation year a view shows: the latest year at or before the URL's period (its year) in
 * which at least one agency was evaluated; the latest such year when there is no period. Null when
 * nothing was evaluated by then.
 */
export function chooseYear(
  years: ReadonlyArray<number>,
  agencies: ReadonlyArray<Agency>,
  period: string | null,
): number | null {
  const limit = period ? (parsePeriod(period)?.year ?? Number.POSITIVE_INFINITY) : Infinity
  const evaluated = years.filter(
    (year) => year <= limit && agencies.some((agency) => evaluationOf(agency, year)),
  )
  return evaluated.length > 0 ? Math.max(...evaluated) : null
}

/** Years in which at least one agency was evaluated, newest first. */
export function evaluatedYears(
  years: ReadonlyArray<number>,
  agencies: ReadonlyArray<Agency>,
): number[] {
  return years.filter((year) => agencies.some((a) => evaluationOf(a, year))).sort((a, b) => b - a)
}

const CHART_LABEL_MAX = 44

/**
 * Short label for chart axes: the abbreviation when there is one, else the name ("Kec." for
 * kecamatan), cut at a word (never after a bare "dan") within {@link CHART_LABEL_MAX} characters with "…",
 * so a label keeps to two lines. The full name is in the grid and the chart's table.
 */
export function shortName(agency: Pick<Agency, 'name' | 'abbreviation'>): string {
  const name = agency.abbreviation ?? agency.name.replace(/^Kecamatan /, 'Kec. ')
  if (name.length <= CHART_LABEL_MAX) return name
  const cut = name
    .slice(0, CHART_LABEL_MAX)
    .replace(/[\s,]+\S*$/, '')
    .replace(/(?:[\s,]+(?:dan|and))?[\s,]*$/, '')
  return `${cut}…`
}

/**
 * The year's competition ranking by SAKIP score, best first (1, 2, 2, 4). Agencies with the same
 * score appear in name order; agencies not evaluated that year are left out.
 */
export function rankAgencies(agencies: ReadonlyArray<Agency>, year: number): Array<Ranked<Agency>> {
  const byName = [...agencies].sort((a, b) => a.name.localeCompare(b.name, 'id'))
  return rankBy(byName, (agency) => evaluationOf(agency, year)?.score ?? null, 'desc').filter(
    (entry) => entry.rank > 0,
  )
}
