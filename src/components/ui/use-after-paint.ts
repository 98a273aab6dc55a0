import { useEffect, useState } from 'react'

/**
 * False until the frame after `ready` first turns true: secondary charts then mount in their own
 * task, so the main chart paints first and no single task grows long (mobile TBT).
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!ready || painted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      if (timer) clearTimeout(timer)
    }
  }, [ready, painted])
  return painted
}
