/**
 * The requests the parity tests send to the server and to the MSW demo (every endpoint, both kinds
 * of region code, ranges, filters and refusals), and MSW's answer to one of them. Here in tests/, not
 * in server/: the server never imports the demo's mock API, not even in its own tests.
 */
import { getResponse } from 'msw'
import { PROGRAM_STATUSES } from '@/api/programs'
import { buildDemoDataset } from '../../data/export'
import { handlers } from '../../mocks/handlers'
import type { Answer } from '../../server/testing/answer'

export async function mockAnswer(path: string): Promise<Answer> {
  const response = await getResponse(handlers, new Request(`http://mock.test/api${path}`))
  if (!response) throw new Error(`MSW has no handler for ${path}`)
  return { status: response.status, body: await response.json() }
}

export function parityPaths(): string[] {
  const demo = buildDemoDataset()
  const seeds = demo.regions.map((r) => r.code)
  const kemendagri = demo.regions.flatMap((r) =>
    r.kemendagriCode?.includes('.') ? [r.kemendagriCode] : [],
  )
  const parents = [
    '0000',
    '31',
    '32',
    '75',
    '3101',
    '3171',
    '3201',
    '3271',
    '7571',
    '94',
    '91.03',
    '32.71',
  ]
  const paths: string[] = ['/indicators']
  // Regions: by code (both kinds, unknown, duplicates), children, search.
  for (let i = 0; i < seeds.length; i += 50)
    paths.push(`/regions?codes=${seeds.slice(i, i + 50).join(',')}`)
  paths.push(`/regions?codes=${kemendagri.slice(0, 50).join(',')}`)
  paths.push('/regions?codes=3171,31.74,32.71.03,9999,3271,32.71,9999,91.03,94')
  for (const parent of [...parents, '9999', '32.01.01']) paths.push(`/regions?parent=${parent}`)
  for (const q of [
    'bogor',
    'aceh selatan',
    'an',
    'kec bogor',
    'jakarta',
    'prov',
    'ra as',
    'xyz',
    'kota barat',
    'Kab. Bogor',
    'gorontalo',
    'su',
  ])
    paths.push(
      `/regions?q=${encodeURIComponent(q)}`,
      `/regions?q=${encodeURIComponent(q)}&limit=50`,
      `/regions?q=${encodeURIComponent(q)}&limit=1`,
    )
  // Series: every seed region, every parent, ranges, indicators, Kemendagri codes.
  for (const code of seeds) paths.push(`/series?regions=${code}`)
  for (const parent of parents)
    paths.push(
      `/series?parent=${parent}`,
      `/series?parent=${parent}&indicators=tpt,inflation&from=2021&to=2023-Q2`,
    )
  paths.push(
    '/series?regions=3271,32.71,7571,3171,31.74&indicators=inflation,tpt&from=2023-01&to=2023-12',
    '/series?regions=3271&parent=3271&indicators=poverty',
    '/series?regions=3271&from=2030',
    '/series?regions=9999,3271040&to=2019-S1',
    '/series?regions=0000,32,31&indicators=stunting,sakip,audit-opinion,program-100',
    '/series?regions=3271&from=2024-Q3&to=2024-Q3',
  )
  // Agencies, programs, directives, Pj evaluations.
  for (const code of [...seeds.slice(0, 20), '3271', '7571', '32.71', '75.71', '9999']) {
    paths.push(
      `/agencies?region=${code}`,
      `/programs?region=${code}`,
      `/directives?region=${code}`,
      `/pj-evaluations?region=${code}`,
    )
  }
  for (const agency of demo.agencies) paths.push(`/agencies/${agency.id}`)
  for (const region of ['3271', '7571']) {
    for (const status of PROGRAM_STATUSES) paths.push(`/programs?region=${region}&status=${status}`)
    const agency = demo.agencies.find((a) => a.regionCode === region)!.id
    paths.push(
      `/programs?region=${region}&agency=${agency}`,
      `/programs?region=${region}&agency=${agency}&status=done`,
      `/directives?region=${region}&agency=${agency}`,
    )
  }
  // Refusals: the same status and the same error body.
  paths.push(
    '/regions',
    '/regions?codes=3271&q=bogor',
    '/regions?q=b',
    '/regions?q=bogor&limit=0',
    '/regions?codes=32-71',
    `/regions?codes=${seeds.concat(seeds).slice(0, 51).join(',')}`,
    '/series',
    '/series?regions=3271&from=2024-13',
    '/series?regions=3271&indicators=ipm',
    '/series?regions=3271&from=2025&to=2024',
    '/series?regions=,',
    '/agencies',
    '/agencies?region=x',
    '/agencies/3271-nope',
    '/agencies/DINKES',
    '/agencies/%E0%A4%A',
    '/programs?region=3271&status=macet',
    '/programs?region=3271&agency=dinkes',
    '/directives',
    '/pj-evaluations?region=',
  )
  return paths
}
