/**
 * Floor for an indicator page (`/indicators/tpt`): one /series request, React and the same Recharts
 * trend the page draws (RechartsTrend, imported directly: no lazy loading, no viewport wait) over
 * the last five years with the target, nothing else.
 */
import { createRoot } from 'react-dom/client'
import { RechartsTrend } from '@/components/charts/recharts-trend'
import type { TargetSpan, TrendPoint } from '@/analysis/trend-data'
import { periodKeyMidpoint } from '@/domain/periods'
import { indicator, loadSeries, region, rootElement } from './shared'

const { series, observations } = await loadSeries(`regions=${region}&indicators=${indicator}`)
const lastYear = Number(observations.at(-1)?.period.slice(0, 4) ?? 0)
const points: TrendPoint[] = observations
  .filter((o) => Number(o.period.slice(0, 4)) > lastYear - 5)
  .map((o) => ({
    t: periodKeyMidpoint(o.period) ?? 0,
    key: o.period,
    label: o.period,
    values: { region: o.value },
    synthetic: { region: o.provenance === 'synthetic' },
  }))
const targets: TargetSpan[] = (series?.targets ?? [])
  .filter((t) => t.year > lastYear - 5 && t.value !== null)
  .map((t) => ({ from: t.year * 12, to: t.year * 12 + 12, value: t.value, band: null }))
createRoot(rootElement()).render(
  <RechartsTrend
    points={points}
    targets={targets}
    series={[{ id: 'region', label: region, role: 'region' }]}
    formatValue={(v) => v.toFixed(2)}
    formatTime={(t) => String(Math.floor(t / 12))}
  />,
)
