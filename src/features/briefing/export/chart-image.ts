import { lightTwin } from '@/components/charts/chart-tokens'

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
const COLORED: ReadonlySet<string> = new Set(['fill', 'stroke'])

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'))
    image.src = url
  })
}

/**
 * A standalone copy of a chart's SVG, with each element's computed look written as presentation
 * attributes (the image is drawn without the page's stylesheet), never as inline styles (the
 * page's CSP forbids them).
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
      // A dark slide's chart is written in the light theme's colours: the file is light.
      if (value) target.setAttribute(property, COLORED.has(property) ? lightTwin(value) : value)
    }
  })
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  return new XMLSerializer().serializeToString(copy)
}

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
  const markup = standalone(svg, width, height)
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = await loadImage(url)
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('canvas is not available')
    context.fillStyle = background
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return { data: canvas.toDataURL('image/png'), width, height }
  } finally {
    URL.revokeObjectURL(url)
  }
}
