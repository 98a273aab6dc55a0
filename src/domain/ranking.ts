/**
 * Competition ranking ("1224" ranking): items with the same value share a rank, and the next
 * distinct value takes the rank it would have had without the tie — 1, 2, 2, 4.
 *
 * Items whose value is null (or not a finite number) are not ranked: they come last, in their
 * original order, with rank 0 and `tied: false`, so a table can say "no evaluation" instead of
 * inventing a position. Equal values keep their original order (the sort is stable), so callers
 * decide the tie order by the order they pass in (e.g. by name).
 */

export type RankDirection = 'desc' | 'asc'

export type Ranked<T> = {
  item: T
  /** 1-based competition rank; 0 for an item without a value. */
  rank: number
  /** True when at least one other item shares this rank. */
  tied: boolean
}

export function rankBy<T>(
  items: ReadonlyArray<T>,
  value: (item: T) => number | null,
  direction: RankDirection,
): Array<Ranked<T>> {
  const valued: Array<{ item: T; value: number }> = []
  const unvalued: T[] = []
  for (const item of items) {
    const v = value(item)
    if (v === null || !Number.isFinite(v)) unvalued.push(item)
    else valued.push({ item, value: v })
  }
  const sign = direction === 'desc' ? -1 : 1
  valued.sort((a, b) => sign * (a.value - b.value))

  const counts = new Map<number, number>()
  for (const entry of valued) counts.set(entry.value, (counts.get(entry.value) ?? 0) + 1)

  const ranked: Array<Ranked<T>> = []
  let rank = 0
  let previous: number | undefined
  valued.forEach((entry, index) => {
    if (previous === undefined || entry.value !== previous) rank = index + 1
    previous = entry.value
    ranked.push({ item: entry.item, rank, tied: (counts.get(entry.value) ?? 0) > 1 })
  })
  for (const item of unvalued) ranked.push({ item, rank: 0, tied: false })
  return ranked
}

/** The rank as printed in a table: "1", "=2" for a shared place, "–" for an unranked item. */
export function rankLabel({ rank, tied }: { rank: number; tied: boolean }): string {
  if (rank === 0) return '–'
  return tied ? `=${rank}` : String(rank)
}
