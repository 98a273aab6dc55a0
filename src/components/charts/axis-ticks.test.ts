import { describe, expect, it } from 'vitest'
import {
  estimateTextWidth,
  niceScale,
  spacedTicks,
  timeTicks,
  valueTicks,
  wrapLabel,
} from './axis-ticks'

describe('spacedTicks', () => {
  const months = Array.from({ length: 120 }, (_, i) => `M${String(i).padStart(3, '0')}`)

  it('always labels the last point and spaces the rest evenly back from it', () => {
    const ticks = spacedTicks(months, 600, 13, 16)
    expect(ticks.at(-1)).toBe('M119')
    const indexes = ticks.map((t) => months.indexOf(t))
    const steps = new Set(indexes.slice(1).map((index, i) => index - (indexes[i] ?? 0)))
    expect(steps.size).toBe(1)
  })

  it('leaves room for every label at the given width', () => {
    const ticks = spacedTicks(months, 600, 13, 16)
    const needed = ticks.length * (estimateTextWidth('M000', 13) + 16)
    expect(needed).toBeLessThanOrEqual(600 + estimateTextWidth('M000', 13) + 16)
    expect(ticks.length).toBeGreaterThan(5)
  })

  it('shows every label when they fit', () => {
    expect(spacedTicks(['2020', '2021', '2022'], 600, 13, 16)).toEqual(['2020', '2021', '2022'])
  })
})

describe('valueTicks', () => {
  it('ends the axis on a tick of the same step, at or above the largest value', () => {
    expect(valueTicks(13.1, 5)).toEqual([0, 5, 10, 15])
    expect(valueTicks(9.8, 5)).toEqual([0, 2.5, 5, 7.5, 10])
    expect(valueTicks(0.34, 3)).toEqual([0, 0.2, 0.4])
    expect(valueTicks(100, 5)).toEqual([0, 25, 50, 75, 100])
  })

  it('never gives more ticks than asked for', () => {
    for (const max of [0.07, 1, 3.3, 12.49, 47, 980, 12_345]) {
      for (const count of [2, 3, 4, 5]) {
        const ticks = valueTicks(max, count)
        expect(ticks.length).toBeLessThanOrEqual(count)
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max)
      }
    }
  })
})

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('1. Bogor Barat', 200, 13)).toEqual({
      lines: ['1. Bogor Barat'],
      truncated: false,
    })
  })

  it('wraps a long name onto two lines within the width', () => {
    const { lines, truncated } = wrapLabel('12. Kabupaten Kepulauan Siau Tagulandang', 200, 13)
    expect(lines).toHaveLength(2)
    expect(truncated).toBe(false)
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(200)
  })

  it('ends a label that needs more than two lines in an ellipsis', () => {
    const { lines, truncated } = wrapLabel(
      '3. Kabupaten Kepulauan Siau Tagulandang Biaro Utara',
      120,
      13,
    )
    expect(truncated).toBe(true)
    expect(lines).toHaveLength(2)
    expect(lines[1]?.endsWith('…')).toBe(true)
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(120)
  })
})

describe('niceScale', () => {
  it('ends the axis on round ticks that cover the data', () => {
    const { domain, ticks } = niceScale(5.32, 12.38, 6)
    expect(ticks).toEqual([4, 6, 8, 10, 12, 14])
    expect(domain).toEqual([4, 14])
    expect(niceScale(1.2, 12.38, 6).ticks).toEqual([0, 2.5, 5, 7.5, 10, 12.5])
  })
  it('keeps a narrow range off zero, and negative values below it', () => {
    expect(niceScale(9.39, 12.68, 6).ticks).toEqual([9, 10, 11, 12, 13])
    expect(niceScale(-0.8, 3.2, 6).ticks).toEqual([-1, 0, 1, 2, 3, 4])
  })
  it('never gives more ticks than asked', () => {
    for (const [min, max] of [
      [0.1, 0.3],
      [1, 1000],
      [70, 98],
      [3, 3],
    ] as const) {
      expect(niceScale(min, max, 5).ticks.length).toBeLessThanOrEqual(5)
      const { domain } = niceScale(min, max, 5)
      expect(domain[0]).toBeLessThanOrEqual(min)
      expect(domain[1]).toBeGreaterThanOrEqual(max)
    }
  })
})

describe('timeTicks', () => {
  const label = (t: number, step: number) =>
    step >= 12 ? String(Math.floor(t / 12)) : `Mmm ${Math.floor(t / 12)}`
  it('labels years at mid-year when months would crowd', () => {
    // Ten years of months on 600 px.
    const { ticks, step } = timeTicks([2016 * 12, 2026 * 12], 600, 13, 16, label)
    expect(step).toBe(12)
    expect(ticks[0]).toBe(2016 * 12 + 6)
    expect(ticks).toHaveLength(10)
  })
  it('labels months when a year of months has room', () => {
    const { step, ticks } = timeTicks([2024 * 12, 2025 * 12], 1200, 13, 16, label)
    expect(step).toBe(1)
    expect(ticks[0]).toBe(2024 * 12 + 0.5)
    expect(ticks).toHaveLength(12)
  })
  it('never places labels closer than their width', () => {
    for (const width of [200, 320, 640, 1000]) {
      const domain = [2018 * 12 + 7, 2023 * 12 + 8] as const
      const { ticks, step } = timeTicks(domain, width, 13, 16, label)
      const pxPerMonth = width / (domain[1] - domain[0])
      const widest = Math.max(...ticks.map((t) => estimateTextWidth(label(t, step), 13)))
      for (let i = 1; i < ticks.length; i += 1) {
        expect(((ticks[i] ?? 0) - (ticks[i - 1] ?? 0)) * pxPerMonth).toBeGreaterThanOrEqual(widest)
      }
    }
  })
})
