import type { RequestHandler } from 'msw'
import { handlers } from './handlers'
import { scenarioHandlers } from './scenarios'

/** The demo's handlers: a named scenario (`?scenario=slow`) first, then the happy paths. */
export function browserHandlers(scenario: string | null): RequestHandler[] {
  return [...scenarioHandlers(scenario), ...handlers]
}
