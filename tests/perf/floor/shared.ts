/** The one request the floor makes: the same /series query, answered by the same mock API. */
export type Payload = {
  series: Array<{
    indicatorId: string
    regionCode: string
    observations: Array<{ period: string; value: number | null; provenance: string }>
    targets: Array<{ year: number; value: number | null; min: number | null; max: number | null }>
  }>
}

export const params = new URLSearchParams(window.location.search)
export const region = params.get('region') ?? '3271'
export const indicator = params.get('indicator') ?? 'tpt'

export async function loadSeries(query: string) {
  const response = await fetch(`/api/series?${query}`, { headers: { Accept: 'application/json' } })
  const payload = (await response.json()) as Payload
  const series = payload.series.find((s) => s.regionCode === region && s.indicatorId === indicator)
  return { series, observations: (series?.observations ?? []).filter((o) => o.value !== null) }
}

export function rootElement(): HTMLElement {
  return document.getElementById('root') as HTMLElement
}
