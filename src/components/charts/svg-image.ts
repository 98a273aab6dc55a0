/**
 * The one path from a chart's SVG to pixels, for the chart PNG export (./export-png.ts) and the
 * briefing's slide images (PPTX): a standalone copy of the SVG in the light theme's colours,
 * loaded as an image and handed to a drawing function while it is valid.
 */
import { lightTwin } from './chart-tokens'

/** The properties an SVG's look depends on when it is drawn apart from the page's CSS. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const
/** The attributes that hold a colour. */
const COLORED = ['fill', 'stroke', 'color', 'stop-color'] as const

/**
 * A standalone copy of a chart's SVG, with each element's computed look written as presentation
 * attributes (the image is drawn without the page's stylesheet), never as inline styles (the
 * page's CSP forbids them), in the light theme's colours whatever the screen's: an exported image
 * is light, like print.
 */
function standalone(svg: SVGSVGElement, width: number, height: number): string {
  // Style attributes are dropped as text: a parsed document applies the page's CSP too.
  const markup = new XMLSerializer().serializeToString(svg).replace(/\sstyle="[^"]*"/g, '')
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml')
  const copy = parsed.documentElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [copy, ...copy.querySelectorAll('*')]
  originals.forEach((original, index) => {
    const target = copies[index]
    if (!target) return
    target.removeAttribute('class')
    const style = getComputedStyle(original)
    for (const property of INLINED) {
      const value = style.getPropertyValue(property)
      if (value) target.setAttribute(property, value)
    }
    for (const attribute of COLORED) {
      const value = target.getAttribute(attribute)
      if (value) target.setAttribute(attribute, lightTwin(value))
    }
  })
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  return new XMLSerializer().serializeToString(copy)
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'))
    image.src = url
  })
}

/** Draws `svg` at `width` × `height` through `draw`, which gets it as a loaded image. */
export async function drawSvg<T>(
  svg: SVGSVGElement,
  { width, height }: { width: number; height: number },
  draw: (image: HTMLImageElement) => T | Promise<T>,
): Promise<T> {
  const markup = standalone(svg, width, height)
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    return await draw(await loadImage(url))
  } finally {
    URL.revokeObjectURL(url)
  }
}
