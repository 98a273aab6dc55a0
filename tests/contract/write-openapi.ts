/** `npm run contract:openapi`: regenerates docs/openapi.json from the zod schemas. */
import { writeFileSync } from 'node:fs'
import { createServer } from 'vite'

const vite = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
})
const { buildOpenApi } = (await vite.ssrLoadModule('/tests/contract/openapi.ts')) as {
  buildOpenApi: () => unknown
}
writeFileSync('docs/openapi.json', `${JSON.stringify(buildOpenApi(), null, 2)}\n`)
console.log('wrote docs/openapi.json')
await vite.close()
