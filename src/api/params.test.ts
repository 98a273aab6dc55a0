import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parsePeriod } from '@/domain/periods'
import { ApiErrorBodySchema, MAX_LIST_ITEMS } from './common'
import {
  parseAgencyId,
  parseDirectivesParams,
  parseNoParams,
  parseProgramsParams,
  parseRegionParams,
  parseRegionsParams,
  parseSeriesParams,
} from './params'

const qs = (text: string) => new URLSearchParams(text)
const isIndicator = (id: string) => ['tpt', 'inflation'].includes(id)
const many = (n: number) => Array.from({ length: n }, (_, i) => String(3201 + i)).join(',')

test.each([
  ['codes=3271,32.71.03', { kind: 'codes', codes: ['3271', '32.71.03'] }],
  ['parent=32', { kind: 'parent', parent: '32' }],
  ['parent=32.71', { kind: 'parent', parent: '32.71' }],
  ['q=%20bogor%20', { kind: 'search', q: 'bogor', limit: 20 }],
  ['q=aceh selatan&limit=5', { kind: 'search', q: 'aceh selatan', limit: 5 }],
  ['q=ab&limit=50', { kind: 'search', q: 'ab', limit: 50 }],
  [`codes=${many(MAX_LIST_ITEMS)}`, { kind: 'codes', codes: many(MAX_LIST_ITEMS).split(',') }],
])('/regions?%s is accepted', (search, query) => {
  expect(parseRegionsParams(qs(search))).toEqual({ ok: true, query })
})

test.each([
  ['', 'one of codes, parent or q'],
  ['codes=3271&q=bogor', 'only one'],
  ['parent=32&codes=3271', 'only one'],
  ['codes=', 'empty'],
  ['codes=3271,,3201', 'empty'],
  ['codes=32-71', 'malformed region code'],
  [`codes=${many(MAX_LIST_ITEMS + 1)}`, 'at most 50'],
  ['parent=', 'malformed region code'],
  ['parent=Jawa', 'malformed region code'],
  ['q=a', '2–100 characters'],
  ['q=%20%20x%20', '2–100 characters'],
  [`q=${'x'.repeat(101)}`, '2–100 characters'],
  ['q=bogor&limit=0', 'limit'],
  ['q=bogor&limit=51', 'limit'],
  ['q=bogor&limit=5.5', 'limit'],
  ['q=bogor&limit=', 'limit'],
  ['codes=3271&limit=5', 'limit applies only to q'],
])('/regions?%s is refused (%s)', (search, message) => {
  const result = parseRegionsParams(qs(search))
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.status).toBe(400)
    expect(ApiErrorBodySchema.parse(result.body).error).toMatchObject({ code: 'bad_request' })
    expect(result.body.error.message).toContain(message)
  }
})

test.each([
  ['regions=3271', { regions: ['3271'] }],
  ['parent=32.71&indicators=tpt', { parent: '32.71', indicators: ['tpt'] }],
  ['regions=3271&parent=32', { regions: ['3271'], parent: '32' }],
  ['regions=3271&from=2023&to=2023-Q1', { regions: ['3271'], from: '2023', to: '2023-Q1' }],
  ['regions=3271&from=2023-Q2&to=2023-04', { regions: ['3271'], from: '2023-Q2', to: '2023-04' }],
])('/series?%s is accepted', (search, query) => {
  expect(parseSeriesParams(qs(search), isIndicator)).toEqual({ ok: true, query })
})

test.each([
  ['', 'regions or parent is required'],
  ['indicators=tpt', 'regions or parent is required'],
  ['regions=', 'empty'],
  ['regions=3271,', 'empty'],
  [`regions=${many(51)}`, 'at most 50'],
  ['regions=32-71', 'malformed region code'],
  ['parent=x', 'malformed region code'],
  ['regions=3271&indicators=ipm', 'unknown indicator'],
  ['regions=3271&indicators=', 'empty'],
  ['regions=3271&from=2024-13', 'from is not a period key'],
  ['regions=3271&to=1900', 'to is not a period key'],
  ['regions=3271&from=2024-Q2&to=2024-03', 'is after'],
])('/series?%s is refused (%s)', (search, message) => {
  const result = parseSeriesParams(qs(search), isIndicator)
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.body.error.message).toContain(message)
})

test('/agencies, /programs, /directives and /pj-evaluations validate region, agency and status', () => {
  expect(parseRegionParams(qs('region=32.71'))).toEqual({ ok: true, query: { region: '32.71' } })
  expect(parseProgramsParams(qs('region=3271&agency=3271-dinkes&status=late'))).toEqual({
    ok: true,
    query: { region: '3271', agency: '3271-dinkes', status: 'late' },
  })
  expect(parseDirectivesParams(qs('region=7571'))).toEqual({
    ok: true,
    query: { region: '7571', agency: null },
  })
  for (const [parse, search] of [
    [parseRegionParams, ''],
    [parseRegionParams, 'region=abc'],
    [parseProgramsParams, 'region=3271&status=macet'],
    [parseProgramsParams, 'region=3271&agency=dinkes'],
    [parseProgramsParams, 'region=3271&status='],
    [parseDirectivesParams, 'region=3271&agency=3271-'],
  ] as const) {
    expect(parse(qs(search)).ok, search).toBe(false)
  }
})

test('an unknown or repeated parameter is refused by every endpoint, naming it (issue 22)', () => {
  const refused = [
    parseRegionsParams(qs('parent=32&x=1')),
    parseSeriesParams(qs('regions=3271&cachebuster=1'), isIndicator),
    parseSeriesParams(qs('regions=3271&indicator=tpt'), isIndicator),
    parseSeriesParams(qs('regions=3271&regions=3171'), isIndicator),
    parseRegionParams(qs('region=3271&year=2024')),
    parseDirectivesParams(qs('region=7571&status=late')),
    parseProgramsParams(qs('region=3271&page=2')),
    parseNoParams(qs('lang=en')),
  ]
  for (const result of refused) {
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.body.error.message).toMatch(/unknown parameter|more than once/)
  }
  const typo = parseSeriesParams(qs('regions=3271&indicator=tpt'), isIndicator)
  expect(typo.ok || typo.body.error.message).toBe(
    'unknown parameter "indicator"; this endpoint takes regions, parent, indicators, from, to',
  )
  expect(parseNoParams(qs(''))).toEqual({ ok: true, query: {} })
})

test('an agency id in the path is decoded once and checked', () => {
  expect(parseAgencyId('3271-dinkes')).toEqual({ ok: true, query: { id: '3271-dinkes' } })
  expect(parseAgencyId('3271%2Ddinkes')).toEqual({ ok: true, query: { id: '3271-dinkes' } })
  expect(parseAgencyId('%E0%A4%A').ok).toBe(false)
  expect(parseAgencyId('DINKES').ok).toBe(false)
  expect(parseAgencyId('3271-' + 'a'.repeat(80)).ok).toBe(false)
})

test('a message never echoes a long hostile value whole', () => {
  const result = parseRegionsParams(qs(`parent=${'<script>'.repeat(50)}`))
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.body.error.message.length).toBeLessThan(100)
})

test('/series accepts as from= exactly the keys the period model reads', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-(S[0-3]|Q[0-5]|0\d|1[0-3]))?$/)),
      (key) => {
        const parsed = parseSeriesParams(
          qs(`regions=3271&from=${encodeURIComponent(key)}`),
          isIndicator,
        )
        expect(parsed.ok).toBe(parsePeriod(key) !== null)
      },
    ),
    { numRuns: 2000 },
  )
})

test('any query string gets a typed query or a 400 with the error body, never an exception', () => {
  const search = fc
    .array(
      fc.tuple(
        fc.constantFrom(
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
          'x',
        ),
        fc.oneof(fc.string(), fc.constantFrom('3271', '32.71', '2024-Q3', 'tpt', 'late', ',', '')),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => new URLSearchParams(pairs))
  fc.assert(
    fc.property(search, (params) => {
      for (const result of [
        parseRegionsParams(params),
        parseSeriesParams(params, isIndicator),
        parseRegionParams(params),
        parseProgramsParams(params),
        parseDirectivesParams(params),
      ]) {
        if (!result.ok) {
          expect(result.status).toBe(400)
          expect(ApiErrorBodySchema.safeParse(result.body).success).toBe(true)
        }
      }
    }),
    { numRuns: 500 },
  )
})
