import { useLayoutEffect, useMemo, useRef } from 'react'

/**
 * Moving through the slides by steps: the slide asked for last counts until the link has caught
 * up with it, so a clicker's quick presses each move one slide (not two presses to one).
 * `go` is a local move and returns the slide moved to (to tell the other window); `follow`
 * applies a move the other window made.
 */
export function useSlideSteps(current: number, total: number, show: (slide: number) => void) {
  const pending = useRef<number | null>(null)
  useLayoutEffect(() => {
    if (pending.current === current) pending.current = null
  }, [current])
  return useMemo(() => {
    const clamp = (slide: number) => Math.min(Math.max(slide, 1), Math.max(total, 1))
    return {
      /** The slide shown, or the one asked for and not yet shown. */
      at: () => pending.current ?? current,
      go: (slide: number): number => {
        const target = clamp(slide)
        pending.current = target
        show(target)
        return target
      },
      follow: (slide: number) => {
        pending.current = null
        show(clamp(slide))
      },
    }
  }, [current, total, show])
}
