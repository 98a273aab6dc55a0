/**
 * The deck as a PowerPoint file (pptxgenjs, loaded only when asked): one editable slide per shown
 * slide, read from the slides themselves so the file says exactly what the projector says — the
 * title, the headline, the big number with its period, status, target and change, lists, the
 * source, the city with "data per" and the freeze time, "n / N" — and each chart as an image.
 */
import PptxGenJS from 'pptxgenjs'
import { lightTwin } from '@/components/charts/chart-tokens'
import { EXPORT_COLORS } from '@/components/tokens/tokens'
import { downloadBlob } from '@/components/ui/download'
import { svgToPng } from './chart-image'

/** Canvas pixels per inch: the 1920-px canvas on PowerPoint's 13.333-inch wide slide. */
const PX_PER_INCH = 144
/** Canvas pixels to points (a 32-px canvas text is 16 pt on the wide slide). */
const pt = (px: number) => Math.round((px / PX_PER_INCH) * 72)
const inch = (px: number) => px / PX_PER_INCH

/** PowerPoint's colours: the light slide's (a deck exports light, as it prints), without the '#'. */
const pptxColor = (color: string) => color.replace('#', '').toUpperCase()
const INK = pptxColor(EXPORT_COLORS.slide.ink)
const MUTED = pptxColor(EXPORT_COLORS.slide.muted)
const BACKGROUND = pptxColor(EXPORT_COLORS.slide.background)

function text(root: ParentNode, selector: string): string {
  return (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** The text of each paragraph or list item under `root`, in order. */
function lines(root: Element | null): string[] {
  if (!root) return []
  return [...root.querySelectorAll('p, li, h3')]
    .filter((element) => !element.querySelector('p, li'))
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
}

/** The chart's legend (Recharts draws it in HTML): each entry with its colour. */
function legend(canvas: Element): Array<{ text: string; color: string }> {
  return [...canvas.querySelectorAll('.recharts-legend-item')].map((item) => {
    const mark = item.querySelector('path, line, rect')
    const color = mark ? getComputedStyle(mark).stroke : ''
    const fill = mark ? getComputedStyle(mark).fill : ''
    return {
      text: (item.textContent ?? '').trim(),
      color: toHex(lightTwin(color && color !== 'none' ? color : fill)),
    }
  })
}

function toHex(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return pptxColor(color)
  const match = /rgba?\((\d+)[ ,]+(\d+)[ ,]+(\d+)/.exec(color)
  if (!match) return INK
  return match
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}

function safeFileName(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'briefing'
  )
}

export async function exportDeck({
  title,
  fileName,
  locale,
  root = document,
}: {
  title: string
  fileName: string
  locale: 'id' | 'en'
  root?: ParentNode
}): Promise<void> {
  const canvases = [...root.querySelectorAll('.briefing__stage .slide-canvas')]
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = title
  pptx.company = 'Kinerja'
  pptx.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' }
  const lang = locale === 'id' ? 'id-ID' : 'en-GB'

  for (const canvas of canvases) {
    const slide = pptx.addSlide()
    slide.background = { color: BACKGROUND }
    const kind = canvas.querySelector('.slide')?.className.match(/slide--(\w+)/)?.[1] ?? ''
    const isTitle = kind === 'title'
    slide.addText(text(canvas, '.slide__title'), {
      x: inch(64),
      y: inch(32),
      w: inch(1792),
      h: inch(isTitle ? 200 : 84),
      fontSize: pt(isTitle ? 80 : 56),
      bold: true,
      color: INK,
      lang,
      valign: 'top',
    })
    const headline = text(canvas, '.slide__headline')
    if (headline) {
      slide.addText(headline, {
        x: inch(64),
        y: inch(124),
        w: inch(1792),
        h: inch(120),
        fontSize: pt(40),
        bold: true,
        color: INK,
        lang,
        valign: 'top',
      })
    }
    const top = isTitle ? 260 : 260
    const figure = canvas.querySelector('.slide__figure')
    const svg = canvas.querySelector<SVGSVGElement>('.slide__chart svg')
    const list = canvas.querySelector('.slide__list-area, .board, .title-slide')
    const rightX = figure ? 700 : 64
    const rightW = figure ? 1156 : 1792
    if (figure) {
      const value = text(figure, '.slide__value')
      const rest = lines(figure).filter((line) => line !== value)
      slide.addText(
        [
          ...(value
            ? [{ text: value, options: { fontSize: pt(120), bold: true, breakLine: true } }]
            : []),
          ...rest.map((line) => ({
            text: line,
            options: { fontSize: pt(32), breakLine: true, paraSpaceAfter: 4 },
          })),
        ],
        { x: inch(64), y: inch(top), w: inch(600), h: inch(640), color: INK, lang, valign: 'top' },
      )
    }
    if (svg) {
      const keys = legend(canvas)
      let chartTop = top
      if (keys.length > 0) {
        slide.addText(
          keys.map((key) => ({
            text: `▬ ${key.text}   `,
            options: { color: key.color, fontSize: pt(28) },
          })),
          { x: inch(rightX), y: inch(top), w: inch(rightW), h: inch(48), lang },
        )
        chartTop += 56
      }
      const image = await svgToPng(svg, { background: EXPORT_COLORS.slide.background })
      const w = Math.min(rightW, image.width)
      const h = (image.height * w) / image.width
      slide.addImage({
        data: image.data,
        x: inch(rightX),
        y: inch(chartTop),
        w: inch(w),
        h: inch(Math.min(h, 640 - (chartTop - top))),
      })
    } else if (list) {
      slide.addText(
        lines(list).map((line) => ({
          text: line,
          options: { fontSize: pt(30), breakLine: true, paraSpaceAfter: 6 },
        })),
        {
          x: inch(rightX),
          y: inch(isTitle ? 230 : top),
          w: inch(rightW),
          h: inch(isTitle ? 660 : 660),
          color: INK,
          lang,
          valign: 'top',
          fit: 'shrink',
        },
      )
    }
    const footer = [text(canvas, '.slide__source'), text(canvas, '.slide__context')].filter(Boolean)
    slide.addText(
      footer.map((line) => ({ text: line, options: { breakLine: true } })),
      {
        x: inch(64),
        y: inch(940),
        w: inch(1600),
        h: inch(110),
        fontSize: pt(26),
        color: MUTED,
        lang,
        valign: 'bottom',
      },
    )
    slide.addText(text(canvas, '.slide__count'), {
      x: inch(1664),
      y: inch(990),
      w: inch(192),
      h: inch(60),
      fontSize: pt(32),
      bold: true,
      align: 'right',
      color: INK,
      lang,
    })
  }
  // Saved by the app, not by the library's writeFile (whose hidden link breaks the page's CSP).
  const file = await pptx.write({ outputType: 'blob' })
  downloadBlob(file as Blob, `${safeFileName(fileName)}.pptx`)
}
