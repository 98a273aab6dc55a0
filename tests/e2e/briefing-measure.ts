import type { Page } from 'playwright-core'

/**
 * Measures the slide on screen against the projector rules, relative to its 1920 × 1080 canvas
 * (docs/decisions/0039-one-canvas-for-every-screen.md): every text of at least 32 canvas px (titles
 * 56, big numbers 96), text contrast ≥ 7:1 and chart marks ≥ 4.5:1 against the slide's background,
 * lines at least 4 canvas px wide; no text box outside the window or the canvas, none overlapping
 * another; the canvas filling the stage's width or height, centred, clear of the control bar.
 */
export type SlideMeasure = {
  texts: number
  /** Texts measured in the slide's footer (source, city, "data per", freeze time, "n / N"). */
  footerTexts: number
  /** The smallest text on the screen, in screen px (the canvas px times the canvas' scale). */
  smallestOnScreen: number
  marks: number
  problems: string[]
  scale: number
}

export function measureSlide(page: Page): Promise<SlideMeasure> {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number]
    const problems: string[] = []
    const parse = (color: string): RGBA => {
      const m = color.match(/rgba?\(([^)]+)\)/)
      if (!m?.[1]) return [0, 0, 0, 1]
      const [r = 0, g = 0, b = 0, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number)
      return [r, g, b, a]
    }
    const luminance = ([r, g, b]: RGBA) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0)
    }
    const ratio = (a: RGBA, b: RGBA) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05)
    }
    const background = (element: Element | null): RGBA => {
      // SVG text sits on an SVG shape (a grade box): use the shape under it when there is one.
      if (element instanceof SVGTextElement) {
        const box = element.getBoundingClientRect()
        for (const shape of element.ownerSVGElement?.querySelectorAll('rect') ?? []) {
          const r = shape.getBoundingClientRect()
          const fill = parse(getComputedStyle(shape).fill)
          if (
            r.left <= box.left + 1 &&
            r.right >= box.right - 1 &&
            r.top <= box.top + 1 &&
            r.bottom >= box.bottom - 1 &&
            fill[3] > 0.5 &&
            !shape.classList.contains('ranking-chart__bar')
          ) {
            return fill
          }
        }
      }
      for (let node = element; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor)
        if (bg[3] > 0.5 && !(node instanceof SVGElement)) return bg
      }
      return [255, 255, 255, 1]
    }

    const canvas = document.querySelector<HTMLElement>(
      '.briefing__stage .slide-canvas:not([hidden])',
    )
    const stage = document.querySelector<HTMLElement>('.briefing__stage')
    if (!canvas || !stage)
      return {
        texts: 0,
        footerTexts: 0,
        smallestOnScreen: 0,
        marks: 0,
        problems: ['no slide shown'],
        scale: 0,
      }
    const c = canvas.getBoundingClientRect()
    const s = stage.getBoundingClientRect()
    const scale = c.height / 1080
    const W = window.innerWidth
    const H = window.innerHeight
    // The canvas fills the stage's width or height, centred, inside the window.
    const fillsWidth = Math.abs(c.width - s.width) < 1.5
    const fillsHeight = Math.abs(c.height - s.height) < 1.5
    if (!fillsWidth && !fillsHeight) {
      problems.push(
        `canvas ${c.width.toFixed(0)}×${c.height.toFixed(0)} fills neither side of stage ${s.width.toFixed(0)}×${s.height.toFixed(0)}`,
      )
    }
    if (Math.abs(c.width / c.height - 16 / 9) > 0.01) problems.push('canvas is not 16:9')
    if (
      Math.abs(c.left - s.left - (s.right - c.right)) > 1.5 ||
      Math.abs(c.top - s.top - (s.bottom - c.bottom)) > 1.5
    ) {
      problems.push('canvas is not centred')
    }
    if (c.left < -0.5 || c.top < -0.5 || c.right > W + 0.5 || c.bottom > H + 0.5) {
      problems.push('canvas outside the window')
    }
    const controls = document.querySelector<HTMLElement>('.briefing__controls')
    if (controls && getComputedStyle(controls).visibility !== 'hidden') {
      const b = controls.getBoundingClientRect()
      if (b.top < c.bottom - 0.5 && b.bottom > c.top) problems.push('control bar over the canvas')
      if (controls.scrollWidth > controls.clientWidth + 1) problems.push('control bar overflows')
      const tops = [...controls.querySelectorAll('button, .briefing__counter')].map((e) =>
        Math.round(e.getBoundingClientRect().top),
      )
      if (Math.max(...tops) - Math.min(...tops) > 12) problems.push('control bar wraps')
    }

    const visible = (element: Element) => {
      for (let node: Element | null = element; node && node !== canvas; node = node.parentElement) {
        const style = getComputedStyle(node)
        if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')
          return false
      }
      return !element.closest('.visually-hidden')
    }
    type Box = { text: string; element: Element; rect: DOMRect }
    const boxes: Box[] = []
    let texts = 0
    let footerTexts = 0
    let smallestOnScreen = Infinity
    const walker = document.createTreeWalker(canvas, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const element = node.parentElement
      if (!text || !element || !visible(element)) continue
      texts += 1
      const style = getComputedStyle(element)
      const svgScale =
        element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? scale) / scale : 1
      const size = parseFloat(style.fontSize) * svgScale
      const isTitle = element.closest('.slide__title') !== null
      const isNumber = element.closest('.slide__value') !== null
      const min = isNumber ? 96 : isTitle ? 56 : 32
      if (element.closest('.slide__footer')) footerTexts += 1
      smallestOnScreen = Math.min(smallestOnScreen, size * scale)
      if (size < min - 0.01)
        problems.push(`"${text.slice(0, 40)}" ${size.toFixed(1)} canvas px < ${min}`)
      const color = element instanceof SVGElement ? parse(style.fill) : parse(style.color)
      const contrast = ratio(color, background(element))
      if (contrast < 7) problems.push(`"${text.slice(0, 40)}" contrast ${contrast.toFixed(2)} < 7`)
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects =
        element instanceof SVGElement
          ? [element.getBoundingClientRect()]
          : [...range.getClientRects()]
      for (const rect of rects) {
        if (rect.width < 0.5 || rect.height < 0.5) continue
        boxes.push({ text, element, rect })
        if (
          rect.left < c.left - 0.5 ||
          rect.right > c.right + 0.5 ||
          rect.top < c.top - 0.5 ||
          rect.bottom > c.bottom + 0.5
        ) {
          problems.push(`"${text.slice(0, 40)}" outside the canvas`)
        }
        if (rect.left < -0.5 || rect.right > W + 0.5 || rect.top < -0.5 || rect.bottom > H + 0.5) {
          problems.push(`"${text.slice(0, 40)}" outside the window`)
        }
      }
    }
    // No two text boxes overlap (a glyph box's line gap may touch: 2 canvas px of slack).
    const slack = 2 * scale
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!
        const b = boxes[j]!
        if (
          a.element === b.element ||
          a.element.contains(b.element) ||
          b.element.contains(a.element)
        )
          continue
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
        if (x > slack && y > slack) {
          problems.push(`"${a.text.slice(0, 30)}" overlaps "${b.text.slice(0, 30)}"`)
        }
      }
    }
    // Chart marks: at most four lines, each ≥ 4 canvas px wide and ≥ 4.5:1; bars ≥ 4.5:1, opaque.
    let marks = 0
    const slideBg = background(canvas)
    const lines = canvas.querySelectorAll('.recharts-line-curve')
    if (lines.length > 5) problems.push(`${lines.length} lines (at most four series and a target)`)
    for (const line of lines) {
      marks += 1
      const style = getComputedStyle(line)
      if (parseFloat(style.strokeWidth) < 4) problems.push(`line ${style.strokeWidth} wide`)
      const contrast = ratio(parse(style.stroke), slideBg)
      if (contrast < 4.5) problems.push(`line contrast ${contrast.toFixed(2)}`)
    }
    for (const bar of canvas.querySelectorAll('rect.ranking-chart__bar')) {
      marks += 1
      const style = getComputedStyle(bar)
      const contrast = ratio(parse(style.fill), slideBg)
      if (contrast < 4.5 || parseFloat(style.fillOpacity) < 1) {
        problems.push(`bar contrast ${contrast.toFixed(2)}`)
      }
    }
    return {
      texts,
      footerTexts,
      smallestOnScreen,
      marks,
      problems: [...new Set(problems)],
      scale,
    }
  })
}
