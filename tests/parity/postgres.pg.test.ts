/**
 * On PostgreSQL too, the server answers exactly what the MSW demo answers, for the same requests
 * (./pglite.test.ts on PGlite). Its own throwaway cluster, one port above server/postgres.pg.test.ts's.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { serverAnswer } from '../../server/testing/answer'
import { startPgCluster, type PgCluster } from '../../server/testing/pg-cluster'
import { startTestServer, type TestServer } from '../../server/testing/server'
import { mockAnswer, parityPaths } from './answers'

const PORT = Number(process.env.KINERJA_TEST_PG_PORT ?? 8150) + 1

let cluster: PgCluster
let server: TestServer
beforeAll(async () => {
  cluster = startPgCluster(PORT)
  server = await startTestServer({ DATABASE_URL: cluster.url })
})
afterAll(async () => {
  await server?.close()
  cluster?.destroy()
})

test('on PostgreSQL, every request gets the same status and JSON as from the MSW demo', async () => {
  for (const path of parityPaths()) {
    const [expected, actual] = await Promise.all([mockAnswer(path), serverAnswer(server.api, path)])
    expect({ path, ...actual }).toEqual({ path, ...expected })
  }
})
