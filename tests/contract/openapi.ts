/**
 * The HTTP contract as an OpenAPI 3.1 document, generated from the zod schemas the client parses
 * with (so the two cannot disagree). `npm run contract:openapi` writes docs/openapi.json; a unit
 * test fails when the committed file is out of date.
 */
import { z } from 'zod'
import { AgenciesResponseSchema, AgencyDetailResponseSchema } from '@/api/agencies'
import { ApiErrorBodySchema } from '@/api/common'
import { DirectivesResponseSchema } from '@/api/directives'
import { IndicatorsResponseSchema } from '@/api/indicators'
import { PjEvaluationsResponseSchema } from '@/api/pj-evaluations'
import { ProgramsResponseSchema } from '@/api/programs'
import { RegionSearchResponseSchema, RegionsResponseSchema } from '@/api/regions'
import { SeriesResponseSchema } from '@/api/series'

type Parameter = { name: string; in: 'query' | 'path'; required: boolean; description: string }

function schema(type: z.core.$ZodType) {
  return z.toJSONSchema(type, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' })
}

function operation(summary: string, response: z.core.$ZodType, parameters: Parameter[] = []) {
  return {
    get: {
      summary,
      parameters: parameters.map((p) => ({ ...p, schema: { type: 'string' } })),
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema: schema(response) } } },
        '400': {
          description: 'Malformed parameter',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
        '404': {
          description: 'Unknown resource',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
        '5XX': {
          description: 'Server error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  }
}

const region: Parameter = {
  name: 'region',
  in: 'query',
  required: true,
  description: 'BPS region code (3271 = Kota Bogor)',
}

export function buildOpenApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kinerja data API',
      version: '1',
      description:
        'The contract between the Kinerja dashboard and any backend. All endpoints are GET and answer JSON. Generated from src/api/*.ts; check a backend with `npm run test:contract -- --base-url <url>`.',
    },
    servers: [{ url: '/api' }],
    paths: {
      '/regions': operation(
        'Regions by code (with their ancestors), the children of a region, or a ranked name search. Exactly one of codes, parent or q. With q the answer is { query, regions, total } (RegionSearchResponse below).',
        RegionsResponseSchema,
        [
          {
            name: 'codes',
            in: 'query',
            required: false,
            description:
              'Comma list of at most 50 region codes, BPS (3171) or Kemendagri (31.74); unknown codes are listed in `unknown`',
          },
          {
            name: 'parent',
            in: 'query',
            required: false,
            description: 'A region code: its direct children, by name (0000 gives the provinces)',
          },
          {
            name: 'q',
            in: 'query',
            required: false,
            description: 'Part of a name (2–100 characters): matching regions, best match first',
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'With q: at most this many results (1–50, default 20)',
          },
        ],
      ),
      '/indicators': operation('The indicator catalogue', IndicatorsResponseSchema),
      '/series': operation(
        'Observations and yearly targets per indicator × region',
        SeriesResponseSchema,
        [
          {
            name: 'regions',
            in: 'query',
            required: false,
            description: 'Comma list of region codes (or give parent)',
          },
          {
            name: 'parent',
            in: 'query',
            required: false,
            description: 'The children of this region',
          },
          {
            name: 'indicators',
            in: 'query',
            required: false,
            description: 'Comma list of indicator ids (default all)',
          },
          {
            name: 'from',
            in: 'query',
            required: false,
            description: 'Period key, inclusive (compared by period end)',
          },
          { name: 'to', in: 'query', required: false, description: 'Period key, inclusive' },
        ],
      ),
      '/agencies': operation('A city’s agencies with SAKIP per year', AgenciesResponseSchema, [
        region,
      ]),
      '/agencies/{id}': operation(
        'One agency: key indicators (IKU) and what it owns',
        AgencyDetailResponseSchema,
        [{ name: 'id', in: 'path', required: true, description: 'Agency id, e.g. 3271-dinkes' }],
      ),
      '/programs': operation('100-day and priority programs', ProgramsResponseSchema, [
        region,
        { name: 'agency', in: 'query', required: false, description: 'Agency id' },
        {
          name: 'status',
          in: 'query',
          required: false,
          description: 'not-started | on-track | at-risk | late | done',
        },
      ]),
      '/directives': operation(
        'Briefing directives and their follow-up',
        DirectivesResponseSchema,
        [region, { name: 'agency', in: 'query', required: false, description: 'Agency id' }],
      ),
      '/pj-evaluations': operation(
        'Quarterly Kemendagri evaluation of an acting mayor',
        PjEvaluationsResponseSchema,
        [region],
      ),
    },
    components: {
      schemas: {
        Error: schema(ApiErrorBodySchema),
        RegionSearchResponse: schema(RegionSearchResponseSchema),
      },
    },
  }
}
