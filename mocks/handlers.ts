import { agenciesHandler, agencyHandler } from './handlers/agencies'
import { indicatorsHandler } from './handlers/indicators'
import { regionsHandler } from './handlers/regions'
import { directivesHandler, pjEvaluationsHandler, programsHandler } from './handlers/programs'
import { seriesHandler } from './handlers/series'

/** The happy-path API: every endpoint answered from the mock dataset. */
export const handlers = [
  regionsHandler,
  indicatorsHandler,
  seriesHandler,
  agenciesHandler,
  agencyHandler,
  programsHandler,
  directivesHandler,
  pjEvaluationsHandler,
]
