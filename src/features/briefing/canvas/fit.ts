/**
 * Every slide is laid out on one 16:9 canvas of 1920 × 1080 canvas pixels and scaled to the
 * screen, letterboxed: text sizes, chart sizes and the legibility rules are all in canvas pixels,
 * the same at any window size (docs/decisions/0039-one-canvas-for-every-screen.md).
 */
export const CANVAS = { width: 1920, height: 1080 } as const

export type Box = { width: number; height: number }

export type Fit = {
  /** Screen pixels per canvas pixel. */
  scale: number
  /** Where the scaled canvas starts inside the box (the letterbox's left and top bands). */
  left: number
  top: number
  /** The scaled canvas' size on screen. */
  width: number
  height: number
}

/**
 * The largest scale at which the whole canvas fits the box, centred: it fills the box's width or
 * its height (landscape, portrait, anything in between). A box with no room yields scale 0.
 */
export function fitCanvas(box: Box, canvas: Box = CANVAS): Fit {
  const width = Math.max(0, box.width)
  const height = Math.max(0, box.height)
  const scale = Math.min(width / canvas.width, height / canvas.height)
  if (!Number.isFinite(scale) || scale <= 0)
    return { scale: 0, left: 0, top: 0, width: 0, height: 0 }
  const scaledWidth = canvas.width * scale
  const scaledHeight = canvas.height * scale
  return {
    scale,
    left: (width - scaledWidth) / 2,
    top: (height - scaledHeight) / 2,
    width: scaledWidth,
    height: scaledHeight,
  }
}
