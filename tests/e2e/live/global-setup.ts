import { existsSync } from 'node:fs'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { startMockApi } from '../../contract/mock-api-server'

const API_PORT = 8790
const WEB_PORT = 4189

/**
 * Serves dist-live the way production would: static files from one origin, the API proxied at /api
 * to a real HTTP server (the mock API), so the live build's CSP and network path are exercised.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist-live/index.html')) {
    throw new Error('dist-live/index.html not found: run `npm run build:live` first')
  }
  const api = await startMockApi(API_PORT)
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    build: { outDir: 'dist-live' },
    preview: {
      port: WEB_PORT,
      strictPort: true,
      host: '127.0.0.1',
      proxy: { '/api': `http://127.0.0.1:${API_PORT}` },
    },
    logLevel: 'warn',
  })
  project.provide('baseUrl', `http://127.0.0.1:${WEB_PORT}`)
  return async () => {
    await server.close()
    await api.close()
  }
}
