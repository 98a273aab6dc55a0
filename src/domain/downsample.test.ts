import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { downsampleMinMax } from './downsample'

type P = { key: number; v: number | null; w?: number | null }
const one = { values: (p: P) => [p.v] }
const two = { values: (p: P) => [p.v, p.w ?? null] }

function series(n: number, f: (i: number) => number | null): P[] {
  return Array.from({ length: n }, (_, i) => ({ key: i, v: f(i) }))
}

describe('downsampleMinMax', () => {
  test('returns a copy of a series that already fits', () => {
    const points = series(10, (i) => i)
    const out = downsampleMinMax(points, 10, one)
    expect(out).toEqual(points)
    expect(out).not.toBe(points)
  })

  test('keeps a single-month spike and a single-month dip in a long flat series', () => {
    const points = series(1200, (i) => (i === 517 ? 99 : i === 903 ? -40 : 2 + (i % 7) / 100))
    const out = downsampleMinMax(points, 120, one)
    expect(out.length).toBeLessThanOrEqual(120)
    expect(out.map((p) => p.key)).toContain(517)
    expect(out.map((p) => p.key)).toContain(903)
  })

  test('keeps the first and the last point', () => {
    const points = series(500, (i) => Math.sin(i / 9))
    const out = downsampleMinMax(points, 50, one)
    expect(out[0]).toBe(points[0])
    expect(out.at(-1)).toBe(points.at(-1))
  })

  test('keeps points the caller marks, such as a series break', () => {
    const points = series(400, () => 1)
    const out = downsampleMinMax(points, 40, { ...one, keep: (p) => p.key === 250 })
    expect(out.map((p) => p.key)).toContain(250)
    expect(out.length).toBeLessThanOrEqual(40)
  })

  test('keeps the extremes of every series, in the original order', () => {
    const points: P[] = Array.from({ length: 300 }, (_, i) => ({
      key: i,
      v: i === 40 ? 50 : 1,
      w: i === 260 ? -50 : 1,
    }))
    const out = downsampleMinMax(points, 30, two)
    const keys = out.map((p) => p.key)
    expect(keys).toContain(40)
    expect(keys).toContain(260)
    expect(keys).toEqual([...keys].sort((a, b) => a - b))
    expect(out.length).toBeLessThanOrEqual(30)
  })

  test('a series of nulls keeps its ends and nothing in between', () => {
    expect(
      downsampleMinMax(
        series(100, () => null),
        10,
        one,
      ).map((p) => p.key),
    ).toEqual([0, 99])
  })

  test('tiny widths stay within the width', () => {
    const points = series(100, (i) => i)
    expect(downsampleMinMax(points, 0, one)).toEqual([])
    expect(downsampleMinMax(points, 1, one)).toEqual([points[99]])
    expect(downsampleMinMax(points, 2, one)).toEqual([points[0], points[99]])
    expect(downsampleMinMax(points, 3.7, one).length).toBeLessThanOrEqual(3)
  })

  test('property: never more points than the width, every point from the input, extremes kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), {
          minLength: 1,
          maxLength: 2000,
        }),
        fc.integer({ min: 4, max: 800 }),
        (values, width) => {
          const points = values.map((v, key) => ({ key, v }))
          const out = downsampleMinMax(points, width, one)
          expect(out.length).toBeLessThanOrEqual(Math.max(width, 0))
          expect(out.every((p) => points[p.key] === p)).toBe(true)
          expect(out[0]).toBe(points[0])
          expect(out.at(-1)).toBe(points.at(-1))
          const numeric = values.filter((v): v is number => v !== null)
          if (numeric.length > 0 && points.length > width) {
            const kept = out.flatMap((p) => (p.v === null ? [] : [p.v]))
            expect(kept).toContain(Math.max(...numeric))
            expect(kept).toContain(Math.min(...numeric))
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
