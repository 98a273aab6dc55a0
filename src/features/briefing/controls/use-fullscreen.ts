import { useCallback, useEffect, useState } from 'react'

/**
 * Whether the window covers the whole screen: the browser's own full screen (F11), a kiosk, a
 * projector's browser started full screen. The page is then shown like the Fullscreen API's full
 * screen (the canvas fills the window, the control bar floats and hides), so on a 1080-px
 * projector a 32-px canvas text is 32 px on the wall, not 32 × 1029 / 1080 (docs/decisions/0082-a-screen-sized-window-is-full-screen.md).
 * A pixel of slack for rounding of fractional device pixel ratios.
 */
export function coversScreen(
  window: { innerWidth: number; innerHeight: number },
  screen: { width: number; height: number },
): boolean {
  return (
    screen.width > 0 &&
    screen.height > 0 &&
    window.innerWidth >= screen.width - 1 &&
    window.innerHeight >= screen.height - 1
  )
}

function coversNow(): boolean {
  return typeof window !== 'undefined' && coversScreen(window, window.screen)
}

/**
 * Whether the page is in full screen, kept in step with the browser (the API, Esc); `covers` also
 * holds when the window covers the screen without the API (F11, a kiosk).
 */
export function useFullscreen() {
  const [on, setOn] = useState(
    () => typeof document !== 'undefined' && !!document.fullscreenElement,
  )
  const [covers, setCovers] = useState(coversNow)
  useEffect(() => {
    const update = () => setOn(!!document.fullscreenElement)
    const resize = () => setCovers(coversNow())
    document.addEventListener('fullscreenchange', update)
    window.addEventListener('resize', resize)
    return () => {
      document.removeEventListener('fullscreenchange', update)
      window.removeEventListener('resize', resize)
    }
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
  return { on, covers: on || covers, enter, exit, toggle }
}
