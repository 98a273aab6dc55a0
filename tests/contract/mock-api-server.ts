/**
 * The mock API as a real HTTP server on 127.0.0.1: the same MSW handlers the demo runs in the
 * browser, answered over the network. Used to run the contract suite against HTTP and to serve the
 * live build (VITE_API_MODE=http) in its browser test.
 *
 *   node tests/contract/mock-api-server.ts [--port 8787]
 */
import { createServer as createHttpServer, type Server } from 'node:http'
import { getResponse, type RequestHandler } from 'msw'
import { createServer as createViteServer } from 'vite'

export type MockApi = { url: string; close: () => Promise<void> }

export async function startMockApi(port = 8787): Promise<MockApi> {
  // Vite loads the handlers (they import CSV files with `?raw`, which plain Node cannot).
  const vite = await createViteServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
  })
  const { handlers } = (await vite.ssrLoadModule('/mocks/handlers.ts')) as {
    handlers: RequestHandler[]
  }
  const server: Server = createHttpServer((incoming, outgoing) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', `http://127.0.0.1:${port}`)
      if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
        // Like the server: the API is read-only.
        outgoing.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD' })
        outgoing.end(
          JSON.stringify({
            error: { code: 'method_not_allowed', message: `${incoming.method} is not allowed` },
          }),
        )
        return
      }
      const request = new Request(url, {
        method: incoming.method ?? 'GET',
        headers: { accept: 'application/json' },
      })
      const response = await getResponse(handlers, request)
      if (!response) {
        outgoing.writeHead(404, { 'content-type': 'application/json' })
        outgoing.end(
          JSON.stringify({ error: { code: 'not_found', message: `no route for ${url.pathname}` } }),
        )
        return
      }
      const headers: Record<string, string> = {}
      response.headers.forEach((value, key) => (headers[key] = value))
      outgoing.writeHead(response.status, headers)
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    })().catch((error: unknown) => {
      outgoing.writeHead(500, { 'content-type': 'application/json' })
      outgoing.end(JSON.stringify({ error: { code: 'internal', message: String(error) } }))
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}/api`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await vite.close()
    },
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portIndex = process.argv.indexOf('--port')
  const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 8787
  const api = await startMockApi(port)
  console.log(`mock API listening at ${api.url}`)
}
