import { indicatorsHandler } from './handlers/indicators'
import { regionsHandler } from './handlers/regions'
import { seriesHandler } from './handlers/series'

/** The happy-path API: every endpoint answered from the mock dataset. */
export const handlers = [regionsHandler, indicatorsHandler, seriesHandler]
