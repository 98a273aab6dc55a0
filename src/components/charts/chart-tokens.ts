/**
 * Chart colours as named tokens, never literals in chart code. A series' colour follows its
 * **role**, not its place in a list (docs/decisions/0033-places-and-role-colours.md): the selected
 * region is always blue, its parent orange, the nation green, on every chart and slide.
 * The values live in the design tokens (src/components/tokens/tokens.ts), with the app's and
 * the slide's: a chart's `surface` is the panel's or the slide's own.
 */
import type { PlaceRole } from '@/domain/places'
import { CHART_COLORS, type ChartColors, type Theme } from '@/components/tokens/tokens'

export type ChartTheme = Theme

export type SeriesRole = PlaceRole

export type ChartTokens = ChartColors

export const CHART_TOKENS: Readonly<Record<ChartTheme, ChartTokens>> = CHART_COLORS

/** The colour of a series by its role; the n-th peer takes the n-th peer colour. */
function roleColor(tokens: ChartTokens, role: SeriesRole, peerIndex = 0): string {
  if (role !== 'peer') return tokens.roles[role]
  return tokens.peers[peerIndex % tokens.peers.length] ?? tokens.roles.region
}

/** Colours for a list of series: roles by role, peers in turn. */
export function seriesColors(
  tokens: ChartTokens,
  series: ReadonlyArray<{ role: SeriesRole }>,
): string[] {
  let peer = 0
  return series.map((s) =>
    s.role === 'peer' ? roleColor(tokens, 'peer', peer++) : roleColor(tokens, s.role),
  )
}

/** Every colour of a theme's chart tokens, keyed by where it sits (`roles.region`, `peers.2`…). */
function flatten(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value.toLowerCase()]]
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      flatten(inner, path ? `${path}.${key}` : key),
    )
  }
  return []
}

/** Each dark chart colour and the light colour of the same role. */
function darkToLight(): ReadonlyMap<string, string> {
  const light = new Map(flatten(CHART_TOKENS.light))
  const map = new Map<string, string>()
  for (const [path, dark] of flatten(CHART_TOKENS.dark)) {
    const twin = light.get(path)
    if (twin && twin !== dark) map.set(dark, twin)
  }
  return map
}

const TWINS = darkToLight()

/**
 * The light twin of a chart colour (itself when it is no dark chart colour). Exports are light,
 * like print: a chart drawn dark on screen is written with the light theme's colours, role by role.
 */
export function lightTwin(color: string): string {
  return TWINS.get(hex(color)) ?? color
}

/** A hex colour in any case, or a computed style's `rgb(r, g, b)`, as lower-case hex; anything else as it is. */
function hex(color: string): string {
  const rgb = /^rgba?\((\d+)[ ,]+(\d+)[ ,]+(\d+)\s*(?:[,/]\s*1(?:\.0+)?\s*)?\)$/.exec(color.trim())
  if (!rgb) return color.trim().toLowerCase()
  return `#${rgb
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`
}
