/**
 * The contract suite: requests every endpoint of the HTTP contract from a base URL and checks each
 * answer against the app's own zod schemas (the schemas the client parses with), the error shape
 * of rejected requests, and the facts of the demo dataset a backend must serve (the region map of
 * Indonesia with both kinds of code, Kota Bogor's published TPT). Any backend that passes can
 * serve Kinerja.
 */
import type { z } from 'zod/mini'
import { AgenciesResponseSchema, AgencyDetailResponseSchema } from '@/api/agencies'
import { ApiErrorBodySchema, MAX_LIST_ITEMS } from '@/api/common'
import { DirectivesResponseSchema } from '@/api/directives'
import { IndicatorsResponseSchema } from '@/api/indicators'
import { PjEvaluationsResponseSchema } from '@/api/pj-evaluations'
import { ProgramsResponseSchema } from '@/api/programs'
import {
  RegionSearchResponseSchema,
  RegionsResponseSchema,
  type Region,
  type RegionSearchResponse,
  type RegionsResponse,
} from '@/api/regions'
import { SeriesResponseSchema, type SeriesResponse } from '@/api/series'

export type CheckResult = { name: string; ok: boolean; detail: string }

type Check = {
  name: string
  path: string
  method?: string
  status: number
  schema: z.ZodMiniType
  /** Extra assertions on the parsed body; return an error message or null. */
  expect?: (body: never) => string | null
}

async function run(baseUrl: string, check: Check): Promise<CheckResult> {
  try {
    const response = await fetch(`${baseUrl}${check.path}`, {
      method: check.method ?? 'GET',
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

async function get<T>(baseUrl: string, path: string, schema: z.ZodMiniType<T>): Promise<T | null> {
  const body = await fetch(`${baseUrl}${path}`)
    .then((r) => r.json() as Promise<unknown>)
    .catch(() => null)
  return schema.safeParse(body).data ?? null
}

const codesOf = (regions: ReadonlyArray<Pick<Region, 'code'>>) => regions.map((r) => r.code)
const same = (actual: unknown, expected: unknown, what: string) =>
  JSON.stringify(actual) === JSON.stringify(expected)
    ? null
    : `${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`

/** The regions the demo dataset has figures for: the seed areas of regions.csv and indicators.csv. */
const SEED_CODES = [
  '0000',
  '31',
  '32',
  '75',
  '3101',
  '3171',
  '3172',
  '3173',
  '3174',
  '3175',
  '3201',
  '3271',
  '3273',
  '3275',
  '3276',
  '7571',
]
/** Seed areas whose children (kab/kota or kecamatan) carry figures too. */
const SEED_PARENTS = ['31', '3171', '3172', '3173', '3174', '3175', '3101', '3271', '7571']

function regionChecks(): Check[] {
  const error = (name: string, path: string): Check => ({
    name: `${name} → 400`,
    path,
    status: 400,
    schema: ApiErrorBodySchema,
  })
  const manyCodes = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => String(1101 + i)).join(',')
  return [
    {
      name: 'GET /regions?codes=0000 → the nation',
      path: '/regions?codes=0000',
      status: 200,
      schema: RegionsResponseSchema,
      expect: (body: RegionsResponse) =>
        same(
          body.regions.map((r) => [r.code, r.level, r.parentCode, r.ancestors.length]),
          [['0000', 'national', null, 0]],
          'regions',
        ) ?? (body.regions[0]?.childCount === 38 ? null : 'the nation has 38 provinces'),
    },
    {
      name: 'GET /regions?parent=0000 → 38 provinces',
      path: '/regions?parent=0000',
      status: 200,
      schema: RegionsResponseSchema,
      expect: (body: RegionsResponse) =>
        body.regions.length === 38 && body.regions.every((r) => r.level === 'province')
          ? null
          : `${body.regions.length} regions`,
    },
    {
      name: 'GET /regions?codes= takes BPS and Kemendagri codes (31.74 is BPS 3171, 32.71.03 is 3271040)',
      path: '/regions?codes=3171,31.74,32.71.03,9999',
      status: 200,
      schema: RegionsResponseSchema,
      expect: (body: RegionsResponse) =>
        same(codesOf(body.regions), ['3171', '3271040'], 'regions') ??
        same(body.unknown, ['9999'], 'unknown') ??
        same(
          body.regions.map((r) => [r.bpsCode, r.kemendagriCode, r.level]),
          [
            ['3171', '31.74', 'admin_city'],
            ['3271040', '32.71.03', 'district'],
          ],
          'codes',
        ),
    },
    {
      name: 'GET /regions?codes=94,91.03 → Papua by BPS code, its kab/kota by Kemendagri code',
      path: '/regions?codes=94,91.03',
      status: 200,
      schema: RegionsResponseSchema,
      expect: (body: RegionsResponse) =>
        same(
          body.regions.map((r) => [r.code, r.name, r.bpsCode, r.parentCode]),
          [
            ['94', 'Papua', '94', '0000'],
            ['91.03', 'Kabupaten Jayapura', null, '94'],
          ],
          'regions',
        ),
    },
    {
      name: 'GET /regions?parent=3271 → the six kecamatan of Kota Bogor, by name, ancestors root first',
      path: '/regions?parent=3271',
      status: 200,
      schema: RegionsResponseSchema,
      expect: (body: RegionsResponse) =>
        same(
          body.regions.map((r) => r.name),
          [
            'Bogor Barat',
            'Bogor Selatan',
            'Bogor Tengah',
            'Bogor Timur',
            'Bogor Utara',
            'Tanah Sareal',
          ],
          'names',
        ) ??
        same(
          [...new Set(body.regions.map((r) => codesOf(r.ancestors).join('>')))],
          ['0000>32>3271'],
          'ancestors',
        ),
    },
    {
      name: 'GET /regions?parent=32.01 → the 40 kecamatan of Kabupaten Bogor',
      path: '/regions?parent=32.01',
      status: 200,
      schema: RegionsResponseSchema,
      expect: (body: RegionsResponse) =>
        body.regions.length === 40 && body.regions.every((r) => r.parentCode === '3201')
          ? null
          : `${body.regions.length} regions`,
    },
    {
      name: 'GET /regions?q=aceh selatan → Kabupaten Aceh Selatan first',
      path: '/regions?q=aceh%20selatan',
      status: 200,
      schema: RegionSearchResponseSchema,
      expect: (body: RegionSearchResponse) =>
        body.regions[0]?.name === 'Kabupaten Aceh Selatan' && body.query === 'aceh selatan'
          ? null
          : `first ${body.regions[0]?.name}`,
    },
    {
      name: 'GET /regions?q=bogor → Kota and Kabupaten Bogor, then the Bogor kecamatan',
      path: '/regions?q=bogor&limit=7',
      status: 200,
      schema: RegionSearchResponseSchema,
      expect: (body: RegionSearchResponse) =>
        same(codesOf(body.regions.slice(0, 2)).sort(), ['3201', '3271'], 'first two') ??
        same(
          body.regions.slice(2).map((r) => [r.name, r.level, r.parentCode]),
          [
            ['Bogor Barat', 'district', '3271'],
            ['Bogor Selatan', 'district', '3271'],
            ['Bogor Tengah', 'district', '3271'],
            ['Bogor Timur', 'district', '3271'],
            ['Bogor Utara', 'district', '3271'],
          ],
          'kecamatan',
        ) ??
        (body.total > 7 ? null : `total ${body.total}`),
    },
    error('GET /regions without codes, parent or q', '/regions'),
    error('GET /regions with two of codes, parent, q', '/regions?codes=3271&q=bogor'),
    error('GET /regions?q= of one character', '/regions?q=b'),
    error('GET /regions?q= with limit 51', '/regions?q=bogor&limit=51'),
    error('GET /regions?codes= with a malformed code', '/regions?codes=32-71'),
    error(`GET /regions?codes= with ${MAX_LIST_ITEMS + 1} codes`, `/regions?codes=${manyCodes}`),
  ]
}

function tptOf(body: SeriesResponse) {
  return body.series
    .find((s) => s.indicatorId === 'tpt')
    ?.observations.find((o) => o.period === '2023-08')
}

/** Checks that depend on nothing, then checks built from what /regions and /indicators said. */
export async function runContract(
  baseUrl: string,
  extra: ReadonlyArray<Check> = [],
): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  const base: Check[] = [
    ...regionChecks(),
    {
      name: 'GET /indicators',
      path: '/indicators',
      status: 200,
      schema: IndicatorsResponseSchema,
      expect: (body: z.infer<typeof IndicatorsResponseSchema>) =>
        body.indicators.length > 0 ? null : 'no indicators',
    },
    {
      name: "GET /series: Kota Bogor's TPT 2023 is 9.39 %, official, with its source",
      path: '/series?regions=32.71&indicators=tpt&from=2023&to=2023',
      status: 200,
      schema: SeriesResponseSchema,
      expect: (body: SeriesResponse) => {
        const tpt = tptOf(body)
        return body.series[0]?.regionCode === '3271' &&
          tpt?.value === 9.39 &&
          tpt.provenance === 'official' &&
          tpt.source?.publisher === 'BPS'
          ? null
          : `got ${JSON.stringify(tpt)}`
      },
    },
    {
      name: 'POST /indicators → 405 with the error body',
      path: '/indicators',
      method: 'POST',
      status: 405,
      schema: ApiErrorBodySchema,
    },
    {
      name: 'GET an unknown endpoint → 404 with the error body',
      path: '/nope',
      status: 404,
      schema: ApiErrorBodySchema,
    },
  ]
  for (const check of base) results.push(await run(baseUrl, check))

  const seeds =
    (await get(baseUrl, `/regions?codes=${SEED_CODES.join(',')}`, RegionsResponseSchema))
      ?.regions ?? []
  const children: Region[] = []
  for (const parent of SEED_PARENTS) {
    children.push(
      ...((await get(baseUrl, `/regions?parent=${parent}`, RegionsResponseSchema))?.regions ?? []),
    )
  }
  const regionCodes = codesOf([...seeds, ...children])
  const indicatorIds =
    (await get(baseUrl, '/indicators', IndicatorsResponseSchema))?.indicators.map((i) => i.id) ?? []
  results.push({
    name: 'the seed regions and the catalogue are there',
    ok: seeds.length === SEED_CODES.length && children.length > 50 && indicatorIds.length > 0,
    detail: `${seeds.length} seed regions, ${children.length} children, ${indicatorIds.length} indicators`,
  })

  const checks: Check[] = [
    ...regionCodes.map((code) => ({
      name: `GET /series?regions=${code}`,
      path: `/series?regions=${code}`,
      status: 200,
      schema: SeriesResponseSchema,
    })),
    ...[...SEED_PARENTS, '32', '75', '0000'].map((code) => ({
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
      expect: (body: SeriesResponse) =>
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
      name: `GET /series with ${MAX_LIST_ITEMS + 1} regions → 400`,
      path: `/series?regions=${Array.from({ length: MAX_LIST_ITEMS + 1 }, () => '3271').join(',')}`,
      status: 400,
      schema: ApiErrorBodySchema,
    },
    // Unknown or repeated parameters are refused, never answered (or cached) apart (issue 22).
    ...[
      '/series?regions=3271&cachebuster=1',
      '/series?regions=3271&indicator=tpt',
      '/series?regions=3271&regions=3171',
      '/regions?parent=32&x=',
      '/indicators?lang=en',
      '/agencies?region=3271&year=2024',
      '/agencies/3271-dinkes?full=1',
      '/programs?region=3271&page=2',
      '/directives?region=3271&status=done',
      '/pj-evaluations?region=3271&region=7571',
    ].map((path): Check => ({
      name: `GET ${path} (an unknown or repeated parameter) → 400`,
      path,
      status: 400,
      schema: ApiErrorBodySchema,
    })),
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
  const cities = codesOf(seeds).filter((code) => code.length === 4)
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
    const body = await get(baseUrl, `/agencies?region=${code}`, AgenciesResponseSchema)
    for (const agency of body?.agencies ?? []) {
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
