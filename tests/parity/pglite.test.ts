/**
 * The server answers exactly what the MSW demo answers, for the same requests: same status, same
 * JSON (key order aside), same order of lists. Both load the demo dataset; the server from its
 * database (PGlite here; ./postgres.pg.test.ts does the same on PostgreSQL), MSW from the
 * builders in memory.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { getGeography } from '../../data/reference/geography'
import { serverAnswer } from '../../server/testing/answer'
import { startTestServer, type TestServer } from '../../server/testing/server'
import { mockAnswer, parityPaths } from './answers'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.close()
})

test('every request gets the same status and JSON from the server as from the MSW demo', async () => {
  const paths = parityPaths()
  expect(paths.length).toBeGreaterThan(300)
  for (const path of paths) {
    const [expected, actual] = await Promise.all([mockAnswer(path), serverAnswer(server.api, path)])
    expect({ path, ...actual }).toEqual({ path, ...expected })
  }
})

test('the server holds the whole map: every region answers by its code', async () => {
  const geography = getGeography()
  const { body } = await serverAnswer(
    server.api,
    `/regions?codes=${geography.regions
      .slice(-50)
      .map((r) => r.code)
      .join(',')}`,
  )
  expect((body as { regions: unknown[] }).regions).toEqual(geography.regions.slice(-50))
})
