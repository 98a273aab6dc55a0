/**
 * Build steps for the demo's mock API (vite.config.ts). The live build does not import the mock API,
 * so there they do nothing.
 */
import type { Plugin } from 'vite'

/** Chunks whose entry module is the demo's mock API (src/app/enable-mocking.ts imports both). */
const MOCK_ENTRY = /(^|[\\/])mocks[\\/]browser\.ts$|virtual:msw$/

type OutputChunk = {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
}

/**
 * The demo's index.html asks for the mock API's code beside the app's first chunks
 * (`<link rel="modulepreload" fetchpriority="low">`), instead of once the app's code has run and
 * asked for it: the mock API is on every first request's path, so it should not start a round trip
 * late. Low priority, so the app's own chunks come first on a slow line (README, decision "The
 * demo's first load").
 */
export function preloadMockApi(): Plugin {
  let base = '/'
  return {
    name: 'kinerja-preload-mock-api',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output): output is OutputChunk & typeof output => output.type === 'chunk',
        )
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const closure = (roots: ReadonlyArray<OutputChunk>) => {
          const seen = new Set<string>()
          const stack = roots.map((chunk) => chunk.fileName)
          while (stack.length > 0) {
            const file = stack.pop() as string
            if (seen.has(file)) continue
            seen.add(file)
            stack.push(...(byFile.get(file)?.imports ?? []))
          }
          return seen
        }
        const mockRoots = chunks.filter(
          (c) => c.facadeModuleId && MOCK_ENTRY.test(c.facadeModuleId),
        )
        if (mockRoots.length === 0) return []
        // What the entry loads anyway is preloaded by Vite already.
        const first = closure(chunks.filter((c) => c.isEntry))
        return [...closure(mockRoots)]
          .filter((file) => !first.has(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: `${base}${file}`,
              fetchpriority: 'low',
            },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}
