/**
 * The demo's mock data in the form the demo build ships it (data/prebuilt.ts), made in Node
 * from the same builders the tests and the server use. Run by the build (vite-plugins/demo-data.ts),
 * never in the page.
 */
import { getAgencyData } from './synthetic/agencies-data'
import { getDataset } from './dataset'
import { getGeography, orderedGeographyRecords, readGeographyRecords } from './reference/geography'
import { compactGeography, type MockData } from './prebuilt'
import { getProgramData } from './synthetic/programs-data'

export function serializeMockData(): MockData {
  const dataset = getDataset()
  const agencies = getAgencyData()
  const programs = getProgramData()
  return {
    geography: compactGeography(
      orderedGeographyRecords(getGeography(), readGeographyRecords().bps),
    ),
    dataset: {
      regions: [...dataset.regions],
      indicators: [...dataset.indicators],
      observations: [...dataset.observations].map(([key, list]) => [key, [...list]]),
      targets: [...dataset.targets].map(([key, list]) => [key, [...list]]),
    },
    agencies: {
      byRegion: [...agencies.byRegion].map(([key, list]) => [key, [...list]]),
      iku: [...agencies.iku].map(([key, list]) => [key, [...list]]),
      indicatorIds: [...agencies.indicatorIds].map(([key, list]) => [key, [...list]]),
    },
    programs: {
      programs: [...programs.programs].map(([key, list]) => [key, [...list]]),
      directives: [...programs.directives].map(([key, list]) => [key, [...list]]),
    },
  }
}
