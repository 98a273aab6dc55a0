/**
 * Random query strings (and agency ids) at every endpoint of a running server: never a 500, never
 * a crash; every refusal carries the contract's error body, every answer parses with the schema
 * the app reads it with.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { z } from 'zod/mini'
import { AgenciesResponseSchema, AgencyDetailResponseSchema } from '@/api/agencies'
import { ApiErrorBodySchema } from '@/api/common'
import { DirectivesResponseSchema } from '@/api/directives'
import { IndicatorsResponseSchema } from '@/api/indicators'
import { PjEvaluationsResponseSchema } from '@/api/pj-evaluations'
import { ProgramsResponseSchema } from '@/api/programs'
import { RegionSearchResponseSchema, RegionsResponseSchema } from '@/api/regions'
import { SeriesResponseSchema } from '@/api/series'
import { startTestServer, type TestServer } from './testing/server'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.close()
})

const ENDPOINTS: ReadonlyArray<readonly [string, z.ZodMiniType]> = [
  ['/regions', RegionsResponseSchema],
  ['/indicators', IndicatorsResponseSchema],
  ['/series', SeriesResponseSchema],
  ['/agencies', AgenciesResponseSchema],
  ['/programs', ProgramsResponseSchema],
  ['/directives', DirectivesResponseSchema],
  ['/pj-evaluations', PjEvaluationsResponseSchema],
]

const NAMES = [
  'codes',
  'parent',
  'q',
  'limit',
  'regions',
  'indicators',
  'from',
  'to',
  'region',
  'agency',
  'status',
]
const VALUES = [
  '3271',
  '32.71',
  '32.71.03',
  '0000',
  '94',
  '9999',
  'tpt,inflation',
  'inflation',
  '2023',
  '2024-Q3',
  '2024-13',
  'late',
  'done',
  '3271-dinkes',
  'bogor',
  'aceh selatan',
  '50',
  '0',
  '-1',
  '1e3',
  ',',
  '',
  "'; DROP TABLE regions; --",
  '%',
  '_',
  '\\',
  '%00',
  '\u0000',
  '<script>',
  'ç',
  '😀'.repeat(30),
]

const query = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })),
      fc.oneof(
        fc.constantFrom(...VALUES),
        fc.string({ maxLength: 120 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc
          .array(fc.constantFrom('3271', '32.71', '7571', 'tpt', 'x', ''), { maxLength: 60 })
          .map((a) => a.join(',')),
      ),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString())

async function check(path: string, schema: z.ZodMiniType | null) {
  const response = await fetch(`${server.api}${path}`)
  const text = await response.text()
  expect([200, 400, 404], `${path} → ${response.status} ${text.slice(0, 200)}`).toContain(
    response.status,
  )
  const body: unknown = JSON.parse(text)
  if (response.status === 200) {
    if (schema === null) return
    // /regions answers one of two shapes.
    const ok =
      schema.safeParse(body).success ||
      (path.startsWith('/regions') && RegionSearchResponseSchema.safeParse(body).success)
    expect(ok, `${path}: ${text.slice(0, 200)}`).toBe(true)
  } else {
    expect(ApiErrorBodySchema.safeParse(body).success, `${path}: ${text}`).toBe(true)
  }
}

test('random query strings at every endpoint: 200 or 400 with the error body, never a 500', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...ENDPOINTS), query, async ([endpoint, schema], search) => {
      await check(`${endpoint}?${search}`, schema)
    }),
    { numRuns: 700 },
  )
})

test('random agency ids and paths under /agencies/: 200, 400 or 404, never a 500', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 90 }).map(encodeURIComponent),
        fc.constantFrom(
          '3271-dinkes',
          '3271-nope',
          '%E0%A4%A',
          '%25',
          '..',
          '3271-dinkes%00',
          'x'.repeat(300),
        ),
      ),
      async (id) => {
        await check(`/agencies/${id}`, AgencyDetailResponseSchema)
      },
    ),
    { numRuns: 300 },
  )
  // The server is still there.
  expect((await fetch(`${server.api}/indicators`)).status).toBe(200)
})
