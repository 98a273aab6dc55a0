/**
 * The "Program 100 hari" indicator's series, counted from the programme list by the one roll-up
 * (src/domain/rollup.ts): the share of the region's 100-day commitments done at the end of each
 * quarter since the programme started. The current quarter is provisional: its value is the
 * roll-up on the dataset's day, the same number /programs and the briefing show.
 */
import type { Program } from '@/api/programs'
import type { Observation } from '@/api/series'
import { dayOf } from '@/domain/dates'
import { periodKey, type Period } from '@/domain/periods'
import { programRollup } from '@/domain/rollup'
import { DATA_AS_OF } from './clock'

const METHOD = {
  id: 'Dihitung dari daftar komitmen program 100 hari (sintetis): komitmen yang selesai ÷ seluruh komitmen program itu, pada akhir triwulan',
  en: 'Counted from the list of 100-day commitments (synthetic): commitments done ÷ all of its commitments, at the end of the quarter',
}

function quarterEnd(year: number, quarter: number): string {
  return ['', '03-31', '06-30', '09-30', '12-31'].map((d) => `${year}-${d}`)[quarter] ?? ''
}

export function programDeliverySeries(
  programs: ReadonlyArray<Program>,
  today: string = dayOf(DATA_AS_OF),
): Observation[] {
  const set = programs.filter((p) => p.kind === 'hundred-day')
  const first = set.map((p) => p.startDate).sort()[0]
  if (!first) return []
  const observations: Observation[] = []
  let year = Number(first.slice(0, 4))
  let quarter = Math.ceil(Number(first.slice(5, 7)) / 3)
  for (;;) {
    const end = quarterEnd(year, quarter)
    const provisional = end > today
    const rollup = programRollup(set, 'hundred-day', provisional ? today : end)
    if (rollup.percent !== null) {
      const period: Period = { kind: 'quarter', year, quarter: quarter as 1 | 2 | 3 | 4 }
      observations.push({
        period: periodKey(period),
        value: rollup.percent,
        grade: null,
        provenance: 'synthetic',
        source: null,
        citation: null,
        method: METHOD,
        releaseDate: provisional ? today : end,
        provisional,
      })
    }
    if (provisional || end === today) break
    quarter += 1
    if (quarter > 4) {
      quarter = 1
      year += 1
    }
  }
  return observations
}
