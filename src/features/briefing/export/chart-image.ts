import { drawSvg } from '@/components/charts/svg-image'

/**
 * A slide chart's SVG as a PNG data URL at `scale` × its design size, on the given background.
 * Works on slides not shown (their SVG has its size in its attributes).
 */
export async function svgToPng(
  svg: SVGSVGElement,
  { scale = 2, background }: { scale?: number; background: string },
): Promise<{ data: string; width: number; height: number }> {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width || 1140
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height || 580
  return drawSvg(svg, { width, height }, (image) => {
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('canvas is not available')
    context.fillStyle = background
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return { data: canvas.toDataURL('image/png'), width, height }
  })
}
