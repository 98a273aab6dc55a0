import { describe, expect, it } from 'vitest'
import { estimateTextWidth, spacedTicks, valueTicks, wrapLabel } from './axis-ticks'

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
