import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { fitCanvas, type Box, type Fit } from './fit'
import './canvas.css'

/** The element's content size, measured before paint and followed as it changes. */
function useBoxSize(ref: React.RefObject<HTMLElement | null>): Box | null {
  const [box, setBox] = useState<Box | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const update = (width: number, height: number) =>
      setBox((now) =>
        now && Math.abs(now.width - width) < 0.5 && Math.abs(now.height - height) < 0.5
          ? now
          : { width, height },
      )
    update(element.clientWidth, element.clientHeight)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect
      if (rect) update(rect.width, rect.height)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return box
}

function fitStyle(fit: Fit): CSSProperties {
  return {
    '--canvas-scale': String(fit.scale),
    '--canvas-left': `${fit.left}px`,
    '--canvas-top': `${fit.top}px`,
  } as CSSProperties
}

/**
 * The area slides are shown in: every 1920 × 1080 slide canvas inside it is scaled to fit and
 * centred (letterboxed), recomputed whenever the area changes size (window, full screen, control
 * bar, a presenter view's panes). The canvases themselves never change size, so charts always get
 * their design size and nothing is measured on a hidden slide.
 */
export function SlideStage({
  className = '',
  children,
}: {
  className?: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const box = useBoxSize(ref)
  const fit = box ? fitCanvas(box) : null
  return (
    <div
      ref={ref}
      className={`slide-stage ${className}`}
      style={fit ? fitStyle(fit) : undefined}
      data-scale={fit?.scale}
    >
      {fit && fit.scale > 0 && children}
    </div>
  )
}
