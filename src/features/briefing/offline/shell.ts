/**
 * The app shell kept for the briefing by the service worker (public path `/sw.js`, built by
 * vite-plugins/service-worker.ts): after the briefing is pinned, the worker caches the page and
 * the scripts the briefing route needs, so a reload without a network still opens the deck. In
 * the demo the same worker also carries MSW's (MSW registers it, see src/app/enable-mocking.ts);
 * in the live build the briefing registers it here, after the deck shows — never on the
 * scorecard's first load.
 */
const SERVICE_WORKER_URL = '/sw.js'
const PIN_SHELL_MESSAGE = 'kinerja:pin-shell'

export type ShellState = 'pending' | 'ready' | 'unsupported' | 'failed'

function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  const active = registration.active
  if (active) return Promise.resolve(active)
  const worker = registration.installing ?? registration.waiting
  if (!worker) return Promise.reject(new Error('no service worker to wait for'))
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(worker)
      else if (worker.state === 'redundant') reject(new Error('service worker became redundant'))
    })
  })
}

/** Asks the worker to cache the shell; resolves once it has (or could not). */
function pin(worker: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(() => resolve(false), 60_000)
    channel.port1.onmessage = (event: MessageEvent<{ ok?: boolean }>) => {
      clearTimeout(timer)
      resolve(event.data.ok === true)
    }
    worker.postMessage({ type: PIN_SHELL_MESSAGE }, [channel.port2])
  })
}

/** Registers the worker (if it is not already) and has it keep the shell. */
export async function pinShell(): Promise<ShellState> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return 'unsupported'
  try {
    const registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL)
    const worker = await activeWorker(registration)
    return (await pin(worker)) ? 'ready' : 'failed'
  } catch (error) {
    console.warn('[kinerja] the briefing shell could not be kept for offline use', error)
    return 'failed'
  }
}
