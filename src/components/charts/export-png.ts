import { EXPORT_COLORS, FONT_FAMILY, TEXT_SIZES } from '@/components/tokens/tokens'
import { lightTwin } from './chart-tokens'
import { drawSvg } from './svg-image'

export type LegendEntry = { label: string; color: string }

export type PngMeta = {
  title: string
  subtitle: string
  /** Drawn as colour swatches with labels above the chart (the on-screen legend is HTML). */
  legend: ReadonlyArray<LegendEntry>
  /** Footer lines: source, "data per", synthetic note. Drawn as text, never parsed as markup. */
  footer: ReadonlyArray<string>
}

const SCALE = 2
const PAD = 24
/** The page's type scale in px: the title as a page's heading, the rest as a chart's notes. */
const TITLE_SIZE = TEXT_SIZES['2xl'] * 16
const TEXT_SIZE = TEXT_SIZES.sm * 16
const LINE = 1.4
const FONT = FONT_FAMILY
const { background: BACKGROUND, ink: INK, muted: MUTED } = EXPORT_COLORS.png

/** Breaks text into lines no wider than `maxWidth` at the current font. */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (line && context.measureText(candidate).width > maxWidth) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Renders a chart's SVG to a PNG with its title, unit, period, source and "data per" time baked in,
 * so a pasted image still says what it shows.
 */
export async function chartToPng(svg: SVGSVGElement, meta: PngMeta): Promise<Blob> {
  const box = svg.getBoundingClientRect()
  const width = Math.max(Math.round(box.width), 480)
  const height = Math.max(Math.round(box.height), 200)
  return drawSvg(svg, { width, height }, (image) => {
    const legendHeight = meta.legend.length > 0 ? TEXT_SIZE * LINE + PAD / 2 : 0
    const headerHeight = PAD + TITLE_SIZE * LINE + TEXT_SIZE * LINE + PAD / 2 + legendHeight
    const canvas = document.createElement('canvas')
    const context = canvas.getContext('2d')
    if (!context) throw new Error('canvas is not available')
    context.font = `400 ${TEXT_SIZE}px ${FONT}`
    const footer = meta.footer.flatMap((text) => wrap(context, text, width))
    const footerHeight = PAD / 2 + footer.length * TEXT_SIZE * LINE + PAD
    canvas.width = (width + PAD * 2) * SCALE
    canvas.height = (headerHeight + height + footerHeight) * SCALE
    context.scale(SCALE, SCALE)
    context.fillStyle = BACKGROUND
    context.fillRect(0, 0, width + PAD * 2, headerHeight + height + footerHeight)
    context.fillStyle = INK
    context.textBaseline = 'top'
    context.font = `700 ${TITLE_SIZE}px ${FONT}`
    context.fillText(meta.title, PAD, PAD, width)
    context.font = `400 ${TEXT_SIZE}px ${FONT}`
    context.fillStyle = MUTED
    context.fillText(meta.subtitle, PAD, PAD + TITLE_SIZE * LINE, width)
    let x = PAD
    const legendY = PAD + TITLE_SIZE * LINE + TEXT_SIZE * LINE + PAD / 2
    for (const entry of meta.legend) {
      context.fillStyle = lightTwin(entry.color)
      context.fillRect(x, legendY + TEXT_SIZE * 0.35, 18, 4)
      context.fillStyle = INK
      context.fillText(entry.label, x + 24, legendY)
      x += 24 + context.measureText(entry.label).width + 20
    }
    context.fillStyle = MUTED
    context.drawImage(image, PAD, headerHeight, width, height)
    footer.forEach((line, index) => {
      context.fillText(line, PAD, headerHeight + height + PAD / 2 + index * TEXT_SIZE * LINE, width)
    })
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    )
  })
}
