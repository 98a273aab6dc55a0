/**
 * The tokens as CSS custom properties: the text of `virtual:tokens.css` (every page) and
 * `virtual:tokens-briefing.css` (the briefing's route), written at build by
 * vite-plugins/design-tokens.ts (which loads this file by path). Pure functions of ./tokens.ts,
 * so a test reads the same text.
 */
import {
  APP_COLORS,
  CANVAS_LEADING,
  CANVAS_TEXT,
  CHROME_COLORS,
  FONT_FAMILY,
  LINE_HEIGHTS,
  RADIUS,
  SLIDE_COLORS,
  SPACE,
  TEXT_SIZES,
} from './tokens.ts'

type Declarations = Readonly<Record<string, string | number>>

/** `goodBg` → `--good-bg`; a prefix names a scale (`text`, `space`). */
export function cssVar(key: string, prefix?: string): string {
  const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
  return `--${prefix ? `${prefix}-` : ''}${kebab}`
}

function declarations(values: Declarations, prefix?: string, unit = ''): string[] {
  return Object.entries(values).map(([key, value]) => `${cssVar(key, prefix)}: ${value}${unit};`)
}

/** Only what differs from `base`: the dark theme restates no colour it shares with the light. */
function changed<T extends Declarations>(base: T, next: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => base[key] !== value),
  ) as Partial<T>
}

function rule(selector: string, lines: string[], indent = ''): string {
  return `${indent}${selector} {\n${lines.map((line) => `${indent}  ${line}`).join('\n')}\n${indent}}`
}

const HEADER =
  '/* Generated from src/components/tokens/tokens.ts at build: edit the tokens there. */'

/** Every page: the type and spacing scales, radii, and the app's colours, light and dark. */
export function appTokensCss(): string {
  const root = rule(':root', [
    'color-scheme: light dark;',
    `--font-sans: ${FONT_FAMILY};`,
    ...declarations(TEXT_SIZES, 'text', 'rem'),
    ...declarations(LINE_HEIGHTS, 'leading'),
    ...declarations(SPACE, 'space', 'rem'),
    ...declarations(RADIUS, 'radius'),
    ...declarations(APP_COLORS.light),
  ])
  // Dark on screens only: a page prints light whatever the system's setting.
  const dark = `@media screen and (prefers-color-scheme: dark) {\n${rule(
    ':root',
    declarations(changed(APP_COLORS.light, APP_COLORS.dark)),
    '  ',
  )}\n}`
  const print = `@media print {\n${rule(':root', ['color-scheme: light;'], '  ')}\n}`
  return [HEADER, root, dark, print, ''].join('\n')
}

/**
 * The briefing and the presenter view: the slide's projector colours and the window around it,
 * under the same role names as the app's (a `.status--achieved` on a slide takes the slide's
 * `--good`), and the canvas type scale. The deck's dark theme is a class, and screen-only:
 * the PDF prints light.
 */
export function briefingTokensCss(): string {
  const light = rule('.briefing,\n.presenter', [
    'color-scheme: light;',
    ...declarations(CANVAS_TEXT, 'canvas', 'px'),
    ...declarations(CANVAS_LEADING, 'canvas-leading'),
    ...declarations(SLIDE_COLORS.light),
    ...declarations(CHROME_COLORS.light),
  ])
  const dark = `@media screen {\n${rule(
    '.briefing--dark',
    [
      'color-scheme: dark;',
      ...declarations(changed(SLIDE_COLORS.light, SLIDE_COLORS.dark)),
      ...declarations(changed(CHROME_COLORS.light, CHROME_COLORS.dark)),
    ],
    '  ',
  )}\n}`
  return [HEADER, light, dark, ''].join('\n')
}

/** The browser bar's colour (`<meta name="theme-color">`): the header's, light and dark. */
export function themeColors(): Readonly<Record<'light' | 'dark', string>> {
  return { light: APP_COLORS.light.header, dark: APP_COLORS.dark.header }
}
