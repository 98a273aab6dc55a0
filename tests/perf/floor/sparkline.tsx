/**
 * Floor for the scorecard (`/`): the same /series request, React and the card's Sparkline (last 12
 * values), nothing else — no router, query cache, schema, i18n or layout.
 */
import { createRoot } from 'react-dom/client'
import { Sparkline } from '@/components/charts/sparkline'
import { periodKeyMidpoint } from '@/domain/periods'
import { loadSeries, region, rootElement } from './shared'

const { observations } = await loadSeries(`regions=${region}`)
createRoot(rootElement()).render(
  <Sparkline
    points={observations
      .slice(-12)
      .map((o) => ({ t: periodKeyMidpoint(o.period) ?? 0, value: o.value ?? 0 }))}
  />,
)
