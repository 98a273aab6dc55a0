import { useEffect, useState } from 'react'

/** How long the pointer rests before the controls and the cursor hide in full screen. */
const IDLE_MS = 2500

/**
 * True while `active` and the pointer has not moved for a moment: full screen hides the control
 * bar and the cursor until the mouse moves (as PowerPoint's and Grafana's kiosk do).
 */
export function useIdle(active: boolean): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!active) return
    let timer = setTimeout(() => setIdle(true), IDLE_MS)
    const wake = () => {
      setIdle(false)
      clearTimeout(timer)
      timer = setTimeout(() => setIdle(true), IDLE_MS)
    }
    window.addEventListener('pointermove', wake)
    window.addEventListener('pointerdown', wake)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('pointermove', wake)
      window.removeEventListener('pointerdown', wake)
      setIdle(false)
    }
  }, [active])
  return active && idle
}
