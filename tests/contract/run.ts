/**
 * `npm run test:contract -- --base-url <url>`: checks any backend against the HTTP contract.
 * Without --base-url it starts the mock API (the demo's MSW handlers over HTTP) and checks that.
 */
import { createServer } from 'vite'
import type { CheckResult } from './checks.ts'
import { startMockApi } from './mock-api-server.ts'

const index = process.argv.indexOf('--base-url')
let baseUrl = index > 0 ? process.argv[index + 1] : undefined
let stop: (() => Promise<void>) | undefined
if (!baseUrl) {
  const api = await startMockApi(8788)
  baseUrl = api.url
  stop = api.close
}

const vite = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
})
const { runContract } = (await vite.ssrLoadModule('/tests/contract/checks.ts')) as {
  runContract: (url: string) => Promise<CheckResult[]>
}
console.log(`contract suite against ${baseUrl}`)
const results = await runContract(baseUrl.replace(/\/$/, ''))
for (const result of results) {
  console.log(`  ${result.ok ? '✓' : '✗'} ${result.name} — ${result.detail}`)
}
const failed = results.filter((r) => !r.ok).length
console.log(`${results.length - failed} passed, ${failed} failed`)
await vite.close()
await stop?.()
process.exit(failed > 0 ? 1 : 0)
