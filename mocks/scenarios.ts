import { delay, http, HttpResponse, type RequestHandler } from 'msw'

const API = '*/api/*'

/**
 * Named failure, slow and empty states, chosen with `?scenario=` in the demo and by name in tests
 * (`server.use(...scenarios['server-error'])`). Handlers here run before the happy paths.
 */
export const scenarios = {
  slow: [
    http.get(API, async () => {
      await delay(2500)
      return undefined
    }),
  ],
  'server-error': [
    http.get(API, () =>
      HttpResponse.json(
        { error: { code: 'internal', message: 'Simulated failure' } },
        { status: 500 },
      ),
    ),
  ],
  offline: [http.get(API, () => HttpResponse.error())],
} satisfies Record<string, RequestHandler[]>

export type ScenarioName = keyof typeof scenarios

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name)
}

export function scenarioHandlers(name: string | null): RequestHandler[] {
  return name && isScenarioName(name) ? scenarios[name] : []
}
