/**
 * Kinerja's design tokens: the one source of every colour, type size, space and radius that the
 * app, the briefing, the charts and the exports use (docs/decisions/0065-design-tokens.md).
 *
 * - CSS reads them as custom properties, written at build from this file
 *   (`./css.ts`, served by vite-plugins/design-tokens.ts as `virtual:tokens.css` for every page
 *   and `virtual:tokens-briefing.css` with the briefing's route).
 * - Charts, the PNG and the PowerPoint read the values here (`CHART_TOKENS`, `EXPORT_COLORS`):
 *   an SVG attribute, a canvas and a .pptx need literal colours.
 *
 * No other file spells a colour, a font size or a space (`one-source.test.ts` fails if one does),
 * and every pairing below keeps its contrast rule (`tokens.test.ts`).
 *
 * Pure data, no imports: vite.config.ts reads it in Node.
 */

/** Every colour, once. Roles below pick from these; a hue's numbers go from light (50) to dark. */
const PALETTE = {
  white: '#ffffff',
  black: '#000000',

  slate25: '#f5f7fa',
  slate50: '#f6f7f9',
  slate75: '#f3f5f8',
  slate100: '#e9edf2',
  slate150: '#e6e9ef',
  slate200: '#dbe2ec',
  slate250: '#d5dbe3',
  slate300: '#c9d1dc',
  slate350: '#aab6c8',
  slate400: '#9aa6bb',
  slate450: '#8793a5',
  slate500: '#6b7a93',
  slate550: '#5a6478',
  slate600: '#3d4a63',
  slate650: '#33415c',
  slate700: '#243047',
  slate750: '#1f2a3d',
  slate800: '#1b2333',
  slate850: '#14213d',
  slate900: '#0f1726',
  slate950: '#0b1424',
  slate975: '#080d17',

  blue50: '#edf4f8',
  blue100: '#e2eef4',
  blue150: '#d6e6ef',
  blue300: '#a9c1d9',
  blue400: '#7cc4e8',
  blue600: '#4f6d8a',
  blue700: '#0b4f6c',
  blue800: '#0d3a50',
  blue850: '#15364a',
  blue900: '#112838',
  blue950: '#0e2030',

  green100: '#e3f3e7',
  green300: '#8fd694',
  green700: '#1e6b34',
  green800: '#14401f',
  green900: '#0f3d1c',
  green950: '#10291a',

  amber100: '#fdf0d5',
  amber300: '#e9c46a',
  amber500: '#d97706',
  amber550: '#b7791f',
  amber600: '#b45309',
  amber700: '#7a4f01',
  amber750: '#7a4b00',
  amber800: '#4d2f00',
  amber900: '#3f2600',
  amber950: '#2e2208',

  orange400: '#f4a261',
  orange700: '#b8420f',

  red100: '#fbe3e4',
  red300: '#f4a3a6',
  red700: '#a4161a',
  red800: '#6b0e11',
  red900: '#5c0b0e',
  red950: '#341316',

  purple100: '#f1e8fa',
  purple150: '#ead9fb',
  purple300: '#d0b3f7',
  purple700: '#5b2a86',
  purple800: '#4a1f70',
  purple950: '#271a3b',

  // Chart peers only (other compared regions, kecamatan): distinct from every role colour.
  pink300: '#f28fb8',
  pink700: '#8f2d56',
  teal300: '#6fd3dc',
  teal700: '#00636e',
  indigo300: '#b3b3f2',
  indigo700: '#4a4a8a',
  olive300: '#e6d36a',
  olive700: '#6b5b00',
  violet300: '#e0a8f0',
  violet700: '#7d3c98',
} as const

/** Translucent colours (a box's shadow, a pressed link on the coloured header). */
const ALPHA = {
  shadowLight: 'rgb(20 33 61 / 0.15)',
  shadowDark: 'rgb(0 0 0 / 0.5)',
  whiteVeil: 'rgb(255 255 255 / 0.18)',
  blackVeil: 'rgb(0 0 0 / 0.35)',
} as const

export type Theme = 'light' | 'dark'

/** What a colour is for. Each becomes a CSS custom property (`ink` → `--ink`, `goodBg` → `--good-bg`). */
export type ColorRoles = {
  /** Text, and the text that says less. */
  ink: string
  muted: string
  /** The page behind the panels, and the panels (cards, frames, tables, the slide). */
  paper: string
  surface: string
  /** Borders and rules; the border of a control (≥ 3:1 against the surface). */
  line: string
  controlLine: string
  /** Links, chosen buttons, accents; the text on them. */
  brand: string
  onBrand: string
  /** Backgrounds tinted with the brand: a chosen column, a chip, the highlighted option. */
  brandTintWeak: string
  brandTint: string
  brandTintStrong: string
  /** The site header's band, its text, and the chosen link on it. */
  header: string
  onHeader: string
  onHeaderPressed: string
  focus: string
  /** Status (achieved, near, off, none): each has a non-colour twin (✓ ◐ ✗, a word) on screen. */
  good: string
  goodBg: string
  warn: string
  warnBg: string
  warnLine: string
  bad: string
  badBg: string
  neutral: string
  neutralBg: string
  /** Synthetic data's mark (◇ and a dashed border beside the colour). */
  synthetic: string
  syntheticBg: string
  shadow: string
}

const P = PALETTE

const APP_LIGHT: ColorRoles = {
  ink: P.slate850,
  muted: P.slate600,
  paper: P.slate50,
  surface: P.white,
  line: P.slate300,
  controlLine: P.slate450,
  brand: P.blue700,
  onBrand: P.white,
  brandTintWeak: P.blue50,
  brandTint: P.blue100,
  brandTintStrong: P.blue150,
  header: P.blue700,
  onHeader: P.white,
  onHeaderPressed: ALPHA.whiteVeil,
  focus: P.amber600,
  good: P.green700,
  goodBg: P.green100,
  warn: P.amber750,
  warnBg: P.amber100,
  warnLine: P.amber550,
  bad: P.red700,
  badBg: P.red100,
  neutral: P.slate600,
  neutralBg: P.slate100,
  synthetic: P.purple700,
  syntheticBg: P.purple100,
  shadow: ALPHA.shadowLight,
}

/** The app's dark theme (the reader's system setting): panels on the charts' dark surface. */
const APP_DARK: ColorRoles = {
  ink: P.slate150,
  muted: P.slate350,
  paper: P.slate975,
  surface: P.slate900,
  line: P.slate650,
  controlLine: P.slate500,
  brand: P.blue400,
  onBrand: P.slate950,
  brandTintWeak: P.blue950,
  brandTint: P.blue900,
  brandTintStrong: P.blue850,
  header: P.blue800,
  onHeader: P.white,
  onHeaderPressed: ALPHA.whiteVeil,
  focus: P.orange400,
  good: P.green300,
  goodBg: P.green950,
  warn: P.amber300,
  warnBg: P.amber950,
  warnLine: P.amber550,
  bad: P.red300,
  badBg: P.red950,
  neutral: P.slate200,
  neutralBg: P.slate750,
  synthetic: P.purple300,
  syntheticBg: P.purple950,
  shadow: ALPHA.shadowDark,
}

export const APP_COLORS: Readonly<Record<Theme, ColorRoles>> = { light: APP_LIGHT, dark: APP_DARK }

/** The briefing's window around the slide: the stage, the control bar, panels and dialogs. */
export type ChromeRoles = {
  stage: string
  chrome: string
  onChrome: string
  chromeLine: string
  chromePressed: string
  onChromePressed: string
  chromeShadow: string
  /** A blanked screen ("B" / "W"). */
  blankBlack: string
  blankWhite: string
}

/**
 * The slide: projector colours, text ≥ 7:1 and marks ≥ 4.5:1 against the slide's background
 * (a projector in a lit room loses contrast). Status chips stay light on the dark slide too.
 */
const SLIDE_LIGHT: ColorRoles = {
  ...APP_LIGHT,
  ink: P.slate950,
  muted: P.slate700,
  paper: P.white,
  surface: P.white,
  line: P.slate700,
  good: P.green900,
  warn: P.amber900,
  bad: P.red900,
  neutral: P.slate950,
  synthetic: P.purple800,
  focus: P.amber500,
}

const SLIDE_DARK: ColorRoles = {
  ...SLIDE_LIGHT,
  ink: P.slate25,
  muted: P.slate200,
  paper: P.slate900,
  surface: P.slate900,
  line: P.slate200,
  synthetic: P.purple150,
  brand: P.blue400,
  onBrand: P.slate950,
}

export const SLIDE_COLORS: Readonly<Record<Theme, ColorRoles>> = {
  light: SLIDE_LIGHT,
  dark: SLIDE_DARK,
}

export const CHROME_COLORS: Readonly<Record<Theme, ChromeRoles>> = {
  light: {
    stage: P.black,
    chrome: P.slate75,
    onChrome: P.slate950,
    chromeLine: P.slate550,
    chromePressed: P.slate950,
    onChromePressed: P.white,
    chromeShadow: ALPHA.blackVeil,
    blankBlack: P.black,
    blankWhite: P.white,
  },
  dark: {
    stage: P.black,
    chrome: P.slate800,
    onChrome: SLIDE_DARK.ink,
    chromeLine: P.slate400,
    chromePressed: SLIDE_DARK.ink,
    onChromePressed: P.slate950,
    chromeShadow: ALPHA.blackVeil,
    blankBlack: P.black,
    blankWhite: P.white,
  },
}

/** A chart's colours by what a series is, never by its place in a list (the selected region is
 *  always blue, its parent orange, the nation green, on every chart and slide). */
export type ChartColors = {
  roles: Readonly<{ region: string; parent: string; ancestor: string; nation: string }>
  /** Peers (other compared regions, kecamatan) take these in turn on line charts. */
  peers: ReadonlyArray<string>
  /** Peers in a ranking share one colour: the bars that stand out are the roles. */
  peerBar: string
  axis: string
  grid: string
  target: string
  band: string
  /** The chart's background (the panel or slide it sits on): hollow points, label halos. */
  surface: string
  /** An ordinal grade's box (SAKIP, audit opinion): the letter says it, the tone is a second cue. */
  grade: Readonly<Record<'good' | 'near' | 'bad' | 'neutral', GradeTone>>
}
type GradeTone = { fill: string; stroke: string; ink: string }

const GRADE: ChartColors['grade'] = {
  good: { fill: P.green100, stroke: P.green700, ink: P.green800 },
  near: { fill: P.amber100, stroke: P.amber750, ink: P.amber800 },
  bad: { fill: P.red100, stroke: P.red700, ink: P.red800 },
  neutral: { fill: P.slate100, stroke: P.slate600, ink: P.slate850 },
}

/** Light: every mark ≥ 4.5:1 on the surface, text ≥ 7:1. Dark: the same against the dark surface. */
export const CHART_COLORS: Readonly<Record<Theme, ChartColors>> = {
  light: {
    roles: { region: P.blue700, parent: P.orange700, ancestor: P.amber700, nation: P.green700 },
    peers: [P.purple700, P.pink700, P.teal700, P.indigo700, P.olive700, P.violet700],
    peerBar: P.blue600,
    axis: P.slate600,
    grid: P.slate250,
    target: P.slate600,
    band: P.green700,
    surface: APP_LIGHT.surface,
    grade: GRADE,
  },
  dark: {
    roles: { region: P.blue400, parent: P.orange400, ancestor: P.amber300, nation: P.green300 },
    peers: [P.purple300, P.pink300, P.teal300, P.indigo300, P.olive300, P.violet300],
    peerBar: P.blue300,
    axis: P.slate200,
    grid: P.slate650,
    target: P.slate150,
    band: P.green300,
    surface: APP_DARK.surface,
    grade: GRADE,
  },
}

/**
 * What the exports print on: always light, like the PDF. The PNG of a chart (the app's panel
 * colours) and the PowerPoint (the light slide's).
 */
export const EXPORT_COLORS = {
  png: { background: APP_LIGHT.surface, ink: APP_LIGHT.ink, muted: APP_LIGHT.muted },
  slide: { background: SLIDE_LIGHT.surface, ink: SLIDE_LIGHT.ink, muted: SLIDE_LIGHT.muted },
} as const

// ---- type --------------------------------------------------------------------------------------

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif"

/** The type scale, in rem (1 rem = 16 px): every text size on the app's pages and the briefing's controls. */
export const TEXT_SIZES = {
  xs: 0.8,
  sm: 0.875,
  md: 1,
  lg: 1.125,
  xl: 1.25,
  '2xl': 1.5,
  '3xl': 2.25,
} as const

export const LINE_HEIGHTS = { tight: 1.1, snug: 1.3, body: 1.45 } as const

/**
 * Text on the 1920 × 1080 slide canvas, in canvas px (scaled with the canvas): no text under
 * `text`, titles at least `titleMin`, big numbers at least 96 (docs/decisions/0039-one-canvas-for-every-screen.md).
 * The slide layout measures with these (src/features/briefing/slides/layout.ts).
 */
export const CANVAS_TEXT = {
  text: 32,
  lead: 36,
  headline: 40,
  titleMin: 56,
  title: 60,
  cover: 80,
  figure: 128,
} as const

/** Line heights on the canvas: running text, titles, the title slide's title, the big number. */
export const CANVAS_LEADING = { text: 1.3, title: 1.15, cover: 1.1, figure: 1 } as const

/** Chart text in SVG px: on a page (about the size of `xs`), and on a slide (canvas px). */
export const CHART_TEXT = {
  app: 13,
  slide: CANVAS_TEXT.text,
  gradeApp: TEXT_SIZES['2xl'] * 16,
  gradeSlide: CANVAS_TEXT.titleMin,
} as const

// ---- space and shape ---------------------------------------------------------------------------

/** The spacing scale, in rem: every margin, padding and gap on the app's pages and the briefing's controls. */
export const SPACE = {
  '2xs': 0.125,
  xs: 0.25,
  s: 0.5,
  m: 0.75,
  l: 1,
  xl: 1.25,
  '2xl': 1.5,
  '3xl': 2,
} as const

export const RADIUS = { s: '4px', m: '6px', l: '10px', pill: '999px' } as const
