/**
 * Axis labels laid out without measuring the DOM. Recharts measures every tick label (and every word
 * of a wrapped one) with getBoundingClientRect, which forces a layout after each update; on a filter
 * change under the national dataset that was a third of the chart's time. Widths are estimated from
 * the character count instead: generous for the UI's sans-serif, so labels never collide.
 */

/** Average advance of a character of the UI font, as a share of the font size (digits and Latin). */
const CHAR_WIDTH_EM = 0.58

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH_EM
}

/**
 * The labels to show on a category axis of `labels.length` evenly spaced points: every k-th,
 * counted back from the last (the latest period is always labelled), with `gap` px between labels.
 */
export function spacedTicks(
  labels: ReadonlyArray<string>,
  plotWidth: number,
  fontSize: number,
  gap: number,
): string[] {
  if (labels.length === 0) return []
  const widest = Math.max(...labels.map((label) => estimateTextWidth(label, fontSize)))
  const slot = plotWidth / labels.length
  const step = Math.max(1, Math.ceil((widest + gap) / Math.max(slot, 1)))
  const picked: string[] = []
  for (let index = labels.length - 1; index >= 0; index -= step) picked.push(labels[index] ?? '')
  return picked.reverse()
}

/**
 * Round ticks from 0 for a value axis reaching at least `max`: at most `maxCount` of them, evenly
 * stepped by 1, 2, 2.5 or 5 × 10ⁿ, the last one the axis end (0 / 5 / 10 / 15, never
 * 0 / 4 / 8 / 12 / 15).
 */
export function valueTicks(max: number, maxCount: number): number[] {
  if (!(max > 0)) return [0, 1]
  const raw = max / Math.max(1, maxCount - 1)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((s) => s * magnitude >= raw) ?? 10) * magnitude
  const count = Math.ceil(max / step - 1e-9)
  // Multiplied, not added up: 0.1 + 0.2 would end the axis on 0.30000000000000004.
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)))
}

const NICE_STEPS = [1, 2, 2.5, 5, 10] as const

function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  return (NICE_STEPS.find((s) => s * magnitude >= raw - 1e-12) ?? 10) * magnitude
}

/**
 * Round ticks covering [min, max] for a line chart's value axis: at most `maxCount` of them,
 * stepped by 1, 2, 2.5 or 5 × 10ⁿ, the first at or below `min` and the last at or above `max`, so
 * the axis ends on a labelled tick and no label crowds another ("12,00 %" never sits under a stray
 * "12,38 %"). An axis of only positive values that comes within half its span of zero starts at 0.
 */
export function niceScale(
  min: number,
  max: number,
  maxCount: number,
): { domain: readonly [number, number]; ticks: number[] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] }
  let low = Math.min(min, max)
  let high = Math.max(min, max)
  if (low >= 0 && low < (high - low) / 2) low = 0
  if (high === low) {
    const pad = Math.abs(high) > 0 ? Math.abs(high) * 0.1 : 1
    low -= pad
    high += pad
    if (min >= 0 && low < 0) low = 0
  }
  for (let count = Math.max(2, maxCount); count >= 2; count -= 1) {
    const step = niceStep((high - low) / (count - 1))
    const first = Math.floor(low / step + 1e-9) * step
    const last = Math.ceil(high / step - 1e-9) * step
    const n = Math.round((last - first) / step)
    if (n + 1 <= maxCount) {
      // Multiplied, not added up: 0.1 + 0.2 would end the axis on 0.30000000000000004.
      const ticks = Array.from({ length: n + 1 }, (_, i) =>
        Number((first + i * step).toPrecision(12)),
      )
      return { domain: [ticks[0] ?? first, ticks.at(-1) ?? last], ticks }
    }
  }
  return { domain: [low, high], ticks: [low, high] }
}

const TIME_STEPS = [1, 3, 6, 12, 24, 60, 120] as const

/**
 * Ticks of a time axis in months since year 0 (points sit at the middle of their period): every
 * month, quarter, half-year or year — the finest step whose labels fit without touching — placed
 * at the middle of the month or year they name, so a label sits over its data.
 */
export function timeTicks(
  domain: readonly [number, number],
  plotWidth: number,
  fontSize: number,
  gap: number,
  labelOf: (t: number, stepMonths: number) => string,
  /** The data's own cadence in months: no step finer than it (a yearly survey gets years). */
  minStep = 1,
): { ticks: number[]; step: number } {
  const [start, end] = domain
  let fallback: { ticks: number[]; step: number } = { ticks: [], step: 12 }
  for (const step of TIME_STEPS) {
    if (step < Math.min(minStep, 12)) continue
    const ticks: number[] = []
    if (step >= 12) {
      const years = step / 12
      const firstYear = Math.ceil((start - 6) / 12)
      for (let year = firstYear; year * 12 + 6 <= end; year += 1) {
        if (year % years === 0 && year * 12 + 6 >= start) ticks.push(year * 12 + 6)
      }
    } else {
      for (let month = Math.ceil(start - 0.5); month + 0.5 <= end; month += 1) {
        if (month % step === 0 && month + 0.5 >= start) ticks.push(month + 0.5)
      }
    }
    if (ticks.length === 0) continue
    fallback = { ticks, step }
    const widest = Math.max(...ticks.map((t) => estimateTextWidth(labelOf(t, step), fontSize)))
    const spacing = ticks.length > 1 ? (plotWidth * step) / Math.max(end - start, 1e-9) : plotWidth
    if (widest + gap <= spacing) return { ticks, step }
  }
  return fallback
}

/** `text` cut to `maxWidth` px, ending in "…". */
function cut(text: string, maxWidth: number, fontSize: number): string {
  let kept = text
  while (kept.length > 1 && estimateTextWidth(`${kept}…`, fontSize) > maxWidth) {
    kept = kept.slice(0, -1)
  }
  return `${kept.trimEnd()}…`
}

/** Greedy word wrap into at most `maxLines` lines of `maxWidth` px; what does not fit ends in "…". */
export function wrapLabel(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
): { lines: string[]; truncated: boolean } {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word
    if (!current || estimateTextWidth(candidate, fontSize) <= maxWidth) {
      current = candidate
    } else {
      lines.push(current)
      current = word
    }
  }
  if (current) lines.push(current)
  const fits = (line: string) => estimateTextWidth(line, fontSize) <= maxWidth
  if (lines.length <= maxLines && lines.every(fits)) return { lines, truncated: false }
  const kept = lines
    .slice(0, maxLines)
    .map((line) => (fits(line) ? line : cut(line, maxWidth, fontSize)))
  const last = kept.at(-1) ?? ''
  if (lines.length > maxLines && !last.endsWith('…'))
    kept[kept.length - 1] = cut(last, maxWidth, fontSize)
  return { lines: kept, truncated: true }
}
