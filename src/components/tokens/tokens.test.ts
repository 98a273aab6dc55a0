import { describe, expect, test } from 'vitest'
import { CHART_TOKENS, lightTwin } from '@/components/charts/chart-tokens'
import { contrast } from './contrast'
import { appTokensCss, briefingTokensCss, cssVar, themeColors } from './css'
import {
  APP_COLORS,
  CANVAS_TEXT,
  CHART_COLORS,
  CHROME_COLORS,
  SLIDE_COLORS,
  TEXT_SIZES,
  type ColorRoles,
  type Theme,
} from './tokens'

const THEMES: Theme[] = ['light', 'dark']

/** [foreground role, background role, minimum ratio]: every pairing the stylesheets draw. */
type Pair = [keyof ColorRoles, keyof ColorRoles, number]

/** The app's pages: body text 7:1 and all other text 4.5:1 (WCAG AA), borders and focus 3:1. */
const APP_PAIRS: Pair[] = [
  ['ink', 'surface', 7],
  ['ink', 'paper', 7],
  ['muted', 'surface', 4.5],
  ['muted', 'paper', 4.5],
  ['muted', 'neutralBg', 4.5],
  ['brand', 'surface', 4.5],
  ['brand', 'paper', 4.5],
  ['brand', 'brandTint', 4.5],
  ['onBrand', 'brand', 4.5],
  ['onHeader', 'header', 4.5],
  ['ink', 'brandTintWeak', 4.5],
  ['ink', 'brandTintStrong', 4.5],
  ['ink', 'neutralBg', 4.5],
  ['ink', 'warnBg', 4.5],
  ['ink', 'badBg', 4.5],
  ['good', 'goodBg', 4.5],
  ['good', 'surface', 4.5],
  ['warn', 'warnBg', 4.5],
  ['warn', 'paper', 4.5],
  ['bad', 'badBg', 4.5],
  ['bad', 'surface', 4.5],
  ['neutral', 'neutralBg', 4.5],
  ['synthetic', 'syntheticBg', 4.5],
  ['synthetic', 'surface', 4.5],
  ['controlLine', 'surface', 3],
  ['focus', 'surface', 3],
  ['focus', 'paper', 3],
]

/** On the slide (a projector in a lit room): text 7:1, rules and marks 4.5:1 (decision "One canvas"). */
const SLIDE_PAIRS: Pair[] = [
  ['ink', 'surface', 7],
  ['muted', 'surface', 7],
  ['synthetic', 'surface', 7],
  ['line', 'surface', 4.5],
  ['good', 'goodBg', 7],
  ['warn', 'warnBg', 7],
  ['bad', 'badBg', 7],
  ['neutral', 'neutralBg', 7],
  ['focus', 'surface', 3],
]

describe('colour pairs keep their contrast', () => {
  for (const theme of THEMES) {
    test.each(APP_PAIRS)(`app ${theme}: %s on %s ≥ %d:1`, (fg, bg, min) => {
      const colors = APP_COLORS[theme]
      expect(contrast(colors[fg], colors[bg])).toBeGreaterThanOrEqual(min)
    })
    test.each(SLIDE_PAIRS)(`slide ${theme}: %s on %s ≥ %d:1`, (fg, bg, min) => {
      const colors = SLIDE_COLORS[theme]
      expect(contrast(colors[fg], colors[bg])).toBeGreaterThanOrEqual(min)
    })

    test(`briefing window ${theme}: its text 7:1, controls' borders 3:1`, () => {
      const chrome = CHROME_COLORS[theme]
      expect(contrast(chrome.onChrome, chrome.chrome)).toBeGreaterThanOrEqual(7)
      expect(contrast(chrome.onChromePressed, chrome.chromePressed)).toBeGreaterThanOrEqual(7)
      expect(contrast(chrome.chromeLine, chrome.chrome)).toBeGreaterThanOrEqual(3)
    })

    test(`charts ${theme}: every mark 4.5:1 and text 7:1 on the chart's surface`, () => {
      const chart = CHART_COLORS[theme]
      const marks = {
        ...chart.roles,
        ...Object.fromEntries(chart.peers.map((color, index) => [`peer ${index}`, color])),
        peerBar: chart.peerBar,
        band: chart.band,
        target: chart.target,
      }
      for (const [name, color] of Object.entries(marks)) {
        expect(contrast(color, chart.surface), name).toBeGreaterThanOrEqual(4.5)
      }
      expect(contrast(chart.axis, chart.surface)).toBeGreaterThanOrEqual(7)
      for (const [tone, { fill, stroke, ink }] of Object.entries(chart.grade)) {
        expect(contrast(ink, fill), `grade ${tone} letter`).toBeGreaterThanOrEqual(7)
        expect(contrast(stroke, fill), `grade ${tone} border`).toBeGreaterThanOrEqual(3)
      }
    })

    test(`charts ${theme} sit on the page's and the slide's own surface`, () => {
      expect(CHART_COLORS[theme].surface).toBe(APP_COLORS[theme].surface)
      expect(CHART_COLORS[theme].surface).toBe(SLIDE_COLORS[theme].surface)
    })
  }
})

describe('the CSS custom properties are the tokens', () => {
  /** The value a custom property is given in a block of generated CSS (its last declaration). */
  function declared(css: string, name: string): string[] {
    return [...css.matchAll(new RegExp(`${name}: ([^;]+);`, 'g'))].map((match) => match[1] ?? '')
  }

  test('every app colour role is declared light, and dark where it differs', () => {
    const css = appTokensCss()
    for (const [role, value] of Object.entries(APP_COLORS.light)) {
      expect(declared(css, cssVar(role))[0], role).toBe(value)
    }
    for (const [role, value] of Object.entries(APP_COLORS.dark)) {
      expect(declared(css, cssVar(role)).at(-1), role).toBe(value)
    }
    // Dark is the system's choice on a screen; print stays light.
    expect(css).toContain('@media screen and (prefers-color-scheme: dark)')
  })

  test('the briefing declares every role (nothing leaks from the app theme) and the canvas scale', () => {
    const css = briefingTokensCss()
    for (const role of Object.keys(APP_COLORS.light)) {
      expect(declared(css, cssVar(role))[0], role).toBe(
        SLIDE_COLORS.light[role as keyof ColorRoles],
      )
    }
    expect(declared(css, '--canvas-text')).toEqual([`${CANVAS_TEXT.text}px`])
    expect(declared(css, '--canvas-figure')).toEqual([`${CANVAS_TEXT.figure}px`])
    expect(css).toMatch(/@media screen \{\s*\.briefing--dark/)
  })

  test("the browser bar takes the header's colour, light and dark", () => {
    expect(themeColors()).toEqual({ light: APP_COLORS.light.header, dark: APP_COLORS.dark.header })
  })

  test('the type scale is a handful of rem sizes, the canvas keeps its legibility floors', () => {
    expect(Object.keys(TEXT_SIZES).length).toBeLessThanOrEqual(7)
    expect(declared(appTokensCss(), '--text-md')).toEqual(['1rem'])
    expect(Math.min(...Object.values(CANVAS_TEXT))).toBe(32)
    expect(CANVAS_TEXT.titleMin).toBeGreaterThanOrEqual(56)
    expect(CANVAS_TEXT.figure).toBeGreaterThanOrEqual(96)
  })
})

describe('exports are light', () => {
  test('every dark chart colour has one light twin, of the same role', () => {
    expect(lightTwin(CHART_TOKENS.dark.roles.region)).toBe(CHART_TOKENS.light.roles.region)
    expect(lightTwin(CHART_TOKENS.dark.surface)).toBe(CHART_TOKENS.light.surface)
    expect(lightTwin(CHART_TOKENS.dark.peers[3] ?? '')).toBe(CHART_TOKENS.light.peers[3])
    // Computed styles come as rgb().
    expect(lightTwin('rgb(124, 196, 232)')).toBe(CHART_TOKENS.light.roles.region)
    // A light colour, or any other, is left as it is.
    expect(lightTwin(CHART_TOKENS.light.roles.parent)).toBe(CHART_TOKENS.light.roles.parent)
    expect(lightTwin('none')).toBe('none')
  })

  test('no dark chart colour stands for two light ones', () => {
    const seen = new Map<string, string>()
    const walk = (dark: unknown, light: unknown, path: string) => {
      if (typeof dark === 'string' && typeof light === 'string') {
        const before = seen.get(dark)
        if (before !== undefined) expect(before, `${path}: ${dark}`).toBe(light)
        seen.set(dark, light)
        return
      }
      for (const key of Object.keys(dark as object)) {
        walk(
          (dark as Record<string, unknown>)[key],
          (light as Record<string, unknown>)[key],
          `${path}.${key}`,
        )
      }
    }
    walk(CHART_COLORS.dark, CHART_COLORS.light, 'chart')
  })
})
