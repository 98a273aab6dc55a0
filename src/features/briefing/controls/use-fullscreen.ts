import { useCallback, useEffect, useState } from 'react'

/** Whether the page is in full screen, kept in step with the browser (F11, Esc, the API). */
export function useFullscreen() {
  const [on, setOn] = useState(
    () => typeof document !== 'undefined' && !!document.fullscreenElement,
  )
  useEffect(() => {
    const update = () => setOn(!!document.fullscreenElement)
    document.addEventListener('fullscreenchange', update)
    return () => document.removeEventListener('fullscreenchange', update)
  }, [])
  const enter = useCallback(() => {
    if (document.fullscreenElement) return
    // Guarded: jsdom and some embedded browsers have no Fullscreen API.
    void document.documentElement.requestFullscreen?.().catch(() => undefined)
  }, [])
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined)
  }, [])
  const toggle = useCallback(() => {
    if (document.fullscreenElement) exit()
    else enter()
  }, [enter, exit])
  return { on, enter, exit, toggle }
}
