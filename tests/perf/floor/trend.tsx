/**
 * Floor for an indicator page (`/indicators/tpt`): one /series request, React and the same Recharts
 * trend the page draws (RechartsTrend, imported directly: no lazy loading, no viewport wait) over
 * the last five years with the target, nothing else.
 */
import { createRoot } from 'react-dom/client'
import { RechartsTrend } from '@/components/charts/recharts-trend'
import type { TrendPoint } from '@/components/charts/trend-chart'
import { indicator, loadSeries, region, rootElement } from './shared'

const { series, observations } = await loadSeries(`regions=${region}&indicators=${indicator}`)
const lastYear = Number(observations.at(-1)?.period.slice(0, 4) ?? 0)
const points: TrendPoint[] = observations
  .filter((o) => Number(o.period.slice(0, 4)) > lastYear - 5)
  .map((o) => {
    const target = series?.targets.find((t) => t.year === Number(o.period.slice(0, 4)))
    return {
      key: o.period,
      label: o.period,
      values: { region: o.value },
      synthetic: { region: o.provenance === 'synthetic' },
      target: target?.value ?? null,
      band: target?.min != null && target.max != null ? [target.min, target.max] : null,
    }
  })
createRoot(rootElement()).render(
  <RechartsTrend
    points={points}
    series={[{ id: 'region', label: region }]}
    formatValue={(v) => v.toFixed(2)}
  />,
)
