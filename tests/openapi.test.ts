import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { buildOpenApi } from './contract/openapi'

test('docs/openapi.json is generated from the current schemas (run npm run contract:openapi)', () => {
  const committed: unknown = JSON.parse(readFileSync('docs/openapi.json', 'utf8'))
  expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApi())))
})

test('the contract documents every endpoint with its error shape', () => {
  const doc = buildOpenApi()
  expect(Object.keys(doc.paths)).toEqual([
    '/regions',
    '/indicators',
    '/series',
    '/agencies',
    '/agencies/{id}',
    '/programs',
    '/directives',
    '/pj-evaluations',
  ])
  expect(doc.components.schemas.Error).toMatchObject({ type: 'object', required: ['error'] })
})
