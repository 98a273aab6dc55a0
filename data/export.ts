/**
 * The demo dataset as plain data: what the server loads into its database on first start
 * (server/), and what the MSW handlers answer from. Everything in it already has the contract's
 * shapes (src/api/*), so a loader only stores it.
 */
import type { Agency, Iku } from '@/api/agencies'
import type { Directive } from '@/api/directives'
import type { Indicator } from '@/api/indicators'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { Program } from '@/api/programs'
import type { Region } from '@/api/regions'
import type { Series } from '@/api/series'
import { AGENCY_REGIONS, SAKIP_YEARS, getAgencyData } from './synthetic/agencies-data'
import { DATA_AS_OF } from './synthetic/clock'
import { getDataset, querySeries } from './dataset'
import { buildPjEvaluations, getProgramData } from './synthetic/programs-data'

export type DemoDataset = {
  /** The dataset's time (becomes the first import's "data per"). */
  dataAsOf: string
  /** The regions the dataset's figures are about (the server adds the rest of Indonesia). */
  regions: Region[]
  indicators: Indicator[]
  /** Every region × indicator pair that holds an observation or a target. */
  series: Series[]
  /** Every evaluation year of the agencies' SAKIP (GET /agencies `years`). */
  sakipYears: number[]
  agencies: Agency[]
  /** Agency id → its key indicators and the catalogue indicators it owns. */
  agencyDetails: Record<string, { iku: Iku[]; indicatorIds: string[] }>
  programs: Program[]
  directives: Directive[]
  pjEvaluations: Array<Omit<PjEvaluationsResponse, 'dataAsOf'>>
}

export function buildDemoDataset(): DemoDataset {
  const dataset = getDataset()
  const agencyData = getAgencyData()
  const programData = getProgramData()
  const agencies = AGENCY_REGIONS.flatMap((code) =>
    (agencyData.byRegion.get(code) ?? []).map((entry) => entry.agency),
  )
  return {
    dataAsOf: DATA_AS_OF,
    regions: [...dataset.regions],
    indicators: [...dataset.indicators],
    series: querySeries({ regions: dataset.regions.map((r) => r.code) }),
    sakipYears: [...SAKIP_YEARS],
    agencies,
    agencyDetails: Object.fromEntries(
      agencies.map((agency) => [
        agency.id,
        {
          iku: [...(agencyData.iku.get(agency.id) ?? [])],
          indicatorIds: [...(agencyData.indicatorIds.get(agency.id) ?? [])],
        },
      ]),
    ),
    programs: AGENCY_REGIONS.flatMap((code) => [...(programData.programs.get(code) ?? [])]),
    directives: AGENCY_REGIONS.flatMap((code) => [...(programData.directives.get(code) ?? [])]),
    pjEvaluations: AGENCY_REGIONS.map((code) => buildPjEvaluations(code)),
  }
}
