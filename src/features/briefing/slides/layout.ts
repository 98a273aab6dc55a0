/**
 * A slide's frame measured before it is drawn, on the 1920 × 1080 canvas: how tall its title,
 * headline and footer will be (from the UI font's estimated text widths), and so how much height
 * the body has. Charts get exactly that — no slide is measured, and none overflows its footer.
 */
import { CANVAS_LEADING, CANVAS_TEXT } from '@/components/tokens/tokens'
import { estimateLines } from './slide-models'

export const FRAME = {
  height: 1080,
  padTop: 40,
  padBottom: 28,
  /** The content's width: 1920 less 64 px margins. */
  content: 1792,
  gap: 20,
  /** The footer's slide number column, and the gap before it. */
  count: 200,
  /** The footer's border and padding above its text. */
  footerTop: 15,
  /** Reading slides: the figure column, the gap, the chart column. */
  figure: 600,
  columnGap: 52,
  chart: 1140,
} as const

const LINE = CANVAS_LEADING.text
const TITLE_LINE = CANVAS_LEADING.title
const {
  text: TEXT,
  lead: LEAD,
  headline: HEADLINE,
  title: TITLE,
  titleMin: TITLE_MIN,
  cover: COVER,
} = CANVAS_TEXT

export type TextBox = { size: 'l' | 'm' | 's'; height: number }

/** The title: 60 px on one line when it fits, else 56 px (the minimum for titles), wrapped. */
export function titleBox(text: string, big = false): TextBox {
  if (big) {
    const lines = estimateLines(text, COVER, FRAME.content, true)
    return { size: 'l', height: lines * COVER * CANVAS_LEADING.cover }
  }
  if (estimateLines(text, TITLE, FRAME.content, true) <= 1)
    return { size: 'l', height: TITLE * TITLE_LINE }
  return {
    size: 'm',
    height: estimateLines(text, TITLE_MIN, FRAME.content, true) * TITLE_MIN * TITLE_LINE,
  }
}

/** The headline: 40 px for two lines, 36 px for three, else 32 px (the text minimum). */
export function headlineBox(text: string | undefined): TextBox {
  if (!text) return { size: 'l', height: 0 }
  const at = (px: number) => estimateLines(text, px, FRAME.content, true)
  if (at(HEADLINE) <= 2) return { size: 'l', height: at(HEADLINE) * HEADLINE * LINE }
  if (at(LEAD) <= 3) return { size: 'm', height: at(LEAD) * LEAD * LINE }
  return { size: 's', height: at(TEXT) * TEXT * LINE }
}

/** The footer: the source line (with the synthetic mark) over the city, "data per" and freeze time. */
export function footerHeight(sourceLine: string, context: string): number {
  const width = FRAME.content - FRAME.count - 32
  const source = sourceLine ? estimateLines(sourceLine, TEXT, width) : 0
  const where = estimateLines(context, TEXT, width)
  return FRAME.footerTop + (source + where) * TEXT * LINE
}

/** The body's height once the title, headline and footer have theirs. */
export function bodyHeight(title: TextBox, headline: TextBox, footer: number): number {
  const parts = [title.height, headline.height, footer].filter((h) => h > 0)
  return Math.floor(
    FRAME.height -
      FRAME.padTop -
      FRAME.padBottom -
      title.height -
      headline.height -
      footer -
      FRAME.gap * parts.length,
  )
}

/** Height of 32-px text lines in a column. */
export function linesHeight(
  text: string,
  width: number,
  size: number = TEXT,
  bold = false,
): number {
  return estimateLines(text, size, width, bold) * size * LINE
}
