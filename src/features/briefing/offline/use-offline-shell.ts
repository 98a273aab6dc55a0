import { useEffect, useState } from 'react'
import { pinShell, type ShellState } from './shell'

/** Once the deck shows, keeps the app shell for an offline reload (when the page is idle). */
export function useOfflineShell(ready: boolean): ShellState {
  const [state, setState] = useState<ShellState>('pending')
  useEffect(() => {
    if (!ready) return
    let cancelled = false
    const start = () => {
      void pinShell().then((result) => {
        if (!cancelled) setState(result)
      })
    }
    // After the deck has painted: the worker's downloads never compete with the first slide.
    const idle = typeof requestIdleCallback === 'function'
    const handle = idle
      ? requestIdleCallback(start, { timeout: 2000 })
      : window.setTimeout(start, 500)
    return () => {
      cancelled = true
      if (idle) cancelIdleCallback(handle)
      else window.clearTimeout(handle)
    }
  }, [ready])
  return state
}
