/**
 * Chart colours as named tokens, never literals in chart code. A series' colour follows its
 * **role**, not its place in a list (docs/decisions/0033-places-and-role-colours.md): the selected
 * region is always blue, its parent orange, the nation green, on every chart and slide.
 */
import type { PlaceRole } from '@/domain/places'

export type ChartTheme = 'light' | 'dark'

export type SeriesRole = PlaceRole

export type ChartTokens = {
  roles: Readonly<Record<Exclude<SeriesRole, 'peer'>, string>>
  /** Peers (other compared regions, kecamatan) take these in turn on line charts. */
  peers: ReadonlyArray<string>
  /** Peers in a ranking share one colour: the bars that stand out are the roles. */
  peerBar: string
  axis: string
  grid: string
  target: string
  band: string
  /** The chart's background: hollow points, the halo that keeps labels legible over lines. */
  surface: string
}

/** Light: every mark ≥ 4.5:1 on white, text ≥ 7:1. Dark: the same against #0f1726. */
export const CHART_TOKENS: Record<ChartTheme, ChartTokens> = {
  light: {
    roles: { region: '#0b4f6c', parent: '#b8420f', ancestor: '#7a4f01', nation: '#1e6b34' },
    peers: ['#5b2a86', '#8f2d56', '#00636e', '#4a4a8a', '#6b5b00', '#7d3c98'],
    peerBar: '#4f6d8a',
    axis: '#3d4a63',
    grid: '#d5dbe3',
    target: '#3d4a63',
    band: '#1e6b34',
    surface: '#ffffff',
  },
  dark: {
    roles: { region: '#7cc4e8', parent: '#f4a261', ancestor: '#e9c46a', nation: '#8fd694' },
    peers: ['#d0b3f7', '#f28fb8', '#6fd3dc', '#b3b3f2', '#e6d36a', '#e0a8f0'],
    peerBar: '#a9c1d9',
    axis: '#dbe2ec',
    grid: '#33415c',
    target: '#e6e9ef',
    band: '#8fd694',
    surface: '#0f1726',
  },
}

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
