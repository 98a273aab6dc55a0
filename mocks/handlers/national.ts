import { listNationalRegions, queryNationalSeries } from '../data/national'
import { regionsHandlerFor } from './regions'
import { seriesHandlerFor } from './series'

/**
 * The `national` scenario: /regions and /series answered from the synthetic national dataset
 * (mocks/data/national.ts); every other endpoint falls through to the happy paths.
 */
export const nationalHandlers = [
  regionsHandlerFor(listNationalRegions),
  seriesHandlerFor(queryNationalSeries),
]
