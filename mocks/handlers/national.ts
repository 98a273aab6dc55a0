import { queryNationalSeries } from '../../data/synthetic/national'
import { seriesHandlerFor } from './series'

/**
 * The `national` scenario: /series answered from the synthetic national dataset
 * (data/synthetic/national.ts). /regions is the real geography in every scenario; every other endpoint
 * falls through to the happy paths.
 */
export const nationalHandlers = [seriesHandlerFor(queryNationalSeries)]
