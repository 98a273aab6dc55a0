import { existsSync } from 'node:fs'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4179)

/** Serves dist/ (the demo build, mocks included) for the browser tests. */
export default async function setup(project: TestProject) {
  const outDir = process.env.E2E_DIST ?? 'dist'
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(
      `${outDir}/index.html not found: run \`npm run build\` before the browser tests`,
    )
  }
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    build: { outDir },
    preview: { port: E2E_PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  project.provide('baseUrl', `http://127.0.0.1:${E2E_PORT}`)
  return async () => {
    await server.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
