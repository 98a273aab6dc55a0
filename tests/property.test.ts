import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import { isApiError } from '@/api/api-error'
import { fetchIndicators } from '@/api/indicators'
import { fetchRegionsByCode } from '@/api/regions'
import { fetchSeries, SeriesResponseSchema } from '@/api/series'
import { parseDeck } from '@/domain/deck'
import { parsePeriod, periodKey } from '@/domain/periods'
import { loadStored } from '@/deck/deck-store'
import { nextSearch, parseFilters } from '@/filters/filters'
import { parseSeriesParams } from '../mocks/handlers/series'
import { server } from '../mocks/node'

/** Property-based tests: every parser takes arbitrary input and answers, never throws. */
const RUNS = 400
const PARAMS = [
  'region',
  'period',
  'lang',
  'view',
  'regions',
  'indicator',
  'from',
  'to',
  'range',
  'granularity',
  'agency',
  'status',
  'deck',
  'slide',
]

const urlSearch = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PARAMS, 'x', ''),
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('2024-Q3', '3271', 'en', '<script>', '2024-13', '=1+1'),
      ),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs))

test('any URL parses to valid filters, and writing them back is stable', () => {
  fc.assert(
    fc.property(urlSearch, (params) => {
      const { filters, issues } = parseFilters(params)
      expect(/^(0000|\d{2}|\d{4}|\d{7})$/.test(filters.region)).toBe(true)
      expect(filters.period === null || parsePeriod(filters.period) !== null).toBe(true)
      expect(['id', 'en']).toContain(filters.lang)
      expect(Array.isArray(issues)).toBe(true)
      const written = nextSearch(params, {})
      expect(parseFilters(written).filters).toEqual(filters)
      expect(parseFilters(written).issues).toEqual([])
    }),
    { numRuns: RUNS },
  )
})

test('any string is a period key or null, and keys round-trip', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-(S[1-2]|Q[1-4]|0[1-9]|1[0-2]))?$/)),
      (text) => {
        const period = parsePeriod(text)
        if (period) expect(periodKey(period)).toBe(text)
      },
    ),
    { numRuns: RUNS },
  )
})

test('any deck text yields only valid, unique slide ids', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const { slides } = parseDeck(text)
      expect(new Set(slides).size).toBe(slides.length)
      for (const id of slides) expect(id).toMatch(/^((breakdown|parents):)?[a-z0-9-]{1,40}$/)
    }),
    { numRuns: RUNS },
  )
})

test('any saved briefing state loads or is discarded, never throws', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      (raw) => {
        const { stored } = loadStored({ getItem: () => raw, removeItem: () => undefined })
        expect(stored.version).toBe(1)
      },
    ),
    { numRuns: RUNS },
  )
})

test('the mock API rejects any malformed /series query with 400, never a crash', () => {
  fc.assert(
    fc.property(urlSearch, (params) => {
      const result = parseSeriesParams(params)
      if (!result.ok) expect(result.status).toBe(400)
    }),
    { numRuns: RUNS },
  )
})

test('any payload either parses or fails the schema; the schema never throws', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (payload) => {
      expect(() => SeriesResponseSchema.safeParse(payload)).not.toThrow()
    }),
    { numRuns: RUNS },
  )
})

test('random payloads from the API become "invalid" errors, not crashes', async () => {
  // The details go to the developer console; keep them out of the test output.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  await fc.assert(
    fc.asyncProperty(fc.jsonValue(), async (payload) => {
      server.use(http.get('*/api/*', () => HttpResponse.json(payload as never)))
      for (const call of [
        () => fetchRegionsByCode(['3271']),
        () => fetchIndicators(),
        () => fetchSeries({ regions: ['3271'] }),
      ]) {
        try {
          await call()
        } catch (error) {
          expect(isApiError(error) && error.kind === 'invalid').toBe(true)
        }
      }
      server.resetHandlers()
    }),
    { numRuns: 60 },
  )
  expect(warn).toHaveBeenCalled()
})
