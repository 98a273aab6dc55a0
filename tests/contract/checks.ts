/**
 * The contract suite: requests every endpoint of the HTTP contract from a base URL and checks each
 * answer against the app's own zod schemas (the schemas the client parses with), plus the error
 * shape of rejected requests. Any backend that passes can serve Kinerja.
 */
import type { z } from 'zod/mini'
import { ApiErrorBodySchema } from '@/api/common'
import { IndicatorsResponseSchema } from '@/api/indicators'
import { RegionsResponseSchema } from '@/api/regions'
import { SeriesResponseSchema } from '@/api/series'
import { AgenciesResponseSchema, AgencyDetailResponseSchema } from '@/api/agencies'
import { DirectivesResponseSchema } from '@/api/directives'
import { PjEvaluationsResponseSchema } from '@/api/pj-evaluations'
import { ProgramsResponseSchema } from '@/api/programs'

export type CheckResult = { name: string; ok: boolean; detail: string }

type Check = {
  name: string
  path: string
  status: number
  schema: z.ZodMiniType
  /** Extra assertions on the parsed body; return an error message or null. */
  expect?: (body: never) => string | null
}

async function run(baseUrl: string, check: Check): Promise<CheckResult> {
  try {
    const response = await fetch(`${baseUrl}${check.path}`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    })
    if (response.status !== check.status) {
      return {
        name: check.name,
        ok: false,
        detail: `HTTP ${response.status}, expected ${check.status}`,
      }
    }
    const parsed = check.schema.safeParse(await response.json())
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return {
        name: check.name,
        ok: false,
        detail: `schema: ${issue?.path.join('.')} ${issue?.message}`,
      }
    }
    const problem = check.expect?.(parsed.data as never) ?? null
    return { name: check.name, ok: problem === null, detail: problem ?? `HTTP ${response.status}` }
  } catch (error) {
    return {
      name: check.name,
      ok: false,
      detail: error instanceof Error ? error.message : String(error),
    }
  }
}

/** Checks that depend on nothing, then checks built from what /regions and /indicators said. */
export async function runContract(
  baseUrl: string,
  extra: ReadonlyArray<Check> = [],
): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  const base: Check[] = [
    {
      name: 'GET /regions',
      path: '/regions',
      status: 200,
      schema: RegionsResponseSchema,
      expect: (body: z.infer<typeof RegionsResponseSchema>) =>
        body.regions.length > 0 ? null : 'no regions',
    },
    {
      name: 'GET /indicators',
      path: '/indicators',
      status: 200,
      schema: IndicatorsResponseSchema,
      expect: (body: z.infer<typeof IndicatorsResponseSchema>) =>
        body.indicators.length > 0 ? null : 'no indicators',
    },
  ]
  for (const check of base) results.push(await run(baseUrl, check))

  const regions = await fetch(`${baseUrl}/regions`)
    .then((r) => r.json() as Promise<unknown>)
    .catch(() => null)
  const indicators = await fetch(`${baseUrl}/indicators`)
    .then((r) => r.json() as Promise<unknown>)
    .catch(() => null)
  const regionCodes =
    RegionsResponseSchema.safeParse(regions).data?.regions.map((r) => r.code) ?? []
  const parents =
    RegionsResponseSchema.safeParse(regions).data?.regions.flatMap((r) =>
      r.parentCode ? [r.parentCode] : [],
    ) ?? []
  const indicatorIds =
    IndicatorsResponseSchema.safeParse(indicators).data?.indicators.map((i) => i.id) ?? []

  const checks: Check[] = [
    ...regionCodes.map((code) => ({
      name: `GET /series?regions=${code}`,
      path: `/series?regions=${code}`,
      status: 200,
      schema: SeriesResponseSchema,
    })),
    ...[...new Set(parents)].map((code) => ({
      name: `GET /series?parent=${code}`,
      path: `/series?parent=${code}`,
      status: 200,
      schema: SeriesResponseSchema,
    })),
    ...indicatorIds.map((id) => ({
      name: `GET /series?regions=…&indicators=${id}&from=2020&to=2024-Q3`,
      path: `/series?regions=${regionCodes.slice(0, 5).join(',')}&indicators=${id}&from=2020&to=2024-Q3`,
      status: 200,
      schema: SeriesResponseSchema,
      expect: (body: z.infer<typeof SeriesResponseSchema>) =>
        body.series.every((s) => s.indicatorId === id)
          ? null
          : 'series of another indicator returned',
    })),
    {
      name: 'GET /series with a malformed period → 400',
      path: '/series?regions=3271&from=2024-13',
      status: 400,
      schema: ApiErrorBodySchema,
    },
    {
      name: 'GET /series without regions → 400',
      path: '/series',
      status: 400,
      schema: ApiErrorBodySchema,
    },
    {
      name: 'GET /series with an unknown indicator → 400',
      path: '/series?regions=3271&indicators=nope',
      status: 400,
      schema: ApiErrorBodySchema,
    },
    {
      name: 'GET /agencies without region → 400',
      path: '/agencies',
      status: 400,
      schema: ApiErrorBodySchema,
    },
    {
      name: 'GET /programs without region → 400',
      path: '/programs',
      status: 400,
      schema: ApiErrorBodySchema,
    },
    {
      name: 'GET /directives without region → 400',
      path: '/directives',
      status: 400,
      schema: ApiErrorBodySchema,
    },
    {
      name: 'GET /pj-evaluations without region → 400',
      path: '/pj-evaluations',
      status: 400,
      schema: ApiErrorBodySchema,
    },
    ...extra,
  ]
  const cities = regionCodes.filter((code) => code.length === 4)
  for (const code of cities) {
    checks.push(
      {
        name: `GET /agencies?region=${code}`,
        path: `/agencies?region=${code}`,
        status: 200,
        schema: AgenciesResponseSchema,
      },
      {
        name: `GET /programs?region=${code}`,
        path: `/programs?region=${code}`,
        status: 200,
        schema: ProgramsResponseSchema,
      },
      {
        name: `GET /directives?region=${code}`,
        path: `/directives?region=${code}`,
        status: 200,
        schema: DirectivesResponseSchema,
      },
      {
        name: `GET /pj-evaluations?region=${code}`,
        path: `/pj-evaluations?region=${code}`,
        status: 200,
        schema: PjEvaluationsResponseSchema,
      },
    )
  }
  for (const check of checks) results.push(await run(baseUrl, check))

  // Every agency a city lists can be opened.
  for (const code of cities) {
    const body = await fetch(`${baseUrl}/agencies?region=${code}`)
      .then((r) => r.json() as Promise<unknown>)
      .catch(() => null)
    for (const agency of AgenciesResponseSchema.safeParse(body).data?.agencies ?? []) {
      results.push(
        await run(baseUrl, {
          name: `GET /agencies/${agency.id}`,
          path: `/agencies/${encodeURIComponent(agency.id)}`,
          status: 200,
          schema: AgencyDetailResponseSchema,
        }),
      )
    }
  }
  results.push(
    await run(baseUrl, {
      name: 'GET /agencies/<unknown> → 404',
      path: '/agencies/3271-nope',
      status: 404,
      schema: ApiErrorBodySchema,
    }),
  )
  return results
}

export type { Check }
