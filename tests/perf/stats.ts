/**
 * Medians and spreads for the bench: every timing it reports is the median of its runs, printed
 * with the fewest and the most (docs/performance.md).
 */

export type Spread = { median: number; min: number; max: number; n: number }

export function median(values: ReadonlyArray<number>): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Median, min and max of the finite values (a run that measured nothing is left out of all three). */
export function spread(values: ReadonlyArray<number>): Spread {
  const finite = values.filter((v) => Number.isFinite(v))
  return {
    median: median(finite),
    min: finite.length > 0 ? Math.min(...finite) : Number.NaN,
    max: finite.length > 0 ? Math.max(...finite) : Number.NaN,
    n: finite.length,
  }
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—')

/** "312 ms (290–340, n=5)" */
export function msSpread(s: Spread): string {
  if (s.n === 0) return '—'
  return `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)}, n=${s.n})`
}

/** "1.12× (1.05–1.20, n=5)" */
export function ratioSpread(s: Spread): string {
  if (s.n === 0) return '—'
  return `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)}, n=${s.n})`
}

/** "92 (90–95, n=5)" */
export function scoreSpread(s: Spread): string {
  if (s.n === 0) return '—'
  return `${s.median} (${s.min}–${s.max}, n=${s.n})`
}

/**
 * A text table with a rule under the header. `align` per column ('l' or 'r'); by default the first
 * column is left-aligned and the others right-aligned (numbers).
 */
export function table(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  align: ReadonlyArray<'l' | 'r'> = [],
): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  const side = (i: number) => align[i] ?? (i === 0 ? 'l' : 'r')
  return rows
    .map((r, index) => {
      const line = r
        .map((cell, i) =>
          side(i) === 'l' ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd()
      return index === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line
    })
    .join('\n')
}
