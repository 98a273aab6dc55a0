import { render } from '@testing-library/react'
import { expect, test } from 'vitest'
import { RankingChart, type RankingBar } from './ranking-chart'

const percent = (value: number) => `${value.toFixed(2).replace('.', ',')}\u00a0%`

const bars: RankingBar[] = [
  {
    key: '3171',
    label: '1. Kota Adm. Jakarta Selatan',
    value: 5.73,
    role: 'peer',
    synthetic: true,
  },
  { key: '31', label: '2. Prov. DKI Jakarta', value: 6.84, role: 'peer', synthetic: true },
  { key: '3271', label: '3. Kota Bogor', value: 9.39, role: 'region' },
]

test('a synthetic value is marked ◇ beside its figure, in the SVG the PNG is drawn from', () => {
  // A fixed width draws at once (as on a slide), with nothing to measure.
  const { container } = render(<RankingChart bars={bars} formatValue={percent} width={640} />)
  const labels = [...container.querySelectorAll('svg text')].map((t) => t.textContent)
  expect(labels).toContain('6,84\u00a0% ◇')
  expect(labels).toContain('5,73\u00a0% ◇')
  expect(labels).toContain('9,39\u00a0%')
  expect(labels).not.toContain('9,39\u00a0% ◇')
})
