import { Script } from 'node:vm'
import { expect, test } from 'vitest'
import { shellFiles } from './service-worker'
import { routeOf, serviceWorkerSource } from './service-worker-source'

const ORIGIN = 'https://kinerja.example.go.id'
const request = (path: string, mode = 'cors', method = 'GET') => ({
  url: new URL(path, ORIGIN).toString(),
  mode,
  method,
})

test('pages and hashed files are the worker’s; the API and other origins pass untouched', () => {
  expect(routeOf(request('/briefing?region=3271', 'navigate'), ORIGIN)).toBe('page')
  expect(routeOf(request('/assets/index-abc123.js'), ORIGIN)).toBe('asset')
  expect(routeOf(request('/favicon.svg', 'no-cors'), ORIGIN)).toBe('asset')
  expect(routeOf(request('/api/series?regions=3271'), ORIGIN)).toBe('pass')
  expect(routeOf(request('/mockServiceWorker.js'), ORIGIN)).toBe('pass')
  expect(routeOf(request('/assets/x.js', 'cors', 'POST'), ORIGIN)).toBe('pass')
  expect(
    routeOf({ ...request('/assets/x.js'), url: 'https://cdn.example.com/assets/x.js' }, ORIGIN),
  ).toBe('pass')
})

test('the live worker is valid script without MSW; the demo’s imports MSW’s after its own listeners', () => {
  const live = serviceWorkerSource({ version: 'v1', shell: ['/index.html'], mock: false })
  expect(() => new Script(live)).not.toThrow()
  expect(live).not.toContain('mockServiceWorker')
  const demo = serviceWorkerSource({ version: 'v1', shell: ['/index.html'], mock: true })
  expect(() => new Script(demo)).not.toThrow()
  expect(demo.indexOf("addEventListener('fetch'")).toBeLessThan(
    demo.indexOf("importScripts('/mockServiceWorker.js')"),
  )
})

test('the shell is the entry and the briefing’s chunks with their static imports and styles', () => {
  const chunk = (
    fileName: string,
    moduleIds: string[],
    imports: string[] = [],
    css: string[] = [],
  ) => ({
    type: 'chunk' as const,
    fileName,
    isEntry: fileName.startsWith('assets/index'),
    facadeModuleId: moduleIds[0] ?? null,
    moduleIds,
    imports,
    viteMetadata: { importedCss: new Set(css) },
  })
  const files = shellFiles({
    a: chunk(
      'assets/index-1.js',
      ['/app/src/main.tsx'],
      ['assets/vendor-1.js'],
      ['assets/index-1.css'],
    ),
    b: chunk('assets/vendor-1.js', ['/app/node_modules/react/index.js']),
    c: chunk(
      'assets/briefing-page-1.js',
      ['/app/src/features/briefing/briefing-page.tsx'],
      ['assets/pages-1.js'],
    ),
    d: chunk('assets/pages-1.js', ['/app/src/analysis/series-view.ts']),
    e: chunk('assets/compare-page-1.js', ['/app/src/features/compare/compare-page.tsx']),
    f: chunk('assets/pptx-1.js', ['/app/node_modules/pptxgenjs/dist/pptxgen.es.js']),
  })
  expect(files).toEqual([
    '/assets/briefing-page-1.js',
    '/assets/index-1.css',
    '/assets/index-1.js',
    '/assets/pages-1.js',
    '/assets/vendor-1.js',
  ])
})
