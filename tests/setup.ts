import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { server } from '../mocks/node'

// A shared machine (2 cores, several test runs at once) may take seconds to render a whole page
// (lazy pages and the mock data are warmed before a file's tests: tests/render-app.tsx). findBy*
// waits up to 10 s; a passing test never waits for the limit, only a failing one does
// (docs/decisions/0067-a-test-middle.md).
configure({ asyncUtilTimeout: 10_000 })

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  window.localStorage.clear()
})
afterAll(() => server.close())

// A console error is a bug until proven otherwise.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  })
})

// jsdom has no layout: Recharts' ResponsiveContainer needs a size and a ResizeObserver.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = NoopResizeObserver
const originalRect = Object.getOwnPropertyDescriptor(Element.prototype, 'getBoundingClientRect')
  ?.value as (this: Element) => DOMRect
Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
  if (
    this.classList.contains('recharts-responsive-container') ||
    this.classList.contains('recharts-wrapper')
  ) {
    return DOMRect.fromRect({ x: 0, y: 0, width: 800, height: 400 })
  }
  return originalRect.call(this)
}
