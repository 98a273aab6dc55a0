/**
 * The only edge from src/ to mocks/. The literal env check lets Vite drop this whole branch, and with
 * it MSW and its worker file, from a live build (`VITE_API_MODE=http`).
 */
export async function enableMocking(): Promise<void> {
  if (import.meta.env.VITE_API_MODE === 'http') return
  const [{ network }, { browserHandlers }, { createDefaultNetworkOptions }] = await Promise.all([
    import('virtual:msw'),
    import('../../mocks/browser'),
    import('msw/browser'),
  ])
  const scenario = new URLSearchParams(window.location.search).get('scenario')
  network.configure({
    // The app's one service worker, which imports MSW's (MSW's "merging service workers" recipe):
    // it also keeps the briefing's shell for an offline reload (src/features/briefing/offline/).
    ...createDefaultNetworkOptions('/sw.js'),
    handlers: browserHandlers(scenario),
    onUnhandledFrame: 'bypass',
    // No console line per request: logging clones every request and response (a ten-year national
    // series is a large body to copy on each filter change). DevTools' network panel still lists
    // each mocked request.
    context: { quiet: true },
  })
  await network.enable()
}
