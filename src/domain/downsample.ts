/**
 * Min/max bucket downsampling for line charts: a long series drawn on a narrow chart keeps at most
 * `maxPoints` points — one per pixel — without losing what a reader must see.
 *
 * - The first and the last point are always kept (the range the chart claims to show).
 * - Points the caller marks with `keep` (e.g. a series break) are always kept.
 * - The points between are split into equal buckets; each bucket keeps, for every series, the point
 *   with its lowest and the point with its highest value, so a one-month spike survives.
 * - Points come back in their original order, never invented or averaged: every value on screen is
 *   a value in the data. The table twin and the CSV keep using the full series.
 *
 * Pure and O(n × series).
 */
export type DownsampleOptions<T> = {
  /** The numeric values a point draws, one per series (null where a series has no value). */
  values: (point: T) => ReadonlyArray<number | null>
  /** Points that must survive whatever their value. */
  keep?: (point: T, index: number) => boolean
}

export function downsampleMinMax<T>(
  points: ReadonlyArray<T>,
  maxPoints: number,
  { values, keep }: DownsampleOptions<T>,
): T[] {
  const limit = Math.floor(maxPoints)
  if (points.length <= limit) return [...points]
  if (limit < 1) return []
  const last = points.length - 1
  if (limit === 1) return [points[last] as T]

  const chosen = new Set<number>([0, last])
  if (keep) {
    for (let i = 1; i < last; i += 1) if (keep(points[i] as T, i)) chosen.add(i)
  }
  const seriesCount = Math.max(1, ...points.map((p) => values(p).length))
  // Each bucket may keep a minimum and a maximum per series.
  const perBucket = 2 * seriesCount
  const buckets = Math.floor((limit - chosen.size) / perBucket)
  if (buckets <= 0) return [...chosen].sort((a, b) => a - b).map((i) => points[i] as T)

  const interior = last - 1 // indices 1 … last-1
  for (let b = 0; b < buckets; b += 1) {
    const start = 1 + Math.floor((b * interior) / buckets)
    const end = 1 + Math.floor(((b + 1) * interior) / buckets) // exclusive
    if (end <= start) continue
    for (let s = 0; s < seriesCount; s += 1) {
      let minIndex = -1
      let maxIndex = -1
      let min = Infinity
      let max = -Infinity
      for (let i = start; i < end; i += 1) {
        const value = values(points[i] as T)[s]
        if (value === null || value === undefined || !Number.isFinite(value)) continue
        if (value < min) {
          min = value
          minIndex = i
        }
        if (value > max) {
          max = value
          maxIndex = i
        }
      }
      if (minIndex >= 0) chosen.add(minIndex)
      if (maxIndex >= 0) chosen.add(maxIndex)
    }
  }
  return [...chosen].sort((a, b) => a - b).map((i) => points[i] as T)
}
