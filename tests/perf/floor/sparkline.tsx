/**
 * Floor for the scorecard (`/`): the same /series request, React and the card's Sparkline (last 12
 * values), nothing else — no router, query cache, schema, i18n or layout.
 */
import { createRoot } from 'react-dom/client'
import { Sparkline } from '@/components/charts/sparkline'
import { loadSeries, region, rootElement } from './shared'

const { observations } = await loadSeries(`regions=${region}`)
createRoot(rootElement()).render(
  <Sparkline values={observations.slice(-12).map((o) => o.value ?? 0)} />,
)
