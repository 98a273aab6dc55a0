import { expect, test } from 'vitest'
import { capaian, capaianBand } from './capaian'

test('higher is better: realisation over target, in percent', () => {
  expect(capaian(80, 80, 'higher')).toBe(100)
  expect(capaian(80, 72, 'higher')).toBeCloseTo(90)
  expect(capaian(80, 96, 'higher')).toBeCloseTo(120)
  expect(capaian(50, 0, 'higher')).toBe(0)
})

test('lower is better: the LKjIP inverse formula (2 − realisation ÷ target) × 100', () => {
  expect(capaian(14, 14, 'lower')).toBe(100)
  // Stunting 12,6 % against a 14 % target: 10 % better than target.
  expect(capaian(14, 12.6, 'lower')).toBeCloseTo(110)
  // 10 % worse than target.
  expect(capaian(14, 15.4, 'lower')).toBeCloseTo(90)
  // Reaching zero doubles the target, it does not explode.
  expect(capaian(5, 0, 'lower')).toBe(200)
  // More than twice the target is floored at zero.
  expect(capaian(5, 12, 'lower')).toBe(0)
})

test('no capaian without a realisation or with a target of zero', () => {
  expect(capaian(80, null, 'higher')).toBeNull()
  expect(capaian(null, 10, 'lower')).toBeNull()
  expect(capaian(0, 0, 'lower')).toBeNull()
  expect(capaian(0, 5, 'higher')).toBeNull()
  expect(capaian(10, Number.NaN, 'higher')).toBeNull()
})

test('bands at their published edges; a value in a gap falls to the band below', () => {
  expect(capaianBand(120)).toBe('very-good')
  expect(capaianBand(91)).toBe('very-good')
  expect(capaianBand(90.99)).toBe('good')
  expect(capaianBand(90)).toBe('good')
  expect(capaianBand(76)).toBe('good')
  expect(capaianBand(75.99)).toBe('fair')
  expect(capaianBand(75)).toBe('fair')
  expect(capaianBand(66)).toBe('fair')
  expect(capaianBand(65.99)).toBe('poor')
  expect(capaianBand(65)).toBe('poor')
  expect(capaianBand(51)).toBe('poor')
  expect(capaianBand(50.99)).toBe('very-poor')
  expect(capaianBand(50)).toBe('very-poor')
  expect(capaianBand(0)).toBe('very-poor')
})

test.each([
  { target: 100, realisation: 91, band: 'very-good' },
  { target: 100, realisation: 90, band: 'good' },
  { target: 100, realisation: 76, band: 'good' },
  { target: 100, realisation: 75, band: 'fair' },
  { target: 100, realisation: 66, band: 'fair' },
  { target: 100, realisation: 65, band: 'poor' },
  { target: 100, realisation: 51, band: 'poor' },
  { target: 100, realisation: 50, band: 'very-poor' },
] as const)(
  'higher is better: $realisation against $target is $band',
  ({ target, realisation, band }) => {
    expect(capaianBand(capaian(target, realisation, 'higher') ?? -1)).toBe(band)
  },
)

test.each([
  // (2 − r/t) × 100 with t = 100: r = 109 → 91, r = 110 → 90 …
  { target: 100, realisation: 109, band: 'very-good' },
  { target: 100, realisation: 110, band: 'good' },
  { target: 100, realisation: 124, band: 'good' },
  { target: 100, realisation: 125, band: 'fair' },
  { target: 100, realisation: 134, band: 'fair' },
  { target: 100, realisation: 135, band: 'poor' },
  { target: 100, realisation: 149, band: 'poor' },
  { target: 100, realisation: 150, band: 'very-poor' },
  { target: 100, realisation: 80, band: 'very-good' },
] as const)(
  'lower is better: $realisation against $target is $band',
  ({ target, realisation, band }) => {
    expect(capaianBand(capaian(target, realisation, 'lower') ?? -1)).toBe(band)
  },
)

test('capaian is rounded to two decimals, so a band edge is not lost to floating point', () => {
  expect(capaian(3, 1, 'higher')).toBe(33.33)
  expect(capaian(100, 109, 'lower')).toBe(91)
  expect(capaian(0.3, 0.273, 'higher')).toBe(91)
})
