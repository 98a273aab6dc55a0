/**
 * Vite plugin: writes `/sw.js` (./service-worker-source.ts) into the build with the list of files
 * the briefing needs offline, and serves it in development. Runs in Node, at build time only.
 */
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { serviceWorkerSource } from './service-worker-source.ts'

/** Modules whose chunks (and everything they import) an offline briefing loads. */
const SHELL_MODULES = [
  /src\/features\/briefing\/briefing-page\.tsx$/,
  /src\/features\/briefing\/presenter\/presenter-page\.tsx$/,
  /src\/components\/charts\/recharts-trend\.tsx$/,
  // The demo's mock API: the demo answers its API from the page, with or without a network.
  /mocks\/browser\.ts$/,
  /virtual:msw$/,
]

const PUBLIC_SHELL = ['/index.html', '/favicon.svg']

type OutputChunk = {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  moduleIds: string[]
  imports: string[]
  viteMetadata?: { importedCss: Set<string> }
}
type OutputAsset = { type: 'asset'; fileName: string }

/** The files of the shell: the entry and the briefing's modules, with their static imports and CSS. */
export function shellFiles(bundle: Record<string, OutputChunk | OutputAsset>): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const roots = chunks.filter(
    (c) =>
      c.isEntry ||
      c.moduleIds.some((id) =>
        SHELL_MODULES.some((pattern) => pattern.test(id.replace(/\\/g, '/'))),
      ),
  )
  const files = new Set<string>()
  const stack = [...roots]
  while (stack.length > 0) {
    const chunk = stack.pop() as OutputChunk
    if (files.has(chunk.fileName)) continue
    files.add(chunk.fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
    for (const name of chunk.imports) {
      const next = byName.get(name)
      if (next) stack.push(next)
    }
  }
  // The demo's mock data (vite-plugins/demo-data.ts): its API answers from the page with it.
  for (const output of Object.values(bundle)) {
    if (output.type === 'asset' && /^assets\/mock-data-[\w-]+\.json$/.test(output.fileName)) {
      files.add(output.fileName)
    }
  }
  return [...files].sort().map((file) => `/${file}`)
}

export function serviceWorker({ mock }: { mock: boolean }): Plugin {
  return {
    name: 'kinerja-service-worker',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== '/sw.js') return next()
        response.writeHead(200, {
          'content-type': 'application/javascript; charset=utf-8',
          'cache-control': 'no-cache',
        })
        // Development keeps nothing: Vite serves modules, not a shell to keep.
        response.end(serviceWorkerSource({ version: 'dev', shell: [], mock }))
      })
    },
    generateBundle(_, bundle) {
      if (this.environment.config.consumer !== 'client') return
      const shell = [...PUBLIC_SHELL, ...shellFiles(bundle)]
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12)
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource({ version, shell, mock }),
      })
    },
  }
}
