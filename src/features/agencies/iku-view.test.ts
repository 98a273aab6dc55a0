import { expect, test } from 'vitest'
import type { Iku } from '@/api/agencies'
import { chooseIkuYear, ikuRows } from './iku-view'

const stunting: Iku = {
  id: 'stunting-eppgbm',
  name: { id: 'Stunting', en: 'Stunting' },
  unit: 'percent',
  polarity: 'lower',
  decimals: 2,
  values: [
    { year: 2024, target: 4, realisation: 3.6 },
    { year: 2025, target: 3.5, realisation: 3.85 },
    { year: 2026, target: 3, realisation: null },
  ],
  provenance: 'synthetic',
}
const posyandu: Iku = {
  ...stunting,
  id: 'posyandu-aktif',
  polarity: 'higher',
  values: [{ year: 2025, target: 89, realisation: 57.85 }],
}

test('the IKU year is the latest realised one, or the period year when it has targets', () => {
  expect(chooseIkuYear([stunting], null)).toBe(2025)
  expect(chooseIkuYear([stunting], '2026-Q3')).toBe(2026)
  expect(chooseIkuYear([stunting], '2024')).toBe(2024)
  expect(chooseIkuYear([stunting], '2030')).toBe(2025)
  expect(chooseIkuYear([stunting], '2019')).toBeNull()
})

test('capaian and band per polarity; no realisation gives neither', () => {
  const [lower, higher] = ikuRows([stunting, posyandu], 2025)
  // (2 − 3,85 ÷ 3,5) × 100 = 90 → Baik
  expect(lower).toMatchObject({ target: 3.5, realisation: 3.85, capaian: 90, band: 'good' })
  // 57,85 ÷ 89 × 100 = 65 → Kurang
  expect(higher).toMatchObject({ capaian: 65, band: 'poor' })
  expect(ikuRows([stunting], 2026)[0]).toMatchObject({ capaian: null, band: null })
})
