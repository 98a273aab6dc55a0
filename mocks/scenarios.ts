import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import { handlers } from './handlers'
import { nationalHandlers } from './handlers/national'

const API = '*/api/*'

/** The first path segment after /api/: `regions`, `series`, `agencies`, `programs` … */
function resourceOf(url: string): string {
  const path = new URL(url).pathname
  return path.replace(/^.*\/api\//, '').split('/')[0] ?? ''
}

/** Answers as the happy path would, then lets `change` rewrite the JSON body. */
function transformed(change: (resource: string, body: unknown) => unknown): RequestHandler {
  return http.get(API, async ({ request }) => {
    const response = await getResponse(handlers, request)
    if (!response || !response.ok) return response
    const body: unknown = await response.json()
    return HttpResponse.json(change(resourceOf(request.url), body) as never, {
      status: response.status,
    })
  })
}

/** Names that must stay text everywhere: markup, script, and spreadsheet formulas. */
const HOSTILE_PREFIXES = [
  '<img src=x onerror="alert(1)">',
  '<script>alert("xss")</script>',
  '=HYPERLINK("http://evil.example","klik")',
  '"; DROP TABLE wilayah; --',
  '@SUM(A1:A9) ',
  '+62 ',
  '-1+1 ',
] as const

function hostile(text: string, index: number): string {
  return `${HOSTILE_PREFIXES[index % HOSTILE_PREFIXES.length]}${text}`
}

/** Deeply rewrites every `name`, `shortName`-less `title`, `text` and `agencyName` for the hostile scenario. */
function hostileNames(value: unknown, counter = { n: 0 }): unknown {
  if (Array.isArray(value)) return value.map((item) => hostileNames(item, counter))
  if (value === null || typeof value !== 'object') return value
  const result: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if ((key === 'name' || key === 'title' || key === 'text') && typeof field === 'string') {
      result[key] = hostile(field, counter.n++)
    } else if (
      (key === 'title' || key === 'text') &&
      field &&
      typeof field === 'object' &&
      'id' in field
    ) {
      const localized = field as { id: string; en: string }
      const n = counter.n++
      result[key] = { id: hostile(localized.id, n), en: hostile(localized.en, n) }
    } else {
      result[key] = hostileNames(field, counter)
    }
  }
  return result
}

/** Empties every list of data, keeping the catalogue and the regions so the page can still say so. */
function emptied(resource: string, body: unknown): unknown {
  if (
    resource === 'regions' ||
    resource === 'indicators' ||
    body === null ||
    typeof body !== 'object'
  )
    return body
  const result: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(body)) result[key] = Array.isArray(field) ? [] : field
  return result
}

const FAULTS = ['500', 'network', 'hang', 'invalid'] as const
type Fault = (typeof FAULTS)[number]

/**
 * A fault on one resource (or `*`), e.g. `series:500`. Faults the client retries (500, network,
 * hang) hit the first three requests for each address (the first try and two retries), an invalid
 * payload only the first; after that the address recovers, so the widget's own "Coba lagi"
 * succeeds. Counted per address, so a page asking for several regions fails each of them alike.
 */
function faultHandlers(resource: string, fault: Fault): RequestHandler[] {
  const tries = fault === 'invalid' ? 1 : 3
  const failed = new Map<string, number>()
  return [
    http.get(API, async ({ request }) => {
      if (resource !== '*' && resourceOf(request.url) !== resource) return undefined
      const count = failed.get(request.url) ?? 0
      if (count >= tries) return undefined
      failed.set(request.url, count + 1)
      switch (fault) {
        case '500':
          return HttpResponse.json(
            { error: { code: 'internal', message: 'Simulated failure' } },
            { status: 500 },
          )
        case 'network':
          return HttpResponse.error()
        case 'hang':
          await delay('infinite')
          return undefined
        case 'invalid':
          return HttpResponse.json({ unexpected: '<b>not the contract</b>' })
      }
    }),
  ]
}

/**
 * Named failure, slow, empty, hostile and load states, chosen with `?scenario=` in the demo and by
 * name in tests (`server.use(...scenarios['server-error'])`). They run before the happy paths.
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
  'invalid-payload': [http.get(API, () => HttpResponse.json({ unexpected: true }))],
  empty: [transformed(emptied)],
  'hostile-names': [transformed((_resource, body) => hostileNames(body))],
  /** Indonesia at full size: 514 kab/kota, ten years of data, all synthetic (data/synthetic/national.ts). */
  national: nationalHandlers,
} satisfies Record<string, RequestHandler[]>

type ScenarioName = keyof typeof scenarios

function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name)
}

/** `slow`, `empty` … or a per-resource fault `series:500`, `regions:network`, `*:hang`. */
export function scenarioHandlers(name: string | null): RequestHandler[] {
  if (!name) return []
  if (isScenarioName(name)) return scenarios[name]
  const [resource, fault] = name.split(':')
  if (resource && fault && (FAULTS as ReadonlyArray<string>).includes(fault)) {
    return faultHandlers(resource, fault as Fault)
  }
  return []
}
